"""Helpers for the series tests: an `observations` table of composed rows in a real DuckDB."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from pipelines.series.catalog import catalog_rows, link
from pipelines.series.keys import series_id
from pipelines.series.sql import apply_series_sql

OBSERVATIONS_DDL = """
CREATE TABLE observations (
    observation_id VARCHAR, source_file VARCHAR, char_start INT, char_end INT, quote VARCHAR,
    sentence VARCHAR, subject VARCHAR, indicator_code VARCHAR, measure VARCHAR, value DOUBLE,
    unit VARCHAR, qualifier VARCHAR, period_start DATE, period_end DATE, period_type VARCHAR,
    region VARCHAR, region_code VARCHAR, domain VARCHAR, is_target BOOLEAN, is_forecast BOOLEAN,
    published DATE, series_id VARCHAR, indicator_mapped BOOLEAN
)
"""
DIM_INDICATOR_DDL = """
CREATE TABLE dim_indicator (
    indicator_code VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, domain VARCHAR,
    default_unit VARCHAR, flow_or_stock VARCHAR, aliases VARCHAR[]
)
"""
PERIODS = {
    "2024": ("year", date(2024, 1, 1), date(2024, 12, 31)),
    "2025": ("year", date(2025, 1, 1), date(2025, 12, 31)),
    "2025H1": ("half", date(2025, 1, 1), date(2025, 6, 30)),
    "2025Q1": ("quarter", date(2025, 1, 1), date(2025, 3, 31)),
    "2024-02": ("month", date(2024, 2, 1), date(2024, 2, 29)),
    "2025-06-30": ("point", date(2025, 6, 30), date(2025, 6, 30)),
    "2027-12-31": ("point", date(2027, 12, 31), date(2027, 12, 31)),
    "unknown": ("unknown", None, None),
}


class Obs:
    """Inserts observations with sensible defaults; linking and keys as the pipeline does them."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.n = 0

    def __call__(
        self,
        subject: str,
        value: float,
        *,
        doc: str = "a.txt",
        published: str | None = "2025-07-18",
        period: str = "2025H1",
        measure: str = "growth_yoy_pct",
        unit: str | None = None,
        region: str = "China",
        region_code: str = "CN",
        qualifier: str = "eq",
        target: bool = False,
        forecast: bool = False,
        at: int | None = None,
    ) -> str:
        self.n += 1
        unit = unit or ("percent" if measure in ("growth_yoy_pct", "growth_pct", "ratio_pct") else "count")
        period_type, start, end = PERIODS[period]
        code, mapped = link(subject)
        oid = f"o{self.n:03d}"
        start_at = self.n * 100 if at is None else at
        self.con.execute(
            "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                oid, doc, start_at, start_at + 5, str(value), f"{subject} was {value}.", subject, code, measure,
                value, unit, qualifier, start, end, period_type, region, region_code, "industry", target,
                forecast, date.fromisoformat(published) if published else None,
                series_id(code, region_code, measure, unit, period_type), mapped,
            ],
        )
        return oid


def make_con(path: Path) -> duckdb.DuckDBPyConnection:
    db = duckdb.connect(str(path))
    db.execute(OBSERVATIONS_DDL)
    db.execute(DIM_INDICATOR_DDL)
    db.executemany(
        "INSERT INTO dim_indicator VALUES (?, ?, ?, ?, ?, ?)",
        [[r["indicator_code"], r["label"], r["domain"], r["default_unit"], r["flow_or_stock"], r["aliases"]]
         for r in catalog_rows()],
    )
    apply_series_sql(db)
    return db


def rows(con: duckdb.DuckDBPyConnection, query: str) -> list[dict]:
    return con.sql(query).pl().to_dicts()
