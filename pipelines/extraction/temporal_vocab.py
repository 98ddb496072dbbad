"""Load pipelines/vocab/periods.yaml once and compile the regular expressions built from it."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pipelines.extraction.vocab import PERCENT_SIGN, RECORDED, load


def _alt(words) -> str:
    """A regex alternation of phrases (as a prefix tree: fast to scan), any whitespace
    between words. Longer phrases win over their prefixes."""
    return trie_regex({" ".join(w.lower().split()) for w in words})


def trie_regex(words) -> str:
    """A regex alternation of literal words as a prefix tree: much faster to scan with
    than a flat alternation, since each position tests one branch per first letter."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if end:
            return "(?:" + body + ")?"
        return body

    return emit(tree)


@dataclass(frozen=True)
class FiscalYear:
    """How one country's government fiscal year runs (periods.yaml, fiscal_years)."""

    first_month: int
    named_by_end: bool  # "FY24" is the year ending in 2024 (else: the one beginning in 2024)
    split_years: bool  # "2023-24" is one fiscal year
    fiscal_quarters: bool = False  # "Q1" without a year is the fiscal year's first quarter


CALENDAR_FISCAL_YEAR = FiscalYear(1, True, False)
# "fiscal 2023-24" names a split fiscal year even where the country is unknown: April is the
# commonest first month of those
SPLIT_FISCAL_YEAR = FiscalYear(4, True, True)


class Vocab:
    """Word lists and compiled patterns; one instance per process (see `vocab()`)."""

    def __init__(self, data: dict) -> None:
        self.months: dict[str, int] = {k.lower(): int(v) for k, v in data["months"].items()}
        self.ordinals: dict[str, int] = {k.lower(): int(v) for k, v in data["ordinals"].items()}
        self.cardinals: dict[str, int] = {k.lower(): int(v) for k, v in data["cardinals"].items()}
        self.weekdays: dict[str, int] = {k.lower(): int(v) for k, v in data.get("weekdays", {}).items()}
        self.relative_years: dict[str, int] = {
            " ".join(k.lower().split()): int(v) for k, v in data["relative_years"].items()
        }
        self.report_year_words = {" ".join(w.lower().split()) for w in data["report_year_words"]}
        self.calendar_year_words = {" ".join(w.lower().split()) for w in data["calendar_year_words"]}
        self.relative_months: dict[str, int] = {
            " ".join(k.lower().split()): int(v) for k, v in data["relative_months"].items()
        }
        fyp = data["five_year_plan"]
        self.plan_reference = int(fyp["reference_plan"])
        self.plan_reference_start = int(fyp["reference_start"])
        self.plan_length = int(fyp["length"])
        self.plan_valid_from = int(fyp["valid_from_plan"])
        self.mid_year_month = int(data["mid_year_month"])
        self.fiscal_year_start: dict[str, int] = {
            " ".join(k.lower().split()): int(v) for k, v in data.get("fiscal_year_start", {}).items()
        }
        self.fiscal_years = {
            code.upper(): FiscalYear(int(f["first_month"]), f["named_by"] == "end", bool(f["split_years"]),
                                     f.get("quarters") == "fiscal")
            for code, f in data.get("fiscal_years", {}).items()
        }
        self.fiscal_nouns = [w.lower() for w in data.get("fiscal_nouns", [])]
        self.month_nouns = [w.lower() for w in data.get("month_nouns", [])]
        self.fiscal_relative_words: dict[str, int] = {
            k.lower(): int(v) for k, v in data.get("fiscal_relative_words", {}).items()
        }
        self.now_words = [w.lower() for w in data["now_words"]]
        self.base_lead_words = [w.lower() for w in data["base_lead_words"]]
        self.speech_verbs = [w.lower() for w in data["speech_verbs"]]
        self.trailing_year_words = {w.lower() for w in data["trailing_year_words"]}
        self.stock_cues = [w.lower() for w in data["stock_cues"]]
        self.strong_stock_cues = [w.lower() for w in data["strong_stock_cues"]]
        self.accumulated_re = re.compile(rf"\b{_alt(w.lower() for w in data['accumulated_stock_cues'])}\b")
        # "the cumulative domestic production of chips": a flow summed over the period, not a total standing at its end
        self.accumulated_flow_re = re.compile(
            rf"\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alt(w.lower() for w in data['flow_nouns'] if w[0].isalpha() and ' on ' not in w)})\b")
        self.stock_after_number = [w.lower() for w in data["stock_after_number"]]
        self.change_cues = [w.lower() for w in data["change_cues"]]
        self.yoy_cues = [w.lower() for w in data["yoy_cues"]]
        self.month_on_month_cues = [w.lower() for w in data.get("month_on_month_cues", [])]
        self.generic_cues = [w.lower() for w in data["generic_cues"]]
        self.perfect_auxiliaries = [w.lower() for w in data["perfect_auxiliaries"]]
        self.present_verbs = [w.lower() for w in data["present_verbs"]]
        self.flow_nouns = [w.lower() for w in data["flow_nouns"]]
        self.flow_verbs = [w.lower() for w in data["flow_verbs"]]
        self.flow_after_number = [w.lower() for w in data["flow_after_number"]]
        self.flow_passive_verbs = [w.lower() for w in data["flow_passive_verbs"]]
        self.future_cues = [w.lower() for w in data["future_cues"]]
        self.balance_nouns = [w.lower() for w in data.get("balance_nouns", [])]
        self.market_cues = [w.lower() for w in data.get("market_cues", [])]
        self.money_before = [w.lower() for w in data.get("money_before", [])]
        self.money_after = [w.lower() for w in data.get("money_after", [])]
        self.policy_rate_words = [w.lower() for w in data.get("policy_rate_words", [])]
        self.rate_decision_verbs = [w.lower() for w in data.get("rate_decision_verbs", [])]
        self.price_level_words = [w.lower() for w in data.get("price_level_words", [])]
        self.year_ahead_words = {" ".join(w.lower().split()) for w in data.get("year_ahead_words", [])}
        self.year_turn_month = int(data.get("year_turn_month", 0))
        self.forecasters = [w.lower() for w in data.get("forecasters", [])]
        self.section_words = [w.lower() for w in data.get("section_words", [])]
        self.outlook_words = [w.lower() for w in data["outlook_words"]]
        self.record_words = [w.lower() for w in data["record_words"]]
        self.record_scope_words = [w.lower() for w in data["record_scope_words"]]
        self.streak_words = [w.lower() for w in data["streak_words"]]
        self.past_tense_verbs = [w.lower() for w in data["past_tense_verbs"]]
        self.change_by_words = [w.lower() for w in data["change_by_words"]]
        self.change_to_nouns = [w.lower() for w in data["change_to_nouns"]]
        self._compile()

    def plan_years(self, n: int) -> tuple[int, int] | None:
        """First and last year of the Nth Five-Year Plan (None before the regular series)."""
        if n < self.plan_valid_from or n > self.plan_reference + 20:
            return None
        start = self.plan_reference_start + self.plan_length * (n - self.plan_reference)
        return start, start + self.plan_length - 1

    def month_number(self, word: str) -> int:
        w = word.lower().rstrip(".")
        return self.months.get(w) or self.months[w[:3]]

    def number_word(self, word: str) -> int:
        w = word.lower()
        if w.isdigit():
            return int(w)
        m = re.match(r"(\d+)(?:st|nd|rd|th)$", w)
        if m:
            return int(m.group(1))
        return self.ordinals.get(w) or self.cardinals[w]

    def _compile(self) -> None:
        # All patterns run on the lower-cased text (PeriodResolver keeps one copy): no IGNORECASE.
        flags = 0
        full_months = [k for k in self.months if len(k) > 3 or k == "may"]
        abbr_months = [k for k in self.months if len(k) <= 4 and k != "may"]
        # A month name standing alone needs its full form; abbreviations need a dot or a digit after.
        mon_full = rf"(?:{_alt(full_months)})"
        mon_any = rf"(?:{_alt(full_months)}|(?:{_alt(abbr_months)})\.?)"
        year = r"(?:19|20)\d\d(?![\d%]|\.\d)"  # (not "2024.03.27", a dotted date, nor a decimal)
        rel_year = _alt(self.relative_years)
        yref = rf"(?:(?:the\s+year\s+)?{year}|{rel_year})"  # ("the first half of the year 2023")
        # after a month: a year, or a relative one that names a calendar year ("April this year")
        year_or_rel = rf"(?:{year}|{_alt(k for k in self.relative_years if k in self.calendar_year_words)})"
        ordinal_small = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
        ordinal_any = rf"(?:{_alt(self.ordinals)}|\d{{1,2}}(?:st|nd|rd|th))"
        card = rf"(?:{_alt(self.cardinals)}|\d{{1,2}})"
        self.MON_FULL, self.MON_ANY, self.YEAR, self.YREF = mon_full, mon_any, year, yref

        # Each pattern is tried over the whole text; overlapping hits keep the longest.
        p = {}
        end_of = r"(?P<endof>(?:(?:by|at|as\s+of|until|till|up\s+to|through)\s+)?(?:the\s+)?end(?:\s+of\s+|-))"
        p["plan"] = (
            rf"(?:{end_of})?(?:the\s+)?[\"“']?(?P<n>{ordinal_any})\s+five[-\s]year\s+plan[\"”']?"
            rf"(?:\s*\(\s*\d{{4}}\s*[-–—]\s*\d{{2,4}}\s*\))?(?:\s+period)?"
        )
        p["past_years"] = (
            rf"(?:(?:over|in|during|for)\s+)?the\s+(?:past|last|previous)\s+(?:(?P<n>{card})\s+years|(?P<decade>decade))"
        )
        # "the average over the last 12 months": an average over those months (elsewhere "over the previous 12
        # months" often defines what is counted: "decided not to apply for a job over the previous 12 months")
        p["past_months"] = (rf"(?<=average\s)(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+"
                            rf"(?P<n>{card})\s+months")
        # "in the next five years": the years ahead, counting this one while most of it is still to come
        p["next_years"] = rf"(?:(?:in|over|during|within|for)\s+)?the\s+(?:next|coming)\s+(?P<n>{card})\s+years"
        p["year_span"] = (
            rf"(?:(?:from|in|during|for|over)\s+)?(?P<y1>{year})\s*(?:[-–—/]\s*(?P<y2>(?:19|20)\d\d|\d\d)(?![\d%/-]|\.\d)"
            rf"|\s+(?:to|through|until)\s+(?P<y3>{year})(?![\d%/-]))"
            rf"|between\s+(?P<y4>{year})\s+and\s+(?P<y5>{year})"
        )
        p["first_months"] = (
            rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?first\s+(?P<n>{card})\s+months?"
            rf"(?:\s+(?:of\s+)?(?P<yr>{yref}))?"
        )
        p["first_quarters"] = (
            rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?first\s+(?P<n>two|three|2|3)\s+quarters"
            rf"(?:\s+(?:of\s+)?(?P<yr>{yref}))?"
        )
        p["month_span"] = (
            rf"(?:(?:from|between|in|during|for)\s+)?(?P<m1>{mon_any})(?:\s+(?P<y0>{year}))?\s*"
            rf"(?:[-–—]to[-–—]|[-–—]|to|through|and|until)\s*(?P<m2>{mon_any})(?!\s+\d{{1,2}}\b)"
            rf"(?:\s+period)?(?:\s*,?\s*(?:of\s+)?(?P<yr>{year_or_rel}))?"
        )
        p["since_start"] = (r"since\s+the\s+(?:beginning|start)\s+of\s+(?:the\s+|this\s+)?year"
                            r"|(?:so\s+far\s+this\s+year|this\s+year\s+so\s+far)")
        # "the year-to-date inflation for 2020": January to the month reported on
        p["year_to_date"] = (rf"year[\s-]to[\s-]date(?:\s+[a-z]+){{0,2}}?\s+(?:for|in|of)\s+(?P<y>{year})"
                             r"|year[\s-]to[\s-]date")
        p["since_year"] = rf"since\s+(?:the\s+(?P<endof>end)\s+of\s+)?(?P<y>{year})"
        p["half"] = (
            rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<h>first|second|1st|2nd)[\s-]half"
            rf"(?:\s*\(h[12]\))?(?:\s+(?:of\s+)?(?P<yr>{yref}))?"
            rf"|\bh(?P<h2>[12])(?:(?:\s+of\s+|\s*)(?P<yr2>{year})|['’](?P<yy>\d\d)(?!\d))?\b"  # ("H1 2024", "H1 of 2024", "H1’24")
            # "in Q1 and Q2", "the first and second quarters": the half they make up
            rf"|(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:q(?P<qa>[13])\s*(?:and|&|-|–)\s*q[24]|(?P<qw>first|third)\s+and\s+"
            rf"(?:second|fourth)\s+quarters)(?:\s+(?:of\s+)?(?P<yr3>{yref}))?\b"
        )
        # ("last year's Q1", "2022's second quarter": the year before, possessive)
        p["quarter"] = (
            rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?:(?P<pyr>{yref})['’]s\s+)?(?P<q>{ordinal_small})[\s-]quarter"
            rf"(?:\s*\(q[1-4]\))?(?:\s+(?:of\s+)?(?P<yr>{yref}))?"  # ("the first quarter (Q1) of 2022")
            rf"|(?:(?P<pyr2>{yref})['’]s\s+)?\bq(?P<q2>[1-4])(?:(?:\s+of\s+|\s*[-–]?\s*)(?P<yr2>{year})|['’](?P<yy>\d\d)(?!\d))?\b"  # ("Q3 2023", "Q3 of 2023", "Q1-2023", "Q3'23")
            # "Quarter 3 (July to Sept) 2022", "quarter one of 2024"
            rf"|(?:(?:in|during|for|over)\s+)?\bquarter\s+(?P<q5>[1-4]|one|two|three|four)(?![\d%\w]|\.\d)"
            rf"(?:\s*\([^()\d]{{0,30}}\))?(?:\s+(?:of\s+)?(?P<yr5>{year}))?"
            # "in the final three months of 2024", "the last quarter of 2023": the fourth quarter
            rf"|(?:(?:in|during|for|over)\s+)?the\s+(?P<q4>final|last)\s+(?:three\s+months|quarter)\s+of\s+(?P<yr4>{yref})"
        )
        # "the September quarter", "the June 2023 quarter": the quarter that ends in that month
        p["month_quarter"] = (
            rf"(?:(?:in|during|for|over|of)\s+)?(?:the\s+)?(?P<m>march|june|september|december)(?:\s+(?P<y>{year}))?"
            rf"\s+quarter(?:\s+(?:of\s+)?(?P<yr>{yref}))?"
        )
        # "1Q24", "2H24": analysts' short forms of a quarter or half of 2024
        p["period_code"] = r"(?:(?:in|during|for|over)\s+)?(?P<n>[1-4])(?P<u>[qh])(?P<yy>\d\d)\b"
        # ("by the end of last December": the latest December)
        p["end_point"] = (
            rf"{end_of}(?:(?:(?P<lastm>last)\s+|this\s+)?(?P<m>{mon_any})(?:\s*,?\s*(?P<y>{year_or_rel}))?"
            rf"|(?P<h>first|second)\s+half(?:\s+of\s+(?P<hy>{yref}))?"
            rf"|(?P<q>{ordinal_small})\s+quarter(?:\s+of\s+(?P<qy>{yref}))?"
            rf"|(?P<yr>{yref}))"
        )
        p["as_of"] = (
            rf"(?:as\s+of|as\s+at|by|at|until|till|up\s+to)\s+(?:the\s+)?(?P<part>late|mid|early|end)?[\s-]?"
            rf"(?P<m>{mon_any})(?:\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?)?(?:\s*,?\s*(?P<y>{year_or_rel}))?"
        )
        p["mid_year"] = rf"(?:(?:by|as\s+of|at|in)\s+)?(?:the\s+)?mid[-\s]?(?:year|(?P<y>{year}))"
        p["by_year"] = rf"(?:by|before|until|till)\s+(?:the\s+year\s+)?(?P<y>{year})"
        p["year_end"] = (
            rf"(?:(?:by|at|as\s+of|until|till)\s+)?(?:the\s+)?(?:(?P<y0>{year})\s+)?year[-\s]end(?:\s+(?:of\s+)?(?P<y>{year}))?"
        )
        p["months_to"] = (
            rf"(?:(?:in|during|for|over)\s+)?the\s+(?:(?P<n>{card})\s+months|(?P<yr12>year)|(?P<one>month))\s+"
            rf"(?:to|through|ended|ending|until)\s+(?:the\s+end\s+of\s+|mid-?\s*)?(?P<m>{mon_any})(?:\s*,?\s*(?P<y>{year}))?"
        )
        if self.fiscal_year_start:
            p["fiscal_to"] = (
                rf"(?:(?:in|during|for|over)\s+)?the\s+(?P<fy>{_alt(self.fiscal_year_start)})\s+"
                rf"(?:to|through|ending|ended|until)\s+(?:the\s+end\s+of\s+)?(?P<m>{mon_any})(?:\s*,?\s*(?P<y>{year}))?"
            )
        # "FY24", "fiscal 2024", "the 2023-24 fiscal year", "this fiscal", "the fiscal year ended March 2025"
        # ("the third quarter of FY24", "Q1 FY25", "the April-June quarter of 2024-25": part of one)
        p["fiscal_year"] = (
            rf"(?:(?:in|during|for|over|of)\s+)?(?:the\s+)?"
            rf"(?P<part>(?:(?P<q>{ordinal_small})[\s-]quarter|q(?P<qn>[1-4])|(?P<h>first|second|1st|2nd)[\s-]half"
            rf"|(?P<m1>{mon_any})\s*(?:[-–—]|to|through)\s*(?P<m2>{mon_any})(?:\s+(?:quarter|period))?)"
            rf"\s+(?:of\s+)?(?:the\s+)?)?(?:"
            rf"(?:fy|fiscal(?:\s+year)?|financial\s+year)\s*['’]?(?P<y1>(?:19|20)\d\d|\d\d)"
            rf"(?:\s*[-–/]\s*(?P<y2>(?:19|20)?\d\d))?(?![\d%]|[.,]\d|-\w)"
            rf"|(?P<rel>{_alt(self.fiscal_relative_words)})\s+(?:fiscal|financial)(?:\s+year|(?!\s+(?:{_alt(self.fiscal_nouns)})\b))"
            # (only after a part of it: a bare "2024-25" is a span of years where split years are not fiscal years)
            rf"|(?(part)(?P<y6>{year})\s*[-–/]\s*(?P<y7>\d\d)(?![\d%]|[.,]\d|-\w)|(?!))"
            rf"|(?P<y3>{year})\s*[-–/]\s*(?P<y4>(?:19|20)?\d\d)\s+(?:fiscal|financial)\s+year"
            # ("the fiscal year that ended in March": the latest one)
            rf"|(?:fiscal|financial)\s+year\s+(?:that\s+)?(?:ending|ended)\s+(?:in\s+|on\s+)?(?P<m>{mon_any})"
            rf"(?:(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s*,?\s*(?P<y5>{year}))?)"
        )
        p["full_date"] = (
            rf"(?:(?:on|as\s+of)\s+)?(?:(?P<m>{mon_any})(?:[ \t]+|[ \t]*\n[ \t]*)(?P<d>\d{{1,2}})(?![:\d])(?:st|nd|rd|th)?"
            rf"(?:\s*,?\s*(?P<y>{year}))?"
            # ("20 Oct, 2024": an abbreviated month after the day only with its year)
            rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:(?P<m2>{mon_full})(?:\s*,?\s*(?P<y2>{year}))?"
            rf"|(?P<m3>{mon_any})\s*,?\s*(?P<y3>{year})))(?![\d,]*\d)"
        )
        # part of a month: "the first 20 days of December", "the Dec. 1-20 period"
        # ("in early April (April 1-10) this year": the days in brackets; "sales from February 1-23 were")
        # ("from July 1 to August 31", "between 1 July and 15 August": days across months)
        p["month_days"] = (
            rf"(?:(?:in|during|for|over|from|between)\s+)?(?:the\s+)?(?:first\s+(?P<n>{card})\s+days\s+of\s+(?P<m>{mon_any})"
            rf"|(?:(?:early|mid|late)[\s-]+{mon_any}\s*\(\s*)?(?P<m2>{mon_any})\s+(?P<d1>\d{{1,2}})\s*[-–]\s*"
            rf"(?P<d2>\d{{1,2}})(?![\d,.])(?:\s*\))?"
            rf"|(?P<m3>{mon_any})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:[-–]|to|through|until|and)\s*"
            rf"(?P<m4>{mon_any})\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?(?!\d|[,.]\d)"
            rf"|(?P<d5>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m5>{mon_full})\s*(?:[-–]|to|through|until|and)\s*"
            rf"(?P<d6>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m6>{mon_full})(?![\w])"
            rf")"
            rf"(?:\s*,?\s*(?P<y>{year_or_rel}))?(?:\s+period)?"
        )
        # "in early October", "mid-May 2024", "late March": a third of the month (ten-day periods)
        p["month_part"] = (
            rf"(?:(?:in|during|for|over)\s+)?(?:the\s+)?(?P<part>early|mid|late)[\s-]+(?P<m>{mon_any})"
            rf"(?:\s*,?\s*(?P<y>{year_or_rel}))?"
        )
        # "May 2024", "April this year", "December of last year", "July in 2019"
        p["month_year"] = (
            # (within a paragraph: "slowdown in Dec" in a title is not "Dec 2023" with the dateline below it)
            rf"(?:(?:in|for|during|of|since|throughout)\s+)?(?P<m>{mon_any})[ \t]*\n?[ \t]*,?[ \t]*(?:of\s+|in\s+)?(?P<y>{year_or_rel})"
        )
        # "in May", "November's 22% growth", "March alone"
        p["month"] = (rf"(?:(?:in|for|during|of|throughout|since)\s+(?P<m>{mon_full})\b(?![ \t]*\n?[ \t]*\d)|(?P<mp>{mon_full})['’]s\b"
                      rf"|(?P<ma>{mon_full})\s+(?:alone\b|(?={_alt(self.month_nouns)}\b)))")  # "March alone", "December shipments"
        p["year"] = (
            rf"(?:(?:in|for|during|of|throughout)\s+)?(?:the\s+)?(?:(?P<full>full|whole)\s+|all\s+of\s+)?"
            rf"(?:year\s+(?:of\s+)?)?(?P<y>{year})(?!s\b|['’]s\b|-year|\s*edition|-\d|–\d)"
        )
        p["rel_year"] = (
            rf"(?:(?:in|for|during|of|throughout|over)\s+)?(?P<rel>{_alt(k for k in self.relative_years if k != 'the year')})"
            r"(?!\s+(?:before|earlier|ago))"
            # "48.5 million pigs were supplied in the year", "the trade volume of the year": the year reported on (bare
            # "the year" names too much, and "over the beginning of the year" is a base)
            r"|(?:in|during|(?<!beginning\s)(?<!start\s)(?<!end\s)(?<!rest\s)of)\s+(?P<rel_the>the\s+year)"
            r"(?![\s-]+(?:before|earlier|ago|to|through|ended|ending|end|of|on|\d))"
        )
        p["rel_month"] = rf"(?:(?:in|for|during|of)\s+)?(?P<rel>{_alt(self.relative_months)})"
        # "+1.0% in the previous quarter": the quarter before the one the document reports on
        # ("over the previous month" is a comparison base)
        p["prev_period"] = r"(?:(?:in|for|during)\s+)?the\s+(?:previous|preceding|prior)\s+(?P<u>quarter|month|three\s+months)(?![\w-])"
        p["next_ellipsis"] = r"(?<![\w-])next(?=\s*[.,;)])"
        p["now"] = rf"(?<![\w-])(?:{_alt(self.now_words)})(?![\w-])"
        # "during the nine months", "during the three-month period": the document's period, if it is that long
        p["the_months"] = rf"(?:in|during|for|over|throughout)\s+(?:the\s+|these\s+|those\s+)?(?P<n>{card})(?:\s+months|-month\s+period\b)(?!\s+(?:to|through|ending|ended|until)\b)"
        p["the_period"] = (
            r"(?:in|during|for|over|throughout)\s+(?:the\s+(?P<u>quarter|month|(?:reporting\s+|review\s+)?period)|"
            r"this\s+(?P<this>period)|the\s+(?P<under>period)\s+under\s+review)\b"
            r"(?!\s+(?:of|from|between|when|in\s+which|under|ending|ended|to)\b)(?![\w-])"
        )
        p["weekday"] = (
            rf"(?:on\s+)?(?P<wd>{_alt(self.weekdays)})(?![\w-])(?:\s+(?:morning|afternoon|evening|night))?"
        )
        self.patterns = {k: re.compile(v, flags) for k, v in p.items()}
        self.order = list(p)
        self.priority = {name: i for i, name in enumerate(self.order)}
        self.pattern_sources = p
        # each pattern's own groups, as named inside the combined regexes below
        self.pattern_groups = {
            name: tuple((f"{name}__{g}", g) for g in self.patterns[name].groupindex) for name in self.order
        }  # order = priority when two hits have the same length
        # Every time phrase contains one of these words; the detailed patterns run only
        # in windows around them, and only the patterns the word can start.
        digits = ["year_span", "by_year", "since_year", "end_point", "full_date", "month_year", "year",
                  "half", "quarter", "first_months", "first_quarters", "month_span", "mid_year", "as_of",
                  "year_end", "months_to", "fiscal_year"]
        months = ["month_span", "month", "month_year", "full_date", "as_of", "end_point", "months_to", "fiscal_year",
                  "month_days", "month_part"]
        self.trigger_patterns: dict[str, list[str]] = {
            "#": digits,
            "half": ["half", "end_point", "fiscal_year"],
            "quarter": ["quarter", "end_point", "the_period", "prev_period", "fiscal_year", "month_quarter"],
            "period": ["the_period"],
            "quarters": ["first_quarters", "half"],
            "months": ["first_months", "months_to", "quarter", "the_months", "prev_period", "past_months"],
            "year": ["fiscal_to"] * bool(self.fiscal_year_start) + ["months_to", "rel_year", "end_point", "mid_year", "since_start", "year_to_date", "half", "quarter", "first_months",
                     "first_quarters", "year", "by_year", "year_end"],
            "fiscal": ["fiscal_year"],
            "financial": ["fiscal_year"],
            "fy": ["fiscal_year"],
            "nq": ["period_code"],
            "years": ["past_years", "next_years"],
            "decade": ["past_years"],
            "five": ["plan"],
            "end": ["end_point", "plan"],
            "mid": ["mid_year"],
            "midyear": ["mid_year"],
            "since": ["since_start", "since_year"],
            "next": ["next_ellipsis", "rel_year"],
            "month": ["rel_month", "the_period", "prev_period", "the_months"],
            "q": ["quarter", "half", "fiscal_year"],
            "h": ["half", "fiscal_year"],
        }
        for w in self.months:
            self.trigger_patterns[w] = months
        for w in ("march", "june", "september", "december"):
            self.trigger_patterns[w] = months + ["month_quarter"]
        for w in self.weekdays:
            self.trigger_patterns[w] = ["weekday"]
        for w in self.now_words:
            self.trigger_patterns.setdefault(w.split()[-1], []).append("now")
        for w in self.relative_years:
            self.trigger_patterns.setdefault(w.split()[-1], []).append("rel_year")
        # "year" starts or ends a time phrase only next to these words (see Scanner.raw_hits):
        # the word before it in a relative phrase, or what follows it.
        self.year_before_words = frozenset(
            {w.replace("-", " ").split()[-2] for w in self.relative_years if len(w.replace("-", " ").split()) > 1}
            | {"the", "of", "mid", "financial", "fiscal", "whole", "full", "this", "last", "next", "by"}
        )
        self.year_after = re.compile(r"year(?:[-\s]+end\b|\s+(?:of\s+)?(?:19|20)\d\d|[\s-]+to\b)")
        # All the patterns a trigger word can start, tried in one call per position: each is
        # an optional lookahead that records its span in a group named after the pattern
        # (its own groups are renamed "<pattern>__<group>").
        self.combined: dict[str, re.Pattern] = {}
        cache: dict[tuple, re.Pattern] = {}
        for key, names in self.trigger_patterns.items():
            names_t = tuple(sorted(set(names), key=self.priority.get))
            if names_t not in cache:
                parts = []
                for name in names_t:
                    src = re.sub(r"\(\?(P<|\()(\w+)([>)])", lambda m, n=name: f"(?{m[1]}{n}__{m[2]}{m[3]}",
                                 self.pattern_sources[name])  # its groups and its conditionals on them
                    parts.append(f"(?:(?=(?P<{name}>{src})))?")
                cache[names_t] = re.compile("".join(parts), flags)
            self.combined[key] = cache[names_t]
        # per trigger key: (pattern name, its group number in the combined regex, priority)
        self.combined_groups = {
            key: tuple(
                (name, self.combined[key].groupindex[name], self.priority[name])
                for name in sorted(set(n), key=self.priority.get)
            )
            for key, n in self.trigger_patterns.items()
        }
        self.trigger = re.compile(
            rf"\b(?:(?P<w>{trie_regex(self.trigger_patterns)})|(?<![\d,.])(?P<d>(?:19|20)\d\d)|(?P<qh>[qh])[1-4])\b|\b(?P<fy>fy)(?=\d\d)|\b(?P<code>[1-4][qh]\d\d)\b"
        )
        # "year on year" is not a time phrase
        # Words a time phrase can start with (besides its trigger word): prepositions,
        # articles, ordinals, quotes, digits, and the first words of the listed phrases.
        start_words = {
            "in", "during", "for", "over", "by", "from", "between", "since", "as", "at", "until", "till",
            "up", "through", "throughout", "the", "of", "on", "before", "first", "second", "third", "fourth",
            "1st", "2nd", "3rd", "4th", "end", "mid", "full", "whole", "year", "past", "last", "previous",
            "this", "next", "h1", "h2", "q1", "q2", "q3", "q4",
        }
        start_words |= set(self.months) | set(self.ordinals)
        start_words |= {w.split()[0] for w in list(self.now_words) + list(self.relative_years) + list(self.relative_months)}
        self.phrase_start = re.compile(rf"(?<![\w\"“'])(?:[\"“'\d]|(?:{_alt(start_words)})(?![\w]))", flags)
        self.year_on_year = re.compile(r"year[\s-]+o(?:n|ver)[\s-]+year|on[\s-]+year", flags)

        self.base_before = re.compile(
            # ("faster than that recorded in the first 11 months", "higher than that of the first quarter": the
            # compared figure's time)
            # ("up 0.6 percentage points compared to the increase in the first ten months")
            rf"(?:(?<![\w-])(?:{_alt(self.base_lead_words)})\s+(?:(?:that|those|the\s+one|the\s+(?:increase|rise|growth|"
            rf"decline|drop|fall|(?:declining\s+)?pace|rate|figure|level))\s+"
            rf"(?:{RECORDED}\s+)?(?:(?:in|during|for|of)\s+)?)?"
            rf"(?:the\s+)?(?:(?:same|corresponding|similar)\s+(?:period|time|month|quarter)\s+(?:of\s+|in\s+)?)?"
            rf"|(?:(?:same|corresponding|similar)\s+(?:period|time|month|quarter)\s+(?:of\s+|in\s+)?))$",
            flags,
        )
        self.base_after = re.compile(r"(?:['’]s)?\s*(?:spending\s+|output\s+|price\s+)?levels?\b", flags)
        # "said on Tuesday", "data released by the city's statistics bureau on Thursday"
        self.speech_before = re.compile(
            rf"(?<![\w-])(?:{_alt(self.speech_verbs)})(?:\s+(?:back|earlier|last|only))?"
            rf"(?:\s+(?:by|from)\s+[^,;:.!?\d]{{1,60}}?)?\s*$", flags
        )
        # "..., said the provincial bureau on July 17", "according to local authorities on Wednesday":
        # a day after the sayer dates the saying
        self.speech_agent_before = re.compile(
            rf"(?<![\w-])(?:{_alt(self.speech_verbs)}|according\s+to)\s+[^,;:.!?\d]{{1,120}}?\s*$", flags
        )
        # "On July 30, the bureau announced that ...": a sentence-opening date of a report
        self.speech_after = re.compile(
            rf"\s*,\s*[^,;:.!?\d]{{0,60}}?(?<![\w-])(?:{_alt(self.speech_verbs)})(?![\w-])", flags
        )
        w = r"(?<![\w-])"
        self.strong_stock_re = re.compile(rf"{w}(?:{_alt(self.strong_stock_cues)})(?![\w-])", flags)
        self.change_re = re.compile(rf"{w}(?:{_alt(self.change_cues)})(?![\w-])", flags)
        self.generic_re = re.compile(rf"{w}(?:{_alt(self.generic_cues)})(?![\w-])", flags)
        self.yoy_re = re.compile(rf"{w}(?:{_alt(self.yoy_cues)})(?![\w-])", flags)
        self.month_on_month_re = re.compile(rf"{w}(?:{_alt(self.month_on_month_cues)})(?![\w-])", flags)
        # a year-earlier base between a number and its time: "rose 4.5% from the previous year in December"
        self.year_earlier_gap = re.compile(rf"\s*{PERCENT_SIGN}?\s*(?:{_alt(self.yoy_cues)})\s*,?\s*", flags)
        self.future_re = re.compile(rf"{w}(?:{_alt(self.future_cues)})(?![\w-])", flags)
        # "the 5.2% gain forecast by economists": the forecasters' expectation about the
        # period now reported, not a goal or forecast of the text's own
        self.expectation_after = re.compile(
            rf"\s+(?:in\s+|by\s+)(?:(?:a|an|the|most|many|some|private)\s+)?(?:[a-z.]+\s+){{0,2}}?(?:{_alt(self.forecasters)})(?![\w-])",
            flags,
        ) if self.forecasters else None
        # "compared with economists' median forecast for a 2.0% decline", "beating forecasts of 3%": the forecast a
        # reported figure is measured against
        self.expectation_before = re.compile(
            rf"(?:(?<![\w-])(?:{_alt(self.forecasters)})['’]?s?\s+(?:(?:median|average|consensus|own)\s+)?"
            rf"|\b(?:median|consensus)\s+"
            rf"|\b(?:compared\s+(?:with|to)|than|beat|beating|beats|missed|missing|misses|topped|topping|exceeded|"
            rf"exceeding|versus|against)\s+(?:(?:an?|the|most|their|its)\s+)?(?:[\w'’-]+\s+){{0,3}}?)$",
            flags,
        ) if self.forecasters else None
        # a section heading: "I. Review of work in 2024", "2. Targets for 2025", "Part 2 ..."
        self.section_heading = re.compile(
            rf"\s*(?:(?:[ivxlc]+|\d{{1,2}}|[a-z])[.)]\s|\(\s*(?:[ivxlc]+|\d{{1,2}})\s*\)\s*|(?:{_alt(self.section_words)})\s+(?:[ivxlc]+|\d{{1,2}}|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
            flags,
        ) if self.section_words else None
        self.flow_passive_re = re.compile(
            rf"(?:\s+[a-z-]+){{0,4}}?\s+(?:was|were)\s+(?:[a-z]+ly\s+)?(?:{_alt(self.flow_passive_verbs)})(?![\w-])", flags
        )
        self.flow_after_number_re = re.compile(
            rf"[^\w]{{0,3}}(?:[a-z]+\s+)?(?:{_alt(self.flow_after_number)})(?![\w-])(?!\s+than)", flags
        )
        # money: a currency sign or code just before the number, or a currency word after
        # it (past a scale word: "1.2 trillion yuan")
        self.money_before_re = re.compile(rf"(?:{_alt(self.money_before)})\s?$", flags)
        self.money_after_re = re.compile(
            rf"\s*(?:(?:thousand|million|billion|trillion|mln|bln|bn|m|k)\s+)?(?:{_alt(self.money_after)})(?![\w-])",
            flags,
        )
        self.money_in_re = re.compile(
            rf"(?:{_alt(self.money_before)})|(?<![\w-])(?:{_alt(self.money_after)})(?![\w-])", flags
        )
        # "held its key rate at ", "cut its key rate to ": a policy rate set by a decision
        record_level = r"an?\s+(?:record|new|\d+-year)\s+(?:low|high)\s+(?:of\s+)?"
        self.policy_rate_before = re.compile(
            rf"(?<![\w-])(?:{_alt(self.rate_decision_verbs)})\s+(?:(?:its|their|the|her|his)\s+)?(?:[\w-]+\s+){{0,2}}?"
            rf"(?:{_alt(self.policy_rate_words)})\s+(?:unchanged\s+|steady\s+)?"
            # ("hiked the repo rate by 35 basis points (bps) to 6.25%": the move and the rate it reached)
            rf"(?:by\s+[\d.]+\s*(?:basis\s+points?|bps?|percentage\s+points?)\s*(?:\(bps?\)\s*)?"
            rf"|from\s+[\d.]+\s*{PERCENT_SIGN}?\s+)?"  # ("raised interest rates from 0.25 to 0.5 per cent")
            rf"(?:at|to|by|in\s+(?:the|a)|within(?:\s+(?:the|a))?)\s+"
            # ("kept its rate in the 4.25%-4.50% range", "left its rate at a record low 1.5%")
            rf"(?:about\s+|around\s+|{record_level})?(?:[\d.]+\s*%?\s*[-–]\s*)?[-−]?$"  # (a rate below zero: "at -0.05%")
            # ("the Lombard rate was maintained at 2.5%", "the policy rate has been raised a full percentage point to
            # a 24-year high of 17.0%": the decision in the passive)
            rf"|(?<![\w-])(?:{_alt(self.policy_rate_words)})\s+(?:was|were|is|has\s+been|have\s+been)\s+"
            rf"(?:{_alt(self.rate_decision_verbs)})\s+(?:unchanged\s+|(?:by\s+)?[a-z\d.\s-]{{1,40}}?\s+)?(?:at|to)\s+"
            rf"(?:{record_level})?[-−]?$",
            flags,
        ) if self.policy_rate_words else None
        self.price_level_re = re.compile(rf"(?<![\w-])(?:{_alt(self.price_level_words or ['prices'])})(?![\w-])", flags)
        # past-tense verbs of reported results (to tell a completed year from a forecast one)
        self.record_before = re.compile(rf"\b(?:{_alt(self.record_words)}|\d+(?:st|nd|rd|th))\b[^,;.]{{0,20}}$"
                                        # a streak: "the 50th consecutive month of surplus registered since May 2020"
                                        rf"|\b(?:{_alt(self.streak_words)})\b[^,;.]{{0,45}}$")
        self.record_scope_before = re.compile(rf"\b(?:{_alt(self.record_scope_words)})\b(?:\s+[\w-]+){{0,4}}\s+$")
        self.outlook_re = re.compile(rf"\b(?:{_alt(self.outlook_words)})\b", flags)
        self.past_re = re.compile(rf"(?<![\w-])(?:{_alt(self.past_tense_verbs)})(?![\w-])", flags)
        _pct_before = rf"[\d.]+\s*{PERCENT_SIGN}\s+"
        self.change_by_before = re.compile(
            rf"\b(?:{_alt(self.change_by_words)})\s+(?:about\s+|around\s+|nearly\s+)?{_pct_before}$")
        self.change_to_before = re.compile(rf"\b(?:{_alt(self.change_to_nouns)})\s+(?:of\s+|by\s+)?{_pct_before}to\s+$")
        # One pass for all cue words of a sentence; `cue_kind` tells what a word is (the
        # earlier list wins when a word is in two).
        self.cue_kind: dict[str, str] = {}
        for kind, words in (
            ("after", self.stock_after_number),
            ("market", self.market_cues),
            ("balance", self.balance_nouns),
            ("stock", self.stock_cues),
            ("present", self.present_verbs),
            ("aux", self.perfect_auxiliaries),
            ("noun", self.flow_nouns),
            ("verb", self.flow_verbs),
        ):
            for word in words:
                self.cue_kind.setdefault(" ".join(word.split()), kind)
        self.cue_re = re.compile(rf"\b(?:{_alt(self.cue_kind)})(?![\w-])", flags)
        # One scan of a sentence finds all its cue words and clause cuts at once: each word
        # carries its tags (cue kind, strong stock cue, year-on-year cue, future cue).
        tags: dict[str, list] = {}
        for word, kind in self.cue_kind.items():
            tags.setdefault(word, [None, False, False, False])[0] = kind
        for i, words in ((1, self.strong_stock_cues), (2, self.yoy_cues), (3, self.future_cues)):
            for word in words:
                tags.setdefault(" ".join(word.split()), [None, False, False, False])[i] = True
        for t in tags.values():
            if t[2] and t[0] is None:
                t[0] = "noun"  # a change on a stated base ("an annual decline") is a flow
        self.word_tags = {w: tuple(t) for w, t in tags.items()}
        # The one pass over a whole document (PeriodResolver.__init__): trigger words of time
        # phrases, cue words, numbers and "q1"/"h2", in a single regex. A cue phrase that holds
        # trigger words ("over the previous year") reports them too (`inner_triggers`).
        trigger_words = set(self.trigger_patterns)
        self.trigger_words = frozenset(trigger_words)
        self.inner_triggers = frozenset(
            phrase for phrase in self.word_tags
            if " " in phrase and any(part in trigger_words for part in phrase.split(" "))
        )
        # (three regexes: one alternation of all three is slower than the three passes)
        self.word_scan = re.compile(rf"(?<![\w])(?:{trie_regex(trigger_words | set(self.word_tags))})\b", flags)
        # ("\d\d*", not "\d+": a pattern that opens with a plain character class lets the scan skip to digits fast)
        self.number_scan = re.compile(r"\d\d*(?:,\d{3})*(?:\.\d+)?(?![a-z]\w)", flags)
        self.qh_scan = re.compile(r"[qh][1-4]\b", flags)
        # (", adding that growth will pick up in the second quarter": what else was said is another statement)
        self.comma_cut = re.compile(r",\s+(?:and|while|whereas|but|with|which|as\s+well\s+as|adding|noting|saying)\b", flags)
        self.sentence_scan = re.compile(
            rf"(?<![\w-])(?P<w>{_alt(self.word_tags)})(?![\w-])"
            r"|(?P<p>;|:|—|,\s+(?:and|while|whereas|but|with|which|as\s+well\s+as)\b|\s+while\s+)",
            flags,
        )
        # after "has"/"have": a present perfect ("have been built", "has reached"); a
        # perfect of change ("have risen") is a flow, not a standing total
        self.perfect_tail = re.compile(
            r"\s+(?:\w+ly\s+)?(?:been\s+)?"
            r"(?!(?:increased|decreased|declined|dropped|climbed|jumped|surged|expanded|contracted|doubled|tripled)\b)"
            r"(?:\w+ed|reached|built|seen|hit|won|made|become|set|run|held|kept)\b",
            flags,
        )
        # "production capacity", "investment institutions": a flow noun used as a modifier
        self.not_flow = re.compile(
            r"(?!\s+(?:capacity|capacities|lines?|bases?|facilities|equipment|processes|platforms?|funds?|"
            r"institutions?|compan(?:y|ies)|firms?|enterprises?|banks?|agencies|zones?|parks?|projects?))",
            flags,
        )  # matches (empty) where a flow noun may stand
        # numbers; "5G" or "C919" are names, not numbers
        self.number_re = re.compile(r"(?<![\w.,])\d+(?:,\d{3})*(?:\.\d+)?(?![A-Za-z]\w)(?![A-Z])")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    return Vocab(load("periods"))
