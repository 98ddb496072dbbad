"""Plain-text statistical tables: a header row names the columns, one column (or a "Unit: ..." line above the
table) states the unit of each row's figures, and growth columns ("YoY (%)") hold percentages.

The prose reading of a table row sees bare numbers; this pass gives the cells of such a table the unit the table
states (a cell of 39,760 in a row whose unit is "10,000 tonnes" is 397,600,000 t), reads growth columns as growth
rates in percent, and drops the numbers of the unit cells themselves (they measure nothing)."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace

from pipelines.extraction import vocab as V
from pipelines.extraction.model import ExcludedCandidate, Observation
from pipelines.extraction.numbers import candidate_starts, scan

_CUES = V.CUES
_UNIT_HEADERS = {w.lower() for w in _CUES.get("table_unit_headers") or ["unit"]}
_YOY_RX = V.alternation(_CUES.get("table_yoy_headers") or ["yoy"])
_OTHER_RX = V.alternation(_CUES.get("table_other_base_headers") or ["mom"])
_SHARE_RX = V.alternation(_CUES.get("table_share_headers") or ["share"])
_UNIT_LINE = re.compile(r"^\W*(?:" + "|".join(re.escape(w) for w in sorted(_UNIT_HEADERS, key=len, reverse=True))
                        + r")\s*[:：]\s*(.+?)\W*$", re.I)
# every separator starts with a space or "|": the look-ahead lets the scan pass over other characters fast
_CELL_SEP = re.compile(r"(?=[\s|])(?:\s*[|\t]\s*|\s{2,})")
_NUMERIC = re.compile(r"^[-+−]?\d[\d,]*(?:\.\d+)?%?$")
_PCT_HEADER = re.compile(r"%|\bper\s*cent\b|\bpercent\b|\bpct\b", re.I)


def _unit_of(cell: str) -> tuple[float, str] | None:
    """(factor, base unit) of a unit cell: "10,000 tonnes" -> (10000, "t"), "100 million kWh" -> (1e8, "kWh"),
    "tonnes" -> (1, "t"); None if the cell names no unit the library knows."""
    text = cell.strip()
    if not text:
        return None
    if not text[0].isdigit():
        text = "1 " + text
    toks = scan(text, candidate_starts(text))
    if not toks:
        return None
    t = toks[0]
    unit = t.currency or t.unit
    if unit is None or unit in ("percent", "pp", "times"):
        return None
    return t.value, unit


def cell_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """(start, end) of the cells of line text[a:b]: cells are set apart by "|", tabs or two or more spaces."""
    seg = text[a:b]
    # single spaces only (most lines of prose): no separator. A printable string holds no white space but " " (tabs
    # and other spaces are not printable), so with no "  " it has no run of white space: three scans, no copies
    if ("|" not in seg and "  " not in seg and seg.isprintable()) or \
            ("|" not in seg and "\t" not in seg and " ".join(seg.split()) == seg):
        return [(a, b)] if b > a else []  # single spaces only (most lines of prose): one cell, no regex needed
    out = []
    pos = a
    for m in _CELL_SEP.finditer(text, a, b):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if b > pos:
        out.append((pos, b))
    return out


def _cells(line: str) -> list[tuple[int, int, str]]:
    return [(s, e, line[s:e]) for s, e in cell_spans(line, 0, len(line)) if line[s:e].strip()]


def _column_kind(header: str) -> str | None:
    """How a column's numbers read: "yoy" / "other" growth in percent, "share" in percent, "pct", or None."""
    if _OTHER_RX.search(header):
        return "other"
    if _YOY_RX.search(header):
        return "yoy" if _PCT_HEADER.search(header) or len(header.split()) <= 3 else None
    if _SHARE_RX.search(header):
        return "share"
    if _PCT_HEADER.search(header):
        return "pct"
    return None


def _tables(text: str):
    """Yield (cell spans and readings) for each cell of each table row: (start, end, kind, factor, unit, is_unit)."""
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    header: list[tuple[int, int, str]] | None = None
    unit_col = -1
    table_unit: tuple[float, str] | None = None
    gap = 0
    for lo, line in lines:
        if not line.strip():
            gap += 1
            if gap > 1:
                header, unit_col, table_unit = None, -1, None
            continue
        gap = 0
        um = _UNIT_LINE.match(line)
        if um:
            table_unit = _unit_of(um.group(1))
            continue
        cells = _cells(line)
        if len(cells) >= 3 and not any(_NUMERIC.match(c[2]) for c in cells):
            low = [c[2].lower() for c in cells]
            if any(c in _UNIT_HEADERS for c in low) or table_unit is not None or \
                    any(_column_kind(c) for c in low):
                header = cells
                unit_col = next((i for i, c in enumerate(low) if c in _UNIT_HEADERS), -1)
                continue
        if header is None:
            if len(cells) < 3:
                table_unit = None
            continue
        if len(cells) != len(header) or not any(_NUMERIC.match(c[2]) for c in cells):
            if len(cells) < 2:
                header, unit_col, table_unit = None, -1, None
            continue
        row_unit = _unit_of(cells[unit_col][2]) if unit_col >= 0 else table_unit
        for i, (s, e, cell) in enumerate(cells):
            if i == unit_col:
                yield lo + s, lo + e, None, None, True
                continue
            if not _NUMERIC.match(cell):
                continue
            kind = _column_kind(header[i][2])
            yield lo + s, lo + e, kind, row_unit, False


_MEASURE = {"yoy": "growth_yoy_pct", "other": "growth_pct", "share": "ratio_pct"}


def apply(text: str, observations: list[Observation], excluded: list[ExcludedCandidate]) -> list[Observation]:
    """The observations with those in table cells read by the table's units and column headers."""
    low = text.lower()
    if "unit" not in low and "%" not in text:
        return observations
    cells = list(_tables(text))
    if not cells:
        return observations
    starts = [o.char_start for o in observations]  # sorted by the extractor
    out = list(observations)
    drop: set[int] = set()
    for s, e, kind, unit, is_unit in cells:
        hits = range(bisect.bisect_left(starts, s), bisect.bisect_left(starts, e))
        for k in hits:
            o = out[k]
            if is_unit:
                drop.add(k)
                excluded.append(ExcludedCandidate(o.char_start, o.char_end, o.quote, "table_unit"))
            elif kind is not None:
                if o.unit in ("count", "percent"):
                    measure = _MEASURE.get(kind)
                    if measure is None:  # a bare "%" column: a growth rate if the prose read it so, else a share
                        measure = o.measure if o.measure.startswith("growth") else "ratio_pct"
                    out[k] = replace(o, unit="percent", measure=measure)
            elif unit is not None and o.unit == "count" and o.measure == "level":
                factor, base = unit
                out[k] = replace(o, unit=base, value=o.value * factor)
    return [o for k, o in enumerate(out) if k not in drop]
