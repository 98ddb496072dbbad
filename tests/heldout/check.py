#!/usr/bin/env python3
"""Self-check of the held-out gold: spans, fields, boundaries, coverage.

usage: python tests/heldout/check.py [--uncovered]
"""
import csv, json, re, sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, "/work/shared/tools")
from locate import check_fields  # noqa: E402

bad, total = 0, 0
manifest = {r["file"]: r for r in csv.DictReader(open(HERE / "texts" / "manifest.csv", encoding="utf-8"))}
texts = sorted((HERE / "texts").glob("*.txt"))
for t in texts:
    if t.name not in manifest:
        print("not in manifest:", t.name); bad += 1
for g in sorted((HERE / "gold").glob("*.jsonl")):
    rows = [json.loads(l) for l in g.read_text(encoding="utf-8").splitlines() if l.strip()]
    doc = rows[0]["doc"]
    text = (HERE / "texts" / doc).read_text(encoding="utf-8")
    covered = [False] * len(text)
    for r in rows:
        s, e = r["char_start"], r["char_end"]
        probs = check_fields(r)
        if r["doc"] != doc or not g.stem == doc[:3]:
            probs.append("doc mismatch")
        if text[s:e] != r["quote"]:
            probs.append(f"slice {text[s:e]!r} != quote")
        if s > 0 and (text[s - 1].isalnum() or (text[s - 1] in ".," and s > 1 and text[s - 2].isdigit())):
            probs.append(f"starts inside a token: {text[max(0, s - 5):e]!r}")
        if e < len(text) and text[e].isalnum():
            probs.append(f"ends inside a token: {text[s:e + 5]!r}")
        if r["period_type"] == "unknown":
            if r["period_start"] or r["period_end"]:
                probs.append("unknown period with dates")
        elif not (r["period_start"] and r["period_end"] and r["period_start"] <= r["period_end"]):
            probs.append("bad period dates")
        if r["period_type"] == "point" and r["period_start"] != r["period_end"]:
            probs.append("point period with start != end")
        unit_by_measure = {"growth_yoy_pct": "percent", "growth_pct": "percent", "ratio_pct": "percent",
                           "pp_change": "pp", "index": "index", "multiple": "times"}
        if r["measure"] in unit_by_measure and r["unit"] != unit_by_measure[r["measure"]]:
            probs.append("unit does not fit measure")
        for k in range(s, e):
            covered[k] = True
        if probs:
            bad += 1
            print(g.name, repr(r["quote"]), "; ".join(probs))
    total += len(rows)
    n_opt = sum("optional" in r["flags"] for r in rows)
    print(f"{g.name}: {len(rows)} rows ({n_opt} optional), text {len(text)} chars, {doc}")
    if "--uncovered" in sys.argv:
        words = r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|half|third|quarter|fifth|twice|doubled|tripled|\w+fold|first|second)\b"
        for m in re.finditer(r"\d[\d,.]*|" + words, text, flags=re.I):
            if not any(covered[m.start():m.end()]):
                line = text[max(0, m.start() - 30):m.end() + 20].replace("\n", " ")
                print(f"   uncovered {m.group()!r}: ...{line}...")
print(f"TOTAL {total} rows in {len(list((HERE / 'gold').glob('*.jsonl')))} files; {bad} problems")
sys.exit(1 if bad else 0)
