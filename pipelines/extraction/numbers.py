"""Find number tokens in a sentence and read their value, scale, currency and unit.

A token is what a reader would quote: the currency written before the number, the number
(digits with thousands separators and decimals, or number words), the scale word, and the unit
or currency word standing next to it: "US$ 265.5 billion", "830 million metric tons", "26.7%",
"a thousand", "two-thirds", "sevenfold", "23GB".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipelines.extraction import vocab as V


@dataclass(slots=True)  # (slots: tokens are made and read often; faster attribute access)
class Token:
    start: int  # logical offsets in the sentence text (the quote)
    end: int
    core_start: int
    core_end: int
    kind: str  # num, word, fraction, multiple, digit_growth
    number: float  # the number as written, before scale
    scale: float = 1.0
    has_scale: bool = False
    currency: str | None = None
    unit: str | None = None  # unit code (percent, pp, t, CNY, count, times, ...)
    unit_word: str | None = None
    factor: float = 1.0
    has_comma: bool = False
    is_int: bool = True
    glued_prefix: str = ""
    glued_suffix: str = ""
    plus_suffix: bool = False  # "100%-plus", "500+"
    signed: bool = False  # written with its sign: "+3.6%", "(-0.7%)"
    bare_symbol: str = ""  # "$" or "¥" alone: the currency of that symbol at home in the country the text is about
    lt_suffix: bool = False
    hyphen_compound: str = ""  # "16,000-TEU ship": the word glued by a hyphen after the token
    inherited_unit: bool = False
    in_link: bool = False  # part of a URL, e-mail address or file name

    @property
    def value(self) -> float:
        return float(f"{self.number * self.scale * self.factor:.12g}")  # 1.005 billion -> 1005000000.0


_NUMWORD_ALT = "|".join(sorted((w for w in V.NUMBER_WORDS if w not in ("hundred", "dozen")), key=len, reverse=True))
_TENS = "|".join(w for w, v in V.NUMBER_WORDS.items() if v >= 20 and v % 10 == 0 and v < 100)
_UNITS_1_9 = "|".join(w for w, v in V.NUMBER_WORDS.items() if 1 <= v <= 9)
_SCALE_ALT = "|".join(sorted(V.ARTICLE_SCALES, key=len, reverse=True))
_MULT_ALT = "|".join(sorted(V.MULTIPLES, key=len, reverse=True))
# ("two-thirds", "two thirds"; but "the first three quarters" is a time: quarters only with the hyphen)
_FRAC_ALT = "|".join(re.escape(f).replace(r"\ ", r"[\s-]+").replace(r"\-", r"-" if "quarter" in f else r"[\s-]+")
                     for f in sorted(V.FRACTIONS, key=len, reverse=True) if f != "half")
_DG_ALT = "|".join(re.escape(d) for d in V.DIGIT_GROWTH)

# digits with thousands separators and decimals; and a decimal comma, as much of the world writes it, before a percent
# sign ("rising to 5,4% from 4,8%") or after a zero, which opens no thousands ("contributing 0,4 of a percentage point")
# (a dot right before the digits ends a currency's abbreviation only: "Rs.779 billion")
_NUM = (rf"(?P<num>(?<![\d,])(?:(?<=Rs\.)|(?<!\.))(?:\d{{1,3}},\d{{1,2}}(?=\s?{V.PERCENT_SIGN})|0,\d{{1,2}}(?![\d,])"
        rf"|(?:\d{{1,3}}(?:,\d{{3}})+(?!\d)|\d+)(?:\.\d+)?))")
_POINT_UNIT = r"[\s-]+(?:percentage|basis)[\s-]+points?\b"
_PAMT_ALT = "|".join(r"[\s-]+".join(map(re.escape, a.split())) for a in sorted(V.POINT_AMOUNTS, key=len, reverse=True))
CORE = re.compile(
    rf"(?P<pamt>\b(?:{_PAMT_ALT})(?={_POINT_UNIT}))"
    rf"|(?P<dg>\b(?:{_DG_ALT})\b)"
    rf"|(?P<mult>\b\d+(?:\.\d+)?[\s-]?fold\b|\b(?:{_MULT_ALT})\b)"
    rf"|(?P<frac>\b(?:{_FRAC_ALT})\b|\bhalf(?=\s+as\b))"
    rf"|{_NUM}"
    rf"|(?P<word>\b(?:(?:{_TENS})(?:-(?:{_UNITS_1_9}))?|{_NUMWORD_ALT}|hundred|dozen|a(?=[\s-]+(?:{_SCALE_ALT})\b))"
    rf"(?:[\s-]+(?:{_SCALE_ALT})\b)*\b)",
    re.I,
)

_PREFIXES = sorted(V.CURRENCY_PREFIXES, key=len, reverse=True)
_PREFIX_RX = re.compile(r"(?:" + "|".join(re.escape(p) for p in _PREFIXES) + r")\s?$")
_SCALE_RX = re.compile(r"[\s-]+(" + "|".join(sorted(V.SCALE_WORDS, key=len, reverse=True)) + r")\b", re.I)
# ("52.41billion yuan": a scale word glued by a missing space)
_GLUED_SCALE_RX = re.compile(r"(thousand|million|billion|trillion|bn|mn|mln|bln|tn|trn|[kmbt])(?![A-Za-z0-9])", re.I)
_unit_items = sorted(set(V.UNIT_WORDS) | set(V.CURRENCY_WORDS) | {"times"}, key=len, reverse=True)


def _unit_rx(word: str) -> str:
    body = r"[\s\-]+".join(re.escape(p) for p in word.split())
    return body + (r"(?![A-Za-z0-9])" if word[-1].isalnum() else "")


# (a currency naming an area is no unit: "August 2021 Euro Area inflation")
_UNIT_RX = re.compile(r"(\s?)(" + "|".join(_unit_rx(w) for w in _unit_items) + r")(?![\s-]*(?:area|zone)\b)", re.I)
_PER_UNIT = re.compile(r"\s*(?:/\s*|\s+(?:per|a|an)\s+)(" + "|".join(
    r"\s+".join(map(re.escape, u.split())) for u in sorted(V.PER_UNITS, key=len, reverse=True)) + r")s?(?![A-Za-z])", re.I)
_OF_AFTER = re.compile(r"\s+of\b", re.I)  # "5 pounds of beef": a weight
_PCT_HYPHEN_RX = re.compile(r"(-)(percentage[\s-]+points?|basis[\s-]+points?|per[\s-]?cent|percent)(?![A-Za-z])", re.I)
_PLUS_RX = re.compile(r"(?:-plus\b|\+(?!\d))", re.I)
_GLUED_LETTERS = re.compile(r"[^\W\d_]\w*")  # any letters, "5ſ" as well as "5G": str.isalpha() let them in
_LEFT_LETTERS = re.compile(r"[A-Za-z][A-Za-z0-9]*$")
_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")  # what ends a _LEFT_LETTERS match
# (or a final "\n", before which "$" also matches)
_HYPHEN_WORD = re.compile(r"-([A-Za-z][A-Za-z]*)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_CASE_SENSITIVE_UNITS = frozenset(V.UNITS.get("case_sensitive") or ())


_CS_LOWER = {c.lower() for c in _CASE_SENSITIVE_UNITS}


def _unit_ok(w: str) -> bool:
    """Unit words that are also ordinary words ("won", "mu") count only in their listed spelling."""
    return w.lower() not in _CS_LOWER or w in _CASE_SENSITIVE_UNITS


def _word_value(s: str) -> tuple[float, float, bool] | None:
    """'two hundred' -> (200, 1, False); 'a thousand' -> (1, 1000, True); 'seventeen' -> (17, 1, False)."""
    parts = [p for p in _WORD_SPLIT.split(s.lower()) if p]
    total = 0.0
    scale = 1.0
    has_scale = False
    for p in parts:
        if p == "a":
            total = 1.0
        elif p in V.NUMBER_WORDS and p not in ("hundred", "dozen"):
            total += V.NUMBER_WORDS[p]
        elif p == "hundred":
            total = (total or 1.0) * 100
        elif p == "dozen":
            total = (total or 1.0) * 12
        elif p in V.SCALE_WORDS:
            scale *= V.SCALE_WORDS[p]
            has_scale = True
        else:
            return None
    return total, scale, has_scale


_MINUS_WORD = re.compile(r"(?<![\w-])(?:negative|minus)\s+$", re.I)
_DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
_DIGIT_RUN = re.compile(r"\d(?:[\d,.]*\d)?")
_START_WORDS = ({w.split("-")[0].split()[0] for w in V.NUMBER_WORDS} | {w.split("-")[0] for w in V.MULTIPLES}
                | {w.split("-")[0].split()[0] for w in V.FRACTIONS} | {w.split("-")[0] for w in V.DIGIT_GROWTH}
                | {"half"})
# the start words under the shortest start word each begins with ("eight": "eighteen", "eightfold", "eighty"): one
# str.find of that root finds them all
_START_ROOTS: dict[str, list[str]] = {}
for _w in sorted(_START_WORDS, key=len):
    _START_ROOTS.setdefault(next((r for r in _START_ROOTS if _w.startswith(r)), _w), []).append(_w)
_A_SCALES = sorted(V.ARTICLE_SCALES)  # "a thousand", "a-million"
# "a full percentage point": found back from the unit, which is far rarer than "a"
_PAMT_BEFORE = re.compile(rf"\b(?:{_PAMT_ALT}){_POINT_UNIT}", re.I)


_NUM_RX = re.compile(_NUM, re.I)
_FOLD_RX = re.compile(r"(?P<mult>\d+(?:\.\d+)?[\s-]?fold\b)", re.I)


def candidate_starts(text: str) -> tuple[list[int], list[int]]:
    """Where numbers may start: (digit-run starts, number-word starts), in one pass over a whole text."""
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    words = []
    low = text.lower()
    n = len(low)
    for root, group in _START_ROOTS.items():  # str.find runs at C speed; far cheaper than a regex alternation here
        i = low.find(root)
        while i >= 0:
            if i == 0 or not low[i - 1].isalpha():
                for w in group:
                    k = len(w)
                    if low.startswith(w, i) and (i + k >= n or not low[i + k].isalpha()):
                        words.append(i)
            i = low.find(root, i + len(root))
    # "a million": an "a" and a run of spaces or hyphens before a scale word, found from the scale word (far rarer
    # than "a"); the word ends where the next character is not a word character
    size = len(text)
    for w in _A_SCALES:
        j = text.find(w)
        while j >= 0:
            e = j + len(w)
            if e >= size or not (text[e].isalnum() or text[e] == "_"):
                k = j - 1
                while k >= 0 and (text[k].isspace() or text[k] == "-"):
                    k -= 1
                if 0 <= k < j - 1 and text[k] in "Aa" and (k == 0 or not text[k - 1].isalpha()):
                    words.append(k)
            j = text.find(w, j + 1)
    i = low.find(" point")
    while i >= 0:  # (from each unit back: the phrases are rare, "a" is everywhere)
        m = _PAMT_BEFORE.search(text, max(0, i - 48), i + 8)
        if m:
            words.append(m.start())
        i = low.find(" point", i + 6)
    words.sort()
    return digits, words


def _no_match(text: str, pos: int) -> None:
    return None


def _core_matches(text: str, starts: tuple[list[int], list[int]] | None = None) -> list[re.Match]:
    """Number matches, tried only where a digit run or a possible number word starts (fast on long texts)."""
    digits, words = starts if starts is not None else candidate_starts(text)
    out = []
    last_end = -1
    # "5-fold" needs the word (re.I matches only "f", "o", "l", "d" to these letters): one substring test per text
    fold = _FOLD_RX.match if digits and "fold" in text.lower() else _no_match
    for pos in digits:
        if pos < last_end:
            continue
        m = fold(text, pos) or _NUM_RX.match(text, pos)
        if m:
            last_end = m.end()
            out.append(m)
    if words:
        last_end = -1
        for pos in words:
            if pos < last_end:
                continue
            m = CORE.match(text, pos)
            if m:
                last_end = m.end()
                out.append(m)
        out.sort(key=lambda m: m.start())
    return out


def scan(text: str, starts: tuple[list[int], list[int]] | None = None) -> list[Token]:
    """All number tokens of a sentence's logical text, in order. `starts` (digit and word start positions in
    the text) may be given by a caller that found them for a whole document at once."""
    toks: list[Token] = []
    n = len(text)
    for m in _core_matches(text, starts):
        kind = m.lastgroup
        s, e = m.start(), m.end()
        if toks and s < toks[-1].end:
            continue  # inside the unit of the number before: "170,000 twenty-foot equivalent units"
        raw = m.group()
        if kind == "mult":
            low = raw.lower()
            if low in V.MULTIPLES:
                val = V.MULTIPLES[low]
            else:
                val = float(re.match(r"\d+(?:\.\d+)?", raw).group())
            tk = Token(s, e, s, e, "multiple", val, unit="times")
            hm = _HYPHEN_WORD.match(text, e)
            if hm:
                tk.hyphen_compound = hm.group(1)
            toks.append(tk)
            continue
        if kind == "dg":
            toks.append(Token(s, e, s, e, "digit_growth", V.DIGIT_GROWTH[raw.lower()], unit="percent"))
            continue
        if kind == "frac":
            key = re.sub(r"[\s-]+", "-", raw.lower())
            toks.append(Token(s, e, s, e, "fraction", V.FRACTIONS.get(key, 0.5)))
            continue
        if kind == "pamt":
            tok = Token(s, e, s, e, "word", V.POINT_AMOUNTS[" ".join(_WORD_SPLIT.split(raw.lower()))])
        elif kind == "word":
            parsed = _word_value(raw)
            if parsed is None:
                continue
            number, scale, has_scale = parsed
            if raw.lower() == "one":  # the pronoun, almost always
                continue
            tok = Token(s, e, s, e, "word", number, scale=scale, has_scale=has_scale)
        else:
            if _DECIMAL_COMMA.fullmatch(raw):
                tok = Token(s, e, s, e, "num", float(raw.replace(",", ".")), is_int=False)
            else:
                tok = Token(s, e, s, e, "num", float(raw.replace(",", "")), has_comma="," in raw, is_int="." not in raw)
            number = tok.number
            if s >= 1 and text[s - 1] in "-−+" and (s == 1 or text[s - 2] in " (\t\n"):
                tok.number = number if text[s - 1] == "+" else -number  # "growth of -2.1%", "(+3.6%)"
                tok.start = s - 1
                tok.signed = True
            elif _MINUS_WORD.search(text, max(0, s - 10), s):
                tok.number, tok.signed = -number, True  # "turned to negative 0.3 per cent"
            # letters glued before the digits: currency ("RMB9.89") or a label ("C919")
            pm = _PREFIX_RX.search(text[max(0, tok.start - 5):tok.start])  # "EUR -58 million": before the sign
            if pm:
                tok.currency = V.CURRENCY_PREFIXES[pm.group().strip()]
                tok.bare_symbol = pm.group().strip() if pm.group().strip() in V.SHARED_SYMBOLS else ""
                tok.start = tok.start - len(pm.group())
            elif s and (text[s - 1] in _ASCII_ALNUM or text[s - 1] == "\n"):  # (most numbers follow a space)
                lm = _LEFT_LETTERS.search(text[max(0, s - 6):s])
                if lm:
                    tok.glued_prefix = lm.group()
        pos = tok.core_end
        glued_unit = False
        if kind == "num" and pos < n and text[pos].isalpha():
            um = _UNIT_RX.match(text, pos)
            gm = _GLUED_SCALE_RX.match(text, pos)
            if um and um.group(1) == "" and um.group(2).lower() != "times" and _unit_ok(um.group(2)):
                glued_unit = True
            elif gm:
                tok.scale = V.GLUED_SCALES.get(gm.group(1).lower(), V.SCALE_WORDS.get(gm.group(1).lower(), 1.0))
                tok.has_scale = True
                pos = gm.end()
                tok.end = pos
            else:
                tok.glued_suffix = _GLUED_LETTERS.match(text, pos).group()
        if not tok.glued_suffix:
            if not glued_unit:
                while True:
                    c = text[pos:pos + 1]
                    sm = _SCALE_RX.match(text, pos) if c == "-" or c.isspace() else None  # (it opens with [\s-])
                    if not sm:
                        break
                    tok.scale *= V.SCALE_WORDS[sm.group(1).lower()]
                    tok.has_scale = True
                    pos = sm.end()
                    tok.end = pos
            um = _UNIT_RX.match(text, pos) or (_PCT_HYPHEN_RX.match(text, pos) if text[pos:pos + 1] == "-" else None)
            # ("a 22.3-percent increase")
            if um and _unit_ok(um.group(2)):
                w = um.group(2)
                wl = " ".join(_WORD_SPLIT.split(w.lower())) if w.lower() not in V.UNIT_WORDS else w.lower()
                if wl == "times":
                    if not tok.has_scale:
                        tok.unit, tok.unit_word = "times", w
                        if tok.kind in ("num", "word"):
                            tok.kind = "multiple"
                        pos = um.end()
                        tok.end = pos
                elif (w.lower() in V.CURRENCY_WORDS or wl in V.CURRENCY_WORDS) and not (
                        wl in V.WEIGHT_HOMONYMS and _OF_AFTER.match(text, um.end())):
                    tok.currency = tok.currency or V.CURRENCY_WORDS.get(w.lower(), V.CURRENCY_WORDS.get(wl))
                    tok.unit_word = w
                    pos = um.end()
                    tok.end = pos
                else:
                    spec = V.UNIT_WORDS.get(w) or V.UNIT_WORDS.get(w.lower()) or V.UNIT_WORDS.get(wl)
                    if spec and spec["unit"] == "points" and tok.kind != "num":
                        spec = None  # "three points" of a speech are not index points
                    if spec:
                        tok.unit = spec["unit"]
                        tok.factor = float(spec.get("factor", 1))
                        tok.unit_word = w
                        pos = um.end()
                        tok.end = pos
            if tok.currency and tok.unit is None:
                tok.unit = tok.currency
                pm = _PER_UNIT.match(text, pos)
                if pm:
                    tok.unit = f"{tok.currency}/{V.PER_UNITS[' '.join(pm.group(1).lower().split())]}"
                    pos = pm.end()
                    tok.end = pos
        if pos < n and text[pos] in "-+":  # both patterns open with "-" or "+"
            pm2 = _PLUS_RX.match(text, pos)
            if pm2:
                tok.plus_suffix = True
            else:
                hm = _HYPHEN_WORD.match(text, pos)
                if hm:
                    tok.hyphen_compound = hm.group(1)
        ws = text.rfind(" ", 0, tok.core_start) + 1
        we = text.find(" ", tok.core_end)
        word = text[ws:we if we >= 0 else n]
        if "://" in word or "www." in word or "@" in word or ".htm" in word or ".com" in word or word.count("/") >= 2:
            tok.in_link = True
        toks.append(tok)
    return toks
