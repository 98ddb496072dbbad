"""The bulk job: every asset, from the source texts to the Parquet exports."""
import dagster as dg

warehouse_job = dg.define_asset_job(
    "warehouse_job",
    selection=dg.AssetSelection.all(),
    description="Reads WAREHOUSE_SOURCES_DIR, extracts and validates observations, publishes "
    "WAREHOUSE_DIR/warehouse.duckdb and its Parquet exports.",
)
