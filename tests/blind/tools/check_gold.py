#!/usr/bin/env python3
"""Self-check of the blind set: quotes equal text[char_start:char_end], fields valid,
no duplicate spans, periods consistent. usage: check_gold.py [BLIND_DIR]"""
import json, sys, datetime
from pathlib import Path

base = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
FIELDS = ["doc", "quote", "subject", "measure", "value", "unit", "qualifier", "period_start",
          "period_end", "period_type", "region", "domain", "flags", "char_start", "char_end"]
MEASURES = {"level", "growth_yoy_pct", "growth_pct", "ratio_pct", "pp_change", "index", "multiple"}
UNIT_FOR = {"growth_yoy_pct": {"percent"}, "growth_pct": {"percent"}, "ratio_pct": {"percent"},
            "pp_change": {"pp"}, "multiple": {"times"}, "index": {"index"}}
bad = n = 0
texts = {p.name: p.read_text(encoding="utf-8") for p in (base / "texts").glob("*.txt")}
seen = set()
for f in sorted((base / "gold").glob("*.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        r = json.loads(line); n += 1
        err = []
        if list(r) != FIELDS: err.append(f"fields {list(r)}")
        if not r["doc"].startswith(f.stem + "_"): err.append("doc/file mismatch")
        t = texts.get(r["doc"])
        if t is None or t[r["char_start"]:r["char_end"]] != r["quote"]: err.append("quote != text slice")
        if r["measure"] not in MEASURES: err.append("measure")
        if r["measure"] in UNIT_FOR and r["unit"] not in UNIT_FOR[r["measure"]]: err.append("unit for measure")
        if r["qualifier"] not in {"eq", "approx", "gt", "lt"}: err.append("qualifier")
        if r["domain"] not in {"industry", "regional", "trade", "macro", "other"}: err.append("domain")
        if not set(r["flags"]) <= {"target", "forecast", "optional"}: err.append("flags")
        if not isinstance(r["value"], (int, float)) or isinstance(r["value"], bool): err.append("value")
        pt, ps, pe = r["period_type"], r["period_start"], r["period_end"]
        if pt == "unknown":
            if ps or pe: err.append("unknown period with dates")
        else:
            a, b = datetime.date.fromisoformat(ps), datetime.date.fromisoformat(pe)
            if a > b or (pt == "point" and a != b): err.append("period dates")
        key = (r["doc"], r["char_start"])
        if key in seen: err.append("duplicate span")
        seen.add(key)
        if err:
            bad += 1; print(f.name, r["quote"], err)
print(f"{n} rows in {len(texts)} texts, {bad} problems")
sys.exit(1 if bad else 0)
