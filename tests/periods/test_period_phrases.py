"""Time phrases in their common written forms."""
from datetime import date

import pytest

from pipelines.extraction.periods import PeriodResolver

PUB = date(2024, 7, 15)


def resolve(text: str, number: str, published: date | None = PUB):
    pos = text.index(number)
    p = PeriodResolver(text, published).resolve(0, len(text), pos, pos + len(number))
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None, p.type)


@pytest.mark.parametrize(
    "text, number, expected",
    [
        ("GDP grew 5.3% in Q1 2024.", "5.3%", ("2024-01-01", "2024-03-31", "quarter")),
        ("Profits rose 4.3% in H1 2024.", "4.3%", ("2024-01-01", "2024-06-30", "half")),
        ("In January-April, output rose 6.7%.", "6.7%", ("2024-01-01", "2024-04-30", "ytd")),
        ("In Jan-Apr, output rose 6.7%.", "6.7%", ("2024-01-01", "2024-04-30", "ytd")),
        ("Retail sales for the January-to-May period rose 4.1 percent.", "4.1", ("2024-01-01", "2024-05-31", "ytd")),
        ("From January through May, profits fell 2%.", "2%", ("2024-01-01", "2024-05-31", "ytd")),
        ("Output rose 2.1% in the first two months.", "2.1%", ("2024-01-01", "2024-02-29", "ytd")),
        ("Exports in the second quarter of 2023 fell 4%.", "4%", ("2023-04-01", "2023-06-30", "quarter")),
        ("The index was 50.8 in March, up from 49.1 in February.", "49.1", ("2024-02-01", "2024-02-29", "month")),
        ("The index was 50.8 in March, up from 49.1 in February.", "50.8", ("2024-03-01", "2024-03-31", "month")),
        ("Output reached 1.2 million tons last month.", "1.2 million", ("2024-06-01", "2024-06-30", "month")),
        ("The PMI stood at 49.5 in May 2024, the bureau said on June 1.", "49.5", ("2024-05-01", "2024-05-31", "month")),
        ("Between 2021 and 2023, investment rose 30%.", "30%", ("2021-01-01", "2023-12-31", "range")),
        ("Over the 2021-2025 period, 5,000 km of railways were built.", "5,000 km", ("2021-01-01", "2025-12-31", "range")),
        ("For the full year, GDP expanded 5.2%.", "5.2%", ("2024-01-01", "2024-12-31", "year")),
        ("Full-year output rose 3%.", "3%", ("2024-01-01", "2024-12-31", "year")),
        ("The unemployment rate was 5.0% at the end of April.", "5.0%", ("2024-04-30", "2024-04-30", "point")),
        ("Foreign reserves stood at $3.2 trillion as of end-June.", "$3.2 trillion", ("2024-06-30", "2024-06-30", "point")),
        ("Growth is seen at 4.5% in 2025 and 4.2% in 2026.", "4.2%", ("2026-01-01", "2026-12-31", "year")),
        ("In the past decade, the city's GDP doubled to 2 trillion yuan.", "2 trillion", ("2014-07-01", "2024-06-30", "range")),
        ("By mid-year, 61% of firms had adopted cloud tools.", "61%", ("2024-06-30", "2024-06-30", "point")),
        ("In 2023, imports rose 7% over the previous year.", "7%", ("2023-01-01", "2023-12-31", "year")),
        ("Iron ore imports rose 4% in the first half, compared with a 2% fall a year earlier.", "4%",
         ("2024-01-01", "2024-06-30", "half")),
        # a month or a span of months followed by a relative year
        ("In April this year, car sales reached 2.6 million units.", "2.6 million", ("2024-04-01", "2024-04-30", "month")),
        ("Exports in May last year fell 3.1 percent.", "3.1", ("2023-05-01", "2023-05-31", "month")),
        ("In December of last year, output rose 6 percent.", "6 percent", ("2023-12-01", "2023-12-31", "month")),
        ("From January to April this year, output rose 6 percent.", "6 percent", ("2024-01-01", "2024-04-30", "ytd")),
        ("In the January-May period this year, sales rose 4%.", "4%", ("2024-01-01", "2024-05-31", "ytd")),
        ("From January to June of last year, profits fell 2%.", "2%", ("2023-01-01", "2023-06-30", "half")),
    ],
)
def test_phrase(text, number, expected):
    assert resolve(text, number) == expected


def test_full_year_in_an_early_year_report_is_the_reported_year():
    t = "Copper industry in 2023\n\nFor the full year, smelter output rose 6%."
    assert resolve(t, "6%", published=date(2024, 2, 1)) == ("2023-01-01", "2023-12-31", "year")


def test_trade_between_partners_is_a_flow():
    t = (
        "Foreign trade in the first four months of 2024\n\n"
        "The EU remained the second-largest partner, with trade between the two reaching 1.8 trillion yuan."
    )
    assert resolve(t, "1.8 trillion") == ("2024-01-01", "2024-04-30", "ytd")


def test_year_end():
    assert resolve("Bank deposits stood at 300 trillion yuan at year-end.", "300") == (
        "2023-12-31", "2023-12-31", "point")
    assert resolve("By year-end 2025, 90% of towns will have 5G.", "90%") == ("2025-12-31", "2025-12-31", "point")


def test_n_months_to_a_month():
    assert resolve("Exports rose 8% in the 12 months to June.", "8%") == ("2023-07-01", "2024-06-30", "range")


def test_the_date_of_a_report_is_not_the_time_of_its_figures():
    text = ("On May 12, the provincial statistics bureau announced that output reached 90 billion yuan in the first "
            "quarter. The services sector grew 4.2 percent.")
    assert resolve(text, "4.2") == ("2024-01-01", "2024-03-31", "quarter")
    text = ("Farm output rose 2.3 percent in the first half. Industry and services grew 5.1 percent and 4.4 percent, "
            "respectively, according to figures released by the city's statistics bureau on Tuesday.")
    assert resolve(text, "4.4 percent") == ("2024-01-01", "2024-06-30", "half")


def test_a_day_needs_its_month_on_the_same_or_the_next_line_and_is_no_clock_time():
    text = "Prices up 0.3% in May\n\n10:14, June 12, 2024\n\nConsumer prices rose 0.3% in May."
    assert resolve(text, "0.3%") == ("2024-05-01", "2024-05-31", "month")


def test_a_day_without_its_year_takes_the_document_year():
    text = "BEIJING, Feb. 29 (Xinhua) -- Output rose 4% in 2023, the bureau said."
    assert PeriodResolver(text, date(2024, 3, 1)).ref.ref_date == date(2024, 3, 1)
    mentions = [m for m in PeriodResolver(text, date(2024, 3, 1)).mentions if m.kind == "full_date"]
    assert mentions and mentions[0].period.start == date(2024, 2, 29)


def test_the_previous_quarter_is_the_one_before_the_reported_quarter():
    text = "Euro area GDP in the fourth quarter\n\nGDP rose 0.2% in the fourth quarter of 2023, after 0.1% in the previous quarter."
    assert resolve(text, "0.1%", date(2024, 1, 30)) == ("2023-07-01", "2023-09-30", "quarter")
    text = "Retail sales in May\n\nSales rose 0.4% in May compared with the previous month."
    assert resolve(text, "0.4%", date(2024, 6, 14)) == ("2024-05-01", "2024-05-31", "month")


def test_over_the_previous_month_is_a_base_not_a_time():
    text = "Output in August\n\nIn August, output increased by 0.3% over the previous month."
    assert resolve(text, "0.3%", date(2024, 9, 15)) == ("2024-08-01", "2024-08-31", "month")


def test_month_with_a_relative_year_after_end_of_or_as_of():
    t = "As of the end of March this year, the fleet held 2,300 buses."
    assert resolve(t, "2,300") == ("2024-03-31", "2024-03-31", "point")
    t = "By the end of May last year, 410 depots were open."
    assert resolve(t, "410") == ("2023-05-31", "2023-05-31", "point")
    t = "The plan is to reach 900 depots by the end of December this year."
    assert resolve(t, "900") == ("2024-12-31", "2024-12-31", "point")


def test_part_of_the_year_named_with_the_year_in_words():
    t = "In the first half of the year 2023, hydropower generation rose 6.1 percent year on year."
    assert resolve(t, "6.1 percent") == ("2023-01-01", "2023-06-30", "half")
    t = "Freight volume in the third quarter of the year 2022 was 1.2 billion tonnes."
    assert resolve(t, "1.2 billion") == ("2022-07-01", "2022-09-30", "quarter")


def test_the_previous_month_after_a_named_month_is_the_one_before_it():
    t = ("Inflation in July 2024\n\nInflation rose to 5.3 percent in July. It had eased to 5.1 percent in June "
         "from 5.4 percent in the previous month.")
    assert resolve(t, "5.4 percent") == ("2024-05-01", "2024-05-31", "month")


def test_a_month_and_a_year_do_not_join_across_a_blank_line():
    t = "Inflation quickens to 3% after a slowdown in December\n\n2024-02-14\n\nPrices rose 3% in January."
    phrases = [t[m.start:m.end] for m in PeriodResolver(t, None).mentions]
    assert "in December" in phrases and not any("\n\n" in p for p in phrases)


def test_the_same_month_a_year_ago():
    t = "Silver imports doubled in May to $2 billion from $1 billion in the same month a year ago."
    assert resolve(t, "$1 billion") == ("2023-05-01", "2023-05-31", "month")


def test_quarter_with_its_short_form_in_brackets():
    t = "Output grew 5.1 percent in the first quarter (Q1) of 2022, reaching 300 billion yuan."
    assert resolve(t, "5.1 percent", published=None) == ("2022-01-01", "2022-03-31", "quarter")


def test_a_day_after_a_long_named_sayer_dates_the_saying():
    t = ("GDP grew 6.1 percent in the first quarter, reaching 990 billion yuan, said the Provincial Statistics "
         "Bureau and the Provincial Survey Team of the National Bureau of Statistics on April 22.")
    assert resolve(t, "990 billion") == ("2024-01-01", "2024-03-31", "quarter")
