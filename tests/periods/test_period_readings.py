"""Readings in statistical releases and news from abroad: estimates of the month just ended, quarters of fiscal
years, times listed in order, dates of agencies, parts of months, bases a change outdid, rate decisions (texts composed
for these tests)."""
from datetime import date

from period_support import resolve

from pipelines.extraction import extract


def test_the_month_just_ended_in_an_estimate_is_that_month():
    t = ("Annual inflation in Ruritania is expected to have been 5.0% in December, up from 4.9% in November, "
         "according to a flash estimate. Energy is expected to have the highest annual rate in December (26.0%).")
    pub = date(2022, 1, 7)
    assert resolve(t, "5.0%", pub) == ("2021-12-01", "2021-12-31", "month")
    assert resolve(t, "26.0%", pub) == ("2021-12-01", "2021-12-31", "month")


def test_times_listed_after_as_many_numbers_pair_with_them_in_order():
    t = ("Ruritania's output contracted by 6.1 per cent and 3.6 per cent in Q2 and Q3 of 2020, before growing "
         "2.2% in H1 of 2021.")
    pub = date(2021, 11, 19)
    assert resolve(t, "6.1 per cent", pub) == ("2020-04-01", "2020-06-30", "quarter")
    assert resolve(t, "3.6 per cent", pub) == ("2020-07-01", "2020-09-30", "quarter")
    assert resolve(t, "2.2%", pub) == ("2021-01-01", "2021-06-30", "half")


def test_a_quarter_without_its_year_in_a_text_on_india_is_of_the_fiscal_year():
    t = ("India's GDP grew 7.8% in Q1, against 13.1% in last year's Q1. In the United States, output rose 2.4% in "
         "2022's second quarter.")
    got = {o.quote: (o.period.start, o.period.end) for o in extract(t, date(2023, 8, 31)).observations}
    assert got["7.8%"] == (date(2023, 4, 1), date(2023, 6, 30))
    assert got["13.1%"] == (date(2022, 4, 1), date(2022, 6, 30))
    assert got["2.4%"] == (date(2022, 4, 1), date(2022, 6, 30))


def test_a_possessive_year_names_the_year_of_its_quarter():
    t = "Last year's Q1 saw output rise 3.1%, and last year's fourth quarter a 2.2% fall."
    pub = date(2024, 5, 2)
    assert resolve(t, "3.1%", pub) == ("2023-01-01", "2023-03-31", "quarter")
    assert resolve(t, "2.2%", pub) == ("2023-10-01", "2023-12-31", "quarter")


def test_what_analysts_had_expected_is_of_the_period_reported():
    t = ("Ruritania's employers added 303,000 jobs in March.\n\n"
         "Analysts had expected employers to add 212,000 jobs and the jobless rate to remain at 3.9%.")
    got = {o.quote: o for o in extract(t, date(2024, 4, 5), "Ruritanian Bureau of Labor").observations}
    march = (date(2024, 3, 1), date(2024, 3, 31))
    assert (got["212,000"].period.start, got["212,000"].period.end) == march
    assert (got["3.9%"].period.start, got["3.9%"].period.end) == march


def test_a_time_with_a_relative_clause_of_its_own_times_that_clauses_figure():
    t = ("Ruritania's economy grew 3.9% in the second quarter of 2023. This is better than the first quarter of "
         "2023, which saw a decline of 0.9%.")
    assert resolve(t, "0.9%", date(2023, 8, 7)) == ("2023-01-01", "2023-03-31", "quarter")


def test_the_fiscal_year_that_ended_in_a_month_is_the_latest_one():
    t = "For the fiscal year that ended in March, Japan's core consumer prices rose 2.8 percent."
    got = extract(t, date(2024, 4, 19)).observations[0]
    assert (got.period.start, got.period.end, got.period.type) == (date(2023, 4, 1), date(2024, 3, 31), "year")


def test_a_figure_compared_with_and_tallied_a_year_earlier_is_of_the_year_before():
    t = "Ruritania's exports reached $32.9 billion in May, compared with $31.2 billion tallied a year earlier."
    assert resolve(t, "$31.2 billion", date(2023, 6, 21)) == ("2022-05-01", "2022-05-31", "month")


def test_a_multiple_that_is_its_own_verb_of_change_is_of_the_period_reported():
    t = ("Ruritania's exports rose 5.3% in May.\n\nBy product, exports of steel dropped 12.5 percent on-year to $1.2 "
         "billion. Those of cars, on the other hand, more than doubled to $3.4 billion.")
    assert resolve(t, "doubled", date(2023, 6, 21)) == ("2023-05-01", "2023-05-31", "month")


def test_a_paragraph_opening_to_be_specific_continues_the_one_before():
    t = ("Provincial output rose 9.1% in the first four months.\n\n"
         "In April, industrial value added grew 6.6% year on year.\n\n"
         "To be specific, mining and manufacturing grew 8.5% and 7.3% respectively.")
    pub = date(2020, 5, 22)
    assert resolve(t, "8.5%", pub) == ("2020-04-01", "2020-04-30", "month")


def test_points_over_a_span_and_than_that_of_a_quarter_are_bases():
    t = ("In the first four months, investment in new projects increased by 39.7 percent, 24.8 percentage points "
         "higher than that of the first quarter, while fixed-asset investment decreased by 1.1 percent, a rise of "
         "6.4 percentage points over the first three months.")
    pub = date(2020, 5, 22)
    jan_apr = ("2020-01-01", "2020-04-30", "ytd")
    assert resolve(t, "1.1 percent", pub) == jan_apr
    assert resolve(t, "6.4 percentage points", pub) == jan_apr


def test_a_bare_change_in_a_release_on_the_first_months_is_of_those_months():
    t = ("Eastern City's GDP in the first three quarters was 1,067 billion yuan, up 4.6% year on year.\n\n"
         "Retail sales rose in the city. Furthermore, the retail industry achieved sales of 312 billion yuan, "
         "indicating a 4.2% increase.")
    assert resolve(t, "4.2%", date(2023, 11, 2)) == ("2023-01-01", "2023-09-30", "ytd")


def test_a_level_of_after_a_change_word_is_a_level_of_the_period():
    t = ("Eastern City's GDP in the first three quarters was 1,067 billion yuan.\n\n"
         "During January to September, the primary industry grew 3.9%. The secondary industry experienced a "
         "significant increase with an added value of 410 billion yuan.")
    assert resolve(t, "410 billion yuan", date(2023, 11, 2)) == ("2023-01-01", "2023-09-30", "ytd")


def test_days_in_brackets_after_part_of_a_month_are_the_period_and_late_march_a_base():
    t = ("In early May (May 1-10) this year, daily output of Ruritania's steel mills averaged 2.2 million tonnes, "
         "up 3.4 percent compared to late April (April 21-30) this year.")
    got = {o.quote: o for o in extract(t, date(2025, 5, 20)).observations}
    first_days = (date(2025, 5, 1), date(2025, 5, 10))
    assert (got["2.2 million tonnes"].period.start, got["2.2 million tonnes"].period.end) == first_days
    assert (got["3.4 percent"].period.start, got["3.4 percent"].period.end) == first_days
    assert got["3.4 percent"].measure == "growth_pct"


def test_a_start_value_in_the_same_period_last_year_is_of_that_period():
    t = ("Ruritania imported 355.9 billion chips from January to September, down from 416.7 billion in the same "
         "period last year.")
    assert resolve(t, "416.7 billion", date(2023, 10, 20)) == ("2022-01-01", "2022-09-30", "ytd")


def test_a_manifest_headline_names_the_period_of_a_text_that_does_not_open_with_it():
    t = ("In its latest report the statistics service said consumer prices rose 0.9% on the month.\n\n"
         "Food inflation came in at 12.8%.")
    title = "Inflation rate drops to 9.9% for January 2021"
    got = {o.quote: o.period for o in extract(t, None, "Ruritania Statistical Service", title).observations}
    assert (got["12.8%"].start, got["12.8%"].end) == (date(2021, 1, 1), date(2021, 1, 31))
    assert extract(t, None, "Ruritania Statistical Service").observations[1].period.type != "month"


def test_a_bracketed_time_with_a_colon_labels_only_the_figure_it_introduces():
    t = ("Ruritania's industrial index grew by 3.1 per cent in March 2023. The rise was driven by manufacturing with "
         "4.1 per cent (February 2023: 4.8%), while the electricity index slipped 0.3 per cent.")
    pub = date(2023, 5, 10)
    march = ("2023-03-01", "2023-03-31", "month")
    assert resolve(t, "4.1 per cent", pub) == march
    assert resolve(t, "4.8%", pub) == ("2023-02-01", "2023-02-28", "month")
    assert resolve(t, "0.3 per cent", pub) == march


def test_the_rate_a_change_outdid_is_its_base():
    t = ("Eastern City's GDP grew 5.6 percent in the first quarter of this year, surpassing the growth rate "
         "registered in 2023 by 0.1 percentage points. Industry grew 7.4 percent, outperforming the growth rate from "
         "the first quarter of 2023 by 3.4 percentage points.")
    pub = date(2024, 4, 23)
    q1 = ("2024-01-01", "2024-03-31", "quarter")
    assert resolve(t, "0.1 percentage points", pub) == q1
    assert resolve(t, "3.4 percentage points", pub) == q1


def test_early_mid_and_late_in_a_month_are_its_thirds():
    t = ("In early October, Ruritania's steel mills produced 18.7 million tons of crude steel. Output had risen 3% in "
         "mid-September and 2% in late August.")
    pub = date(2021, 10, 14)
    assert resolve(t, "18.7 million tons", pub) == ("2021-10-01", "2021-10-10", "range")
    assert resolve(t, "3%", pub) == ("2021-09-11", "2021-09-20", "range")
    assert resolve(t, "2%", pub) == ("2021-08-21", "2021-08-31", "range")


def test_the_former_refers_back_and_the_increase_compared_to_is_a_base():
    cars = ("During January-April, 1.6 million cars were produced and 1.5 million sold. The former consisted of 1.2 "
            "million petrol cars and 0.4 million hybrids, respectively up 90% and 150% on year.")
    assert resolve(cars, "1.2 million", date(2022, 5, 23)) == ("2022-01-01", "2022-04-30", "ytd")
    profits = ("Truck profits reached 478 billion yuan in the first 11 months, up 0.6 percentage points compared to "
               "the increase in the first ten months.\n\nAt the same time, bus profits were 33 billion yuan.")
    assert resolve(profits, "33 billion yuan", date(2021, 12, 28)) == ("2021-01-01", "2021-11-30", "ytd")


def test_rate_decisions_at_a_record_low_and_in_the_passive_stand_now():
    pub = date(2023, 1, 23)
    now = ("2023-01-23", "2023-01-23", "point")
    t = ("Ruritania's central bank decided to leave its key reference rate at a record low 1.5%. The Lombard rate was "
         "maintained at 2.5%. The policy rate has been raised a full percentage point to a 24-year high of 17.0%.")
    assert resolve(t, "1.5%", pub) == now
    assert resolve(t, "2.5%", pub) == now
    assert resolve(t, "17.0%", pub) == now


def test_an_agencys_dateline_dates_the_text_not_its_figures():
    t = ("Ruritania Press Agency, October 14 - according to the steel association, in early October the mills "
         "produced 18.7 million tons of crude steel. Among them, the daily output of crude steel was 1.87 million "
         "tons, an increase of 5.9% month on month.")
    pub = date(2021, 10, 14)
    assert resolve(t, "1.87 million tons", pub) == ("2021-10-01", "2021-10-10", "range")


def test_by_the_end_of_last_december_is_the_latest_december():
    t = "Ruritania's order book stood at 95.8 million dwt by the end of last December."
    assert resolve(t, "95.8 million dwt", date(2022, 1, 22)) == ("2021-12-31", "2021-12-31", "point")


def test_a_month_recorded_in_a_sentence_with_a_projection_is_behind_and_a_fall_compared_to_is_negative():
    t = ("In December, Ruritania's exports grew by 10.7 per cent, higher than the 7.6 per cent increase projected by "
         "analysts and beating the 6.7 per cent growth recorded in November. Imports rose by 1.0 per cent from a "
         "year earlier in December, compared to the 3.9 per cent fall seen in November.")
    got = {o.quote: o for o in extract(t, date(2025, 1, 13)).observations}
    assert (got["6.7 per cent"].period.start, got["6.7 per cent"].period.end) == (date(2024, 11, 1), date(2024, 11, 30))
    assert got["3.9 per cent"].value == -3.9


def test_points_over_that_in_a_span_compare_with_that_span():
    t = ("In the first nine months, retail sales rose 4.1 percent. Of which, catering revenue increased by 3.3 "
         "percent, an increase of 0.9 percentage points over that in the January-to-August period.")
    pub = date(2022, 10, 27)
    jan_sep = ("2022-01-01", "2022-09-30", "ytd")
    assert resolve(t, "3.3 percent", pub) == jan_sep
    assert resolve(t, "0.9 percentage points", pub) == jan_sep


def test_a_past_change_in_a_january_report_on_this_years_targets_is_last_years():
    t = ("Eastern City has set a GDP growth target of about four percent for 2023.\n\n"
         "The city's investment will increase by about three percent.\n\n"
         "The added value of the city's high-tech industries saw a year-on-year increase of six percent.")
    assert resolve(t, "six percent", date(2023, 1, 12)) == ("2022-01-01", "2022-12-31", "year")


def test_a_change_between_two_consecutive_months_is_the_later_months():
    t = ("Ruritania's CPI increased by 0.6% between August and September. Exports totaled $5 billion between "
         "August and September.")
    pub = date(2023, 10, 18)
    assert resolve(t, "0.6%", pub) == ("2023-09-01", "2023-09-30", "month")
    assert resolve(t, "$5 billion", pub) == ("2023-08-01", "2023-09-30", "range")


def test_a_policy_interest_rate_increased_by_points_stands_now():
    t = "Ruritania's central bank has increased its policy interest rate by 750 basis points to 25 percent."
    now = ("2023-08-24", "2023-08-24", "point")
    assert resolve(t, "750 basis points", date(2023, 8, 24)) == now
    assert resolve(t, "25 percent", date(2023, 8, 24)) == now


def test_so_far_this_year_runs_to_the_end_of_the_days_reported_and_a_month_earlier_is_a_base():
    t = ("Ruritania's retail sales of cars from February 1-23 were 924,000 units, 30 percent lower than the same "
         "period last month. So far this year, cumulative sales were 1.189 million units, up 29 percent.")
    got = {o.quote: o for o in extract(t, date(2025, 2, 26), None, "Car retail Feb 1-23 2025").observations}
    assert (got["924,000 units"].period.start, got["924,000 units"].period.end) == (date(2025, 2, 1), date(2025, 2, 23))
    assert got["30 percent"].measure == "growth_pct"
    ytd = got["1.189 million units"].period
    assert (ytd.start, ytd.end, ytd.type) == (date(2025, 1, 1), date(2025, 2, 23), "ytd")


def test_a_share_of_the_level_in_a_year_compares_with_that_year():
    t = ("Ruritania's airlines handled 620 million passenger trips in 2023, reaching 93.9 percent of the "
         "pre-pandemic level in 2019. They carried 7.35 million tonnes of cargo in 2023, returning to 97.6 percent "
         "of the figure recorded in 2019.")
    pub = date(2024, 1, 5)
    year = ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "93.9 percent", pub) == year
    assert resolve(t, "97.6 percent", pub) == year


def test_a_time_after_an_opening_attribution_leads_its_sentence():
    t = ("According to the ministry's statistics, from January to October 2020, robot output grew to 183,447 units; "
         "the operating income of robot makers was USD 6.02 billion. In October, output was 21,467 units.")
    title = "Robot output in October up 38.5 percent"
    got = {o.quote: o for o in extract(t, date(2020, 11, 20), None, title).observations}
    assert (got["USD 6.02 billion"].period.start, got["USD 6.02 billion"].period.end) == (date(2020, 1, 1),
                                                                                          date(2020, 10, 31))


def test_a_figure_compared_with_last_quarter_is_the_reading_before():
    t = ("The unemployment rate in Ruritania was 3.9 percent in the September 2023 quarter, compared with 3.6 percent "
         "last quarter. The underutilisation rate was 10.4 percent. This compared with 9.9 percent from the previous "
         "quarter.\n\nThe trade surplus hit $78.2 billion last month.")
    pub = date(2023, 11, 1)
    q2 = ("2023-04-01", "2023-06-30", "quarter")
    assert resolve(t, "3.6 percent", pub) == q2
    assert resolve(t, "9.9 percent", pub) == q2
    assert resolve(t, "$78.2 billion", pub) == ("2023-10-01", "2023-10-31", "month")


def test_a_rate_retained_below_zero_stands_now():
    t = "Ruritania's central bank held rates. The overnight deposit rate was retained at -0.05 percent."
    assert resolve(t, "-0.05 percent", date(2021, 4, 27)) == ("2021-04-27", "2021-04-27", "point")



def test_a_reading_a_month_earlier_is_the_month_before():
    t = "Ruritania's annual inflation was 6.8% in September, up from 6.7% a month earlier."
    assert resolve(t, "6.7%", date(2023, 9, 30)) == ("2023-08-01", "2023-08-31", "month")
