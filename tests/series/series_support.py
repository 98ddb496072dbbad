"""Helpers for the series tests: an `observations` table of composed rows in a real DuckDB."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import polars as pl

from pipelines.frames import OBSERVATION_SCHEMA
from pipelines.series.catalog import catalog_rows, link
from pipelines.series.keys import series_id
from pipelines.warehouse.sql import apply_sql

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
        row = {
            "observation_id": oid, "doc_id": doc, "source_file": doc, "char_start": start_at, "char_end": start_at + 5,
            "quote": str(value), "sentence": f"{subject} was {value}.", "subject": subject, "indicator_code": code,
            "indicator_mapped": mapped, "series_id": series_id(code, region_code, measure, unit, period_type),
            "measure": measure, "value": value, "unit": unit, "qualifier": qualifier, "period_start": start,
            "period_end": end, "period_type": period_type, "region": region, "region_code": region_code,
            "domain": "industry", "is_target": target, "is_forecast": forecast,
            "published": date.fromisoformat(published) if published else None,
        }
        frame = pl.DataFrame([row], schema=OBSERVATION_SCHEMA)  # noqa: F841 - read by DuckDB by name
        self.con.execute("INSERT INTO observations BY NAME SELECT * FROM frame")
        return oid


def make_con(path: Path) -> duckdb.DuckDBPyConnection:
    """A database with the warehouse's own schema, the indicator catalog and the series views."""
    db = duckdb.connect(str(path))
    apply_sql(db, "schema")
    catalog = pl.DataFrame(catalog_rows())  # noqa: F841 - read by DuckDB by name
    db.execute("INSERT INTO dim_indicator BY NAME SELECT * FROM catalog")
    apply_sql(db, "series")
    return db


def rows(con: duckdb.DuckDBPyConnection, query: str) -> list[dict]:
    return con.sql(query).pl().to_dicts()
