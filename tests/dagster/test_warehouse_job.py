"""The whole pipeline, materialized by Dagster from seeds/ into a real DuckDB file and Parquet exports."""
from __future__ import annotations

import duckdb
import polars as pl

from pipelines.defs.constants import ROW_EXPECTATIONS_CHECK, TABLE_EXPECTATIONS_CHECK


def test_job_succeeds_and_every_check_ran(seed_build):
    _, result = seed_build
    assert result.success
    evaluations = {e.check_name: e for e in result.get_asset_check_evaluations()}
    assert evaluations[TABLE_EXPECTATIONS_CHECK].passed
    assert ROW_EXPECTATIONS_CHECK in evaluations
    assert "rejected_rows" in evaluations[ROW_EXPECTATIONS_CHECK].metadata


def test_database_has_tables_dimensions_and_marts(seed_build):
    warehouse_dir, _ = seed_build
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        count = lambda rel: con.sql(f"SELECT count(*) FROM {rel}").fetchall()[0][0]  # noqa: E731
        assert count("observations") >= 300
        assert count("dim_source") == 5
        assert count("ingest_errors") == 0
        assert count("dim_region WHERE region_code = 'CN-SX' AND level = 'province' AND parent_code = 'CN'") == 1
        assert count("dim_indicator") > 10
        for mart in ("industry_indicators", "regional_indicators", "trade_indicators"):
            assert count(mart) > 0, mart
        assert count("industry_indicators") == count("observations WHERE domain = 'industry'")
        # every observation's span is where the quote stands in the decoded source text
        mismatched = con.sql(
            "SELECT count(*) FROM observations o JOIN dim_source s USING (doc_id) "
            "WHERE substr(s.text, o.char_start + 1, o.char_end - o.char_start) <> o.quote"
        ).fetchall()[0][0]
        assert mismatched == 0


def test_parquet_export_matches_the_database(seed_build):
    warehouse_dir, _ = seed_build
    exported = pl.read_parquet(warehouse_dir / "exports" / "observations.parquet")
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        assert exported.height == con.sql("SELECT count(*) FROM observations").fetchall()[0][0]
    for column in ("observation_id", "source_file", "char_start", "char_end", "quote", "sentence", "subject",
                   "indicator_code", "measure", "value", "unit", "qualifier", "period_start", "period_end",
                   "period_type", "region", "region_code", "domain", "is_target", "is_forecast", "published"):
        assert column in exported.columns
    assert exported.schema["period_start"] == pl.Date
    for mart in ("industry_indicators", "regional_indicators", "trade_indicators"):
        assert (warehouse_dir / "exports" / f"{mart}.parquet").exists()
