"""Spans of days across months, the years ahead, "this period", and a change on a whole year before (texts composed
for these tests)."""
from datetime import date

from period_support import resolve

from pipelines.extraction import extract


def test_days_across_two_months_are_one_span():
    t = ("During the holiday season from July 1 to Aug 31, the airport handled 4.1 million passengers. "
         "Between 1 September and 15 October, ports moved 3.2 million tonnes of cargo.")
    pub = date(2023, 11, 7)
    assert resolve(t, "4.1 million", pub) == ("2023-07-01", "2023-08-31", "range")
    assert resolve(t, "3.2 million", pub) == ("2023-09-01", "2023-10-15", "range")


def test_the_next_years_end_at_the_last_of_them():
    t = "The province plans to raise the share of services to 55 percent of its output in the next five years."
    got = {o.quote: o for o in extract(t, date(2023, 3, 5)).observations}
    o = got["55 percent"]
    assert (o.period.end, o.is_target) == (date(2027, 12, 31), True)
    # late in the year the five years start with the next one
    late = {o.quote: o for o in extract(t, date(2023, 11, 5)).observations}
    assert late["55 percent"].period.end == date(2028, 12, 31)


def test_this_period_is_the_period_the_text_reports_on():
    t = ("The region's foreign trade rose 12 percent in the first ten months. During this period, the total export "
         "value of machinery totaled 23 billion yuan, accounting for 41 percent of the region's total export value "
         "in this period.")
    got = {o.quote: o.period for o in extract(t, date(2023, 11, 20)).observations}
    assert (got["41 percent"].start, got["41 percent"].end) == (date(2023, 1, 1), date(2023, 10, 31))


def test_a_change_on_the_year_before_is_of_the_year_after_it():
    t = "Urban incomes rose 6.2 percent from 2020, and rural incomes 9.1 percent compared with 2020, the bureau said."
    got = {o.quote: o.period for o in extract(t, date(2022, 1, 21)).observations}
    for quote in ("6.2 percent", "9.1 percent"):
        assert (got[quote].start, got[quote].end) == (date(2021, 1, 1), date(2021, 12, 31))


def test_a_change_on_an_earlier_year_in_a_quarterly_release_is_not_shifted_to_the_year_after_it():
    t = ("Exports rise in first quarter\n\nIn the first quarter of 2021, exports rose 18 percent. "
         "Imports were 9 percent above 2019.")
    got = {o.quote: o.period for o in extract(t, date(2021, 4, 13)).observations}
    assert got["9 percent"].start != date(2020, 1, 1)


def test_a_change_in_points_over_an_earlier_reading_is_of_the_period_reported():
    t = ("Profits fell 11.4 percent in the first three quarters, a decline narrowing 2 percentage points over the "
         "January-August reading.")
    got = {o.quote: o.period for o in extract(t, date(2023, 10, 27)).observations}
    for quote in ("11.4 percent", "2 percentage points"):
        assert (got[quote].start, got[quote].end) == (date(2023, 1, 1), date(2023, 9, 30))
