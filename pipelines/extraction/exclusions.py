"""Rules that say a number token measures nothing (a date, a list number, a label, a duration, a
threshold inside a definition, a denominator, a clock time), each with the reason it reports."""
from __future__ import annotations

import re

from pipelines.extraction import vocab as V
from pipelines.extraction.numbers import Token

_WORDS = re.compile(r"[A-Za-z][A-Za-z'’.&-]*|\d[\d,.]*|[;:,()\[\]\"“”]")
_MONTH_RX = re.compile(r"\b(?:" + "|".join(sorted(V.MONTHS, key=len, reverse=True)) + r")\.?$", re.I)
_MONTH_AFTER = re.compile(r"^\s*(?:" + "|".join(sorted(V.MONTHS, key=len, reverse=True)) + r")\b", re.I)
_TIME_ZONE_BEFORE = re.compile(r"\b(?:GMT|UTC)\s*[+\-−]$")  # "(GMT+3)": a time zone's offset
_CLOCK_AFTER = re.compile(r"^(?::\d\d|\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|hrs\b|GMT\b|UTC\b|BJT\b))", re.I)
_CLOCK_BEFORE = re.compile(r"\d:$")
_DOTTED_DATE = re.compile(r"(?:19|20)\d\d\.[01]\d\.[0-3]\d")
_YEAR_HYPHEN = re.compile(r"(?:19|20)\d\d\s*[-–—/]\s*$")
# an age: after "aged"/"ages" (and the second bound of such a range), after a person "under"/"over", or before
# "years old" / "years)" closing a bracket that gives an age band
_AGE_BEFORE = re.compile(r"(?:\b(?:aged|ages|age\s+of|ages\s+of)\s+(?:between\s+|from\s+)?(?:\d{1,3}\s*(?:to|and|-|–)\s*)?"
                         r"|\b(?:child|children|kids|people|persons|youths?|those|adults|workers)\s+(?:under|over|below|above|"
                         r"aged\s+under|aged\s+over)\s+"
                         r"|\(\s*(?:\d{1,3}\s*(?:to|-|–)\s*)?(?=\d{1,3}\s*(?:(?:to|-|–)\s*\d{1,3}\s*)?years?\s*(?:old\s*)?\)))$",
                         re.I)
_AGE_AFTER = re.compile(r"(?:\s*(?:to|-|–)\s*\d{1,3})?\s*(?:years?\s+old\b|years?\s*\)|-?years?-olds?\b)", re.I)
_QUARTER_LEFT = re.compile(r"\bquarter\s+$", re.I)
_HYPHEN_LABEL = re.compile(r"[A-Za-z][A-Za-z']*[-–]$")
_END_PREFIX = re.compile(r"\b(?:end|mid|early|late|pre|post|fy|fiscal)[\s-]*$", re.I)
_LIST_START = re.compile(r"^\s*[(\[]?$")
_LIST_AFTER = re.compile(r"^\s*[.)\]、](?!\d)")
_PAREN_NUM = re.compile(r"\(\s*$")
_PAREN_CLOSE = re.compile(r"^\s*\)")
_NUMBER_WORD = "|".join(sorted(V.NUMBER_WORDS, key=len, reverse=True))
# "13 of the 21 provinces", "Seventeen of the 29 regions", "five out of every eight"
_DENOM = re.compile(r"(?:\d[\d,.]*%?|\b(?:" + _NUMBER_WORD + r"))\s+(?:[A-Za-z-]+\s+)?"
                    r"(?:out\s+of|of\s+the|of\s+all|of\s+its|of\s+their|of)\s+$"
                    r"|\b[a-z]+\s+out\s+of\s+(?:every|each)\s+$", re.I)
# thresholds inside a definition: "refineries with an annual capacity of 10 million tonnes or more", "units of
# below 300,000 tonnes", "level 3 or above", "a reading above 50 indicates expansion"
_WITH_OF = re.compile(r"\bwith\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}of\s+(?P<cmp>more\s+than\s+|over\s+|above\s+|"
                      r"below\s+|at\s+least\s+|less\s+than\s+|under\s+)?$", re.I)
# a bound inside a parenthesis that says what is counted: "(those with annual revenues above 20 million yuan)"
_DEFINING_PAREN = re.compile(r"\((?:those|that\s+is|i\.\s?e\.?|namely|meaning|defined\s+as|referring\s+to)\b[^()]*?"
                             r"\b(?:above|over|exceeding|at\s+least|more\s+than|below|under|less\s+than)\s+$", re.I)
_TIMES_AFTER = re.compile(r"\s*[*×]\s*\d")
_TIMES_BEFORE = re.compile(r"\d\s*[*×]\s*$")
_GROUP_AFTER = re.compile(r"\s+(?:of\s|(?:income\s+)?(?:households|earners|families|people|population|firms|companies)\b)")
_AMOUNT_WORDS = re.compile(r"\b(?:total|number|sum|count|volume|amount|scale)\b", re.I)
QUAL_OR_MORE = re.compile(r"^\s+or\s+(?:more|above|higher|less|below)\b", re.I)
_OF_BELOW = re.compile(r"\b[a-z]+s\s+of\s+(?:below|under|less\s+than)\s+$", re.I)
_OR_ABOVE = re.compile(r"^\s+(?:or|and)\s+(?:above|higher|more|over)\b", re.I)
_SIGNALS = re.compile(r"^\s+(?:indicates?|signals?|means|denotes|suggests)\b", re.I)
_THRESHOLD_OF = re.compile(rf"{V.alt_source(V.THRESHOLD_NOUNS)}\s+of\s+$", re.I)
_PAGE_OF = re.compile(r"\b(?:page|p\.)\s*\d+\s*/\s*$", re.I)
_FURNITURE = re.compile(r"^\s*(?:" + "|".join(re.escape(w) for w in V.CUES.get("page_furniture_starts", [])) + r")\b",
                        re.I) if V.CUES.get("page_furniture_starts") else None
# "Of the 21 industries surveyed, 13 ...", "Of all 40 sectors, 33 ...", "Among the city's 37 sectors, 24 ...",
# "Among the 15 largest cities, Qingdao ranked fifth": the whole the next number (or a rank) is part of
_DENOM_LEAD = re.compile(r"(?:^|[,;:]\s*)(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?"
                         r"(?:[\w-]+(?:'s|’s)\s+)?$", re.I)
_DENOM_LEAD_AFTER = re.compile(r"[^\d;:.]{1,160}?,\s*(?:\d|(?:" + _NUMBER_WORD + r")\b|"
                               r"[a-z]+\s+(?:of\s+them|saw|had|were|recorded)|(?:[\w-]+\s+){1,3}(?:ranked|ranks)\b)",
                               re.I)
_ISO_DATE_LEFT = re.compile(r"(?:19|20)\d\d-\d{1,2}-$")
_CONVERSION = re.compile(r"^\s*=")
_PRODUCT_LEFT = re.compile(r"[a-z,]\s+([A-Z][a-z]+)\s+$")
_EACH_AFTER = re.compile(r"^(?:\s+[A-Za-z-]+){0,2}\s+each\b", re.I)
_DURATION_AFTER = re.compile(
    r"^[\s-]+(?:(?:consecutive|straight|successive|full|more|whole|long|calendar)\s+)?(?:"
    + "|".join(sorted(V.DURATION_UNITS, key=len, reverse=True)) + r")\b", re.I)
_AGO = re.compile(r"^\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:and|but|while|whereas|which|who|that)\b")
_ADJ_SKIP = {"key", "major", "main", "core", "important", "basic", "new", "more", "big", "primary", "specific"}
_DET = {"the", "this", "that", "its", "their", "our", "his", "her"}
_DEFINITE = {"the", "these", "those", "both"}
_FUNCTION = {"the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as", "than",
             "more", "less", "over", "above", "below", "under", "about", "nearly", "some", "all", "each", "its",
             "their", "has", "have", "had", "is", "are", "was", "were", "be", "been", "will", "would"}
_VERBISH = V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN
_DEF_PREPS = {"of", "above", "below", "over", "under", "with", "exceeding", "than"}

_SLASH_BEFORE = re.compile(r"(?<![\d\w])/\s*$")
_DAY_RANGE = re.compile(r"\b(?:" + "|".join(sorted(V.MONTHS, key=len, reverse=True))
                        + r")\.?\s+\d{1,2}\s*(?:to|-|–|and|through)\s*$", re.I)
_SENT_END_DOT = re.compile(r"^\.\s*$")
_VALUE_LEADS = (V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN | {w for q in V.Q_GT + V.Q_APPROX + V.Q_LT for w in q.split()}
                | {"of", "to", "by", "at", "than", "from", "about", "is", "was", "are", "were", "only", "just", "some",
                   "over", "nearly", "around", "reached", "totaled", "with"})
_ENUM_AFTER = re.compile(r"^(?:\s+[A-Za-z-]+){1,4}\s*(?::|\s[—–-]\s)")
_QUOTED = re.compile(r"[\"“]([^\"“”]{1,90})[\"”]")
_CAPWORD = re.compile(r"\b[A-Z0-9][\w,.-]*")
_ANYWORD = re.compile(r"\b[\w][\w,.-]*")


def _in_quoted_title(text: str, tok: Token) -> bool:
    """A number inside a quoted name: the "Ten Practical Actions", "100 Events for 10,000 Enterprises", "618"."""
    a = text.rfind("\"", max(0, tok.start - 60), tok.start)
    b = text.rfind("“", max(0, tok.start - 60), tok.start)
    q = max(a, b)
    if q < 0 or tok.start - q > 60:
        return False
    m = _QUOTED.match(text, q)
    if not m or not (m.start(1) <= tok.start and tok.end <= m.end(1)):
        return False
    inner = m.group(1)
    if tok.kind == "word" and m.start(1) == tok.start:
        return True  # the "two unwaverings"
    words = _ANYWORD.findall(inner)
    caps = _CAPWORD.findall(inner)
    small = sum(1 for w in words if w.lower() in ("for", "of", "and", "the", "in", "on", "to", "a"))
    return len(words) > 0 and len(caps) + small >= len(words)


_DOC_PREFIXES = {p.rstrip(".") for p in V.DOC_NUMBER_PREFIXES}


def _words(s: str) -> list[str]:
    return _WORDS.findall(s)


_SHORT_YEAR_LEFT = re.compile(r"\b(?:[HhQq][1-4]|FY|fy)\s?['’]$")
_INTL_PHONE = re.compile(r"\+\d{1,3}(?:[ -]\d{1,4}){2,5}(?![\d.,%])")
_PHONE = re.compile(r"\(\d{2,4}\)\s*\d{3,4}[-.\s]\d{4}\b")
# a date written in numbers only: "01-06-2023", "24-02-22", "2023/01/06"; or, with a clock time after it, a
# month and day alone ("08-31 17:30" under a byline)
NUMERIC_DATE = re.compile(r"(?<![\d.,])(?:(?:\d{1,2}|\d{4})([-/.])\d{1,2}\1(?:\d{4}|\d{2})(?![\d%]|[.,]\d)"
                          r"|\d{1,2}[-/]\d{1,2}(?=\s+[0-2]?\d:[0-5]\d(?!\d)))")


def in_numeric_date(text: str, start: int, end: int) -> bool:
    for m in NUMERIC_DATE.finditer(text, max(0, start - 11), min(len(text), end + 11)):
        if m.start() <= start and end <= m.end():
            return True
    return False


def is_year_like(tok: Token) -> bool:
    return (tok.kind == "num" and tok.is_int and not tok.has_comma and tok.unit is None and tok.currency is None
            and not tok.has_scale and 1800 <= tok.number <= 2100)


_GRADE_AFTER = re.compile(r"[\s-]*" + V.alt_source(V.GRADE_NOUNS))


def exclusion(text: str, tok: Token, toks: list[Token], idx: int) -> str | None:
    """The reason this token measures nothing, or None if it may be an observation."""
    left = text[max(0, tok.start - 60):tok.start]
    right = text[tok.end:tok.end + 60]
    bare = tok.unit is None and tok.currency is None and not tok.has_scale
    small_int = tok.is_int and not tok.has_comma

    if tok.in_link:
        return "page_furniture"  # URLs, e-mail addresses, file names
    if _FURNITURE is not None and len(text) < 160 and _FURNITURE.match(text):
        return "page_furniture"  # "Subscribe: 12 issues for 99 yuan", "Share this article | Page 2"
    if "/" in left and _PAGE_OF.search(left):
        return "page_furniture"  # the total of "page 1/1"
    if tok.kind == "num" and tok.glued_suffix in ("s", "S") and 1800 <= tok.number <= 2100 and tok.is_int:
        return "date"  # "the 1990s"
    if tok.kind == "digit_growth":
        return "vague_quantity"  # "double-digit growth"
    if tok.kind == "multiple" and tok.hyphen_compound:
        return "label"  # "twice-yearly"
    if _in_quoted_title(text, tok):
        return "label"  # the "Ten Practical Actions", the "618" festival
    if tok.kind == "num":
        if bare and "/" in left and _SLASH_BEFORE.search(left):
            return "page_furniture"  # "1/5", "/5" image counters
        if tok.glued_suffix:
            return "label"  # 5G, 14th, 3D
        if tok.glued_prefix:
            return "label"  # C919, H20
        if bare and small_int and text[tok.start - 1:tok.start] == "[" and text[tok.end:tok.end + 1] == "]":
            return "page_furniture"  # a citation mark: "at constant prices [1][3]."
        if bare and _GRADE_AFTER.match(right):
            return "label"  # "95 octane petrol"
        if is_year_like(tok):
            return "date"
        if small_int and _YEAR_HYPHEN.search(left) and (bare or text[tok.start:tok.end].isdigit()):
            return "date"  # "2020-25" (also when a range lent it the unit after it: "in 2023-24 to $778 billion")
        if bare and small_int and _PHONE.search(text, max(0, tok.start - 14), min(len(text), tok.end + 14)):
            return "page_furniture"  # "(202) 691-7000": a telephone number
        if bare and small_int and "+" in text[max(0, tok.start - 16):tok.end] and any(
                m.start() <= tok.start and tok.end <= m.end()
                for m in _INTL_PHONE.finditer(text, max(0, tok.start - 16), min(len(text), tok.end + 16))):
            return "page_furniture"  # "+47 21 49 09 30": an international telephone number
        if bare and small_int and _ISO_DATE_LEFT.search(left):
            return "date"  # the day of "2024-11-07"
        if bare and tok.number < 100 and in_numeric_date(text, tok.start, tok.end):
            return "date"  # "Source: 01-06-2023 14:50:00", "Pub Date:24-02-22 11:19", "Published: 1.22.2024"
        if bare and 1900 <= tok.number < 2100 and _DOTTED_DATE.fullmatch(text, tok.start, min(len(text), tok.end + 3)):
            return "date"  # "2024.03.27"
        if bare and small_int and not tok.has_comma:
            pm = _PRODUCT_LEFT.search(left)
            if pm and pm.group(1).lower() not in V.MONTHS and pm.group(1).lower() not in _FUNCTION and \
                    not right[:1].isalpha():
                return "label"  # a model after its maker's name: "the Boeing 737 and Airbus A320"
        if bare and small_int and 1 <= tok.number <= 4 and _QUARTER_LEFT.search(left):
            return "date"  # "Quarter 4 (Oct to Dec) 2019"
        if small_int and tok.number < 100 and _SHORT_YEAR_LEFT.search(left) and text[tok.start:tok.end].isdigit():
            return "date"  # the year of "H1’24", "Q3'23", "FY'25"
        if bare and small_int and 1 <= tok.number <= 31 and (_MONTH_RX.search(left.rstrip()) or _MONTH_AFTER.match(right)):
            return "date"
        if bare and small_int and tok.number <= 31 and _DAY_RANGE.search(left):
            return "date"  # "January 22 to 24"
        if bare and (_CLOCK_AFTER.match(right) or (":" in left[-2:] and _CLOCK_BEFORE.search(left))
                     or (("GMT" in left or "UTC" in left) and _TIME_ZONE_BEFORE.search(left))):
            return "clock_time"
        if bare and 1800 <= tok.number <= 2100 and _END_PREFIX.search(left):
            return "date"
        if bare and ("-" in left[-2:] or "–" in left[-2:]) and _HYPHEN_LABEL.search(left):
            return "label"  # Shenzhou-21, COVID-19, COVID–19
        if bare and small_int and tok.number < 100:
            if tok.start <= 4 and _LIST_START.match(text[:tok.start]) and \
                    (_LIST_AFTER.match(right) or text[:tok.start].strip() in ("(", "[")):
                return "list_numbering"
            if _PAREN_NUM.search(left) and _PAREN_CLOSE.match(right):
                return "list_numbering"
            if _SENT_END_DOT.match(text[tok.end:]):
                pw = _words(left)
                if not pw or pw[-1].lower().rstrip(".") not in _VALUE_LEADS:
                    return "list_numbering"  # "... the fittest 1. Revise the measures"
    lw = _words(left)
    prev = lw[-1].lower() if lw else ""
    if bare and prev.rstrip(".") in _DOC_PREFIXES and prev not in ("level", "type", "class"):
        if tok.kind in ("num",) and not (prev == "no" and not left.rstrip().endswith(".")):
            return "document_number"
    if prev in V.THRESHOLD_PREFIXES and bare:
        return "threshold"
    if prev in V.GROUP_SHARE_PREFIXES and tok.unit == "percent" and _GROUP_AFTER.match(right):
        return "threshold"  # "the bottom 30 percent of households": a group, not a measurement
    if tok.hyphen_compound and not tok.plus_suffix:
        hc = tok.hyphen_compound.lower()
        if hc in V.DURATION_UNITS or hc.rstrip("s") in V.DURATION_UNITS:
            return "duration"
        return "threshold"  # "16,000-TEU ship", "10-gigabit networks"
    if bare and small_int and tok.number < 130 and (_AGE_BEFORE.search(left) or _AGE_AFTER.match(right)):
        return "age"  # "aged 15 to 24", "people over 65", "(25 to 54 years)", "a 45-year-old"
    if bare or (tok.kind == "word" and tok.unit is None):  # ("three percent year-on-year" has its unit)
        if _AGO.match(right):
            return "page_furniture"
        if _DURATION_AFTER.match(right):
            return "duration"
    # the denominator and threshold patterns below need an "of" (or "among") before the number: a cheap test first
    low_left = left.lower()
    of_left = "of" in low_left
    if bare and of_left and _DENOM.search(text[max(0, tok.start - 40):tok.start]):
        return "denominator"
    if bare and prev == "per":
        return "denominator"  # "470 robots per 10,000 employees"
    wm = _WITH_OF.search(left) if of_left else None
    if wm and _AMOUNT_WORDS.search(wm.group()):
        wm = None  # "with a cumulative total of over 35,000": the amount itself
    if (wm and (wm.group("cmp") or _OR_ABOVE.match(right) or QUAL_OR_MORE.match(right))) or \
            (of_left and _OF_BELOW.search(left)):
        return "threshold"  # a bound in the definition of what is counted
    if "(" in left and _DEFINING_PAREN.search(left):
        return "threshold"
    if bare and (_TIMES_AFTER.match(right) or _TIMES_BEFORE.search(left)):
        return "label"  # "1024*768 or higher resolution": a size written as a product
    if bare and prev in ("level", "grade", "class", "tier") and _OR_ABOVE.match(right):
        return "threshold"
    # ("a reading above 50% indicates expansion", "below the threshold of 50%": the line readings are read against)
    if (bare or tok.unit == "percent") and (
            (prev in ("above", "below", "under", "over") and _SIGNALS.match(right))
            or (of_left and _THRESHOLD_OF.search(left))):
        return "threshold"
    if bare and (of_left or "among" in low_left) and _DENOM_LEAD.search(left) and \
            _DENOM_LEAD_AFTER.match(text, tok.end, tok.end + 170):
        return "denominator"
    if tok.currency and tok.number == 1 and _CONVERSION.match(right):
        return "conversion"  # "(EUR 1 = $1.13)": a definition of the rate, not an amount
    if _EACH_AFTER.match(right) and tok.kind in ("num", "word") and tok.unit != "percent":
        return "threshold"  # "clusters with 10,000 cards each" (but "grew by 0.6% each" measures both)
    if tok.kind == "word" and tok.number <= 12 and not tok.has_scale and prev in _DEFINITE:
        return "enumeration"  # "the three basic telecom operators", "the two nations": a known set, not a count
    if bare and small_int:
        rw = [w.lower().rstrip(".") for w in _words(right)[:3]]
        k = 0
        while k < len(rw) and rw[k] in _ADJ_SKIP:
            k += 1
        if k < len(rw) and rw[k] in V.DISCOURSE_NOUNS:
            return "enumeration"
        if tok.kind == "word" and re.match(r"^\s+(?:is|was|has)\b", right):
            return "enumeration"  # a count agrees with a plural verb; "the three is to ..." names an item
        if tok.kind == "word" and _ENUM_AFTER.match(right):
            return "enumeration"  # "four key sectors: steel, non-ferrous metals, ..."
        if tok.kind == "word" and re.match(r"^\s*(?:major\s+|key\s+)?[\"“]", right):
            return "enumeration"  # three "batches", two "steadies"
        if prev in _DET and any(w in V.LABEL_NOUNS for w in rw[:2]) and "of" not in rw[:1]:
            return "label"  # "the 618 shopping festival"
    # a count inside the name of the measured thing: "the output of 10 commonly used metals reached 40 million
    # tons", "cells with capacity above 500 kiloamperes has exceeded 40%"
    if tok.kind in ("num", "word") and tok.currency is None and tok.unit not in ("percent", "pp"):
        if prev in _DEF_PREPS and len(lw) >= 2:
            before = lw[-2].lower()
            if before.isalpha() and before not in _FUNCTION and before not in _VERBISH and before not in V.FILLER_WORDS \
                    and not before.endswith("ed"):
                nxt = toks[idx + 1] if idx + 1 < len(toks) else None
                if nxt is not None:
                    between = text[tok.end:nxt.start]
                    if not _CLAUSE_BREAK.search(between) and len(between) < 90:
                        vm = re.search(r"([A-Za-z]+)\s+(?:(?:by|to|at|about|nearly|over|more|than|some|around|approximately|almost)\s+)*$", between)
                        if vm and vm.group(1).lower() in _VERBISH:
                            return "threshold"
    return None
