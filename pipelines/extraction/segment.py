"""Split a document into paragraphs and sentences, keeping a map back to character offsets.

Texts come from web pages, PDFs and transcripts: paragraphs are broken by blank lines, by single
line breaks, and sometimes in mid-sentence (a photo caption dropped between two halves of a
sentence, a word hyphenated across a page break: "712 mil-" ... "lion tonnes"). A paragraph is
therefore a list of pieces (lines) of the document; a line that starts with a lower-case letter
continues the last open paragraph (preferring one that ends in a broken word). The logical text of
a sentence joins its pieces with a space, or with nothing where a hyphenated word was broken.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from pipelines.extraction.vocab import load

_LINE = re.compile(r"[^\n]+")
_TERMINAL = re.compile(r"""[.!?:;]["'”’)\]]*\s*$""")
_BROKEN_WORD = re.compile(r"[A-Za-z]-$")
_NUMBER_PREFIX_END = re.compile(r"\b(?:No|Nos|Art|Vol|pp?)\.$")
# a decimal broken by the line: "reached 44.\n\n4 billion yuan, 620.8 billion yuan ..."
_DECIMAL_BROKEN_END = re.compile(r"(?<![\d.,])\d{1,3}\.$")
_DECIMAL_BROKEN_START = re.compile(r"\d+(?:%|\s+[a-z%])")
# a line at least this long, ending in a lower-case word or a comma, that the next line continues (wire copy wraps
# its lines at 55 to 70 characters: "China's copper imports in March rose" / "25% from a year earlier")
_WRAPPED_LINE = 45
_DATELINE_START = re.compile(r"[A-Z]{2,}[A-Z .'-]*(?:,|\s+[-–—(])")  # "JOHANNESBURG - ...": a headline's end before it
_BULLET = re.compile(r"^\s*(?:[•·▪●◦\-–—*]|\(?\d{1,2}[.)]|\(?[IVXivx]{1,4}[.)])\s")
# Sentence ends: . ! ? (with closing quotes) followed by space and a capital, digit, quote or bullet; or, in text
# scraped with its paragraphs run together ("data showed Monday.Outbound shipments"), a word's full stop glued to
# the next sentence's capitalised word.
SENTENCE_END = re.compile(r"""[.!?](?:["'”’)\]]*\s+(?=["“'‘(\[]?[A-Z0-9•])|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))""")
_ABBREV = frozenset(w.lower() for w in load("text")["abbreviations"])

_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def abbreviation_at(text: str, dot: int, lo: int = 0) -> bool:
    """Whether the full stop at `dot` ends an abbreviation or an initial ("U.S. Dollars", "Jan. 24", "J. Smith"), not
    a sentence (nor is "102.7 mb/d. Global ..." an initial)."""
    if text[dot] != ".":
        return False
    wb = _WORD_BEFORE.search(text, max(lo, dot - 11), dot + 1)
    if not wb:
        return False
    w = wb.group(1).lower().rstrip(".")
    return w in _ABBREV or (len(w) == 1 and w.isalpha() and text[wb.start() - 1:wb.start()] != "/")


@dataclass(slots=True)
class Run:
    log_start: int
    log_end: int
    doc_start: int
    doc_end: int  # raw end of the piece in the document (a broken word keeps its hyphen)


@dataclass
class Sentence:
    text: str  # logical text: pieces joined, line breaks as spaces
    runs: list[Run]
    para: int  # paragraph index
    heading: bool = False
    _starts: list[int] = field(default_factory=list, repr=False)


    @property
    def start(self) -> int:
        return self.runs[0].doc_start

    @property
    def end(self) -> int:
        return self.runs[-1].doc_end

    def _run(self, pos: int) -> int:
        if len(self.runs) == 1:
            return 0
        if not self._starts:  # built on first use: most sentences are never asked
            self._starts = [r.log_start for r in self.runs]
        return max(0, bisect.bisect_right(self._starts, pos) - 1)

    def doc_span(self, ls: int, le: int) -> tuple[int, int]:
        """Document offsets of the logical span [ls, le). A span that runs into a later piece that is
        not adjacent in the document (a broken word, a skipped caption) ends where its first piece ends."""
        i = self._run(ls)
        j = self._run(max(ls, le - 1))
        r0 = self.runs[i]
        start = r0.doc_start + (ls - r0.log_start)
        if i == j:
            return start, r0.doc_start + (min(le, r0.log_end) - r0.log_start)
        rj = self.runs[j]
        adjacent = all(self.runs[k + 1].log_start - self.runs[k].log_end in (0, 1) for k in range(i, j))
        if adjacent and all(self._gap_is_space(k) for k in range(i, j)):
            return start, rj.doc_start + (le - rj.log_start)
        return start, r0.doc_end

    def _gap_is_space(self, k: int) -> bool:
        return getattr(self, "_gaps", {}).get(k, False)

    def doc_pos(self, lp: int) -> int:
        r = self.runs[self._run(lp)]
        return r.doc_start + min(lp - r.log_start, r.log_end - r.log_start)


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """Lines as (start, end, follows_blank_line), with surrounding spaces trimmed."""
    out = []
    prev_end = 0
    for m in _LINE.finditer(text):
        s, e = m.start(), m.end()
        line = m.group()
        if not line.strip():
            continue
        s += len(line) - len(line.lstrip())
        e -= len(line) - len(line.rstrip())
        blank_before = text.count("\n", prev_end, s) >= 2 if out else True
        out.append((s, e, blank_before))
        prev_end = e
    return out


def paragraphs(text: str) -> list[list[tuple[int, int]]]:
    """Group lines into paragraphs (lists of (start, end) pieces)."""
    paras: list[list[tuple[int, int]]] = []
    for s, e, _blank in _pieces(text):
        first = text[s]
        joined = False
        if first.islower() and paras and not _BULLET.match(text[s:e]):
            # continue an open paragraph: prefer one of the last three that ends in a broken word
            target = None
            for k in range(len(paras) - 1, max(-1, len(paras) - 4), -1):
                ps, pe = paras[k][-1]
                if _BROKEN_WORD.search(text[max(ps, pe - 3):pe]):
                    target = k
                    break
            if target is None:
                ps, pe = paras[-1][-1]
                if not _TERMINAL.search(text[max(ps, pe - 4):pe]):
                    target = len(paras) - 1
            if target is not None:
                paras[target].append((s, e))
                joined = True
        if not joined and not _blank and paras and not _BULLET.match(text[s:e]):
            ps, pe = paras[-1][-1]
            prev_line = text[ps:pe]
            if len(prev_line) >= _WRAPPED_LINE and (prev_line[-1].islower() or prev_line[-1] == ",") and \
                    not _title_case(prev_line) and not _DATELINE_START.match(text, s):
                paras[-1].append((s, e))  # a hard-wrapped line: the sentence goes on
                joined = True
        if not joined and paras and (_NUMBER_PREFIX_END.search(text[max(0, paras[-1][-1][1] - 6):paras[-1][-1][1]])
                                     or _broken_decimal(text, paras[-1][-1], s)):
            paras[-1].append((s, e))  # "No.\n171": a document number broken by the line
            joined = True
        if not joined:
            paras.append([(s, e)])
    return paras


def _broken_decimal(text: str, prev: tuple[int, int], start: int) -> bool:
    return bool(_DECIMAL_BROKEN_START.match(text, start) and _DECIMAL_BROKEN_END.search(text, max(prev[0], prev[1] - 5),
                                                                                       prev[1]))


def _title_case(line: str) -> bool:
    words = [w for w in line.split() if w[:1].isalpha()]
    return bool(words) and sum(1 for w in words if w[0].isupper()) * 2 >= len(words)


def _is_heading(text: str, piece: tuple[int, int]) -> bool:
    s, e = piece
    line = text[s:e]
    if len(line) > 120 or len(line.split()) < 2:
        return False
    if _TERMINAL.search(line) or line.endswith(",") or re.search(r"[.!?]\s", line):
        return False
    return line[0].isupper() or line[0] in "\"“'[("


def sentences(text: str, wanted=None) -> list[Sentence]:
    """Sentences of the text. `wanted(start, end)`, if given, says whether a paragraph spanning those document
    offsets holds anything of interest; other paragraphs (except one-line headings and lead-ins) are not split."""
    out: list[Sentence] = []
    for pi, para in enumerate(paragraphs(text)):
        if wanted is not None and not any(wanted(s, e) for s, e in para) and \
                not (len(para) == 1 and (_is_heading(text, para[0]) or text[para[0][1] - 1] == ":")):
            continue  # (a heading, or the lead-in of a list, tells what the paragraphs after it hold)
        # build the logical text of the paragraph
        chunks: list[str] = []
        runs: list[Run] = []
        gaps: dict[int, bool] = {}
        pos = 0
        for k, (s, e) in enumerate(para):
            raw_end = e
            piece = text[s:e]
            if k > 0:
                prev = runs[-1]
                if _BROKEN_WORD.search(text[max(prev.doc_start, prev.doc_end - 2):prev.doc_end]) and piece[:1].islower():
                    # rejoin the broken word: drop the hyphen from the logical text
                    chunks[-1] = chunks[-1][:-1]
                    prev.log_end -= 1
                    pos -= 1
                elif _broken_decimal(text, (prev.doc_start, prev.doc_end), s):
                    gaps[len(runs) - 1] = text[prev.doc_end:s].strip() == ""  # rejoined with nothing between
                else:
                    chunks.append(" ")
                    gaps[len(runs) - 1] = text[prev.doc_end:s].strip() == ""
                    pos += 1
            chunks.append(piece)
            runs.append(Run(pos, pos + len(piece), s, raw_end))
            pos += len(piece)
        ptext = "".join(chunks)
        heading = len(para) == 1 and _is_heading(text, para[0])
        # split into sentences
        bounds = [0]
        for m in SENTENCE_END.finditer(ptext):
            if abbreviation_at(ptext, m.start()):
                continue
            bounds.append(m.end())
        bounds.append(len(ptext))
        ri = 0
        nruns = len(runs)
        for a, b in zip(bounds, bounds[1:]):
            while b > a and ptext[b - 1].isspace():
                b -= 1
            if b <= a:
                continue
            while ri < nruns - 1 and runs[ri].log_end <= a:
                ri += 1
            sub_runs = []
            k = ri
            while k < nruns and runs[k].log_start <= b:
                r = runs[k]
                lo, hi = max(a, r.log_start), min(b, r.log_end)
                if lo < hi or (lo == hi and r.log_start == r.log_end):
                    sub_runs.append(Run(lo - a, hi - a, r.doc_start + (lo - r.log_start),
                                        r.doc_end if hi == r.log_end else r.doc_start + (hi - r.log_start)))
                k += 1
            if not sub_runs:
                continue
            stext = ptext[a:b]
            if "\n" in stext:
                stext = stext.replace("\n", " ")
            sent = Sentence(stext, sub_runs, pi, heading)
            # adjacency of consecutive runs (only white space between them in the document)
            if len(sub_runs) > 1:
                sg = {}
                for k in range(len(sub_runs) - 1):
                    sg[k] = text[sub_runs[k].doc_end:sub_runs[k + 1].doc_start].strip() == "" and not \
                        _BROKEN_WORD.search(text[max(0, sub_runs[k].doc_end - 2):sub_runs[k].doc_end])
                sent._gaps = sg  # type: ignore[attr-defined]
            out.append(sent)
    return out
