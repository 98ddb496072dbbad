#!/usr/bin/env python3
"""Build gold/NNN.jsonl from the compact annotation files in ann/NNN.txt.

Annotation line: quote | context | subject | measure | value | unit | qual | period | region | domain | flags
(trailing fields may be omitted; empty fields take the @default of the file).
measure codes: L level, Y growth_yoy_pct, G growth_pct, R ratio_pct, P pp_change, I index, M multiple
period codes: D2022-10-01~2023-07-31~ytd (explicit), Y2023, H1-2023, H2-2023, Q3-2023, M2023-10, YTD2023-09, P2023-09-30, R2021-2025, U
flags: comma list of t (target), f (forecast), o (optional)
"""
import calendar, json, subprocess, sys
from pathlib import Path

HERE = Path(__file__).parent
MEAS = dict(L="level", Y="growth_yoy_pct", G="growth_pct", R="ratio_pct", P="pp_change", I="index", M="multiple")
UNIT = dict(Y="percent", G="percent", R="percent", P="pp", I="index", M="times")
FLAG = dict(t="target", f="forecast", o="optional")


def period(code):
    if code.startswith("D"):
        a, b, t = code[1:].split("~")
        return a, b, t
    if code == "U":
        return None, None, "unknown"
    if code.startswith("YTD"):
        y, m = map(int, code[3:].split("-"))
        return f"{y}-01-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}", "ytd"
    if code.startswith("Y"):
        y = int(code[1:]); return f"{y}-01-01", f"{y}-12-31", "year"
    if code.startswith("H"):
        h, y = code[1:].split("-"); y = int(y)
        return (f"{y}-01-01", f"{y}-06-30", "half") if h == "1" else (f"{y}-07-01", f"{y}-12-31", "half")
    if code.startswith("Q"):
        q, y = map(int, code[1:].split("-")); m1 = 3 * q - 2; m3 = 3 * q
        return f"{y}-{m1:02d}-01", f"{y}-{m3:02d}-{calendar.monthrange(y, m3)[1]:02d}", "quarter"
    if code.startswith("M"):
        y, m = map(int, code[1:].split("-"))
        return f"{y}-{m:02d}-01", f"{y}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}", "month"
    if code.startswith("P"):
        d = code[1:]; return d, d, "point"
    if code.startswith("R"):
        a, b = code[1:].split("-")
        return f"{a}-01-01", f"{b}-12-31", "range"
    raise ValueError(code)


def num(s):
    v = float(eval(s, {}))
    return int(v) if v == int(v) and abs(v) < 1e18 else round(v, 6)


def convert(ann: Path):
    doc, defaults, out = None, {}, []
    for n, line in enumerate(ann.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("@doc "):
            doc = line[5:].strip(); continue
        if line.startswith("@default "):
            for kv in line[9:].split():
                k, v = kv.split("=", 1); defaults[k] = v.replace("_", " ")
            continue
        f = [x.strip() for x in line.split("|")]
        f += [""] * (11 - len(f))
        quote, ctx, subj, m, val, unit, qual, per, reg, dom, flags = f
        quote, ctx = quote.replace("\\n", "\n"), ctx.replace("\\n", "\n")  # "\n" in ann = line break
        per = per or defaults["period"]
        ps, pe, pt = period(per)
        rec = dict(doc=doc, quote=quote, context=ctx or quote, subject=subj, measure=MEAS[m], value=num(val),
                   unit=unit or UNIT[m], qualifier=qual or "eq", period_start=ps, period_end=pe, period_type=pt,
                   region=(reg or defaults["region"]).replace("_", " "), domain=dom or defaults["domain"],
                   flags=[FLAG[c] for c in flags.split(",") if c])
        out.append(rec)
    return out


if __name__ == "__main__":
    ids = sys.argv[1:] or sorted(p.stem for p in (HERE / "ann").glob("*.txt"))
    rc = 0
    for i in ids:
        recs = convert(HERE / "ann" / f"{i}.txt")
        tmp = HERE / "ann" / f"{i}.in.jsonl"
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
        p = subprocess.run([sys.executable, "/work/shared/tools/locate.py", str(HERE / "texts"), str(tmp), str(HERE / "gold" / f"{i}.jsonl")], capture_output=True, text=True)
        print(i, p.stdout.strip().replace("\n", "\n   "))
        rc |= p.returncode
        tmp.unlink()
    sys.exit(rc)
