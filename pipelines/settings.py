"""Where the pipeline reads sources and writes the warehouse.

Every entry point (CLI job, Dagster UI, tests) resolves these the same way, so
one pipeline can be pointed at any corpus by environment variables alone.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SQL_DIR = PROJECT_ROOT / "warehouse" / "sql"


def sources_dir() -> Path:
    return Path(os.environ.get("WAREHOUSE_SOURCES_DIR") or PROJECT_ROOT / "seeds").resolve()


def warehouse_dir() -> Path:
    return Path(os.environ.get("WAREHOUSE_DIR") or PROJECT_ROOT / "warehouse").resolve()
