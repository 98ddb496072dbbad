"""Fiscal years that do not follow the calendar, read through the whole extractor because the
country the text is about decides them. All texts are composed for these tests."""
from datetime import date

from pipelines.extraction import extract


def _period(text: str, quote: str, published: date) -> tuple[str | None, str | None, str]:
    o = next(o for o in extract(text, published).observations if o.quote == quote)
    p = o.period
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None, p.type)


INDIA_FY24 = ("2023-04-01", "2024-03-31", "year")


def test_an_indian_split_year_and_fy_label_run_april_to_march():
    t = ("India's economy grew 8.2% in 2023-24, the statistics ministry said. The fiscal deficit for FY24 "
         "was 5.6% of GDP, and the government aims at 4.9% in FY 2024-25.")
    pub = date(2024, 6, 3)
    assert _period(t, "8.2%", pub) == INDIA_FY24
    assert _period(t, "5.6%", pub) == INDIA_FY24
    assert _period(t, "4.9%", pub) == ("2024-04-01", "2025-03-31", "year")


def test_this_fiscal_and_parts_of_a_fiscal_year():
    t = ("In the first half of this fiscal, India's fiscal deficit reached 29% of the annual target. "
         "Exports in Q1 FY25 rose 5%. GDP grew 6.7% in the April-June quarter of 2024-25. "
         "Tax revenue rose 11% in the third quarter of the current fiscal year.")
    pub = date(2025, 1, 15)
    assert _period(t, "29%", pub) == ("2024-04-01", "2024-09-30", "half")
    assert _period(t, "5%", pub) == ("2024-04-01", "2024-06-30", "quarter")
    assert _period(t, "6.7%", pub) == ("2024-04-01", "2024-06-30", "quarter")
    assert _period(t, "11%", pub) == ("2024-10-01", "2024-12-31", "quarter")


def test_fiscal_as_an_adjective_is_no_year():
    t = "India's current fiscal deficit narrowed to 4.5% of GDP in 2024."
    assert _period(t, "4.5%", date(2025, 2, 1)) == ("2024-01-01", "2024-12-31", "year")


def test_the_fiscal_year_ended_names_its_last_month():
    t = "Exports of the country rose 3% in the fiscal year ended March 31, 2024."
    assert _period(t, "3%", date(2024, 5, 2)) == INDIA_FY24


def test_the_country_decides_the_fiscal_year():
    pub = date(2024, 11, 5)
    us = "The US federal budget deficit was 1.8 trillion dollars in fiscal 2024. College enrolment rose 3% in 2023-24."
    assert _period(us, "1.8 trillion dollars", pub) == ("2023-10-01", "2024-09-30", "year")
    assert _period(us, "3%", pub) == ("2023-01-01", "2024-12-31", "range")  # a US "2023-24" is a season
    japan = "Japan's tax revenue rose 4% in fiscal 2023, the finance ministry said."
    assert _period(japan, "4%", pub) == ("2023-04-01", "2024-03-31", "year")  # named by the year it begins in
    australia = "Australia's budget surplus was 15.8 billion dollars in 2023-24."
    assert _period(australia, "15.8 billion dollars", pub) == ("2023-07-01", "2024-06-30", "year")
    china = "China's fiscal revenue rose 1.3% in fiscal 2024."
    assert _period(china, "1.3%", date(2025, 1, 20)) == ("2024-01-01", "2024-12-31", "year")


def test_a_split_year_at_the_end_of_a_sentence():
    t = "Britain's public sector borrowing was 120 billion pounds in 2023-24."
    assert _period(t, "120 billion pounds", date(2024, 6, 1)) == INDIA_FY24
