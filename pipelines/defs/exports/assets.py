"""Parquet exports for Polars, pandas and DuckDB users who should never wait on the pipeline."""

import dagster as dg

from pipelines.defs.constants import OWNERS, WAREHOUSE_POOL
from pipelines.defs.warehouse.assets import MART_DESCRIPTIONS, warehouse_key
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.warehouse.exports import EXPORTS, export_parquet


@dg.asset(
    group_name="exports",
    pool=WAREHOUSE_POOL,
    kinds={"parquet"},
    owners=OWNERS,
    deps=[warehouse_key("observations"), *(warehouse_key(m) for m in MART_DESCRIPTIONS)],
)
def parquet_exports(context: dg.AssetExecutionContext, paths: WarehousePaths) -> dg.MaterializeResult:
    """`exports/observations.parquet` (all columns) and one Parquet file per mart view, from the published database."""
    written = export_parquet(paths.database, paths.exports)
    for relation, (path, rows) in written.items():
        context.log.info(f"{path}: {rows} rows")
    return dg.MaterializeResult(
        metadata={
            "exports_dir": dg.MetadataValue.path(str(paths.exports)),
            **{EXPORTS[r]: dg.MetadataValue.json({"path": str(p), "rows": int(n)}) for r, (p, n) in written.items()},
        }
    )
