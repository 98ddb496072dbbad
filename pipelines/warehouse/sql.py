"""Run the SQL files kept under `warehouse/sql/<folder>/` in name order."""
from __future__ import annotations

from pathlib import Path

import duckdb

from pipelines.settings import SQL_DIR


def sql_files(folder: str) -> list[Path]:
    return sorted((SQL_DIR / folder).glob("*.sql"))


def apply_sql(con: duckdb.DuckDBPyConnection, folder: str) -> list[str]:
    """Execute every file of the folder; returns the names of the files run."""
    ran = []
    for path in sql_files(folder):
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.Error as exc:
            raise RuntimeError(f"{path}: {exc}") from exc
        ran.append(path.name)
    return ran
