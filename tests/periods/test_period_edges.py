"""Odd inputs must not break the resolver."""
from datetime import date

from pipelines.extraction.model import Period
from pipelines.extraction.periods import PeriodResolver


def test_empty_text():
    r = PeriodResolver("", None)
    assert r.resolve(0, 0, 0, 0) == Period.unknown()


def test_number_at_the_very_start_and_end():
    t = "12 mills closed"
    assert PeriodResolver(t, date(2024, 5, 1)).resolve(0, len(t), 0, 2).type in ("point", "unknown")
    t = "Mills closed: 12"
    assert PeriodResolver(t, date(2024, 5, 1)).resolve(0, len(t), len(t) - 2, len(t)).type in ("point", "unknown")


def test_sentence_bounds_that_miss_the_number_are_tolerated():
    t = "In 2023, tin output fell 3%. Prices rose."
    pos = t.index("3%")
    assert PeriodResolver(t, None).resolve(30, 40, pos, pos + 2) == Period(date(2023, 1, 1), date(2023, 12, 31), "year")


def test_characters_that_change_length_when_lower_cased():
    t = "İstanbul port handled 2.1 million TEU in 2023."
    pos = t.index("2.1 million")
    p = PeriodResolver(t, None).resolve(0, len(t), pos, pos + 11)
    assert p == Period(date(2023, 1, 1), date(2023, 12, 31), "year")


def test_impossible_dates_are_ignored():
    t = "On February 30, 2024, output reached 5 tonnes. Output rose 4% in 2023."
    pos = t.index("4%")
    assert PeriodResolver(t, None).resolve(0, len(t), pos, pos + 2) == Period(date(2023, 1, 1), date(2023, 12, 31), "year")


def test_plan_numbers_outside_the_regular_series_are_not_guessed():
    t = "During the 2nd Five-Year Plan period, steel output reached 18 million tonnes."
    pos = t.index("18 million")
    assert PeriodResolver(t, None).resolve(0, len(t), pos, pos + 10) == Period.unknown()


def test_iso_dates_are_not_year_spans():
    t = "Data as of 2024-06-30 show 310 mines in operation."
    pos = t.index("310")
    p = PeriodResolver(t, date(2024, 7, 2)).resolve(0, len(t), pos, pos + 3)
    assert p.type == "point"
