"""Observations split by the row-level expectations into accepted and rejected rows."""

import dagster as dg
import polars as pl

from pipelines.defs.constants import OBSERVATIONS_SUITE
from pipelines.defs.metadata import frame_metadata, outcome_metadata
from pipelines.validation.suite import run_suite, split_rejected


@dg.multi_asset(
    group_name="validation",
    ins={"extracted_observations": dg.AssetIn()},
    outs={
        "validated_observations": dg.AssetOut(
            kinds={"polars"},
            description="Extracted observations that meet every row-level expectation of expectations/observations.json.",
        ),
        "rejected_observations": dg.AssetOut(
            kinds={"polars"},
            description="Extracted observations that failed a row-level expectation, with the expectations' names.",
        ),
    },
)
def validation(extracted_observations: pl.DataFrame):
    outcome = run_suite(extracted_observations, OBSERVATIONS_SUITE, scope="row")
    accepted, rejected = split_rejected(extracted_observations, outcome)
    yield dg.Output(
        accepted,
        output_name="validated_observations",
        metadata={**frame_metadata(accepted.drop("sentence")), **outcome_metadata(outcome.outcomes)},
    )
    yield dg.Output(rejected, output_name="rejected_observations", metadata=frame_metadata(rejected.drop("sentence")))
