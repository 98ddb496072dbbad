"""Resolve the period a number describes from the words around it and the document's date.

How a number gets its period (OBSERVATIONS.md, "Periods"); every rule is stated once here
and beside its code:

1. A time phrase in the number's own statement (its sentence, up to a ";"). A phrase right
   after the number wins ("grew 5% in 2024 and 4.5% this year and 4% next"), unless the
   sentence opens with a time phrase and the later one belongs to another figure; otherwise
   the nearest phrase before it. Not periods: the base of a comparison ("compared with
   2020", "from 2014 levels", "than the same period last year"), the date of a statement
   ("the bank had forecast in January"), years naming things ("the 2025 World Expo",
   "projects under the 14th Five-Year Plan"), and the time of the start value of a change
   ("from 58% in 2020 to 49%": 2020 is 58%'s; "from 42% to 51%" follows the same pattern).
2. A change set beside a figure ("reached 905 billion yuan, up 9.3%") shares its period.
3. A goal or forecast ("will", "should", "aim to", "expected", before the number or in its
   clause) without its own time takes the last deadline stated in the paragraphs just before
   ("by 2030"; the items of a list count with the paragraph that opens it: "By 2027:\n- the
   rate should reach 85%"); without one it is unknown. "Analysts had expected 5%" is no
   forecast but an expectation about the period reported on.
   Changes with neither base nor time ("an average productivity increase of 29%") and
   timeless statements ("recycling aluminium requires only 5% of the energy") are unknown.
   "Rose 10% compared with the end of 2020" runs from 2021 to the document's date.
4. Otherwise the time carries over: from the previous sentence if it states one time, from a
   sentence-opening phrase ("In the first five months, ...") up to three sentences back,
   from the paragraph's lead sentence, from the previous paragraph when this one continues
   it ("In addition, ...", "Meanwhile, ..."), and for a headline from its article's lead.
   A later sentence that states another time ends an older phrase's reach ("In June alone,
   ... . Bulk cargo grew 3% in the first six months. Ro-ro traffic climbed 5%": not June); in
   a release about one month a cumulative phrase inside a paragraph does not carry, but one
   opening the paragraph ("In the first 10 months, trade rose 5%. Exports grew 7%. ...")
   holds for all of it. A level after a report takes the time of that report's first figure
   ("rose to 7.8% in June from 7.7% in May. Youth unemployment stood at 17%").
   A paragraph that states no time continues the text before it: the one time of the nearest
   earlier paragraph that reports figures with one (up to CARRY_PARAGRAPHS back; the items
   of a list count with the paragraph that opens it, "The targets for the coming year
   are:"), if that time spans the document's period (a release on October moves on to "the
   first 10 months"; an aside "In October alone" in a release on the first 10 months does
   not carry), else the one time of its section's heading ("I. Review of work in 2024",
   "II. Main targets for 2025": short lines without final punctuation, often numbered). A
   heading ends the reach of the paragraphs before it. Goals without a deadline of their
   own and changes without a base ("growth of around 5.5%;") take the heading's time too.
   "Forecast by economists", "expected in a poll" is an expectation about the period
   reported, not a forecast of the text. "The coming year" in a text dated in January or
   February is the year just begun (year_turn_month in periods.yaml).
5. Otherwise the document's own reporting period: the narrowest period named in its title
   ("X cuts 2025 outlook as first-quarter orders slump": the quarter), else the one time its
   lead reports on ("Steel output fell 13.2% in August, ..."): the first of the lead
   paragraph's first two sentences that states a time ("Good afternoon. Let me brief you on
   ... the first half of the year."); bylines and labels (short lines without a full stop)
   are not the lead. "In the quarter", "in the month", "in the period" name it too.
6. Stocks and flows: a flow ("revenue", "growth", "exported", "61 new firms", an amount of
   money, a change verb) takes the period; so does a level reported in the past tense ("the
   surplus stood at", "was", "came in at", an index reading). A count held in the period
   ("the city had 28 museums") stands at its end, and so does a balance ("net debt rose to
   EUR 1.1 billion"). A level in the present tense ("remains at", "is 42%"), a standing total
   ("currently", "so far", "there are", "in operation", "have been built"), a market quote
   ("shares fell 9% in trading") and a count with no word of flow stand at the document's
   date. "By the end of 2025" is a point for a stock or a goal, but the year 2025 for a flow
   reported over it ("revenue reached 38 trillion yuan by the end of 2025").
   Spans of whole months take their calendar type (January-March is a quarter, January-June
   a half, January-August `ytd`); "on Friday" is the latest Friday up to the document's date.
   A policy rate set by a decision ("held its key rate at 4.5% last week") stands at
   the document's date; a figure followed by "today" too.
8. Readings and changes: a start value with no time of its own ("eased to 5.8% from 6.1%")
   is the reading of the period before (the month before October); "compared with a 0.5%
   rise a year earlier" is the same period a year before; "rose to 4.1% from 4.0% in
   January" names the start value's time, the reading is the month after. A price, index
   or wage rate "in the 12
   months to October" / "in the year to October" is October's annual rate (a month); other
   figures over those months span them. "The financial year to October" runs from the
   year's first month (fiscal_year_start in periods.yaml). Not periods: "the level of the
   first half of 2019", "since the 2008-09 crisis" (bases), "the 15.5 million sold in 2023"
   after "above"/"than" (another figure's time).
9. Tables: a cell takes the period in its column's header ("May", "Jan-May"); a column
   without one ("YoY (%)") belongs to the nearest time column on its left; without times in
   the header, a row labelled with a time takes it.
7. The document's date is an event date in its lead ("On January 21, 2026, the council
   held a press conference ...") if there is one shortly before publication, else the
   publication date, else a dateline in the text; its year resolves "this year". With no
   date at all the year is inferred from the text (a year reported in the past tense is
   over; a forecast year is at most the current one), and what would stand at the
   document's date stands at the end of the period it reports on (a communiqué on 2021:
   2021-12-31). Nothing fixes the time: unknown.

The document is scanned once in __init__ (_scan: trigger words of time phrases, cue words,
numbers and clause cuts; then the time phrases, sentences and paragraphs); resolve() works on
bisect look-ups into those sorted lists and per-sentence caches, and walks back over a bounded
number of sentences and paragraphs, so a document costs time linear in its length
(tests/periods/test_period_scaling.py).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from pipelines.extraction.model import Period
from pipelines.extraction.segment import SENTENCE_END, abbreviation_at
from pipelines.extraction.tables import cell_spans
from pipelines.extraction.document_period import DocumentPeriod
from pipelines.extraction.temporal_scan import (
    BASE, DAY_KINDS, HEADLINE_CHARS, NOW, PERIOD, REPORT_TYPES, SAME_PERIOD_OF, SPEECH, Mention, Reference, Scanner,
    month_end, months_apart, months_into, period_before, point,
)
from pipelines.extraction.temporal_vocab import CALENDAR_FISCAL_YEAR, vocab
from pipelines.extraction.vocab import MULTIPLES, PERCENT_SIGN, RECORDED
from pipelines.sources.datelines import find_dateline

OWN_PHRASE = 40  # a noun this close after the number names what it measures ("5 percent growth")
STATEMENT_BEFORE = 160  # cue words count this far before the number, within its statement
AFTER_NUMBER = 90  # ... and this far after it (up to the next number)
HEADLINE_LOOKAHEAD = 4  # paragraphs (bylines, subheads) between a headline and its lead
FUTURE_CARRY_PARAGRAPHS = 3  # a deadline carries to goals in this many following paragraphs
LEADING_CARRY_SENTENCES = 3  # "In the first five months, ..." holds for this many following sentences
FUTURE_CARRY_CHARS = 3000  # ... and at most this far back
CARRY_WALK = 8  # sentences searched back for a time to carry (then only the paragraph's lead)
CARRY_PARAGRAPHS = 3  # paragraphs a continuation ("In addition, ...") reaches back over
CONTEXT_WALK = 40  # paragraphs (list items included) searched back for the time of the text before

_TERMINAL = tuple(".!?:\"”’)")
_CLAUSE_CUT = re.compile(
    r";|:|,\s+(?:and|while|whereas|but|with|which|as well as|adding|noting|saying)\s+(?![\d$€£¥])|\s+while\s+"
)
_BASE_GAP = re.compile(
    r"\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|than|from|versus|vs\.?|relative\s+to|against|after|"
    r"similar\s+to|in\s+contrast\s+(?:to|with)|unlike)\b"
)
_PERIOD_CODE = re.compile(r"\b[1-4][qh]\d\d\b")
# between a possessive time and its own figure: nothing, or a short noun phrase ("over two-year low of")
_OWNED_FIGURE = re.compile(r"[\s+$-]*|\s+(?:[\w-]+\s+){0,4}?of\s+[$]?")


@dataclass(slots=True)
class _SentenceCues:
    cues: list  # (start, end, kind): kind in after, stock, present, perfect, noun, verb
    starts: list
    hard: list  # offsets of ";"
    cut_ends: list  # ends of ", with" / ", while" ...
    facts: tuple  # (first strong stock cue or -1, year-on-year word, "Cumulatively," opening, goal words at)
    expects_reported: bool  # a forecast the figures are measured against ("economists had forecast a 1.5% rise")
    number_starts: list  # numbers of the sentence (not those inside time phrases)
    clause_starts: list  # clause cuts (";", ", and ...") of the sentence: starts ...
    clause_ends: list  # ... and ends


class PeriodResolver(DocumentPeriod):
    """Built once per document; answers for each number where it stands."""

    def __init__(self, text: str, published: date | None, country: str | None = None, title: str | None = None) -> None:
        """`country`: the ISO 3166-1 code of the place the text is about, for its fiscal year; `title`: the headline
        a manifest gives the text, which may name the period it reports on."""
        self.text = text
        self.published = published
        self.v = v = vocab()
        self.scanner = sc = Scanner(v)
        low = text.lower()
        if len(low) != len(text):  # a few characters change length when lower-cased
            low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
        self.low = low
        triggers = self._scan(text, low)
        raw = sc.raw_hits(low, triggers)
        self._segment(text)

        dateline = published or find_dateline(text)
        event = self._event_date(text, raw, dateline)
        ref_date = event or dateline
        ref_year = ref_date.year if ref_date else self._infer_year(text, raw)
        fiscal = v.fiscal_years.get(country or "", CALENDAR_FISCAL_YEAR)
        ref = Reference(ref_date, ref_year, ref_year, fiscal=fiscal)
        # the document's own reporting period, from its title
        self.doc_period = self._title_period(text, raw, ref)
        if self.doc_period is None and title and not text.lstrip().startswith(title.strip()):
            self.doc_period = _headline_period(title, published, country)
        if self.doc_period is None:
            self.doc_period = self._top_heading_period(text, raw, ref)
        if self.doc_period is None:
            self.doc_period = self._lead_period(text, raw, ref)
        if self.doc_period is None:
            self.doc_period = self._reviewed_year(text, raw, ref)
        if self.doc_period is not None and self.doc_period.start is not None:
            ref = Reference(ref_date, ref_year, self.doc_period.end.year if self.doc_period.type != "range" else ref_year,
                            fiscal=fiscal)
        ref.doc_period = self.doc_period
        self.ref = ref

        mentions = [sc.resolve(text, s, e, name, m, ref) for s, e, name, m in raw]
        # numbers inside time phrases are not numbers ("2025", "June 30")
        spans = [(mt.start, mt.end) for mt in mentions]
        self._spans = spans
        nums = [n for n in self._all_numbers if not self._inside(n, spans)]
        self.num_starts = [n[0] for n in nums]
        self.num_ends = [n[1] for n in nums]
        sc.assign_roles(text, mentions, self._number_before, low)
        self._after_named(mentions)
        if fiscal.first_month != 1:
            self._quarters_of_named_fiscal_years(mentions, fiscal.first_month)
        for mt in mentions:
            k = self._sentence_index(mt.start)
            lead = text[self.sent_starts[k]:mt.start]
            # (also after an attribution: "According to the ministry, from January to October, ...")
            mt.leading = not lead.strip(" \t\"“'‘(") or bool(_ATTRIBUTION_OPEN.fullmatch(lead))
        self.mentions = mentions
        self.m_starts = [mt.start for mt in mentions]
        self._cue_cache: dict[int, _SentenceCues] = {}
        self._carry_cache: dict[tuple, Mention | None] = {}
        self._base_cache: dict[int, Period | None] = {}
        self._table_cache: dict[int, list] = {}
        self._generic_cache: dict[int, bool] = {}
        self._row_cache: dict[int, list | None] = {}
        self._newlines = _find_all(text, "\n")
        self._section_cache: dict[int, Mention | None] = {}
        # the nearest section heading ("I. Review of work in 2024") before each paragraph
        self.section_of: list[int] = []
        last = -1
        for q in range(len(self.para_headline)):
            self.section_of.append(last)
            if q > 0 and self._is_heading(q):
                last = q

    def _after_named(self, mentions: list[Mention]) -> None:
        """"Inflation eased to 21.3% in December from 21.5% in the previous month": the month before the
        one its sentence names, not before the document's."""
        last: Mention | None = None
        for mt in mentions:
            if last is not None and (self._sentence_index(last.start) != self._sentence_index(mt.start)
                                     or ";" in self.low[last.end:mt.start]
                                     or self.v.comma_cut.search(self.low, last.end, mt.start)):
                last = None  # (in another clause, "... in Q1, while exports rose 0.6% after 0.7% in the previous
                # quarter", the previous quarter is the clause's own)
            if mt.kind == "prev_period" and last is not None and mt.period is not None and \
                    last.period.type == mt.period.type:
                mt.period = period_before(last.period)
            elif mt.period is not None and mt.period.type in ("month", "quarter") and mt.role != BASE:
                last = mt

    def _quarters_of_named_fiscal_years(self, mentions: list[Mention], first_month: int) -> None:
        """"Growth for 2023-24 is projected at 6.5% with Q2 at 6.5%; ... and Q4 at 5.7%", "Q1, 2024-25": a quarter
        without its year is one of the fiscal year its sentence names (the one right after it, else the last
        before it)."""
        def fiscal(mt: Mention) -> bool:
            return mt.period is not None and mt.period.type == "year" and mt.period.start.month == first_month

        last: Mention | None = None
        for i, mt in enumerate(mentions):
            if last is not None and self._sentence_index(last.start) != self._sentence_index(mt.start):
                last = None
            if fiscal(mt):
                last = mt
            elif mt.kind == "quarter" and not mt.explicit_year and mt.period is not None:
                nxt = mentions[i + 1] if i + 1 < len(mentions) else None
                fy = nxt if nxt is not None and fiscal(nxt) and _QUARTER_OF.fullmatch(self.low, mt.end, nxt.start) \
                    else last
                if fy is not None:
                    q = (months_apart(fy.period.start, mt.period.start) % 12) // 3
                    mt.period = months_into(fy.period.start, 3 * q, 3, "quarter")

    # ------------------------------------------------------------------ numbers
    # Numbers are looked up near where they are needed (no scan of the whole text; the
    # numbers of a sentence are cached with its cues); digits inside a time phrase
    # ("2025", "June 30") are not numbers.
    def _number_before(self, pos: int, lo: int) -> tuple[int, int] | None:
        """The last number ending at or before pos and starting at or after lo."""
        i = bisect.bisect_right(self.num_starts, pos) - 1
        ends = self.num_ends
        while i >= 0 and ends[i] > pos:
            i -= 1
        if i >= 0 and self.num_starts[i] >= lo:
            return self.num_starts[i], ends[i]
        return None

    def _scan(self, text: str, low: str) -> list[tuple[int, str]]:
        """The one regex pass over the document: trigger words of time phrases (returned),
        cue words (self._cue_all: start, end, word), numbers (self._all_numbers), and with
        literal searches the clause cuts (";", ":", "—", ", and ...", " while ")."""
        v = self.v
        trig_words = v.trigger_words
        tags = v.word_tags
        inner = v.inner_triggers
        triggers = []
        cue_all = []
        numbers = []
        n = len(low)
        for m in v.word_scan.finditer(low):
            word = m.group()
            s = m.start()
            if word in trig_words:
                triggers.append((s, word))
            e = m.end()
            if word in tags:
                key = word
            elif " " not in word and "\n" not in word and "\t" not in word:
                continue
            else:
                key = " ".join(word.split())
                if key not in tags:
                    continue
            if key in inner:
                for part in _WORD.finditer(low, s, e):
                    if part.group() in trig_words and part.start() > s:
                        triggers.append((part.start(), part.group()))
            # cue words stand apart from hyphenated compounds ("sales-related")
            if (s == 0 or low[s - 1] != "-") and (e >= n or low[e] != "-"):
                cue_all.append((s, e, key))
        for m in v.number_scan.finditer(low):
            s, e = m.span()
            if s and (low[s - 1].isalnum() or low[s - 1] in "_.,"):
                continue
            if e - s >= 4 and low[s:s + 2] in ("19", "20") and low[s + 2:s + 4].isdigit() and (
                s + 4 >= n or not (low[s + 4].isalnum() or low[s + 4] == "_")
            ):
                triggers.append((s, "#"))  # a year
            if e < n and text[e].isupper():
                continue  # "5G": a name
            numbers.append((s, e))
        for tag in ("q1", "q2", "q3", "q4", "h1", "h2"):  # literal searches: faster than a regex
            for s in _find_all(low, tag):
                if (s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")) and (
                    s + 2 >= n or not (low[s + 2].isalnum() or low[s + 2] == "_")
                ):
                    triggers.append((s, tag[0]))
        for m in _PERIOD_CODE.finditer(low):  # "1q24", "2h24"
            triggers.append((m.start(), "nq"))
        for s in _find_all(low, "fy"):  # "fy24": no word boundary before the digits
            if (s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")) and low[s + 2:s + 4].isdigit():
                triggers.append((s, "fy"))
        triggers.sort()
        self._cue_all = cue_all
        self._cue_all_starts = [c[0] for c in cue_all]
        self._all_numbers = numbers
        # clause cuts, found by literal searches (fast)
        hard = _find_all(low, ";")
        colon = _find_all(low, ":")
        dash = _find_all(low, "—")
        cut_ends = [i + 1 for i in dash]
        clauses = [(i, i + 1) for i in hard] + [(i, i + 1) for i in colon]
        for m in v.comma_cut.finditer(low):
            if m.group().split()[-1] in ("with", "while", "whereas", "which"):
                cut_ends.append(m.end())
            w = _CLAUSE_TAIL.match(low, m.end())
            if w is not None:
                clauses.append((m.start(), w.end()))
        for i in _find_all(low, "while"):
            a, b = i, i + 5
            if a == 0 or not low[a - 1].isspace() or b >= n or not low[b].isspace():
                continue
            while a > 0 and low[a - 1].isspace():
                a -= 1
            if a > 0 and low[a - 1] == ",":
                continue  # ", while" is counted above
            while b < n and low[b].isspace():
                b += 1
            cut_ends.append(b)
            clauses.append((a, b))
        cut_ends.sort()
        clauses.sort()
        self._hard_all = hard
        self._cut_ends_all = cut_ends
        self._clause_starts_all = [c[0] for c in clauses]
        self._clause_ends_all = [c[1] for c in clauses]
        return triggers


    # ------------------------------------------------------------------ set-up
    @staticmethod
    def _inside(n: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
        i = bisect.bisect_right(spans, (n[0], 1 << 62)) - 1
        return i >= 0 and spans[i][0] <= n[0] and n[1] <= spans[i][1]

    def _segment(self, text: str) -> None:
        """Paragraphs (lines) and sentences. A line that breaks off mid-sentence (no final
        punctuation, and the next text line starts in lower case or the line ends on a
        word like "from") continues across the break, over a short caption block if need be."""
        lines = []  # (start, end) of non-empty lines
        pos = 0
        n = len(text)
        while pos <= n:
            k = text.find("\n", pos)
            k = n if k < 0 else k
            seg = text[pos:k]
            if seg.strip():
                lead = len(seg) - len(seg.lstrip())
                lines.append((pos + lead, pos + len(seg.rstrip())))
            pos = k + 1
        paras: list[list[int]] = []  # [start, end]
        skips: list[tuple[int, int]] = []
        open_para = False
        for i, (s, e) in enumerate(lines):
            last = text[s:e]
            if open_para:
                paras[-1][1] = e
            else:
                paras.append([s, e])
            open_para = False
            if last.endswith(_TERMINAL):
                continue
            # does the sentence run on into the next line(s)?
            # only a word broken by a hyphen ("712 mil-") runs on over a caption block
            reach = 4 if last.endswith("-") else 2
            for ahead in range(i + 1, min(i + reach, len(lines))):
                nxt = text[lines[ahead][0]:lines[ahead][1]]
                if nxt[:1].islower() or (ahead == i + 1 and
                                         _OPEN_END.search(last, max(0, len(last) - _OPEN_END_REACH))):
                    open_para = True
                    if ahead > i + 1:
                        # a caption or credit line interrupts the sentence: no boundary inside it
                        skips.append((e, lines[ahead][0]))
                    break
        # a short paragraph without final punctuation is a headline, byline or caption:
        # it starts a new article on pages that carry several
        # (items of a list, "- the share should reach 70%;", are not headlines)
        self.para_headline = [
            e - s < HEADLINE_CHARS and not text[s:e].endswith(_TERMINAL) and not _LIST_ITEM.match(text, s)
            for s, e in paras
        ]
        # a run of short lines of figures ("GDP was up by 9.2%", "Trade in goods was up by 15.3%") is a
        # list of highlights, not a series of headlines
        figures = [h and _FIGURE.search(text, s + 5, e) is not None for h, (s, e) in zip(self.para_headline, paras)]
        self.highlight_lines: set[int] = set()
        for q, fig in enumerate(figures):
            if fig and ((q > 0 and figures[q - 1]) or (q + 1 < len(figures) and figures[q + 1])):
                self.para_headline[q] = False
                self.highlight_lines.add(q)
        self.headline_paras = [q for q, h in enumerate(self.para_headline) if h]
        skip_starts = [a for a, _ in skips]
        starts: list[int] = []
        para_of: list[int] = []
        for p, (s, e) in enumerate(paras):
            starts.append(s)
            para_of.append(p)
            for m in SENTENCE_END.finditer(text, s, e):
                d = m.start()
                if abbreviation_at(text, d, s):
                    continue  # "Aug. 10", "U.S. Dollars": an abbreviation, not a sentence end
                if skips:
                    x = bisect.bisect_right(skip_starts, m.start()) - 1
                    if x >= 0 and m.start() < skips[x][1]:
                        continue
                nxt = m.end()
                while nxt < e and text[nxt] in " \t\n":
                    nxt += 1
                if nxt < e:
                    starts.append(nxt)
                    para_of.append(p)
        if not starts:
            starts, para_of = [0], [0]
            self.para_headline = [False]
            self.headline_paras = []
        else:
            starts[0] = 0  # leading blank space belongs to the first sentence
        self.sent_starts = starts
        self.sent_para = para_of
        self.para_first: dict[int, int] = {}
        for i, p in enumerate(para_of):
            self.para_first.setdefault(p, i)

    def _sentence_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def _sentence_span(self, k: int) -> tuple[int, int]:
        s = self.sent_starts[k]
        e = self.sent_starts[k + 1] if k + 1 < len(self.sent_starts) else len(self.text)
        return s, e

    def _is_label(self, p: int) -> bool:
        """A short paragraph without a final full stop: a byline ("WASHINGTON (Desk)"), a
        speaker's label, a heading; not the lead of an article."""
        f = self.para_first.get(p)
        if f is None:
            return False
        ps, pe = self.sent_starts[f], self._para_end(p)
        return pe - ps < HEADLINE_CHARS and not self.text[ps:pe].rstrip().endswith((".", "!", "?"))

    def _is_heading(self, p: int) -> bool:
        """A section heading: a short line without final punctuation ("Review of work in
        2024"), often numbered ("I. ...", "2. ...", "Part 2 ...")."""
        f = self.para_first.get(p)
        if f is None:
            return False
        ps, pe = self.sent_starts[f], self._para_end(p)
        line = self.text[ps:pe].rstrip()
        if pe - ps >= HEADLINE_CHARS or line.endswith(_TERMINAL + (";", ",")):
            return False
        if p in self.highlight_lines:
            return False  # a line of figures ("Provincial GDP was up by 9.2%") under a heading, not a heading
        if self.para_headline[p]:
            return True
        sh = self.v.section_heading
        return sh is not None and sh.match(self.low, ps) is not None

    def _heading_time(self, q: int, depth: int = 0) -> Mention | None:
        """The one time a heading states ("II. Main targets for 2025": 2025); a numbered
        subheading that states none ("(1) Recovery accelerated" under "I. Review of the work in
        2023") has the time of the heading numbered a level above it."""
        if q in self._section_cache:
            return self._section_cache[q]
        f = self.para_first[q]
        found = [
            self.mentions[i] for i in self._mentions_in(self.sent_starts[f], self._para_end(q))
            if self._usable(self.mentions[i]) and self.mentions[i].role != NOW and self.mentions[i].period.type != "unknown"
        ]
        got = found[0] if len({mt.period for mt in found}) == 1 else None
        level = _numbering_level(self.text, self.sent_starts[f])
        parent = self.section_of[q] if q < len(self.section_of) else -1
        while not found and level is not None and parent >= 0 and depth < 8:
            up = _numbering_level(self.text, self.sent_starts[self.para_first[parent]])
            if up is not None and up < level:  # the heading of the section this one is a part of
                got = self._heading_time(parent, depth + 1)
                break
            parent = self.section_of[parent]
            depth += 1
        self._section_cache[q] = got
        return got

    def _context_time(self, k: int, is_flow: bool) -> Mention | None:
        """A paragraph that states no time continues the time of the text before it: the one
        time stated by the nearest earlier paragraph that states any (up to CARRY_PARAGRAPHS
        back, if it reports figures: "In the first 10 months, trade rose 5%. ...\n\nPrivate
        firms' trade rose 9%"), or
        the one time its section's heading states ("I. Review of work in 2024"). A heading
        ends the reach of the paragraphs before it; a paragraph stating several times sets none.
        In a text about one period, only a time that spans it carries so ("In the first 10
        months, ..." in a release on October; not an aside "In October alone, ..." in a
        release on the first 10 months, nor a look back at the quarter before)."""
        p = self.sent_para[k]
        sec = self.section_of[p] if p < len(self.section_of) else -1
        q = p - 1
        seen = 0
        while q > sec and q >= 0 and p - q <= CONTEXT_WALK:
            f = self.para_first.get(q)
            if f is None or self.para_headline[q]:
                break
            if not _LIST_ITEM.match(self.text, self.sent_starts[f]) and q not in self.highlight_lines:
                seen += 1  # the items of a list count with the paragraph that opens it
                if seen > CARRY_PARAGRAPHS:
                    break
            found = [
                self.mentions[i] for i in self._mentions_in(self.sent_starts[f], self._para_end(q))
                if self._usable(self.mentions[i]) and self.mentions[i].role != NOW
                and self.mentions[i].period.type != "unknown" and not self.mentions[i].horizon
            ]
            if is_flow:
                found = [mt for mt in found if mt.period.type != "point" or mt.flow_period is not None]
            if found:
                pe = self._para_end(q)
                lo, hi = _slice(self.num_starts, self.sent_starts[f], pe)
                if lo >= hi and not self.text[self.sent_starts[f]:pe].rstrip().endswith(":"):
                    # the time of an event ("In 2022, the ministry issued ..."), no figures;
                    # a paragraph opening a list ("The targets for the coming year are:") times its items
                    q -= 1
                    continue
                if found[-1].rate_period is not None:
                    return None  # "in the year to July": a rate's month or a span, by the figure
                if len({mt.period for mt in found}) == 1 and _covers(found[-1].period, self.doc_period):
                    return found[-1]
                # (a section's heading still times it: "Work review in 2020" in the work report of 2021)
                return self._heading_time(sec) if sec >= 0 else None
            q -= 1
        if sec >= 0 and (q <= sec):
            return self._heading_time(sec)
        return None

    def _para_end(self, p: int) -> int:
        """End of paragraph p (the start of the next paragraph's first sentence, or the text's end)."""
        nxt = self.para_first.get(p + 1)
        return self.sent_starts[nxt] if nxt is not None else len(self.text)

    # ------------------------------------------------------------------ lookup
    def _usable(self, mt: Mention) -> bool:
        return mt.period is not None and mt.role in (PERIOD, NOW)

    def _mentions_in(self, s: int, e: int) -> range:
        i = bisect.bisect_left(self.m_starts, s)
        j = bisect.bisect_left(self.m_starts, e)
        return range(i, j)

    def _clause_end(self, k: int, pos: int, se: int) -> int:
        """Where the clause holding `pos` ends (";", ", and ...", ", while ..."), at most at se."""
        cuts = self._cue_cache[k].clause_starts if k in self._cue_cache else None
        if cuts is None:
            m = _CLAUSE_CUT.search(self.low, pos, se)
            return m.start() if m else se
        i = bisect.bisect_left(cuts, pos)
        return min(cuts[i], se) if i < len(cuts) else se

    def _clause_start(self, k: int, ss: int, pos: int) -> int:
        sc = self._cue_cache.get(k)
        if sc is None:
            last = ss
            for m in _CLAUSE_CUT.finditer(self.low, ss, pos):
                last = m.end()
            return last
        i = bisect.bisect_right(sc.clause_ends, pos) - 1
        while i >= 0 and sc.clause_ends[i] > pos:
            i -= 1
        return max(ss, sc.clause_ends[i]) if i >= 0 else ss

    def _in_sentence(self, k: int, ss: int, se: int, ns: int, ne: int) -> Mention | None:
        ms = self.mentions
        low = self.low
        # time phrases are tied to a number where its digits start ("Rs 41 lakh crore in Q4": at "41")
        j = bisect.bisect_left(self.num_starts, ns)
        an = self.num_starts[j] if j < len(self.num_starts) and self.num_starts[j] < ne else ns
        if self.m_starts and bisect.bisect_left(self.m_starts, se) == bisect.bisect_left(self.m_starts, ss):
            return None  # no time phrase in the sentence
        # a ";" separates statements: only a sentence-opening phrase reaches across it
        hard = self._sentence_cues(k, ss, se).hard
        h = bisect.bisect_left(hard, ns)
        cs = hard[h - 1] + 1 if h > 0 else ss
        h = bisect.bisect_left(hard, ne)
        he = hard[h] if h < len(hard) else se
        leading = None
        i = bisect.bisect_left(self.m_starts, ss)
        if i < len(ms) and ms[i].start < ns:
            # only the sentence's first phrase can open it
            mt = ms[i]
            if mt.leading and self._usable(mt) and mt.role != NOW:
                leading = mt
        # 1. a phrase after the number in the same clause, with no comparison word between;
        #    it yields to a sentence-opening phrase unless it directly follows the number
        ce = self._clause_end(k, ne, he)
        compared = _COMPARED_FIGURE_BEFORE.search(low, max(cs, ns - 30), ns) is not None
        for i in self._mentions_in(ne, ce):
            mt = ms[i]
            if mt.role == NOW and mt.attached_to == an and mt.period is not None and mt.start - ne <= 2:
                return mt  # "compared with about 60 percent today"
            if compared and mt.role == BASE and mt.period is not None and mt.period.type != "unknown" and \
                    bisect.bisect_left(self.num_starts, mt.start) == j + 1:
                # "compared with a 2.1% growth in 2023": the compared figure's time; "in the same period of
                # 2023": the time of the sentence's own figure, in that year
                if not SAME_PERIOD_OF.search(low, max(cs, mt.start - 20), mt.start):
                    return mt
                own = next((ms[x] for x in self._mentions_in(cs, ns) if self._usable(ms[x])), None)
                if own is not None and mt.period.type == "year" and own.period.start.year == own.period.end.year:
                    return replace(mt, period=_shift_years(own.period, mt.period.start.year - own.period.start.year))
            if not self._usable(mt) or mt.role == NOW:
                continue
            if mt.attached_to >= 0 and mt.attached_to != an and mt.attached_from:
                continue
            if self._labels_bracket(mt):
                continue  # "4.1 per cent (February 2023: 4.8%)": the time of the figure in the brackets
            if _BASE_GAP.search(low, ne, mt.start) and not self.v.year_earlier_gap.fullmatch(low, ne, mt.start):
                break  # ("rose 4.5% from the previous year in December": December's)
            if _LABELS_FIGURE_AFTER.match(low, mt.end):
                break  # "with Q2 at 6.4 per cent, Q3 at 5.6 per cent": Q3 times the next figure
            if mt.attached_to != an:
                if leading is not None and mt.attached_to < an:
                    break
                # a phrase closing a list this number belongs to ("1,500 tanks, 3,000 vehicles
                # and 200 missiles in 2025"), not one that belongs to a later clause
                if mt.attached_to > an and _NOT_A_LIST.search(low, ne, mt.attached_to):
                    break
            return self._parallel_time(i, j, cs)
        # 2. "from 42% to 51%" after "from 58% in 2020 to 49%": the start value takes the start time
        if "from" in low[max(cs, ns - 40):ns] and _FROM_BEFORE_NUM.search(low, max(cs, ns - 40), ns):
            for i in self._mentions_in(cs, he):
                mt = ms[i]
                if mt.attached_from and mt.attached_to != an and self._usable(mt):
                    return mt
        # 3. the nearest phrase before the number in its statement
        first = bisect.bisect_left(self.m_starts, cs)
        for i in reversed(range(first, bisect.bisect_left(self.m_starts, ns))):
            mt = ms[i]
            if mt.end > ns or not self._usable(mt):
                continue
            if self._labels_bracket(mt) and low.find(")", mt.end, ns) >= 0:
                continue  # a bracket's label times its own figure only
            if low.startswith("now", mt.start) and mt.end - mt.start == 3 and any(
                    self._usable(ms[j]) and ms[j].role != NOW for j in range(first, i)):
                continue  # "GDP in Quarter 3 2022 is now 0.4% below its pre-pandemic level": the quarter's reading
            if low.startswith(("'s", "’s"), mt.end - 2) and not _OWNED_FIGURE.fullmatch(low, mt.end, ns) and \
                    bisect.bisect_left(self.num_starts, ns) > bisect.bisect_left(self.num_starts, mt.end):
                continue  # "November's 22% growth, and the 19% expected": November's is the 22%
            if mt.attached_to >= 0 and mt.attached_to != an and mt.attached_from:
                continue
            if mt.attached_to >= 0 and mt.attached_to != an and _RELATIVE_OPEN.search(low, max(cs, mt.attached_to - 40),
                                                                                         mt.attached_to) \
                    and "," in low[mt.end:ns]:
                continue  # "manufacturing, which declined 1.8% in March, grew 5.0%": March is the aside's
            return mt
        return leading

    def _time_bracketed_after(self, ss: int, ns: int) -> Mention | None:
        """"lower than last month (24.2%)", "in December (3.1%)": a figure in brackets right after a time is that
        time's."""
        if self.low[max(ss, ns - 2):ns].strip() != "(":
            return None
        i = bisect.bisect_left(self.m_starts, ns) - 1
        if i < 0:
            return None
        mt = self.mentions[i]
        if mt.start < ss or mt.role == SPEECH or mt.period is None or mt.period.start is None or \
                self.low[mt.end:ns].strip() != "(":
            return None
        close = self.low.find(")", ns)
        if i + 1 < len(self.mentions) and 0 <= self.mentions[i + 1].start < close:
            return None  # "in 2022 (4.8% in the fourth quarter)": the bracket names its own time
        return mt

    def _time_of_when_clause(self, ss: int, ns: int) -> Mention | None:
        """"slower than in July, when it was 7.9%": the time a when-clause opens on is its figure's."""
        lo = max(ss, ns - 50)
        wm = _WHEN_IT_WAS.search(self.low, lo, ns) if self.low.find("when", lo, ns) >= 0 else None
        if wm is None:
            return None
        i = bisect.bisect_left(self.m_starts, wm.start()) - 1
        if i < 0:
            return None
        mt = self.mentions[i]
        if mt.start < ss or mt.end != wm.start() or mt.role == SPEECH or mt.period is None or mt.period.start is None:
            return None  # (the time may be a base: "slower than in July, when it was 7.9%")
        return mt

    def _labels_bracket(self, mt: Mention) -> bool:
        """"4.1 per cent (February 2023: 4.8%)": a time that opens brackets with a colon labels the figure after it."""
        return self.low[max(0, mt.start - 1):mt.start] == "(" and bool(_LABELS_NEXT.match(self.low, mt.end))

    def _parallel_time(self, i: int, j: int, lo: int) -> Mention:
        """Mention i follows number j. "output fell 6.1% and 3.6% in Q2 and Q3 of 2020": as many numbers listed as
        times listed after them pair in order (the "respectively" a writer leaves out), and a year stated once at
        the end of the times is all of theirs."""
        ms, low = self.mentions, self.low
        times = [i]
        while times[-1] + 1 < len(ms) and _TIME_LIST_GAP.fullmatch(low, ms[times[-1]].end, ms[times[-1] + 1].start):
            times.append(times[-1] + 1)
        if len(times) < 2:
            return ms[i]
        last = bisect.bisect_left(self.num_starts, ms[i].start) - 1  # the numbers listed before the first time
        first = last
        while first > 0 and self.num_starts[first - 1] >= lo and \
                _NUMBER_LIST_GAP.fullmatch(low, self.num_ends[first - 1], self.num_starts[first]):
            first -= 1
        if last - first + 1 != len(times) or not first <= j <= last:
            return ms[i]
        mt, closing = ms[times[j - first]], ms[times[-1]]
        if not mt.explicit_year and closing.explicit_year and mt.period is not None and closing.period is not None \
                and mt.period.type != "unknown" and mt.kind == closing.kind:
            mt = replace(mt, period=_shift_years(mt.period, closing.period.end.year - mt.period.end.year))
        return mt

    def _span_in_sentence(self, ss: int, se: int) -> Mention | None:
        """The one period longer than a day that the sentence names, if it names one."""
        spans = [self.mentions[i] for i in self._mentions_in(ss, se)
                 if self._usable(self.mentions[i]) and self.mentions[i].period.type not in ("point", "unknown")]
        return spans[0] if len({mt.period for mt in spans}) == 1 else None

    def _carry(self, k: int, is_flow: bool, is_stock: bool) -> Mention | None:
        key = (k, is_flow, is_stock)
        if key not in self._carry_cache:
            self._carry_cache[key] = self._carry_uncached(k, is_flow, is_stock)
        return self._carry_cache[key]

    def _carry_uncached(self, k: int, is_flow: bool, is_stock: bool) -> Mention | None:
        """The time set by earlier sentences of the paragraph (or of a paragraph this one
        continues):
        - the previous sentence, if it states one time (a phrase tied to one figure, "23GB
          per user in December", does not count unless this sentence refers back to it:
          "This is equivalent to ...", "Meanwhile, ...");
        - a sentence-opening phrase ("In the first five months, ...") up to
          LEADING_CARRY_SENTENCES sentences back;
        - the paragraph's lead sentence, if it states one time.
        A sentence that contrasts several times ("6.5% in the first quarter, 6.3% in the
        second") sets none. A point ("by the end of June") carries to stocks only."""
        ms = self.mentions
        p = self.sent_para[k]
        s0, e0 = self._sentence_span(k)
        anaphoric = bool(_ANAPHOR.match(self.low, s0, e0) or _RESTATE.search(self.low, s0, e0))
        hops = 0
        stated = None  # the times stated by a sentence passed over on the way back
        while True:
            first = self.para_first.get(p, 0)
            j = k - 1
            chain = anaphoric  # a run of referring sentences reaches back to the last stated time
            while j >= first:
                s, e = self._sentence_span(j)
                found = [
                    ms[i] for i in self._mentions_in(s, e)
                    if self._usable(ms[i]) and ms[i].role != NOW and ms[i].period.type != "unknown"
                ]
                if is_flow:
                    found = [mt for mt in found if mt.period.type != "point" or mt.flow_period is not None]
                elif is_stock and j == k - 1:
                    # "... 2.4 billion units as of late May. The network includes 3.1 million
                    # developers": a stock takes the date of the stocks just before it
                    points = [mt for mt in found if mt.period.type == "point" and mt.kind != "full_date"]
                    if len({mt.period for mt in points}) == 1:
                        return points[-1]
                if found and not chain and not (j == first and any(mt.leading for mt in found)) and self._narrower_than_carried(found):
                    # in a release about one month, "From January to August, China produced
                    # 2.6 billion tonnes" does not carry to the next figures: they are the month's
                    return None
                if found:
                    leading = [mt for mt in found if mt.leading]
                    free = [mt for mt in found if mt.attached_to < 0 or mt.leading]
                    distinct = {(mt.period.start, mt.period.end) for mt in free}
                    near = j == k - 1 or chain
                    got = None
                    if leading and len(distinct) <= 1 and (near or k - j <= LEADING_CARRY_SENTENCES or j == first):
                        got = leading[0]
                    elif near and chain and len({mt.period for mt in (free or found)}) == 1:
                        # (a sentence of several times, "3 million in 2022 and 2 million in 2021", gives
                        # "The surge ..." none of them)
                        got = (free or found)[-1]
                    elif (near or j == first) and free and len(distinct) == 1:
                        got = free[-1]
                    elif j == k - 1 and not free and not chain and (
                            self.v.past_re.search(self.low, s0, e0) or self._sentence_cues(k, s0, e0).expects_reported):
                        # "... rose to 7.8% in June from 7.7% in May. Youth unemployment stood
                        # at 17.0%.": the time of the sentence's first figure (not of a start value); so too
                        # "Analysts had expected employers to add 212,000 jobs": the expectation of that figure
                        got = self._main_figure_time(s, e, found)
                    if got is not None:
                        # a later sentence that stated another time ends an older phrase's reach
                        return got if stated is None or got.period in stated else None
                    if stated is None:
                        stated = {mt.period for mt in found}
                    chain = False  # a referring sentence reaches back to the last stated time only
                j -= 1
                if k - j > CARRY_WALK and j > first:
                    # far back only the paragraph's lead sentence still counts (and this
                    # bounds the work on very long paragraphs)
                    j, chain = first, False
            # continue into the previous paragraph only if this one says it continues it
            s, e = self._sentence_span(first)
            hops += 1
            if p == 0 or hops > CARRY_PARAGRAPHS or not _ANAPHOR.match(self.low, s, e):
                return None
            p -= 1
            k = first
            anaphoric = True

    def _main_figure_time(self, s: int, e: int, found: list) -> Mention | None:
        """The phrase attached to the first number of sentence [s, e), if any."""
        lo, hi = _slice(self.num_starts, s, e)
        if lo >= hi:
            return None
        first = self.num_starts[lo]
        for mt in found:
            if mt.attached_to == first and not mt.attached_from:
                return mt
        return None

    def _narrower_than_carried(self, found: list) -> bool:
        """True if the document reports on one month and every time found is a cumulative
        span (January to a month) other than it."""
        d = self.doc_period
        if d is None or d.type != "month":
            return False
        return all(mt.period.type == "ytd" for mt in found)

    def _headline_lead(self, k: int) -> Mention | None:
        """A headline ("City GDP tops 50b yuan for the first time") reports what its
        article's lead sentence says: it takes the one time stated there."""
        p = self.sent_para[k]
        if not self.para_headline[p]:
            return None
        for q in range(p + 1, min(p + 1 + HEADLINE_LOOKAHEAD, len(self.para_headline))):
            if self.para_headline[q] or self._is_label(q):
                continue  # a byline, a second headline
            f = self.para_first.get(q)
            if f is None:
                return None
            s, e = self._sentence_span(f)
            found = [
                self.mentions[i] for i in self._mentions_in(s, e)
                if self._usable(self.mentions[i]) and self.mentions[i].role != NOW
            ]
            if len({mt.period for mt in found}) > 1:
                # "The IMF on Tuesday cut its forecast for growth this year to 3.0%": the day
                # of the news is not the period its figure is for
                found = [mt for mt in found if mt.kind not in ("weekday", "full_date")]
            if len({mt.period for mt in found}) == 1:
                return found[0]
            return None
        return None

    def _future_carry(self, k: int) -> Mention | None:
        """A goal without its own deadline shares the last deadline stated in the few
        paragraphs before it, within the same article."""
        ms = self.mentions
        p = self.sent_para[k]
        # the items of a list ("- ...", "1. ...", "(3) ...") continue the paragraph that
        # introduces them ("By 2027:"): they do not count as paragraphs here
        s1 = self.sent_starts[k]
        floor = s1 - FUTURE_CARRY_CHARS
        p0, seen = p, 0
        while p0 > 0 and seen < FUTURE_CARRY_PARAGRAPHS:
            f = self.para_first.get(p0)
            if f is None or self.sent_starts[f] < floor:
                break
            if not _LIST_ITEM.match(self.text, self.sent_starts[f]):
                seen += 1
            p0 -= 1
        s0 = max(self.sent_starts[self.para_first.get(p0, 0)], floor)
        for i in reversed(self._mentions_in(s0, s1)):
            mt = ms[i]
            if mt.horizon and mt.period is not None and mt.role == PERIOD:
                q = self.sent_para[self._sentence_index(mt.start)]
                # not across a headline (another article); the headlines are counted by bisect
                if self._headlines_between(q + 1, p):
                    return None
                return mt
        return None

    def _headlines_between(self, a: int, b: int) -> bool:
        """Is any paragraph a <= q < b a headline?"""
        i = bisect.bisect_left(self.headline_paras, a)
        return i < len(self.headline_paras) and self.headline_paras[i] < b

    # ------------------------------------------------------------------ classify
    def _cues(self, k: int, ss: int, se: int, ns: int, ne: int) -> tuple[int, int, bool, bool]:
        """Cues around the number: (stock strength 0/1/2, flow 0/1/2, change-without-base, future).

        Looked for in the number's statement (back to the sentence start or a ";", at most
        STATEMENT_BEFORE characters) and the words after it up to the next number. Strong
        stock cues ("currently", "so far", "there are", "on hand", a sentence opening
        "Cumulatively,") win. Between a weak stock cue ("cumulative", "have been built",
        "accounts for") and a flow word ("revenue", "grew"), the one nearer the number wins
        ("cumulative exports totaling 1.06 million" is a flow, "the R&D intensity reached 7%,
        with a total of 460,000 patents" a stock). Flow 2: a flow noun or "61 new ...";
        flow 1: only a verb of change."""
        v = self.v
        low = self.low
        sc = self._sentence_cues(k, ss, se)
        hard = sc.hard
        h = bisect.bisect_left(hard, ns)
        cs = max(ss, hard[h - 1] + 1 if h > 0 else ss, ns - STATEMENT_BEFORE)
        h = bisect.bisect_left(hard, ne)
        ae = min(hard[h] if h < len(hard) else se, ne + AFTER_NUMBER)
        nums = sc.number_starts
        i = bisect.bisect_left(nums, ne)
        if i < len(nums) and nums[i] < ae:
            ae = nums[i]
        i = bisect.bisect_left(sc.cut_ends, ns) - 1
        fs = max(cs, sc.cut_ends[i]) if i >= 0 else cs
        stock_at = noun_at = verb_at = -1
        stock_kind = ""
        balance = market = False
        starts = sc.starts
        cues = sc.cues
        for i in range(bisect.bisect_left(starts, cs), bisect.bisect_left(starts, ns)):
            cstart, cend, g = cues[i]
            if cend > ns:
                continue
            if g == "noun":
                if cstart >= fs:
                    noun_at = cend
            elif g == "verb":
                if cstart >= fs:
                    verb_at = cend
            elif g == "balance":
                if cstart >= fs:
                    balance = True
            elif g == "market":
                market = True
            else:
                stock_at = cend
                stock_kind = g
        facts = sc.facts
        strong = (facts[0] >= 0 and facts[0] < ns) or facts[2]
        near = low[max(cs, ns - 30):ns]
        cm = None
        lo = max(cs, ns - 30)
        if _COPULA_WORDS.search(low, lo, ns):
            cm = _COPULA_BEFORE.search(low, lo, ns)
        elif low.find(",", max(cs, ns - 80), ns) >= 0 or low.find(" and ", max(cs, ns - 80), ns) >= 0:
            for cw in _COPULA_WORDS.finditer(low, max(cs, ns - 80), lo):
                # the copula before a list the number closes ("accounted for 5%, 7% and 9%")
                cm = _COPULA_BEFORE.match(low, cw.start(), ns) or cm
        if cm is not None:
            stock_at = ns
            # "was 29.86 billion yuan", "stood at 52.8": a level reported for the period;
            # "is 42%", "remains at -0.5%": a level standing now
            stock_kind = "past" if " ".join(cm.group(1).split()) in _PAST_COPULAS else "now"
        m = _OWN_PHRASE_END.search(low, ne, ae)
        fe = m.start() if m is not None else min(ae, ne + OWN_PHRASE)
        seen_after = set()
        for i in range(bisect.bisect_left(starts, ne), bisect.bisect_left(starts, ae)):
            cstart, cend, g = cues[i]
            if g == "perfect":
                g = "present"
            if g in seen_after:
                continue
            seen_after.add(g)
            at = ns - (cstart - ne)
            if g == "after":
                strong = True
            elif g == "market" and cstart < fe:
                market = True
            elif g == "present":
                if at > stock_at:
                    stock_at, stock_kind = at, "present"
            elif g == "noun" and cstart < fe:
                noun_at = max(noun_at, at)
        if market and noun_at < 0:
            # "shares fell 9.3% in Frankfurt trading": a market quote on the day ("imports were valued at ..." are
            # a flow)
            stock, stock_at, stock_kind = 2, ns, "market"
            noun_at = verb_at = -1
        elif balance and not facts[1]:
            # "net debt rose to EUR 1.12 billion": a balance, whatever moved it
            stock, stock_at, stock_kind = 2, ns, "balance"
            noun_at = verb_at = -1
        elif strong:
            stock, stock_at, stock_kind = 2, ns, "strong"
        elif _COMPARISON_AFTER.match(low, ne) or ("percentage point" in low[ns:ne] and _COMPARISON_WORD.match(low, ne)):
            stock = 0
            verb_at = max(verb_at, ns)  # a gap between growth rates belongs with the flows
        else:
            stock = 1 if stock_at >= 0 else 0
        if v.flow_after_number_re.match(low, ne) or v.flow_passive_re.match(low, ne, ae):
            noun_at = ns
        sign = low[ns] if ns < len(low) else ""
        signed = sign == "+" or (sign in ("-", "−") and low[max(0, ns - 2):ns].strip() in ("(", ";"))
        if signed and verb_at < ns:
            # "(+32,000; +0.5%)", "(-1.4%)": a number written with its sign is a change ("remains at -0.5%" is not)
            verb_at = ns
        if noun_at < 0 and verb_at < 0 and (stock == 0 or stock_kind == "past") and (
            v.money_after_re.match(low, ne) or v.money_before_re.search(low, max(0, ns - 5), ns)
            or v.money_in_re.search(low, ns, ne)
        ):
            verb_at = ns  # an amount of money: a flow unless a standing total is named
        if noun_at >= 0:
            flow, flow_at = 2, max(noun_at, verb_at)  # the nearer of a flow noun and a verb of change
        elif verb_at >= 0:
            flow, flow_at = 1, verb_at
        else:
            flow, flow_at = 0, -1
        if stock == 1 and flow:
            # the nearer cue decides
            if stock_at > flow_at:
                flow = 0
            else:
                stock = 0
        # a change stated as "raised X by 47%", "an increase of 29%" or "an 11% reduction"
        bare_change = bool(
            (_CHANGE_AMOUNT_BEFORE.search(near) and v.change_re.search(low, max(self._clause_start(k, cs, ns), ns - 60), ns)
             and not _REPORTED_CHANGE.search(low, max(cs, ns - 60), ns) and not _LEVEL_REACHED_BEFORE.search(near)
             and not _LEVEL_OF_BEFORE.search(near))
            or (_CHANGE_AFTER.match(low, ne) and not _REPORTED_CHANGE.search(near))
        ) and not facts[1]
        if not stock:
            stock_kind = ""
        if self.low.endswith("ed", ns, ne) and self.low[ns:ne] in MULTIPLES:
            flow = 2  # "exports of cars more than doubled": the number is its own verb of change
        # a goal or forecast word before the number, or after it in its own clause ("said
        # net purchases would run ..." after the figure is another statement)
        fut = facts[3]
        future = bool(fut) and (fut[0] < ns or bisect.bisect_left(fut, ne) < bisect.bisect_left(fut, self._clause_end(k, ne, se)))
        return stock, flow, bare_change, future, stock_kind

    def _sentence_cues(self, k: int, ss: int, se: int) -> _SentenceCues:
        """The cue words of a sentence, found once for all its numbers."""
        sc = self._cue_cache.get(k)
        if sc is not None:
            return sc
        v = self.v
        low = self.low
        tags = v.word_tags
        cues = []
        strong = -1
        yoy = False
        future_at = []
        expects_reported = False
        cue_all = self._cue_all
        lo, hi = _slice(self._cue_all_starts, ss, se)
        for i in range(lo, hi):
            cs_, ce_, word = cue_all[i]
            if ce_ > se:
                break
            g, is_strong, is_yoy, is_future = tags[word]
            if is_strong and strong < 0 and not _MORE_OR_FEWER.match(low, ce_):
                strong = cs_  # ("there were more people employed ..." reports a change, not a standing count)
            if is_yoy:
                yoy = True
            if is_future:
                if _PAST_EXPECTATION.search(low, max(ss, cs_ - 12), cs_) or (
                    v.expectation_after is not None
                    and not _AUX_BEFORE.search(low, max(ss, cs_ - 12), cs_)
                    and (v.expectation_after.match(low, ce_) or (
                        _FORECAST_WORD.match(low, cs_) and v.expectation_before.search(low, max(ss, cs_ - 50), cs_)))
                ):
                    # ("the 5.2% gain forecast by economists" is the forecasters' expectation
                    # about the period reported on; "is projected by the IMF to" is a forecast)
                    expects_reported = True
                else:
                    future_at.append(cs_)
            if g is None:
                continue
            end = ce_
            if g == "aux":
                tl = v.perfect_tail.match(low, end)
                if tl is None or low.endswith("to ", 0, cs_):
                    continue  # not a present perfect ("expected to have reached")
                g, end = "perfect", tl.end()
            elif g == "noun" and not v.not_flow.match(low, end):
                continue
            cues.append((cs_, end, g))
        lo, hi = _slice(self._hard_all, ss, se)
        hard = self._hard_all[lo:hi]
        lo, hi = _slice(self._cut_ends_all, ss + 1, se + 1)
        cut_ends = self._cut_ends_all[lo:hi]
        lo, hi = _slice(self._clause_starts_all, ss, se)
        clause_starts = self._clause_starts_all[lo:hi]
        clause_ends = self._clause_ends_all[lo:hi]
        lo, hi = _slice(self.num_starts, ss, se)
        number_starts = self.num_starts[lo:hi]
        facts = (strong, yoy, bool(_LEADING_CUMULATIVE.match(low, ss)), future_at)
        sc = self._cue_cache[k] = _SentenceCues(
            cues=cues,
            starts=[c[0] for c in cues],
            hard=hard,
            cut_ends=cut_ends,
            facts=facts,
            expects_reported=expects_reported,
            number_starts=number_starts,
            clause_starts=clause_starts,
            clause_ends=clause_ends,
        )
        return sc

    def _point_now(self) -> Period:
        """The document's date; with none known (a communiqué on 2021 without a dateline),
        the end of the period the document reports on, the latest time it speaks of."""
        if self.ref.ref_date:
            return point(self.ref.ref_date)
        d = self.doc_period
        if d is not None and d.end is not None and d.type in REPORT_TYPES:
            return point(d.end)
        return Period.unknown()

    def resolve(self, sentence_start: int, sentence_end: int, number_start: int, number_end: int,
                change: bool = False, survey: bool = False) -> Period:
        """The period of the number at [number_start, number_end). `change`: it is a rate of change (a growth rate,
        a percentage-point difference), which describes a period, not the document's day. `survey`: it is an index
        reading (a business climate, a PMI), published for the month of the document's date when no time is named."""
        p = self._resolve(sentence_start, sentence_end, number_start, number_end, change)
        if survey and p.type == "unknown" and self.ref.ref_date is not None:
            d = self.ref.ref_date
            p = Period(d.replace(day=1), month_end(d.year, d.month), "month")
        if p.start is not None and p.type in _SHIFTABLE and self._year_earlier(number_end):
            # "narrowed to 5.2% from 7.0% a year earlier", "stood at 77.8% in the third
            # quarter a year earlier", "compared with a 0.5% rise a year earlier": the same
            # period one year before
            return _shift_years(p, -1)
        if p.start is not None and p.type in _SHIFTABLE and "later" in self.low[number_end:number_end + 30] and \
                _YEAR_LATER.match(self.low, number_end):
            # "was less than 2 billion yuan in 2020, but more than 10 billion yuan a year later"
            return _shift_years(p, 1)
        pe = _PERIOD_EARLIER.match(self.low, number_end) if p.start is not None else None
        if pe is not None and p.type == (pe.group("ago") or pe.group("last")) and (
                pe.group("ago") or _COMPARED_FIGURE_BEFORE.search(self.low, max(0, number_start - 40), number_start)):
            # "up from 6.7% a month earlier"; "3.9 percent in the September quarter, compared with 3.6 percent last
            # quarter" (or "with 9.9 percent from the previous quarter"): the reading of the period before
            return period_before(p)
        if p.start is not None and p.type in _STEPPABLE and \
                self.low.find("from", max(0, number_start - 12), number_start) >= 0 and \
                not _EARLIER_ESTIMATE_AFTER.match(self.low, number_end):
            # (but "revised to 82.4% from 81.2% previously", "27.8% from 26.9% initially": the same period's earlier
            # estimate)
            # "core inflation eased to 5.8% from 6.1%" in a report on October: the start value
            # of a change with no time of its own is the reading of the period before
            k = self._sentence_index(number_start)
            ks, ke = self._sentence_span(k)
            if (_TO_FROM_BEFORE.search(self.low, max(ks, number_start - 60), number_start)
                    or _FROM_TO_AFTER.match(self.low, number_end)) and \
                    not any(self._usable(self.mentions[i]) for i in self._mentions_in(ks, ke)):
                # (also "the annual increase slowed from 60.3% to 50.87%": the first is the reading before)
                return period_before(p)
        if p.start is not None and p.type in _STEPPABLE and _AFTER_CHANGE.search(self.low, max(0, number_start - 30), number_start):
            # "prices increased 2.6 percent after increasing 3.3 percent": the reading before, when the
            # sentence names no time of its own
            ks, ke = self._sentence_span(self._sentence_index(number_start))
            if not any(self._usable(self.mentions[i]) for i in self._mentions_in(ks, ke)):
                return period_before(p)
        return p

    def _year_earlier(self, ne: int) -> bool:
        """Does "a year earlier" follow the number directly, or right after its own time phrase?"""
        low = self.low
        if _YEAR_EARLIER.match(low, ne):
            return True
        i = bisect.bisect_left(self.m_starts, ne)
        if i < len(self.mentions):
            mt = self.mentions[i]
            # (not "down 16% from July-December a year earlier": that names the base, not the figure's own time)
            if mt.attached_to >= 0 and mt.start - ne <= 30 and self.num_starts and _YEAR_EARLIER.match(low, mt.end) and \
                    not low.startswith("from ", mt.start):
                j = bisect.bisect_left(self.num_starts, ne)
                return j >= len(self.num_starts) or self.num_starts[j] > mt.start
        return False

    def _resolve(self, sentence_start: int, sentence_end: int, number_start: int, number_end: int,
                 change: bool = False) -> Period:
        ss, se, ns, ne = sentence_start, sentence_end, number_start, number_end
        k = self._sentence_index(ns)
        ks, ke = self._sentence_span(k)
        # the resolver's own sentences (they join lines broken mid-sentence and skip
        # captions); the caller's bounds are used only if they do not hold the number
        if ks <= ns < ke:
            ss, se = ks, ke
        if _COMPOUND_AFTER.match(self.low, ne):
            return Period.unknown()
        tp = self._table_period(ns, ne)
        if tp is not None:
            return tp
        bt = self._time_bracketed_after(ss, ns) or self._time_of_when_clause(ss, ns)
        if bt is not None:
            return bt.period
        prev = self._apposed_figure(ss, se, ns, ne)
        if prev is not None:
            # "has exceeded 2,600, up 27% ...": the change of the figure just stated
            return self._resolve(ss, se, prev[0], prev[1])
        stock, flow, bare_change, future, stock_kind = self._cues(k, ss, se, ns, ne)
        # a rate of change read with no word of stock ("inflation was fastest in Slovakia at 8.9 percent") runs over
        # a period like a flow; a market's move ("shares fell 9.3% in trading") stands on the day
        is_flow = (flow > 0 or (change and stock == 0)) and stock < 2
        is_stock = stock > 0 and not is_flow
        mt = self._in_sentence(k, ss, se, ns, ne)
        if change and mt is not None and mt.kind in DAY_KINDS:
            # "projected growth for FY23 at 6.8 percent on December 7": a rate of change runs over a period, the day
            # is when it was said
            mt = self._span_in_sentence(ss, se) or mt
        pr = self.v.policy_rate_before
        prm = pr.search(self.low, max(ss, ns - 100), ns) if pr is not None and self.ref.ref_date is not None and \
            self.low.find("rate", max(ss, ns - 100), ns) >= 0 else None
        if prm is not None and (not prm.group().endswith("by ") or _RATE_STEP.match(self.low, ns)):
            # (a move "by" counts in basis or percentage points: "cut defect rates by 20%" is no rate decision)
            # "held its key rate at 4.5% last week": the rate stands at that level now
            # (unless a past day or period is named for it)
            d = self.ref.ref_date
            if mt is None or (mt.period.start <= d <= mt.period.end and mt.period.type != "point") or _SINCE_BEFORE.search(
                self.low, max(0, mt.start - 7), mt.start + 6
            ):
                # ("has kept its rate in the 4.25%-4.50% range since December": held until now; "said in a
                # statement on January 8 that it had decided to leave its rate at 1.5%": as of the day it said so)
                said = self._day_said(ss, ns)
                return said.period if said is not None and mt is None else self._point_now()
        fm = _FROM_START_VALUE.match(self.low, ne) if " from " in self.low[ne:ne + 12] else None
        if fm is not None:
            i = bisect.bisect_left(self.m_starts, fm.end())
            if i < len(self.mentions) and self.mentions[i].start == fm.end() and (mt is None or mt is self.mentions[i]):
                st = self.mentions[i]
                if st.period is not None and st.role in (PERIOD, BASE) and st.period.type in _STEPPABLE:
                    # "the jobless rate rose to 4.1% from 4.0% in January": the reading after
                    # January's (the time named is the start value's); year on year, "rose to 23.1% from
                    # 16.4% recorded in March 2022": the same part of the year after
                    if self.v.yoy_re.search(self.low, ss, se) and st.explicit_year and self.ref.ref_date is not None:
                        later = _shift_years(st.period, 1)
                        if later.end <= self.ref.ref_date < _shift_years(st.period, 2).end:
                            return later
                    return _period_after(st.period)
        near_after = self.low[ne:ne + 24]
        am = _AFTER_READING.match(self.low, ne) if "after" in near_after or "following" in near_after else None
        if am is not None and (mt is None or mt.attached_to != ns):
            for i in self._mentions_in(am.end(), min(se, am.end() + 60)):
                st = self.mentions[i]
                if st.attached_to == am.end() and self._usable(st) and st.period.type in _STEPPABLE:
                    # "exports grew 0.6% following a 0.7% rise in the previous quarter": the time named is the
                    # earlier reading's; this one is of the period after it
                    return _period_after(st.period)
        if mt is not None:
            if mt.role == NOW:
                return mt.period
            d = self.ref.ref_date
            if d is not None and self.low.startswith("since ", mt.start) and mt.period.start < d and \
                    _HAS_BEEN_BEFORE.search(self.low, max(ss, ns - 40), ns):
                # "the repo rate has been at 6.50 percent since February 2023": from then until now
                return Period(mt.period.start, d, "range")
            if mt.rate_period is not None and (
                _PERCENT_IN_NUMBER.search(self.low, ns, ne) or _PERCENT_AFTER.match(self.low, ne)
            ) and self.v.price_level_re.search(self.low, max(ss, ns - 80), ns):
                # "consumer prices rose 4.6% in the 12 months to October": October's annual rate
                return mt.rate_period
            if self._accumulated(k, ss, ns, mt, flow, future):
                # "in the first half, cumulative installed capacity exceeded 470 GW": the total at the period's end
                return point(mt.period.end)
            d = self.ref.ref_date
            if future and mt.kind == "month" and d is not None and mt.period.end < d.replace(day=1) - timedelta(days=31) \
                    and not _REPORTED_AT.search(self.low, max(ss, mt.start - 24), mt.start):
                # "inflation could peak at 7.25% in April" in February: the April ahead (but the month just ended is
                # the one a flash estimate "expected to be 5.0% in December" in early January is about, and "the 6.7%
                # growth recorded in November" is behind)
                return _shift_years(mt.period, 1)
            return self._horizon(mt, flow, stock, future)
        if stock_kind in ("now", "market") and not is_flow and not future and self.ref.ref_date is not None and \
                not self._sentence_cues(k, ss, se).expects_reported:
            # "the deposit rate remains at -0.5%", "the share is 42%": a level standing now (but "analysts had
            # expected the rate to remain at 3.9%" is about the period reported)
            return self._point_now()
        if future:
            # a goal or forecast: its own deadline, or the last one stated just before
            mt = self._carry(k, is_flow, is_stock) or self._headline_lead(k)
            if mt is None:
                sec = self.section_of[self.sent_para[k]]
                mt = self._heading_time(sec) if sec >= 0 else None
            mt = mt or self._future_carry(k)
            if mt is None and self.doc_period is not None and self.doc_period.type == "year":
                return self.doc_period
            return self._horizon(mt, flow, stock, future) if mt is not None else Period.unknown()
        if bare_change and stock < 2:
            # "an average productivity increase of 29%": a change with neither its period
            # nor its base stated next to it; under a heading that names its time ("Main
            # targets for 2025": "- growth of around 5.5 percent;") it is that time's
            sec = self.section_of[self.sent_para[k]]
            mt = self._heading_time(sec) if sec >= 0 else None
            if mt is not None and mt.period.type != "point":
                return mt.period
            s0, e0 = self._sentence_span(k)
            d = self.doc_period
            if d is not None and d.type in ("month", "quarter", "half", "ytd") and self.v.past_re.search(self.low, s0, e0):
                # in a release on a month, "shoppers paid more for rice, with an increase of 14.2%" is that month's
                # (and in one on the first three quarters, those months')
                return d
            if _ANAPHOR.match(self.low, s0, e0) or self._sentence_cues(k, ss, se).expects_reported:
                # "The revised figure compared with a forecast 2.0% decline", "Economists had forecast an increase
                # of 1.5%": the change of the time before
                mt = self._carry(k, is_flow, is_stock)
                if mt is not None:
                    return self._horizon(mt, flow, stock, future)
            return Period.unknown()
        if stock < 2 and self._timeless(k, ss, se, ns, ne):
            # "recycling aluminium requires only 5% of the energy": a timeless statement
            return Period.unknown()
        base = self._base_since(ss, se, ns)
        if base is not None:
            return base
        if change:
            base = self._base_a_year_before(ss, se)
            if base is not None:
                # "compared with March last year, sales were up 4%": the change is March's, on the year before
                return _shift_years(base, 1)
        mt = self._carry(k, is_flow, is_stock)
        if mt is None:
            mt = self._headline_lead(k)
            if mt is not None and is_flow and mt.period.type == "point" and mt.flow_period is None:
                mt = None  # a date in the lead does not time a flow in the headline
        # nothing in the paragraph: the time of the text before it (its section), else the
        # document's own period and date
        ctx = self._context_time(k, is_flow) if mt is None else None
        if self.doc_period is not None and self.doc_period.type == "month" and self.v.month_on_month_re.search(
                self.low, ss, se):
            # "Output fell 3.8% month on month" after a paragraph on the first half: the month's, in a monthly release
            if mt is not None and mt.period.type != "month":
                mt = None
            if ctx is not None and ctx.period.type != "month":
                ctx = None
        dp = ctx.period if ctx is not None else self.doc_period
        if stock_kind == "balance":
            p = mt.period if mt is not None else dp
            if p is not None and p.end is not None and p.type in REPORT_TYPES | {"point"}:
                return point(p.end)
            return self._point_now()
        # "Analysts had expected employers to add 212,000 jobs": an expectation of the figure of the period reported,
        # not a level standing now
        expected = self._sentence_cues(k, ss, se).expects_reported
        if mt is not None:
            if self._accumulated(k, ss, ns, mt, flow, future):
                return point(mt.period.end)
            if not is_flow and mt.period.type != "point" and self.ref.ref_date is not None and not expected:
                return self._level_in(mt.period, stock, stock_kind, ss, ns)
            return self._horizon(mt, flow, stock, future)
        if ctx is not None:
            if not is_flow and ctx.period.type != "point" and (self.ref.ref_date is not None or stock > 0) and \
                    not expected:
                # "There were 14 museums." under a paragraph on 2022: at its end
                return self._level_in(ctx.period, stock, stock_kind, ss, ns)
            return self._horizon(ctx, flow, stock, future)
        if is_flow:
            d, r = self.doc_period, self.ref.ref_date
            if d is not None and d.type == "year" and r is not None and d.start.year == r.year and \
                    r.month <= self.v.year_turn_month and self.v.past_re.search(self.low, ss, se):
                # a work report in January on this year's targets: "industries saw an increase of 4%" is last year's
                return _shift_years(d, -1)
            return d or Period.unknown()
        if self.doc_period is None and stock == 0:
            return Period.unknown()
        if self.doc_period is not None and self.doc_period.type in REPORT_TYPES:
            return self.doc_period if expected else self._level_in(self.doc_period, stock, stock_kind, ss, ns)
        return self._point_now()

    # ------------------------------------------------------------------ tables
    def _table_period(self, ns: int, ne: int) -> Period | None:
        """A figure in a table ("Product | Unit | May | YoY (%) | Jan-May | YoY (%)") takes
        the period named in its column's header; a column without one (a change, a share)
        belongs to the nearest time column on its left. Without a time in the header, a
        row labelled with a time ("2023   5.2   3.1") takes the row's time. Rows are lines
        with three or more cells split by "|", tabs or runs of spaces; the header is the
        first line of the block of such lines (rule lines such as "---|---" are skipped)."""
        text = self.text
        nl = self._newlines
        li = bisect.bisect_left(nl, ns)
        row = self._row_cache.get(li, False)
        if row is False:
            # the line's cells, once per line; None for prose
            ls = nl[li - 1] + 1 if li > 0 else 0
            le = nl[li] if li < len(nl) else len(text)
            row = None
            if le - ls <= TABLE_LINE_CHARS:  # a longer line is a paragraph of prose
                line = text[ls:le]
                if "  " in line or "|" in line or "\t" in line:
                    row = cell_spans(text, ls, le)
                    if len(row) < 3:
                        row = None
            self._row_cache[li] = row
        if row is None:
            return None
        ls = nl[li - 1] + 1 if li > 0 else 0
        col = next((i for i, (a, b) in enumerate(row) if a <= ns < b), -1)
        if col < 0:
            return None
        header = None
        pos = ls
        for _ in range(TABLE_ROWS):
            if pos <= 0:
                break
            ps = text.rfind("\n", max(0, pos - 1 - TABLE_LINE_CHARS), pos - 1) + 1
            line = text[ps:pos - 1]
            if ps == 0 and pos - 1 > TABLE_LINE_CHARS:
                break  # a long line: prose
            if not line.strip():
                break
            if _RULE_LINE.match(line):
                pos = ps
                continue
            cells = cell_spans(text, ps, pos - 1)
            if len(cells) < 3:
                break
            header, pos = (ps, cells), ps
        if header is None:
            return None
        times = self._table_cache.get(header[0])
        if times is None:
            times = self._table_cache[header[0]] = [self._cell_period(a, b) for a, b in header[1]]
        hcells = header[1]
        if len(hcells) != len(row):
            # align by position in the line: the header cell overlapping the figure's cell most
            a0, b0 = row[col][0] - ls, row[col][1] - ls
            best, col = 0, -1
            for i, (a, b) in enumerate(hcells):
                ov = min(b0, b - header[0]) - max(a0, a - header[0])
                if ov > best:
                    best, col = ov, i
            if col < 0:
                return None
        if not any(times):
            lead = self._cell_period(*row[0])
            return lead if col > 0 else None
        for i in range(col, -1, -1):
            if times[i] is not None:
                return times[i]
        return None

    def _cell_period(self, a: int, b: int) -> Period | None:
        """The period a table cell names: a time phrase filling it, or a bare month ("May")."""
        for i in self._mentions_in(a, b):
            mt = self.mentions[i]
            if mt.end <= b and mt.period is not None and mt.period.type != "unknown":
                return mt.period
        word = self.low[a:b].strip().rstrip(".")
        mo = self.v.months.get(word)
        y = self.ref.report_year
        if mo is None or y is None:
            return None
        p = Period(date(y, mo, 1), month_end(y, mo), "month")
        if self.ref.ref_date is not None and p.start > self.ref.ref_date:
            p = Period(date(y - 1, mo, 1), month_end(y - 1, mo), "month")
        return p

    def _accumulated(self, k: int, ss: int, ns: int, mt: Mention, flow: int, future: bool) -> bool:
        """A total built up over time ("cumulative", "installed capacity"; not "newly installed capacity"), and its
        change, named in or carried to a span with no flow noun ("totaled" and "rising" do not make it a flow):
        it stands at the span's end."""
        if flow >= 2 or future or mt.period.type not in REPORT_TYPES:
            return False
        cs = self._clause_start(k, ss, ns)
        m = self.v.accumulated_re.search(self.low, cs, ns)
        return m is not None and not _NEWLY_BEFORE.search(self.low, max(cs, m.start() - 16), m.start()) and \
            not (m.group().startswith("cumulative") and self.v.accumulated_flow_re.match(self.low, m.end()))

    def _level_in(self, p: Period, stock: int, stock_kind: str, ss: int, ns: int) -> Period:
        """A figure without a word of flow in a text reporting on period p: a level reported
        in the past tense ("the surplus stood at $785 billion", "Average daily output was
        10.81 million tonnes", "the PMI came in at 50.2") describes that period; a count held
        then ("the city had 28 attractions") stands at its end; a level stated in the present
        tense or as a standing total ("is 42%", "remains at", "so far", "a total of",
        "have been built"), and a count with no word of flow ("over 70 enterprises took
        part"), stand at the document's date."""
        if p.start is None:
            return self._point_now()
        if _HAD_BEFORE.search(self.low, max(ss, ns - 40), ns):
            return point(p.end)
        if stock_kind == "past" or _PARTS_OF_BEFORE.match(self.low, ss):
            # (and the parts of a figure before: "The former consisted of 1.278 million EVs and 326,000 PHEVs")
            return p
        # a count with no word of flow ("over 70 enterprises took part")
        return self._point_now()

    def _timeless(self, k: int, ss: int, se: int, ns: int, ne: int) -> bool:
        """A generic statement ("recycling requires only 5% of the energy"), unless the
        clause also reports a result in the past tense ("which generates two-fifths of
        sales, saw revenue decline 12.6%")."""
        has = self._generic_cache.get(k)
        if has is None:
            has = self._generic_cache[k] = self.v.generic_re.search(self.low, ss, se) is not None
        if not has:
            return False  # no generic word anywhere in the sentence (one search per sentence)
        a, b = self._clause_start(k, ss, ns), self._clause_end(k, ne, se)
        if not self.v.generic_re.search(self.low, a, b):
            return False
        return not self.v.past_re.search(self.low, a, b)

    def _apposed_figure(self, ss: int, se: int, ns: int, ne: int) -> tuple[int, int] | None:
        """The figure a change is set beside: "reached 905.5 billion yuan, up 9.3% year on
        year", "totaled 58 million tons, a 7.2% decline" - the change has that figure's period.
        None if the change has its own time."""
        lo = max(ss, ns - 60)
        if "," not in self.low[lo:ns]:
            return None
        m = _APPOSED_CHANGE.search(self.low, lo, ns)
        if m is None:
            m = _APPOSED_ARTICLE.search(self.low, lo, ns)
            if m is None or not _CHANGE_NOUN_AFTER.match(self.low, ne):
                return None
        num = self._number_before(m.start() + 1, max(ss, m.start() - 40))
        if num is None:
            return None
        ps, pe = num
        if ps < ss or self.low.find(",", pe, m.end()) < 0 or len(self.low[pe:m.start()].split()) > 4:
            return None
        bm = _BASE_FIGURE_BEFORE.search(self.low, max(ss, ps - 40), ps)
        if bm is not None:
            # "recorded at $27.5 billion against the deficit of $48.4 billion in 2021-22, a decline of 43%": the
            # change of the figure compared, not of its base
            cur = self._number_before(bm.start(), max(ss, bm.start() - 40))
            if cur is None:
                return None
            ps, pe = cur
        if any(self.mentions[j].start >= m.start() for j in self._mentions_in(pe, min(se, ns + 40))
               if self._usable(self.mentions[j]) and self.mentions[j].role != BASE):
            return None  # "..., up 5% in 2024": the change's own time ("..., a 7% decline from 2023" names a base)
        return ps, pe

    def _horizon(self, mt: Mention, flow: int, stock: int, future: bool) -> Period:
        """'By the end of 2025' is a point for a stock or a goal ("raise the share to 22% by
        2027"), but the year for a flow reported or projected over a year that has ended by
        the document's date ("revenue reached 38 trillion yuan by the end of 2025")."""
        if mt.flow_period is None or flow < 2 or stock >= 2:
            return mt.period
        if future:
            ref = self.ref
            ended = (
                (ref.ref_date is not None and mt.flow_period.end < ref.ref_date)
                or (ref.ref_date is None and ref.ref_year is not None and mt.flow_period.end.year < ref.ref_year)
            )
            if not ended:
                return mt.period
        return mt.flow_period

    def _day_said(self, ss: int, ns: int) -> Mention | None:
        """The day of saying named in the sentence before the number ("said on January 8 that ..."), if one."""
        for i in reversed(self._mentions_in(ss, ns)):
            mt = self.mentions[i]
            if mt.role == SPEECH and mt.kind in DAY_KINDS and mt.period is not None and mt.period.type == "point":
                return mt
        return None

    def _base_a_year_before(self, ss: int, se: int) -> Period | None:
        """The one part of a year the sentence names as what a figure is compared with ("compared with March
        last year") whose same part a year later is the latest to have ended by the document's date (any named
        year if the date is unknown). A whole year ("rose 8.6% from 2020") counts where the text reports on the
        year after it, or on no period of its own."""
        bases = {
            mt.period for i in self._mentions_in(ss, se)
            if (mt := self.mentions[i]).role == BASE and mt.period is not None and mt.period.type in _BASE_TYPES
            and _COMPARED_BEFORE.search(self.low, max(ss, mt.start - 20), mt.start)
            # (a part of a year named with its year: "compared to the first quarter" is this year's, the period before)
            and (mt.period.type == "year" or _NAMES_A_YEAR.search(self.low, mt.start, mt.end))
        }
        if len(bases) != 1:
            return None
        (p,) = bases
        if p.type == "year" and self.doc_period is not None and self.doc_period != _shift_years(p, 1):
            return None  # ("up 9% from 2019" in a release on a quarter: that quarter's, on a year before the last)
        d = self.ref.ref_date
        if d is None:
            return p if any(self.mentions[i].explicit_year for i in self._mentions_in(ss, se)) else None
        # the latest such part before the document's date, not an older one ("above its level of the fourth quarter
        # of 2019" in 2023)
        return p if _shift_years(p, 1).end <= d < _shift_years(p, 2).end else None

    def _base_since(self, ss: int, se: int, ns: int) -> Period | None:
        """'rose 10% compared to the end of 2020' with no other time: the change from the
        base to the document's date."""
        if self.ref.ref_date is None:
            return None
        if ss in self._base_cache:
            return self._base_cache[ss]
        found = None
        for i in self._mentions_in(ss, se):
            mt = self.mentions[i]
            if mt.role != BASE or mt.period is None or mt.kind not in ("year", "end_point", "plan"):
                continue
            if not mt.explicit_year or mt.period.type != "point":
                continue
            start = mt.period.end + timedelta(days=1)
            if start < self.ref.ref_date:
                found = Period(start, self.ref.ref_date, "range")
                break
        self._base_cache[ss] = found
        return found


_HARD_CUT = re.compile(r";")
# ("compared with $31.2 billion tallied a year earlier")
_YEAR_EARLIER = re.compile(
    rf"\s*(?:{PERCENT_SIGN}\s+)?(?:(?:rise|increase|gain|fall|drop|decline)\s+)?(?:in\s+(?:surplus|deficit)\s+)?,?\s*"
    rf"(?:{RECORDED}\s+)?"
    r"(?:(?:in\s+)?the\s+same\s+(?:month|quarter|period)\s+)?(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
)
_SHIFTABLE = frozenset({"year", "half", "quarter", "month", "ytd", "point", "range"})
_NAMES_A_YEAR = re.compile(r"(?:19|20)\d\d|\byear\b")
_BASE_TYPES = frozenset({"year", "half", "quarter", "month", "ytd"})  # what a figure is compared with
# the words that make a time what a figure is compared with, not a record's scope ("the lowest since June 2022")
_COMPARED_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|from|than(?:\s+in)?|versus|vs\.?|against|over)\s+(?:the\s+)?$")


_PERCENT_AFTER = re.compile(rf"\s*{PERCENT_SIGN}")
_STEPPABLE = frozenset({"month", "quarter", "half", "year"})
# "to 5.8% from " right before the number: the start value of a change
_AFTER_CHANGE = re.compile(
    r"\bafter\s+(?:an?\s+)?(?:increasing|rising|growing|gaining|falling|decreasing|declining|dropping|"
    r"(?:increase|rise|gain|fall|decrease|decline|drop)\s+of)\s+(?:by\s+)?$"
)
_EARLIER_ESTIMATE_AFTER = re.compile(rf"\s*{PERCENT_SIGN}?\s*(?:initially|previously|originally|earlier|at\s+first|"
                                     r"(?:in\s+)?the\s+(?:first|preliminary|advance|flash|initial)\s+estimate)\b")
_FROM_TO_AFTER = re.compile(rf"\s*{PERCENT_SIGN}?\s+to\s+(?:about\s+|around\s+)?[$€£¥]?\d")
_TO_FROM_BEFORE = re.compile(
    rf"\bto\s+(?:about\s+|around\s+)?[$€£¥]?\d[\d.,]*\s*{PERCENT_SIGN}?,?\s+(?:(?:up|down)\s+)?from\s+"
    r"(?:about\s+|around\s+)?[$€£¥]?$"
    # a list of readings: "Clothing, 4.7 percent from 4.8 percent", "Health with 4.1 percent inflation from 3.9 percent"
    rf"|\d\s*{PERCENT_SIGN}(?:\s+[a-z]+)?\s+from\s+$"
)


def _covers(p: Period, d: Period | None) -> bool:
    """Does period p span the document's period d (any p if the document names none), or come after it (a text
    that moves on from last year's ranking to this year's first half)?"""
    if d is None or d.start is None or d.end is None:
        return True
    return p.start is not None and p.end is not None and (p.start <= d.start and d.end <= p.end or p.start > d.end)


def _period_after(p: Period) -> Period:
    """The period of the same type just after p (a month, quarter, half or year)."""
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[p.type]
    y, m = p.end.year, p.end.month + 1
    while m > 12:
        y, m = y + 1, m - 12
    start = date(y, m, 1)
    y2, m2 = y, m + months - 1
    while m2 > 12:
        y2, m2 = y2 + 1, m2 - 12
    return Period(start, month_end(y2, m2), p.type)


def _shift_years(p: Period, years: int) -> Period:
    """The same part of the calendar `years` later (earlier if negative), month ends kept."""
    def shift(d: date) -> date:
        if d.month == 2 and d.day >= 28:
            return month_end(d.year + years, 2)
        return d.replace(year=d.year + years)
    return Period(shift(p.start), shift(p.end), p.type)

# month abbreviations with a dot ("Aug. 10, 2023") do not end a sentence
# after ", and" / ", with" ...: a clause cut unless a number follows ("..., and 5%")
_CLAUSE_TAIL = re.compile(r"\s+(?![\d$€£¥])")
# the words of a forecast a figure can be measured against ("beating forecasts", "than expected")
_FORECAST_WORD = re.compile(r"(?:forecast|expect|estimate|project|predict|consensus)")
# "analysts had expected", "had been forecast": an expectation about a period now reported
_PAST_EXPECTATION = re.compile(r"\bhad\s+(?:been\s+)?$")
# "rose to 4.1% [from 4.0% ]in January": the start value's own time follows
_LEVEL_REACHED_BEFORE = re.compile(rf"{PERCENT_SIGN}\s+to\s+(?:\S{{1,4}})?$")  # "a decline of 4.3% to USD5.1 bn"
_NEWLY_BEFORE = re.compile(r"\b(?:new|newly|added|additional)\s+$")
_AFTER_READING = re.compile(rf"\s*{PERCENT_SIGN}?\s*,?\s*(?:after|following)\s+(?:an?\s+)?(?:[a-z-]+\s+)?")
# the figure a change is compared with: "compared with a 2.1% growth in the same period of 2023"
# (and a start value: "down from 416.7 billion in the same period last year")
_COMPARED_WITH = r"compared\s+(?:with|to)|versus|vs\.?"
_COMPARED_FIGURE_BEFORE = re.compile(rf"\b(?:{_COMPARED_WITH}|as\s+against|(?:up|down)\s+from)\s+(?:an?\s+|the\s+)?$")
# ... and its amount named after a noun ("against the deficit of $48.4 billion")
_BASE_FIGURE_BEFORE = re.compile(rf"\b(?:{_COMPARED_WITH}|against|from)\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){{0,2}}?"
                                 r"(?:of\s+)?[$€£¥]?$")
_HAS_BEEN_BEFORE = re.compile(r"\b(?:has|have)\s+(?:been|stood|remained|held|stayed)\s+(?:at\s+|steady\s+at\s+)?"
                              r"(?:about\s+|around\s+)?$")
_RATE_STEP = re.compile(r"[\d.]+\s*(?:basis\s+points?|bps?\b|percentage\s+points?)")
_RELATIVE_OPEN = re.compile(r",\s*(?:which|that|who)\b")
# (also an amount: "down 9.5% from 64.28 million in 2020")
_FROM_START_VALUE = re.compile(rf",?\s+(?:(?:up|down)\s+)?from\s+(?:an?\s+|the\s+)?[\d.,]+\s*(?:{PERCENT_SIGN}|(?:[a-z]+\s+){{0,2}}?)?\s*"
                               rf"(?:{RECORDED}\s+)?(?=(?:in|for)\s)")
_SINCE_BEFORE = re.compile(r"\bsince\s")
_PERCENT_IN_NUMBER = re.compile(rf"{PERCENT_SIGN}")  # "3.9%", "3.9 percent" as the number's own span
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+$")
# between the items of a list of times ("in Q2 and Q3 of 2020", "in May, June and July") and of numbers ("6.1% and
# 3.6%", "4, 5 and 6 per cent")
_TIME_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:in\s+)?")
_NUMBER_LIST_GAP = re.compile(rf"\s*{PERCENT_SIGN}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:by\s+)?")
_PARTS_OF_BEFORE = re.compile(r"\s*(?:the\s+former|the\s+latter|of\s+(?:which|this|these)|among\s+them)\b[^.;]{0,30}?"
                              r"\b(?:consisted|comprised|included|was|were)\b")
_READ_AT = r"(?:was|were|is|stood\s+at|came\s+in\s+at)"  # the verbs that give a reading
_WHEN_IT_WAS = re.compile(rf",\s*when\s+(?:it|they|the\s+rate|the\s+figure|growth|inflation)\s+(?:{_READ_AT}|reached|hit)"
                          r"\s+(?:about\s+|around\s+)?$")
_LABELS_FIGURE_AFTER = re.compile(rf"\s+(?:at|{_READ_AT})\s+[-+−]?[$€£¥]?\d")
_QUARTER_OF = re.compile(r"\s*(?:,|:|of|of\s+the)?\s*")  # "Q1, 2024-25", "Q1:2024-25", "Q1 of 2024-25"
_YEAR_LATER = re.compile(r"\s*(?:merely\s+|just\s+|only\s+)?(?:a|one)\s+year\s+later\b")
# the period before named right after a figure: "6.7% a month earlier", "3.6 percent last quarter"
_PERIOD_EARLIER = re.compile(rf"\s*{PERCENT_SIGN}?\s*,?\s*(?:(?:a|one)\s+(?P<ago>month|quarter)\s+(?:earlier|ago|before)"
                             r"|(?:from\s+)?(?:last|the\s+previous|the\s+prior)\s+(?P<last>quarter|month))\b")
_REPORTED_AT = re.compile(rf"{RECORDED}\s+$")
_ATTRIBUTION_OPEN = re.compile(r"\s*according\s+to\s+[^,;:]{1,160},\s*", re.I)
_LABELS_NEXT = re.compile(r"\s*:")
_LIST_ITEM = re.compile(r"\s*(?:[-*•–]\s|\(?\d{1,2}[.)]\s|\([a-z]\)\s)")
# "the city had 28 tourist attractions": a count held during the period, at its end
# a count held in the past: "the city had 28 attractions", "boasted over 51,000 firms", "was home to 94,000"
_HAD_BEFORE = re.compile(
    r"\b(?:had|boasted|(?:was|were|became)\s+home\s+to|numbered)\s+"
    r"(?:(?:about|around|over|nearly|approximately|some|more than|a total of)\s+)*$"
)
# "with" and "while" open the statement of another figure
# the words after a number that still describe it: up to a comma or clause word
_OWN_PHRASE_END = re.compile(r"[,;:(]|\s(?:and|while|which|but)\s")
# "3.4 percentage points higher than ...": a gap between two rates, not a level standing at a date
# ("63.1 percentage points faster the national average": "than" left out)
_COMPARISON_AFTER = re.compile(r"\s*percentage\s+points?\s*(?:higher|lower|more|less|faster|slower|above|below)\b")
_COMPARISON_WORD = re.compile(r"\s*(?:higher|lower|more|less|faster|slower|above|below)\b")
_CUE_CUT = re.compile(r",\s+(?:with|while|whereas|which)\b|\s+while\s+|—")
_COPULA_WORDS = re.compile(
    r"\b(?:is|are|was|were|stands?|stood|remains?|remained|totall?ed|amounted|came|averaged|held|accounted|made)\b"
)
_PAST_COPULAS = frozenset({
    "was", "were", "stood", "remained", "totaled", "totalled", "amounted to", "came to", "came in at", "averaged",
    "held at", "accounted for", "made up",
})
# a copula right before the number, or before the earlier items of a list it closes
# ("accounted for 55.7 percent, 74.1 percent and 63.1 percent"); "was estimated at 4.2%"
_COPULA_BEFORE = re.compile(
    r"\b(is|are|was|were|stands?|stood|remains?|remained|totall?ed|amounted\s+to|came\s+(?:in\s+at|to)|averaged|"
    r"held\s+at|accounted\s+for|made\s+up)\s+"
    r"(?:(?:\w+ly\s+)?(?:unchanged|steady|stable|flat)\s+)?"  # "was essentially unchanged at 6.4 million"
    r"(?:(?:about|around|over|nearly|approximately|at|only|just|some|more than|less than|estimated|put)\s+)*"
    rf"(?:[\d.,]+\s*{PERCENT_SIGN}?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
_COMPOUND_AFTER = re.compile(r"-[a-z]")  # "a 40-member group", "16,000-TEU ships": a modifier
# "a significant increase with an added value of 410 billion yuan": the level, not the change, is "of" the number
_LEVEL_OF_BEFORE = re.compile(r"\b(?:value|total|amount|volume|balance|output|revenue|level)\s+of\s+$")
_CHANGE_AMOUNT_BEFORE = re.compile(
    r"\b(?:by|of|to)\s+(?:(?:about|around|over|more than|nearly|approximately|almost|some|up to)\s+)?$"
)
_CHANGE_AFTER = re.compile(rf"\s*{PERCENT_SIGN}?\s*(?:reduction|increase|improvement|decrease|cut|drop|decline|gain)s?\b")
# "the carmaker posted a 3.1% gain", "reported a 12% decline in sales": a result reported for the period
_REPORTED_CHANGE = re.compile(
    r"\b(?:posted|reported|recorded|registered|logged|booked|saw|suffered|faced|notched|had|showed)\s+(?:an?\s+(?:\w+\s+)?$|"
    r"(?:an?\s+)?(?:[\w-]+\s+)?(?:increases?|rises?|gains?|declines?|decreases?|drops?|growth)\s+of\s+"
    r"(?:[\d.]+\s*(?:%|percent)?\s*(?:,|and)\s+)*$)"
)
_MORE_OR_FEWER = re.compile(r"\s+(?:more|fewer|less)\b")
_LEADING_CUMULATIVE = re.compile(r"\s*[\"“]?(?:cumulatively|in total|to date|so far|altogether)\s*,")


# a figure with its unit or scale ("9.2%", "15 percent", "1.2 million"), not a date or a number label
# heading numbers by level: "I." above "1." above "(1)" above "a)"
_NUMBERINGS = (re.compile(r"\s*[IVXivx]{1,5}[.)、]\s"), re.compile(r"\s*\d{1,2}[.)、]\s"),
               re.compile(r"\s*[(（]\s*\w{1,3}\s*[)）]"), re.compile(r"\s*[A-Ha-h][.)]\s"))


def _numbering_level(text: str, pos: int) -> int | None:
    """The level of a heading's number (0 for "I.", 1 for "2.", 2 for "(1)", 3 for "a)"), None if it has none."""
    for level, rx in enumerate(_NUMBERINGS):
        if rx.match(text, pos):
            return level
    return None


_FIGURE = re.compile(
    rf"(?<![\w.,])\d[\d,]*(?:\.\d+)?\s*(?:{PERCENT_SIGN}|(?:thousand|million|billion|trillion)\b)", re.I)
_RULE_LINE = re.compile(r"^[\s|:+=_-]*-[\s|:+=_-]*$")
TABLE_ROWS = 60  # lines searched up from a table row for its header
TABLE_LINE_CHARS = 400  # a longer line is prose, not a table row


def _slice(sorted_list: list, lo: int, hi: int) -> tuple[int, int]:
    """Index range of the values v with lo <= v < hi in a sorted list."""
    return bisect.bisect_left(sorted_list, lo), bisect.bisect_left(sorted_list, hi)


def _headline_period(title: str, published: date | None, country: str | None) -> Period | None:
    """The narrowest period (not a day) a headline names: "Inflation rate drops to 9.9% for January 2021"."""
    periods = [mt.period for mt in PeriodResolver(title, published, country).mentions
               if mt.period is not None and mt.period.type not in ("point", "unknown") and mt.role == PERIOD]
    return min(periods, key=lambda p: p.end - p.start, default=None)


def _find_all(text: str, needle: str) -> list[int]:
    out = []
    i = text.find(needle)
    while i >= 0:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


_WORD = re.compile(r"\w+")


def _last_match_end(pattern: re.Pattern, text: str, lo: int, hi: int) -> int:
    """End of the last match of `pattern` in text[lo:hi], or -1."""
    last = -1
    for m in pattern.finditer(text, lo, hi):
        last = m.end()
    return last


_NOT_A_LIST = re.compile(
    r"\b(?:that|which|who|whose|where|when|will|would|is|are|was|were|has|have|had|"
    r"above|below|than|versus|compared|after|before|following|reversing|surpassing|exceeding|beating|topping|"
    r"contrast|unlike)\b"
)
_ANAPHOR = re.compile(
    r"\s*[\"“]?(?:this|that|these|those|it|the\s+(?:(?:revised|latest|new|final|preliminary|official|initial)\s+)?(?:figures?|readings?|estimates?)|the rate|the total|"
    r"which|meanwhile|additionally|the former|the latter|"
    r"in addition|also|moreover|furthermore|specifically|to be specific|more specifically|in particular|among them|"
    r"of which|of this|of these|"
    r"besides|likewise|similarly|at the same time)\b"
)
# a sentence that restates a figure refers back to it: "is equivalent to", "or about"; so does one set in "the same
# period" (not "the same period of last year", a base)
_RESTATE = re.compile(r"\b(?:is|was|are|were)\s+equivalent\s+to\b|\bin other words\b|"
                      r"\b(?:in|during|over|for)\s+the\s+same\s+period\b(?!\s+(?:of|in|last|a\s+year))")
_APPOSED_CHANGE = re.compile(
    r",\s*(?:(?:up|down|rising|falling|growing|declining)|(?:an?\s+)?(?:increases?|rises?|declines?|drops?|falls?)\s+of)\s+"
    r"(?:(?:about|around|nearly|over|more than|almost)\s+)?$"
)
# ("..., a 7.2% decline", "..., marking a new high with a 4.7 percent increase")
_APPOSED_ARTICLE = re.compile(r",\s*(?:(?:marking|representing|reflecting|posting|registering|recording)\b[^,;]{0,60}?\s)?"
                              r"(?:with\s+)?an?\s+$")
_CHANGE_NOUN_AFTER = re.compile(rf"\s*{PERCENT_SIGN}?\s*(?:(?:year[\s-]on[\s-]year|annual)\s+)?"
                                r"(?:increase|rise|decline|drop|fall|gain|jump|decrease|growth|reduction)\b")
_OPEN_END_WORDS = ("from", "to", "in", "of", "by", "the", "and", "or", "a", "an", "for", "with", "at", "on", "than",
                   "since", "during", "until")
_OPEN_END = re.compile(r"\b(?:" + "|".join(_OPEN_END_WORDS) + r")$", re.IGNORECASE)
_OPEN_END_REACH = max(map(len, _OPEN_END_WORDS)) + 1  # a match starts this close to the end (or a final line break)
_FROM_BEFORE_NUM = re.compile(r"\bfrom\s+(?:\S+\s+){0,2}$")
