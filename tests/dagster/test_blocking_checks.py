"""A table-level expectation failure must keep bad data out of the published warehouse."""
from __future__ import annotations

from dagster_support import run_warehouse_job

from pipelines.defs.constants import TABLE_EXPECTATIONS_CHECK


def test_corpus_without_observations_blocks_the_load_and_keeps_the_error(tmp_path, dagster_instance):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "empty.txt").write_text("   \n")
    warehouse_dir = tmp_path / "warehouse"

    result = run_warehouse_job(sources, warehouse_dir, dagster_instance)

    check = {e.check_name: e for e in result.get_asset_check_evaluations()}[TABLE_EXPECTATIONS_CHECK]
    assert not check.passed
    assert "table_row_count_to_be_between" in check.description
    assert not (warehouse_dir / "warehouse.duckdb").exists()
    ingest_errors = result.output_for_node("source_texts", "ingest_errors")
    assert ingest_errors.to_dicts()[0]["source_file"] == "empty.txt"
