"""The document's reporting period: flows and reported levels default to it, true stocks stand
at its end or at the document's date. All texts are composed for these tests."""
from datetime import date

from period_support import resolve

from pipelines.extraction import extract


Q1_Q3 = ("2024-01-01", "2024-09-30", "ytd")
TODAY = ("2024-10-25", "2024-10-25", "point")


def _q1q3(body: str) -> str:
    return "Hunan economy expands 4.9% in first three quarters\n\n" + body


def test_levels_reported_in_the_past_tense_take_the_reporting_period():
    t = _q1q3(
        "The province's output grew in the period, officials said on Friday.\n\n"
        "The value added of the service sector stood at 1,204.5 billion yuan, up 5.1 percent. "
        "The average wage was 61,300 yuan."
    )
    pub = date(2024, 10, 25)
    assert resolve(t, "1,204.5 billion yuan", pub) == Q1_Q3
    assert resolve(t, "5.1 percent", pub) == Q1_Q3
    assert resolve(t, "61,300 yuan", pub) == Q1_Q3


def test_money_without_a_flow_word_is_a_flow_of_the_period():
    t = _q1q3("By region, the western cities generated 802.6 billion yuan, up 4.0 percent.")
    assert resolve(t, "802.6 billion yuan", date(2024, 10, 25)) == Q1_Q3


def test_change_verbs_make_a_flow():
    t = _q1q3("Machinery output surged 14.2 percent and textiles slipped 1.1 percent.")
    assert resolve(t, "14.2 percent", date(2024, 10, 25)) == Q1_Q3
    assert resolve(t, "1.1 percent", date(2024, 10, 25)) == Q1_Q3


def test_levels_in_the_present_tense_stand_at_the_document_date():
    t = _q1q3("The policy rate remains at 3.1%. The number of listed firms is 412.")
    pub = date(2024, 10, 25)
    assert resolve(t, "3.1%", pub) == TODAY
    assert resolve(t, "412", pub) == TODAY


def test_a_count_held_in_the_period_stands_at_its_end():
    t = "Statistical Communique of Weinan City on 2023 Development\n\nThe city had 57 museums open to the public."
    assert resolve(t, "57", date(2024, 3, 20)) == ("2023-12-31", "2023-12-31", "point")


def test_a_balance_stands_at_the_end_of_the_reported_period():
    t = (
        "Brenner Werke reports first-quarter results\n\n"
        "Sales fell 3% to EUR 2.1 billion. Net debt rose to EUR 640 million."
    )
    pub = date(2025, 4, 30)
    assert resolve(t, "EUR 2.1 billion", pub) == ("2025-01-01", "2025-03-31", "quarter")
    assert resolve(t, "EUR 640 million", pub) == ("2025-03-31", "2025-03-31", "point")


def test_the_title_names_the_narrowest_period():
    t = (
        "Lindqvist trims 2025 guidance as third-quarter orders fall\n\n"
        "Orders slumped 9% to SEK 4.2 billion."
    )
    assert resolve(t, "9%", date(2025, 10, 22)) == ("2025-07-01", "2025-09-30", "quarter")


def test_without_a_period_in_the_title_the_lead_names_it():
    t = (
        "Cement makers struggle as property slump deepens\n\n"
        "Cement output fell 9.4 percent year on year in May, data showed on Monday.\n\n"
        "Glass production dropped 2.2 percent. Average daily output was 5.5 million tonnes."
    )
    pub = date(2024, 6, 17)
    may = ("2024-05-01", "2024-05-31", "month")
    assert resolve(t, "2.2 percent", pub) == may
    assert resolve(t, "5.5 million", pub) == may


def test_a_lead_contrasting_two_times_names_no_period():
    t = "Notes on wind power\n\nIn 2023, capacity grew 12%, while in 2022 it grew 9%.\n\nSolar investment rose 20%."
    assert resolve(t, "20%", None) == (None, None, "unknown")


def test_in_a_monthly_release_a_cumulative_opening_does_not_carry():
    t = (
        "Copper smelters lift output in July\n\n"
        "Refined copper output rose 6.1 percent in July. From January to July, output grew 4.0 percent. "
        "Zinc output climbed 2.5 percent."
    )
    pub = date(2024, 8, 15)
    assert resolve(t, "4.0 percent", pub) == ("2024-01-01", "2024-07-31", "ytd")
    assert resolve(t, "2.5 percent", pub) == ("2024-07-01", "2024-07-31", "month")


def test_a_later_stated_time_ends_an_older_opening_phrase():
    t = (
        "Port traffic in the first half of 2024\n\n"
        "In June alone, container throughput rose 8%. Bulk cargo grew 3% in the first six months. "
        "Ro-ro traffic climbed 5%."
    )
    assert resolve(t, "5%", date(2024, 7, 20)) == ("2024-01-01", "2024-06-30", "half")


def test_an_opening_phrase_still_carries_to_the_next_sentences():
    t = "Trade in the first ten months\n\nIn October alone, exports rose 7%. Imports slipped 1%."
    assert resolve(t, "1%", date(2024, 11, 7)) == ("2024-10-01", "2024-10-31", "month")


def test_goals_in_a_list_share_the_deadline_that_introduces_it():
    t = (
        "Going forward, we will carry out the action plan. By 2028:\n"
        "- the share of smart factories should exceed 40 percent;\n"
        "- the penetration rate should reach 75 percent;\n"
        "- more than 900 demonstration plants should be built;\n"
        "- and about 60 industrial clusters will be cultivated.\n"
    )
    goal = ("2028-12-31", "2028-12-31", "point")
    for n in ("40 percent", "75 percent", "900", "60"):
        assert resolve(t, n) == goal, n


def test_the_start_of_a_record_is_not_the_period():
    t = (
        "Economy shrinks in the second quarter\n\n"
        "Output fell 9.3%, the steepest fall since the series began in 1991."
    )
    assert resolve(t, "9.3%", date(2020, 7, 30)) == ("2020-04-01", "2020-06-30", "quarter")


def test_an_ordinal_since_a_date_is_not_the_period():
    t = "The central bank last month raised its main rate by 25 basis points to 4.5%, its 9th increase since May 2022."
    assert resolve(t, "4.5%", date(2023, 8, 10)) == ("2023-07-01", "2023-07-31", "month")


def test_a_figure_after_after_belongs_to_its_own_time():
    t = "Analysts expect third-quarter growth of about 2 percent, after 3.5 percent in the second quarter."
    assert resolve(t, "2 percent", date(2024, 8, 20)) == ("2024-07-01", "2024-09-30", "quarter")
    assert resolve(t, "3.5 percent", date(2024, 8, 20)) == ("2024-04-01", "2024-06-30", "quarter")


def test_last_years_level_is_a_base():
    t = (
        "Aluminium output falls in March\n\n"
        "Aluminium output fell 3.0 percent to 3.4 million tonnes, as smelters were told to keep output below last year's level."
    )
    assert resolve(t, "3.4 million", date(2024, 4, 16)) == ("2024-03-01", "2024-03-31", "month")


def test_an_expectation_held_before_the_data_is_not_a_forecast():
    t = (
        "Retail sales slow in the third quarter\n\n"
        "Sales rose 2.1%. Economists had expected growth of 2.5%."
    )
    assert resolve(t, "2.5%", date(2024, 10, 18)) == ("2024-07-01", "2024-09-30", "quarter")


def test_an_index_reading_without_a_time_is_the_month_reported_on():
    t = (
        "Services activity picks up in April\n\n"
        "The services PMI rose to 52.1 in April. The new business index stood at 51.4, "
        "up 0.8 point from March."
    )
    apr = ("2024-04-01", "2024-04-30", "month")
    assert resolve(t, "52.1", date(2024, 4, 30)) == apr
    assert resolve(t, "51.4", date(2024, 4, 30)) == apr
    assert resolve(t, "0.8", date(2024, 4, 30)) == apr


def test_now_before_a_verb_of_expecting_dates_the_statement():
    t = "For the full year 2025, the group now expects an operating margin of 6.5%."
    assert resolve(t, "6.5%", date(2025, 5, 8)) == ("2025-01-01", "2025-12-31", "year")


def test_a_present_tense_level_stands_now_despite_an_earlier_date():
    t = "The bank held its rates at its June 12 meeting. The lending rate remains at 4.25%."
    assert resolve(t, "4.25%", date(2024, 6, 28)) == ("2024-06-28", "2024-06-28", "point")


def test_a_weekday_is_the_latest_such_day_up_to_the_document_date():
    # 2024-08-16 is a Friday
    t = "Copper prices slip\n\nCopper traded at $9,120 a tonne on Wednesday, the exchange said on Friday."
    assert resolve(t, "$9,120", date(2024, 8, 16)) == ("2024-08-14", "2024-08-14", "point")


def test_a_market_quote_stands_on_the_document_date():
    t = (
        "Brenner Werke reports first-quarter results\n\n"
        "Sales fell 3% to EUR 2.1 billion. Brenner shares fell 4.4% in Paris trading, "
        "valuing the company at EUR 5.2 billion."
    )
    pub = date(2025, 4, 30)
    assert resolve(t, "4.4%", pub) == ("2025-04-30", "2025-04-30", "point")
    assert resolve(t, "EUR 5.2 billion", pub) == ("2025-04-30", "2025-04-30", "point")


def test_a_generic_verb_does_not_hide_a_reported_result():
    t = (
        "Brenner Werke reports first-quarter results\n\n"
        "The rail unit, which generates a third of sales, saw revenue fall 8% to EUR 610 million."
    )
    assert resolve(t, "8%", date(2025, 4, 30)) == ("2025-01-01", "2025-03-31", "quarter")


def test_verbs_of_receiving_report_a_flow():
    t = "Tourism in Datong, 2023\n\nThe city received 21.4 million domestic and overseas tourist arrivals, up 44%."
    assert resolve(t, "21.4 million", date(2024, 3, 1)) == ("2023-01-01", "2023-12-31", "year")


def test_spans_of_whole_months_take_their_calendar_type():
    pub = date(2024, 8, 20)
    t = "Revenue in the three months to March fell 4% to EUR 1.2 billion."
    assert resolve(t, "4%", pub) == ("2024-01-01", "2024-03-31", "quarter")
    t = "The province's GDP totaled 2.1 trillion yuan in January-June."
    assert resolve(t, "2.1 trillion", pub) == ("2024-01-01", "2024-06-30", "half")
    t = "Exports jumped 12% in the first six months."
    assert resolve(t, "12%", pub) == ("2024-01-01", "2024-06-30", "half")
    t = "From January to May, exports grew 7.3%."
    assert resolve(t, "7.3%", pub) == ("2024-01-01", "2024-05-31", "ytd")


def test_in_the_quarter_is_the_quarter_reported_on():
    t = "Brenner Werke reports first-quarter results\n\nFree cash flow was EUR -40 million in the quarter."
    assert resolve(t, "-40 million", date(2025, 4, 30)) == ("2025-01-01", "2025-03-31", "quarter")


def test_a_quarterly_or_annual_change_has_its_base_and_takes_the_period():
    t = (
        "Economy shrinks in the second quarter\n\n"
        "GDP fell 3.1%. Economists had expected a quarterly contraction of 2.9% and an annual decline of 4.0%."
    )
    q2 = ("2020-04-01", "2020-06-30", "quarter")
    assert resolve(t, "2.9%", date(2020, 7, 30)) == q2
    assert resolve(t, "4.0%", date(2020, 7, 30)) == q2


def test_a_level_after_a_report_takes_the_time_of_its_first_figure():
    t = (
        "Jobless rate data\n\n"
        "The jobless rate rose to 6.1% in March from 5.9% in February. Youth unemployment stood at 14.2%."
    )
    assert resolve(t, "14.2%", date(2024, 4, 30)) == ("2024-03-01", "2024-03-31", "month")


def test_a_goal_word_in_a_later_clause_does_not_make_a_figure_a_forecast():
    t = (
        "Euro zone economy contracts in the second quarter\n\n"
        "Exports fell 9.5% to 480 billion euros, and officials said trade would recover later."
    )
    assert resolve(t, "480 billion euros", date(2020, 7, 31)) == ("2020-04-01", "2020-06-30", "quarter")
    assert resolve(t, "9.5%", date(2020, 7, 31)) == ("2020-04-01", "2020-06-30", "quarter")


def test_a_headline_flow_takes_the_reported_period_not_the_dateline():
    t = (
        "Canada hiring slows in May; inflation eases to 2.9%\n\n"
        "OTTAWA, Jun. 7, 2024 (Northern Wire) -- Canadian employers added 27,000 jobs in May, "
        "the agency said on Friday."
    )
    may = ("2024-05-01", "2024-05-31", "month")
    assert resolve(t, "2.9%", date(2024, 6, 7)) == may
    assert resolve(t, "27,000", date(2024, 6, 7)) == may


def test_a_figure_a_year_earlier_is_the_same_period_one_year_before():
    t = (
        "Brenner Werke reports first-quarter results\n\n"
        "The operating margin narrowed to 6.1% from 7.4% a year earlier. "
        "Plant utilisation stood at 81 percent in the second quarter a year earlier."
    )
    pub = date(2025, 4, 30)
    assert resolve(t, "6.1%", pub) == ("2025-01-01", "2025-03-31", "quarter")
    assert resolve(t, "7.4%", pub) == ("2024-01-01", "2024-03-31", "quarter")
    assert resolve(t, "81 percent", pub) == ("2024-04-01", "2024-06-30", "quarter")


def test_forecast_without_its_own_time_takes_the_year_the_text_is_about():
    t = ("Bank trims its 2025 outlook for Asia\n\n"
         "The bank expects the region to grow 4.1 percent in 2025.\n\n"
         "It predicts India's economy will expand 6.3 percent, 0.2 points lower than before.")
    assert resolve(t, "6.3 percent", published=None) == ("2025-01-01", "2025-12-31", "year")


def test_undated_release_speaks_from_the_year_it_reports_not_the_one_it_forecasts():
    t = ("Car output fell 2% in May\n\n"
         "In May 2023, car output fell 2% compared with April. In May, truck output rose 4%.\n\n"
         "The agency expects output to grow by 1.1% in 2024, as its outlook for 2024 improved.")
    assert resolve(t, "4%", published=None) == ("2023-05-01", "2023-05-31", "month")
    assert resolve(t, "2%", published=None) == ("2023-05-01", "2023-05-31", "month")


def test_the_past_year_in_a_monthly_release_is_the_months_annual_rate():
    t = ("Jobs report for March 2024\n\n"
         "Employers added 150,000 jobs in March. Over the past year, average hourly earnings increased 4.1 percent.")
    assert resolve(t, "4.1 percent") == ("2024-03-01", "2024-03-31", "month")


def test_the_n_month_period_is_the_documents_if_that_long():
    t = ("Q1 indicators show vitality of Hubei province\n\nUpdated: Apr 22, 2024\n\n"
         "Hubei has reported dynamic development, with major indexes showing growth in the first quarter of 2024, "
         "according to the provincial statistics bureau.\n\n"
         "During the three-month period, the province's GDP increased by 6.2 percent year-on-year, which was "
         "1.3 percentage points higher than the national average.")
    assert resolve(t, "1.3 percentage points", published=date(2024, 4, 22)) == ("2024-01-01", "2024-03-31", "quarter")


def test_an_undated_outlook_speaks_from_the_first_year_it_forecasts():
    t = ("Fund lifts its outlook\n\n"
         "The fund now expects world growth of 3.1% this year. It also sees growth of 3.2% in 2026.\n\n"
         "It expects India to grow 6.4% in 2025 and 6.5% in 2026.")
    assert resolve(t, "3.1%", published=None) == ("2025-01-01", "2025-12-31", "year")


def test_a_change_on_a_part_of_last_year_is_of_that_part_this_year():
    t = ("Compared with August last year, hotel bookings were up 6.2%. "
         "Bookings rose 1.1% compared with July. "
         "They were 9% higher than in August 2021, before the slump.")
    got = {o.quote: o.period for o in extract(t, date(2025, 9, 12)).observations}
    assert (got["6.2%"].start, got["6.2%"].end) == (date(2025, 8, 1), date(2025, 8, 31))
    assert got["1.1%"].start != date(2026, 7, 1)  # July of this year is no year-earlier base
    assert got["9%"].start != date(2022, 8, 1)  # nor is an older one
    o = extract("Sales were up 4.0% compared with the first quarter of 2023.", None).observations[0]
    assert (o.period.start, o.period.end, o.period.type) == (date(2024, 1, 1), date(2024, 3, 31), "quarter")


def test_the_time_of_a_level_compared_with_is_a_base():
    t = "Real output in the second quarter of 2025 was 3.1 percent above the level of output for the second quarter of 2019."
    assert resolve(t, "3.1 percent", date(2025, 8, 28)) == ("2025-04-01", "2025-06-30", "quarter")


def test_short_heading_lines_at_the_top_name_the_period_reported():
    t = ("14 February 2025\n\nLabour Market Survey\n\nFourth quarter 2024\n\nMain results\n\n"
         "  • The number of employees decreased by 12,000 persons compared with the previous quarter to 9,210,400. "
         "The quarterly variation rate was -0.13%.")
    got = {o.quote: o for o in extract(t, date(2025, 2, 14), "Instituto Nacional de Estadística (INE)").observations}
    q4 = (date(2024, 10, 1), date(2024, 12, 31))
    assert (got["9,210,400"].period.start, got["9,210,400"].period.end) == q4
    assert got["9,210,400"].region == "Spain"
    assert (got["-0.13%"].measure, got["-0.13%"].value) == ("growth_pct", -0.13)


def test_a_heading_under_the_release_furniture_names_the_period():
    t = ("Producer Price Index News Release\n\n"
         "Transmission of material in this release is embargoed until\n"
         "8:30 a.m. (ET) March 14, 2025              USDL-25-0412\n\n"
         "Technical information: (202) 691-7705\n\n"
         "PRODUCER PRICE INDEX – FEBRUARY 2025\n\n"
         "The index for final demand was unchanged in February after rising 0.6 percent in January, the Bureau "
         "reported today. The energy index rose 1.1 percent over the month.")
    got = {o.quote: o for o in extract(t, date(2025, 3, 14), "U.S. Bureau of Labor Statistics").observations}
    assert "202" not in got and "691" not in got
    assert (got["1.1 percent"].period.start, got["1.1 percent"].period.end) == (date(2025, 2, 1), date(2025, 2, 28))
    assert (got["0.6 percent"].period.start, got["0.6 percent"].period.end) == (date(2025, 1, 1), date(2025, 1, 31))


def test_a_date_line_under_the_agency_is_no_period_of_the_text():
    t = ("Xinhua\n14 Aug 2024, 10:05 GMT+8\n"
         "The country registered solid trade in the first seven months of the year, the customs said.\n"
         "BEIJING, Aug. 7 (Xinhua) -- Exports rose 7.0 percent year on year in July. Trade with the EU rose 1.2 percent, "
         "and with ASEAN 8.1 percent, respectively, during the period.")
    got = {o.quote: o.period for o in extract(t, date(2024, 8, 14)).observations}
    assert got["7.0 percent"].start == date(2024, 7, 1)
    assert got["8.1 percent"].end == date(2024, 7, 31)  # not August, the month of the date line
