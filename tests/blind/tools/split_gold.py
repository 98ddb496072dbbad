#!/usr/bin/env python3
"""Split locate.py output into gold/NNN.jsonl, one file per text, rows in text order.
usage: split_gold.py LOCATED.jsonl GOLD_DIR"""
import json, sys
from pathlib import Path

rows = [json.loads(l) for l in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if l.strip()]
by = {}
for r in rows:
    by.setdefault(r["doc"].split("_", 1)[0], []).append(r)
for k, rs in sorted(by.items()):
    rs.sort(key=lambda r: r["char_start"])
    Path(sys.argv[2], f"{k}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rs), encoding="utf-8")
    print(k, len(rs))
