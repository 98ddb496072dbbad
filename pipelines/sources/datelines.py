"""Find the publication date a text shows near its top (its dateline).

Conservative by design: a date is taken only where page furniture puts one -
a labelled line ("Published: Feb 5, 2026 11:52", "Date: July 18, 2025"), a
short line that is mostly a date ("Beijing | 3 p.m. July 18, 2025",
"2025-07-18 10:20"), or the agency-style opening of the first paragraph
("LONDON, 18 July 2025 (Reuters) -"). A date inside an ordinary sentence
("On January 21, 2026, the council held ...") is an event, not a dateline.
A dateline without a year ("WASHINGTON, March 3 (Reuters) -") gives None.
"""
from __future__ import annotations

import re
from datetime import date

HEAD_CHARS = 2000  # datelines stand near the top; look no further
SHORT_LINE = 80  # a line this short that holds a date is page furniture

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH_RE = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

# Each alternative names its parts; the first that matches in a span is used.
_DATE = re.compile(
    rf"(?P<md>(?P<m1>{_MONTH_RE})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d))"
    rf"|(?P<dm>(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE}),?\s+(?P<y2>(?:19|20)\d\d))"
    r"|(?P<iso>(?P<y3>(?:19|20)\d\d)[-/.](?P<m3>\d{1,2})[-/.](?P<d3>\d{1,2}))(?!\d)",
    re.IGNORECASE,
)

_LABEL = re.compile(
    r"^[ \t]*(?:published|updated|posted|released|date|dated|publication date|release date|time)"
    r"(?:[ \t]+(?:on|at))?[ \t]*[:：]?",
    re.IGNORECASE | re.MULTILINE,
)
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?|h)(?=\s|$)|\b\d{1,2}:\d\d(?::\d\d)?\b", re.IGNORECASE)
_EXPLICIT_DATE_LINE = re.compile(r"^[ \t]*date[ \t]*[:：]", re.IGNORECASE | re.MULTILINE)
# "CITY, 18 July 2025 (Reuters) -" / "BEIJING, July 18, 2025 -": upper-case place,
# comma, date, then an agency in brackets or a dash.
_AGENCY_LEAD = re.compile(
    r"^[ \t]*[A-Z][A-Z .'-]{1,40},[ \t]*(?P<rest>.{6,40}?)[ \t]*(?:\([^)]{2,30}\)[ \t]*)?[-–—]",
    re.MULTILINE,
)


def _to_date(m: re.Match) -> date | None:
    try:
        if m.group("md"):
            return date(int(m.group("y1")), _MONTHS[m.group("m1")[:3].lower()], int(m.group("d1")))
        if m.group("dm"):
            return date(int(m.group("y2")), _MONTHS[m.group("m2")[:3].lower()], int(m.group("d2")))
        return date(int(m.group("y3")), int(m.group("m3")), int(m.group("d3")))
    except ValueError:
        return None


def _date_in(span: str) -> date | None:
    for m in _DATE.finditer(span):
        d = _to_date(m)
        if d is not None:
            return d
    return None


def _labelled(text: str, limit: int | None) -> date | None:
    """A date on a labelled line, or on one of the two non-empty lines after a bare label."""
    for m in (_LABEL if limit is not None else _EXPLICIT_DATE_LINE).finditer(text):
        if limit is not None and m.start() > limit:
            break
        rest = text[m.end():]
        line_end = rest.find("\n")
        same_line = rest if line_end < 0 else rest[:line_end]
        if same_line.strip():
            if len(same_line) <= SHORT_LINE:
                d = _date_in(same_line)
                if d is not None:
                    return d
            continue
        # bare label: the date may stand on the next non-empty line
        following = [ln for ln in rest.split("\n", 4)[1:4] if ln.strip()][:1]
        for ln in following:
            if len(ln) <= SHORT_LINE:
                d = _date_in(ln)
                if d is not None:
                    return d
    return None


def find_dateline(text: str) -> date | None:
    """The publication date shown near the top of `text`, or None."""
    head = text[:HEAD_CHARS]
    d = _labelled(head, HEAD_CHARS)
    if d is not None:
        return d
    # short lines that are mostly a date (page furniture)
    for line in head.split("\n"):
        s = line.strip()
        if not s or len(s) > SHORT_LINE:
            continue
        m = _DATE.search(s)
        if m is None:
            continue
        # the date must dominate the line: no sentence around it
        other = _CLOCK.sub(" ", s[: m.start()] + " " + s[m.end():]).strip()
        if len(other.split()) > 6 or (other.endswith(".") and len(other.split()) > 2):
            continue
        d = _to_date(m)
        if d is not None:
            return d
    for m in _AGENCY_LEAD.finditer(head):
        d = _date_in(m.group("rest"))
        if d is not None:
            return d
    # an explicit "Date:" line further down (e.g. after a speaker list); such a line holds the word "date" (no other
    # letters match "d", "a", "t" or "e" under re.I): a substring test spares the line-by-line regex scan
    if "date" not in text.lower():
        return None
    return _labelled(text, None)


# a publication date in a page's address: /2025/02/14/, /2022/0722/, /2024-01-22/, t20240130_..., /2025/02/
_URL_DATE = re.compile(
    r"(?<!\d)(?P<y>20\d\d)(?:(?P<sep>[/-])(?P<m>0[1-9]|1[0-2])(?:(?P=sep)(?P<d>0[1-9]|[12]\d|3[01]))?"
    r"|/(?P<m2>0[1-9]|1[0-2])(?P<d2>0[1-9]|[12]\d|3[01])|(?P<m3>0[1-9]|1[0-2])(?P<d3>0[1-9]|[12]\d|3[01]))(?=[/_.-]|$)"
)


def date_in_url(url: str | None) -> date | None:
    """The date a page's address carries in its path ("https://example.org/2025/02/dutch-economy..."), a month's
    first day where it names no day; None if it carries none."""
    if not url:
        return None
    path = url.split("://", 1)[-1].partition("/")[2]
    for m in _URL_DATE.finditer(path):
        month = m.group("m") or m.group("m2") or m.group("m3")
        day = m.group("d") or m.group("d2") or m.group("d3") or "1"
        try:
            return date(int(m.group("y")), int(month), int(day))
        except ValueError:
            continue
    return None
