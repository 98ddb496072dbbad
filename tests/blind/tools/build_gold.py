#!/usr/bin/env python3
"""Expand the compact annotations in ann/*.txt into locate.py input lines.

Each annotation line: quote | context | subject | measure | value | unit | qual | period | region | domain | flags
  context  '' = the quote itself (must then stand once in the text)
  measure  lv yoy gr rat pp idx mul  (or the full name)
  qual     '' eq, ~ approx, > gt, < lt
  period   Y2023 | H2023 (Jan-Jun) | H2023-2 | Q2024-3 | M2024-05 | YTD2024-05 | P2024-06-30 | R2023-04-01:2023-10-31 | U
  flags    comma list of t(arget) f(orecast) o(ptional)
Lines starting with '#' or blank are skipped; '@ NAME' switches document.
"""
import calendar, json, sys
from pathlib import Path

M = {"lv": "level", "yoy": "growth_yoy_pct", "gr": "growth_pct", "rat": "ratio_pct",
     "pp": "pp_change", "idx": "index", "mul": "multiple"}
Q = {"": "eq", "~": "approx", ">": "gt", "<": "lt"}
F = {"t": "target", "f": "forecast", "o": "optional"}


def last(y, m):
    return f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"


def period(p):
    if p == "U":
        return None, None, "unknown"
    if p.startswith("YTD"):
        y, m = map(int, p[3:].split("-"))
        return f"{y}-01-01", last(y, m), "ytd"
    k, rest = p[0], p[1:]
    if k == "Y":
        return f"{rest}-01-01", f"{rest}-12-31", "year"
    if k == "H":
        y, _, h = rest.partition("-")
        y, h = int(y), int(h or 1)
        return (f"{y}-01-01", f"{y}-06-30", "half") if h == 1 else (f"{y}-07-01", f"{y}-12-31", "half")
    if k == "Q":
        y, q = map(int, rest.split("-"))
        return f"{y}-{3*q-2:02d}-01", last(y, 3 * q), "quarter"
    if k == "M":
        y, m = map(int, rest.split("-"))
        return f"{y}-{m:02d}-01", last(y, m), "month"
    if k == "P":
        return rest, rest, "point"
    if k == "R":
        a, b = rest.split(":")
        return a, b, "range"
    raise ValueError(p)


def main():
    src, dst = Path(sys.argv[1]), Path(sys.argv[2])
    out = []
    for f in sorted(src.glob("*.txt")):
        doc = None
        for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            if line.startswith("@"):
                doc = line[1:].strip()
                continue
            parts = [x.strip() for x in line.split("|")]
            if len(parts) != 11:
                sys.exit(f"{f}:{n}: {len(parts)} fields: {line}")
            quote, ctx, subj, meas, val, unit, qual, per, region, dom, flags = parts
            ps, pe, pt = period(per)
            v = float(eval(val))
            if v == int(v) and abs(v) < 1e18:
                v = int(v)
            rec = {"doc": doc, "quote": quote, "context": ctx or quote, "subject": subj,
                   "measure": M.get(meas, meas), "value": v, "unit": unit, "qualifier": Q[qual],
                   "period_start": ps, "period_end": pe, "period_type": pt, "region": region,
                   "domain": dom, "flags": [F[x] for x in flags.split(",") if x]}
            out.append(rec)
    dst.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
    print(len(out), "lines")


if __name__ == "__main__":
    main()
