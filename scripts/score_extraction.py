#!/usr/bin/env python3
"""Run the extraction library over seeds/ and score it against the gold annotations.

usage: .venv/bin/python scripts/score_extraction.py [--out FILE.parquet] [--show-misses N] [--seeds DIR] [--gold DIR]
                                                     [--no-manifest]
The texts are read as the warehouse reads them (pipelines.sources.read_corpus): publication dates come from the
folder's manifest.csv, else from a dateline in the text. --no-manifest ignores the manifest, as for texts that arrive
without one. The Parquet written carries each observation's indicator_code (pipelines.series.catalog.link of its
subject), for /work/shared/tools/series_check.py.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polars as pl

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.extraction import extract  # noqa: E402
from pipelines.sources import read_corpus  # noqa: E402
from pipelines.series.catalog import link  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    ap.add_argument("--gold", type=Path, default=Path("/work/shared/gold"))
    ap.add_argument("--scorer", type=Path, default=Path("/work/shared/tools/score.py"))
    ap.add_argument("--out", type=Path, default=Path("/tmp/extraction_observations.parquet"))
    ap.add_argument("--show-misses", type=int, default=0)
    ap.add_argument("--no-manifest", action="store_true", help="ignore manifest.csv: dates from datelines only")
    args = ap.parse_args()

    documents = _read(args.seeds, args.no_manifest)
    rows = []
    nbytes = sum(d.bytes for d in documents)
    t0 = time.perf_counter()
    for doc in documents:
        result = extract(doc.text, doc.published, doc.publisher, doc.title)
        for o in result.observations:
            rows.append({
                "source_file": doc.source_file, "char_start": o.char_start, "char_end": o.char_end, "quote": o.quote,
                "subject": o.subject, "value": o.value, "unit": o.unit, "measure": o.measure, "qualifier": o.qualifier,
                "period_start": o.period.start, "period_end": o.period.end, "period_type": o.period.type,
                "region": o.region, "region_code": o.region_code, "domain": o.domain,
                "indicator_code": link(o.subject)[0],
            })
    secs = time.perf_counter() - t0
    # warm throughput: a second pass, after the one-off compile of vocabularies and patterns
    t1 = time.process_time()
    for doc in documents:
        extract(doc.text, doc.published, doc.publisher, doc.title)
    warm = time.process_time() - t1
    schema = {"source_file": pl.Utf8, "char_start": pl.Int64, "char_end": pl.Int64, "quote": pl.Utf8,
              "subject": pl.Utf8, "value": pl.Float64, "unit": pl.Utf8, "measure": pl.Utf8, "qualifier": pl.Utf8,
              "period_start": pl.Date, "period_end": pl.Date, "period_type": pl.Utf8, "region": pl.Utf8,
              "region_code": pl.Utf8, "domain": pl.Utf8, "indicator_code": pl.Utf8}
    pl.DataFrame(rows, schema=schema).write_parquet(args.out)
    print(f"{len(rows)} observations from {nbytes} bytes in {secs:.3f}s cold, {warm:.3f}s CPU warm "
          f"({nbytes / warm / 1e6:.2f} MB/s) -> {args.out}")
    cmd = [sys.executable, str(args.scorer), str(args.gold), str(args.out)]
    if args.show_misses:
        cmd += ["--show-misses", str(args.show_misses)]
    return subprocess.call(cmd)


def _read(folder: Path, no_manifest: bool) -> list:
    if not no_manifest:
        return read_corpus(folder).documents
    with tempfile.TemporaryDirectory() as bare:
        for path in folder.glob("*.txt"):
            shutil.copy(path, bare)
        return read_corpus(Path(bare)).documents


if __name__ == "__main__":
    sys.exit(main())
