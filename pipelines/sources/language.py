"""A cheap, dependency-free "is this English?" gate for decoded source texts.

The extractor only understands English; fed Chinese, Russian or German it would
produce garbage rows instead of nothing.  Rather than a language-ID model we use
two signals on a bounded sample of the text (start, middle and end windows):

* script: the share of letters that are not ASCII, and which Unicode block most
  of them come from (Han, Cyrillic, ...);
* function words: the share of ASCII word tokens that are common English
  function words ("the", "of", "and", ...).  Numbers never count as words, so
  tables of figures do not dilute it; pinyin names dilute it only mildly.
  Small stopword lists for a few other Latin-script languages are used to name
  the language in the message and to break ties.

The thresholds were tuned on the English seed texts in ``seeds/`` (stopword
share 0.30-0.40) against composed German, French, Chinese and Russian samples
(English stopword share below 0.06).
"""
from __future__ import annotations

import re
from collections import Counter

SAMPLE_WINDOW = 8_000
"""Characters taken from each of the start, middle and end of the text."""

MIN_WORDS = 40
"""With fewer ASCII words than this the stopword test is skipped (too noisy)."""

MAX_NON_ASCII_LETTER_SHARE = 0.30
"""More non-ASCII letters than this share of all letters: not English."""

MIN_ENGLISH_STOPWORD_SHARE = 0.12
"""At least this share of ASCII words must be English function words."""

ENGLISH = frozenset(
    """
    a about above after against all also am an and any are as at be because been
    before being between both but by can could did do does down during each few
    for from further had has have having he her here hers him his how i if in
    into is it its itself me more most my no nor not of off on once only or other
    our ours out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your
    said says year per while since than over
    """.split()
)

_OTHERS: dict[str, frozenset[str]] = {
    "German": frozenset(
        "der die das und ist nicht ein eine einer eines dem den des mit sich auf "
        "für von zu im auch als wird werden wurde nach bei aus sind dass oder "
        "über noch wie durch um gegenüber vom zum zur jahr prozent".split()
    ),
    "French": frozenset(
        "le la les et est une des du dans que qui pour pas sur par plus avec "
        "au aux ce cette sont été ont mais ou son sa ses leur nous vous".split()
    ),
    "Spanish": frozenset(
        "el la los las y es una del que en por para con no se su al lo como "
        "más pero sus fue ha han este esta entre".split()
    ),
    "Italian": frozenset(
        "il lo la gli le di che è e un una del della per non con sono nel alla "
        "dei delle anche come più ma".split()
    ),
    "Dutch": frozenset(
        "de het een en van is dat niet op te met voor zijn er aan ook als bij "
        "door maar om naar dan nog wordt werd".split()
    ),
    "Portuguese": frozenset(
        "o os as e é um uma do da dos das que em para com não se no na por mais "
        "como mas foi ao pelo pela".split()
    ),
}

# (first code point, last code point, language or script name used in messages)
_SCRIPTS: tuple[tuple[int, int, str], ...] = (
    (0x00C0, 0x024F, "a non-English Latin-script language"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Russian (Cyrillic script)"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0900, 0x097F, "Hindi (Devanagari script)"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Korean"),
    (0x1E00, 0x1EFF, "Vietnamese"),
    (0x3040, 0x30FF, "Japanese"),
    (0x3400, 0x4DBF, "Chinese"),
    (0x4E00, 0x9FFF, "Chinese"),
    (0xAC00, 0xD7AF, "Korean"),
    (0xF900, 0xFAFF, "Chinese"),
    (0x20000, 0x2FFFF, "Chinese"),
)

_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def sample(text: str, window: int = SAMPLE_WINDOW) -> str:
    """Start, middle and end windows of ``text`` (the whole text when short)."""
    if len(text) <= 3 * window:
        return text
    mid = len(text) // 2 - window // 2
    return "\n".join((text[:window], text[mid : mid + window], text[-window:]))


def unsupported_language(text: str) -> str | None:
    """None when ``text`` looks English, else a reason such as
    ``"unsupported language: looks like Chinese (92% of letters are non-ASCII; no English stopwords)"``.
    """
    s = sample(text)
    letters = [c for c in s if c.isalpha()]
    non_ascii = [c for c in letters if not c.isascii()]
    words = [w.lower() for w in _WORD.findall(s)]
    hits = sum(1 for w in words if w in ENGLISH)
    share = hits / len(words) if words else 0.0
    stop_note = "no English stopwords" if hits == 0 else f"{share:.0%} English stopwords"

    if letters and len(non_ascii) / len(letters) > MAX_NON_ASCII_LETTER_SHARE:
        name = _dominant_script(non_ascii)
        if name.startswith("a non-English Latin"):
            name = _best_other(s) or name
        pct = len(non_ascii) / len(letters)
        return f"unsupported language: looks like {name} ({pct:.0%} of letters are non-ASCII; {stop_note})"

    if len(words) < MIN_WORDS:
        return None  # too short to judge by words; the script test passed

    other_name, other_share = _best_other_share(s)
    if share < MIN_ENGLISH_STOPWORD_SHARE or other_share > share:
        detail = f"{stop_note} among {len(words)} words, below {MIN_ENGLISH_STOPWORD_SHARE:.0%}"
        if other_share > share or other_share >= 0.1:
            return f"unsupported language: looks like {other_name} ({detail})"
        return f"unsupported language: not recognisably English prose ({detail})"
    return None


def _dominant_script(chars: list[str]) -> str:
    counts: Counter[str] = Counter()
    for c in chars:
        cp = ord(c)
        for lo, hi, name in _SCRIPTS:
            if lo <= cp <= hi:
                counts[name] += 1
                break
        else:
            counts["a non-English language"] += 1
    # Japanese text is mostly Han with some kana; any kana at all means Japanese.
    if counts.get("Japanese", 0) >= 0.05 * len(chars):
        return "Japanese"
    return counts.most_common(1)[0][0]


def _best_other_share(s: str) -> tuple[str, float]:
    words = [w.lower() for w in _LATIN_WORD.findall(s)]
    if not words:
        return ("a non-English language", 0.0)
    best = ("a non-English language", 0.0)
    for name, stops in _OTHERS.items():
        share = sum(1 for w in words if w in stops) / len(words)
        if share > best[1]:
            best = (name, share)
    return best


def _best_other(s: str) -> str | None:
    name, share = _best_other_share(s)
    return name if share >= 0.1 else None
