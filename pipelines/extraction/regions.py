"""Place names: countries (pycountry, ISO 3166-1), China's provinces (pycountry, ISO 3166-2 CN-*),
major Chinese cities (YAML gazetteer; a city carries its province's code as region_code, since cities
have no ISO code), and supranational areas (World, Euro area, Europe, NATO ...; region_code None).

Mentions are found by splitting a text into words and looking up runs of up to five words in a
dictionary, so the cost is linear in the text and independent of the gazetteer's size.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pycountry

from pipelines.extraction import vocab as V


@dataclass(frozen=True)
class Place:
    name: str
    code: str | None
    level: str  # country, province, city, supra


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    place: Place


def _strip_cn_suffix(name: str) -> str:
    for suf in V.REGIONS["cn_suffixes"]:
        if name.endswith(" " + suf):
            return name[: -len(suf) - 1]
    return name


def _build() -> tuple[dict[str, Place], dict[str, Place], dict[str, Place]]:
    display = V.REGIONS.get("display_names", {})
    by_code: dict[str, Place] = {}
    names: dict[str, Place] = {}  # case-sensitive surface form -> place
    for c in pycountry.countries:
        nm = display.get(c.alpha_2) or getattr(c, "common_name", None) or c.name
        p = Place(nm, c.alpha_2, "country")
        by_code[c.alpha_2] = p
        for form in {c.name, nm, getattr(c, "common_name", None), getattr(c, "official_name", None)}:
            if form and "," not in form:
                names.setdefault(form, p)
    for sd in pycountry.subdivisions.get(country_code="CN"):
        if sd.code == "CN-TW":  # listed among countries already
            continue
        nm = display.get(sd.code) or _strip_cn_suffix(sd.name)
        p = Place(nm, sd.code, "province")
        by_code[sd.code] = p
        names.setdefault(nm, p)
        names.setdefault(_strip_cn_suffix(sd.name), p)
    for alias, code in (V.REGIONS.get("aliases") or {}).items():
        if code in by_code:
            names[alias] = by_code[code]
    for inst, code in (V.REGIONS.get("institutions") or {}).items():
        if code in by_code:
            names[inst] = by_code[code]
    for city, code in (V.REGIONS.get("cn_cities") or {}).items():
        prov = by_code.get(code)
        if prov is None:
            continue
        if prov.name == city:  # municipalities are provinces already
            continue
        names[city] = Place(city, code, "city")
    supra: dict[str, Place] = {}
    for alias, nm in (V.REGIONS.get("supranational") or {}).items():
        p = Place(nm, None, "supra")
        supra[alias.lower()] = p
    return names, supra, by_code


NAMES, SUPRA, BY_CODE = _build()
_FIRST_WORDS = {n.split()[0] for n in NAMES} | {s.split()[0] for s in SUPRA}
_FIRST_LOWER = {w.lower() for w in _FIRST_WORDS}
_MAXLEN = max(len(n.split()) for n in list(NAMES) + list(SUPRA))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z.]|[A-Za-z]")
_FOLLOWERS = sorted(V.REGIONS.get("name_followers", []), key=len, reverse=True)
_FOLLOW_RX = re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in _FOLLOWERS) + r")\b")
_POSSESSIVE = re.compile(r"(?:'s|’s)$")

CHINA = BY_CODE["CN"]
CURRENCY_HOME = {cur: BY_CODE[code] for cur, code in (V.REGIONS.get("currency_home") or {}).items() if code in BY_CODE}

# Candidate starts: capitalised words, and the few lower-case words that name an area ("world", "global",
# "euro area"). The tail look-ahead captures up to four following words without consuming them.
_LOWER_STARTS = sorted({a.split()[0] for a in SUPRA if a.split()[0].islower()}, key=len, reverse=True)
_CAND = re.compile(r"\b(?:[A-Z][\w'’.&-]*|(?:" + "|".join(re.escape(w) for w in _LOWER_STARTS) + r")\b)"
                   r"(?=((?:[ \t\n]+[\w'’.&-]+){0,%d}))" % (_MAXLEN - 1))
_TAIL_WORD = re.compile(r"\S+")
_MAXK: dict[str, int] = {}
for _n in list(NAMES) + list(SUPRA):
    _w = _n.split()
    _MAXK[_w[0].lower()] = max(_MAXK.get(_w[0].lower(), 1), len(_w))


def _lookup(surface: str) -> Place | None:
    p = NAMES.get(surface)
    if p is not None:
        return p
    low = surface.lower()
    if low in SUPRA and (surface[0].isupper() or surface.islower()):
        return SUPRA[low]
    return None


def find(text: str) -> list[Mention]:
    """Place mentions in text, longest match first, left to right."""
    out: list[Mention] = []
    skip_to = -1
    for m in _CAND.finditer(text):
        s = m.start()
        if s < skip_to:
            continue
        head = m.group(0)
        if head.lower() not in _FIRST_LOWER and _POSSESSIVE.sub("", head).rstrip(".,").lower() not in _FIRST_LOWER:
            continue
        key = head.lower()
        maxk = _MAXK.get(key) or _MAXK.get(_POSSESSIVE.sub("", head).rstrip(".,").lower(), 1)
        parts = [(s, s + len(head))]
        if maxk > 1:
            for w in _TAIL_WORD.finditer(m.group(1)):
                parts.append((m.end() + w.start(), m.end() + w.end()))
                if len(parts) >= maxk:
                    break
        hit = None
        for k in range(len(parts), 0, -1):
            e = parts[k - 1][1]
            surface = " ".join(text[a:b] for a, b in parts[:k])
            for cand in (surface, surface.rstrip(".,;:"), _POSSESSIVE.sub("", surface.rstrip(".,;:"))):
                p = _lookup(cand)
                if p is not None:
                    # end offset of the matched form inside the document
                    last_a, last_b = parts[k - 1]
                    cut = len(surface) - len(cand)
                    hit = Mention(s, e - cut, p)
                    break
            if hit:
                break
        if hit:
            skip_to = hit.end
            if not _FOLLOW_RX.match(text, hit.end):
                out.append(hit)
    return out
