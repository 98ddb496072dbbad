"""Build a complete warehouse database from the pipeline's frames.

The database is always built whole, from empty, in the staging file; nothing
is updated in place, so a build that stops half-way leaves only a staging
file that the next build discards.
"""
from __future__ import annotations

import duckdb
import polars as pl

from pipelines.warehouse.sql import apply_sql

# table name -> the frame loaded into it; the DDL in warehouse/sql/schema fixes the column types
TABLES = (
    "dim_source",
    "ingest_errors",
    "observations",
    "rejected_observations",
    "excluded_candidates",
    "dim_region",
    "dim_indicator",
)
VIEW_FOLDERS = ("marts", "series")
# stored in series order, so DuckDB's zone maps skip most row groups when one series is read
INSERT_ORDER = {"observations": "series_id, period_end, observation_id"}


def load_tables(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Create the schema and insert each frame by column name; returns the row count of each table."""
    missing = set(TABLES) - set(frames)
    if missing:
        raise ValueError(f"no frame for tables {sorted(missing)}")
    apply_sql(con, "schema")
    for table in TABLES:
        frame = frames[table]  # noqa: F841 - DuckDB reads the local Polars frame by name
        order = f" ORDER BY {INSERT_ORDER[table]}" if table in INSERT_ORDER else ""
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM frame{order}")
    return {table: con.sql(f"SELECT count(*) FROM {table}").fetchall()[0][0] for table in TABLES}


def create_views(con: duckdb.DuckDBPyConnection) -> list[str]:
    ran = []
    for folder in VIEW_FOLDERS:
        ran += apply_sql(con, folder)
    return ran
