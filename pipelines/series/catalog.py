"""The indicator catalog and the linking of extracted subjects to it.

A subject ("value-added of industrial enterprises above the designated size",
"sales of new NEVs", "China's total number of 5G base stations") is reduced to a
bag of normalised content tokens; each catalog alias is reduced the same way.
A subject links to the indicator whose alias tokens it covers best:

* tokens are weighted by how specific they are in the catalog (an IDF over
  indicators), so "little giant" outweighs "specialized", and "equipment"
  outweighs "manufacturing";
* an alias must be (almost) wholly present in the subject (recall), and it must
  explain enough of the subject (precision), so that "output of industrial
  robots" does not fall into "industrial output" merely because it has the words;
* among acceptable aliases the one explaining the most weight wins, so the more
  specific indicator ("value added of high-tech manufacturing") beats the
  general one ("value added of industry") when both fit.

A subject with no acceptable alias gets a deterministic code, ``x_`` followed
by the sorted normalised tokens, so its wording variants still meet in one
series and show up together in ``unmapped_subjects`` for curation.
"""
from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

CATALOG_PATH = Path(__file__).resolve().parents[1] / "vocab" / "indicators.yaml"

# ------------------------------------------------------------------ vocabulary

# Words that never say *what* is measured: grammar, measure words (the measure is
# its own dimension), reporting verbs, scale words, time words.
FILLER = frozenset(
    """
    a an the of in on for to by with and or from at as into within among amid over per
    its their it this that these those which who whose all any each both such than
    total number amount sum figure value volume size level scale quantity count
    above designated designate
    growth grow grew increase increased rise rose up down decline declined drop fall fell change
    rate yoy year previous same period compared last annual annually
    reached reach hit exceeded exceed exceeding stood stand recorded record registered
    achieved achieve totaled totalled amounted hitting reaching
    cumulative cumulatively accumulated aggregate so far far now currently already
    built build established establish cultivated cultivate fostered foster nurtured developed
    handled processed conducted carried out completed launched put into use operation operating
    running equipped installed deployed connected covering covered incorporated integrated
    integrating integration application applied using use used
    china chinese nation nationwide country domestic whole overall entire mainland
    about around approximately nearly some roughly more less over under below
    first half quarter month january february march april may june july
    august september october november december ytd
    percent percentage point points pp billion million trillion thousand ten hundred
    unit units yuan rmb renminbi dollar dollars usd cny
    also still only new key major main important
    target targeted goal forecast forecasted projected projection expected estimate estimated
    """.split()
)
# Kept in the bag but nearly weightless: they may tip a tie ("industrial
# enterprises" the count vs "industrial" the output) but never carry a match.
SOFT = {"enterprise": 0.15, "sector": 0.1, "share": 0.2}

# Places describe the region dimension, not the indicator ("Harbin GDP", "Hunan's
# industrial output"). After to/from/with they name a trade partner instead,
# which the series key cannot hold, so such subjects are left unmapped.
PLACES = [
    # Chinese provinces, municipalities, autonomous regions, SARs
    "anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "guizhou",
    "hainan", "hebei", "heilongjiang", "henan", "hubei", "hunan", "inner mongolia", "jiangsu",
    "jiangxi", "jilin", "liaoning", "ningxia", "qinghai", "shaanxi", "shandong", "shanghai",
    "shanxi", "sichuan", "tianjin", "xinjiang", "xizang", "tibet", "yunnan", "zhejiang",
    "hong kong", "macao", "macau", "taiwan",
    # large cities
    "shenzhen", "guangzhou", "hangzhou", "nanjing", "wuhan", "chengdu", "xi an", "xian",
    "suzhou", "qingdao", "dalian", "ningbo", "xiamen", "shenyang", "harbin", "changchun",
    "changsha", "zhengzhou", "jinan", "hefei", "fuzhou", "kunming", "nanning", "guiyang",
    "lanzhou", "xining", "yinchuan", "urumqi", "lhasa", "hohhot", "taiyuan", "shijiazhuang",
    "nanchang", "haikou", "dongguan", "foshan", "wuxi", "tangshan", "baotou",
    # groupings inside China
    "northeast", "northeastern", "northwest", "southwest", "eastern", "western",
    "yangtze river delta", "greater bay area", "pearl river delta", "beijing tianjin hebei",
    "province", "provincial",
    # world
    "world", "global", "worldwide", "international", "united states", "us", "u s", "usa",
    "america", "american", "european union", "eu", "euro area", "eurozone", "europe",
    "japan", "south korea", "korea", "germany", "france", "united kingdom", "uk", "britain",
    "russia", "india", "brazil", "south africa", "australia", "canada", "mexico", "asean",
    "africa", "asia", "latin america", "middle east", "vietnam", "indonesia", "singapore",
    "saudi arabia", "turkey", "italy", "spain", "netherlands", "switzerland",
    "belt and road", "brics",
]
PARTNER_PREPOSITIONS = frozenset({"to", "from", "with", "between", "toward", "towards"})

# Multi-word rewrites applied on token sequences (after singularising), longest
# first. Right-hand sides are canonical tokens or phrases.
PHRASES: dict[tuple[str, ...], tuple[str, ...]] = {}


def _phrase(rhs: str, *lhs: str) -> None:
    for left in lhs:
        PHRASES[tuple(left.split())] = tuple(rhs.split())


_phrase("value_added", "value added", "added value", "value add", "valueadded", "addedvalue")
_phrase("equipment_manufacturing", "equipment manufacturing", "equipment manufacture", "equipment industry")
_phrase("integrated_circuit", "integrated circuit", "ic")
_phrase("hightech", "high tech", "hi tech", "high technology", "hightechnology")
_phrase("nonmanufacturing", "non manufacturing")
_phrase("nonferrous", "non ferrous")
_phrase("ecommerce", "e commerce")
_phrase("crossborder", "cross border")
_phrase("nev", "new energy vehicle", "new energy car", "new energy automobile", "new energy auto",
        "new nev", "electric vehicle", "ev")
_phrase("sme", "small and medium sized enterprise", "small and medium size enterprise",
        "small and medium enterprise", "small and mediumsized enterprise", "small medium sized enterprise",
        "small and medium sized company", "small and medium sized firm", "small and medium business")
_phrase("intelligent computing", "smart computing", "ai computing", "artificial intelligence computing")
_phrase("ai", "artificial intelligence")
_phrase("openharmony", "open source harmonyos", "open harmony", "opensource harmonyos",
        "open source harmony os", "open source harmony operating system")
_phrase("gdp", "gross domestic product")
_phrase("cpi", "consumer price index")
_phrase("ppi", "producer price index")
_phrase("pmi", "purchasing manager index", "purchasing managers index", "purchasing manager s index")
_phrase("fixed asset investment", "fai")
_phrase("trade", "import and export", "export and import", "foreign trade", "external trade")
_phrase("electricity consumption", "power consumption", "power use", "electricity use", "electricity usage")
_phrase("electricity generation", "power generation", "power output", "electricity output", "generated electricity")
_phrase("steel product", "finished steel", "rolled steel")
_phrase("rd", "r d", "r and d", "research and development")
_phrase("base station", "basestation")
_phrase("5g", "fifth generation")
_phrase("share", "accounting for", "account for", "as a share", "proportion", "penetration", "ratio")

# One word for another (applied per token, after singularising).
WORDS = {
    "production": "output",
    "produced": "output",
    "manufactured": "output",
    "subscriber": "user",
    "customer": "user",
    "telecommunication": "telecom",
    "telecoms": "telecom",
    "automobile": "vehicle",
    "auto": "vehicle",
    "car": "vehicle",
    "exported": "export",
    "imported": "import",
    "aluminium": "aluminum",
    "centre": "center",
    "fibre": "fiber",
    "sold": "sale",
    "terminal": "device",
    "firm": "enterprise",
    "company": "enterprise",
    "manufacture": "manufacturing",
    "revenues": "revenue",
    "income": "revenue",
    "earnings": "profit",
    "harmony": "harmonyos",
    "srdi": "specialized",
    "zhuanjingtexin": "specialized",
}
# "specialized, refined/sophisticated, distinctive/unique and innovative/novel":
# the translations of one programme name vary; after "specialized" these words add nothing.
SPECIALIZED_TAIL = frozenset(
    "refined sophisticated distinctive distinct innovative innovation unique novel special "
    "featured peculiar characteristic new and elite".split()
)

_IRREGULAR = {"statistics": "statistic", "series": "series", "species": "species", "news": "news",
              "goods": "goods", "gas": "gas", "chassis": "chassis", "analysis": "analysis",
              "sales": "sale", "eflops": "eflops", "pflops": "pflops", "ios": "ios", "os": "os",
              "us": "us", "smes": "sme", "nevs": "nev", "evs": "ev", "pmis": "pmi"}


def singular(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is", "os")):
        return word[:-1]
    return word


def _rewrite(tokens: list[str], table: dict[tuple[str, ...], tuple[str, ...]]) -> list[str]:
    longest = max(len(k) for k in table)
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in range(min(longest, len(tokens) - i), 0, -1):
            rhs = table.get(tuple(tokens[i : i + n]))
            if rhs is not None:
                out.extend(rhs)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


NOUN_INDUSTRY = "\x01industry"
_PLACE_TABLE = {
    tuple(singular(w) for w in p.split()): ("\x00place:" + p.replace(" ", "_"),) for p in PLACES
}


def _tokenize(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"\b(\d+)\s*-?\s*g\b", r"\1g", text)  # "5 G", "5-G" -> "5g"
    text = re.sub(r"\([^)]*\)", " ", text)  # parenthetical abbreviations and notes
    text = re.sub(r"['’]s\b", " ", text)  # possessives
    text = text.replace("&", " and ")
    text = re.sub(r"(\w)isation", r"\1ization", text)
    text = re.sub(r"(\w)ised\b", r"\1ized", text)
    return re.findall(r"[a-z0-9]+", text)


def normalize_tokens(subject: str) -> tuple[tuple[str, ...], bool]:
    """Content tokens of a subject (in order, deduplicated) and whether it names a partner place."""
    raw = [singular(t) for t in _tokenize(subject)]
    raw = [WORDS.get(t, t) for t in raw]
    raw = _rewrite(raw, PHRASES)
    raw = [WORDS.get(t, t) for t in raw]
    # "industrial X" is about industry; "X industry" is about X ("equipment manufacturing
    # industry", "consumer goods industries"): mark the noun to drop it after a modifier
    raw = ["industry" if t == "industrial" else NOUN_INDUSTRY if t == "industry" else t for t in raw]
    # places: drop, but remember a trade partner ("exports to the United States")
    marked = _rewrite(raw, _PLACE_TABLE)
    partner = False
    tokens: list[str] = []
    prev = ""
    after_specialized = False
    for tok in marked:
        if tok.startswith("\x00place:"):
            if prev in PARTNER_PREPOSITIONS:  # a counterpart, kept so variants do not merge
                partner = True
                tokens.append("partner_" + tok.split(":", 1)[1])
            prev = tok
            continue
        prev_word = prev
        if tok not in ("the", "a", "an"):
            prev = tok
        if tok == NOUN_INDUSTRY:
            if prev_word and prev_word not in FILLER and not prev_word.startswith("\x00"):
                continue
            tok = "industry"
        if after_specialized and tok in SPECIALIZED_TAIL:
            continue
        after_specialized = tok == "specialized"
        if tok in FILLER or tok.isdigit() or len(tok) == 1 or tok in tokens:
            continue
        tokens.append(tok)
    return tuple(tokens), partner


# "X's share of Y", "share of X in Y", "X as a proportion of Y": the share is X's, Y is
# only its base, so Y's words need not be explained by the alias.
_SHARE_PATTERNS = [
    re.compile(r"^(?:the )?(?:share|proportion|percentage|ratio) of (?P<num>.+?) (?:in|to|within) (?P<den>.+)$"),
    re.compile(r"^(?P<num>.+?)(?:'s|’s)? (?:share|proportion|percentage) of (?P<den>.+)$"),
    re.compile(r"^(?P<num>.+?) (?:as a|as the) (?:share|proportion|percentage) of (?P<den>.+)$"),
    re.compile(r"^(?P<num>.+?) account(?:ing|ed|s)? for (?:[^ ]+ )?(?:of )?(?P<den>.+)$"),
]


def share_base_tokens(subject: str) -> frozenset[str]:
    """Tokens that only name the base of a share (and not its numerator)."""
    text = " ".join(subject.lower().split())
    for pattern in _SHARE_PATTERNS:
        m = pattern.match(text)
        if m:
            num, _ = normalize_tokens(m["num"])
            if not num:  # "China's share of world orders": a place's share of the indicator
                return frozenset()
            den, _ = normalize_tokens(m["den"])
            return frozenset(den) - frozenset(num)
    return frozenset()


# The code of a subject with no content words at all; the series views leave it out.
UNKNOWN_CODE = "x_unknown"


def slug(tokens: tuple[str, ...]) -> str:
    """Deterministic code for an unmapped subject: word order does not matter."""
    if not tokens:
        return UNKNOWN_CODE
    body = "_".join(sorted(tokens))
    if len(body) > 60:
        body = body[:50].rstrip("_") + "_" + hashlib.sha1(body.encode()).hexdigest()[:8]
    return "x_" + body


# ------------------------------------------------------------------ catalog


@dataclass(frozen=True)
class Indicator:
    code: str
    label: str
    domain: str
    default_unit: str
    kind: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Match:
    code: str
    mapped: bool
    alias: str | None
    score: float
    recall: float
    precision: float


# What kind of quantity a subject is about. A subject naming one of these that the
# alias does not name is about something else: "profits of the equipment
# manufacturing industry" is not "equipment manufacturing" (its value added).
HEADS = frozenset(
    """value_added output profit revenue investment export import sale price consumption
    loan tax spending expenditure user employment wage salary emission capacity inventory
    rd patent intensity productivity cost tariff""".split()
)

# Acceptance: an alias wholly present needs to explain this share of the subject;
# an alias partly present needs more of both.
FULL_PRECISION = 0.5
PARTIAL_RECALL = 0.8
PARTIAL_PRECISION = 0.6


class Catalog:
    def __init__(self, indicators: list[Indicator]) -> None:
        codes = [i.code for i in indicators]
        dupes = {c for c in codes if codes.count(c) > 1}
        if dupes:
            raise ValueError(f"duplicate indicator codes: {sorted(dupes)}")
        self.indicators = {i.code: i for i in indicators}
        self._aliases: list[tuple[str, str, frozenset[str]]] = []
        df: dict[str, int] = {}
        for ind in indicators:
            seen: set[str] = set()
            for alias in (ind.label, *ind.aliases):
                toks, _ = normalize_tokens(alias)
                if not toks:
                    continue
                self._aliases.append((ind.code, alias, frozenset(toks)))
                seen.update(toks)
            for t in seen:
                df[t] = df.get(t, 0) + 1
        n = len(indicators)
        self._max_weight = math.log(1 + n)
        # recall asks whether an alias is all there, so its words keep their full weight;
        # precision asks how much of the subject is explained, where soft words hardly count
        self._alias_weight = {t: math.log(1 + n / c) for t, c in df.items()}
        self._weight = {**self._alias_weight, **SOFT}
        self.link = lru_cache(maxsize=65536)(self._link)

    def weight(self, token: str) -> float:
        return self._weight.get(token, self._max_weight)

    def match(self, subject: str) -> Match:
        tokens, partner = normalize_tokens(subject or "")
        bag = frozenset(tokens)
        base = share_base_tokens(subject or "")
        heads = (bag - base) & HEADS
        total = sum(self.weight(t) for t in bag - base) or sum(self.weight(t) for t in bag)
        best: tuple | None = None
        if bag and not partner:
            for code, alias, atoks in self._aliases:
                common = atoks & bag
                if not (common - base) or (heads - atoks):
                    continue
                got = sum(self.weight(t) for t in common - base)
                recall = sum(self._alias_weight[t] for t in common) / sum(self._alias_weight[t] for t in atoks)
                precision = min(1.0, got / total)
                full = recall > 0.999
                if full and precision < FULL_PRECISION:
                    continue
                if not full and (recall < PARTIAL_RECALL or precision < PARTIAL_PRECISION):
                    continue
                # most explained weight first, then completeness, then tightness
                key = (round(got, 6), full, round(recall, 6), round(precision, 6))
                if best is None or key > best[0]:
                    best = (key, code, alias, recall, precision)
        if best is None:
            return Match(slug(tokens), False, None, 0.0, 0.0, 0.0)
        key, code, alias, recall, precision = best
        return Match(code, True, alias, key[0], recall, precision)

    def _link(self, subject: str) -> tuple[str, bool]:
        m = self.match(subject)
        return m.code, m.mapped

    def rows(self) -> list[dict]:
        return [
            {
                "indicator_code": i.code,
                "label": i.label,
                "domain": i.domain,
                "default_unit": i.default_unit,
                "flow_or_stock": i.kind,
                "aliases": list(i.aliases),
            }
            for i in self.indicators.values()
        ]


def load_catalog(path: Path | str = CATALOG_PATH) -> Catalog:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    items = []
    for entry in data["indicators"]:
        kind = entry.get("kind", "flow")
        if kind not in ("flow", "stock"):
            raise ValueError(f"{entry['code']}: kind must be flow or stock, not {kind!r}")
        items.append(
            Indicator(
                code=str(entry["code"]),
                label=entry["label"],
                domain=entry.get("domain", "other"),
                default_unit=entry.get("default_unit", ""),
                kind=kind,
                aliases=tuple(str(a) for a in entry.get("aliases", [])),
            )
        )
    return Catalog(items)


@lru_cache(maxsize=1)
def default_catalog() -> Catalog:
    return load_catalog()


def link(subject: str) -> tuple[str, bool]:
    """(indicator_code, mapped?) for an extracted subject, using the repo's catalog."""
    return default_catalog().link(subject)


def catalog_rows() -> list[dict]:
    """Rows of the ``dim_indicator`` table."""
    return default_catalog().rows()
