"""Load the YAML vocabularies in pipelines/vocab/ once and compile the patterns built from them.

Everything that is a list of words lives in the YAML files; this module only turns them into
regular expressions and lookup tables. All patterns are compiled at import time.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

VOCAB_DIR = Path(__file__).resolve().parent.parent / "vocab"


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    with open(VOCAB_DIR / f"{name}.yaml", encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def phrase_rx(phrase: str) -> str:
    """A vocabulary phrase as a regex fragment: spaces match runs of spaces, line breaks or hyphens."""
    parts = [re.escape(p) for p in phrase.split()]
    body = r"[\s\-]+".join(parts)
    lead = r"\b" if phrase[:1].isalnum() else ""
    tail = r"\b" if phrase[-1:].isalnum() else ""
    return f"{lead}{body}{tail}"


def alternation(phrases, *, flags: int = re.I) -> re.Pattern:
    """One pattern matching any of the phrases, longest first."""
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    return re.compile("(?:" + "|".join(phrase_rx(p) for p in items) + ")", flags)


def alt_source(phrases) -> str:
    items = sorted({p for p in phrases if p}, key=len, reverse=True)
    return "(?<![A-Za-z])(?:" + "|".join(phrase_rx(p) for p in items) + ")"


_WORDS_RX = re.compile(r"[a-z0-9&]+")


class CueSet:
    """"Does this text contain any of these phrases?" answered fast: one-word phrases by a set look-up on the
    text's words, longer ones by a substring test confirmed by a regex. Same answers as `alternation(phrases)`."""

    def __init__(self, phrases) -> None:
        items = [p for p in phrases if p]
        self.words = {p.lower() for p in items if p.isalnum()}
        rest = [p for p in items if p.lower() not in self.words]
        self.heads = sorted({p.lower().replace("-", " ").split()[0] for p in rest})
        self.rx = alternation(rest) if rest else None
        self._last: tuple[str, str, set[str]] | None = None

    def search(self, text: str) -> bool:
        if self._last is not None and self._last[0] is text:
            low, ws = self._last[1], self._last[2]
        else:
            low = text.lower()
            ws = set(_WORDS_RX.findall(low))
            self._last = (text, low, ws)
        if not self.words.isdisjoint(ws):
            return True
        return self.rx is not None and any(h in low for h in self.heads) and bool(self.rx.search(text))


# the letters re.I matches to ASCII ones that str.lower() leaves as they are (or, "İ", lengthens)
_CASE_FOLDS = ("İ", "ı", "ſ")
_CLASS = re.compile(r"\[\^?\]?(?:\\.|[^\]\\])*\]")
_CLASS_ITEM = re.compile(r"\\.|.", re.S)


def _lower_spelled(pattern: str) -> bool:
    """The pattern spells its letters in lower-case ASCII: no other cased letters, no inline flags, no characters
    given by number, and ranges only between such letters or between digits."""
    if re.search(r"\\[xuUN0-9]|\(\?[aiLmsux-]", pattern):
        return False
    for cls in _CLASS.findall(pattern):
        items = _CLASS_ITEM.findall(cls[1:-1].removeprefix("^"))
        for k in range(1, len(items) - 1):
            if items[k] == "-":
                a, b = items[k - 1], items[k + 1]
                if not ("a" <= a <= "z" and "a" <= b <= "z" or "0" <= a <= "9" and "0" <= b <= "9"):
                    return False  # (an escaped end, such as "\s", is neither)
    bare = re.sub(r"\\.|\(\?P<\w+>", "", pattern)
    return all("a" <= c <= "z" for c in bare if c.lower() != c.upper())


class Caseless:
    """A re.I pattern run without re.I on the lower-cased text, which is several times faster. The matches are the
    same, at the same offsets, when the pattern spells its letters in lower case and the text holds none of
    _CASE_FOLDS; otherwise the pattern runs on the text as it is. Matched text may come back lower-cased."""

    def __init__(self, rx: re.Pattern) -> None:
        self.rx = rx
        self.low_rx = re.compile(rx.pattern, rx.flags & ~re.I) if _lower_spelled(rx.pattern) else None

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        if self.low_rx is not None:
            low = text.lower()
            if len(low) == len(text) and not any(c in text for c in _CASE_FOLDS):
                return self.low_rx, low
        return self.rx, text

    def search(self, text: str) -> re.Match | None:
        rx, t = self._pick(text)
        return rx.search(t)

    def finditer(self, text: str):
        rx, t = self._pick(text)
        return rx.finditer(t)


def cue_patterns(entries) -> list[re.Pattern]:
    out = []
    for e in entries:
        if isinstance(e, dict) and "regex" in e:
            out.append(re.compile(e["regex"].replace("{compared}", _COMPARED), re.I))
        else:
            out.append(alternation([e]))
    return out


UNITS = load("units")
NUMBERS = load("numbers")
CUES = load("cues")
# (a plain alternation after one word boundary: it runs inside the one-pass cue regex, where lookarounds per
# alternative cost)
_COMPARED = r"\b(?:" + "|".join(r"\s+".join(map(re.escape, w.split()))
                                for w in sorted(CUES["comparison_leads"], key=len, reverse=True)) + ")"
REGIONS = load("regions")
DOMAINS = load("domains")

# ---- numbers -------------------------------------------------------------------------------
SCALE_WORDS: dict[str, float] = {k.lower(): float(v) for k, v in NUMBERS["scale_words"].items()}
GLUED_SCALES: dict[str, float] = {k.lower(): float(v) for k, v in NUMBERS["glued_scale_letters"].items()}
NUMBER_WORDS: dict[str, int] = {k.lower(): int(v) for k, v in NUMBERS["number_words"].items()}
ARTICLE_SCALES = {w.lower() for w in NUMBERS["article_scales"]}
FRACTIONS: dict[str, float] = {k.lower(): float(v) for k, v in NUMBERS["fractions"].items()}
MULTIPLES: dict[str, float] = {k.lower(): float(v) for k, v in NUMBERS["multiples"].items()}
POINT_AMOUNTS: dict[str, float] = {" ".join(re.split(r"[\s-]+", k.lower())): float(v)
                                   for k, v in (NUMBERS.get("point_amounts") or {}).items()}
DIGIT_GROWTH: dict[str, float] = {k.lower(): float(v) for k, v in NUMBERS["digit_growth"].items()}
ORDINAL_WORDS = {w.lower() for w in NUMBERS["ordinal_words"]}
MONTHS = {w.lower() for w in NUMBERS["month_names"]}

# ---- units -----------------------------------------------------------------------------------
CURRENCY_PREFIXES: dict[str, str] = dict(UNITS["currency_prefixes"])
SHARED_SYMBOLS: dict[str, list[str]] = {k: list(v) for k, v in (UNITS.get("shared_symbols") or {}).items()}
HOME_LETTERS: dict[str, str] = dict(UNITS.get("home_letters") or {})
CURRENCY_WORDS: dict[str, str] = {k.lower(): v for k, v in UNITS["currency_words"].items()}
WEIGHT_HOMONYMS: set[str] = {w.lower() for w in UNITS.get("weight_homonyms") or []}
# (a case-sensitive spelling keeps its case where another unit has its lower-case form: "Mt" megatonnes, "mt" tonnes)
UNIT_WORDS: dict[str, dict] = {
    (k if k in UNITS["case_sensitive"] and k.lower() in UNITS["units"] else k.lower()): v
    for k, v in UNITS["units"].items()
}
PER_UNITS: dict[str, str] = {k.lower(): v for k, v in (UNITS.get("per_units") or {}).items()}


def _signs_of(unit: str) -> str:
    """The written signs of one unit as a regex fragment, longest first. Not inside a word, but it may be glued to
    its number ("29.2pc")."""
    signs = sorted((w for w, spec in UNIT_WORDS.items() if spec["unit"] == unit and spec.get("sign")), key=len,
                   reverse=True)
    return "(?<![A-Za-z])(?:" + "|".join(r"[\s\-]+".join(map(re.escape, w.split())) + (r"\b" if w[-1].isalnum() else "")
                            for w in signs) + ")"


# "%", "percent", "per cent", "pct", "pc", and "percentage points", "pp", ...: for the patterns that look for a
# percentage beside a cue
PERCENT_SIGN = _signs_of("percent")
RECORDED = alt_source(CUES["recorded_participles"])  # "recorded", "registered", "seen", ...
POINTS_SIGN = _signs_of("pp")
# a percentage ending just before a cue ("rose 2% monthly": "monthly" is the 2%'s), points ending before one
# ("down 0.2 percentage points from July")
PERCENT_JUST_BEFORE = re.compile(rf"\d\s*{PERCENT_SIGN}\s*$", re.I)
POINTS_JUST_BEFORE = re.compile(rf"{POINTS_SIGN}\s*$", re.I)
PERSON_TIME_NOUNS = [w.lower() for w in UNITS["person_time_nouns"]]
DURATION_UNITS: dict[str, str] = {k.lower(): v for k, v in UNITS["duration_units"].items()}

# ---- cues ------------------------------------------------------------------------------------
TREND_UP = {w.lower() for w in CUES["trend_up"]}
TREND_DOWN = {w.lower() for w in CUES["trend_down"]}
LEVEL_VERBS = {w.lower() for w in CUES["level_verbs"]}
YOY_CUES = cue_patterns(CUES["yoy_cues"])
WEAK_YOY_CUES = cue_patterns(CUES["weak_yoy_cues"])
ANNUAL_RATE_CUES = cue_patterns(CUES.get("annual_rate_cues") or [])
YEAR_EARLIER_PHRASES = cue_patterns(CUES["year_earlier_phrases"])
OTHER_BASE_CUES = cue_patterns(CUES["other_base_cues"])
PREVIOUS_PERIOD_CUES = cue_patterns(CUES.get("previous_period_cues") or [])
PERIOD_CUES = cue_patterns(CUES["period_cues"])
Q_GT = CUES["qualifier_gt"]
Q_APPROX = CUES["qualifier_approx"]
Q_LT = CUES["qualifier_lt"]
Q_GT_SUFFIX = CUES["qualifier_gt_suffix"]
Q_LT_SUFFIX = CUES["qualifier_lt_suffix"]
RATIO_CUES = CUES["ratio_cues"]
NEGATING_ADJECTIVES = frozenset(CUES["negating_adjectives"])
CHANGE_NOUNS = frozenset(CUES["change_nouns"])
SHARE_NOUNS = CUES["share_nouns"]
INDEX_CUES = CUES["index_cues"]
TARGET_CUES = CUES["target_cues"]
FORECAST_CUES = CUES["forecast_cues"]
VERB_ONLY_FORECAST_CUES = {w.lower() for w in CUES.get("verb_only_forecast_cues") or []}
LABEL_NOUNS = {w.lower() for w in CUES["label_nouns"]}
GRADE_NOUNS = {w.lower() for w in CUES.get("grade_nouns") or []}
DOC_NUMBER_PREFIXES = {w.lower() for w in CUES["document_number_prefixes"]}
THRESHOLD_PREFIXES = {w.lower() for w in CUES["threshold_prefixes"]}
THRESHOLD_NOUNS = CUES["threshold_nouns"]
GROUP_SHARE_PREFIXES = {w.lower() for w in CUES.get("group_share_prefixes") or []}
DISCOURSE_NOUNS = {w.lower() for w in CUES["discourse_nouns"]}
FILLER_WORDS = {w.lower() for w in CUES["filler_words"]}
PLACE_ANAPHORA = CUES["place_anaphora"]
FLOW_NOUNS = CUES["flow_nouns"]
QUALITY_NOUNS = CUES["quality_nouns"]
SINGLE_ENTITY = cue_patterns(CUES["single_entity"])
PUBLICATION_HEADS = [w.lower() for w in CUES.get("publication_heads") or []]
MASTHEAD_WORDS = frozenset(w.lower() for w in CUES.get("masthead_words") or [])


def is_masthead(line: str) -> bool:
    """A publication's name on a line of its own ("Shanghai Nonferrous Metals News"): no digits, no final stop, and
    a masthead word last."""
    words = line.split()
    return bool(words) and words[-1].lower() in MASTHEAD_WORDS and not any(c.isdigit() for c in line) and \
        not line.rstrip().endswith((".", "!", "?"))
STATISTICS_AGENCIES = [w.lower() for w in CUES.get("statistics_agencies") or []]
AGENCY_LEVEL_WORDS = [w.lower() for w in CUES.get("agency_level_words") or []]
INSTITUTION_WORDS = [w.lower() for w in CUES.get("institution_words") or []]
