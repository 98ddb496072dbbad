"""One pass over a document: every time phrase with its offsets, role and resolved period.

The scan runs once per document (PeriodResolver.__init__); answering for a number
is then a bisect into the sorted list of mentions.
"""
from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from pipelines.extraction.exclusions import in_numeric_date
from pipelines.extraction.model import Period
from pipelines.extraction.vocab import (
    CHANGE_NOUNS, PERCENT_JUST_BEFORE, PERCENT_SIGN, POINTS_JUST_BEFORE, POINTS_SIGN, RECORDED,
)
from pipelines.extraction.temporal_vocab import CALENDAR_FISCAL_YEAR, SPLIT_FISCAL_YEAR, FiscalYear, Vocab

# Roles of a time phrase.
PERIOD = "period"  # the time the nearby figures describe ("in 2025", "the first half")
NOW = "now"  # "currently", "so far": a stock at the document's date
BASE = "base"  # the base of a comparison ("compared with 2020", "from 2014 levels")
SPEECH = "speech"  # when something was said ("forecast in January", "said on Tuesday")
LABEL = "label"  # a year that names something ("the 2025 World Expo")


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def year_period(y: int) -> Period:
    return Period(date(y, 1, 1), date(y, 12, 31), "year")


def months_into(start: date, offset: int, length: int, kind: str) -> Period:
    """`length` months from `offset` months after `start` (a first of the month)."""
    a = start.year * 12 + start.month - 1 + offset
    b = a + length - 1
    return Period(date(a // 12, a % 12 + 1, 1), month_end(b // 12, b % 12 + 1), kind)


def quarter_period(y: int, q: int) -> Period:
    return months_into(date(y, 1, 1), 3 * (q - 1), 3, "quarter")


def half_period(y: int, h: int) -> Period:
    return months_into(date(y, 1, 1), 6 * (h - 1), 6, "half")


def fiscal_year(fy: FiscalYear, begins: int) -> Period:
    """The fiscal year that begins in year `begins`."""
    return months_into(date(begins, fy.first_month, 1), 0, 12, "year")


def _second_year(first: int, written: str) -> int:
    """The second year of a span written "2023-24" or "2023-2024"."""
    return int(written) if len(written) == 4 else (first // 100) * 100 + int(written)


def point(d: date) -> Period:
    return Period(d, d, "point")


def months_apart(a: date, b: date) -> int:
    return (b.year - a.year) * 12 + b.month - a.month


def period_before(p: Period) -> Period:
    """The period of the same type just before p (a month, quarter, half or year)."""
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[p.type]
    y, m = p.start.year, p.start.month - months
    while m < 1:
        y, m = y - 1, m + 12
    start = date(y, m, 1)
    return Period(start, p.start - timedelta(days=1), p.type)


def span_type(start: date, end: date) -> str:
    """The type of a span of whole months: one month is a month, January-March is the first quarter, January-June
    the first half, January-December the year, January to another month `ytd`; other
    calendar quarters are quarters, July-December the second half, anything else a range."""
    if start.day != 1 or end != month_end(end.year, end.month) or start.year != end.year:
        return "range"
    m1, m2 = start.month, end.month
    if m1 == m2:
        return "month"
    if m1 == 1 and m2 == 12:
        return "year"
    if m2 - m1 == 2 and m1 % 3 == 1:
        return "quarter"
    if (m1, m2) in ((1, 6), (7, 12)):
        return "half"
    if m1 == 1:
        return "ytd"
    return "range"


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    kind: str
    role: str = PERIOD
    period: Period | None = None
    flow_period: Period | None = None  # for "by 2025"/"by the end of 2025": the year, for flows
    horizon: bool = False  # a deadline ("by 2027", "by the end of the plan period")
    explicit_year: bool = False
    attached_to: int = -1  # start offset of the number this phrase follows directly
    attached_from: bool = False  # that number is the "from" value of a change
    leading: bool = False  # opens its sentence ("In the first half, ...")
    rate_period: Period | None = None  # for "in the 12 months to June": June, for a rate of change


@dataclass
class Reference:
    """What relative time words are resolved against."""

    ref_date: date | None  # the document's own date (event or publication)
    ref_year: int | None  # "this year"
    report_year: int | None  # "the year" / a bare month: the year the document reports on
    doc_period: Period | None = None  # "in the quarter": the period the document reports on
    fiscal: FiscalYear = CALENDAR_FISCAL_YEAR  # the fiscal year of the document's country


# Every pattern has a trigger word within its first WINDOW_BEFORE characters
# ("throughout the whole year of 2025": "year"; "by the end of the 14th ...": "end").
WINDOW_BEFORE = 30
SPAN_KINDS = frozenset(
    {"year_span", "plan", "past_years", "past_months", "first_months", "first_quarters", "half", "quarter",
     "month_span", "months_to", "month_days"}
)
SPEECH_KINDS = frozenset({"month", "full_date", "month_year", "rel_month", "weekday"})  # phrases that can date a statement
DAY_KINDS = frozenset({"full_date", "weekday"})  # one day: "On July 30, X said" dates the saying
FILING_KINDS = DAY_KINDS | {"month_year"}  # what a dateline or a date line can show ("14 Jul 2020, 11:48 GMT+10")
_GAP_ATTACH = re.compile(r"^[^,;:.!?(]{0,30}$")
# the start value of a change, or the value compared with ("as against Rs 41 lakh crore in Q4 2021-22")
_FROM_BEFORE = re.compile(
    r"(?:^|\W)(?:from|as\s+against|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|versus|vs\.?)\s+"
    r"(?:(?:an?|the|about|around|nearly|almost|just|only|already|over|some)\s+|[\w-]+\s+){0,3}$"
)
_LABEL_AFTER = re.compile(r"^\s+[A-Z][a-z]")
_PLAN_TIME_BEFORE = re.compile(r"\b(?:during|in|over|throughout|through|within|for)\s+$")
_LABEL_BEFORE = re.compile(r"(?:^|\W)the\s+$")
_NOW_SAYING = re.compile(
    r"\s+(?:expects?|sees?|forecasts?|predicts?|projects?|estimates?|anticipates?|says?|believes?|"
    r"thinks?|plans?|aims?|targets?|guides?)\b"
)
# "three times the level of 2019", "outstripped the total of 2019": the base of a comparison
_LEVEL_BEFORE = re.compile(r"\b(?:levels?|(?:the|its)\s+(?:total|figure|record|peak))\s+$")
# "2.8 percent above the level of real GDP for the fourth quarter of 2019": the time of the level compared with
_COMPARED_LEVEL_OF = re.compile(r"\b(?:above|below|than|over|from|with|to)\s+(?:the|its|their)\s+(?:levels?\s+of\s+"
                                r"(?:[\w-]+\s+){1,4}|(?:[\w-]+\s+|\([\w-]+\)\s+){0,3}levels?\s*\(\s*)$")  # ("... level (Quarter 4 2019)")
_SHARE_OF_LEVEL_BEFORE = re.compile(rf"\d\s*{PERCENT_SIGN}\s+of\s+(?:the|its|their)\s+(?:[\w-]+\s+){{0,2}}?"
                                   rf"(?:levels?|figure|total)\s+(?:{RECORDED}\s+)?$")
_UNIT_GAP = re.compile(rf"\s*{PERCENT_SIGN}?\s*$")
# ("its highest since late 2023": the start of a record)
SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$")
# "TOKYO, Dec 8 (Reuters) - ": a dateline's place before its date, the agency and dash after it
# ("BEIJING, ", and an agency's name: "Financial Associated Press, October 14 - according to ...")
_DATELINE_PLACE = re.compile(r"\s*(?:[A-Z][A-Z .'-]{1,40}|(?:[A-Z][\w.'&-]*\s+){0,4}[A-Z][\w.'&-]*),\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)]{2,30}\)\s*)?[-–—]")
# what else a line holding only its date may show: a clock time, a time zone, a label ("10:33 JST, Updated")
_DATE_LINE_REST = re.compile(r"[\s\d:.,|/()+-]*(?:(?:[ap]\.?m\.?|(?-i:[A-Z]{2,4})|updated|published|posted|(?:mon|tues|wednes|thurs|"
                             r"fri|satur|sun)day)[\s\d:.,|/()+-]*)*", re.I)  # ("14 Jul 2020, 11:48 GMT+10")


def files_the_text(text: str, start: int, end: int) -> bool:
    """Is the date at [start, end) the one the text was filed on: in a dateline, or alone on its line?"""
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    if _DATELINE_PLACE.fullmatch(text, lo, start) and _DATELINE_TAIL.match(text, end):
        return True
    return hi - lo <= 60 and bool(_DATE_LINE_REST.fullmatch(text, lo, start)) and bool(_DATE_LINE_REST.fullmatch(text, end, hi))


_SENTENCE_OPEN = re.compile(r"(?:^|[.!?][\"”’')]?\s+|\n\s*)$")
# "the steepest fall since the series began in 1995": the start of a record
# "the 4.50% reported in January": the time of the figure reported, not of the saying
_FIGURE_REPORTED_BEFORE = re.compile(rf"\d\s*{PERCENT_SIGN}?\s+{RECORDED}\s+$")
_OWNED_NUMBER = re.compile(r"\s+(?:(?:revised|upwardly\s+revised|downwardly\s+revised)\s+)?[$€£¥]?(?=\d)")
_CODE_BEFORE = re.compile(r"[a-z]{2,}-\d+-$")
# a figure a change outdid: "surpassed the growth rate registered in 2023", "outperforming the growth rate from the
# first quarter of 2023"
_OUTDONE_BEFORE = re.compile(r"\b(?:surpass|outperform|outpac|exceed|beat|top)\w*\s+(?:the|its|their)\s+(?:[a-z]+\s+)?"
                             rf"(?:rate|figure|level|pace|reading)\s+(?:{RECORDED}\s+)?"
                             r"(?:(?:in|from|of|during|for)\s+)?(?:the\s+)?$")
# a relative clause of its own after a time ("the first quarter, which saw a decline of 0.91%")
_OWN_CLAUSE_AFTER = re.compile(r"\s*,\s*(?:which|when)\s+(?:saw|recorded|registered|posted|showed|logged|had|"
                               r"experienced)\b")
_POINTS_OVER_BEFORE = re.compile(rf"{POINTS_SIGN}\s+(?:over|from|on|against)\s+the\s+$")
_CHANGE_NOUN_BEFORE = re.compile(r"\b(?:changes?|" + "|".join(re.escape(n) + "s?" for n in sorted(CHANGE_NOUNS)) + r")"
                                 r"(?:\s+in\s+[^,;.]{0,40}?)?\s+$")
_FORECAST_REVISED_BEFORE = re.compile(
    r"\b(?:cut|cuts|raised|raises|lowered|lowers|revised|revises|trimmed|trims|upgraded|downgraded|slashed|lifted)\s+"
    r"(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:forecasts?|projections?|outlook|estimates?)\b"
    r"(?:[^.;]|\.(?=\d)){0,80}$")
_SINCE_EVENT_BEFORE = re.compile(r"\bsince\s+[^,;.]{0,40}\b(?:began|begun|started|opened|launched)\s+$")


# Shared by the resolver and the search for the period a document reports on
HEADLINE_CHARS = 100  # a paragraph this short without final punctuation is a headline or byline
REPORT_TYPES = frozenset({"year", "half", "quarter", "month", "ytd"})
SAME_PERIOD_OF = re.compile(r"\b(?:same|corresponding|similar)\s+(?:period|months?|quarter|time)\s+$")


class Hit:
    """One pattern's match inside a combined match: group(name), groupdict() as if alone."""

    __slots__ = ("_m", "_name", "_groups")

    def __init__(self, m: re.Match, name: str, groups: tuple) -> None:
        self._m, self._name, self._groups = m, name, groups

    def group(self, g: int | str = 0) -> str | None:
        if g == 0:
            return self._m.group(self._name)
        return self._m.group(f"{self._name}__{g}")

    def groupdict(self) -> dict:
        m = self._m
        return {short: m.group(full) for full, short in self._groups}


class Scanner:
    """Finds the time phrases of one text and resolves them against a Reference."""

    def __init__(self, vocab: Vocab) -> None:
        self.v = vocab

    # ---------------------------------------------------------------- raw hits
    def triggers(self, text: str) -> list[tuple[int, str]]:
        """(offset, key) of every trigger word of `text` (lower-cased)."""
        out = []
        for t in self.v.trigger.finditer(text):
            w = t.group("w")
            if w is not None:
                out.append((t.start(), w))
            elif t.group("d") is not None:
                out.append((t.start(), "#"))
            elif t.group("fy") is not None:
                out.append((t.start(), "fy"))
            elif t.group("code") is not None:
                out.append((t.start(), "nq"))
            else:
                out.append((t.start(), t.group("qh")))
        return out

    def raw_hits(self, text: str, triggers: list[tuple[int, str]] | None = None) -> list[tuple[int, int, str, "Hit"]]:
        """All time phrases of `text` (already lower-cased), longest first among overlaps.
        `triggers`: the trigger words, if the caller has found them already (in order)."""
        v = self.v
        hits = []
        seen = set()
        yoy = v.year_on_year
        combined = v.combined
        combined_groups = v.combined_groups
        pattern_groups = v.pattern_groups
        done: set = set()
        if triggers is None:
            triggers = self.triggers(text)
        year_before = v.year_before_words
        year_after = v.year_after
        for ts, key in triggers:
            if key == "#" and ((text[ts - 1:ts] == "-" and _CODE_BEFORE.search(text, max(0, ts - 16), ts))
                               or in_numeric_date(text, ts, ts + 4)):
                continue  # "USDL-21-1973": a release code; "Source: 01-06-2023 14:50": a time stamp, not a period
            if key == "year":
                if yoy.match(text, ts) or yoy.match(text, max(0, ts - 3)):
                    continue
                # a dict look-up of the word before "year" ("this", "last", "the", "mid",
                # "financial") or a literal check after it ("year-end", "year 2025", "year to"):
                # without either, no time phrase holds this "year" ("per year", "a year earlier")
                j = ts - 1
                while j >= 0 and text[j] in " -\n\t":
                    j -= 1
                i = j
                while i >= 0 and text[i].isalpha():
                    i -= 1
                if text[i + 1:j + 1] not in year_before and not year_after.match(text, ts):
                    continue
            pat = combined[key]
            groups = combined_groups[key]
            # a phrase holding this word starts at a phrase-start word at most WINDOW_BEFORE before it
            positions = [m.start() for m in v.phrase_start.finditer(text, max(0, ts - WINDOW_BEFORE), ts)]
            positions.append(ts)
            for pos in positions:
                if (pos, key) in done:
                    continue
                done.add((pos, key))
                m = pat.match(text, pos)
                if m.lastindex is None:
                    continue  # no pattern matched here (most places)
                end = m.end
                for name, gi, prio in groups:
                    e = end(gi)
                    if e > ts:
                        span = (pos, e, name)
                        if span not in seen:
                            seen.add(span)
                            hits.append((pos, e, prio, name, Hit(m, name, pattern_groups[name])))
        # keep the longest of overlapping hits; ties go to the earlier pattern
        hits.sort(key=lambda h: (-(h[1] - h[0]), h[2], h[0]))
        taken: list[tuple[int, int]] = []
        kept = []
        for s, e, prio, name, m in hits:
            i = bisect.bisect_left(taken, (s, s))
            if i > 0 and taken[i - 1][1] > s:
                continue
            if i < len(taken) and taken[i][0] < e:
                continue
            taken.insert(i, (s, e))
            kept.append((s, e, name, m))
        kept.sort(key=lambda h: h[0])
        return kept

    # ---------------------------------------------------------------- resolution
    def _year_of(self, token: str | None, ref: Reference, default_rel: bool = False) -> tuple[int | None, bool]:
        """(year, explicit) for a year reference: digits, or a relative phrase."""
        if token is None:
            return (ref.report_year if default_rel else None), False
        t = " ".join(token.lower().split())
        if t.startswith("the year "):
            t = t[len("the year "):]
        if t.isdigit():
            return int(t), True
        off = self.v.relative_years.get(t)
        if off is None:
            return None, False
        if t in self.v.report_year_words:
            return ref.report_year, False
        if ref.ref_year is None:
            return None, False
        if off > 0 and t in self.v.year_ahead_words and ref.ref_date is not None and ref.ref_date.month <= self.v.year_turn_month:
            # "targets for the coming year" in a report delivered in January: the year just begun
            return ref.ref_date.year, False
        return ref.ref_year + off, False

    def _resolve_fiscal(self, mt: Mention, g: dict, ref: Reference) -> None:
        v, fy = self.v, ref.fiscal
        if g.get("m"):  # "the fiscal year ended March 2025": the twelve months to then
            end_month = v.month_number(g["m"])
            if g.get("y5"):
                end_year = int(g["y5"])
            elif ref.ref_date is not None:  # "the fiscal year that ended in March": the last March
                d = ref.ref_date
                end_year = d.year if end_month < d.month else d.year - 1
            else:
                return
            start_year, start_month = (end_year, 1) if end_month == 12 else (end_year - 1, end_month + 1)
            mt.period = Period(date(start_year, start_month, 1), month_end(end_year, end_month), "year")
        elif g.get("rel"):
            if ref.ref_date is None:
                return
            d = ref.ref_date
            current = d.year if d.month >= fy.first_month else d.year - 1
            mt.period = fiscal_year(fy, current + v.fiscal_relative_words[g["rel"].split()[0]])
        else:
            first, second = next((g[a], g[b]) for a, b in (("y1", "y2"), ("y3", "y4"), ("y6", "y7")) if g.get(a))
            y1 = int(first) if len(first) == 4 else 2000 + int(first)
            if second:  # a split year names both: it begins in the first
                if _second_year(y1, second) != y1 + 1:
                    return
                mt.period = fiscal_year(fy if fy.first_month > 1 else SPLIT_FISCAL_YEAR, y1)
            else:
                begins = y1 - 1 if fy.named_by_end and fy.first_month > 1 else y1
                mt.period = fiscal_year(fy, begins)
        mt.explicit_year = True
        whole = mt.period
        if g.get("q") or g.get("qn"):
            n = v.number_word(g["q"]) if g.get("q") else int(g["qn"])
            mt.period = months_into(whole.start, 3 * (n - 1), 3, "quarter")
        elif g.get("h"):
            mt.period = months_into(whole.start, 0 if g["h"] in ("first", "1st") else 6, 6, "half")
        elif g.get("m1"):
            m1, m2 = v.month_number(g["m1"]), v.month_number(g["m2"])
            first = (m1 - whole.start.month) % 12
            p = months_into(whole.start, first, (m2 - m1) % 12 + 1, "")
            mt.period = Period(p.start, p.end, span_type(p.start, p.end))

    @staticmethod
    def _step_back(p: Period, ref: Reference, explicit: bool) -> Period:
        """A period named without its year is the latest one that has begun by the document's date."""
        if explicit or ref.ref_date is None or p.start is None:
            return p
        if p.start > ref.ref_date:
            try:
                return Period(p.start.replace(year=p.start.year - 1), p.end.replace(year=p.end.year - 1), p.type)
            except ValueError:
                return p
        return p

    def resolve(self, text: str, s: int, e: int, name: str, m: Hit, ref: Reference) -> Mention:
        """The Mention for one hit, its period resolved against `ref` (None if impossible,
        e.g. "February 30")."""
        mt = Mention(s, e, name)
        try:
            self._resolve_into(mt, name, m.groupdict(), m.group(0).lower(), ref)
        except (ValueError, KeyError, OverflowError, TypeError):
            mt.period = None
        return mt

    def _resolve_into(self, mt: Mention, name: str, g: dict, low: str, ref: Reference) -> None:
        v = self.v
        if name == "plan":
            years = v.plan_years(v.number_word(g["n"]))
            if years is None:
                return
            a, b = years
            mt.explicit_year = True
            if g.get("endof"):
                mt.period = point(date(b, 12, 31))
                mt.flow_period = year_period(b)
                mt.horizon = True
            else:
                mt.period = Period(date(a, 1, 1), date(b, 12, 31), "range")
        elif name == "past_years":
            n = 10 if g.get("decade") else v.number_word(g["n"])
            if ref.ref_date is None:
                return
            # the last complete month before the document's date closes the span
            end = ref.ref_date.replace(day=1) - timedelta(days=1)
            sy, sm = end.year - n, end.month + 1
            if sm == 13:
                sy, sm = sy + 1, 1
            start = date(sy, sm, 1)
            mt.period = Period(start, end, "range")
        elif name == "next_years":
            if ref.ref_date is None:
                return
            first = ref.ref_date.year + (ref.ref_date.month > v.mid_year_month)
            last = first + v.number_word(g["n"]) - 1
            mt.period = point(date(last, 12, 31))
            mt.horizon = True
        elif name == "past_months":
            # the months up to the one the text reports on ("the average over the last 12 months"), else up to the
            # last complete month before its date
            d, r = ref.doc_period, ref.ref_date
            if d is not None and d.type in ("month", "quarter", "ytd") and d.end is not None:
                end = d.end
            elif r is not None:
                end = r.replace(day=1) - timedelta(days=1)
            else:
                return
            n = v.number_word(g["n"])
            start = months_into(date(end.year, end.month, 1), 1 - n, n, "range").start
            mt.period = Period(start, end, span_type(start, end))
        elif name == "year_span":
            y1 = int(g["y1"] or g["y4"])
            y2s = g["y2"] or g["y3"] or g["y5"]
            y2 = _second_year(y1, y2s)
            if not (y1 < y2 <= y1 + 30):
                return
            if g["y2"] and y2 == y1 + 1 and ref.fiscal.split_years:
                mt.period = fiscal_year(ref.fiscal, y1)  # "2023-24" where split years are fiscal years
            else:
                mt.period = Period(date(y1, 1, 1), date(y2, 12, 31), "range")
            mt.explicit_year = True
        elif name == "fiscal_year":
            self._resolve_fiscal(mt, g, ref)
        elif name == "period_code":
            n, y = int(g["n"]), 2000 + int(g["yy"])
            if g["u"] == "q":
                mt.period = quarter_period(y, n)
            elif n <= 2:
                mt.period = half_period(y, n)
            mt.explicit_year = True
        elif name == "month_quarter":
            last = v.month_number(g["m"])
            y, explicit = self._year_of(g.get("y") or g.get("yr"), ref, default_rel=True)
            if y is None:
                return
            mt.period = self._step_back(quarter_period(y, last // 3), ref, explicit)  # (the pattern names only March, June, ...)
            mt.explicit_year = explicit
        elif name in ("first_months", "first_quarters"):
            n = v.number_word(g["n"]) * (3 if name == "first_quarters" else 1)
            if not 1 <= n <= 12:
                return
            y, explicit = self._year_of(g.get("yr"), ref, default_rel=True)
            if y is None:
                return
            p = Period(date(y, 1, 1), month_end(y, n), span_type(date(y, 1, 1), month_end(y, n)))
            mt.period = self._step_back(p, ref, explicit or g.get("yr") is not None)
            mt.explicit_year = explicit
        elif name == "month_span":
            m1, m2 = v.month_number(g["m1"]), v.month_number(g["m2"])
            if m2 <= m1:
                return
            y, explicit = self._year_of(g.get("yr") or g.get("y0"), ref, default_rel=True)
            if y is None:
                return
            p = Period(date(y, m1, 1), month_end(y, m2), span_type(date(y, m1, 1), month_end(y, m2)))
            mt.period = self._step_back(p, ref, explicit or g.get("yr") is not None)
            mt.explicit_year = explicit
        elif name == "since_start":
            # Statistics are released for complete months, so "since the beginning of the
            # year" in a text dated 18 July covers January-June; in January it can only
            # mean the days so far.
            if ref.ref_date is None:
                return
            d = ref.ref_date
            end = d.replace(day=1) - timedelta(days=1) if d.month > 1 else d
            dp = ref.doc_period
            if dp is not None and dp.end is not None and dp.end.year == d.year and end < dp.end <= d:
                end = dp.end  # a release on the first 23 days of February: "so far this year" runs to 23 February
            mt.period = Period(date(d.year, 1, 1), end, "ytd")
        elif name == "year_to_date":
            d, dp = ref.ref_date, ref.doc_period
            y = int(g["y"]) if g.get("y") else (d.year if d is not None else ref.report_year)
            if y is None:
                return
            if dp is not None and dp.type in ("month", "quarter", "half", "ytd") and dp.end.year == y:
                end = dp.end  # (in a release on July: January-July)
            elif d is not None and d.year == y and d.month > 1:
                end = d.replace(day=1) - timedelta(days=1)
            else:
                return
            mt.period = Period(date(y, 1, 1), end, span_type(date(y, 1, 1), end))
        elif name == "since_year":
            if ref.ref_date is None:
                return
            y = int(g["y"]) + (1 if g.get("endof") else 0)
            if y > ref.ref_date.year:
                return
            mt.period = Period(date(y, 1, 1), ref.ref_date, "range")
        elif name == "half":
            h = g.get("h") or g.get("h2") or g.get("qa") or g.get("qw")
            h = 1 if h.lower() in ("first", "1st", "1") else 2
            yr = g.get("yr") or g.get("yr2") or g.get("yr3") or (g.get("yy") and f"20{g['yy']}")
            y, explicit = self._year_of(yr, ref, default_rel=True)
            if y is None:
                return
            p = half_period(y, h)
            mt.period = self._step_back(p, ref, explicit or yr is not None)
            mt.explicit_year = explicit
        elif name == "quarter":
            q = g.get("q") or g.get("q2") or g.get("q5")
            q = 4 if q is None else (v.number_word(q) if not q.isdigit() else int(q))  # "the final three months of"
            yr = g.get("yr") or g.get("yr2") or g.get("yr4") or g.get("yr5") or g.get("pyr") or g.get("pyr2") or \
                (g.get("yy") and f"20{g['yy']}")
            y, explicit = self._year_of(yr, ref, default_rel=True)
            if y is None:
                return
            if ref.fiscal.fiscal_quarters and not explicit and ref.ref_date is not None:
                # "GDP grew 7.8% in Q1" in a text on India: April-June of the fiscal year under way
                d, fy = ref.ref_date, ref.fiscal
                current = d.year if d.month >= fy.first_month else d.year - 1
                off = 0 if yr is None else y - (ref.ref_year or y)  # ("last year's Q1")
                p = months_into(fiscal_year(fy, current + off).start, 3 * (q - 1), 3, "quarter")
            else:
                p = quarter_period(y, q)
            mt.period = self._step_back(p, ref, explicit or yr is not None)
            mt.explicit_year = explicit
        elif name == "end_point":
            mt.horizon = low.startswith(("by", "until", "till", "through"))
            if g.get("m"):
                mo = v.month_number(g["m"])
                y, explicit = self._year_of(g.get("y"), ref, default_rel=True)
                if y is None:
                    return
                p = point(month_end(y, mo))
                # ("the end of December this year" in July is ahead: its year is named; "by the end of last December"
                # is behind)
                mt.period = self._step_back(p, ref, explicit or bool(g.get("y"))) if not mt.horizon or g.get("lastm") else p
                mt.explicit_year = explicit
            elif g.get("h"):
                y, explicit = self._year_of(g.get("hy"), ref, default_rel=True)
                if y is None:
                    return
                mo = 6 if g["h"].lower() == "first" else 12
                mt.period = point(month_end(y, mo))
            elif g.get("q"):
                y, explicit = self._year_of(g.get("qy"), ref, default_rel=True)
                if y is None:
                    return
                mt.period = point(month_end(y, 3 * v.number_word(g["q"])))
            else:
                y, explicit = self._year_of(g.get("yr"), ref)
                if y is None:
                    return
                mt.period = point(date(y, 12, 31))
                mt.flow_period = year_period(y)
                mt.explicit_year = explicit
        elif name == "as_of":
            mo = v.month_number(g["m"])
            y, explicit = self._year_of(g.get("y"), ref, default_rel=True)
            if y is None:
                return
            part = (g.get("part") or "").lower()
            if g.get("d"):
                d = date(y, mo, int(g["d"]))
            elif part == "mid":
                d = date(y, mo, 15)
            elif part == "early":
                d = date(y, mo, 1)
            else:
                d = month_end(y, mo)
            p = point(d)
            mt.horizon = low.startswith(("by", "until", "till"))
            mt.period = self._step_back(p, ref, explicit or bool(g.get("y"))) if not mt.horizon else p
            mt.explicit_year = explicit
        elif name == "year_end":
            y, explicit = self._year_of(g.get("y") or g.get("y0"), ref, default_rel=True)
            if y is None:
                return
            mt.horizon = low.startswith(("by", "until", "till"))
            if not explicit and not mt.horizon and ref.ref_date is not None and date(y, 12, 31) > ref.ref_date:
                y -= 1  # "stood at 300 trillion yuan at year-end" in July: the last year-end
            mt.period = point(date(y, 12, 31))
            mt.flow_period = year_period(y)
            mt.explicit_year = explicit
        elif name == "months_to":
            # "in the 12 months to June": the n months ending with that month
            # "the year to June", "the month to mid-February" (a survey month that ends mid-month)
            n = v.number_word(g["n"]) if g.get("n") else 1 if g.get("one") else 12
            mo = v.month_number(g["m"])
            y, explicit = self._year_of(g.get("y"), ref, default_rel=True)
            if y is None or not 1 <= n <= 36:
                return
            end = month_end(y, mo)
            sy, sm = y, mo - n + 1
            while sm < 1:
                sy, sm = sy - 1, sm + 12
            p = Period(date(sy, sm, 1), end, span_type(date(sy, sm, 1), end))
            mt.period = self._step_back(p, ref, explicit) if p.end > (ref.ref_date or p.end) and not explicit else p
            mt.explicit_year = explicit
            if n == 12:
                # "prices rose 4.6% in the 12 months to October": the annual rate for October
                e = mt.period.end
                mt.rate_period = Period(date(e.year, e.month, 1), e, "month")
        elif name == "fiscal_to":
            # "in the financial year to October": from the year's first month to that month
            first = v.fiscal_year_start[" ".join(g["fy"].split())]
            mo = v.month_number(g["m"])
            y, explicit = self._year_of(g.get("y"), ref, default_rel=True)
            if y is None:
                return
            end = month_end(y, mo)
            start = date(y if mo >= first else y - 1, first, 1)
            p = Period(start, end, span_type(start, end))
            mt.period = self._step_back(p, ref, explicit)
            mt.explicit_year = explicit
        elif name == "mid_year":
            y, explicit = self._year_of(g.get("y"), ref, default_rel=True)
            if y is None:
                return
            mt.period = point(month_end(y, v.mid_year_month))
            mt.horizon = low.startswith("by")
        elif name == "by_year":
            y = int(g["y"])
            mt.period = point(date(y, 12, 31))
            mt.flow_period = year_period(y)
            mt.horizon = True
            mt.explicit_year = True
        elif name == "full_date":
            mo = v.month_number(g.get("m") or g.get("m2") or g.get("m3"))
            d = int(g.get("d") or g.get("d2"))
            ys = g.get("y") or g.get("y2") or g.get("y3")
            # a day without its year is the latest such day up to the document's date
            y, explicit = self._year_of(ys, ref) if ys else (ref.ref_year or ref.report_year, False)
            if y is None:
                return
            mt.period = self._step_back(point(date(y, mo, d)), ref, explicit)
            mt.explicit_year = explicit
        elif name == "month_days":
            y, explicit = self._year_of(g.get("y"), ref) if g.get("y") else (ref.ref_year or ref.report_year, False)
            if y is None:
                return
            if g.get("m3") or g.get("m5"):
                k = ("m3", "d3", "m4", "d4") if g.get("m3") else ("m5", "d5", "m6", "d6")
                ends = [(v.month_number(g[k[0]]), int(g[k[1]])), (v.month_number(g[k[2]]), int(g[k[3]]))]
                if any(not 1 <= d <= month_end(y, m).day for m, d in ends) or ends[0] >= ends[1]:
                    return
                start, end = (date(y, m, d) for m, d in ends)
                mt.period = self._step_back(Period(start, end, span_type(start, end)), ref, explicit)
            else:
                mo = v.month_number(g.get("m") or g.get("m2"))
                first, last = (1, v.number_word(g["n"])) if g.get("n") else (int(g["d1"]), int(g["d2"]))
                if not 1 <= first <= last <= month_end(y, mo).day:
                    return
                mt.period = self._step_back(Period(date(y, mo, first), date(y, mo, last), "range"), ref, explicit)
            mt.explicit_year = explicit
        elif name == "month_part":
            mo = v.month_number(g["m"])
            y, explicit = self._year_of(g.get("y"), ref) if g.get("y") else (ref.ref_year or ref.report_year, False)
            if y is None:
                return
            first, last = {"early": (1, 10), "mid": (11, 20)}.get(g["part"], (21, month_end(y, mo).day))
            mt.period = self._step_back(Period(date(y, mo, first), date(y, mo, last), "range"), ref, explicit)
            mt.explicit_year = explicit
        elif name == "month_year":
            mo = v.month_number(g["m"])
            y, explicit = self._year_of(g["y"], ref)
            if y is None:
                return
            mt.period = Period(date(y, mo, 1), month_end(y, mo), "month")
            mt.explicit_year = explicit
        elif name == "month":
            mo = v.month_number(g["m"] or g["mp"] or g["ma"])
            y = ref.report_year
            if y is None:
                return
            mt.period = self._step_back(Period(date(y, mo, 1), month_end(y, mo), "month"), ref, False)
        elif name == "year":
            y = int(g["y"])
            mt.period = year_period(y)
            mt.explicit_year = True
        elif name == "rel_year":
            d = ref.doc_period
            rel = g["rel"] or g["rel_the"]
            if " ".join(rel.split()) in v.trailing_year_words and d is not None and d.type in ("month", "quarter"):
                mt.period = d
                return
            off = v.relative_years.get(" ".join(rel.split()))
            if off in (0, -1) and d is not None and d.type == "year" and d.start.month != 1 and \
                    d.start.month == ref.fiscal.first_month:
                # in a release on a fiscal year, "against $31.8 billion last year": the fiscal year before
                mt.period = d if off == 0 else period_before(d)
                return
            y, _ = self._year_of(rel, ref)
            if y is None:
                return
            mt.period = year_period(y)
        elif name == "rel_month":
            off = v.relative_months[" ".join(g["rel"].lower().split())]
            d = ref.doc_period
            if ref.ref_date is not None:
                y, mo = ref.ref_date.year, ref.ref_date.month + off
            elif d is not None and d.type == "month":
                y, mo = d.start.year, d.start.month + off  # an undated release on January: "last month" is December
            else:
                return
            while mo < 1:
                y, mo = y - 1, mo + 12
            while mo > 12:
                y, mo = y + 1, mo - 12
            mt.period = Period(date(y, mo, 1), month_end(y, mo), "month")
        elif name == "prev_period":
            # the month or quarter before the one the document reports on, else before the document's date
            # ("the previous three months" after a quarter's figure: the quarter before)
            u = "quarter" if g["u"].endswith("months") else g["u"]
            d = ref.doc_period
            if d is not None and d.type == u and d.start is not None:
                mt.period = period_before(d)
            elif ref.ref_date is not None:
                r = ref.ref_date
                m0 = r.month if u == "month" else 3 * ((r.month - 1) // 3) + 1
                cur = Period(date(r.year, m0, 1), month_end(r.year, m0 + (0 if u == "month" else 2)), u)
                mt.period = period_before(cur)
        elif name == "next_ellipsis":
            if ref.ref_year is None:
                return
            mt.period = year_period(ref.ref_year + 1)
        elif name == "the_months":
            d = ref.doc_period
            if d is None or d.start is None or d.end is None:
                return
            span = (d.end.year - d.start.year) * 12 + d.end.month - d.start.month + 1
            if span == v.number_word(g["n"]) and d.start.day == 1:
                mt.period = d
        elif name == "the_period":
            # "free cash flow was negative in the quarter": the quarter the text reports on
            d = ref.doc_period
            u = (g["u"] or g["this"] or g["under"]).split()[-1]
            if d is None or d.start is None or (u != "period" and d.type != u):
                return
            mt.period = d
        elif name == "weekday":
            # the latest such day on or before the document's date
            if ref.ref_date is None:
                return
            back = (ref.ref_date.weekday() - v.weekdays[g["wd"].lower()]) % 7
            mt.period = point(ref.ref_date - timedelta(days=back))
        elif name == "now":
            mt.role = NOW
            mt.period = point(ref.ref_date) if ref.ref_date else None

    # ---------------------------------------------------------------- roles
    def assign_roles(self, text: str, mentions: list[Mention], number_before, low: str) -> None:
        """Mark base, speech and label phrases; attach phrases to the number they follow.
        `number_before(pos, lo)` gives the last number ending in [lo, pos), or None."""
        v = self.v
        prev = None
        for mt in mentions:
            if mt.role == NOW:
                if mt.kind == "now" and _NOW_SAYING.match(low, mt.end):
                    # "the company now expects a margin of 6%": the time of the statement
                    mt.role = SPEECH
                    continue
                # "compared with about 60 percent today": the figure's own time
                num = number_before(mt.start, max(0, mt.start - 16))
                if num is not None and _UNIT_GAP.match(low, num[1], mt.start):
                    mt.attached_to = num[0]
                continue
            before = low[max(0, mt.start - 48):mt.start]
            own = low[mt.start:mt.end]
            if mt.kind == "next_ellipsis":
                # "4.5% this year and 4% next": only after a year phrase
                if "year" not in low[max(0, mt.start - 80):mt.start]:
                    mt.period = None
                    continue
            if mt.kind == "year" and (own.startswith("the ") or _LABEL_BEFORE.search(before)) and _LABEL_AFTER.match(
                text[mt.end:mt.end + 4]
            ):
                # "the 2025 World Intelligence Expo": a year that names something
                mt.role = LABEL
                continue
            if mt.kind == "plan" and mt.period is not None and mt.period.type == "range":
                # "projects under the 14th Five-Year Plan" names the plan; "during the 14th
                # Five-Year Plan (period)" is a time
                if not (_PLAN_TIME_BEFORE.search(before) or own.rstrip().endswith("period")):
                    mt.role = LABEL
                    continue
            if before.endswith("(") and prev is not None and prev.role == BASE and mt.start - prev.end <= 3:
                # "compared to the end of the 13th Five-Year Plan period (2020)"
                mt.role = BASE
                prev = mt
                continue
            owner = own.endswith(("'s", "’s")) or low.startswith(("'s", "’s"), mt.end)
            bm = v.base_before.search(before) if not owner else None  # "from May's 3%": May's
            if mt.kind == "month_span" and own.startswith("between ") and (
                    PERCENT_JUST_BEFORE.search(before) or _CHANGE_NOUN_BEFORE.search(before)) and \
                    mt.period is not None and months_apart(mt.period.start, mt.period.end) == 1:
                # "prices rose 0.6% between August and September", "the decline in food prices between June and
                # July": the change of the later month, on the earlier
                last = mt.period.end
                mt.period = Period(last.replace(day=1), last, "month")
            elif not owner and _OUTDONE_BEFORE.search(before):
                # "surpassed the growth rate registered in 2023 by 0.1 percentage points": the rate outdone
                mt.role = BASE
            elif bm and _OWN_CLAUSE_AFTER.match(low, mt.end):
                pass  # "better than the first quarter of 2023, which saw a decline of 0.91%": that figure's time
            elif bm and not (mt.kind in SPAN_KINDS and bm.group(0).split()[0] in ("over", "on", "from")
                             and bm.group(0).split()[1:2] not in (["that"], ["those"])):
                # "over the 2021-2025 period" is a time; "over 2020" a base, and so is "over that in the
                # January-to-August period"
                mt.role = BASE
            elif mt.kind in SPAN_KINDS and ((own.startswith(("from ", "over ")) and POINTS_JUST_BEFORE.search(before))
                                            or _POINTS_OVER_BEFORE.search(before)):
                # "up 8.2%, an increase of 2.7 percentage points from January to March" (or "over the first three
                # months", "over the January-May reading"): the rate compared with
                mt.role = BASE
            elif own.startswith("over ") and (mt.explicit_year or mt.kind == "rel_year") and \
                    PERCENT_JUST_BEFORE.search(before):
                # "an increase of 12.9% over the first half of 2019", "0.3% over the previous year": the base
                mt.role = BASE
            elif (mt.kind in ("year", "rel_year") or (mt.explicit_year and mt.kind in ("month_year", "quarter"))) and \
                    v.base_after.match(low, mt.end):
                # "from 2014 levels", "at or below last year's level", "above its February 2020 level"
                mt.role = BASE
            elif own.startswith("in ") and _SHARE_OF_LEVEL_BEFORE.search(before):
                # "reaching 93.9 percent of the pre-pandemic level in 2019": the level compared with
                mt.role = BASE
            elif (own.startswith("of ") and _LEVEL_BEFORE.search(before)) or (
                    "level" in before and _COMPARED_LEVEL_OF.search(before)):
                # "nearly three times the level of 2019": the base of a comparison
                mt.role = BASE
            elif "since" in before and (_SINCE_EVENT_BEFORE.search(before) or SINCE_BEFORE.search(before)):
                # "the steepest fall since the series began in 1995": the start of a record (both patterns need
                # the word "since": a substring test first)
                mt.role = BASE
            elif mt.kind in ("month", "month_year") and own.startswith("in ") and PERCENT_JUST_BEFORE.search(before) \
                    and _FORECAST_REVISED_BEFORE.search(low, max(0, mt.start - 160), mt.start):
                # "cut its growth forecast from 4% to 3.5% in April": when the forecast was revised, not what for
                mt.role = SPEECH
            elif mt.kind in FILING_KINDS and files_the_text(text, mt.start, mt.end):
                # "TOKYO, Dec 8 (Reuters) -", a line "10:33 JST, December 8, 2023": when the text was filed
                mt.role = SPEECH
            elif mt.kind in SPEECH_KINDS and not own.startswith("for") and not _FIGURE_REPORTED_BEFORE.search(before) and (
                v.speech_before.search(before)
                or (mt.kind in DAY_KINDS and v.speech_agent_before.search(low, max(0, mt.start - 140), mt.start))
                or (mt.kind in DAY_KINDS and _SENTENCE_OPEN.search(before) and v.speech_after.match(low, mt.end))
            ):
                # "the bank had forecast in January", "On July 30, the bureau said that ...": when
                # it was said, not what it is about
                mt.role = SPEECH
            elif own.startswith("since ") and mt.kind in ("month", "month_year") and v.change_by_before.search(before):
                # "declining by 1.1% since June": a change on June's level, not June's figure
                mt.role = BASE
            elif own.startswith(("since",)) and v.record_before.search(before):
                # "the highest since 2019", "its 11th increase since March 2022"
                mt.role = BASE
            elif mt.kind == "rel_year" and (v.record_scope_before.search(before) or v.change_to_before.search(before)):
                mt.role = BASE  # ("an increase of 12.8 percent to last year": compared with it)
            # a phrase right after a number belongs to that number ("5% in 2024", "(1.4%) this year")
            num = number_before(mt.start, max(0, mt.start - 48))
            if num is not None:
                ns, ne = num
                gap = text[ne:mt.start]
                if _GAP_ATTACH.match(gap) and len(gap.split()) <= 4:
                    mt.attached_to = ns
                    mt.attached_from = bool(_FROM_BEFORE.search(low[max(0, ns - 40):ns]))
            if mt.attached_to < 0 and owner:
                owned = _OWNED_NUMBER.match(low, mt.end + (0 if own.endswith(("'s", "’s")) else 2))
                if owned is not None:
                    mt.attached_to = owned.end()  # "compared with September's 10.3 percent": September is that figure's
            prev = mt
