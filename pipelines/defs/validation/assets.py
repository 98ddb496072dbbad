"""Observations split by the row-level expectations into accepted and rejected rows."""

import dagster as dg
import polars as pl

from pipelines.defs.constants import OBSERVATIONS_SUITE, OWNERS, WAREHOUSE_POOL
from pipelines.defs.metadata import frame_metadata, outcome_metadata
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.validation.suite import run_suite, split_rejected


@dg.multi_asset(
    group_name="validation",
    pool=WAREHOUSE_POOL,  # writes its Data Docs page under WAREHOUSE_DIR
    ins={"extracted_observations": dg.AssetIn()},
    outs={
        "validated_observations": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="Extracted observations that meet every row-level expectation of expectations/observations.json.",
        ),
        "rejected_observations": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="Extracted observations that failed a row-level expectation, with the expectations' names.",
        ),
    },
)
def validation(extracted_observations: pl.DataFrame, paths: WarehousePaths):
    """Runs the row-level expectations once and splits the frame by their failing rows."""
    outcome = run_suite(extracted_observations, OBSERVATIONS_SUITE, scope="row", docs_dir=paths.data_docs)
    accepted, rejected = split_rejected(extracted_observations, outcome)
    yield dg.Output(
        accepted,
        output_name="validated_observations",
        metadata={
            **frame_metadata(accepted.drop("sentence")),
            "data_docs": dg.MetadataValue.url(outcome.docs_page),
            **outcome_metadata(outcome.outcomes),
        },
    )
    yield dg.Output(rejected, output_name="rejected_observations", metadata=frame_metadata(rejected.drop("sentence")))
