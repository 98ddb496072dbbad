"""The date, year and period a document reports on: an event date in its lead, the year it speaks from, and the
period its title, top heading, lead or reviewed year names. A part of PeriodResolver, which holds the text, its
sentences and paragraphs, and the raw time phrases these methods read."""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from pipelines.extraction.model import Period
from pipelines.extraction.temporal_scan import (
    FILING_KINDS, HEADLINE_CHARS, REPORT_TYPES, SAME_PERIOD_OF, SINCE_BEFORE, Reference, files_the_text, year_period,
)
from pipelines.extraction.vocab import PERCENT_SIGN

TITLE_CHARS = 400  # the title is the first line, if it is this short and more text follows
TITLE_LINES = 4  # short heading lines a text may open with before its first paragraph
LEAD_CHARS = 1500  # an event date ("On January 21, 2026, X held ...") stands in the lead
EVENT_WINDOW_DAYS = 120  # an event date may precede the publication by this much
LEAD_SENTENCES = 2  # sentences of the lead paragraph searched for the period it reports on
_STALE = timedelta(days=400)  # a period that ended this long before the text's date is not the one it reports on
_EVENT_VERB = re.compile(
    r"\b(?:held|hosted|convened|released|published|announced|issued|opened|unveiled|met|said|gave)\b"
)
_FROM_VALUE_BEFORE = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|as\s+against|versus|(?:after|following)\s+(?:an?\s+)?[a-z]+(?:\s+of)?)\s+(?:an?\s+|the\s+)?"
    rf"[$€£¥]?\d[\d.,]*\s*{PERCENT_SIGN}?\s*(?:[a-z]+\s+){{0,2}}$"  # ("after rising 0.4% in September", "following a 13.2% increase in")
)
_PERCENT_IN = re.compile(rf"\d\s*{PERCENT_SIGN}")
_FIGURE_JUST_BEFORE = re.compile(rf"\d\s*{PERCENT_SIGN}?(?:[\s(]+[a-z-]+\)?){{0,3}}\s+$")
_BASE_WORD_START = re.compile(r"(?:over|from|than|since|compared|against|versus|vs)\b")  # ("12.9% over the first half")
_SINCE_YEAR_BEFORE = re.compile(r"\bsince\s+(?:at\s+least\s+)?$")
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before)\s+$")
# time phrases that can name the period a lead sentence reports on
_LEAD_KINDS = frozenset({"month", "month_year", "quarter", "half", "first_months", "first_quarters", "month_span", "months_to", "year",
                         "month_days"})


class DocumentPeriod:
    """The methods of PeriodResolver that find what the document itself is dated and reports on."""

    def _event_date(self, text, raw, published: date | None) -> date | None:
        """'On January 21, 2026, the council held a press conference ...' in the lead:
        the figures were given that day. Accepted only with an event verb, a full year,
        and (if the publication date is known) shortly before it."""
        for s, e, name, m in raw:
            if s > LEAD_CHARS:
                break
            if name != "full_date" or not (m.group("y") or m.group("y2")):
                continue
            if not m.group(0).lower().startswith("on"):
                continue
            k = self._sentence_index(s)
            ss, se = self._sentence_span(k)
            if text[ss:s].strip(" \t\"“"):
                continue
            if not _EVENT_VERB.search(self.low, e, se):
                continue
            mt = self.scanner.resolve(text, s, e, name, m, Reference(None, None, None))
            if mt.period is None:
                continue
            d = mt.period.start
            if published is not None and not (published - timedelta(days=EVENT_WINDOW_DAYS) <= d <= published):
                continue
            return d
        return None

    def _infer_year(self, text: str, raw) -> int | None:
        """No date known: the year the text speaks from. A full year reported with past-tense
        results ("output fell 4.4% in 2025") was over when the text was written; other years
        it reports on (part-years and forecasts alike) are at most the current one. A text that
        reports a part of a year in the past tense ("In September 2023, production decreased by
        1.4%") speaks from the latest year it reports, whatever later years it forecasts. A text that only
        forecasts ("demand is set to rise by 1.1 mb/d in 2024 ... by 1.2 mb/d in 2025") speaks from
        the nearest year it forecasts. A text whose only year is the base of a year-on-year change
        ("32% fewer than in the same month in 2019") reports the year after it. Deadlines and plan spans
        do not count."""
        v = self.v
        best = forecast = latest_reported = year_after_base = None
        part = False  # a part of a year reported in the past tense
        reported = False  # a year named outside forecasts
        for s, e, name, m in raw:
            if name not in ("year", "month_year", "half", "quarter", "first_months", "first_quarters"):
                continue
            ys = re.search(r"(?:19|20)\d\d", m.group(0))
            if ys is None:
                continue
            y = int(ys.group(0))
            before = self.low[max(0, s - 48):s]
            if v.base_before.search(before) or _DEADLINE_BEFORE.search(before) or _SINCE_YEAR_BEFORE.search(before):
                if name == "year" and SAME_PERIOD_OF.search(before):
                    year_after_base = y + 1 if year_after_base is None else max(year_after_base, y + 1)
                continue  # (nor the start of a record: "the lowest level since at least 2016")
            k = self._sentence_index(s)
            ss, se = self._sentence_span(k)
            sent = self.low[max(ss, s - 300):min(se, e + 300)]
            if v.future_re.search(sent) or v.outlook_re.search(sent):
                forecast = y if forecast is None else min(forecast, y)
            else:
                reported = True
                if name == "year" and v.past_re.search(sent):
                    y += 1
                elif name != "year" and v.past_re.search(sent):
                    part = True
                latest_reported = y if latest_reported is None else max(latest_reported, y)
            best = y if best is None else max(best, y)
        if part:
            return latest_reported
        return best if reported else (forecast or year_after_base)

    def _title_period(self, text: str, raw, ref: Reference) -> Period | None:
        """The period named in the first non-empty line, if that line is a title; or, when the text opens with
        short heading lines ("26 January 2024" / "Labour Force Survey" / "Fourth quarter 2023"), in those."""
        s = len(text) - len(text.lstrip())
        e = text.find("\n", s)
        if e < 0 or e - s > TITLE_CHARS or not text[e:].strip():
            return None  # a title is a first line with more text after it
        if text[s:e].rstrip().rstrip(")\"”’'").endswith((".", "!", "?")) and e - s > HEADLINE_CHARS:
            return None  # a sentence, not a title (also one closing a bracket: "... (Pictured, a port.)")
        best = self._narrowest_period(text, raw, ref, s, e)
        lines = 1
        while best is None and lines < TITLE_LINES:
            s = len(text) - len(text[e:].lstrip())
            e = text.find("\n", s)
            if e < 0 or e - s > HEADLINE_CHARS or text[s:e].rstrip().endswith((".", "!", "?")):
                break  # the heading lines end where the first paragraph starts
            best = self._narrowest_period(text, raw, ref, s, e)
            lines += 1
        return best

    def _top_heading_period(self, text: str, raw, ref: Reference) -> Period | None:
        """A heading above the first paragraph of prose that names a period ("CONSUMER PRICE INDEX – OCTOBER 2021"
        under the release's title and contact lines), when it is the only such heading that names one."""
        found = set()
        for p, head in enumerate(self.para_headline):
            f = self.para_first.get(p)
            if f is None or self.sent_starts[f] > LEAD_CHARS:
                break
            pe = self._para_end(p)
            if not head:
                if text[self.sent_starts[f]:pe].rstrip().endswith((".", "!", "?")):
                    break  # the first paragraph of prose: headings after it head sections ("4TH QUARTER")
                continue
            got = self._narrowest_period(text, raw, ref, self.sent_starts[f], pe)
            if got is not None:
                found.add(got)
        return found.pop() if len(found) == 1 else None

    def _narrowest_period(self, text: str, raw, ref: Reference, s: int, e: int) -> Period | None:
        """The narrowest period (not a day) named in text[s:e]."""
        best = None
        for hs, he, name, m in raw[bisect.bisect_left(raw, (s,)):]:
            if hs >= e:
                break
            if name in ("now", "full_date", "by_year", "end_point", "as_of", "since_year"):
                continue
            if name in FILING_KINDS and files_the_text(text, hs, he):
                continue  # a date line ("14 Jul 2020, 11:48 GMT+10") dates the text, not what it reports
            mt = self.scanner.resolve(text, hs, he, name, m, ref)
            if mt.period is not None and mt.period.type != "point":
                # "X cuts 2025 outlook as first-quarter orders slump": the narrowest period
                # named is the one reported on
                if best is None or mt.period.end - mt.period.start < best.end - best.start:
                    best = mt.period
        return best

    def _reviewed_year(self, text: str, raw, ref: Reference) -> Period | None:
        """Neither title nor lead names a period: a text that names one finished year as a time
        more often than any other ("In 2023, the province ...", "... reached 4.66 trillion yuan in
        2023") reviews that year, as a work report in January reviews the year before; unless it
        also reports on part of the year of its date ("in the first quarter of this year")."""
        if ref.ref_date is None:
            return None
        counts: dict[int, int] = {}
        for hs, he, name, m in raw:
            before = self.low[max(0, hs - 48):hs]
            if self.v.base_before.search(before) or _DEADLINE_BEFORE.search(before):
                continue
            mt = self.scanner.resolve(text, hs, he, name, m, ref)
            if mt.period is None or mt.period.start is None:
                continue
            if mt.period.type in ("half", "quarter", "month", "ytd") and mt.period.start.year == ref.ref_date.year:
                return None
            if name in ("year", "rel_year") and mt.period.type == "year":
                counts[mt.period.start.year] = counts.get(mt.period.start.year, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        year, n = ranked[0]
        if n < 2 or (len(ranked) > 1 and ranked[1][1] == n) or year >= ref.ref_date.year:
            return None
        return year_period(year)

    def _lead_period(self, text: str, raw, ref: Reference) -> Period | None:
        """A title without a period ("Steel output falls as curbs bite"): the period its
        article's lead reports on ("... fell 13.2 percent year on year in August"). Short
        lines without final full stop (bylines "By ZHOU LAN | China Daily (composed)",
        speaker labels) are not the lead; a lead opening with a greeting ("Good afternoon.
        Let me brief you on ... the first half of the year.") names its period in the first
        sentence of its first LEAD_SENTENCES that states a time."""
        for p, head in enumerate(self.para_headline):
            if head:
                continue
            f = self.para_first.get(p)
            if f is None:
                return None
            ps = self.sent_starts[f]
            if ps > LEAD_CHARS:
                return None
            if self._is_label(p):
                continue  # a byline or a label line
            for k in range(f, min(f + LEAD_SENTENCES, len(self.sent_starts))):
                if self.sent_para[k] != p:
                    break
                s, e = self._sentence_span(k)
                i = bisect.bisect_left(raw, (s,))
                found = set()
                figure_times = set()  # times right after a figure ("recording an 8.7% expansion in June")
                named = False
                while i < len(raw) and raw[i][0] < e:
                    hs, he, name, m = raw[i]
                    i += 1
                    if name not in _LEAD_KINDS:
                        continue
                    if self.v.base_before.search(self.low, max(0, hs - 48), hs) or \
                            _FROM_VALUE_BEFORE.search(self.low, max(0, hs - 48), hs) or \
                            SINCE_BEFORE.search(self.low, max(0, hs - 20), hs) or self.low.startswith("since ", hs):
                        # ("..., down from 5.2 percent in August": the start value's time; "the highest since 2023",
                        # "the 50th month of surplus since May 2020": the start of a record or a streak)
                        continue
                    named = True
                    mt = self.scanner.resolve(text, hs, he, name, m, ref)
                    if mt.rate_period is not None and _PERCENT_IN.search(self.low, s, hs) and self.v.price_level_re.search(
                        self.low, s, hs
                    ):
                        mt.period = mt.rate_period  # "prices rose 3.2% in the year to July": July
                    if mt.period is not None and (mt.period.type in REPORT_TYPES or name == "month_days") and (
                            ref.ref_date is None or mt.period.end >= ref.ref_date - _STALE):
                        # (also part of a month: "exports in the first 20 days of December"; but a time long past
                        # is history the lead recalls: "the low that prevailed until a hike in September 2021" in 2023)
                        found.add(mt.period)
                        if _FIGURE_JUST_BEFORE.search(self.low, max(s, hs - 40), hs) and \
                                not _BASE_WORD_START.match(self.low, hs):
                            figure_times.add(mt.period)
                if named or found:
                    # a lead contrasting two times ("In 2023 ..., while in 2022 ...") names none; one with the
                    # times of a trend besides its figure's ("rising so far this year, growing since January and
                    # recording an 8.7% expansion in June") names the figure's
                    if len(found) > 1 and len(figure_times) == 1:
                        return figure_times.pop()
                    return found.pop() if len(found) == 1 else None
            ps, pe = self.sent_starts[f], self._para_end(p)
            i = bisect.bisect_left(self._all_numbers, (ps,))
            while i < len(self._all_numbers) and self._all_numbers[i][0] < pe:
                ns, ne = self._all_numbers[i]
                if not any(hs <= ns and ne <= he for hs, he, _, _ in raw if hs < pe and he > ps):
                    return None
                i += 1
            # a paragraph without figures other than dates ("Aerial photo of the port, Nov. 20, 2020."): a
            # caption, not the lead
        return None
