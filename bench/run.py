"""Measure the extraction library, the whole pipeline and the warehouse's queries; print a table, write JSON.

usage: python -m bench.run [--documents 1000] [--megabytes 10] [--runs 3] [--out bench/out]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from bench.corpus import generate
from pipelines.extraction import extract
from pipelines.settings import PROJECT_ROOT
from pipelines.warehouse.build import create_views

SEEDS = PROJECT_ROOT / "seeds"
MB = 1_000_000


def median_times(fn, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of `runs` calls. The CPU time is this process's alone: on a shared VM it
    moves less than the wall clock when other work or a neighbour takes the core."""
    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def library_throughput(texts: list[str], runs: int) -> tuple[float, float]:
    """(wall-clock MB/s, CPU MB/s) of the extraction library on one core."""
    size = sum(len(t.encode()) for t in texts)
    wall, cpu = median_times(lambda: [extract(t, None) for t in texts], runs)
    return size / MB / wall, size / MB / cpu


def quantulum_throughput(texts: list[str]) -> float | None:
    try:
        from quantulum3 import parser  # noqa: PLC0415 - optional, installed by `make bench` only
    except ImportError:
        return None
    size = sum(len(t.encode()) for t in texts)
    parser.parse("warm up 1.5 million tons")
    start = time.perf_counter()
    for t in texts:
        parser.parse(t)
    return size / MB / (time.perf_counter() - start)


def run_job(sources: Path, warehouse: Path, home: Path) -> float:
    env = {**os.environ, "WAREHOUSE_SOURCES_DIR": str(sources), "WAREHOUSE_DIR": str(warehouse), "DAGSTER_HOME": str(home)}
    command = [str(Path(sys.executable).parent / "dagster"), "job", "execute", "-m", "pipelines.definitions", "-j", "warehouse_job",
               "-c", str(PROJECT_ROOT / ".dagster_home" / "cli_run_config.yaml")]
    start = time.perf_counter()
    done = subprocess.run(command, cwd=PROJECT_ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"warehouse job failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return elapsed


def dagster_home(root: Path) -> Path:
    home = root / "dagster_home"
    home.mkdir(parents=True, exist_ok=True)
    shutil.copy(PROJECT_ROOT / ".dagster_home" / "dagster.yaml", home / "dagster.yaml")
    return home


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def query_latency(built: Path, rows: int, repeats: int = 50) -> dict[str, float]:
    """Blow the built observations up to `rows` (shifted periods and ids) and time two typical queries."""
    scratch = built.with_name("latency.duckdb")
    shutil.copy(built, scratch)
    with duckdb.connect(str(scratch)) as con:
        base = con.sql("SELECT count(*) FROM observations").fetchall()[0][0]
        copies = -(-rows // base)
        con.execute(
            f"""
            CREATE TEMP TABLE grown AS
            SELECT o.* REPLACE (o.observation_id || '.' || k AS observation_id,
                                o.period_start - INTERVAL (k) YEAR AS period_start,
                                o.period_end - INTERVAL (k) YEAR AS period_end)
            FROM observations o, range(1, {copies}) t(k);
            INSERT INTO observations SELECT * FROM grown ORDER BY series_id, period_end;
            """
        )
        create_views(con)
        total = con.sql("SELECT count(*) FROM observations").fetchall()[0][0]
        # a typical series: the median one by number of observations (the largest is a catch-all of unmapped subjects)
        series = con.sql(
            "SELECT series_id FROM (SELECT series_id, count(*) AS n FROM observations GROUP BY 1) "
            "ORDER BY n, series_id LIMIT 1 OFFSET (SELECT count(DISTINCT series_id) // 2 FROM observations)"
        ).fetchall()[0][0]
        queries = {
            "one_series": ("SELECT period_start, period_end, value, published FROM observations "
                           "WHERE series_id = ? ORDER BY period_end", [series]),
            "domain_mart": ("SELECT indicator_code, region_code, max(period_end), count(*) FROM industry_indicators "
                            "GROUP BY ALL ORDER BY 4 DESC LIMIT 50", []),
        }
        rows = con.execute("SELECT count(*) FROM observations WHERE series_id = ?", [series]).fetchall()[0][0]
        out: dict[str, float] = {"observations": total, "one_series_rows": rows}
        for name, (sql, params) in queries.items():
            times = []
            for _ in range(repeats):
                start = time.perf_counter()
                con.execute(sql, params).fetchall()
                times.append((time.perf_counter() - start) * 1000)
            out[f"{name}_p50_ms"] = percentile(times, 0.5)
            out[f"{name}_p95_ms"] = percentile(times, 0.95)
    scratch.unlink()
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--documents", type=int, default=1000)
    ap.add_argument("--megabytes", type=float, default=10)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--query-rows", type=int, default=1_000_000)
    ap.add_argument("--out", type=Path, default=PROJECT_ROOT / "bench" / "out")
    args = ap.parse_args()

    work = Path(tempfile.mkdtemp(prefix="bench_"))
    corpus = work / "corpus"
    corpus_bytes = generate(SEEDS, corpus, args.documents, int(args.megabytes * MB))
    texts = [p.read_text(encoding="utf-8") for p in sorted(corpus.glob("*.txt"))]
    seed_texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]

    results: dict[str, object] = {
        "machine": f"{platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "documents": args.documents,
        "corpus_mb": corpus_bytes / MB,
    }
    results["library_mb_s"], results["library_cpu_mb_s"] = library_throughput(texts, args.runs)
    library_on_seeds, _ = library_throughput(seed_texts, args.runs)
    quantulum = quantulum_throughput(seed_texts)
    results["quantulum3_mb_s"] = quantulum
    results["library_vs_quantulum3"] = library_on_seeds / quantulum if quantulum else None

    e2e_times = []
    for n in range(args.runs):
        root = work / f"run{n}"
        e2e_times.append(run_job(corpus, root / "warehouse", dagster_home(root)))
    results["end_to_end_s"] = statistics.median(e2e_times)
    results["end_to_end_mb_s"] = corpus_bytes / MB / results["end_to_end_s"]
    results["end_to_end_vs_quantulum3"] = results["end_to_end_mb_s"] / quantulum if quantulum else None
    results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    last = work / f"run{args.runs - 1}"
    shutil.copy(next(iter(sorted(corpus.glob("*.txt")))), corpus / "added_document.txt")
    results["add_one_document_s"] = run_job(corpus, last / "warehouse", last / "dagster_home")
    results.update(query_latency(last / "warehouse" / "warehouse.duckdb", args.query_rows))

    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "results.json").write_text(json.dumps(results, indent=2))
    width = max(len(k) for k in results)
    for key, value in results.items():
        shown = f"{value:,.3f}" if isinstance(value, float) else str(value)
        print(f"{key:<{width}}  {shown}")
    print(f"written to {args.out / 'results.json'}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
