"""Re-runs, removed documents, crashes while publishing, concurrent runs: with real files and real runs."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import dagster as dg
import duckdb
import pytest
from dagster_support import PROJECT_ROOT, SEEDS, run_warehouse_job

from pipelines.defs.constants import WAREHOUSE_POOL


# steps that write into WAREHOUSE_DIR, all in the "warehouse" pool
POOLED_STEPS = ("extraction", "validation", "warehouse_database", "parquet_exports")


def observation_ids(warehouse_dir) -> set[str]:
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        return {r[0] for r in con.sql("SELECT observation_id FROM observations").fetchall()}


def extraction_metadata(result) -> dict:
    [materialization] = [
        m for m in result.get_asset_materialization_events() if m.asset_key.path == ["extracted_observations"]
    ]
    return {k: v.value for k, v in materialization.materialization.metadata.items()}


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    return folder


def test_rerun_keeps_ids_and_extracts_nothing_again(corpus, tmp_path, dagster_instance):
    warehouse_dir = tmp_path / "warehouse"
    first = run_warehouse_job(corpus, warehouse_dir, dagster_instance)
    ids = observation_ids(warehouse_dir)
    second = run_warehouse_job(corpus, warehouse_dir, dagster_instance)

    assert first.success and second.success
    assert observation_ids(warehouse_dir) == ids
    assert extraction_metadata(first)["texts_extracted"] == 5
    assert extraction_metadata(second)["texts_extracted"] == 0
    assert extraction_metadata(second)["texts_reused_from_cache"] == 5


def test_removed_and_added_documents(corpus, tmp_path, dagster_instance):
    warehouse_dir = tmp_path / "warehouse"
    run_warehouse_job(corpus, warehouse_dir, dagster_instance)
    removed = sorted(corpus.glob("*.txt"))[0]
    removed.unlink()
    (corpus / "new.txt").write_text("Exports of widgets rose 12.5% year on year to 3.2 billion yuan in 2024.\n")

    result = run_warehouse_job(corpus, warehouse_dir, dagster_instance)

    assert extraction_metadata(result)["texts_extracted"] == 1
    with duckdb.connect(str(warehouse_dir / "warehouse.duckdb"), read_only=True) as con:
        files = {r[0] for r in con.sql("SELECT DISTINCT source_file FROM observations").fetchall()}
    assert removed.name not in files
    assert "new.txt" in files


def test_a_changed_manifest_title_re_extracts_that_document(corpus, tmp_path, dagster_instance):
    # a headline may name the period a text reports on, so the title is part of what its rows depend on
    warehouse_dir = tmp_path / "warehouse"
    run_warehouse_job(corpus, warehouse_dir, dagster_instance)
    manifest = corpus / "manifest.csv"
    with manifest.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["title"] = "A new headline for the first half of 2025"
    with manifest.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)

    result = run_warehouse_job(corpus, warehouse_dir, dagster_instance)

    assert result.success
    assert extraction_metadata(result)["texts_extracted"] == 1
    assert extraction_metadata(result)["texts_reused_from_cache"] == 4


CRASHING_RUN = textwrap.dedent(
    """
    import os, signal, sys
    sys.path.insert(0, {tests!r})
    import pipelines.defs.warehouse.assets as warehouse_assets
    from dagster_support import project_instance, run_warehouse_job
    from pathlib import Path

    def killed_before_swap(_database):
        os.kill(os.getpid(), signal.SIGKILL)  # the staging database is complete, the swap never happens

    warehouse_assets.swap_into_place = killed_before_swap
    with project_instance(Path({home!r})) as instance:
        run_warehouse_job(Path({sources!r}), Path({warehouse!r}), instance)
    """
)


def test_kill_during_publish_leaves_the_previous_warehouse_readable(corpus, tmp_path, dagster_instance):
    warehouse_dir = tmp_path / "warehouse"
    assert run_warehouse_job(corpus, warehouse_dir, dagster_instance).success
    ids = observation_ids(warehouse_dir)
    for doc in sorted(corpus.glob("*.txt"))[:2]:
        doc.unlink()  # the next build would publish fewer observations

    script = CRASHING_RUN.format(
        tests=str(PROJECT_ROOT / "tests"), home=str(tmp_path / "crash_home"), sources=str(corpus), warehouse=str(warehouse_dir)
    )
    crashed = subprocess.run([sys.executable, "-c", script], cwd=PROJECT_ROOT, capture_output=True, text=True)

    assert crashed.returncode == -9, crashed.stderr[-2000:]
    assert observation_ids(warehouse_dir) == ids
    assert (warehouse_dir / "exports" / "observations.parquet").exists()
    # the next run discards the staging leftovers and publishes the smaller corpus
    assert run_warehouse_job(corpus, warehouse_dir, dagster_instance).success
    assert observation_ids(warehouse_dir) < ids


def test_two_runs_at_once_share_the_pool_and_both_succeed(corpus, tmp_path):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(PROJECT_ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    # create the instance's storage and the pool's slots first, as any used instance has them: two processes
    # migrating a new SQLite event log, or allocating a new pool's slots, at the same moment is a race of Dagster's
    # set-up, not of the pipeline
    instance = dg.DagsterInstance.from_config(str(home))
    instance.event_log_storage.initialize_concurrency_limit_to_default(WAREHOUSE_POOL)
    instance.dispose()
    env = {**os.environ, "DAGSTER_HOME": str(home), "WAREHOUSE_SOURCES_DIR": str(corpus), "WAREHOUSE_DIR": str(tmp_path / "warehouse")}
    command = [str(Path(sys.executable).parent / "dagster"), "job", "execute", "-m", "pipelines.definitions", "-j", "warehouse_job",
               "-c", str(PROJECT_ROOT / ".dagster_home" / "cli_run_config.yaml")]
    runs = [subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600)[0] for run in runs]

    assert [run.returncode for run in runs] == [0, 0], outputs[0][-3000:] + outputs[1][-3000:]
    assert len(observation_ids(tmp_path / "warehouse")) >= 300
    # the pool let one writer at a time into WAREHOUSE_DIR: no two pooled steps overlapped
    with dg.DagsterInstance.from_config(str(home)) as instance:
        spans = []
        for record in instance.get_runs():
            events = instance.all_logs(record.run_id)
            started = {e.step_key: e.timestamp for e in events if e.dagster_event and e.dagster_event.event_type_value == "STEP_START"}
            done = {e.step_key: e.timestamp for e in events if e.dagster_event and e.dagster_event.event_type_value == "STEP_SUCCESS"}
            spans += [(started[k], done[k]) for k in POOLED_STEPS if k in started]
    assert len(spans) == 2 * len(POOLED_STEPS)
    spans.sort()
    assert all(end <= next_start for (_, end), (next_start, _) in zip(spans, spans[1:])), spans
