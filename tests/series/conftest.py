"""Fixtures: a real DuckDB in tmp_path with the series SQL applied, and a row composer."""
from __future__ import annotations

from pathlib import Path

import pytest
from series_support import Obs, make_con


@pytest.fixture
def con(tmp_path: Path):
    db = make_con(tmp_path / "series.duckdb")
    yield db
    db.close()


@pytest.fixture
def obs(con) -> Obs:
    return Obs(con)
