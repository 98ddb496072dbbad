"""Period resolution on sentences composed for these tests (not taken from any corpus)."""
import re
from datetime import date

from pipelines.extraction.periods import PeriodResolver


def resolve(text: str, number: str, published: date | None = date(2024, 8, 20), nth: int = 0):
    """Period of the `nth` occurrence of `number` in `text`, with a plain sentence splitter."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(number, pos + 1)
    start = 0
    for m in re.finditer(r"[.!?]\s+|\n", text[:pos]):
        start = m.end()
    m = re.compile(r"[.!?](?:\s|$)|\n").search(text, pos + len(number))
    end = m.end() if m else len(text)
    p = PeriodResolver(text, published).resolve(start, end, pos, pos + len(number))
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None, p.type)


def test_first_half_of_this_year():
    t = "In the first half of this year, retail sales in Zhejiang rose 4.1% year on year."
    assert resolve(t, "4.1%") == ("2024-01-01", "2024-06-30", "half")


def test_from_january_to_may_is_ytd():
    t = "From January to May, the province's exports grew 7.3% year on year."
    assert resolve(t, "7.3%") == ("2024-01-01", "2024-05-31", "ytd")


def test_first_n_months_and_three_quarters():
    t = "In the first seven months, coal output reached 2.7 billion tonnes."
    assert resolve(t, "2.7 billion") == ("2024-01-01", "2024-07-31", "ytd")
    t = "Freight volume rose 3% in the first three quarters of 2023."
    assert resolve(t, "3%") == ("2023-01-01", "2023-09-30", "ytd")


def test_by_the_end_of_month_is_point():
    t = "By the end of June, the country had 3.9 million charging piles."
    assert resolve(t, "3.9 million") == ("2024-06-30", "2024-06-30", "point")


def test_as_of_the_end_of_march():
    t = "As of the end of March, registered users totalled 45 million."
    assert resolve(t, "45 million") == ("2024-03-31", "2024-03-31", "point")


def test_five_year_plan_is_range():
    t = "During the 14th Five-Year Plan period, the city built 120 new parks."
    assert resolve(t, "120") == ("2021-01-01", "2025-12-31", "range")
    t = "During the 13th Five-Year Plan period, output doubled to 800 units."
    assert resolve(t, "800") == ("2016-01-01", "2020-12-31", "range")


def test_target_by_year_is_point():
    t = "The plan aims to raise the share of clean power to 40% by 2030."
    assert resolve(t, "40%") == ("2030-12-31", "2030-12-31", "point")


def test_year_span_is_range():
    t = "From 2024 to 2026, chip output will grow by about 6% a year."
    assert resolve(t, "6%") == ("2024-01-01", "2026-12-31", "range")


def test_so_far_is_point_at_document_date():
    t = "So far, 212 pilot zones have been set up across the country."
    assert resolve(t, "212") == ("2024-08-20", "2024-08-20", "point")


def test_currently_is_point():
    t = "There are currently 5,400 licensed operators in the sector."
    assert resolve(t, "5,400") == ("2024-08-20", "2024-08-20", "point")


def test_year_words():
    t = "Port throughput grew 6.2% in 2023."
    assert resolve(t, "6.2%") == ("2023-01-01", "2023-12-31", "year")
    t = "Imports of soybeans fell 4% last year."
    assert resolve(t, "4%") == ("2023-01-01", "2023-12-31", "year")
    t = "Analysts expect sales to rise 9% this year."
    assert resolve(t, "9%") == ("2024-01-01", "2024-12-31", "year")


def test_quarter_and_month():
    t = "GDP expanded 5.3% in the first quarter."
    assert resolve(t, "5.3%") == ("2024-01-01", "2024-03-31", "quarter")
    t = "The factory index stood at 49.8 in July."
    assert resolve(t, "49.8") == ("2024-07-01", "2024-07-31", "month")


def test_bare_month_after_document_month_is_last_year():
    t = "Car sales reached 3.1 million units in December."
    assert resolve(t, "3.1 million", published=date(2025, 2, 10)) == ("2024-12-01", "2024-12-31", "month")


def test_nothing_fixes_the_time():
    t = "A kilogram of the alloy costs about 40 yuan."
    assert resolve(t, "40 yuan", published=None) == (None, None, "unknown")


def test_base_period_is_not_the_observation_period():
    t = "In 2023, energy use per unit of GDP fell 13.5% compared with 2020."
    assert resolve(t, "13.5%") == ("2023-01-01", "2023-12-31", "year")
    t = "Emissions in 2023 were 18% below 2015 levels."
    assert resolve(t, "18%") == ("2023-01-01", "2023-12-31", "year")


def test_number_takes_the_phrase_right_after_it():
    t = "The bank sees growth easing from 3.1% in 2023 to 2.6% this year and 2.4% next."
    assert resolve(t, "3.1%") == ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "2.6%") == ("2024-01-01", "2024-12-31", "year")
    assert resolve(t, "2.4%") == ("2025-01-01", "2025-12-31", "year")
