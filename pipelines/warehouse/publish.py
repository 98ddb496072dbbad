"""Atomic publishing: every file is written beside its final name and renamed into place.

A rename within one directory is atomic on POSIX, so a reader (or a crash) sees
either the complete old file or the complete new one, never a half-written one.
Readers that hold the old DuckDB file open keep reading it until they reconnect.
"""
from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "warehouse.duckdb"
EXPORTS_DIR_NAME = "exports"


def database_path(warehouse_dir: Path) -> Path:
    return warehouse_dir / DATABASE_NAME


def staging_path(final: Path) -> Path:
    """Where the next version of `final` is built; in the same folder so the swap is a rename."""
    return final.with_name(f".{final.name}.next")


def discard_staging(final: Path) -> Path:
    """Remove what an interrupted earlier build left behind, and return the clean staging path."""
    staging = staging_path(final)
    for leftover in (staging, staging.with_name(staging.name + ".wal")):
        leftover.unlink(missing_ok=True)
    return staging


def swap_into_place(final: Path) -> None:
    staging = staging_path(final)
    if not staging.exists():
        raise FileNotFoundError(f"{staging}: nothing was built to publish")
    os.replace(staging, final)
    # the old file's write-ahead log (if a crash left one) must not be replayed onto the new file
    final.with_name(final.name + ".wal").unlink(missing_ok=True)
