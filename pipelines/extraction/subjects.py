"""The measured thing of a number, as a short lower-case noun phrase, and the domain it belongs to."""
from __future__ import annotations

import re

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
    "trained", "employing", "forming", "achieving", "achieved", "welcomed", "focused", "completed", "reported",
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
              "in", "terms", "overall", "currently", "cumulatively", "additionally", "moreover", "besides"}
_UNIT_WORDS = {"percent", "%", "yuan", "dollars", "tons", "tonnes", "units", "points", "billion", "million",
               "trillion", "thousand", "year", "yoy", "respectively"}
_MODALS = {"will", "would", "to", "may", "might", "can", "could", "should", "shall", "must", "did", "does", "do"}
_AMBIGUOUS = (V.TREND_UP | V.TREND_DOWN) - set()
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
    while out and (out[0].lower() in _LEAD_DROP or (out[0].lower() in _VERBS and out[0].lower().endswith("ing"))):
        out.pop(0)
    while out and out[-1].lower() in _LEAD_DROP | {",", ";"}:
        out.pop()
    phrase = " ".join(out[-10:])
    phrase = re.sub(r"\s+([,;:)])", r"\1", phrase).replace("( ", "(")
    phrase = _WRAPPERS.sub("", phrase.lower().strip(" ,;:.\"“”"))
    return phrase


def subject(text: str, start: int, end: int, clause_start: int, unit: str | None, places: set[str],
            prev: str | None, after_only: bool = False) -> str:
    """Noun phrase of what the number at [start, end) measures."""
    # counts: the noun after the number ("61 new high-tech enterprises")
    if unit in (None, "count", "person-time"):
        after = _TOKEN.findall(text[end:end + 120])
        if len(after) >= 3 and [w.lower() for w in after[:2]] in (["out", "of"], ["of", "the"]) and after[2][:1].isdigit():
            after = after[3:]  # "91 out of 97 major categories"
        phrase = []
        for k, w in enumerate(after):
            wl = w.lower()
            if wl == "and" and phrase and k + 1 < len(after) and not after[k + 1][:1].isdigit() and \
                    after[k + 1].lower() not in _STOP_AFTER:
                phrase.append(w)  # "small and medium-sized enterprises"
                continue
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
    if after_only:
        return ""
    seg = text[max(clause_start, start - 250):start]
    if "–" in seg or "—" in seg:
        seg = _ASIDE.sub(" ", seg)  # "the U.S. economy – the world's largest – would grow"
    toks = _TOKEN.findall(seg)
    # the last verb before the number
    vi = None
    for i in range(len(toks) - 1, -1, -1):
        wl = toks[i].lower()
        if (wl in _VERBS and not (wl == "added" and i + 1 < len(toks) and toks[i + 1].lower() == "value")) or \
                (wl in _AMBIGUOUS and i > 0 and toks[i - 1].lower() in _MODALS):
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


_HEAD_SPLIT = re.compile(r"\s(?:of|in|for|to|among|across|from|with|by)\s")
_WRAPPER_HEADS = {"growth", "rate", "increase", "share", "proportion", "level", "scale", "size", "total", "volume",
                  "value", "added", "value-added", "the", "a", "real", "nominal", "annual", "average", "change",
                  "percentage", "ratio", "amount", "number"}
_SUBJECT_DOMAIN: dict[str, str | None] = {}


def _subject_domain(subject_text: str) -> str | None:
    hit = _SUBJECT_DOMAIN.get(subject_text, "?")
    if hit == "?":
        head = _HEAD_SPLIT.split(subject_text, 1)[0]
        if set(head.split()) <= _WRAPPER_HEADS:
            head = subject_text  # "growth of GDP", "share of exports": the complement is the measured thing
        hit = ("other" if _OTHER_RX.search(subject_text) else "trade" if _TRADE_RX.search(head)
               else "macro" if _MACRO_RX.search(head) else None)
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
