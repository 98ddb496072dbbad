"""Parquet exports of the published warehouse, each written to a temporary name and renamed."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

# relation in the database -> file name under exports/
EXPORTS = {
    "observations": "observations.parquet",
    "industry_indicators": "industry_indicators.parquet",
    "regional_indicators": "regional_indicators.parquet",
    "trade_indicators": "trade_indicators.parquet",
}


def export_parquet(database: Path, exports_dir: Path) -> dict[str, tuple[Path, int]]:
    """Write every export from a read-only connection; returns each file with its row count."""
    exports_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    with duckdb.connect(str(database), read_only=True) as con:
        for relation, file_name in EXPORTS.items():
            final = exports_dir / file_name
            partial = final.with_name(f".{file_name}.partial")
            con.execute(f"COPY (SELECT * FROM {relation} ORDER BY source_file, char_start) TO '{partial}' (FORMAT parquet)")
            os.replace(partial, final)
            rows = con.sql(f"SELECT count(*) FROM {relation}").fetchall()[0][0]
            written[relation] = (final, rows)
    return written
