"""Read measure, sign and qualifier of a number from the words around it."""
from __future__ import annotations

import bisect
import re

from pipelines.extraction import vocab as V
from pipelines.extraction.vocab import PERCENT_SIGN
from pipelines.extraction.numbers import Token

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d[\d,.]*%?|[;:,()\[\]\"“”—–]")
QUAL_SUFFIX_LT = re.compile(r"^\s*(?:" + "|".join(re.escape(s) for s in V.Q_LT_SUFFIX) + r")\b", re.I)
QUAL_SUFFIX_GT = re.compile(r"^\s*(?:" + "|".join(re.escape(s) for s in V.Q_GT_SUFFIX if s.strip("+-")) + r")\b", re.I)
_TREND_NOUN_AFTER = re.compile(
    r"\s*(?:(?:year[\s-]*o(?:n|ver)[\s-]*year|yoy|y/y|y-o-y|m-o-m|q-o-q|annual|annuali[sz]ed|real[\s-]*terms|average|"
    r"on[\s-]year|cumulative|month[\s-]*on[\s-]*month|quarter[\s-]*on[\s-]*quarter|(?-i:[A-Z][A-Za-z.]*))\s+)*"
    r"(?P<n>increases?|growth|rises?|gains?|jumps?|declines?|drops?|decreases?|reductions?|falls?|contraction|"
    r"expansion|surges?|improvements?|cuts?|slumps?|plunges?|hikes?|rebound|slowdown|upticks?|downturn|savings?|"
    r"shrinkage)\b",
    re.I)
_LOWER_THAN_AFTER = re.compile(r"\s*(?:lower|less|fewer|smaller|cheaper|below|down|slower|behind)\b", re.I)
_PERCENTS_LISTED = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|\s(?:and|or)\s+)[-+]?\d[\d.,]*\s*{V.PERCENT_SIGN})*", re.I)
_OF_AFTER = re.compile(r"\s*of\s+(?!which\b)(?:the\s+|all\s+|its\s+|total\s+)?[A-Za-z]")
_INDEX_RX = V.CueSet(V.INDEX_CUES)
_RATIO_RX = V.CueSet(V.RATIO_CUES)
_GROWTH_SUBJECT = re.compile(r"\b(?:growths?|grow|grows|grew|grown|growing|expand|expands|expanded|expanding|"
                             r"expansions?|economy|gdp|gross\s+domestic\s+product|economic\s+output|inflation)\b", re.I)
_SHARE_OF_GROWTH_SUBJECT = re.compile(rf"{V.alt_source(V.SHARE_NOUNS)}\s+of\s+(?:[\w'’-]+\s+){{0,6}}?"
                                      rf"{_GROWTH_SUBJECT.pattern}", re.I)
_ECONOMY = re.compile(r"\b(?:gdp|gross\s+domestic\s+product|economy|economies|economic\s+growth|"
                      r"economic\s+output)\b", re.I)
_EXCHANGE_AFTER = re.compile(r"\s*(?:yuan\s+)?(?:against|per|to)\s+(?:the\s+|one\s+|a\s+|each\s+)?"
                             r"(?:(?:US|U\.S\.|American)\s+)?(?:dollar|greenback|USD)\b", re.I)
_CNY_WORD = re.compile(r"\b(?:yuan|renminbi|RMB|CNY)\b", re.I)
_PART_WORDS = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|q[1-4]|(?:first|second|1st|2nd)\s+half|h[12]|" + \
    V.alt_source(V.MONTHS)
_PERIOD_PART = re.compile(r"\b(?:" + _PART_WORDS + r")\b", re.I)
_NAMED_BASE = re.compile(r"\b(?:compared\s+(?:to|with)|from|over|than|versus|vs\.?|against|relative\s+to|in\s+comparison\s+"
                         r"(?:to|with))\s+(?:in\s+)?(?:the\s+)?(?P<part>" + _PART_WORDS + r")\b(?!['’]s)(?:\s+of)?"
                         r"(?:\s+(?P<y>(?:19|20)\d\d)\b|\s+(?P<ly>last|the\s+previous|the\s+prior)\s+year\b)?"
                         r"(?!\s*(?:to|through|until|till|and)\s)(?!\s*[-–—]\s*(?:[A-Za-z]{3,9}\b|\d))",
                         re.I)  # (not "from January to May", "January - May", "May's"; "August – up to 2.9 Mt" is)
_DATED_PART = re.compile(r"\b(?:in|during|for)\s+(?:the\s+)?(?P<part>" + _PART_WORDS + r")\b(?:\s+of)?\s+(?P<y>(?:19|20)\d\d)\b",
                         re.I)
_CUE_INTRODUCES = re.compile(r"\s*(?:(?:growth|increase|rise|decline|rate|change)\s+)?(?:of|at|was|were|is|reached)\s+"
                             r"(?:(?:about|around|nearly)\s+)?", re.I)
# a cue that ends in a change noun introduces the figure after "to": "brought the annual rise to 101.5%"
_CHANGE_NOUN_CUE = re.compile(r"(?:rise|increase|growth|gain|decline|fall|drop|contraction|expansion|inflation)$", re.I)
_TO_FIGURE = re.compile(r"\s+to\s+(?:(?:about|around|nearly)\s+)?", re.I)
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|against|relative\s+to)\s+(?:in\s+)?"
                              r"(?:the\s+)?$", re.I)
# (not a span of months, "from January to May": a value stands before each part, or the change right before "between")
_BETWEEN_PARTS = re.compile(rf"(?:{PERCENT_SIGN}\s+(?P<k>between)\s+|\b(?P<f>from)\s+[\d.,]+\s+in\s+)(?:the\s+)?(?P<a>" + _PART_WORDS +
                            r")\b(?:\s+(?:of\s+)?(?:19|20)\d\d)?\s+(?:and|to)\s+(?:[\d.,]+\s+in\s+)?(?:the\s+)?(?P<b>" +
                            _PART_WORDS + r")\b(?:\s+(?:of\s+)?(?:19|20)\d\d)?", re.I)
_NAMED_BASE_HINT = re.compile(r"\b(?:compared|from|over|than|versus|vs|against|relative|comparison|between)\b", re.I)


def _same_kind(a: str, b: str) -> bool:
    """Both quarters, both halves or both months."""
    def kind(p: str) -> str:
        return "q" if "quarter" in p or p[:1] == "q" else "h" if "half" in p or p[:1] == "h" else "m"
    return kind(a) == kind(b)


_CONTRAST = re.compile(r"[,;]\s*(?:while|whereas|but)\s|\s(?:while|whereas)\s")
_CONTRAST_AFTER = re.compile(r"\b(?:but|while|whereas)\s")
# a second change of the subject in a clause of its own ("were up 0.3%, and are up 4.1% over the last year"): a base
# named after it is that change's (but "decreasing by 0.3% and increasing by 9.7% month on month" share theirs)
_SECOND_CHANGE = re.compile(r",\s*and\s+(?:[a-z]+\s+){0,2}?" + V.alt_source(V.TREND_UP | V.TREND_DOWN) + r"\s", re.I)
# "5% and 7% year on year", "decreasing by 0.3% and increasing by 9.7% month on month": one base for both (but in
# "was 2.9%, and 101.6% year on year" the second has a clause of its own)
_RESTATED_AFTER = re.compile(r"\s*\([^()%]{1,40}\)")
_COORDINATED = re.compile(r"\s*(?:,\s*(?!and\b|or\b)|(?:and|or|&)\s+(?:[a-z]+\s+){0,2}?)?")
_YEAR_IN = re.compile(r"\b((?:19|20)\d\d)\b")
# all comparison-base cues in one pass (vocab.Caseless: run on whole sentences, like _PERIOD_ANY)
_ALL_CUES = V.Caseless(re.compile(
    "(?P<annual>" + "|".join(f"(?:{rx.pattern})" for rx in V.ANNUAL_RATE_CUES) + ")"
    + "|(?P<yoy>" + "|".join(f"(?:{rx.pattern})" for rx in V.YOY_CUES) + ")"
    + "|(?P<other>" + "|".join(f"(?:{rx.pattern})" for rx in V.OTHER_BASE_CUES) + ")"
    + "|(?P<weak>" + "|".join(f"(?:{rx.pattern})" for rx in V.WEAK_YOY_CUES) + ")", re.I))
# "the bureau said on Friday", "data released by the statistics bureau on Thursday"
_REPORTING_VERBS = "|".join(re.escape(w) for w in V.CUES.get("reporting_verbs", ["said"]))
_REPORTED = re.compile(r"\b(?:" + _REPORTING_VERBS + r")(?:\s+(?:by|from)\s+[^,;:.!?\d]{1,60}?)?\s+$", re.I)
# "..., said the governor who delivered the report at the session on Thursday": a day in the clause of saying
_REPORTED_CLAUSE = re.compile(r"\b(?:" + _REPORTING_VERBS + r")\b[^.;:!?\d%]{0,150}$", re.I)
_REPORT_NOUN = re.compile(r"\b" + V.alt_source(V.CUES["report_nouns"]) + r"\s+$", re.I)
_PERIOD_ANY = V.Caseless(re.compile("|".join(f"(?:{rx.pattern})" for rx in V.PERIOD_CUES), re.I))


def words(s: str) -> list[str]:
    if s.isascii():  # lower-casing ASCII maps only A-Z to a-z, which the pattern treats alike: one call, same words
        return _WORD.findall(s.lower())
    return [w.lower() for w in _WORD.findall(s)]


# qualifier phrases indexed by their last word, so a number needs one dictionary look-up
_Q_BY_LAST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _kind, _qs in (("lt", V.Q_LT), ("gt", V.Q_GT), ("approx", V.Q_APPROX)):
    for _q in _qs:
        _w = tuple(_q.lower().split())
        _Q_BY_LAST.setdefault(_w[-1], []).append((_w, _kind))
for _v in _Q_BY_LAST.values():
    _v.sort(key=lambda x: -len(x[0]))  # "no more than" before "more than"
_LOWER_WORDS = re.compile(r"[a-z]+(?:[-'][a-z]+)*")
_TRAILING_PREP = {"by", "of", "at", "to"}


def _q_lookup(ws: list[str]) -> str | None:
    if not ws:
        return None
    for words_, kind in _Q_BY_LAST.get(ws[-1], ()):
        k = len(words_)
        if len(ws) >= k and tuple(ws[-k:]) == words_:
            return kind
    return None


def qualifier(text: str, tok: Token) -> str:
    if tok.plus_suffix:
        return "gt"
    right = text[tok.end:tok.end + 20]
    if right and right[0] in " \t" and (QUAL_SUFFIX_LT.match(right) or QUAL_SUFFIX_GT.match(right)):
        return "lt" if QUAL_SUFFIX_LT.match(right) else "gt"
    left = text[max(0, tok.start - 40):tok.start]
    if not left or (not left[-1].isspace() and left[-1] not in "$€£¥"):
        return "eq"
    ws = _LOWER_WORDS.findall(left.lower())[-6:]
    if ws and ws[-1] in _TRAILING_PREP:
        ws = ws[:-1]
    hit = _q_lookup(ws)
    if hit is None and ws and ws[-1] in V.LEVEL_VERBS:
        hit = _q_lookup(ws[:-1])  # "basically reached 100 percent"
    return hit or "eq"


_ANNUALIZED = {"annualized", "annualised", "annual", "seasonally-adjusted"}
_PACE = {"rate", "pace", "clip", "speed"}


_CHANGES_LISTED = re.compile(r"\b([a-z]+)\s+(?:were|are|was|is)\s*:\s*(?:[+\-−]\s*)?$", re.I)


def trend_before(text: str, tok: Token, clause_start: int) -> tuple[str | None, str | None]:
    """(marker, direction) read from the words just before the number.

    marker: 'trend' (a change: "rose 5%", "growth of 5%", "reduced costs by 5%"), 'from'/'to' (a level in a
    from-to pair), 'coord' (after "and"/","/"or": shares the reading of the previous number), or None.
    direction: 'up' or 'down'.
    """
    lw = words(text[max(clause_start, tok.start - 120):tok.start])
    i = len(lw) - 1
    saw_by = saw_at = False
    while i >= 0 and (lw[i] in V.FILLER_WORDS or lw[i] in ("(",)):
        if lw[i] == "by":
            saw_by = True
        saw_at = saw_at or (lw[i] == "at" and i == len(lw) - 1)
        i -= 1
    if saw_at and share_of_after(text, tok) and (lw[i] in V.TREND_DOWN or lw[i] in V.TREND_UP):
        return None, None  # "to peak lower at 36.5% of GDP": the share the level stands at
    if i < 0:
        # "By activity, the increases were: 4.3% in services, ...": a list of the changes just named
        m = _CHANGES_LISTED.search(text, max(0, tok.start - 60), tok.start)
        if m is not None:
            w = m.group(1).lower()
            if w in V.TREND_DOWN:
                return "trend", "down"
            if w in V.TREND_UP:
                return "trend", "up"
        return None, None
    w = lw[i]
    if i + 1 < len(lw) and lw[i + 1] == "than" and (w in V.TREND_DOWN or w in V.TREND_UP):
        return None, None  # "slower than the 31.7% rise": the comparative is the other figure's
    if w in V.TREND_DOWN:
        return "trend", "down"
    if w in V.TREND_UP:
        return "trend", "up"
    if w in ("from",):
        return "from", None
    if w in ("to",):
        # "increased by X to Y" keeps "to" a level; "contributed X to" is not reached here
        return "to", None
    if w in ("and", ",", "or", "respectively", "&"):
        return "coord", None
    for j in range(i - 1, max(-1, i - 4), -1):  # "down from an already lackluster 0.9%"
        if lw[j] in ("from", "to") and all(x.isalpha() for x in lw[j + 1:i + 1]) and \
                not any(x in V.TREND_UP or x in V.TREND_DOWN or x in V.LEVEL_VERBS for x in lw[j + 1:i + 1]):
            return lw[j], None
    if w == "of" and i >= 2 and lw[i - 1] in _PACE and lw[i - 2] in _ANNUALIZED:
        for x in reversed(lw[max(0, i - 6):i - 2]):  # "contracted at an annualized rate of 0.7%"
            if x in V.TREND_DOWN:
                return "trend", "down"
            if x in V.TREND_UP:
                return "trend", "up"
    if w in ("of", "with") and i > 0:
        # ("a decline in the CPI with 0.3%", Maghreb French-style English: "with" for "of")
        j = i - 1
        while j >= 0 and lw[j] in V.FILLER_WORDS:
            j -= 1
        if j >= 0 and lw[j] in V.TREND_DOWN:
            return "trend", "down"
        if j >= 0 and lw[j] in V.TREND_UP:
            # ("showing negative growth of 46.8 percent": a fall)
            return "trend", "down" if j > 0 and lw[j - 1] in V.NEGATING_ADJECTIVES else "up"
        # "a decrease in the services surplus of 0.6 percent": the change noun before what changed
        for k in range(j, max(-1, j - 7), -1):
            if lw[k] == "in" and k > 0 and lw[k - 1] in _CHANGE_NOUNS:
                return "trend", "down" if lw[k - 1] in V.TREND_DOWN else "up"
            if lw[k][:1].isdigit() or lw[k] in (",", ";", ":", "(", ")"):
                break
        if w == "with":
            # "The decline in food products concerned vegetables with 8.6%, fish with 3.5%": the sentence's change
            d = change_noun_subject(text)
            if d is not None:
                return "trend", d
        return None, None
    if saw_by:
        # "reduced product defect rate by 47%", "increase its 2023 investment, retail sales and trade by 10%": the
        # verb stands further back (over the object's own year, not over another number)
        for j in range(i, max(-1, i - 14), -1):
            if lw[j] in (";", ":", "(", ")"):
                break
            if lw[j][:1].isdigit() and not _YEAR_IN.fullmatch(lw[j]):
                if _listed_figure(lw, j):
                    continue  # "the sector plummeted 20.6%, finance by 19.5%": the list left the verb out
                break
            if lw[j] in V.TREND_DOWN:
                return "trend", "down"
            if lw[j] in V.TREND_UP:
                return "trend", "up"
        if _TO_AMOUNT_AFTER.match(text, tok.end):
            # "primary industry rose by 3.9% to 121.69 billion yuan, secondary industry by 3.9% to 700.86 billion
            # yuan": "by N% to" is a change whose verb the list left out
            for x in reversed(words(text[max(clause_start - 300, 0):tok.start])):
                if x in (";", ":"):
                    break
                if x in V.TREND_DOWN:
                    return "trend", "down"
                if x in V.TREND_UP:
                    return "trend", "up"
    return None, None


def _listed_figure(lw: list[str], j: int) -> bool:
    """Word j is a percentage a comma or an "and" closes, as in a list of changes sharing one verb."""
    k = j + 1 if lw[j].endswith("%") else j + 2 if j + 1 < len(lw) and lw[j + 1] in ("percent", "pct") else -1
    return 0 < k < len(lw) and lw[k] in (",", "and")


def trend_after(text: str, tok: Token) -> str | None:
    m = _TREND_NOUN_AFTER.match(text, tok.end)
    if not m:
        return None
    n = m.group("n").lower()
    stem = n.rstrip("s")
    if n in V.TREND_DOWN or stem in V.TREND_DOWN or stem in ("decline", "drop", "decrease", "reduction", "fall",
                                                             "cut", "slump", "plunge", "contraction", "downturn",
                                                             "saving", "slowdown", "shrinkage"):
        return "down"
    return "up"


_TO_AMOUNT_AFTER = re.compile(rf"\s*{PERCENT_SIGN}?\s+to\s+(?:about\s+|around\s+|over\s+)?[$€£¥]?\d", re.I)
_CHANGE_NOUNS = V.CHANGE_NOUNS
_RATIO_LAST = {("accounted", "for"), ("accounting", "for"), ("accounts", "for"), ("account", "for"),
               ("equivalent", "to"), ("equal", "to"), ("made", "up"), ("make", "up"), ("makes", "up"),
               ("making", "up"), ("taking", "up"), ("take", "up"), ("takes", "up"), ("took", "up"), ("share", "of"),
               ("proportion", "of"), ("ratio", "of"), ("rate", "of")}
_RATIO_LAST1 = {"contributed", "contributing", "contributes", "contribute", "represented", "representing",
                "represents", "represent", "penetrated", "covered", "covering"}
_RATIO_SKIP = {"about", "over", "more", "than", "nearly", "around", "some", "almost", "less", "roughly",
               "approximately", "only", "just", "to"}


def ratio_immediate(text: str, tok: Token) -> bool:
    """The number is the object of "accounted for", "equivalent to", "contributed (to)", "share of" ..."""
    ws = _LOWER_WORDS.findall(text[max(0, tok.start - 50):tok.start].lower())
    while ws and ws[-1] in _RATIO_SKIP and not (len(ws) >= 2 and (ws[-2], ws[-1]) in _RATIO_LAST):
        ws.pop()
    if not ws:
        return False
    if ws[-1] in _RATIO_LAST1:
        return True
    return len(ws) >= 2 and (ws[-2], ws[-1]) in _RATIO_LAST


def share_of_after(text: str, tok: Token) -> bool:
    """"12.9% of the total", also for each figure of a list the "of" closes ("65.2% and 63.9% of those of 2019")."""
    return bool(_OF_AFTER.match(text, _PERCENTS_LISTED.match(text, tok.end).end()))


_INFLATION = re.compile(r"\b(?:inflation|consumer\s+prices?|cpi)\b", re.I)


def inflation_subject(clause: str) -> bool:
    return bool(_INFLATION.search(clause))


def lead_in_change(lead: str) -> str | None:
    """What the items of a list read as when its lead-in names them ("The following groups showed lower inflation
    rates:", "Higher annual increases were noted in:"): growth_yoy_pct for inflation or changes on a year, growth_pct
    for other changes, None when the lead-in names no change."""
    if inflation_subject(lead):
        return "growth_yoy_pct"
    if not any(w.rstrip("s") in _CHANGE_NOUNS or w in V.TREND_UP or w in V.TREND_DOWN for w in words(lead)):
        return None
    return "growth_yoy_pct" if any(k == "yoy" for _s, _e, k, _strong in GrowthCues(lead).cues) else "growth_pct"


def index_cue(clause: str) -> bool:
    return bool(_INDEX_RX.search(clause))


def ratio_cue(clause: str) -> bool:
    return bool(_RATIO_RX.search(clause))


_CHANGE_NOUN_SUBJECT = re.compile(
    r"^\W*(?:(?:the|a|an|its|their|this|that)\s+)?(?:[\w-]+\s+){0,2}?(?P<n>[a-z]+)\s+(?:in|of)\s", re.I)
# a fall that got smaller: "the decline narrowed by 5.6 points", "declining by 18.8%, narrowing 1.8 points"
_DECLINE_NARROWS = re.compile(r"\b(?:declin\w*|decreas\w*|drops?|dropped|falls?|fell|down|contraction|loss(?:es)?)\b"
                              r"(?:[^;.]|\.(?=\d)){0,80}?\bnarrow(?:ed|s|ing)\s+(?:by\s+)?$", re.I)


def decline_narrows(before: str) -> bool:
    """"the decline narrowed by 1.8 percentage points": a fall that got smaller, so the rate rose."""
    return bool(_DECLINE_NARROWS.search(before))


def change_noun_subject(clause: str) -> str | None:
    """'up' or 'down' when the clause is about a change ("The decline in energy prices narrowed from ..."), else None."""
    m = _CHANGE_NOUN_SUBJECT.match(clause)
    if m is None or clause[m.end():m.end() + 1].isdigit():
        return None  # ("The fresh hike of 7.5 points follows a raise to 17.5%": the change's own amount is given)
    n = m.group("n").lower()
    stem = n[:-1] if n.endswith("s") and n[:-1] in V.TREND_DOWN | V.TREND_UP else n
    if stem in V.TREND_DOWN:
        return "down"
    if stem in V.TREND_UP:
        return "up"
    return None


def growth_subject(clause: str) -> bool:
    """The clause is about growth or an economy, and not about a share of one ("the share of services grew")."""
    return bool(_GROWTH_SUBJECT.search(clause)) and not _SHARE_OF_GROWTH_SUBJECT.search(clause)


def economy_subject(clause: str) -> bool:
    return bool(_ECONOMY.search(clause))


_FLOW_RX = V.alternation(V.FLOW_NOUNS)
_QUALITY_RX = V.alternation(V.QUALITY_NOUNS)


def flow_subject(clause: str) -> bool:
    return bool(_FLOW_RX.search(clause))


def head_is_quality(clause: str) -> bool:
    """The last flow or quality noun of the clause is a quality ("investment intensity", "defect rate")."""
    q = [m.end() for m in _QUALITY_RX.finditer(clause)]
    if not q:
        return False
    f = [m.end() for m in _FLOW_RX.finditer(clause)]
    return not f or q[-1] > f[-1]


def lower_than_after(text: str, tok: Token) -> bool:
    return bool(_LOWER_THAN_AFTER.match(text, tok.end))


_FASTER_AFTER = re.compile(r"\s*(?:faster|quicker|steeper|sharper|deeper)\b", re.I)
_DECLINE_NOUN = re.compile(r"\b(?:decrease|decline|drop|fall|contraction|reduction)\b", re.I)


def faster_decline(text: str, tok: Token, clause_start: int) -> bool:
    """"The decrease in output was 0.4 percentage points faster", "down 4.3%, 0.1 point faster than the decline in
    May": a decline that quickened, so the rate is lower by that much."""
    return bool(_FASTER_AFTER.match(text, tok.end)) and bool(
        _DECLINE_NOUN.search(text, clause_start, tok.start) or _DECLINE_NOUN.search(text, tok.end, tok.end + 60))


def exchange_rate(text: str, tok: Token) -> str | None:
    """"7.1659 (yuan) per dollar", "the yen traded at 145.20 per dollar": units of a currency per US dollar."""
    if _EXCHANGE_AFTER.match(text, tok.end):
        if _CNY_WORD.search(text):
            return "CNY/USD"
        m = _QUOTED.search(text, max(0, tok.start - 60), tok.start)
        cur = _CUR_NAMES.get(m.group(1).lower()) if m else None
        if cur and cur != "USD":
            return f"{cur}/USD"
    return None


# a day followed by the verb it dates ("the Fund on Tuesday cut its forecast"), not by a move's circumstances
_ACTION_AFTER = re.compile(r"\s+(?!(?:after|as|and|amid|at|before|but|by|following|from|in|on|to|while|when|with|"
                           r"the|a|an|its|their|against|despite|ahead|since|than|compared|versus)\b)[a-z]+\b")
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:\w+est|best|worst|most|least|first\s+time|record)\b(?:\s+[\w-]+){0,3}\s*$",
                                 re.I)




class GrowthCues:
    """Comparison-base cues of one sentence, found once, asked per number."""

    def __init__(self, text: str, report_year: int | None = None, annualized: bool = False) -> None:
        self.text = text
        self.report_year = report_year  # the year the document reports on: "over 2024" in a text on 2025 is yoy
        self.annualized = annualized  # "at an annual rate" is annualized on the quarter before (the US)
        self._cues: list[tuple[int, int, str, bool]] | None = None
        self._starts: list[int] | None = None
        self._period: bool | None = None

    @property
    def period(self) -> bool:
        if self._period is None:
            self._period = bool(_PERIOD_ANY.search(self.text))
        return self._period

    @property
    def cues(self) -> list[tuple[int, int, str, bool]]:
        if self._cues is None:
            text = self.text
            cues = []  # start, end, kind (yoy/other), strong
            years = None
            for m in _ALL_CUES.finditer(text):
                g = m.lastgroup
                if g == "other":
                    kind = "other"
                    ym = _YEAR_IN.search(m.group())
                    if ym and not m.group().lower().startswith("since"):
                        if years is None:
                            years = {int(y) for y in _YEAR_IN.findall(text)} | {self.report_year}
                        if int(ym.group(1)) + 1 in years:
                            # "2025 over 2024", "the same period of 2024", "a decline from 2023" in 2024: a year
                            # earlier ("since 2023" counts from a start instead)
                            kind = "yoy"
                    cues.append((m.start(), m.end(), kind, True))
                elif g == "annual":
                    cues.append((m.start(), m.end(), "other" if self.annualized else "yoy", True))
                else:
                    cues.append((m.start(), m.end(), "yoy", g == "yoy"))
                day = m.group().lower().endswith("day")
                if g == "other" and m.group()[:3].lower() in ("on ", "tod", "yes") and (
                        _REPORTED.search(text, max(0, m.start() - 80), m.start()) or
                        (day and _REPORTED_CLAUSE.search(text, max(0, m.start() - 160), m.start())) or
                        _REPORT_NOUN.search(text, max(0, m.start() - 20), m.start()) or
                        (day and _ACTION_AFTER.match(text, m.end()))):
                    cues.pop()  # "the bureau said on Friday", "its report on Monday", "the Fund on Tuesday cut ...": when it was done
                elif g == "other" and m.group()[:5].lower() == "since" and \
                        _SUPERLATIVE_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    cues.pop()  # "the slowest pace since 2009": a record, not the comparison base
            named = self._named_period_bases(text)
            if named:
                cues = sorted([c for c in cues if not any(n[0] < c[1] and c[0] < n[1] for n in named)] + named)
            self._cues = cues
        return self._cues

    def _named_period_bases(self, text: str) -> list[tuple[int, int, str, bool]]:
        """"Compared to the first quarter of 2022" in a text on 2023: the same quarter a year earlier (yoy), unless
        the sentence names another quarter for the figure ("in the first quarter of 2023 compared to the fourth
        quarter of 2022"); a named base with no year beside another part of the year ("in the first quarter compared
        to the fourth quarter") is the period before."""
        if not _NAMED_BASE_HINT.search(text):
            return []
        # "increased by 1.77% between March 2020 and April 2020", "from 107.0 in March to 107.9 in April": a change
        # from one part of the year to another is on that earlier part, unless both are the same part of two years
        out = [(m.start("k") if m.group("k") else m.start(), m.end(), "yoy" if " ".join(m.group("a").lower().split()) ==
                " ".join(m.group("b").lower().split()) else "other", True) for m in _BETWEEN_PARTS.finditer(text)]
        # (the verb "may" names no month)
        parts = [(m.start(), " ".join(m.group().lower().split())) for m in _PERIOD_PART.finditer(text) if m.group() != "may"]
        years = {int(y) for y in _YEAR_IN.findall(text)} | {self.report_year}
        # "contracted by 5.7 percent in the second quarter of 2020, compared to an expansion of 5.3 percent in the
        # second quarter of 2019": rates of the same part of two consecutive years are rates on a year earlier
        dated = [(m.start(), m.end(), " ".join(m.group("part").lower().split()), int(m.group("y")))
                 for m in _DATED_PART.finditer(text) if m.group("part") != "may"]
        for a, b, part, y in dated:
            if any(p == part and abs(y2 - y) == 1 for _a, _b, p, y2 in dated):
                out.append((a, b, "yoy", True))
        bases = [m for m in _NAMED_BASE.finditer(text) if m.group("part") != "may"]
        for m in bases:
            part = " ".join(m.group("part").lower().split())
            # another part of the year named for the figure (not as another base: "0.1% compared to July and 1.9%
            # compared to August 2022")
            # (only before the base: "rose 17.8% in October compared with October 2021, following a 13.2% increase
            # in September 2022" names September for the other figure)
            other_part = any(p != part and _same_kind(p, part) for at, p in parts
                             if at < m.start()
                             and not any(b.start() <= at < b.end() for b in bases)
                             and not _COMPARED_BEFORE.search(text, max(0, at - 24), at))
            if m.group("ly"):
                kind = "yoy"  # "compared with May of last year"
            elif m.group("y"):
                kind = "other" if other_part or int(m.group("y")) + 1 not in years else "yoy"
            elif other_part:
                kind = "other"
            else:
                continue
            out.append((m.start(), m.end(), kind, True))
        return out

    def kind(self, tok: Token, tok_positions: list[int]) -> str | None:
        """yoy / other / None, preferring the closest strong cue after the number, then before it."""
        def between(a: int, b: int) -> int:
            return bisect.bisect_left(tok_positions, b) - bisect.bisect_left(tok_positions, a)

        best = None
        w0 = max(0, tok.start - 250)
        lo = max(self.text.rfind(";", w0, tok.start) + 1, w0)
        w1 = min(len(self.text), tok.end + 250)
        hi = self.text.find(";", tok.end, w1)
        hi = w1 if hi < 0 else hi
        cues = self.cues
        if self._starts is None:
            self._starts = [c[0] for c in cues]
        # ("by 13.6% (46.9 thousand) from a year earlier": the bracket restates the number; the base after it is its)
        pm = _RESTATED_AFTER.match(self.text, tok.end)
        own_end = pm.end() if pm is not None else tok.end
        for ci in range(bisect.bisect_left(self._starts, lo), len(cues)):
            s, e, kind, strong = cues[ci]
            if s >= hi:
                break
            if (not strong and not (tok.end <= s <= tok.end + 1 and self.text.startswith(("annually", "yearly"), s))) \
                    or e > hi:
                continue  # (an adverb right after the number is its base: "increased by 1.3% annually")
            if s >= tok.end:
                nb = between(own_end if s >= own_end else tok.end, s)  # numbers between, the restating bracket's not
                if nb and V.POINTS_JUST_BEFORE.search(self.text, max(0, s - 25), s):
                    continue  # "2.4% this year, down 0.2 percentage points from July": the revision's base
                if _CONTRAST_AFTER.search(self.text, tok.end, s):
                    continue  # "down month-on-month by 5.8 Mt (-27%) but up year-on-year": the other change's base
                if nb and _SECOND_CHANGE.search(self.text, tok.end, s):
                    continue
                if nb and V.PERCENT_JUST_BEFORE.search(self.text, max(0, s - 14), s) and \
                        not _COORDINATED.fullmatch(self.text, tok.end, tok_positions[bisect.bisect_left(tok_positions,
                                                                                                      tok.end)]):
                    continue  # "up 2.4% in November for a 166% year-on-year": the base of the figure it follows
                j = bisect.bisect_left(tok_positions, e)
                if nb == 0 and j < len(tok_positions) and (
                        _CUE_INTRODUCES.fullmatch(self.text, e, tok_positions[j]) or
                        (_CHANGE_NOUN_CUE.search(self.text, s, e) and _TO_FIGURE.fullmatch(self.text, e, tok_positions[j]))):
                    continue  # "13.1% with a two-year average growth of 6.6%": the next figure's base
                # (an adverb ranks below a strong cue of the number's own clause: "compared to traditional processes,
                # cut emissions by 50% annually")
                rank = (2 if not strong else 0 if nb == 0 else 2, s - tok.end)
            elif e <= tok.start:
                # a cue before the number holds only within its clause ("... 4.2% year on year, while declining by
                # 6.29% ... month on month")
                # (a share restating the change just before it in brackets is that change's: "by 5.8 Mt (-27%)")
                restated = 1 if self.text[max(0, tok.start - 1):tok.start] == "(" else 0
                near = between(e, tok.start) <= restated and not _CONTRAST.search(self.text, e, tok.start) and \
                    not V.PERCENT_JUST_BEFORE.search(self.text, max(0, s - 14), s)
                rank = (1 if near else 3, tok.start - e)
            else:
                continue
            if best is None or rank < best[0]:
                best = (rank, kind)
        if best:
            return best[1]
        return None

    def weak_yoy(self) -> bool:
        return any(not strong for _s, _e, _k, strong in self.cues)


_CUR_NAMES = {w.lower(): c for w, c in V.CURRENCY_WORDS.items()}
_CUR_NAMES.update({w.lower(): c for w, c in (V.UNITS.get("currency_names") or {}).items()})
_QUOTED = re.compile(r"\b(?:the\s+)?(" + "|".join(sorted((re.escape(w) for w in _CUR_NAMES if w.isalpha()), key=len,
                                                         reverse=True))
                     + r")\b[^,;]{0,30}?\b(?:traded|trading|stood|was|closed|ended|finished|opened|hit|reached|rose|fell|"
                       r"weakened|strengthened|firmed|eased|slipped|climbed|gained|dropped|slid|jumped)\s+(?:\w+\s+){0,2}?(?:[^,;]{0,50}?\s)??(?:at|to)\s+"
                       r"(?:(?:about|around|nearly|over|above|below)\s+)?[^\s\d]*$", re.I)


def quoted_currency(text: str, tok: Token, clause_start: int) -> str | None:
    """"The euro traded at $1.1846": the currency whose price the amount is (EUR), or None."""
    m = _QUOTED.search(text, max(clause_start, tok.start - 60), tok.start)
    return _CUR_NAMES.get(m.group(1).lower()) if m else None
