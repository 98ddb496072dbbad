"""Turn a document into observations: find number tokens sentence by sentence, exclude those that
measure nothing, and read value, unit, measure, qualifier, region, domain and flags of the rest."""
from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from collections.abc import Callable
from datetime import date

from pipelines.extraction import measures as M
from pipelines.extraction import regions as R
from pipelines.extraction import segment
from pipelines.extraction import subjects as S
from pipelines.extraction import tables
from pipelines.extraction import vocab as V
from pipelines.extraction.exclusions import exclusion, is_year_like
from pipelines.extraction.model import ExcludedCandidate, Extraction, Observation
from pipelines.extraction.numbers import Token, candidate_starts, scan
from pipelines.extraction.periods import PeriodResolver
from pipelines.extraction.vocab import PERCENT_SIGN

_COORD_GAP = re.compile(r"^\s*(?:,|and|or|to|-|–|—|,\s*and|,\s*or|and\s+to)\s*$", re.I)
_ORDINAL_START = re.compile(r"^\s*(?:" + "|".join(sorted(V.ORDINAL_WORDS, key=len, reverse=True)) + r")(?=\s*,)",
                            re.I)
_CLAUSE_SPLIT = re.compile(r"[;:]")
_LOWER_WORDS = re.compile(r"[a-z]+")
_NEVER = re.compile(r"(?!x)x")
# target and forecast cues: single words by set look-up, phrases by a substring test and then a regex
_TARGET_1 = {c.lower() for c in V.TARGET_CUES if " " not in c}
_FORECAST_1 = {c.lower() for c in V.FORECAST_CUES if " " not in c}
_TARGET_PHRASES = [c.lower() for c in V.TARGET_CUES if " " in c]
_FORECAST_PHRASES = [c.lower() for c in V.FORECAST_CUES if " " in c]
_TARGET_N = V.alternation(_TARGET_PHRASES) if _TARGET_PHRASES else _NEVER
_FORECAST_N = V.alternation(_FORECAST_PHRASES) if _FORECAST_PHRASES else _NEVER


# cue words that are also month names ("may"): a cue only in lower case ("From January to May" forecasts nothing)
_MONTH_CUES = (_TARGET_1 | _FORECAST_1) & V.MONTHS


# what opens the object of a verb of forecasting ("projects growth of 3%", "projects that", "projects a 2% rise")
_WITH_OBJECT = {w: re.compile(rf"\b{re.escape(w)}\s+(?:that|a|an|the|its|their|growth|gdp|inflation|output|demand|"
                              rf"[$€£¥]?\d)\b") for w in V.VERB_ONLY_FORECAST_CUES}


# a result measured against forecasts ("well above the expected", "exceeding the estimates of international
# institutions", "beating forecasts"): the forecast words do not make the sentence a forecast
_AGAINST_FORECAST = re.compile(
    r"\b(?:than|above|below|beyond|exceed\w*|beat\w*|surpass\w*|outpac\w*|top(?:ped|ping|s)?|miss\w*|short\s+of)\s+"
    r"(?:the\s+|market\s+|analysts[’']?\s+|economists[’']?\s+|consensus\s+|its\s+|their\s+|most\s+|earlier\s+)*"
    r"(?:expected|expectations?|forecasts?|estimates?|projections?|predictions?|consensus)\b")


def _flags(st: str) -> tuple[bool, bool]:
    """(target, forecast) cues of a sentence: goal and plan words, projection words."""
    low = st.lower()
    if "expect" in low or "forecast" in low or "estimat" in low or "project" in low or "predict" in low:
        low = _AGAINST_FORECAST.sub(" ", low)
    ws = set(_LOWER_WORDS.findall(low))
    for w in ws & _MONTH_CUES:
        if w not in _LOWER_WORDS.findall(st):
            ws.discard(w)
    for w in ws & V.VERB_ONLY_FORECAST_CUES:
        if not _WITH_OBJECT[w].search(low):
            ws.discard(w)
    target = not ws.isdisjoint(_TARGET_1) or (any(p in low for p in _TARGET_PHRASES) and bool(_TARGET_N.search(st)))
    forecast = not ws.isdisjoint(_FORECAST_1) or (any(p in low for p in _FORECAST_PHRASES) and bool(_FORECAST_N.search(st)))
    return target, forecast


_ANAPHORA_RX = V.alternation(V.PLACE_ANAPHORA)
# a place after one of these is where something happens, or a partner, not the subject of the number
_LOCATIVE = {"against", "versus", "with", "between", "of", "in", "at", "across", "near", "from", "to", "within",
             "throughout", "around", "into", "inside", "outside", "via"}
_NAMED_WITH_OF = re.compile(r"\b(?:city|province|municipality|region|county|district|state|republic|kingdom|town|"
                            r"prefecture)\s+of\s+$", re.I)
_LIST_SEP = re.compile(r"^(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s*&\s*|\s*-\s*)(?:the\s+)?$")
_PREV_WORD = re.compile(r"([A-Za-z]+)\W*$")
_PERIOD_RX = V.Caseless(re.compile("|".join(f"(?:{rx.pattern})" for rx in V.PERIOD_CUES), re.I))
ONLY_LOCALITY_NAMES = 3
_WINDOW = 250  # characters around a number that its reading looks at; keeps long sentences linear
_PRONOUN_START = re.compile(r"\s*(?:(?:but|and|yet|still|so)\s+)?(?:that|this|it|its|they|those|these|their)\b", re.I)
_PAREN_CONV = re.compile(r"^\s*[(（]\s*\\?$")
_CONVERSION_OPEN = re.compile(r"\s*[(（]\s*(?:(?:about|around|roughly|approximately|nearly|some|or)\s+)?")


def _conversions_follow(st: str, toks: list[Token], reasons: list[str | None]) -> None:
    """An amount converted in brackets shares the fate of the amount it converts: "a turnover of at least 20 million
    yuan (about $2.95 million)" is a threshold in both currencies."""
    for i in range(1, len(toks)):
        a, b = toks[i - 1], toks[i]
        if reasons[i] is None and reasons[i - 1] is not None and a.currency and b.currency and \
                _CONVERSION_OPEN.fullmatch(st, a.end, b.start):
            reasons[i] = reasons[i - 1]


def _propagate_units(text: str, toks: list[Token]) -> None:
    """'3.3 and 3.5 percentage points', '22, 30 and 25 percent': bare numbers take the unit of the next."""
    for i in range(len(toks) - 2, -1, -1):
        t, nxt = toks[i], toks[i + 1]
        if t.kind not in ("num", "word") or t.unit or t.currency or t.has_scale or t.glued_suffix:
            continue
        if is_year_like(t):
            continue
        if not (nxt.unit or nxt.has_scale or nxt.currency):
            continue
        if nxt.kind == "multiple" and not nxt.unit_word:
            continue  # ("doubled" lends no unit; but "grew 7.9 and 2.7 times" are both multiples)
        if _COORD_GAP.match(text[t.end:nxt.start]):
            if nxt.kind == "multiple":
                t.kind = "multiple"
            t.unit, t.currency, t.factor = nxt.unit, nxt.currency, nxt.factor
            if nxt.has_scale and not t.has_scale:
                t.scale, t.has_scale = nxt.scale, True
            t.inherited_unit = True


# what may follow an amount whose unit is left out: punctuation or a function word, not the noun it counts
_NOTHING_COUNTED = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:and|in|for|from|to|up|down|while|with|on|at|by|as|than|"
                              r"compared|year|during|over)\b", re.I)


def _elliptic_currencies(sents: list[segment.Sentence], all_toks: list[list[Token]]) -> None:
    """"GDP of 6.87 trillion yuan, trailed by Jiangsu's 6.7 trillion": an amount with a scale word and nothing it
    counts after it is in the currency of the last amount of that scale, in its sentence or the one before."""
    last: dict[float, tuple[int, int, str]] = {}  # scale: (paragraph, sentence, currency)
    for k, (s, toks) in enumerate(zip(sents, all_toks)):
        for t in toks:
            if t.currency and t.has_scale and t.unit == t.currency:
                last[t.scale] = (s.para, k, t.currency)
            elif t.has_scale and t.kind in ("num", "word") and t.currency is None and t.unit is None:
                hit = last.get(t.scale)
                if hit is not None and hit[0] == s.para and k - hit[1] <= 1 and _NOTHING_COUNTED.match(s.text, t.end):
                    t.currency = t.unit = hit[2]


def _scan_all(text: str, sents: list[segment.Sentence], starts=None) -> list[list[Token]]:
    """Number tokens of every sentence; candidate positions are found once for the whole document."""
    digits, words = starts if starts is not None else candidate_starts(text)
    out = []
    for sent in sents:
        sd: list[int] = []
        sw: list[int] = []
        for r in sent.runs:
            lo, hi = r.doc_start, r.doc_start + (r.log_end - r.log_start)
            shift = r.log_start - r.doc_start
            i = bisect.bisect_left(digits, lo)
            while i < len(digits) and digits[i] < hi:
                sd.append(digits[i] + shift)
                i += 1
            i = bisect.bisect_left(words, lo)
            while i < len(words) and words[i] < hi:
                sw.append(words[i] + shift)
                i += 1
        out.append(scan(sent.text, (sd, sw)) if (sd or sw) else [])
    return out


def _doc_default(text_places: Callable[[], list[R.Mention]], mentions: list[list[R.Mention]], toks: list[list[Token]],
                 publisher: str | None) -> R.Place:
    """The country (or area, such as the euro area) the document is about: the one its sentences with figures name
    most, counting a province or city for its country; failing that, the one the whole text names most; failing that,
    the publisher's country (also where the text names only areas, as groups its country is compared with: "ahead of
    most advanced economies" in a budget of the Australian Government); failing that, the home of the currency it
    counts in, unless that is a currency of world trade; failing that, China (the corpus's home)."""
    c = _place_counts(mentions)
    if not c:
        c = _place_counts([text_places()])  # "Government of Canada", provinces named in sentences without figures
    if publisher and all(p.level == "supra" for p in c):
        # "U.S. Bureau of Economic Analysis", "Statistics Canada"
        c = Counter({p: n for p, n in _place_counts([R.find(publisher)]).items() if p.level != "supra"}) or c
    if c:
        return c.most_common(1)[0][0]
    cur = Counter(t.currency for ts in toks for t in ts if t.currency in R.CURRENCY_HOME and t.currency not in R.TRADE_CURRENCIES)
    if cur:
        return R.CURRENCY_HOME[cur.most_common(1)[0][0]]
    return R.CHINA


def _place_counts(mentions: list[list[R.Mention]]) -> Counter:
    c = Counter()
    for ms in mentions:
        for m in ms:
            home = R.country_of(m.place)
            if home is not None:
                # (a country named outright wins a tie with a body's name, which other countries' bodies may share:
                # Nigeria's statistics office is also a "National Bureau of Statistics")
                c[home] += 0.99 if m.by_institution else 1
            elif m.place.level == "supra" and m.place.name != "World":
                # an area like the euro area can be what a text is about, but a country named as often wins ("world"
                # and "global" are mostly adjectives)
                c[m.place] += 0.9
    return c


_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z'’./ -]{1,40}?,?\s*(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:,?\s*\d{4})?\s*)?(?:\([^)]{0,60}\)\s*)?(?:--|—|–|-)\s+")
_SECTION_NUMBER = re.compile(r"^\s*(?:[IVXivx]{1,5}|\d{1,2}|[A-Ha-h])[.)、]\s")
# an economy's own aggregate named before its place ("the GDP of Hunan", "the economy of Jiangsu")
_ECONOMY_OF = re.compile(r"\b(?:gdp\)?|economy|(?:economic|industrial)\s+output|population|domestic\s+product)\s+of\s+"
                         r"(?:the\s+)?$", re.I)
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|from|to|with|of|across|near|around|for)\s+(?:the\s+)?$", re.I)
_LINE_RX = re.compile(r"[^\n]+")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$", re.I)


def _home_currencies(toks: list[list[Token]], default: R.Place) -> set[int]:
    """In a text about Canada (Australia, Hong Kong ...) a bare "$" is that country's dollar; in one about Japan a
    bare "¥" is the yen; in one about South Africa "R24.54" is rand. Returns the sentences where letters glued to a
    number turned out to be its currency."""
    changed = set()
    for k, ts in enumerate(toks):
        for t in ts:
            if t.bare_symbol:
                home = R.HOME_SYMBOL[t.bare_symbol].get(default.code or "")
                if home is not None:
                    if t.unit == t.currency:
                        t.unit = home
                    t.currency = home
            elif t.glued_prefix in R.HOME_LETTER and R.HOME_LETTER[t.glued_prefix][0] == default.code and \
                    not t.currency and t.unit is None:
                t.currency = t.unit = R.HOME_LETTER[t.glued_prefix][1]
                t.start -= len(t.glued_prefix)
                t.glued_prefix = ""
                changed.add(k)
    return changed


def _has_words(line: str, k: int) -> bool:
    """Does the line hold k words with a letter? (Counted only that far: the first line may be a long paragraph.)"""
    n = 0
    for w in line.split():
        if any(ch.isalpha() for ch in w):
            n += 1
            if n >= k:
                return True
    return False


def _title_line(text: str) -> str | None:
    """The document's title: its first line of four or more words that is not a masthead, byline or dateline
    ("GLOBAL INDUSTRY WEEKLY | Issue 36", "By ...", "Beijing | July 18, 2025")."""
    for k, m in enumerate(_LINE_RX.finditer(text, 0, min(len(text), 3000))):
        line = m.group().strip()
        if k > 8:
            break
        if "|" in line or line.lower().startswith(("by ", "published", "source")) or line.upper() == line or \
                not _has_words(line, 4) or V.is_masthead(line):
            continue
        return None if line.endswith(".") else line  # a sentence: the text has no title
    return None


_PUB_TITLE = re.compile(r"^\W*(?:the\s+)?(?:\d{4}\s+)?" + V.alt_source(V.PUBLICATION_HEADS) + r"\b", re.I) \
    if V.PUBLICATION_HEADS else _NEVER
# (run over whole texts: vocab.Caseless matches it faster)
_AGENCY = V.Caseless(V.alternation(V.STATISTICS_AGENCIES) if V.STATISTICS_AGENCIES else _NEVER)
_AGENCY_LEVEL = re.compile(r"\s*(?:" + V.alt_source(V.AGENCY_LEVEL_WORDS) + r"\s+)?$", re.I) \
    if V.AGENCY_LEVEL_WORDS else re.compile(r"\s*$")
_AGENCY_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)


def _publication_place(line: str, ms: list[R.Mention]) -> R.Place | None:
    """The province or city a statistical publication's title is about ("Statistical Communiqué of X on ...")."""
    if not _PUB_TITLE.match(line):
        return None
    return next((m.place for m in ms if m.place.level in ("province", "city")), None)


def _agency_place(text: str) -> R.Place | None:
    """The province or city of the statistics agency a text cites ("Source: X Municipal Bureau of Statistics",
    "Statistics Bureau of X"), when it cites just one."""
    found: set[R.Place] = set()
    if "tatistic" not in text and "TATISTIC" not in text:  # every agency phrase names statistics
        return None
    for am in _AGENCY.finditer(text):
        lo = text.rfind("\n", 0, am.start()) + 1
        hi = text.find("\n", am.end())
        hi = len(text) if hi < 0 else hi
        line = text[lo:hi]
        a0, a1 = am.start() - lo, am.end() - lo
        for m in R.find(line):
            if m.place.level not in ("province", "city"):
                continue
            if (m.end <= a0 and _AGENCY_LEVEL.fullmatch(line, m.end, a0)) or \
                    (m.start >= a1 and _AGENCY_OF.fullmatch(line, a1, m.start)):
                found.add(m.place)
    return next(iter(found)) if len(found) == 1 else None


_INSTITUTION_AFTER = re.compile(r"(?:'s|’s)?\s+(?:" + V.alt_source(V.INSTITUTION_WORDS) + r")\b", re.I) \
    if V.INSTITUTION_WORDS else _NEVER


def _lead_mentions(st: str) -> list[R.Mention]:
    """Places of a lead sentence after its dateline ("HEFEI, Oct. 26 -- ..."), leaving out places that stand
    after a preposition (where something happened, or a partner) unless they name a body of their own ("the Work of
    the X Provincial Government")."""
    dm = _DATELINE.match(st[:120])
    lo = dm.end() if dm else 0
    return [m for m in R.find(st) if m.start >= lo and (not _LOCATIVE_BEFORE.search(st, max(0, m.start - 20), m.start)
                                                         or _INSTITUTION_AFTER.match(st, m.end))]


def _doc_places(text: str, sents: list[segment.Sentence], mentions: list[list[R.Mention]],
                toks: list[list[Token]], publisher: str | None,
                headline: str | None = None) -> tuple[R.Place, R.Place | None, bool, bool]:
    """(default, focus, company): the country the document reports on, the province or city it is about, if any,
    whether it is a company's report, and whether the focus is a statistical publication's or agency's place (then
    it holds for the whole text). The title decides (the text's own, else the `headline` a manifest gives); a
    statistics agency the text cites next; failing that, the first place the lead names as its subject (not a
    location)."""
    focus = None
    default = None
    found: list[list[R.Mention]] = []

    def text_places() -> list[R.Mention]:
        """The places of the whole text, searched once and only if asked."""
        if not found:
            found.append(R.find(text))
        return found[0]

    title = _title_line(text) or headline
    named = [m.place for m in _lead_mentions(title)] if title else []
    if not named and title:
        # a headline's place "in" comes with its indicator: "Inflation in France jumps to 5.2%"
        named = [m.place for m in R.find(title) if _IN_BEFORE.search(title, max(0, m.start - 8), m.start)][:1]
    pub = None
    if not named and title:  # "Statistical Communiqué of X on ...": the place after "of" is the subject
        pub = _publication_place(title, R.find(title))
    if pub is None and not named:
        pub = _agency_place(text)
    if pub is not None:
        named = [pub]
    titled = bool(named)
    lead = next((s for s in sents if not s.heading and len(s.text) > 80), None)
    lead_text = lead.text if lead is not None else ""
    if not named and lead_text:  # a lead names the province or city it reports on; its first country may be a partner
        named = [m.place for m in _lead_mentions(lead_text)[:1] if m.place.level in ("province", "city")]
    if not named and lead_text:
        home = R.based_in(lead_text)  # "the Munich-based maker of gearboxes"
        named = [home] if home is not None else []
    if not named and not any(m.place.level == "country" for m in _lead_mentions(lead_text)):
        named = _only_locality(text_places, mentions)
    if named:
        first = named[0]
        if first.level in ("province", "city"):
            focus = first
            default = R.CHINA if (first.code or "").startswith("CN") else None
        else:
            default = first
    return default or _doc_default(text_places, mentions, toks, publisher), focus, _company_doc(title or "", lead_text), titled


def _only_locality(text_places: Callable[[], list[R.Mention]], mentions: list[list[R.Mention]]) -> list[R.Place]:
    """The province or city a text keeps naming (ONLY_LOCALITY_NAMES times or more) when it names no other: what a
    provincial report that never says so in its lead is about."""
    near_figures = {m.place for ms in mentions for m in ms if m.place.level in ("province", "city")}
    if len(near_figures) > 1:
        return []  # (the whole text is searched only when the sentences with figures name one or none)
    named = Counter(m.place for m in text_places() if m.place.level in ("province", "city"))
    if len(named) == 1 and next(iter(named.values())) >= ONLY_LOCALITY_NAMES:
        return list(named)
    return []


_COMPANY = re.compile(r"\b((?:[A-Z][\w&.-]*\s+){1,4})(?:" + "|".join(re.escape(w) for w in V.DOMAINS.get("company_suffixes", []))
                      + r")(?![\w])")


_TITLE_NAME = re.compile(r"^\s*((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)(?:'s|’s)?\s+[a-z0-9]")
_COMPANY_NOUN = V.alt_source(V.DOMAINS.get("company_nouns") or ["company"])
_THE_COMPANY = re.compile(r"\b(?:the|its)\s+" + _COMPANY_NOUN + r"\b", re.I)


def _company_doc(title: str, lead: str) -> bool:
    """The title's subject is a company the lead names with its legal form ("Kessler Antriebstechnik AG, the
    Munich-based maker ..."), or introduces with what it is ("battery maker Norvik Cells reported ...", "Norvik
    Cells ..., the company said")."""
    m = _COMPANY.search(lead[:200])
    if m is not None:
        name = m.group(1).split()
        if name and title.split()[:1] == name[:1]:
            return True
    tm = _TITLE_NAME.match(title)
    if tm is None:
        return False
    name = tm.group(1)
    if R.find(name) or name.split()[0].lower() in {"the", "a", "an"}:
        return False  # a place's or an unnamed subject's figures
    rx = re.escape(name)
    if re.search(r"\b" + _COMPANY_NOUN + r"\s+" + rx + r"\b", lead[:300]):
        return True
    return bool(re.search(rx + r"\b", lead[:300])) and bool(_THE_COMPANY.search(lead))


def _roots(words: list[str]) -> dict[str, list[tuple[str, int]]]:
    """Each word under the shortest word of the list it holds, with its offset there ("carmaker": "maker", 3; "Inc.":
    "Inc", 0): one str.find of that root finds them all."""
    out: dict[str, list[tuple[str, int]]] = {}
    for w in sorted(words, key=len):
        root = next((r for r in out if r in w), w)
        out.setdefault(root, []).append((w, w.index(root)))
    return out


_SUFFIXES = _roots(list(V.DOMAINS.get("company_suffixes", [])))
_NOUNS = _roots(list(V.DOMAINS.get("company_nouns") or ["company"]))


def _literal_hits(text: str, roots: dict[str, list[tuple[str, int]]]) -> list[tuple[int, int]]:
    """Where the words (grouped by `_roots`) stand in the text as whole words (case as given): str.find, far cheaper
    than a regex alternation over a whole document."""
    out = []
    n = len(text)
    for root, group in roots.items():
        p = text.find(root)
        while p >= 0:
            for w, d in group:
                i, j = p - d, p - d + len(w)
                if i >= 0 and text.startswith(w, i) and (i == 0 or not text[i - 1].isalnum()) and \
                        (j >= n or not (text[j].isalnum() or text[j] == "_")):
                    out.append((i, j))
            p = text.find(root, p + 1)
    out.sort()
    return out


_NON_COMPANY = {w.lower() for w in V.DOMAINS.get("non_company_words") or []}
_NAME = r"((?:[A-Z][\w&-]*[ \t]+){0,3}[A-Z][\w&-]*)"
# "X, the country's largest automaker,", "X, the maker of Y,": the appositive's head noun describes a company
_APPOSITIVE = re.compile(r"(?<![\w])" + _NAME + r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}?" + _COMPANY_NOUN +
                         r"(?:\s+of\s+[^,;.]{1,40})?\s*[,;.)]")
_NOUN_NAME = re.compile(r"\b" + _COMPANY_NOUN + r"\s+" + _NAME)


def _company_names(text: str) -> set[str]:
    """Names the text shows to be companies: with a legal form ("Acme Corp", "Kessler Motor"), an appositive
    ("Norvik, the Danish battery maker,") or a describing noun ("battery maker Norvik Cells")."""
    names = set()
    found = []  # the patterns are tried only near a legal form or a describing noun (found by a literal-led scan)
    for ss, se in _literal_hits(text, _SUFFIXES):
        found += [(_COMPANY, m) for m in _COMPANY.finditer(text, max(0, ss - 120), se + 1)]
    for ns, ne in _literal_hits(text, _NOUNS):
        lo, hi = max(0, ns - 130), min(len(text), ne + 60)
        found += [(_APPOSITIVE, m) for m in _APPOSITIVE.finditer(text, lo, hi)]
        m = _NOUN_NAME.match(text, ns, hi)
        if m:
            found.append((_NOUN_NAME, m))
    for rx, m in found:
        name = m.group(1).strip()
        if rx is _COMPANY:
            name = re.split(r"\n|[.;:,]\s", m.group(0))[-1].strip()
        if not name or not name[0].isupper() or name.split()[0] in ("The", "A", "An", "This", "Its") or \
                any(p.end - p.start >= len(name) - 2 for p in R.find(name)):
            continue  # a place ("Germany, the biggest maker ..."), not a company
        if any(w.lower() in _NON_COMPANY for w in name.split()):
            continue  # "the Central Leading Group": a body, not a company
        names.add(name)
    return names


_ITS = re.compile(r"\b(?:its|the\s+company's|the\s+company’s)\b", re.I)
_FIRM_LOCATIVE = re.compile(r"\b(?:after|than|behind|ahead\s+of|like|including|such\s+as|with|against|from|over)\s+$",
                            re.I)


def _firm_subject(st: str, t: Token, clause_start: int, firm_rx: re.Pattern, firm_before: bool) -> bool:
    """The number is a named company's: the company stands before it in its clause, not as a comparison ("after
    Tesla"), or the clause says "its" right after a sentence about a company."""
    for m in firm_rx.finditer(st, clause_start, t.start):
        if not _FIRM_LOCATIVE.search(st, max(0, m.start() - 15), m.start()):
            return True
    return firm_before and bool(_ITS.search(st, 0, t.start))


_BALANCE = re.compile(r"\b(?:surplus|surpluses|deficit|deficits|balance)\b", re.I)
_FISCAL = re.compile(r"\b(?:budget|budgetary|fiscal|government|public\s+sector|borrowing)\b", re.I)


def _prep_before(text: str, m: R.Mention) -> str:
    pw = _PREV_WORD.search(text, max(0, m.start - 20), m.start)
    if pw is None:
        return ""
    w = pw.group(1).lower()
    if w == "the":
        pw2 = _PREV_WORD.search(text, max(0, pw.start() - 20), pw.start())
        w = pw2.group(1).lower() if pw2 else w
    return w


_RELATIONAL = {"against", "with", "between", "versus", "vs", "to", "from", "than", "per"}
_SUPERLATIVE = re.compile(r"(?:'s|’s)?\s+(?:\w+-)?(?:largest|biggest|second-largest|third-largest|fastest|"
                          r"fastest-growing|slowest|leading|top|highest|lowest|most|least|best|worst|first|only)\b", re.I)
_ECON_AFTER = re.compile(r"(?:'s)?\s+(?:economic\s+)?(?:growth|economy|gdp|output|trade|demand|inflation|population)\b",
                         re.I)
_OWNS_FLOW = re.compile(r"(?:'s|’s)?\s+(?:(?:total|goods|merchandise|foreign|overall|own)\s+)*"
                        r"(?:exports?|imports?|trade|shipments|purchases|sales)\b", re.I)
# words that make a foreign place a trading partner of the reporter: "trading partner", "bilateral trade", a share
# "of China's total exports", "trade with"
_TRADE_WORDS = re.compile(r"\b(?:trading|trade)\s+partners?\b|\bbilateral\s+(?:trade|exports|imports)\b|"
                          r"\b(?:trade|imports\s+and\s+exports|exports\s+and\s+imports)\s+with\b|"
                          r"\bof\s+(?:the\s+)?[\w'’]+\s+(?:total\s+)?(?:foreign\s+)?(?:trade|exports|imports)\b", re.I)
# a part of each of those phrases, for a substring test first (without "i" or "s": re.I matches them to "ı", "ſ")
_TRADE_PARTS = ("trad", "xport", "mport")
_IN_RIGHT_AFTER = re.compile(r"\s+(?:in|across)\s+(?:the\s+)?", re.I)
_IN_PLACE = {"in", "at", "across", "within", "throughout", "inside", "near", "around"}


# which level of place an anaphor refers to ("the city" is the last city named, "the region" the last province)
_ANAPHORA_LEVEL = {"city": "city", "municipality": "city", "capital": "city", "county": "city", "prefecture": "city",
                   "province": "province", "region": "province"}
_SKIP_BEFORE_PLACE = {"the", "north", "south", "east", "west", "central", "northeast", "northwest", "southeast",
                      "southwest", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
                      "southeastern", "southwestern"}
_ADVERB_AFTER = re.compile(r"\s*(?:[,.;:)]|$|(?:by|in|at|on|to|for|from|with|and|but|while|as)\b)")


def _is_locative(text: str, m: R.Mention) -> bool:
    if text[m.start:m.end] == "worldwide" and _ADVERB_AFTER.match(text, m.end):
        return True  # "1,200 of its jobs worldwide, mainly in Germany": where, not whose
    if _ECONOMY_OF.search(text, max(0, m.start - 40), m.start):
        return False  # "the GDP of Hunan": whose
    if _NAMED_WITH_OF.search(text, max(0, m.start - 30), m.start):
        return False  # "the city of Dongguan": the place itself
    pw = _PREV_WORD.search(text, max(0, m.start - 20), m.start)
    if pw is None:
        return False
    w = pw.group(1).lower()
    while w in _SKIP_BEFORE_PLACE:  # "in the", "of southwest China's Xizang", "capital of"
        pw2 = _PREV_WORD.search(text, max(0, pw.start() - 20), pw.start())
        if pw2 is None:
            break
        pw, w = pw2, pw2.group(1).lower()
    return w in _LOCATIVE


def _expand_list(text: str, ms: list[R.Mention], k: int) -> tuple[str, str | None, bool]:
    group = [ms[k]]
    j = k
    while j + 1 < len(ms) and _LIST_SEP.match(text[ms[j].end:ms[j + 1].start]) and \
            (ms[j + 1].place.level == ms[k].place.level or {ms[j + 1].place.level, ms[k].place.level} <= {"province", "city"}):
        j += 1
        if ms[j].place not in [g.place for g in group]:
            group.append(ms[j])
    places = [g.place for g in group]
    if len(places) == 1:
        return places[0].name, places[0].code, places[0].level in ("province", "city")
    if all(p.level == "country" for p in places):
        names = sorted(p.name for p in places)
    else:
        names = [p.name for p in places]
    return ", ".join(names), None, all(p.level in ("province", "city") for p in places)


def _abroad(p: R.Place) -> bool:
    """A place outside China (a country, or an area larger than one): its figures default to `macro`."""
    return p.level in ("country", "supra") and p != R.CHINA


class _Region:
    def __init__(self, default: R.Place) -> None:
        self.default = default
        self.topic: R.Place | None = None
        self.fixed: R.Place | None = None  # the place of a statistical publication: no headline resets it
        self.last_sub: R.Place | None = None
        self.para_last: tuple | None = None
        self.sent_last: tuple | None = None
        self.age = 99  # sentences since the last sub-national place was named
        self.last_of: dict[str, R.Place] = {}  # the last province and the last city named
        self.partner = False  # the last number picked was a trading partner's: the reporter's trade
        self.trade_ctx = False  # the sentence, or the one before it in its paragraph, is about trade
        self._ms: list | None = None
        self._ms_starts: list[int] = []

    def heading(self, ms: list[R.Mention], line: str = "") -> None:
        """A story's headline sets the place the story is about (none: national); a section heading ("Foreign
        trade", "IV. Domestic Trade") names a part of the same story and keeps it, unless it names a place."""
        if "|" in line or line.lower().startswith(("by ", "published", "source", "editor", "photo")) or \
                V.is_masthead(line):
            return  # a byline, masthead or dateline
        sub = next((m.place for m in ms if m.place.level in ("province", "city") and
                    not _LOCATIVE_BEFORE.search(line, max(0, m.start - 20), m.start) and
                    not line[:m.start].rstrip().endswith(",")), None)
        words = [w for w in line.split() if any(ch.isalpha() for ch in w)]
        if sub is None and (len(words) <= 4 or _SECTION_NUMBER.match(line) or ":" in line[:12]):
            return
        self.topic = sub if sub is not None else self.fixed

    def see(self, ms: list[R.Mention]) -> None:
        self.age += 1
        for m in ms:
            if m.place.level in ("province", "city"):
                self.last_sub = m.place
                self.last_of[m.place.level] = m.place
                self.age = 0

    def _partner(self, text: str, m: R.Mention) -> bool:
        """In a sentence about trade, a foreign place is the reporter's trading partner, unless it owns the flow
        ("Germany's exports", "U.S. imports")."""
        p = m.place
        if p.level in ("province", "city") or p == self.default:
            return False
        if (self.topic is None and self.default.code != "CN") and p.level == "country":
            return False  # a document about foreign economies: their own trade
        return not _OWNS_FLOW.match(text, m.end)

    def _starts(self, ms: list[R.Mention]) -> list[int]:
        if self._ms is not ms:
            self._ms, self._ms_starts = ms, [m.start for m in ms]
        return self._ms_starts

    @staticmethod
    def _weak(text: str, ms: list[R.Mention], i: int) -> bool:
        """A mention is weak (a location, not the subject) if it, or the head of the list it stands in, follows a
        locative preposition ("in Hebei and Guangdong", "of Guangdong, Jiangsu and Beijing")."""
        while i > 0 and (_LIST_SEP.match(text[ms[i - 1].end:ms[i].start]) and
                         (ms[i - 1].place.level == ms[i].place.level or
                          {ms[i - 1].place.level, ms[i].place.level} <= {"province", "city"}) or
                         _OWNS.fullmatch(text[ms[i - 1].end:ms[i].start]) and text[ms[i - 1].end:ms[i - 1].end + 1] in "'’"):
            i -= 1  # the head of a list, or the owner: "of southwest China's Xizang"
        return _is_locative(text, ms[i])

    def pick(self, text: str, ms: list[R.Mention], tok: Token) -> tuple[str, str | None, bool, bool]:
        """(name, code, subnational, foreign)."""
        lo = max(0, tok.start - _WINDOW)
        seg_start = max(text.rfind(";", lo, tok.start) + 1, lo)
        hi = min(len(text), tok.end + _WINDOW)
        seg_end = text.find(";", tok.end, hi)
        seg_end = hi if seg_end < 0 else seg_end
        first = bisect.bisect_left(self._starts(ms), seg_start)
        last = bisect.bisect_left(self._starts(ms), tok.start)
        cands = [i for i in range(first, last) if ms[i].end <= tok.start]
        pick = None
        for i in reversed(cands):  # the nearest place before the number that is not a location or partner
            if not self._weak(text, ms, i) and not _SUPERLATIVE.match(text, ms[i].end):
                pick = i
                # the head of a list ("Fujian, Anhui and Henan achieved ...")
                while pick > 0 and _LIST_SEP.match(text[ms[pick - 1].end:ms[pick].start]) and \
                        ms[pick - 1].place.level == ms[pick].place.level:
                    pick -= 1
                # "Southwest China's Sichuan province": the place owned by the first is the subject
                while pick + 1 < len(ms) and ms[pick + 1].end <= tok.start and \
                        _OWNS.fullmatch(text[ms[pick].end:ms[pick + 1].start]) and \
                        ms[pick + 1].place.level in ("province", "city"):
                    pick += 1
                break
        if pick is None:
            # "fell by 108 thousand in the EU and by 94 thousand in the euro area": the place right after the number
            i = bisect.bisect_left(self._starts(ms), tok.end)
            if i < len(ms) and _IN_RIGHT_AFTER.fullmatch(text, tok.end, ms[i].start):
                pick = i
        if pick is None:
            for i in reversed(cands):
                if "," not in text[ms[i].end:tok.start] and _prep_before(text, ms[i]) in _IN_PLACE:
                    pick = i
                    break
        if pick is None:
            for i in range(bisect.bisect_left(self._starts(ms), tok.end), len(ms)):
                m = ms[i]
                if m.start >= seg_end:
                    break
                if tok.end <= m.start < seg_end and not re.search(r"[,;]", text[tok.end:m.start]) and \
                        (m.place.level != "supra" or _ECON_AFTER.match(text, m.end)) and \
                        _prep_before(text, m) not in _RELATIONAL:
                    pick = i
                    break
        if pick is None and ms and ms[0].start < 12 and text[:ms[0].start].strip().lower() in ("in", "for", "across"):
            pick = 0
        self.partner = False
        if pick is not None and self.trade_ctx and self._partner(text, ms[pick]):
            self.partner = True
        if pick is not None and not self.partner:
            name, code, sub = _expand_list(text, ms, pick)
            place = ms[pick].place
            return name, code, sub, _abroad(place)
        if self.sent_last is not None:
            return self.sent_last  # a later number of the same sentence: "... was 52,000 yuan, up 4.5 percent"
        if self.para_last is not None and _PRONOUN_START.match(text):
            return self.para_last
        am = _ANAPHORA_RX.search(text, 0, min(tok.start, 60)) if self.last_sub is not None and self.age <= 3 else None
        if am and (am.start() < 25 or text.startswith(("'s", "’s"), am.end())):
            # "The city also attracted ...", "the province's output ...": the last place of that level
            p = self.last_of.get(_ANAPHORA_LEVEL.get(am.group().lower().split()[-1], ""), self.last_sub)
            return p.name, p.code, True, False
        if self.topic is not None:
            p = self.topic
            return p.name, p.code, True, False
        p = self.default  # also the reporter of a partner's trade ("the EU ranked second at ...")
        return p.name, p.code, False, _abroad(p)


_CHANGES = frozenset({"growth_yoy_pct", "growth_pct", "pp_change"})
_FX_UNIT = re.compile(r"[A-Z]{3}/[A-Z]{3}$")  # an exchange rate ("CNY/USD"), not a rate per thing ("bbl/d")
_CUR_NAME_ALT = V.alt_source(list((V.UNITS.get("currency_names") or {}).keys()) or ["dollar"])
_FX_AGAINST = re.compile(r"\s*(?:[^,;\d]{0,25}?\s)?against\s+(?:the\s+)?(?:U\.S\.\s+|US\s+)?"
                         + _CUR_NAME_ALT + r"\b", re.I)
_FX_HOLDER = re.compile(r"\b" + _CUR_NAME_ALT + r"\b", re.I)


def _fx_move(st: str, t: Token, clause_start: int) -> bool:
    """A currency's move against another ("sterling rose 0.4% against the dollar"): an exchange rate, `trade`."""
    return t.unit == "percent" and bool(_FX_AGAINST.match(st, t.end, min(len(st), t.end + 60))) and \
        bool(_FX_HOLDER.search(st, clause_start, t.start))


def st_head(sent: segment.Sentence) -> str:
    return sent.text


# Unicode's own hyphens ("the 2023‑24 Budget" with a non-breaking hyphen) read as the ASCII one; one character for
# one, so every offset holds
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def extract(text: str, published: date | None, publisher: str | None = None, title: str | None = None) -> Extraction:
    """The observations of a text and the numbers it set aside. `published` dates relative times ("last
    month"); `publisher` (a manifest's "U.S. Bureau of Economic Analysis") tells the country of a text that names
    none itself; `title` (a manifest's "Inflation rate drops to 9.9% for January 2021") may name the period a text
    that does not open with its headline reports on."""
    if "\u2010" not in text and "\u2011" not in text:  # (most texts: no copy)
        return _extract(text, published, publisher, title and title.translate(_HYPHENS))
    plain = text.translate(_HYPHENS)
    got = _extract(plain, published, publisher, title and title.translate(_HYPHENS))
    # quotes stay the text's own
    return Extraction(
        [dataclasses.replace(o, quote=text[o.char_start:o.char_end]) for o in got.observations],
        [dataclasses.replace(e, text=text[e.char_start:e.char_end]) for e in got.excluded],
    )


def _extract(text: str, published: date | None, publisher: str | None, title: str | None) -> Extraction:
    starts = candidate_starts(text)
    marks = sorted(starts[0] + starts[1])

    def wanted(lo: int, hi: int) -> bool:
        i = bisect.bisect_left(marks, lo)
        return i < len(marks) and marks[i] < hi

    sents = segment.sentences(text, wanted)
    all_toks = _scan_all(text, sents, starts)
    for s, toks in zip(sents, all_toks):
        if len(toks) > 1:
            _propagate_units(s.text, toks)
    _elliptic_currencies(sents, all_toks)
    all_reasons = [[exclusion(s.text, t, toks, i) for i, t in enumerate(toks)] for s, toks in zip(sents, all_toks)]
    all_mentions = [R.find(s.text) if (any(r is None for r in rs) or s.heading) else []
                    for s, rs in zip(sents, all_reasons)]
    default, focus, company_doc, fixed = _doc_places(text, sents, all_mentions, all_toks, publisher, title)
    resolver = PeriodResolver(text, published, (default.code or "").split("-")[0] or None, title)
    region = _Region(default)
    region.topic = focus
    region.fixed = focus if fixed else None
    if focus is not None:
        region.last_of[focus.level] = focus
    # a text about a country whose releases compare with the period before (the US, not India)
    home = region.default.code
    abroad = home is not None and not home.startswith("CN") and home.split("-")[0] not in R.YEAR_ON_YEAR_REPORTERS
    # a release on a month or quarter (not a company's quarterly results, compared with a year earlier)
    sub_annual_doc = resolver.doc_period is not None and resolver.doc_period.type in ("month", "quarter") and \
        not company_doc
    annual_doc = resolver.doc_period is not None and resolver.doc_period.type == "year"
    for k in _home_currencies(all_toks, region.default):
        all_reasons[k] = [exclusion(sents[k].text, t, all_toks[k], i) for i, t in enumerate(all_toks[k])]
    for s, toks, reasons in zip(sents, all_toks, all_reasons):
        _conversions_follow(s.text, toks, reasons)
    firms = set() if company_doc else _company_names(text)
    firm_rx = re.compile(r"(?<![\w])(?:" + "|".join(re.escape(f) for f in sorted(firms, key=len, reverse=True)) +
                         r")(?![\w])") if firms else None
    firm_before = False  # the last sentence of the paragraph with numbers was about one of these companies
    observations: list[Observation] = []
    excluded: list[ExcludedCandidate] = []
    last_para = -1
    para = _Para()
    earlier = _Para()  # every sentence before this one: the bases the text has stated so far
    para_pct: dict | None = None
    para_hint: str | None = None
    para_subject: str | None = None
    trade_before = False  # the last sentence with numbers of the paragraph named trading partners
    item_change: str | None = None  # what a list's lead-in ("... showed lower inflation rates:") names its items
    for sent, ms, toks, reasons in zip(sents, all_mentions, all_toks, all_reasons):
        if sent.heading:
            region.heading(ms, st_head(sent))
        if sent.para != last_para:
            if item_change and len(sent.text.split()) > _LIST_ITEM_WORDS:
                item_change = None  # prose again after the list
            last_para = sent.para
            para = _Para()
            para_pct = None
            para_hint = None
            para_subject = None
            trade_before = False
            firm_before = False
            region.para_last = None
        st = sent.text
        if st.rstrip().endswith(":"):
            item_change = M.lead_in_change(st)
        om = _ORDINAL_START.match(st) if "," in st else None  # ("First, ...": the pattern needs the comma)
        if om:
            ds, de = sent.doc_span(om.start() + (len(om.group()) - len(om.group().lstrip())), om.end())
            excluded.append(ExcludedCandidate(ds, de, text[ds:de], "list_numbering"))
        if not toks:
            region.see(ms)
            para.add(st)
            earlier.add(st)
            continue
        kept = [t for t, r in zip(toks, reasons) if r is None]
        for t, r in zip(toks, reasons):
            if r is not None:
                ds, de = sent.doc_span(t.start, t.end)
                excluded.append(ExcludedCandidate(ds, de, text[ds:de], r))
        if not kept:
            region.see(ms)
            para.add(st)
            earlier.add(st)
            continue
        cues = M.GrowthCues(st, resolver.ref.report_year, (home or "").split("-")[0] in R.ANNUALIZED_REPORTERS)
        has_period = _LazyPeriod(cues, para, abroad, sub_annual_doc, company_doc, earlier, annual_doc,
                                 _monthly_inflation_home(home, ms))
        low_st = st.lower()
        trade_here = any(p in low_st for p in _TRADE_PARTS) and bool(_TRADE_WORDS.search(st))
        region.trade_ctx = trade_here or (trade_before and not M.growth_subject(st))
        positions = [t.start for t in kept]
        places = {st[m.start:m.end].lower() for m in ms}
        target, forecast = _flags(st)
        firm_here = False
        dom_hint = S.sentence_domain_hint(st)
        if dom_hint is None and _PRONOUN_START.match(st):
            dom_hint = para_hint  # "This is equivalent to 6.7% of GDP": about what the last sentence was about
        para_hint = dom_hint
        prev_reading: dict | None = None
        prev_subject: str | None = None
        prev_tok: Token | None = None
        prev_pct_end = 0
        region.sent_last = None
        clause_ends = [m.end() for m in _CLAUSE_SPLIT.finditer(st)]
        dl = _DATELINE.match(st[:120]) if st[:1].isupper() and ("--" in st[:120] or "—" in st[:120]) else None
        if dl is not None:
            clause_ends.insert(0, dl.end())  # "BEIJING, July 13 (Xinhua) -- ...": the dateline is not a subject
        norm_st = " ".join(st.split())
        resp = _respectively_groups(st, kept) if "respectively" in st else {}
        # a list after a colon in the sentence itself ("Annual increments were higher in these groups: beverages at
        # 19.3 percent; housing at 0.8 percent")
        colon = st.find(":")
        inline_change = M.lead_in_change(st[:colon]) if item_change is None and 0 < colon < len(st.rstrip()) - 1 \
            else None
        for t in kept:
            ci = bisect.bisect_right(clause_ends, t.start)
            clause_start = max(clause_ends[ci - 1] if ci else 0, t.start - _WINDOW)  # bounded: stays linear
            rd = _read(st, t, clause_start, cues, positions, has_period, prev_reading, prev_tok, prev_pct_end, para_pct,
                       item_change or (inline_change if t.start > colon else None))
            # "decreased by 3.1% (9.6 thousand)": the change again, in the thing's own units (the next figure still
            # follows the rate: "... and by 13.6% (46.9 thousand) from a year earlier")
            restated = prev_reading is not None and prev_reading["measure"].startswith("growth") and \
                rd["measure"] == "level" and bool(_BRACKET_OPEN.fullmatch(st, prev_tok.end, t.start))
            if restated and prev_reading["value"] < 0 < rd["value"]:
                rd["value"] = -rd["value"]
            if rd["unit"] in ("percent", "index") and t.kind == "num":
                prev_pct_end = t.end
                if rd["measure"] != "multiple":
                    para_pct = rd
            # a converted amount in brackets shares the qualifier of the amount it converts
            if prev_tok is not None and t.currency and prev_tok.currency and _PAREN_CONV.match(st[prev_tok.end:t.start]):
                rd["qualifier"] = prev_reading["qualifier"] if prev_reading else rd["qualifier"]
                rd["measure"] = prev_reading["measure"] if prev_reading else rd["measure"]
            subj = S.subject(st, t.start, t.end, clause_start, rd["unit"], places, None, after_only=True)
            if not subj:
                if prev_subject and prev_tok is not None and (_CONTINUES.match(st, prev_tok.end, t.start) or
                                                              _COORD_ONLY.fullmatch(st, prev_tok.end, t.start)):
                    subj = prev_subject  # ", up 5.7 percent", "(about 901 billion dollars)", "22%, 30% and 25%"
                else:
                    subj = S.subject(st, t.start, t.end, clause_start, rd["unit"], places, prev_subject,
                                     skip_after=True)
            listed = subj if t.start in resp else None  # the whole list's subject, for the next number
            subj = _refine_subject(subj, prev_subject or para_subject, resp.get(t.start))
            if rd["unit"] == "percent":
                subj = S.share_subject(st, t.start, t.end, subj)
            elif rd["unit"] == "count":
                subj = S.units_subject(st, t.start, t.unit_word, prev_subject) or subj
            subj = S.resolve_definite_kind(subj, st)
            name, code, sub, foreign = region.pick(st, ms, t)
            if t.start in resp:
                own = _respective_place(st, ms, kept, t, resp[t.start])
                if own is not None:
                    name, code, sub, foreign = own.name, own.code, own.level in ("province", "city"), _abroad(own)
            region.para_last = region.sent_last = (name, code, sub, foreign)
            if company_doc or (firm_rx is not None and _firm_subject(st, t, clause_start, firm_rx, firm_before)):
                dom = "other"  # a company's report: its own figures; a named company's figures
                firm_here = True
            elif _FX_UNIT.match(rd["unit"]) or (region.partner and not sub) or _fx_move(st, t, clause_start) or \
                    (prev_reading is not None and _FX_UNIT.match(prev_reading["unit"]) and subj == prev_subject):
                dom = "trade"  # an exchange rate, and its change ("the euro traded at $1.18, up 4%")
            else:
                dom = S.domain(subj, st, sub, foreign, dom_hint, _own_clause(st, t, clause_start, clause_ends))
                if dom == "industry" and "rowth" in st and _economy_growth(_own_clause(st, t, clause_start, clause_ends)):
                    dom = "macro"  # the growth of a country's economy
                if dom not in ("trade", "regional", "other") and _BALANCE.search(subj or "") and \
                        not _FISCAL.search(st) and S.trade_words(st):
                    dom = "trade"  # "the monthly surplus widened to ...", among exports and imports: trade's
            ds, de = sent.doc_span(t.start, t.end)
            # a rate ("the unemployment rate fell to 4.2 per cent") is a reading over a period, like a change
            over_period = rd["measure"] in _CHANGES or (
                rd["measure"] == "ratio_pct" and bool(_RATE_NOUN.search(subj or "")))
            period = resolver.resolve(sent.start, sent.end, ds, de, change=over_period, survey=rd["measure"] == "index")
            observations.append(Observation(
                char_start=ds, char_end=de, quote=text[ds:de], sentence=norm_st, subject=subj,
                measure=rd["measure"], value=rd["value"], unit=rd["unit"], qualifier=rd["qualifier"],
                period=period, region=name, region_code=code, domain=dom,
                is_target=target and not forecast, is_forecast=forecast))
            if not restated:
                prev_reading, prev_tok = rd, t
            prev_subject = listed or subj or prev_subject
            para_subject = subj or para_subject
        region.see(ms)
        para.add(st)
        earlier.add(st)
        trade_before = trade_here
        firm_before = firm_here
    observations.sort(key=lambda o: o.char_start)
    observations = tables.apply(text, observations, excluded)
    excluded.sort(key=lambda e: e.char_start)
    return Extraction(observations, excluded)


# (a month naming a forecast or report, "the June forecast", dates that, not the figure)
_SUB_ANNUAL = re.compile(V.alt_source(V.MONTHS) + r"(?!\s+" + V.alt_source(V.CUES["report_nouns"]) + r")|\b(?:(?:last|this|the|previous|prior|preceding)\s+month|"
                         r"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|previous|prior|preceding|the)\s+quarter|q[1-4]|monthly|"
                         r"quarterly)\b", re.I)
# (not a base: "are up 4.1% over the last year", "from last year")
_ANNUAL = re.compile(r"\b(?<!over\s)(?<!over\sthe\s)(?<!from\s)(?:(?:last|this|the\s+whole|the\s+full|the\s+past)\s+year|(?:19|20)\d\d\s+as\s+a\s+whole|"
                     r"for\s+(?:19|20)\d\d|in\s+(?:19|20)\d\d(?!\s*(?:q[1-4]|\w+\s+quarter)))\b", re.I)
# months added up from the start of the year are compared with the same months a year earlier
_CUMULATIVE_SPAN = re.compile(r"\bfirst\s+\w+\s+months\b|\byear[\s-]to[\s-]date\b|\bjanuary\s*(?:-|–|to|through)\s*[a-z]+",
                              re.I)
# (these three are run on whole sentences: vocab.Caseless matches them faster)
_OTHER_STRONG_RX = V.Caseless(re.compile("|".join(f"(?:{rx.pattern})" for rx in V.PREVIOUS_PERIOD_CUES) or r"(?!x)x",
                                         re.I))
_YOY_STRONG_RX = V.Caseless(re.compile("|".join(f"(?:{rx.pattern})" for rx in V.YOY_CUES), re.I))
_YEAR_EARLIER_RX = V.Caseless(re.compile("|".join(f"(?:{rx.pattern})" for rx in V.YEAR_EARLIER_PHRASES), re.I))


class _Para:
    """Sentences seen so far (of the current paragraph, or of the whole text), with their period and comparison-base
    cues checked at most once each (so a long paragraph stays linear). Asked only while its last sentence is being
    read."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self._p = self._y = self._o = self._c = 0  # how many texts have been checked
        self._n_yoy = 0  # texts with a year-earlier base among the first self._c
        self._any_p = self._any_y = self._any_o = False

    def add(self, text: str) -> None:
        self.texts.append(text)

    def period(self, upto: int) -> bool:
        while not self._any_p and self._p < upto:
            self._any_p = bool(_PERIOD_RX.search(self.texts[self._p]))
            self._p += 1
        return self._any_p

    def other(self, upto: int) -> bool:
        """An earlier sentence names another base (quarter on quarter, month on month) and none a year earlier."""
        while self._o < upto:
            if _OTHER_STRONG_RX.search(self.texts[self._o]):
                self._any_o = True
            self._o += 1
        return self._any_o and not self.yoy(upto)

    def yoy_only(self, upto: int) -> bool:
        """Two or more of the texts name a year-earlier base, and none another base."""
        if self.other(upto) or self._any_o:
            return False
        while self._n_yoy < 2 and self._c < upto:  # (counted once per text, so a long document stays linear)
            t = self.texts[self._c]
            self._n_yoy += bool(_YOY_STRONG_RX.search(t) or _YEAR_EARLIER_RX.search(t))
            self._c += 1
        return self._n_yoy >= 2

    def sub_annual(self, upto: int) -> bool:
        """The paragraph's earlier sentences name a month or quarter, and none a year."""
        texts = self.texts[:upto]
        return any(_SUB_ANNUAL.search(t) for t in texts) and not any(_ANNUAL.search(t) for t in texts)

    def yoy(self, upto: int) -> bool:
        while not self._any_y and self._y < upto:
            self._any_y = bool(_YOY_STRONG_RX.search(self.texts[self._y]))
            self._y += 1
        return self._any_y


class _LazyPeriod:
    """Whether the sentence or an earlier one of its paragraph names a period; computed only when asked."""

    def __init__(self, cues: M.GrowthCues, para: _Para, abroad: bool = False, sub_annual_doc: bool = False,
                 company_doc: bool = False, earlier: _Para | None = None, annual_doc: bool = False,
                 monthly_inflation: bool = False) -> None:
        self.cues, self.para, self.upto, self.abroad = cues, para, len(para.texts), abroad
        self.monthly_inflation = monthly_inflation  # the country headlines inflation on the month before
        self.sub_annual_doc, self.company_doc, self.annual_doc = sub_annual_doc, company_doc, annual_doc
        self.earlier = earlier if earlier is not None else _Para()
        self.earlier_upto = len(self.earlier.texts)

    def sub_annual_abroad(self) -> bool:
        """A document about a country other than China reporting a monthly or quarterly figure: the sentence names a
        month or quarter, or the document reports on one and the sentence names no year."""
        text = self.cues.text
        if not self.abroad or _ANNUAL.search(text):
            return False
        if not self.monthly_inflation and (self.earlier.yoy_only(self.earlier_upto) or self.para_yoy()):
            # the text has stated its changes on a year earlier, and none on the period before; or the paragraph
            # has ("exports grew 11.4% year on year ... Meanwhile, imports increased by 6%"); not where prices are
            # headlined on the month before, and a yearly rate is stated besides
            return False
        if _SUB_ANNUAL.search(text) or (self.sub_annual_doc and not _CUMULATIVE_SPAN.search(text)):
            return True
        # "Excluding food and energy, prices increased 2.6 percent" after a sentence on the quarter
        # (a company's quarterly results are compared with a year earlier)
        return not self.company_doc and not self.cues.period and self.para.sub_annual(self.upto)

    def annual_abroad(self) -> bool:
        """A document about a year of a country other than China, the sentence naming no part of one: the period
        before is the year before."""
        return self.abroad and self.annual_doc and not _SUB_ANNUAL.search(self.cues.text)

    def __bool__(self) -> bool:
        return self.cues.period or self.para.period(self.upto)

    def para_other(self) -> bool:
        return self.para.other(self.upto)

    def para_yoy(self) -> bool:
        """An earlier sentence of the paragraph says the changes are year on year."""
        return self.para.yoy(self.upto)


def _own_clause(st: str, t: Token, clause_start: int, clause_ends: list[int]) -> str:
    """The words of the number's clause: from its start to the next clause mark after the number."""
    ci = bisect.bisect_right(clause_ends, t.end)
    end = min(clause_ends[ci] if ci < len(clause_ends) else len(st), t.end + _WINDOW)
    cut = _CLAUSE_CUT_AFTER.search(st, t.end, end)
    return st[clause_start:cut.start() if cut else end]


_CLAUSE_CUT_AFTER = re.compile(r",\s+(?:and|while|whereas|but|with|which)\b|\s+while\s+")


def _growth_kind(st: str, t: Token, clause_start: int, cues: M.GrowthCues, positions: list[int], has_period,
                 level_follows: bool) -> str:
    """growth_yoy_pct or growth_pct: the comparison base the words name, else the reporting convention."""
    k = cues.kind(t, positions)
    if k == "other":
        return "growth_pct"
    if k == "yoy":
        return "growth_yoy_pct"
    subj = st[clause_start:t.start]
    if _INFLATION_WORD.search(subj) and not _ADJUSTED_FOR.search(subj):
        # inflation is the change of prices over a year, monthly inflation over a month
        return "growth_pct" if _monthly_inflation(subj, has_period) else "growth_yoy_pct"
    if getattr(has_period, "para_other", lambda: False)():
        return "growth_pct"  # "... on the quarter. Germany contracted 10.1%": the paragraph's base
    if getattr(has_period, "sub_annual_abroad", lambda: False)() and not _FIRM_OR_PRODUCT.search(subj):
        # outside China, monthly and quarterly indicators are reported on the previous month or quarter
        return "growth_pct"
    if M.economy_subject(subj) or _economy_growth(subj) or getattr(has_period, "annual_abroad", lambda: False)():
        return "growth_yoy_pct"
    if M.head_is_quality(subj) and not _GROWTH_RATE.search(subj):
        # rates, intensities, productivity: the base is the earlier level, not a year (a growth rate is the growth)
        return "growth_pct"
    if cues.weak_yoy() or (hasattr(has_period, "para_yoy") and has_period.para_yoy()):
        return "growth_yoy_pct"
    if M.flow_subject(subj) or level_follows or has_period:
        return "growth_yoy_pct"
    # no base named: China's statistical releases compare with the same period a year earlier; elsewhere
    # (monthly prices, share prices) the convention is the previous period
    if getattr(has_period, "abroad", False) or M.index_cue(subj):
        return "growth_pct"  # market indices move on the previous close
    return "growth_yoy_pct"


# "the growth forecast for China", "growth in the euro area", "Japan's growth": the growth of an economy
_PLACE_GROWTH = re.compile(
    r"\b[Gg]rowth(?:\s+(?:forecasts?|outlook|projections?|rates?|estimates?))?\s+(?:for|in|of)\s+(?:the\s+)?"
    r"(?P<after>[\w.-]+(?:\s+[\w.-]+){0,2})|(?P<before>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?:'s|’s)\s+"
    r"(?:economic\s+)?growth\b")


def _economy_growth(clause: str) -> bool:
    if "rowth" not in clause:
        return False  # (a substring test first: most clauses name no growth)
    for m in _PLACE_GROWTH.finditer(clause):
        if any(x.place.level in ("country", "supra") for x in R.find(m.group("after") or m.group("before"))):
            return True
    return False


# (also a statistics office's "quarterly variation rate", "annual rate of change")
_GROWTH_RATE = re.compile(r"\b(?:growth|increase|expansion|variation|change|inflation)\s+rates?\b|\brates?\s+of\s+(?:growth|increase|"
                          r"expansion|change|variation)\b|\b(?:quarterly|monthly)\s+rates?\b", re.I)
_PP_WORDS = re.compile(r"\bpercentage\s+points?\b", re.I)
_PERCENT_NUMBER = re.compile(rf"\d\s*{PERCENT_SIGN}", re.I)
_RATE_WORDS = re.compile(r"\b(?:growth|rates?|inflation|yields?|unemployment)\b", re.I)


def _points_of_a_rate(st: str, t: Token) -> bool:
    """"Growth is projected at 1 percent, 0.3 points lower than in June": points between rates are percentage points
    (an index's points stay points: "the PMI rose 1.2 points")."""
    return not M.index_cue(st[:t.end]) and bool(_PERCENT_NUMBER.search(st) or _RATE_WORDS.search(st))


# a company's or a product's sales are compared with a year earlier, also abroad ("its quarterly deliveries fell
# 2.3%", "a 12% jump in electric vehicle sales")
_FIRM_OR_PRODUCT = re.compile(r"(?:" + V.alt_source(V.DOMAINS.get("industry_products") or ["steel"]) + r"|\b"
                              + _COMPANY_NOUN + r"\b|\b(?:deliveries|shipments)\b|[A-Z][a-z]+\s+Motors?\b)", re.I)
# ("was 9 percent lower." closes its clause: a change on an unstated base)
_COMPARATIVE_AFTER = re.compile(r"\s+(higher|lower|more|fewer|less|greater|smaller|above|below|cheaper|dearer|stronger|"
                                r"weaker)(?:(?<=more|ewer|less)(?=\s+[a-z])"  # ("51% more soybeans", "32% fewer cars")
                                r"|\s+(?:than\b|compared\s+(?:with|to)\b|(?:its|the|their|a)\s+(?:[\w-]+\s+|\([\w-]+\)\s+){0,3}?"
                                r"(?:level|levels|year|month|quarter|peak|average)\b"
                                # ("3.1% below the record $451.1 billion": a change on that amount)
                                r"|(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}?(?:US\$|\$|€|£|¥|RMB)?\d"
                                r"|where\s+(?:it|they)\s+(?:was|were|stood))"  # ("0.8% below where it was in 2019")
                                r"|(?=\s*(?:[.;)]|,\s+(?:and|while)\b|$)))",
                                re.I)
# "registering 1.3% in July 2023 compared to ": the figure a change is compared with comes next
_COMPARED_FIGURE = re.compile(r"(?:[^\d;]|(?<!\d)(?:19|20)\d\d(?!\d))*\b(?:compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:an?\s+|the\s+)?$", re.I)
_RATE_NOUN = re.compile(r"\brates?\b|\bratio\b", re.I)
_LIST_ITEM_WORDS = 20  # a longer paragraph after a list is prose, no longer one of its items
# after a figure that is the whole predicate (not "80% of which", "10% taxes on imports")
_CLAUSE_GOES_ON = re.compile(r"\s*(?:$|[,.;:)\]—–-]|(?:in|for|on|from|this|last|next|year|and|or|while|whereas|but|"
                             r"compared|than|by|to|over|with|as|after|during|amid|since|respectively)\b)", re.I)
_FORECAST_NOUN = re.compile(r"\b(?:forecast|forecasts|projection|projections|outlook|estimate)\b", re.I)
# a clause whose subject is a growth rate ("Growth in the region's economies is projected at 3.7%")
_GROWTH_HEAD = re.compile(r"\W*(?:(?:the|its|their|economic|annual|real|gdp|global|overall)\s+)*growth\b", re.I)
_ANNUALIZED_RATE = re.compile(r"\b(?:annuali[sz]ed|annual)\s+(?:rate|pace|clip|speed)\s+of\s+(?:about\s+|around\s+)?$", re.I)
_OUT_OF = re.compile(r"\s+out\s+of\s+(?:every|each)\s+(\d+|[a-z]+)\b", re.I)  # a rate; "91 out of 97" is a count
# ("Spain's output dropped 18.5%, France's 13.8%", "..., while that of services 1.2%")
_ELLIPSIS = re.compile(r"\s*(?:[^,;.]{0,40}?)?(?:,\s*(?:and\s+|while\s+)?|\s+and\s+)(?:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|’s)|"
                       r"(?:that|those)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+(?:by\s+)?")  # ("..., that of capital goods by 3.6%")


def _monthly_inflation_home(home: str | None, mentions: list[R.Mention]) -> bool:
    """The text is about a country that headlines inflation on the month before, and the sentence names no other."""
    if (home or "").split("-")[0] not in R.MONTHLY_INFLATION_REPORTERS:
        return False
    countries = (R.country_of(m.place) for m in mentions)
    return all(c is None or c.code in R.MONTHLY_INFLATION_REPORTERS for c in countries)


def _monthly_inflation(words: str, has_period) -> bool:
    """Inflation on the month before: said so ("monthly inflation"), or the country's headline convention (unless
    the words say "annual inflation")."""
    return bool(_MONTHLY.search(words)) or (getattr(has_period, "monthly_inflation", False) and
                                            not _ANNUAL_INFLATION.search(words))


_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_NAMED_IN_BRACKETS = re.compile(r"\b[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+)*\s*\(\s*$")
_RATIO_OF_BEFORE = re.compile(r"\bratio\s+of\b[^,;%\d]{3,120}?\b(?:was|were|is|stood\s+at|narrowed\s+to|fell\s+to|"
                              r"dropped\s+to|to|at)\s+(?:under\s+|below\s+|about\s+|around\s+)?$", re.I)
_REVISED = re.compile(r"\b(?:revised|revises|revise|upgraded|downgraded)\b", re.I)
_POINTS_COMPARED = re.compile(r"\s*(?:higher|lower|more|less|above|below|faster|slower|high|low)\s+(?:than|over|above|"
                              r"below)\s+(?:that\s+of\s+)?(?:the\s+)?[^,;%\d]{0,50}?\b(?:of|at)\s+$", re.I)
_ANNUAL_INFLATION = re.compile(r"\b(?:annual|yearly|year-on-year|12-month)\s+(?:inflation|rate)\b", re.I)
# ("income adjusted for inflation", "inflation-adjusted wages" measure something else)
_INFLATION_WORD = re.compile(r"\binflation\b(?![\s-]+adjusted)", re.I)
_ADJUSTED_FOR = re.compile(r"\badjusted\s+for\s+(?:[\w-]+,?\s+){0,3}?inflation\b", re.I)
_MONTHLY = re.compile(r"\b(?:monthly|month-on-month|month\s+on\s+month)\b", re.I)
_PRONOUN_SUBJ = re.compile(r"\b(?:it|its|that|this)\b", re.I)


_PT_NOUN = re.compile(r"\s*(?:[a-z-]+\s+(?:and\s+[a-z-]+\s+)?){0,3}?(?:" + "|".join(
    re.escape(n) for n in sorted(V.PERSON_TIME_NOUNS, key=len, reverse=True)) + r")\b", re.I)


def _person_time_after(st: str, end: int) -> bool:
    """A count of visits ("141.6 million domestic and overseas tourist arrivals"): counted in person-times."""
    m = _PT_NOUN.match(st, end, min(len(st), end + 60))
    return m is not None and not re.search(r"\b(?:of|in|at|for|with|by|from)\b", m.group(), re.I)


_READING_AT = re.compile(r"\b(?:to|at|from)\s+$")
_PRONOUN_END = re.compile(r"(?:^|\s)(?:it|they|this|that|these|those|which|(?:the\s+)?(?:figures?|readings?))$")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_HEAD_OF = re.compile(r"^(.*?\bof\s+)(.+)$")
_FLOW_OF = re.compile(r"^(?:the\s+)?(?:" + "|".join(re.escape(w) for w in V.FLOW_NOUNS if " " not in w) + r")\s+(of\s+.+)$")
_BARE_FLOW = {w for w in V.FLOW_NOUNS if " " not in w}


def _respectively_groups(st: str, kept: list[Token]) -> dict[int, tuple[int, int]]:
    """Numbers of a "respectively" list: start -> (position in the list, length of the list)."""
    out: dict[int, tuple[int, int]] = {}
    i = 0
    while i < len(kept):
        j = i
        while j + 1 < len(kept) and kept[j + 1].unit == kept[i].unit and \
                _COORD_ONLY.fullmatch(st, kept[j].end, kept[j + 1].start):
            j += 1
        tail = st[kept[j].end:kept[j + 1].start if j + 1 < len(kept) else kept[j].end + 100][:100]
        if j > i and "respectively" in tail.split(";")[0]:
            for k in range(i, j + 1):
                out[kept[k].start] = (k - i, j - i + 1)
        i = j + 1
    return out


def _respective_place(st: str, ms: list[R.Mention], kept: list[Token], t: Token,
                      slot: tuple[int, int]) -> R.Place | None:
    """"The growth rates of Weifang, Dongying and Jining were 40.8%, 33.5% and 27.5%, respectively": the k-th number
    of the list is the k-th place's, when the places before the numbers form a list of the same length."""
    k, n = slot
    i = kept.index(t)
    if i < k:
        return None
    before = [m for m in ms if m.end <= kept[i - k].start]
    run = before[-1:]
    for m in reversed(before[:-1]):
        if not _LIST_SEP.match(st[m.end:run[0].start]):
            break
        run.insert(0, m)
    if len(run) != n or _prep_before(st, run[0]) in _RELATIONAL:
        return None  # ("trade with ASEAN, the EU and the US": partners of the reporter, whose figures they are)
    return run[k].place


def _refine_subject(subj: str, prev: str | None, resp: tuple[int, int] | None) -> str:
    """A pronoun stands for the previous subject ("in the second quarter it increased"); a "respectively" list
    gives each number its own item ("the value added of X and Y grew 9.2% and 9.4%, respectively")."""
    if _PRONOUN_END.search(subj) and prev:
        subj = prev
    if resp is not None and " and " in subj:
        k, n = resp
        m = _HEAD_OF.match(subj)
        head, rest = (m.group(1), m.group(2)) if m else ("", subj)
        items = [x for x in _ITEM_SPLIT.split(rest) if x]
        if len(items) == n:
            return head + items[k]
    if subj in _BARE_FLOW and prev:
        fm = _FLOW_OF.match(prev)
        if fm:  # "production of NEVs reached ..., while sales hit ...": sales of NEVs
            return subj + " " + fm.group(1)
    return subj


def _small_number(w: str) -> float | None:
    if w.isdigit():
        return float(w)
    return float(V.NUMBER_WORDS[w.lower()]) if w.lower() in V.NUMBER_WORDS else None


_DOWN_VERB_BEFORE = re.compile(r"\b(?:fell|fall|falls|dropped|drops|declined|declines|decreased|decreases|slid|"
                               r"slipped|lost|loses|shed|sank|tumbled|plunged|slumped|down)\s+(?:(?:by|just|only|about|"
                               r"nearly|some|around|over|more\s+than|almost)\s+)*$", re.I)
_OWNS = re.compile(r"(?:'s|’s)?\s+(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest|"
                   r"northern|southern|eastern|western)\s+)?", re.I)
_CONTINUES = re.compile(
    r"[^,;()]{0,40}?(?:\(\s*(?:(?:about|around|nearly|roughly|some|approximately|equivalent\s+to)\s+)*|"
    r",\s*(?:(?:or|an?|the)\s+)*(?:(?:about|around|nearly|roughly|some|approximately)\s+)*"
    r"(?:(?:up|down|rising|falling|growing|increasing|decreasing|declining|accounting\s+for|making\s+up|representing|"
    r"an\s+increase\s+of|a\s+decrease\s+of|a\s+rise\s+of|a\s+drop\s+of|a\s+decline\s+of|increase\s+of|"
    r"decrease\s+of|rise\s+of|drop\s+of|decline\s+of)\s+(?:by\s+)?|or\s+|"
    r"(?:exceeding|beating|missing|surpassing|topping|above|below|against|compared\s+with|versus|after|following)\b"
    r"[^,;()\d]{0,40}?\s)"
    r"(?:(?:more\s+than|over|nearly|about|almost|some|around)\s+)?)(?:US\$|\$|€|£|¥|RMB)?\s?$"
    # ("rose 36.2% compared to 2022, to 90.3 million tons": the level the change reached, past its base)
    r"|\s+(?:year[\s-]*on[\s-]*year\s+)?(?:(?:compared\s+(?:to|with)|from|over|versus)\s+[\w\s-]{1,30}?,?\s+)?"
    r"to\s+(?:a\s+)?(?:(?:more\s+than|over|nearly|about|almost|some|around)\s+)?"
    r"(?:US\$|\$|€|£|¥|RMB)?\s?$", re.I)
_COORD_ONLY = re.compile(r"\s*(?:,|;)?\s*(?:and|or|as\s+well\s+as)?\s*(?:a|an)?\s*$", re.I)
_LEVEL_AFTER = re.compile(r"\s*(?:year[\s-]*on[\s-]*year\s+|yoy\s+)?to\s+(?:(?:a|an|about|nearly|over|more\s+than|"
                          r"some|around|approximately|almost|roughly)\s+)*(?:US\$|\$|RMB|€|£|¥)?\s?\d", re.I)


def _read(st: str, t: Token, clause_start: int, cues: M.GrowthCues, positions: list[int], has_period: bool,
          prev: dict | None, prev_tok: Token | None, prev_pct_end: int = 0, para_pct: dict | None = None,
          item_change: str | None = None) -> dict:
    """How the number reads. `item_change`: the change a list's lead-in names for its items (M.lead_in_change)."""
    q = M.qualifier(st, t)
    clause = st[clause_start:t.start]
    value = t.value
    if t.kind == "multiple":
        return {"measure": "multiple", "unit": "times", "value": t.number, "qualifier": q}
    if t.kind == "fraction":
        if re.match(r"\s+as\b", st[t.end:t.end + 5]):
            return {"measure": "multiple", "unit": "times", "value": t.number, "qualifier": q}
        return {"measure": "ratio_pct", "unit": "percent", "value": round(t.number * 100, 2), "qualifier": q}
    if t.kind == "digit_growth":
        kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
        return {"measure": kind, "unit": "percent", "value": t.number, "qualifier": "gt"}
    om = _OUT_OF.match(st, t.end)
    if om and t.unit is None and t.currency is None and not t.has_scale:
        den = _small_number(om.group(1))
        if den and den > t.number > 0:  # "five out of every eight subscribers"
            return {"measure": "ratio_pct", "unit": "percent", "value": round(t.number / den * 100, 2),
                    "qualifier": q}
    marker, direction = M.trend_before(st, t, clause_start)
    # an elliptical list of changes: "fell 11.9% on the quarter and 14.4% year on year", "Spain's output dropped
    # 18.5%, France's 13.8% and Italy's 12.4%"
    if t.unit == "percent" and prev is not None and prev_tok is not None and \
            prev.get("measure", "").startswith("growth") and prev_tok.end >= clause_start and \
            (marker == "coord" or _ELLIPSIS.fullmatch(st, prev_tok.end, t.start)) and \
            not any(w in V.TREND_UP or w in V.TREND_DOWN for w in M.words(st[prev_tok.end:t.start])):
        kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False) \
            if cues.kind(t, positions) else prev["measure"]
        if not M.share_of_after(st, t):
            return {"measure": kind, "unit": "percent", "value": -value if prev["value"] < 0 else value,
                    "qualifier": q}
    coord = marker == "coord" and prev is not None and prev_tok is not None and prev.get("unit") == t.unit and \
        bool(_COORD_ONLY.match(st[prev_tok.end:t.start]))
    if coord and q == "eq" and prev.get("qualifier") != "eq" and prev_tok is not None and \
            _COORD_ONLY.match(st[prev_tok.end:t.start]) and "respectively" in st[t.end:t.end + 40]:
        q = prev["qualifier"]  # "about 39.5% and 48.4%, respectively"
    if t.unit == "pp" or (t.unit == "points" and _points_of_a_rate(st, t)):
        if coord:
            sign = -1 if prev["value"] < 0 else 1
        else:
            # ("0.3 percentage points lower than", "the 0.1 percentage point drop in the jobless rate")
            after_down = M.lower_than_after(st, t) or M.faster_decline(st, t, clause_start) or \
                M.trend_after(st, t) == "down"
            sign = -1 if (direction == "down" and marker == "trend") or after_down else 1
            if marker == "trend" and M.decline_narrows(st[max(0, t.start - 120):t.start]):
                sign = 1  # "the decline narrowed by 17.1 percentage points": the rate rose
        return {"measure": "pp_change", "unit": "pp", "value": sign * value, "qualifier": q}
    if t.unit == "points" and marker != "trend" and not M.trend_after(st, t) and M.index_cue(st[clause_start:t.start]):
        # "the consumer price index rose to 169.6 points", "notched 169.6 points": the index's reading (a move,
        # "rose 1.2 points", stays in points)
        return {"measure": "index", "unit": "index", "value": value, "qualifier": q}
    if t.unit == "percent":
        if prev is not None and prev_tok is not None and prev.get("measure") == "index" and prev_tok.unit == "percent" \
                and prev_tok.end >= clause_start - 2 and marker == "trend":
            # "the PMI was 51.5%, an increase of 0.5% from the previous month": an index read in per cent moves in
            # points
            return {"measure": "pp_change", "unit": "pp", "value": -value if direction == "down" else value,
                    "qualifier": q}
        if prev is not None and prev_tok is not None and prev.get("measure") == "pp_change" and para_pct is not None \
                and para_pct["measure"].startswith("growth") and _POINTS_COMPARED.match(st, prev_tok.end, t.start):
            # "grew 66.2%, 61.1 percentage points higher than the national average rate of 5.1%": the rate compared
            return {"measure": para_pct["measure"], "unit": "percent", "value": value, "qualifier": q}
        if prev is not None and prev_tok is not None and prev.get("measure", "").startswith("growth") and \
                prev_tok.end >= clause_start and _COMPARED_FIGURE.match(st, prev_tok.end, t.start):
            # "registering 1.3% in July compared to 1.5% during the same month last year": the same reading, then
            # (its own sign if it names one: "compared to the 3.9 per cent fall seen in November")
            down = M.trend_after(st, t) == "down" and not t.signed
            return {"measure": prev["measure"], "unit": "percent", "value": -value if down else value, "qualifier": q}
        if M.share_of_after(st, t) and (coord or marker == "coord") and not M.trend_after(st, t):
            return {"measure": "ratio_pct", "unit": "percent", "value": value, "qualifier": q}  # ", or 12.9% of the total"
        if coord and prev["measure"] in ("growth_yoy_pct", "growth_pct", "ratio_pct", "index"):
            sign = -1 if prev["value"] < 0 else 1
            measure = prev["measure"]
            if measure.startswith("growth"):
                measure = _growth_kind(st, t, clause_start, cues, positions, has_period, False) \
                    if cues.kind(t, positions) else measure
            return {"measure": measure, "unit": "percent", "value": sign * value, "qualifier": q}
        if marker == "coord" and prev is not None and prev_tok is not None and prev.get("dir") and \
                re.fullmatch(r"\s*,?\s*or\s*", st[prev_tok.end:t.start]):
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            return {"measure": kind, "unit": "percent", "value": -value if prev["dir"] == "down" else value,
                    "qualifier": q}
        if t.signed and not M.share_of_after(st, t) and not M.ratio_cue(clause) and marker != "trend":
            # "Ireland (+3.6%) recorded the highest increase", "industry (-1.6%)": a written sign makes a change
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
        if M.ratio_immediate(st, t) and not _GROWTH_RATE.search(st, max(0, t.start - 30), t.start) and \
                not (marker == "trend" and _ANNUALIZED_RATE.search(st, max(0, t.start - 40), t.start)):
            return {"measure": "index" if M.index_cue(clause) else "ratio_pct", "unit": "percent" if not M.index_cue(clause) else "index", "value": value, "qualifier": q}
        if marker in ("from", "to"):
            after = M.trend_after(st, t)
            if after:  # "narrowing from a 6.7% contraction", "slowing from 9.8 percent growth"
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
                return {"measure": kind, "unit": "percent", "value": -value if after == "down" else value,
                        "qualifier": q}
            change = M.change_noun_subject(clause)  # "the decline in energy prices narrowed from 3.8% to 1.7%"
            signed = -value if change == "down" else value
            if prev is not None and prev_tok is not None and prev.get("measure", "").startswith("growth") and \
                    prev_tok.end >= clause_start and not M.share_of_after(st, t):
                # "rose 3.2% from a year earlier, up from 3.0% in June": the earlier rate of the same change (but
                # "brought the annual rise to 101.5%" names the base of the figure it reached)
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False) \
                    if marker == "to" and cues.kind(t, positions) else prev["measure"]
                return {"measure": kind, "unit": "percent", "value": signed, "qualifier": q}
            if change:
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
                return {"measure": kind, "unit": "percent", "value": signed, "qualifier": q}
            if (M.growth_subject(clause) or M.inflation_subject(clause)) and not M.share_of_after(st, t):
                # (but "the digital economy's proportion rose to 45 percent of GDP" reached a share)
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
                return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
            if item_change and not M.ratio_cue(clause):
                return {"measure": item_change, "unit": "percent", "value": value, "qualifier": q}
            if prev is not None and marker == "to" and prev_tok is not None and prev.get("unit") == "percent" and \
                    re.search(r"\bfrom\b", st[max(clause_start, prev_tok.start - 15):prev_tok.start]):
                return {"measure": prev["measure"], "unit": prev["unit"], "value": value, "qualifier": q}
            if M.index_cue(clause):
                return {"measure": "index", "unit": "index", "value": value, "qualifier": q}
            if not M.ratio_cue(clause) and para_pct is not None and _PRONOUN_START.match(st) and \
                    not M.share_of_after(st, t):  # ("These figures amounted to 65.2% of those of 2019": shares)
                return {"measure": para_pct["measure"], "unit": para_pct["unit"], "value": value, "qualifier": q}
            if _REVISED.search(clause) and M.flow_subject(clause) and not M.ratio_cue(clause) and \
                    not M.share_of_after(st, t):
                # "Gross capital formation was revised upwards to 12.6% from 12.2%": a flow's rate is its growth
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
                return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
            if not M.ratio_cue(_PP_WORDS.sub(" ", clause)) and _FORECAST_NOUN.search(clause) and (
                    (para_pct is not None and para_pct["measure"].startswith("growth")) or
                    (prev is not None and prev.get("measure", "").startswith("growth"))):
                # "Italy's forecast was cut to 0.6%" among growth forecasts: the forecast growth rate
                kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
                return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
            return {"measure": "ratio_pct", "unit": "percent", "value": value, "qualifier": q}
        after = M.trend_after(st, t)
        if marker == "trend" or after:
            d = direction if marker == "trend" else after
            level_follows = bool(_LEVEL_AFTER.match(st, t.end))
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, level_follows)
            # (a sign written with the number is the writer's own: "contracted by -6.10 per cent" is -6.1)
            down = d == "down" and not t.signed
            return {"measure": kind, "unit": "percent", "value": -value if down else value, "qualifier": q}
        cm = _COMPARATIVE_AFTER.match(st, t.end)
        if cm and (not M.ratio_cue(clause) or cm.group().rstrip().endswith(("level", "levels"))):
            # "18% lower than a year earlier", "2.1% above its pre-pandemic level": a change on that base (also when
            # the subject is a "level of": "the level of GDP is 0.4% below its pre-pandemic level")
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            down = cm.group(1).lower() in ("lower", "less", "fewer", "below", "smaller", "cheaper", "weaker")
            return {"measure": kind, "unit": "percent", "value": -value if down else value, "qualifier": q}
        if M.inflation_subject(clause) and not M.share_of_after(st, t):
            # inflation is the change of prices on a year earlier ("inflation hit 3.4%"); monthly inflation is the
            # change on the month before
            # (a country's monthly convention yields to a year-on-year base the words name)
            monthly = bool(_MONTHLY.search(clause)) or (_monthly_inflation(clause, has_period) and
                                                        cues.kind(t, positions) != "yoy")
            return {"measure": "growth_pct" if monthly else "growth_yoy_pct", "unit": "percent", "value": value,
                    "qualifier": q}
        if M.share_of_after(st, t):
            return {"measure": "ratio_pct", "unit": "percent", "value": value, "qualifier": q}
        if M.index_cue(clause):
            return {"measure": "index", "unit": "index", "value": value, "qualifier": q}
        if _GROWTH_RATE.search(clause):
            # "the growth rate of Weifang and Jining was 40.8% and 27.5%": a rate of growth is a growth
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
        if M.ratio_cue(clause):
            return {"measure": "ratio_pct", "unit": "percent", "value": value, "qualifier": q}
        # no cue of its own: a growth word earlier in the clause, or the reading of the previous percentage
        back = st[max(clause_start, prev_pct_end, t.start - 45):t.start]
        head = st[max(clause_start, prev_pct_end):t.start]
        if M.growth_subject(back) or (_GROWTH_HEAD.match(head) and not M.ratio_cue(head)) or any(w in V.TREND_UP or w in V.TREND_DOWN for w in M.words(back)):
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
        if prev is not None and prev.get("unit") == "percent":
            return {"measure": prev["measure"], "unit": "percent", "value": value, "qualifier": q}
        if para_pct is not None and prev is None and _PRONOUN_START.match(st):
            return {"measure": para_pct["measure"], "unit": para_pct["unit"], "value": value, "qualifier": q}
        if item_change and not M.ratio_cue(clause):
            # "Clothing and footwear, 4.7 percent from 4.8 percent;" under "... showed lower inflation rates:"
            return {"measure": item_change, "unit": "percent", "value": value, "qualifier": q}
        if M.flow_subject(head) and not M.head_is_quality(head) and _CLAUSE_GOES_ON.match(st, t.end):
            # "retail sales will come in at 6 percent": a flow is no percentage, its change is
            kind = _growth_kind(st, t, clause_start, cues, positions, has_period, False)
            return {"measure": kind, "unit": "percent", "value": value, "qualifier": q}
        if _NAMED_IN_BRACKETS.search(st, max(0, t.start - 40), t.start) and M.inflation_subject(st):
            # "Malta (2.6 percent) and Portugal (2.8 percent) were the only countries with an inflation rate below 3
            # percent": each place's inflation
            monthly = _monthly_inflation(st, has_period)
            return {"measure": "growth_pct" if monthly else "growth_yoy_pct", "unit": "percent", "value": value,
                    "qualifier": q}
        return {"measure": "ratio_pct", "unit": "percent", "value": value, "qualifier": q}
    # levels
    unit = t.unit
    if unit is None and not t.currency and not t.has_scale and _RATIO_OF_BEFORE.search(st, clause_start, t.start):
        # "the ratio of per capita disposable income of urban and rural residents was 2.52": a multiple
        return {"measure": "multiple", "unit": "times", "value": value, "qualifier": q}
    if unit is None and marker in ("from", "to") and prev is not None and prev_tok is not None and \
            prev_tok.unit is None and prev.get("measure") in ("index", "level") and prev.get("unit") != "count":
        # "the PMI came in at 50.1, down from 50.3": the second level is read like the first
        return {"measure": prev["measure"], "unit": prev["unit"], "value": value, "qualifier": q}
    if t.currency and not t.has_scale:
        base = M.quoted_currency(st, t, clause_start)
        if base and base != t.currency:
            return {"measure": "level", "unit": f"{t.currency}/{base}", "value": value, "qualifier": q}
    if unit is None:
        fx = M.exchange_rate(st, t)
        if fx:
            unit = fx
        elif M.index_cue(st[max(clause_start, t.start - 60):t.start]) and (
                not t.is_int or t.has_comma or _READING_AT.search(st, max(0, t.start - 8), t.start)):
            # (a whole number too where it is the reading: "the PMI firmed up to 52 in March")
            return {"measure": "index", "unit": "index", "value": value, "qualifier": q}
        elif not t.is_int and not t.has_comma and 0 < value < 200 and (
                M.index_cue(st[max(0, t.start - 200):t.start]) or
                (para_pct is not None and para_pct.get("measure") == "index" and _PRONOUN_SUBJ.search(st, 0, t.start))):
            # "The non-manufacturing PMI, which measures ..., came in at 54.7"; "... expect it to rise to 50.1"
            return {"measure": "index", "unit": "index", "value": value, "qualifier": q}
        else:
            unit = "count"
            if _person_time_after(st, t.end):
                unit = "person-time"
    sign = 1
    if M.lower_than_after(st, t) and re.match(r"^\s*\w+\s+than\b", st[t.end:t.end + 30]):
        sign = -1
    elif marker == "trend" and direction == "down" and (
            re.search(r"\bby\s+(?:\w+\s+)?$", st[max(0, t.start - 30):t.start]) or _DOWN_VERB_BEFORE.search(
                st, max(0, t.start - 30), t.start)):
        sign = -1  # "fell $2.10", "decreased by 300 units"; but "a reduction of 130 tons" stays positive
    elif marker == "coord" and prev is not None and prev.get("dir") == "down" and prev.get("unit") == unit and \
            prev["value"] < 0:
        sign = -1  # "decreased by 108 thousand in the EU and by 94 thousand in the euro area"
    return {"measure": "level", "unit": unit, "value": sign * value, "qualifier": q,
            "dir": direction if marker == "trend" else None}
