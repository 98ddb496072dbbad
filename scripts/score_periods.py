"""Dev check: how often the period resolver agrees with the gold rows.

Usage: .venv/bin/python scripts/score_periods.py [--gold DIR] [--texts DIR] [-v]
(held-out: --texts tests/heldout/texts --gold tests/heldout/gold)
For each gold row, finds the sentence around [char_start, char_end) with a plain
splitter, calls PeriodResolver with the manifest's published date, and compares
(period_start, period_end, period_type); also reports agreement on the dates alone, which
is what the shared scorer compares ("January to June" `ytd` and "first half" `half` agree).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.extraction.periods import PeriodResolver  # noqa: E402
from pipelines.extraction.temporal_vocab import vocab  # noqa: E402

_BOUNDARY = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z0-9])|\n\s*\n|\n")


def sentence_around(text: str, s: int, e: int) -> tuple[int, int]:
    start = 0
    for m in _BOUNDARY.finditer(text, 0, min(len(text), s + 2)):
        if m.end() <= s:
            start = m.end()
    m = _BOUNDARY.search(text, e)
    end = m.start() + 1 if m else len(text)
    return start, end


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="/work/shared/gold")
    ap.add_argument("--texts", "--seeds", dest="seeds", default=str(ROOT / "seeds"),
                    help="folder of the texts and their manifest.csv (published dates)")
    ap.add_argument("-v", "--verbose", action="store_true", help="list every mismatch with its context")
    ap.add_argument("--skip-optional", action="store_true")
    args = ap.parse_args()

    published: dict[str, date | None] = {}
    with open(Path(args.seeds) / "manifest.csv", newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            published[row["file"]] = date.fromisoformat(row["published"]) if row["published"] else None

    vocab()  # compile the patterns before timing
    total = ok = ok_dates = 0
    by_class: Counter = Counter()
    elapsed = 0.0
    chars = 0
    for gold_file in sorted(Path(args.gold).glob("*.jsonl")):
        rows = [json.loads(line) for line in gold_file.open(encoding="utf-8") if line.strip()]
        if not rows:
            continue
        doc = rows[0]["doc"]
        text = (Path(args.seeds) / doc).read_text(encoding="utf-8")
        t0 = time.perf_counter()
        res = PeriodResolver(text, published.get(doc))
        elapsed += time.perf_counter() - t0
        chars += len(text)
        for r in sorted(rows, key=lambda r: r["char_start"]):
            if args.skip_optional and "optional" in r.get("flags", []):
                continue
            s, e = r["char_start"], r["char_end"]
            ss, se = sentence_around(text, s, e)
            t0 = time.perf_counter()
            p = res.resolve(ss, se, s, e)
            elapsed += time.perf_counter() - t0
            got = (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None, p.type)
            want = (r["period_start"], r["period_end"], r["period_type"])
            total += 1
            if got[:2] == want[:2]:
                ok_dates += 1
            if got == want:
                ok += 1
                continue
            by_class[(want[2], got[2])] += 1
            if args.verbose:
                ctx = text[max(ss, s - 160):s] + "[[" + text[s:e] + "]]" + text[e:min(se, e + 80)]
                print(f"{doc[:3]} {s:6d} want {want[2]:7} {want[0]}..{want[1]}  got {got[2]:7} {got[0]}..{got[1]}")
                print("      " + ctx.replace("\n", " / "))
    print(f"period accuracy: {ok}/{total} = {ok / max(total, 1):.3f}")
    print(f"dates only (as tools/score.py compares periods): {ok_dates}/{total} = {ok_dates / max(total, 1):.3f}")
    print("mismatches (gold type -> ours):", dict(by_class.most_common()))
    print(f"resolver time: {elapsed * 1000:.1f} ms for {chars} chars of text (init + one call per gold row)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
