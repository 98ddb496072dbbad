"""The extraction library scored on texts it was not tuned on (tests/heldout), with the shared scorer.

The gap between this score and the seeds' score measures overfitting; the floors
are the levels reached so far and only move up.
"""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import polars as pl
from dagster_support import PROJECT_ROOT, SHARED

from pipelines.extraction import extract
from pipelines.frames import observations_frame
from pipelines.sources import read_corpus

HELDOUT = PROJECT_ROOT / "tests" / "heldout"
DETECTION_F1_FLOOR = 0.95
STRICT_F1_FLOOR = 0.50


def score(texts: Path, gold: Path, out: Path) -> str:
    corpus = read_corpus(texts)
    assert not corpus.errors, corpus.errors
    frames = [observations_frame(doc, extract(doc.text, doc.published)) for doc in corpus.documents]
    pl.concat(frames).write_parquet(out)
    result = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score.py"), str(gold), str(out)], capture_output=True, text=True, check=True
    )
    return result.stdout.strip().splitlines()[-1]


def test_heldout_texts_meet_the_floors(tmp_path):
    summary = score(HELDOUT / "texts", HELDOUT / "gold", tmp_path / "heldout.parquet")
    detection, strict = (float(f) for f in re.findall(r"F1 ([0-9.]+)", summary))
    print(summary)
    assert detection >= DETECTION_F1_FLOOR, summary
    assert strict >= STRICT_F1_FLOOR, summary
