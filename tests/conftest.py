"""Fixtures shared by the tests: real Dagster instances and one real build of seeds/."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import dagster as dg
import pytest
from dagster_support import SEEDS, project_instance, run_warehouse_job


@pytest.fixture
def dagster_instance(tmp_path: Path) -> Iterator[dg.DagsterInstance]:
    with project_instance(tmp_path / "dagster_home") as instance:
        yield instance


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Iterator[tuple[Path, dg.ExecuteInProcessResult]]:
    """One materialization of every asset from seeds/ into a temporary WAREHOUSE_DIR, shared by the tests."""
    root = tmp_path_factory.mktemp("seed_build")
    warehouse_dir = root / "warehouse"
    with project_instance(root / "dagster_home") as instance:
        result = run_warehouse_job(SEEDS, warehouse_dir, instance)
        yield warehouse_dir, result
