"""The measured thing of a number, as a short lower-case noun phrase, and the domain it belongs to."""
from __future__ import annotations

import re

from pipelines.extraction import vocab as V

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9'’&+./-]*|\d[\d,.]*%?|[;:,()\"“”]")
_VERBS = (V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN | {
    "accounted", "accounting", "accounts", "account", "contributed", "contributing", "contributes", "has", "have",
    "had", "saw", "see", "sees", "posted", "posting", "maintained", "kept", "remained", "represented",
    "representing", "covered", "covering", "penetrated", "supported", "released", "launched", "developed",
    "cultivated", "established", "built", "installed", "served", "fostered", "organized", "provided", "included",
    "selected", "designated", "identified", "published", "issued", "formed", "created", "delivered", "sold",
    "said", "says", "shows", "show", "showed", "offers", "offered", "requires", "required", "drove", "driving",
    "generated", "facilitated", "secured", "raised", "registered", "processed", "refreshed", "unlinked",
    "trained", "employing", "forming", "achieving", "achieved", "welcomed", "focused", "completed", "reported",
    "reporting", "reports", "leaving", "left", "leave", "logged", "notched", "booked", "marked", "saw"}) - {
    "up", "down", "growth", "increase", "increases", "rise", "rises", "gain", "gains", "cut", "cuts", "more",
    "higher", "lower", "improvement", "improvements", "reduction", "reductions", "decline", "expansion", "savings",
    "saving", "contraction", "total", "record", "top", "advance", "drop", "fall", "jump", "surge", "add",
    "increment", "upgrade", "rebound", "boost"}
_STOP_AFTER = {"in", "on", "at", "by", "for", "from", "to", "with", "during", "since", "over", "across", "and", "or",
               "as", "than", "which", "that", "who", "respectively", "each", "per", "this", "last", "year", "were",
               "was", "is", "are", "have", "has", "had", "will", "would", "be", "been", "being", "up", "down", "rising",
               "compared", "nationwide", "globally", "worldwide"} | _VERBS
_LEAD_DROP = {"the", "a", "an", "its", "their", "our", "this", "these", "those", "that", "china's", "all",
              "the province's", "province's", "city's", "region's", "country's", "nation's", "county's",
              "which", "of", "and", "while", "with", "meanwhile", "also", "further", "specifically", "among", "them",
              "in", "terms", "overall", "currently", "cumulatively", "additionally", "moreover", "besides"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would"}
_ANY_VERB = V.LEVEL_VERBS | V.TREND_UP | V.TREND_DOWN | {"expected", "projected", "forecast", "set", "likely"}
_MID_DROP = {"to", "by", "of", "for", "at", "from", "than", "more", "less", "over", "about", "around", "nearly",
             "some", "almost", "up", "down", "in", "on", "with", "as", "the", "a", "an", "and", "or", "just", "only",
             "approximately", "roughly", "exceeding", "above", "below", "under", "least", "most", "no"}
_CLAUSE_MARK = {",", ";", ":", "\"", "“", "”", "that", "said", "while", "whereas", "where", "when",
                "which", "as"}
_PERIOD_WORDS = re.compile(
    r"\b(?:in|during|for|by|as\s+of|from|since)\s+(?:the\s+)?(?:first|second|third|fourth|last|past|whole|end\s+of|"
    r"same\s+period\s+of|year\s+of)?\s*(?:half|quarter|year|month|months|period|(?:19|20)\d\d|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b[^,;]*?(?=,|$)",
    re.I)

_OTHER_RX = V.alternation(V.DOMAINS["other"])
_TRADE_RX = V.alternation(V.DOMAINS["trade"])
_MACRO_RX = V.alternation(V.DOMAINS["macro"])


def _clean(words: list[str], places: set[str]) -> str:
    out = [w for w in words if w.lower() not in places and w.lower().removesuffix("'s").removesuffix("’s") not in places]
    while out and out[0].lower() in _LEAD_DROP:
        out.pop(0)
    while out and out[-1].lower() in _LEAD_DROP | {",", ";"}:
        out.pop()
    phrase = " ".join(out[-10:])
    phrase = re.sub(r"\s+([,;:)])", r"\1", phrase).replace("( ", "(")
    return phrase.lower().strip(" ,;:.\"“”")


def subject(text: str, start: int, end: int, clause_start: int, unit: str | None, places: set[str],
            prev: str | None) -> str:
    """Noun phrase of what the number at [start, end) measures."""
    # counts: the noun after the number ("61 new high-tech enterprises")
    if unit in (None, "count", "person-time"):
        after = _TOKEN.findall(text[end:end + 120])
        phrase = []
        for w in after:
            wl = w.lower()
            if wl in _STOP_AFTER or w in ",;:()\"“”" or w[:1].isdigit():
                break
            phrase.append(w)
            if len(phrase) >= 8:
                break
        # "of" joins a head to its complement: keep "models of humanoid robots"
        if phrase:
            s = _clean(phrase, places)
            if s and s not in ("of", "units", "sets"):
                return s
    seg = text[clause_start:start]
    toks = _TOKEN.findall(seg)
    # the last verb before the number
    vi = None
    for i in range(len(toks) - 1, -1, -1):
        if toks[i].lower() in _VERBS:
            vi = i
            # "reduced product defect rate by 47%", "raise the recycling rate to 60%": the object is measured
            mid = [w for w in toks[i + 1:]]
            while mid and (mid[-1].lower() in _MID_DROP or mid[-1].lower() in V.FILLER_WORDS):
                mid.pop()
            mid = [w for w in mid if w not in "()"]
            if toks[i].lower() in _COPULAS or any(w.lower() in _ANY_VERB for w in mid):
                mid = []
            if mid and not any(w in ",;:" or w[:1].isdigit() for w in mid) and \
                    any(w.lower() not in _MID_DROP and w.lower() not in V.FILLER_WORDS for w in mid):
                obj = _clean(mid, places)
                if obj:
                    return obj
            # skip auxiliaries and qualifiers stacked before the main verb
            while vi > 0 and toks[vi - 1].lower() in _VERBS | {"to", "not", "also", "further", "basically",
                                                               "steadily", "significantly", "expected", "projected",
                                                               "will", "would", "may", "could", "can", "be"}:
                vi -= 1
            break
    if vi is None:
        for i in range(len(toks) - 1, -1, -1):
            if toks[i].lower() in ("up", "down"):  # headline style: "Foreign trade up 5%"
                vi = i
                break
    if vi is None:
        return prev or ""
    head = [w for w in toks[:vi] if w not in "()"]
    # start after the last clause mark: a comma, "that", "while"...; "with" and "and" only where they open a clause
    j = len(head)
    while j > 0:
        w = head[j - 1].lower()
        if w in _CLAUSE_MARK:
            break
        if w == "with" and j >= 2 and head[j - 2] == ",":
            break
        if w == "and" and any(x[:1].isdigit() or x.lower() in _VERBS for x in head[:j - 1][-6:]):
            break
        j -= 1
    words = head[j:]
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
    if not words:
        return prev or ""
    s = _clean(words, places)
    s = _PERIOD_WORDS.sub("", s).strip(" ,")
    return s or (prev or "")


_MILITARY = re.compile(r"\b(?:military|defen[cs]e|weapons?|ammunition|troops)\b", re.I)


_ENTITY_HEADS = ("enterprise", "company", "firm", "manufacturer", "factory", "plant", "mill", "carrier", "startup")


def sentence_domain_hint(sentence: str) -> str | None:
    """`other` when the sentence is about the military or a single company; asked once per sentence."""
    low = sentence.lower()
    if _MILITARY.search(sentence):
        return "other"
    if any(h in low for h in _ENTITY_HEADS) and any(rx.search(sentence) for rx in V.SINGLE_ENTITY):
        return "other"
    return None


_SUBJECT_DOMAIN: dict[str, str | None] = {}


def _subject_domain(subject_text: str) -> str | None:
    hit = _SUBJECT_DOMAIN.get(subject_text, "?")
    if hit == "?":
        hit = ("other" if _OTHER_RX.search(subject_text) else "trade" if _TRADE_RX.search(subject_text)
               else "macro" if _MACRO_RX.search(subject_text) else None)
        if len(_SUBJECT_DOMAIN) < 50000:
            _SUBJECT_DOMAIN[subject_text] = hit
    return hit


def domain(subject_text: str, sentence: str, subnational: bool, foreign: bool, hint: str | None = "?") -> str:
    if hint == "?":
        hint = sentence_domain_hint(sentence)
    sd = _subject_domain(subject_text)
    if hint == "other" or sd == "other":
        return "other"
    if subnational:
        return "regional"
    if sd is not None:
        return sd
    if foreign:
        return "macro"
    return "industry"
