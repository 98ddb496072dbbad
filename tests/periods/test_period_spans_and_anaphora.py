"""Spans of days across months, the years ahead, "this period", "year-to-date", changes on a whole year before or
on an earlier reading, "last year" in a release on a fiscal year, and the change set after a figure and its base
(texts composed for these tests)."""
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


def test_last_year_in_a_release_on_a_fiscal_year_is_the_fiscal_year_before():
    t = ("Pakistan's exports in FY24\n\nPakistan's exports during July-June were recorded at $30.6 billion against "
         "$27.7 billion last year.")
    got = {o.quote: o.period for o in extract(t, date(2024, 7, 3), None, "Exports rise in FY24").observations}
    assert (got["$27.7 billion"].start, got["$27.7 billion"].end) == (date(2022, 7, 1), date(2023, 6, 30))


def test_the_first_months_written_in_the_singular():
    t = "Exports rose 4.2 percent in the first eleven month of 2023."
    assert resolve(t, "4.2 percent", date(2023, 12, 20)) == ("2023-01-01", "2023-11-30", "ytd")


def test_a_change_after_a_figure_and_its_base_is_the_figures():
    t = ("The deficit in 2023 was recorded at $27.5 billion against the deficit of $48.4 billion in 2022, a decline "
         "of 43 percent. Exports grew in the period.")
    got = {o.quote: o.period for o in extract(t, date(2024, 2, 4)).observations}
    assert (got["43 percent"].start, got["43 percent"].end) == (date(2023, 1, 1), date(2023, 12, 31))


def test_year_to_date_runs_from_january_to_the_month_reported():
    t = ("Inflation eases to 3.1 percent in May 2021\n\nInflation eased to 3.1 percent in May. The year-to-date "
         "inflation for 2021 stands at 2.9 percent, and year-to-date sales rose 5 percent.")
    got = {o.quote: o.period for o in extract(t, None).observations}
    for quote in ("2.9 percent", "5 percent"):
        assert (got[quote].start, got[quote].end, got[quote].type) == (date(2021, 1, 1), date(2021, 5, 31), "ytd")


def test_a_month_in_a_year():
    t = "Core inflation rose to 3.3 percent in July, against 3.2 percent in July in 2019."
    assert resolve(t, "3.2 percent", date(2020, 8, 5)) == ("2019-07-01", "2019-07-31", "month")


def test_a_first_paragraph_ending_in_a_bracket_after_its_full_stop_is_no_title():
    t = ("Ruritania's GDP grew 0.1% in the third quarter, while farming contracted 3.3% from the second quarter. "
         "(Pictured, a harvest.)\n"
         "Q1 2023 had seen GDP grow 1.4%. Year to date, GDP went up 3.2% compared to a year ago.")
    got = {o.quote: o.period for o in extract(t, None).observations}
    assert (got["3.2%"].start, got["3.2%"].end) == (date(2023, 1, 1), date(2023, 9, 30))


def test_quarter_one_and_a_similar_period():
    t = ("Ruritania's economy grew by 4% in the first quarter of 2024, compared to 4.5% in a similar period in 2023. "
         "Inflation eased to 6.2% in quarter one of 2024 from 9.1% in quarter one 2023.")
    pub = date(2024, 6, 30)
    assert resolve(t, "4.5%", pub) == ("2023-01-01", "2023-03-31", "quarter")
    assert resolve(t, "6.2%", pub) == ("2024-01-01", "2024-03-31", "quarter")
    assert resolve(t, "9.1%", pub) == ("2023-01-01", "2023-03-31", "quarter")


def test_a_time_long_past_in_the_lead_is_history_not_the_period_reported():
    t = ("Ruritania's policy rate has been raised a full percentage point to 17%. That is well above the low of 7% "
         "that held until a hike in September 2021. The previous hike in November was also a full point, and "
         "inflation was 24.5% in December.")
    got = {o.quote: o.period for o in extract(t, date(2023, 1, 23)).observations}
    assert (got["24.5%"].start, got["24.5%"].end) == (date(2022, 12, 1), date(2022, 12, 31))


def test_a_rate_left_unchanged_on_the_day_the_bank_said_so():
    t = ("The National Bank of Ruritania said in a statement on January 8 that it had decided to leave its key "
         "reference rate at a record low 1.5%. The flash December CPI of 3.4% came well above the expected.")
    got = {o.quote: o for o in extract(t, date(2020, 1, 10)).observations}
    assert (got["1.5%"].period.start, got["1.5%"].period.type) == (date(2020, 1, 8), "point")
    cpi = got["3.4%"]
    assert (cpi.period.start, cpi.period.end, cpi.is_forecast) == (date(2019, 12, 1), date(2019, 12, 31), False)


def test_a_change_over_the_previous_year_in_a_release_on_a_half_is_the_halfs():
    t = ("In the first half of 2022, GDP grew 3.1%. The output of summer grain reached 76.3 billion kg, an increase "
         "of 0.3% over the previous year.")
    got = {o.quote: o.period for o in extract(t, date(2022, 7, 20)).observations}
    assert (got["0.3%"].start, got["0.3%"].end) == (date(2022, 1, 1), date(2022, 6, 30))


def test_a_year_later_and_the_trade_of_the_year():
    t = ("In January 2021, the city's trade started to pick up. The total trade volume of the year reached 1.5 "
         "trillion yuan. In 2020, the company's output was 2 billion yuan, but 10 billion yuan merely a year later.")
    got = {o.quote: o.period for o in extract(t, date(2022, 1, 26)).observations}
    assert (got["1.5 trillion yuan"].start, got["1.5 trillion yuan"].end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert (got["10 billion yuan"].start, got["10 billion yuan"].end) == (date(2021, 1, 1), date(2021, 12, 31))


def test_the_month_a_forecast_was_revised_in_is_not_its_period():
    t = "The fund cut its growth forecast for Ruritania from 4% to 3.5% in April."
    got = {o.quote: o.period for o in extract(t, date(2024, 6, 10)).observations}
    assert all(p.start is None or p.start.month != 4 for p in got.values())


def test_an_undated_monthly_release_reads_last_month_and_the_last_twelve_months_from_its_month():
    t = ("Inflation eases to 9.9% in January 2021\n\n"
         "Food inflation (12.8%) came down compared to last month (14.1%), but is still above the average over the "
         "last 12 months (12.3%). Growth was 5% in 2022 (4.8% in the fourth quarter of 2022).")
    got = {o.quote: o.period for o in extract(t, None).observations}
    assert (got["14.1%"].start, got["14.1%"].end) == (date(2020, 12, 1), date(2020, 12, 31))
    assert (got["12.3%"].start, got["12.3%"].end) == (date(2020, 2, 1), date(2021, 1, 31))
    assert (got["4.8%"].start, got["4.8%"].end) == (date(2022, 10, 1), date(2022, 12, 31))


def test_bare_quarters_are_of_the_fiscal_year_their_sentence_names():
    t = ("The Reserve Bank of India said CPI inflation is projected at 5.4 per cent for 2023-24, with Q2 at 6.4 per "
         "cent, Q3 at 5.6 per cent and Q4 at 5.2 per cent.")
    pub = date(2023, 10, 6)
    got = {o.quote: (o.period.start, o.period.end) for o in extract(t, pub).observations}
    assert got["6.4 per cent"] == (date(2023, 7, 1), date(2023, 9, 30))
    assert got["5.6 per cent"] == (date(2023, 10, 1), date(2023, 12, 31))
    assert got["5.2 per cent"] == (date(2024, 1, 1), date(2024, 3, 31))


def test_a_change_compared_to_a_quarter_of_this_year_is_not_shifted_a_year():
    t = ("Core view - Ruritania's economy showed steady progress in the first half of 2025, with a year-on-year "
         "growth of 5.6% [1]. Economic performance - The main indicators continued to recover, with GDP growth "
         "accelerating by 0.1 percentage points compared to the first quarter, and investment above its 2024 "
         "pace [4].")
    got = {o.quote: o.period for o in extract(t, None).observations}
    p = got["0.1 percentage points"]
    assert (p.start, p.end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_the_time_a_when_clause_opens_on_is_its_figures():
    t = "Retail sales rose 5.7% in August, slower than in July, when it was 7.9%."
    got = {o.quote: o.period for o in extract(t, date(2024, 10, 1)).observations}
    assert (got["7.9%"].start, got["7.9%"].end) == (date(2024, 7, 1), date(2024, 7, 31))


def test_a_hyphenated_quarter_code_and_the_review_period():
    t = ("Ruritania's economy grew 2.7% year on year in the first quarter of 2023. It shrank 3.9% quarter on quarter "
         "during the review period, as the last quarter of 2022 had seen a boom. Farming soared 6.1% in Q1-2023, and "
         "mining 2% in the period under review.")
    got = {o.quote: (o.period.start, o.period.end) for o in extract(t, date(2023, 7, 1)).observations}
    q1 = (date(2023, 1, 1), date(2023, 3, 31))
    assert got["3.9%"] == got["6.1%"] == got["2%"] == q1


def test_a_section_heading_times_its_paragraphs_in_a_text_on_another_period():
    t = ("2021 Ruritania City government work report\n\n"
         "The mayor delivered the annual government work report on Feb 2.\n\n"
         "Work review in 2020\n\n"
         "In 2020, the city's GDP grew by 5.2 percent to more than 1 trillion yuan.\n\n"
         "The industrial added value increased by 7 percent, while investment grew by 12.3 percent.")
    got = {o.quote: (o.period.start, o.period.end) for o in extract(t, date(2021, 3, 2)).observations}
    assert got["7 percent"] == got["12.3 percent"] == (date(2020, 1, 1), date(2020, 12, 31))


def test_points_faster_than_an_average_with_than_left_out_is_a_gap_of_rates():
    t = ("In the first half of 2023, the region's trade rose 69 percent. The region's trade volume is 63.1 "
         "percentage points faster the national average.")
    got = {o.quote: (o.period.start, o.period.end) for o in extract(t, date(2023, 7, 27)).observations}
    assert got["63.1 percentage points"] == (date(2023, 1, 1), date(2023, 6, 30))
