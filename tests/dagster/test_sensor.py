"""The sources sensor, evaluated against a real folder as the daemon would."""
from __future__ import annotations

import os

import dagster as dg
from dagster_support import load_project_defs


def evaluate(defs: dg.Definitions, instance, cursor: str | None):
    sensor = defs.resolve_sensor_def("source_files_changed")
    context = dg.build_sensor_context(instance=instance, cursor=cursor, resources=dict(defs.resources or {}))
    return sensor.evaluate_tick(context)


def test_sensor_requests_a_run_for_added_changed_and_removed_files(tmp_path, dagster_instance):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_text("Output rose 5% in 2024.\n")
    defs = load_project_defs(sources, tmp_path / "warehouse")

    first = evaluate(defs, dagster_instance, None)
    assert len(first.run_requests) == 1
    unchanged = evaluate(defs, dagster_instance, first.cursor)
    assert unchanged.run_requests == [] and unchanged.skip_message

    (sources / "b.txt").write_text("Sales fell 2% in 2024.\n")
    added = evaluate(defs, dagster_instance, first.cursor)
    assert len(added.run_requests) == 1

    (sources / "a.txt").write_text("Output rose 6% in 2024.\n")
    os.utime(sources / "a.txt", ns=(1, 1))
    changed = evaluate(defs, dagster_instance, added.cursor)
    assert len(changed.run_requests) == 1

    (sources / "b.txt").unlink()
    removed = evaluate(defs, dagster_instance, changed.cursor)
    assert len(removed.run_requests) == 1
    assert len({first.cursor, added.cursor, changed.cursor, removed.cursor}) == 4
