"""Helpers for tests of the Dagster layer: real instances, real job runs of the project's code location."""
from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
import yaml

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED = PROJECT_ROOT.parent / "shared"
SEEDS = PROJECT_ROOT / "seeds"


@contextlib.contextmanager
def project_instance(temp_dir: Path) -> Iterator[dg.DagsterInstance]:
    """A throwaway instance with the project's own instance settings (the warehouse pool limit)."""
    settings = yaml.safe_load((PROJECT_ROOT / ".dagster_home" / "dagster.yaml").read_text())
    temp_dir.mkdir(parents=True, exist_ok=True)
    with dg.instance_for_test(temp_dir=str(temp_dir), overrides=settings) as instance:
        yield instance


def load_project_defs(sources_dir: Path, warehouse_dir: Path) -> dg.Definitions:
    """The code location as `make warehouse` and `make ui` load it, pointed at these folders."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv("WAREHOUSE_SOURCES_DIR", str(sources_dir))
        env.setenv("WAREHOUSE_DIR", str(warehouse_dir))
        return dg.load_from_defs_folder(path_within_project=PROJECT_ROOT)


def run_warehouse_job(sources_dir: Path, warehouse_dir: Path, instance: dg.DagsterInstance) -> dg.ExecuteInProcessResult:
    job = load_project_defs(sources_dir, warehouse_dir).resolve_job_def("warehouse_job")
    return job.execute_in_process(instance=instance, raise_on_error=False)


