"""Dev check: throughput of PeriodResolver (init + one resolve per digit number), in MB/s."""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.extraction.periods import PeriodResolver  # noqa: E402
from pipelines.extraction.temporal_vocab import vocab  # noqa: E402

_NUM = re.compile(r"\d[\d,.]*")
_SENT = re.compile(r"[^.!?\n]+[.!?]?")


def main() -> None:
    vocab()  # compile once, outside the timing
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    work = []
    for t in texts:
        calls = []
        for s in _SENT.finditer(t):
            for n in _NUM.finditer(t, s.start(), s.end()):
                calls.append((s.start(), s.end(), n.start(), n.end()))
        work.append((t, calls))
    size = sum(len(t.encode("utf-8")) for t in texts)
    best = 1e9
    for _ in range(5):
        t0 = time.perf_counter()
        for t, calls in work:
            r = PeriodResolver(t, None)
            for c in calls:
                r.resolve(*c)
        best = min(best, time.perf_counter() - t0)
    ncalls = sum(len(c) for _, c in work)
    print(f"{size / 1e6 / best:.2f} MB/s = {best / (size / 1e6):.3f} s/MB ({size} bytes, {ncalls} resolve calls, {best * 1000:.1f} ms)")


if __name__ == "__main__":
    main()
