import json, re, glob
from pathlib import Path
KEYS = ["doc","quote","subject","measure","value","unit","qualifier","period_start","period_end","period_type","region","domain","flags","char_start","char_end"]
n = 0; bad = 0
for g in sorted(glob.glob("gold/*.jsonl")):
    rows = [json.loads(l) for l in open(g)]
    text = Path("texts", rows[0]["doc"]).read_text(encoding="utf-8")
    spans = []
    for r in rows:
        n += 1
        assert list(r.keys()) == KEYS, r.keys()
        s, e = r["char_start"], r["char_end"]
        if text[s:e] != r["quote"]: bad += 1; print("MISMATCH", r)
        if (s > 0 and re.match(r"[\d.,]", text[s-1])) or (e < len(text) and re.match(r"\d", text[e])):
            bad += 1; print("BOUNDARY", g, r["quote"], repr(text[s-3:e+3]))
        if r["period_type"] == "unknown": assert r["period_start"] is None and r["period_end"] is None
        else: assert r["period_start"] <= r["period_end"], r
        if r["period_type"] == "point": assert r["period_start"] == r["period_end"]
        if r["measure"] == "pp_change": assert r["unit"] == "pp"
        if r["measure"] in ("growth_yoy_pct","growth_pct","ratio_pct"): assert r["unit"] == "percent"
        spans.append((s, e))
    # numbers in text not covered
    for m in re.finditer(r"\d[\d,.]*", text):
        if not any(s <= m.start() < e for s, e in spans):
            ctx = text[max(0, m.start()-25):m.end()+15].replace("\n", " ")
            print("  uncovered", g[-9:-6], repr(m.group()), "|", ctx)
print(n, "rows,", bad, "problems")
