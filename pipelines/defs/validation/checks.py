"""Great Expectations on the extracted observations, as Dagster asset checks.

The table-level expectations block: if the frame's shape is wrong nothing of
it may reach the warehouse. Row-level expectations do not block; the rows
they fail are set aside by the `validated_observations` asset and reported here.
"""

import dagster as dg
import polars as pl

from pipelines.defs.constants import OBSERVATIONS_SUITE, ROW_EXPECTATIONS_CHECK, TABLE_EXPECTATIONS_CHECK, WAREHOUSE_POOL
from pipelines.defs.metadata import outcome_metadata
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.validation.suite import run_suite


@dg.asset_check(
    asset="extracted_observations",
    name=TABLE_EXPECTATIONS_CHECK,
    blocking=True,
    pool=WAREHOUSE_POOL,  # writes its Data Docs page under WAREHOUSE_DIR
    description="Table-level expectations of expectations/observations.json (columns, row count, unique ids); "
    "a failure stops the warehouse load.",
)
def observations_table_expectations(extracted_observations: pl.DataFrame, paths: WarehousePaths) -> dg.AssetCheckResult:
    outcome = run_suite(extracted_observations, OBSERVATIONS_SUITE, scope="table", docs_dir=paths.data_docs)
    failed = [o.name for o in outcome.outcomes if not o.success]
    return dg.AssetCheckResult(
        passed=not failed,
        severity=dg.AssetCheckSeverity.ERROR,
        description=f"failed: {', '.join(failed)}" if failed else "all table-level expectations met",
        metadata={
            "rows": extracted_observations.height,
            "failed_expectations": len(failed),
            "data_docs": dg.MetadataValue.url(outcome.docs_page),
            **outcome_metadata(outcome.outcomes),
        },
    )


@dg.asset_check(
    asset="rejected_observations",
    name=ROW_EXPECTATIONS_CHECK,
    additional_ins={"validated_observations": dg.AssetIn()},
    description="Row-level expectations of expectations/observations.json: rows that fail them are kept "
    "in rejected_observations with the names of the expectations they failed.",
)
def observations_row_expectations(
    rejected_observations: pl.DataFrame, validated_observations: pl.DataFrame
) -> dg.AssetCheckResult:
    per_expectation = (
        rejected_observations.explode("failed_expectations")
        .group_by("failed_expectations")
        .agg(pl.len().alias("rows"), pl.col("quote").head(5).alias("sample_quotes"))
        .sort("failed_expectations")
    )
    return dg.AssetCheckResult(
        passed=rejected_observations.is_empty(),
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{rejected_observations.height} of {rejected_observations.height + validated_observations.height} rows rejected",
        metadata={
            "rejected_rows": rejected_observations.height,
            "accepted_rows": validated_observations.height,
            **{
                name: dg.MetadataValue.json({"unexpected_count": n, "sample_quotes": sample})
                for name, n, sample in per_expectation.iter_rows()
            },
        },
    )
