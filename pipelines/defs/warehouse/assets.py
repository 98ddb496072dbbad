"""The DuckDB warehouse: tables, dimensions and mart views, published by atomic swap."""

import dagster as dg
import polars as pl
from dagster_duckdb import DuckDBResource

from pipelines.defs.constants import OWNERS, WAREHOUSE_POOL
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.series.catalog import catalog_rows
from pipelines.warehouse.build import create_views, load_tables
from pipelines.warehouse.charts import draw_charts, markdown_images
from pipelines.warehouse.dimensions import region_frame
from pipelines.warehouse.publish import discard_staging, swap_into_place

# table -> (description, the upstream frames it is loaded from)
TABLES = {
    "observations": ("Validated observations: one row per number, typed, dated and sourced.", ["validated_observations"]),
    "rejected_observations": (
        "Observations that failed a row-level expectation, with the expectations' names.",
        ["rejected_observations"],
    ),
    "excluded_candidates": ("Numbers judged to measure nothing, with the rule that excluded each.", ["excluded_candidates"]),
    "ingest_errors": ("Source files and manifest rows that could not be used, with the reason.", ["ingest_errors"]),
    "dim_source": ("The source texts: content hash, file, title, publisher, publication date, text.", ["source_documents"]),
    "dim_region": (
        "Regions: ISO 3166 code, name, level (country/province/city/aggregate) and parent.",
        ["validated_observations"],
    ),
    "dim_indicator": ("The indicator catalog: code, label, domain, default unit, flow or stock, aliases.", []),
}
MART_DESCRIPTIONS = {
    "industry_indicators": "Observations of the industry domain: national indicators of sectors and products.",
    "regional_indicators": "Observations of the regional domain: provinces, cities and other sub-national regions.",
    "trade_indicators": "Observations of the trade domain: exports, imports, trade balances, exchange rates, tariffs.",
}
MART_DOMAINS = {"industry_indicators": "industry", "regional_indicators": "regional", "trade_indicators": "trade"}
WAREHOUSE_KEY_PREFIX = "warehouse"


def warehouse_key(name: str) -> dg.AssetKey:
    return dg.AssetKey([WAREHOUSE_KEY_PREFIX, name])


@dg.multi_asset(
    group_name="warehouse",
    pool=WAREHOUSE_POOL,
    ins={
        name: dg.AssetIn()
        for name in ("source_documents", "ingest_errors", "validated_observations", "rejected_observations", "excluded_candidates")
    },
    specs=[
        *(dg.AssetSpec(warehouse_key(t), description=d, kinds={"duckdb"}, deps=up, owners=OWNERS) for t, (d, up) in TABLES.items()),
        *(
            dg.AssetSpec(warehouse_key(v), description=d, kinds={"duckdb"}, deps=[warehouse_key("observations")], owners=OWNERS)
            for v, d in MART_DESCRIPTIONS.items()
        ),
    ],
)
def warehouse_database(
    context: dg.AssetExecutionContext,
    duckdb: DuckDBResource,
    paths: WarehousePaths,
    source_documents: pl.DataFrame,
    ingest_errors: pl.DataFrame,
    validated_observations: pl.DataFrame,
    rejected_observations: pl.DataFrame,
    excluded_candidates: pl.DataFrame,
):
    """Builds the whole database in a staging file beside warehouse.duckdb and swaps it into place.

    Readers never see a half-built warehouse: until the swap they read the previous one.
    """
    paths.warehouse.mkdir(parents=True, exist_ok=True)
    discard_staging(paths.database)
    frames = {
        "dim_source": source_documents,
        "ingest_errors": ingest_errors,
        "observations": validated_observations,
        "rejected_observations": rejected_observations,
        "excluded_candidates": excluded_candidates,
        "dim_region": region_frame(validated_observations),
        "dim_indicator": pl.DataFrame(catalog_rows()),
    }
    with duckdb.get_connection() as con:
        counts = load_tables(con, frames)
        views = create_views(con)
        view_counts = {v: con.sql(f"SELECT count(*) FROM {v}").fetchall()[0][0] for v in MART_DESCRIPTIONS}
        charts = draw_charts(con, paths.charts)
    swap_into_place(paths.database)
    context.log.info(f"published {paths.database} with {counts} and views {views}")
    for table, rows in {**counts, **view_counts}.items():
        metadata = {
            "dagster/row_count": dg.MetadataValue.int(int(rows)),
            "database": dg.MetadataValue.path(str(paths.database)),
            "dagster/table_name": f"{paths.database.stem}.main.{table}",
        }
        domain = MART_DOMAINS.get(table)
        if domain:
            metadata["charts"] = dg.MetadataValue.md(markdown_images(charts[domain]))
            metadata["chart_files"] = dg.MetadataValue.json([str(p) for p in charts[domain]])
        yield dg.MaterializeResult(asset_key=warehouse_key(table), metadata=metadata)
