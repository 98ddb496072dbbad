"""Create the series views and macros (warehouse/sql/series/*.sql, in name order).

They read the tables `observations` and `dim_indicator` (loaded from
pipelines.series.catalog.catalog_rows()), which must exist first.
"""
from __future__ import annotations

import duckdb

from pipelines.warehouse.sql import apply_sql, sql_files

SERIES_FOLDER = "series"


def series_sql_files() -> list[str]:
    return [p.name for p in sql_files(SERIES_FOLDER)]


def apply_series_sql(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Run every series SQL file on the connection; returns the names of the files run."""
    return apply_sql(con, SERIES_FOLDER)
