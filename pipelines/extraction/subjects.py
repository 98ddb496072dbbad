"""The measured thing of a number, as a short lower-case noun phrase, and the domain it belongs to."""
from __future__ import annotations

import re
from functools import lru_cache

from pipelines.extraction import regions as R
from pipelines.extraction import vocab as V

_TOKEN = re.compile(r"\d+[A-Za-z][A-Za-z0-9'’&+./-]*|[A-Za-z][A-Za-z0-9'’&+./-]*|\d+(?:[.,]\d+)*%?|[;:,()\"“”]")
_ASIDE = re.compile(r"\s[–—]\s[^–—]{1,80}?\s[–—]\s")
_WRAPPERS = re.compile(r"^(?:the\s+)?(?:scale|number|total\s+number|volume|amount|size|a\s+total|total)\s+of\s+", re.I)
_VERBS = (V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN | {
    "accounted", "accounting", "accounts", "account", "contributed", "contributing", "contributes", "has", "have",
    "had", "saw", "see", "sees", "posted", "posting", "maintained", "kept", "remained", "represented",
    "representing", "covered", "covering", "penetrated", "supported", "released", "launched", "developed",
    "cultivated", "established", "built", "installed", "served", "fostered", "organized", "provided", "included",
    "selected", "designated", "identified", "published", "issued", "formed", "created", "delivered", "sold",
    "said", "says", "shows", "show", "showed", "offers", "offered", "requires", "required", "drove", "driving",
    "generated", "facilitated", "secured", "raised", "registered", "processed", "refreshed", "unlinked",
    "trained", "employing", "forming", "set", "sets", "setting", "achieving", "achieved", "welcomed", "focused", "completed", "reported",
    "reporting", "reports", "leaving", "left", "leave", "logged", "notched", "booked", "marked", "saw", "raked"}) - {
    "up", "down", "growth", "increase", "increases", "rise", "rises", "gain", "gains", "cut", "cuts", "more",
    "higher", "lower", "improvement", "improvements", "reduction", "reductions", "decline", "expansion", "savings",
    "saving", "contraction", "total", "record", "top", "advance", "drop", "fall", "jump", "surge", "add",
    "increment", "upgrade", "rebound", "boost"}
_STOP_AFTER = {"in", "on", "at", "by", "for", "from", "to", "with", "during", "since", "over", "across", "and", "or",
               "as", "than", "which", "that", "who", "respectively", "each", "per", "this", "last", "year", "were",
               "was", "is", "are", "have", "has", "had", "will", "would", "be", "been", "being", "up", "down", "rising",
               "compared", "nationwide", "globally", "worldwide", "such", "including", "like", "among", "out", "through", "via", "under"} | _VERBS
_LEAD_DROP = {"the", "a", "an", "its", "their", "our", "this", "these", "those", "that", "china's", "all",
              "the province's", "province's", "city's", "region's", "country's", "nation's", "county's",
              "which", "of", "and", "while", "with", "meanwhile", "also", "further", "specifically", "among", "them",
              "in", "terms", "overall", "currently", "cumulatively", "additionally", "moreover", "besides", "now",
              "already", "still"}
_LEAD_VERBS = {"saw", "sees", "see", "posted", "recorded", "registered", "reported", "logged", "booked", "had", "has",
               "have"}  # "... Region, saw its GDP reach": the clause's verb, not part of the subject
_UNIT_WORDS = {"percent", "%", "yuan", "dollars", "tons", "tonnes", "units", "points", "billion", "million",
               "trillion", "thousand", "year", "yoy", "respectively"}
_CHANGE_NOUNS = {"growth", "increase", "rise", "decline", "drop", "fall", "gain", "expansion", "contraction",
                 "reduction", "improvement", "surge", "jump", "cut", "increment", "rebound", "upgrade", "savings"}
_MODALS = {"will", "would", "to", "may", "might", "can", "could", "should", "shall", "must", "did", "does", "do"}
_AMBIGUOUS = (V.TREND_UP | V.TREND_DOWN) - set()
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
_ANY_VERB = V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN | {"expected", "projected", "forecast", "set", "likely"}
_MID_DROP = {"to", "by", "of", "for", "at", "from", "than", "more", "less", "over", "about", "around", "nearly",
             "some", "almost", "up", "down", "in", "on", "with", "as", "the", "a", "an", "and", "or", "just", "only",
             "approximately", "roughly", "exceeding", "above", "below", "under", "least", "most", "no"}
_CLAUSE_MARK = {",", ";", ":", "\"", "“", "”", "that", "said", "while", "whereas", "where", "when",
                "which", "as"}
# the sets skipped around a verb, built once (not per loop step)
_TAIL_DROP = _LEAD_DROP | {",", ";"}
_BEFORE_VERB = _VERBS | {"to", "not", "also", "further", "basically", "steadily", "significantly", "expected",
                         "projected", "will", "would", "may", "could", "can", "be"}  # auxiliaries and qualifiers
_AUX_BEFORE = _VERBS | {"not", "also", "further", "will", "would", "may", "can"}
_PERIOD_WORDS = re.compile(
    r"\b(?:in|during|for|by|as\s+of|from|since)\s+(?:the\s+)?(?:first|second|third|fourth|last|past|whole|end\s+of|"
    r"same\s+period\s+of|year\s+of)?\s*(?:half|quarter|year|month|months|period|(?:19|20)\d\d|q[1-4]|h[12]|"
    r"fy\s*['’]?\d\d|fiscal|financial\s+year|" + V.alt_source(V.MONTHS) + r")\b[^,;]*?(?=,|$)",
    re.I)

_OTHER_RX = V.alternation(V.DOMAINS["other"])
_TRADE_RX = V.alternation(V.DOMAINS["trade"])
_MACRO_RX = V.alternation(V.DOMAINS["macro"])


_ADJECTIVE = re.compile(r"^[a-z][a-z-]*(?:ed|ive|al|ic|ous|que|ary|ent|ant|ful|ized|ised)$")  # lower case: not "January"


def _is_number(w: str) -> bool:
    """A number token; labels with digits ("5G", "5G+industrial") are words of a name."""
    return w[:1].isdigit() and not re.match(r"\d+[A-Za-z]", w)


_SPACE_BEFORE_MARK = re.compile(r"\s+([,;:)])")


def _clean(words: list[str], places: set[str]) -> str:
    out = [w for w in words if w.lower() not in places and w.lower().removesuffix("'s").removesuffix("’s") not in places]
    if not [w for w in out if w.lower() not in _LEAD_DROP and w not in ",;"]:
        out = list(words)  # only a place: "the EU accounted for 12.6%" is the EU's share
    while out and (out[0].lower() in _LEAD_DROP or out[0].lower() in _LEAD_VERBS or
                   (out[0].lower() in _VERBS and out[0].lower().endswith("ing"))):
        out.pop(0)
    while out and out[-1].lower() in _TAIL_DROP:
        out.pop()
    phrase = " ".join(out[-14:])
    if any(c in phrase for c in ",;:)"):
        phrase = _SPACE_BEFORE_MARK.sub(r"\1", phrase)
    phrase = phrase.replace("( ", "(")
    phrase = _WRAPPERS.sub("", phrase.lower().strip(" ,;:.\"“”"))
    return phrase


def subject(text: str, start: int, end: int, clause_start: int, unit: str | None, places: set[str],
            prev: str | None, after_only: bool = False, skip_after: bool = False) -> str:
    """Noun phrase of what the number at [start, end) measures. `skip_after`: the caller found no noun after the
    number already (an `after_only` call), so only the words before it are read."""
    # counts: the noun after the number ("61 new high-tech enterprises")
    if unit in (None, "count", "person-time") and not skip_after:
        after = _TOKEN.findall(text[end:end + 120])
        if len(after) >= 3 and [w.lower() for w in after[:2]] in (["out", "of"], ["of", "the"]) and after[2][:1].isdigit():
            after = after[3:]  # "91 out of 97 major categories"
        if len(after) >= 2 and after[0].lower().endswith("ed") and after[1].lower() == "as":
            after = after[2:]  # "3,200 classified as "model" enterprises"
        phrase = []
        for k, w in enumerate(after):
            wl = w.lower()
            nxt = after[k + 1] if k + 1 < len(after) else ""
            if wl == "and" and phrase and nxt and not _is_number(nxt) and nxt.lower() not in _STOP_AFTER:
                phrase.append(w)  # "small and medium-sized enterprises"
                continue
            if w in "\"“”" and (not phrase or nxt[:1].isalpha()):
                continue  # a quoted name inside the noun phrase: '23,000 "5G+Industrial Internet" projects'
            if w == "," and phrase and _ADJECTIVE.search(phrase[-1]) and nxt and not _is_number(nxt) and \
                    (nxt.lower() == "and" or nxt.lower() not in _STOP_AFTER):
                phrase.append(w)  # a series of modifiers: "specialized, refined, unique, and innovative SMEs"
                continue
            if wl == "with" and phrase and phrase[-1].lower().endswith("ed") and phrase[-1].lower() not in _VERBS:
                phrase.append(w)  # "product types equipped with the system": what they are equipped with
                continue
            if wl in _STOP_AFTER or w in ",;:()\"“”" or _is_number(w):
                break
            phrase.append(w)
            if len(phrase) >= 12:
                break
        while phrase and phrase[-1] in (",", "and"):
            phrase.pop()
        # "of" joins a head to its complement: keep "models of humanoid robots"
        if phrase:
            s = _clean(phrase, places)
            if s and s not in ("of", "units", "sets"):
                return s
    if after_only:
        return ""
    seg = text[max(clause_start, start - 250):start]
    if "–" in seg or "—" in seg:
        seg = _ASIDE.sub(" ", seg)  # "the U.S. economy – the world's largest – would grow"
    toks = _TOKEN.findall(seg)
    # the last verb before the number
    vi = None
    verb = ""
    last = len(toks) - 1
    while last >= 0 and toks[last].lower() in ("by", "about", "nearly", "some", "around", "over", "just", "only"):
        last -= 1
    if last >= 1 and toks[last].lower() in ("up", "down") and toks[last - 1][:1].isalpha() and \
            toks[last - 1].lower() not in _VERBS:
        vi = last  # "with trade up 9.2%", "Exports down 3%": the noun before up/down is measured
    for i in range(len(toks) - 1 if vi is None else -1, -1, -1):
        wl = toks[i].lower()
        if (wl in _VERBS and not (wl == "added" and ((i + 1 < len(toks) and toks[i + 1].lower() == "value") or
                                                      (i > 0 and toks[i - 1].lower() == "value")))) or \
                (wl in _AMBIGUOUS and i > 0 and toks[i - 1].lower() in _MODALS):
            vi = i
            verb = wl
            # "reduced product defect rate by 47%", "raise the recycling rate to 60%": the object is measured
            mid = [w for w in toks[i + 1:]]
            while mid and (mid[-1].lower() in _MID_DROP or mid[-1].lower() in V.FILLER_WORDS):
                mid.pop()
            mid = [w for w in mid if w not in "()"]
            if toks[i].lower() in _COPULAS or any(w.lower() in _ANY_VERB and w.lower() not in _CHANGE_NOUNS for w in mid):
                mid = []
            if mid and not any(w in ",;:" or w[:1].isdigit() for w in mid) and \
                    any(w.lower() not in _MID_DROP and w.lower() not in V.FILLER_WORDS for w in mid):
                obj = _clean(mid, places)
                if obj:
                    return obj
            # skip auxiliaries and qualifiers stacked before the main verb
            while vi > 0 and toks[vi - 1].lower() in _BEFORE_VERB and \
                    not (vi >= 2 and toks[vi - 1].lower() == "added" and toks[vi - 2].lower() == "value"):
                vi -= 1
            break
    if vi is None:
        for i in range(len(toks) - 1, -1, -1):
            if toks[i].lower() in ("up", "down"):  # headline style: "Foreign trade up 5%"
                vi = i
                break
    if vi is None:
        # no verb: the noun phrase just before the number ("exports of steel plates more than doubled")
        j = len(toks)
        while j > 0 and toks[j - 1].lower() not in _CLAUSE_MARK:
            j -= 1
        words = toks[j:]
        while words and (words[-1].lower() in _MID_DROP or words[-1].lower() in V.FILLER_WORDS):
            words.pop()
        s = _clean(words, places) if words else ""
        return s or (prev or "")
    head = [w for w in toks[:vi] if w not in "()"]
    # start after the last clause mark: a comma, "that", "while"...; "with" and "and" only where they open a clause
    j = len(head)
    while j > 0:
        w = head[j - 1].lower()
        if w in _CLAUSE_MARK:
            break
        if w == "with" and j >= 2 and head[j - 2] == ",":
            break
        if w == "and" and j >= 2 and (head[j - 2][:1].isdigit() or head[j - 2].lower() in _UNIT_WORDS):
            break  # "exports rose 5% and imports ..."
        j -= 1
    # commas of a series of modifiers do not open a clause: "specialized, refined, distinctive, and innovative SMEs"
    while 2 <= j < len(head) and head[j - 1] == "," and _ADJECTIVE.search(head[j - 2]) and \
            (head[j].lower() == "and" or _ADJECTIVE.search(head[j])) and head[j - 2].lower() not in _VERBS:
        j -= 2
    words = head[j:]
    if words and j >= 2 and head[j - 1].lower() == "with" and head[j - 2] == ",":
        # "X and Y have grown, with the value added accounting for ...": the value added of X and Y
        bare = _clean(words, places)
        main_words = _clause_subject(head[:j - 2])
        if bare in _BARE_HEADS and any(w.lower() not in places and w.lower() not in _LEAD_DROP and
                                       w.lower().removesuffix("'s").removesuffix("’s") not in places
                                       for w in main_words):
            main = _clean(main_words, places)  # not a place alone: "the EU ..., with exports up 4%" are exports
            if main:
                return f"{bare} of {main}"
    if not words and j >= 2 and head[j - 1] == "," and verb.endswith("ing"):
        # a participle after a comma shares the subject of the clause before: "producer prices have declined for
        # 34 months, dropping 2.9%"; "the industry maintained its momentum, accounting for 35.5%"
        words = _clause_subject(head[:j - 1])
    if not words and j >= 2 and head[j - 1] == ",":
        # an appositive just before the verb: "Trade with ASEAN, China's largest trading partner, expanded"
        k = j - 2
        while k > 0 and head[k - 1] not in (",", ";", ":"):
            k -= 1
        if k >= 2 and head[k - 1] == ",":
            k2 = k - 1
            while k2 > 0 and head[k2 - 1] not in (",", ";", ":"):
                k2 -= 1
            words = head[k2:k - 1]
    if not words or words[0].lower() == "or":
        # "The central parity rate of the yuan, or the renminbi, strengthened ...": the opening noun phrase
        k = 0
        while k < len(head) and head[k] not in (",", ";", ":"):
            k += 1
        words = head[:k] if 0 < k < len(head) else words
    if not words:
        return prev or ""
    s = _clean(words, places)
    s = _PERIOD_WORDS.sub("", s).strip(" ,")
    return s or (prev or "")


_BARE_HEADS = {w.lower() for w in V.FLOW_NOUNS} | {"share", "proportion", "growth", "total", "number"}


def _clause_subject(toks: list[str]) -> list[str]:
    """The noun phrase before the last finite verb of a clause (auxiliaries skipped)."""
    i = len(toks) - 1
    while i >= 0 and toks[i] not in (";", ":"):
        w = toks[i].lower()
        if (w in _VERBS or (w.endswith("ed") and w.isalpha() and i == len(toks) - 1)) and not w.endswith("ing") \
                and not (w == "added" and i > 0 and toks[i - 1].lower() == "value"):
            while i > 0 and toks[i - 1].lower() in _AUX_BEFORE:
                i -= 1
            k = i
            while k > 0 and toks[k - 1].lower() not in _CLAUSE_MARK and \
                    not (toks[k - 1].lower() == "and" and k >= 2 and toks[k - 2] == ","):
                k -= 1
            return toks[k:i]
        i -= 1
    return []


_PRODUCT_RX = V.alternation(V.DOMAINS.get("industry_products") or ["steel"])
_SECTOR_RX = V.alternation(V.DOMAINS.get("industry_sectors") or ["industrial production"])
_PRICES = re.compile(r"\bprices\b", re.I)
_MILITARY = re.compile(r"\b(?:military|defen[cs]e|weapons?|ammunition|troops)\b", re.I)
# a part of each word above, for a substring test first (without "i" or "s", which re.I also matches to "ı", "ſ")
_MILITARY_PARTS = ("tary", "defen", "weapon", "ammun", "troop")


_ENTITY_HEADS = ("enterprise", "company", "firm", "manufacturer", "factory", "plant", "mill", "carrier", "startup")


def trade_words(text: str) -> bool:
    """The text speaks of cross-border flows (exports, imports, trade; the `trade` words of domains.yaml)."""
    return bool(_TRADE_RX.search(text))


def sentence_domain_hint(sentence: str) -> str | None:
    """`other` when the sentence is about the military or a single company; asked once per sentence."""
    low = sentence.lower()
    if any(p in low for p in _MILITARY_PARTS) and _MILITARY.search(sentence):
        return "other"
    if any(h in low for h in _ENTITY_HEADS) and any(rx.search(sentence) for rx in V.SINGLE_ENTITY):
        return "other"
    return None


_HEAD_SPLIT = re.compile(r"\s(?:of|in|for|to|among|across|from|with|by)\s")
_WRAPPER_HEADS = {"growth", "rate", "increase", "share", "proportion", "level", "scale", "size", "total", "volume",
                  "value", "added", "value-added", "the", "a", "real", "nominal", "annual", "average", "change",
                  "percentage", "ratio", "amount", "number", "actual", "actually", "use", "utilized", "utilised",
                  "paid-in", "new", "newly", "established"}
_SUBJECT_DOMAIN: dict[str, str | None] = {}
_INDUSTRY_WORD = re.compile(r"\b(?:manufactur\w*|industr\w*|sectors?)\b", re.I)
_INDEX_DOMAINS = [(V.alternation([k]), v) for k, v in (V.DOMAINS.get("index_domains") or {}).items()]
_INDEX_HEAD = re.compile(r"\b(?:index|indices|sub-?index|pmi)\b", re.I)


def _index_domain(subject_text: str) -> str | None:
    """The domain of an index by the words that name it (index_domains in domains.yaml, first match)."""
    if not _INDEX_HEAD.search(subject_text):
        return None
    for rx, dom in _INDEX_DOMAINS:
        if rx.search(subject_text):
            return dom
    return None


def _subject_domain(subject_text: str) -> str | None:
    hit = _SUBJECT_DOMAIN.get(subject_text, "?")
    if hit == "?":
        owner, _, base = subject_text.partition(" share of ")
        if base:
            # "private firms share of exports" is about exports; "manufacturing value added share of GDP" is the
            # industry's
            hit = _subject_domain(owner)
            if hit is None and not _INDUSTRY_WORD.search(owner) and not _PRODUCT_RX.search(owner):
                hit = _subject_domain(base)
        else:
            head = _HEAD_SPLIT.split(subject_text, 1)[0]
            if set(head.split()) <= _WRAPPER_HEADS:
                head = subject_text  # "growth of GDP", "share of exports": the complement is the measured thing
            hit = ("other" if _OTHER_RX.search(subject_text) else _index_domain(subject_text) or
                   ("trade" if _TRADE_RX.search(head) else "macro" if _MACRO_RX.search(head) else None))
        if len(_SUBJECT_DOMAIN) < 50000:
            _SUBJECT_DOMAIN[subject_text] = hit
    return hit


_SUBJECT_WORD = re.compile(r"[a-z]+")
_GENERIC = {w.lower() for w in V.DOMAINS.get("generic_subject_words") or []}


@lru_cache(maxsize=65536)
def _says_nothing(subject_text: str) -> bool:
    """The subject names no measured thing: only generic words ("growth", "a slight increase") and places."""
    rest = subject_text.lower()
    for m in reversed(R.find(rest)):
        rest = rest[:m.start] + " " + rest[m.end:]
    return not any(w not in _GENERIC for w in _SUBJECT_WORD.findall(rest))


def _clause_domain(clause: str) -> str | None:
    """`trade` or `macro` by the words of the number's clause; a product or industry named there keeps it `industry`."""
    low = clause.lower()
    if _TRADE_RX.search(low):
        return "trade"
    if _MACRO_RX.search(low) and not _PRODUCT_RX.search(low):
        return "macro"
    return None


def domain(subject_text: str, sentence: str, subnational: bool, foreign: bool, hint: str | None = "?",
           clause: str = "") -> str:
    """The spec's domain of a number: `other` for a company's or the military's figures, `regional` for a province's or
    city's, else by the words of the subject, failing that of the number's clause ("Private firms accounted for 55% of
    imports and exports"), else `macro` abroad and `industry` at home."""
    if hint == "?":
        hint = sentence_domain_hint(sentence)
    sd = _subject_domain(subject_text)
    if hint == "other" or sd == "other":
        return "other"
    if subnational:
        return "regional"
    if sd is not None:
        return sd
    if clause and _says_nothing(subject_text):
        cd = _clause_domain(clause)
        if cd is not None:
            return cd
    if foreign and (not (_PRODUCT_RX.search(subject_text) or _SECTOR_RX.search(subject_text)) or
                    _PRICES.search(subject_text)):
        # abroad, figures default to the economy's; a product's or the industrial sector's figures are industry's,
        # but a product's "prices" are a part of consumer prices ("used-car prices fell 1.1%")
        return "macro"
    return "industry"


# ------------------------------------------------------------------ shares and totals of things counted before

_OF_BASE = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|total\s+)*", re.I)
_WITH_ABSOLUTE = re.compile(r",\s*with\s+(?:(?:(?:more|less)\s+than|over|nearly|about|almost|some|around|up\s+to)\s+)*$",
                            re.I)
# "X covers almost all types of Y, with N% of Z ...": Z is a part of Y
_COVERS = re.compile(r"\b(?:covers?|covered|covering|includes?|included|spans?|reaches|reached)\s+"
                     r"(?:(?:almost|nearly|virtually|all|most|the)\s+)*(?:(?:types|kinds|categories|sorts)\s+of\s+)?"
                     r"(?P<whole>[a-z][\w\s'’-]{1,60}?)\s*$", re.I)
_SHARE_VERBS = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|made\s+up|make(?:s)?\s+up|making\s+up|represent(?:s|ed|ing)?|"
                          r"constitut(?:es|ed|ing)|t(?:ake|akes|ook|aking)\s+up)\s+(?:(?:more|less)\s+than\s+|over\s+|"
                          r"nearly\s+|about\s+|almost\s+|some\s+|around\s+)*$", re.I)


def _noun_phrase_after(text: str, pos: int) -> str:
    """The noun phrase starting at pos ("telecom services", "transactions conducted online"), up to a clause word."""
    words: list[str] = []
    toks = _TOKEN.findall(text[pos:pos + 100])
    for k, w in enumerate(toks):
        nxt = toks[k + 1].lower() if k + 1 < len(toks) else ""
        if w.lower() == "and" and words and nxt and nxt not in _STOP_AFTER and not _is_number(nxt):
            words.append(w)  # "imports and exports"
            continue
        if w in ",;:()\"“”" or _is_number(w) or w.lower() in _STOP_AFTER:
            break
        words.append(w.rstrip(".,"))
        if w.endswith((".", ",")) or len(words) >= 8:
            break
    return " ".join(words).lower()


def share_subject(text: str, start: int, end: int, subj: str) -> str:
    """A percentage "of" a whole names a share of it: "Online processing accounts for 91% of telecom services" is
    the online-processing share of telecom services; "..., with 91% of transactions conducted online" after "covers
    all types of telecom services" is the share of those services' transactions conducted online."""
    m = _OF_BASE.match(text, end)
    if m is None:
        return subj
    base = _noun_phrase_after(text, m.end())
    if not base:
        return subj
    before = text[max(0, start - 120):start]
    wm = _WITH_ABSOLUTE.search(before)
    if wm is not None:
        whole = _COVERS.search(before, 0, wm.start())
        if whole is not None and len(base.split()) <= 3:
            head, *rest = base.split()
            return " ".join(["share of", head, "of", whole.group("whole").strip().lower(), *rest])
        return f"share of {base}"
    if _SHARE_VERBS.search(before) and subj and "share" not in subj:
        return f"{subj} share of {base}"
    return subj


_COUNT_UNITS = {w.lower() for w, spec in V.UNIT_WORDS.items() if spec["unit"] == "count"}  # "units", "sets"
_UNITS_TOTAL = re.compile(r",\s*(?:totall?ing|amounting\s+to|reaching)\s+(?:(?:more|less)\s+than\s+|over\s+|nearly\s+|"
                          r"about\s+|almost\s+|some\s+|around\s+)*$", re.I)
_PARTICIPLE = re.compile(r"\b(?:now\s+)?(?:\w+ed|using|running|carrying|with)\b.*$")
_DEFINITE_KIND = re.compile(r"\bthe\s+(?P<mod>[\w-]+)\s+(?:system|platform|software|technology|network|ecosystem)\b")


def units_subject(text: str, start: int, unit_word: str | None, prev: str | None) -> str | None:
    """"1,200 product types now equipped with the system, totaling 1.19 billion units": the units are things
    equipped with the system, counted one by one."""
    if not prev or not unit_word or unit_word.lower() not in _COUNT_UNITS or \
            not _UNITS_TOTAL.search(text, max(0, start - 40), start):
        return None
    pm = _PARTICIPLE.search(prev)
    if pm is None or pm.start() == 0:
        return None
    return f"{unit_word.lower()} {pm.group().removeprefix('now ').strip()}"


def resolve_definite_kind(subj: str, sentence: str) -> str:
    """"the open-source system" after "the open-source HarmonyOS ecosystem" in the same sentence is HarmonyOS: a
    definite description names the thing called so just before."""
    m = _DEFINITE_KIND.search(subj)
    if m is None:
        return subj
    mod = m.group("mod")
    am = re.search(r"(?i:\b" + re.escape(mod) + r")\s+([A-Z][a-z]*[A-Z][\w-]*)", sentence)
    if am is None:
        return subj
    return subj[:m.start()] + f"{mod} {am.group(1).lower()}" + subj[m.end():]
