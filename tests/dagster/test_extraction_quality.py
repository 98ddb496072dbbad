"""The build's observations scored against the hand-checked gold with the shared scorer.

The floors are the levels reached so far; raise them as extraction improves.
"""
from __future__ import annotations

import re
import subprocess
import sys

from dagster_support import SHARED

DETECTION_F1_FLOOR = 0.99
STRICT_F1_FLOOR = 0.94


def test_scorer_summary_meets_the_floors(seed_build):
    warehouse_dir, _ = seed_build
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(SHARED / "gold"), str(warehouse_dir / "exports" / "observations.parquet")],
        capture_output=True, text=True, check=True,
    ).stdout
    summary = out.strip().splitlines()[-1]
    detection, strict = (float(f) for f in re.findall(r"F1 ([0-9.]+)", summary))
    assert detection >= DETECTION_F1_FLOOR, summary
    assert strict >= STRICT_F1_FLOOR, summary


def test_the_seed_build_links_every_gold_series(seed_build):
    """The shared series check: each group of mentions of one indicator carries one series key of its own."""
    warehouse_dir, _ = seed_build
    out = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "series_check.py"), str(SHARED / "gold" / "series.json"),
         str(warehouse_dir / "exports" / "observations.parquet")],
        capture_output=True, text=True, check=True,
    ).stdout
    linked, total = (int(n) for n in re.search(r"series linked (\d+)/(\d+)", out).groups())
    assert linked == total, out
