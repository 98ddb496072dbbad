"""Tables, bylines, wire-style readings, policy rates, financial years. All texts are composed
for these tests."""
from datetime import date

from period_support import resolve

from pipelines.extraction import extract
from pipelines.extraction.periods import PeriodResolver


JULY = ("2024-07-01", "2024-07-31", "month")
JAN_JUL = ("2024-01-01", "2024-07-31", "ytd")


def test_table_cells_take_their_columns_period():
    t = (
        "Cement and glass output in July 2024\n\n"
        "Output of building materials rose in July.\n\n"
        "Item        Unit             July     Change (%)   Jan-Jul    Change (%)\n"
        "Cement      10,000 tonnes    17,420   -3.1         101,350    -5.2\n"
        "Flat glass  10,000 cases     8,830    2.4          59,610     1.7\n"
    )
    pub = date(2024, 8, 16)
    assert resolve(t, "17,420", pub) == JULY
    assert resolve(t, "-3.1", pub) == JULY
    assert resolve(t, "101,350", pub) == JAN_JUL
    assert resolve(t, "-5.2", pub) == JAN_JUL
    assert resolve(t, "59,610", pub) == JAN_JUL
    assert resolve(t, "2.4", pub) == JULY


def test_a_pipe_table_with_a_rule_line():
    t = (
        "Port traffic\n\n"
        "Cargo handled at the port, published August 2024.\n\n"
        "| Cargo | July | y/y % | Jan-Jul | y/y % |\n"
        "|---|---|---|---|---|\n"
        "| Containers | 412 | 6.3 | 2,705 | 4.8 |\n"
    )
    pub = date(2024, 8, 16)
    assert resolve(t, "412", pub) == JULY
    assert resolve(t, "4.8", pub) == JAN_JUL


def test_rows_labelled_with_years_take_the_row_year():
    t = (
        "Summary table\n\n"
        "Growth of the two sectors, in percent.\n\n"
        "Year    Services    Industry\n"
        "2022    3.1         4.4\n"
        "2023    5.8         4.7\n"
    )
    assert resolve(t, "5.8", date(2024, 3, 1)) == ("2023-01-01", "2023-12-31", "year")


def test_a_byline_is_not_the_lead():
    t = (
        "Steelmakers brace for a slow autumn\n\n"
        "By MARTA LINDGREN | Metals Desk (composed)\n\n"
        "Crude steel output fell 6.8 percent year on year in July, industry data showed.\n\n"
        "Iron ore imports rose 2.1 percent."
    )
    assert resolve(t, "2.1 percent") == JULY


def test_a_lead_after_a_greeting_names_the_period():
    t = (
        "Transcript of the briefing\n\n"
        "Speaker: Li Ming (composed)\n\n"
        "Li Ming: Good morning. I will first go over exports in the first half of the year.\n\n"
        "- Machinery exports reached 3.2 trillion yuan, up 8 percent."
    )
    assert resolve(t, "3.2 trillion yuan", date(2024, 7, 12)) == ("2024-01-01", "2024-06-30", "half")


def test_the_start_value_of_a_reading_is_the_period_before():
    t = (
        "Prices cool\n\n"
        "Consumer prices rose 3.2% in the year to July, official figures showed.\n\n"
        "Core inflation slowed to 4.1% from 4.4%, the statistics office said."
    )
    assert resolve(t, "4.1%") == JULY
    assert resolve(t, "4.4%") == ("2024-06-01", "2024-06-30", "month")


def test_an_annual_rate_in_the_twelve_months_to_a_month_is_that_months_reading():
    t = "Consumer prices rose 2.9% in the 12 months to July, and exports totalled $48 billion in the 12 months to July."
    assert resolve(t, "2.9%") == JULY
    assert resolve(t, "$48 billion") == ("2023-08-01", "2024-07-31", "range")
    # a growth rate of a 12-month total covers the 12 months
    assert resolve("Imports grew 6% in the 12 months to July.", "6%") == ("2023-08-01", "2024-07-31", "range")
    t2 = "Inflation eased to 2.2% in the year to July."
    assert resolve(t2, "2.2%") == JULY


def test_a_change_a_year_earlier_after_its_noun():
    t = "Prices were flat in July, compared with a 0.3% increase a year earlier."
    assert resolve(t, "0.3%") == ("2023-07-01", "2023-07-31", "month")


def test_market_moves_on_the_day():
    t = (
        "Prices cool\n\n"
        "Consumer prices rose 3.2% in July, official figures showed.\n\n"
        "Sterling gained 0.5% against the dollar to $1.2710, while gilt yields fell 9 basis points to 3.95%."
    )
    today = ("2024-08-20", "2024-08-20", "point")
    assert resolve(t, "0.5%") == today
    assert resolve(t, "$1.2710") == today
    assert resolve(t, "3.95%") == today


def test_a_policy_rate_set_earlier_stands_now():
    t = "The central bank kept its key rate at 4.5% earlier this month, its third pause in a row."
    assert resolve(t, "4.5%") == ("2024-08-20", "2024-08-20", "point")
    t2 = "The central bank cut its policy rate to 3.75% on Thursday."
    assert resolve(t2, "3.75%")[2] == "point"


def test_a_financial_year_to_a_month_starts_in_april():
    t = "Government borrowing in the financial year to July stood at 51.4 billion pounds."
    assert resolve(t, "51.4 billion") == ("2024-04-01", "2024-07-31", "range")
    t2 = "Borrowing in the financial year to February was 112 billion pounds."
    assert resolve(t2, "112 billion", date(2024, 3, 21)) == ("2023-04-01", "2024-02-29", "range")


def test_three_months_to_a_quarter_end_is_the_quarter():
    t = "Pay growth slowed to 5.1% in the three months to June. The jobless rate was estimated at 4.3%."
    q2 = ("2024-04-01", "2024-06-30", "quarter")
    assert resolve(t, "5.1%") == q2
    assert resolve(t, "4.3%") == q2


def test_a_level_of_an_earlier_period_is_a_base():
    t = (
        "Hotels recover\n\n"
        "Hotel revenue rose 12 percent in the first half.\n\n"
        "Catering revenue was 1.1 trillion yuan, up 20 percent, recovering to 91 percent of the level "
        "of the first half of 2019."
    )
    assert resolve(t, "1.1 trillion yuan", date(2024, 7, 20)) == ("2024-01-01", "2024-06-30", "half")
    assert resolve(t, "91 percent", date(2024, 7, 20)) == ("2024-01-01", "2024-06-30", "half")


def test_since_an_event_is_not_the_period():
    t = "The agency cut its forecast for growth this year to 2.6%, the weakest since the 2008-09 recession."
    assert resolve(t, "2.6%") == ("2024-01-01", "2024-12-31", "year")


def test_a_reported_change_takes_the_period():
    t = (
        "Truck sales slip in second quarter\n\n"
        "Truck sales fell 3% in the second quarter of 2024.\n\n"
        "Volvo posted a 4.2% gain to 11,200 trucks. Scania reported a 7% decline in sales."
    )
    q2 = ("2024-04-01", "2024-06-30", "quarter")
    assert resolve(t, "4.2%") == q2
    assert resolve(t, "7%") == q2


def test_a_figure_before_a_comparison_with_another_time():
    t = "Car sales slip in third quarter\n\nDealers expect full-year sales of 2.9 million cars, slightly above the 2.8 million sold in 2023."
    assert resolve(t, "2.9 million", date(2024, 10, 2)) == ("2024-01-01", "2024-12-31", "year")


def test_a_time_between_a_figure_and_its_change_is_shared():
    t = "The county welcomed 3.1 million visitors in 2023, an increase of 9.5 percent."
    assert resolve(t, "9.5 percent", date(2024, 2, 1)) == ("2023-01-01", "2023-12-31", "year")


def test_shares_in_a_list_after_a_past_copula_take_the_reported_year():
    t = (
        "Yards busy\n\n"
        "Shipyards delivered more vessels in 2024 than in any year before, data showed.\n\n"
        "Their output accounted for 51 percent, 60 percent and 58 percent of the world total."
    )
    y = ("2024-01-01", "2024-12-31", "year")
    assert resolve(t, "51 percent", date(2025, 1, 20)) == y
    assert resolve(t, "60 percent", date(2025, 1, 20)) == y


def test_without_a_date_a_standing_count_is_at_the_end_of_the_reported_year():
    t = (
        "Statistical Bulletin of Lakeside County on 2022 Development\n\n"
        "The county's output grew 5.1 percent in 2022.\n\n"
        "There were 14 museums."
    )
    assert resolve(t, "14", None) == ("2022-12-31", "2022-12-31", "point")


def test_a_headline_figure_takes_the_leads_period_past_a_dateline_and_a_weekday():
    t = (
        "Bank lowers euro zone growth outlook to 0.9%\n\n"
        "FRANKFURT (Markets Desk)\n\n"
        "The central bank on Thursday lowered its forecast for growth this year to 0.9%, citing weak demand."
    )
    assert resolve(t, "0.9%", date(2024, 6, 7)) == ("2024-01-01", "2024-12-31", "year")


def test_a_figure_followed_by_today_stands_now():
    t = "The plan targets a recycling rate of 70 percent by 2030, compared with about 45 percent today."
    assert resolve(t, "45 percent") == ("2024-08-20", "2024-08-20", "point")
    assert resolve(t, "70 percent") == ("2030-12-31", "2030-12-31", "point")


def test_throughout_the_year_is_the_year_reported_on():
    t = (
        "Statistical Bulletin of Lakeside County on 2022 Development\n\n"
        "The county hosted 4.2 million visitors throughout the year, an increase of 8.8 percent."
    )
    y = ("2022-01-01", "2022-12-31", "year")
    assert resolve(t, "4.2 million", None) == y
    assert resolve(t, "8.8 percent", None) == y


def test_times_the_level_of_a_year_is_a_base():
    t = "Robot density reached 410 units per 10,000 workers in 2024, about three times the level of 2018."
    assert resolve(t, "three times", date(2025, 3, 1)) == ("2024-01-01", "2024-12-31", "year")


def test_a_day_after_the_sayer_dates_the_saying():
    t = ("The GDP of the province reached 2.1 trillion yuan in the first half of 2024, up 5.0% year on year, "
         "said the provincial bureau of statistics on July 17. Its retail sales rose 4% in the first half, "
         "according to local authorities on Wednesday.")
    pub = date(2024, 7, 19)
    h1 = ("2024-01-01", "2024-06-30", "half")
    assert resolve(t, "2.1 trillion yuan", pub) == h1
    assert resolve(t, "5.0%", pub) == h1
    assert resolve(t, "4%", pub) == h1


def test_a_text_naming_one_finished_year_reviews_it():
    t = ("Highlights of the governor's report\n\n"
         "The province's GDP reached 3.1 trillion yuan, up 5.5% year on year, the governor said on January 20.\n\n"
         "Fiscal revenue rose 6% to 300 billion yuan in 2023. In 2023, the value added of industry rose 7%.")
    pub = date(2024, 1, 22)
    assert resolve(t, "3.1 trillion yuan", pub) == ("2023-01-01", "2023-12-31", "year")
    # a text that also reports on part of its own year does not review the year before
    t2 = t + " In the first quarter of this year, exports rose 9%."
    assert resolve(t2, "3.1 trillion yuan", pub)[2] != "year"


def test_a_quarter_named_by_its_last_month():
    t = ("Consumer prices rose 1.1 per cent in the September 2024 quarter, after a 0.9 per cent rise in the "
         "June quarter.")
    pub = date(2024, 10, 30)
    assert resolve(t, "1.1 per cent", pub) == ("2024-07-01", "2024-09-30", "quarter")
    assert resolve(t, "0.9 per cent", pub) == ("2024-04-01", "2024-06-30", "quarter")


def test_the_value_compared_with_keeps_its_own_time():
    t = ("Output in the first quarter of 2024 is estimated at Rs 12.5 lakh crore, as against Rs 11.8 lakh crore in "
         "the first quarter of 2023, showing a growth of 5.9 percent. Output grew by 5.9 percent in comparison to "
         "4.1 percent during the previous quarter.")
    pub = date(2024, 5, 31)
    q1 = ("2024-01-01", "2024-03-31", "quarter")
    assert resolve(t, "Rs 11.8 lakh crore", pub) == ("2023-01-01", "2023-03-31", "quarter")
    assert resolve(t, "5.9 percent", pub) == q1
    assert resolve(t, "5.9 percent", pub, nth=1) == q1


def test_quarter_numbered_after_the_word():
    t = "Output fell by 1.2% in Quarter 3 2022, and by 0.3% in Quarter 2 (Apr to June) 2022."
    pub = date(2022, 11, 11)
    assert resolve(t, "1.2%", pub) == ("2022-07-01", "2022-09-30", "quarter")
    assert resolve(t, "0.3%", pub) == ("2022-04-01", "2022-06-30", "quarter")


def test_after_a_change_with_no_time_is_the_reading_before():
    t = ("Consumer prices increased 2.4 percent in the second quarter. "
         "Excluding food and energy, prices increased 2.6 percent after increasing 3.3 percent.")
    pub = date(2024, 8, 29)
    assert resolve(t, "2.6 percent", pub) == ("2024-04-01", "2024-06-30", "quarter")
    assert resolve(t, "3.3 percent", pub) == ("2024-01-01", "2024-03-31", "quarter")


def test_a_year_earlier_base_does_not_hide_the_time_after_it():
    t = ("Energy prices fell 1.1 percent in November. Meanwhile, the cost of food rose by 4.5 percent from the "
         "previous year in December, and prices in December saw an increase of 0.1 percent, reversing the "
         "0.4 percent decline observed in November.")
    pub = date(2024, 1, 16)
    dec = ("2023-12-01", "2023-12-31", "month")
    assert resolve(t, "4.5 percent", pub) == dec
    assert resolve(t, "0.1 percent", pub) == dec
    assert resolve(t, "0.4 percent", pub) == ("2023-11-01", "2023-11-30", "month")


def test_a_possessive_month_reaches_its_noun_phrase():
    t = "Inflation rose to 3.7 percent in December from November's two-year low of 3.2 percent."
    assert resolve(t, "3.2 percent", date(2024, 1, 16)) == ("2023-11-01", "2023-11-30", "month")


def test_analysts_short_quarters_and_halves():
    t = "Refinery runs are forecast to rise from 300 kb/d in 1Q24 to 500 kb/d in 2Q24 and to 1.8 mb/d in 2H24."
    pub = date(2024, 5, 15)
    assert resolve(t, "500 kb/d", pub) == ("2024-04-01", "2024-06-30", "quarter")
    assert resolve(t, "1.8 mb/d", pub) == ("2024-07-01", "2024-12-31", "half")


def test_a_count_held_in_a_reviewed_year_stands_at_its_end():
    t = ("Highlights of the governor's report\n\n"
         "Fiscal revenue rose 6% to 300 billion yuan in 2023. In 2023, the value added of industry rose 7%.\n\n"
         "The coastal province boasted more than 51,000 high-tech enterprises.")
    assert resolve(t, "51,000", date(2024, 1, 22)) == ("2023-12-31", "2023-12-31", "point")


def test_a_contrast_ends_the_figure_s_clause_and_a_balance_a_year_before():
    t = ("Retail sales volume decreased 8.2 percent in January, in contrast to a 0.4 percent rise seen in "
         "December. The country logged a deficit of 1.4 trillion yen in July, compared with 434.5 billion yen in "
         "surplus a year before.")
    pub = date(2022, 8, 17)
    assert resolve(t, "8.2 percent", pub) == ("2022-01-01", "2022-01-31", "month")
    assert resolve(t, "434.5 billion yen", pub) == ("2021-07-01", "2021-07-31", "month")


def test_the_total_of_a_year_outstripped_is_a_base():
    t = ("In the first ten months, the province's trade rose 35.4 percent year on year.\n\n"
         "The trade figure has outstripped the total of 2019, the customs said.\n\n"
         "Private firms' trade rose 88 percent year on year.")
    pub = date(2021, 11, 14)
    assert resolve(t, "88 percent", pub) == ("2021-01-01", "2021-10-31", "ytd")


def test_added_after_a_figure_is_no_saying():
    t = "In 2023, installed solar capacity grew by 216 gigawatts, with 53 gigawatts added in December alone."
    assert resolve(t, "53 gigawatts", date(2024, 1, 26)) == ("2023-12-01", "2023-12-31", "month")


def test_a_lead_s_start_value_does_not_split_its_period():
    t = ("Euro area annual inflation is expected to be 4.3 percent in September 2023, down from 5.2 percent in "
         "August, according to a flash estimate.\n\nInflation was the fastest in Slovakia at 8.9 percent.")
    r = PeriodResolver(t, date(2023, 9, 29))
    assert (r.doc_period.start, r.doc_period.end) == (date(2023, 9, 1), date(2023, 9, 30))
    i = t.index("8.9 percent")
    p = r.resolve(i, i + 11, i, i + 11, change=True)  # a rate of change runs over the release's month
    assert (p.start, p.end, p.type) == (date(2023, 9, 1), date(2023, 9, 30), "month")
    p = r.resolve(i, i + 11, i, i + 11)  # a level read the same way stands on the release's day
    assert p.type == "point"


def test_an_index_with_no_time_is_the_release_month_s():
    t = "Germany's Ifo Business Climate rose to 86.2, up from 79.7, above the expectation of 85.0."
    got = {o.quote: o for o in extract(t, date(2020, 6, 24)).observations}
    assert got["86.2"].measure == "index"
    assert (got["86.2"].period.start, got["86.2"].period.type) == (date(2020, 6, 1), "month")
    assert got["79.7"].period.start == date(2020, 5, 1)  # the reading before


def test_the_time_of_an_earlier_estimate_dates_the_estimate():
    t = ("The bank expects the global economy to grow 2.9 percent in 2022, down 1.2 percentage points from its "
         "estimates in January.")
    assert resolve(t, "1.2 percentage points", date(2022, 6, 8)) == ("2022-01-01", "2022-12-31", "year")


def test_a_percent_over_a_dated_half_is_a_base_and_a_month_alone_a_time():
    t = ("In the first half of 2021, the province's GDP was 2.29 trillion yuan, a year-on-year increase of 12.3%; an "
         "increase of 12.9% over the first half of 2019. Industrial output rose 7.6 percent, with June alone up "
         "9.1 percent.")
    pub = date(2021, 8, 11)
    h1 = ("2021-01-01", "2021-06-30", "half")
    assert resolve(t, "12.9%", pub) == h1
    assert resolve(t, "9.1 percent", pub) == ("2021-06-01", "2021-06-30", "month")


def test_a_month_before_a_figure_s_noun_is_its_time():
    t = "For 2023, the country imported 500 million tonnes of ore.\n\nDecember shipments were 48.1 million tonnes."
    assert resolve(t, "48.1 million tonnes", date(2024, 1, 12)) == ("2023-12-01", "2023-12-31", "month")


def test_all_of_a_year_is_that_year():
    t = "In the first eight months, the deficit reached $59.55 billion, close to the $61.93 billion recorded for all of 2024."
    assert resolve(t, "$61.93 billion", date(2025, 9, 24)) == ("2024-01-01", "2024-12-31", "year")


def test_a_dated_photo_caption_before_the_lead_is_skipped():
    t = ("Foreign trade of the province on the upswing\n\n"
         "Aerial photo shows a freight train departing from the city's station, Nov. 20, 2020. (Photo agency)\n\n"
         "The province reported robust foreign trade growth in the first 10 months of 2021, according to customs.\n\n"
         "Its trade with ASEAN reached 171.5 billion yuan, up by 29 percent.")
    assert resolve(t, "171.5 billion yuan", date(2021, 11, 14)) == ("2021-01-01", "2021-10-31", "ytd")


def test_forecasts_a_figure_is_measured_against_are_of_the_period_reported():
    t = ("OSLO, March 4 (Reuters) - Norway's output contracted at an annualised clip of 1.6% in October-December "
         "from the previous quarter, data showed on Tuesday.\n"
         "The preliminary figure compared with economists' median forecast for a 0.9% decline in a Reuters poll.\n"
         "On a quarterly basis, output shrank 0.4%, compared with a consensus forecast of a 0.2% fall.")
    got = {o.quote: o for o in extract(t, date(2025, 3, 4)).observations}
    quarter = (date(2024, 10, 1), date(2024, 12, 31))
    assert got["1.6%"].value == -1.6
    for q in ("1.6%", "0.9%", "0.4%", "0.2%"):
        assert (got[q].period.start, got[q].period.end) == quarter, q


def test_a_dateline_or_a_date_alone_on_its_line_dates_the_text_not_its_figures():
    t = ("09:15 GMT, June 3, 2025\n"
         "LIMA, June 3 (Reuters) - Factory output rose 1.2% in April from March.")
    roles = {t[m.start:m.end]: m.role for m in PeriodResolver(t, date(2025, 6, 3)).mentions}
    assert roles["June 3, 2025"] == roles["June 3"] == "speech"
    assert roles["in April"] == "period"


def test_a_record_since_late_in_a_year_does_not_set_the_texts_year():
    t = ("LIMA (Reuters) - Peru's price index posted its largest monthly rise in two years in early May, driving "
         "annual inflation to its highest since late 2022.\n"
         "Prices in South America's third-largest economy were up 0.9% in the month to mid-May, the agency said, "
         "up from 0.2% in the previous month.\n"
         "Annual inflation hit 6.1%, up from the 5.6% reported in April.")
    got = {o.quote: o for o in extract(t, date(2024, 5, 24)).observations}
    may, april = (date(2024, 5, 1), date(2024, 5, 31)), (date(2024, 4, 1), date(2024, 4, 30))
    assert (got["0.9%"].period.start, got["0.9%"].period.end, got["0.9%"].period.type) == (*may, "month")
    assert got["0.9%"].region == "Peru"  # the epithet names no continent
    assert (got["0.2%"].period.start, got["0.2%"].period.end) == april
    assert (got["6.1%"].period.start, got["6.1%"].period.end) == may
    assert (got["5.6%"].period.start, got["5.6%"].period.end) == april


def test_a_change_on_the_month_before_is_the_months_in_a_monthly_release():
    t = ("Truck output falls in March\n\n"
         "In March, truck output fell 6.1 percent year on year.\n\n"
         "In the first quarter, truck output rose 2.2 percent year on year.\n\n"
         "Output of heavy trucks reached 91,000 units, down 4.0 percent month on month.")
    got = {o.quote: o.period for o in extract(t, date(2025, 4, 11)).observations}
    assert (got["4.0 percent"].start, got["4.0 percent"].end) == (date(2025, 3, 1), date(2025, 3, 31))
    assert (got["2.2 percent"].start, got["2.2 percent"].end) == (date(2025, 1, 1), date(2025, 3, 31))


def test_a_time_inside_a_relative_clause_is_the_asides_figure():
    t = ("In May, textile output rose 2.0 percent year on year. In terms of products, yarn, which fell 3.1 percent "
         "in April, grew by 4.4 percent and cloth grew by 1.2 percent.")
    pub = date(2024, 6, 15)
    assert resolve(t, "3.1 percent", pub) == ("2024-04-01", "2024-04-30", "month")
    assert resolve(t, "4.4 percent", pub) == ("2024-05-01", "2024-05-31", "month")
    assert resolve(t, "1.2 percent", pub) == ("2024-05-01", "2024-05-31", "month")


def test_a_change_economists_had_expected_is_of_the_period_reported():
    t = ("VIENNA (dpa-AFX) - Austrian output fell 0.4 percent on a monthly basis in May. "
         "Economists had forecast an increase of 0.3 percent.\n"
         "On a yearly basis, output decreased 2.1 percent; consumer goods output fell 1.0 percent and that of "
         "capital goods by 2.6 percent.")
    got = {o.quote: o for o in extract(t, date(2024, 7, 9)).observations}
    may = (date(2024, 5, 1), date(2024, 5, 31))
    assert (got["0.3 percent"].period.start, got["0.3 percent"].period.end) == may
    assert got["2.1 percent"].measure == "growth_yoy_pct"
    assert got["2.6 percent"].value == -2.6


def test_a_rate_move_stands_on_the_day_and_a_growth_rate_is_not_a_days():
    t = ("The central bank today hiked its key policy rate by 25 basis points (bps) to 5.75 percent in its last "
         "meeting of 2024. Governor Lee projected growth for 2024 at 2.2 percent on December 11, down from the "
         "2.5 percent estimated earlier.")
    got = {o.quote: o.period for o in extract(t, date(2024, 12, 11)).observations}
    today = (date(2024, 12, 11), date(2024, 12, 11))
    assert (got["25 basis points"].start, got["25 basis points"].end) == today
    assert (got["5.75 percent"].start, got["5.75 percent"].end) == today
    assert (got["2.2 percent"].start, got["2.2 percent"].end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_level_now_below_its_earlier_level_is_the_named_quarters_change():
    t = ("The level of quarterly output in Quarter 2 2023 is now 1.2% below its pre-pandemic level "
         "(Quarter 4 (Oct to Dec) 2019). June's figure now stands at 52,000.")
    got = {o.quote: o for o in extract(t, date(2023, 8, 11), "Office for National Statistics").observations}
    o = got["1.2%"]
    assert (o.measure, o.value, o.period.start, o.period.end) == ("growth_pct", -1.2, date(2023, 4, 1), date(2023, 6, 30))
    assert "4" not in got
    assert (got["52,000"].period.start, got["52,000"].period.end) == (date(2023, 6, 1), date(2023, 6, 30))


def test_year_on_year_start_values_and_levels_of_a_named_month_are_bases():
    t = ("The urban inflation rate rose on a year-on-year basis to 18.2 percent from 12.1 percent recorded in "
         "April 2023. Total employment is now 310,000 above its February 2020 level. "
         "Prices in the euro area rose 2.4 percent in 2023 Euro Area terms.")
    got = {o.quote: o for o in extract(t, date(2024, 5, 15)).observations}
    assert (got["18.2 percent"].period.start, got["18.2 percent"].period.end) == (date(2024, 4, 1), date(2024, 4, 30))
    assert got["310,000"].period.start != date(2020, 2, 1)
    assert "2023 Euro" not in got


def test_in_the_year_and_the_compared_figures_own_time():
    t = ("Henan economy grows in 2024\n\n"
         "Some 52.1 million pigs were slaughtered in the year, down 2.3% year on year. "
         "Retail sales rose 6.1 percent in the first five months from a year earlier, compared with a 3.2 percent "
         "growth in the same period of 2023 and a 1.1 percent rise in 2022.")
    got = {o.quote: o.period for o in extract(t, date(2025, 1, 21)).observations}
    assert (got["52.1 million"].start, got["52.1 million"].end) == (date(2024, 1, 1), date(2024, 12, 31))
    assert (got["3.2 percent"].start, got["3.2 percent"].end) == (date(2023, 1, 1), date(2023, 5, 31))
    assert (got["1.1 percent"].start, got["1.1 percent"].end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_a_change_to_last_year_is_compared_with_it():
    t = "In Q1, exports of the province reached 40.2 billion yuan, an increase of 9.1 percent to last year."
    assert resolve(t, "9.1 percent", date(2024, 4, 17)) == ("2024-01-01", "2024-03-31", "quarter")


def test_what_else_was_said_after_adding_is_another_clause():
    t = ("The council has predicted that power use will grow steadily in 2025.\n\n"
         "Consumption will increase by about 5 percent year on year, the council said, adding that growth is "
         "expected to pick up in the second quarter of this year.")
    assert resolve(t, "5 percent", date(2025, 3, 2)) == ("2025-01-01", "2025-12-31", "year")


def test_a_change_since_a_month_is_on_that_months_level():
    t = ("Total hours worked were down 0.5% in August 2025. Despite declining by 0.9% since May, hours worked were up "
         "1.8% on a year-over-year basis.")
    got = {o.quote: o for o in extract(t, date(2025, 9, 5), "Statistics Canada").observations}
    aug = (date(2025, 8, 1), date(2025, 8, 31))
    assert (got["0.9%"].measure, (got["0.9%"].period.start, got["0.9%"].period.end)) == ("growth_pct", aug)
    assert (got["1.8%"].period.start, got["1.8%"].period.end) == aug


def test_a_month_ahead_in_a_forecast_is_the_coming_one():
    t = ("Inflation could climb to almost 5 per cent in February, before peaking at 6.1 per cent in April, the "
         "bank warned. The bank seems certain to deliver another increase in March, taking its rate to 4.75%.")
    pub = date(2026, 1, 20)
    assert resolve(t, "6.1 per cent", pub) == ("2026-04-01", "2026-04-30", "month")
    assert resolve(t, "4.75%", pub) == ("2026-03-01", "2026-03-31", "month")


def test_a_months_own_figure_and_the_lead_after_a_start_value():
    t = ("Fuel prices rose 12.1 percent in May compared with May 2024, following a 9.8 percent increase in April 2025.\n\n"
         "Prices for food rose 6.2 percent in May, compared with April's 6.6 percent. Prices for fish rose 3.1 "
         "percent, and fresh fruit 4.4 percent.\n\n"
         "Shoppers paid more for rice, with an increase of 14.2 percent.")
    got = {o.quote: o for o in extract(t, date(2025, 6, 17), "Statistics Canada").observations}
    may = (date(2025, 5, 1), date(2025, 5, 31))
    assert got["12.1 percent"].measure == "growth_yoy_pct"
    for q in ("3.1 percent", "4.4 percent", "14.2 percent"):
        assert (got[q].period.start, got[q].period.end) == may, q


def test_a_vote_to_keep_the_rate_and_a_rate_held_since_a_month():
    t = ("The committee voted 4-2 to keep the policy repo rate unchanged at 5.25 percent. "
         "The repo has been at 5.25 percent since March 2024. Output declined by 1.2% since June.")
    pub = date(2025, 8, 6)
    assert resolve(t, "5.25 percent", pub) == ("2025-08-06", "2025-08-06", "point")
    assert resolve(t, "5.25 percent", pub, nth=1) == ("2024-03-01", "2025-08-06", "range")


def test_part_of_a_month_and_sentences_run_together():
    t = ("Exports increased 4.1 percent on-year in the first 10 days of March, data showed Tuesday.Outbound "
         "shipments reached $15.2 billion in the Mar. 1-10 period, compared with $14.6 billion a year earlier."
         "Imports fell 2.0 percent on-year.")
    got = {o.quote: o for o in extract(t, date(2025, 3, 11), "Korea Customs Service").observations}
    days = (date(2025, 3, 1), date(2025, 3, 10))
    assert got["4.1 percent"].measure == "growth_yoy_pct"
    assert (got["4.1 percent"].period.start, got["4.1 percent"].period.end) == days
    assert (got["$14.6 billion"].period.start, got["$14.6 billion"].period.end) == (date(2024, 3, 1), date(2024, 3, 10))
    assert (got["2.0 percent"].period.start, got["2.0 percent"].period.end) == days


def test_the_previous_three_months_after_a_quarters_figure_is_the_quarter_before():
    t = ("The agency put the number of unemployed at 4.1 million in the three months to the end of June, up from "
         "3.9 million in the previous three months.")
    assert resolve(t, "3.9 million", date(2025, 8, 12)) == ("2025-01-01", "2025-03-31", "quarter")


def test_a_start_value_before_to_is_the_reading_before():
    t = "Turkish inflation report for May\n\nThe annual increase in the core index slowed from 58.2% to 49.4%."
    assert resolve(t, "58.2%", date(2025, 6, 3)) == ("2025-04-01", "2025-04-30", "month")
    assert resolve(t, "49.4%", date(2025, 6, 3)) == ("2025-05-01", "2025-05-31", "month")


def test_the_previous_months_own_figure():
    t = "The core index rose 2.1% in May, up from the previous month’s 1.8%."
    assert resolve(t, "1.8%", date(2025, 6, 3)) == ("2025-04-01", "2025-04-30", "month")
    assert resolve(t, "2.1%", date(2025, 6, 3)) == ("2025-05-01", "2025-05-31", "month")


def test_a_rate_raised_from_one_level_to_another_stands_on_the_day():
    t = "The central bank has raised interest rates from 3.25 to 3.5 per cent to curb inflation."
    assert resolve(t, "3.5 per cent", date(2025, 2, 6)) == ("2025-02-06", "2025-02-06", "point")


def test_points_from_an_earlier_span_compare_with_it():
    t = ("From January to July, the city's exports rose 6.4% year on year, an increase of 1.9 percentage points "
         "from January to June.")
    assert resolve(t, "1.9 percentage points") == JAN_JUL


def test_an_abbreviation_before_a_capital_does_not_end_the_sentence_a_time_is_read_in():
    t = "The city's output totaled 1.2 trillion yuan (about 170 billion U.S. Dollars) last year, the bureau said."
    assert resolve(t, "1.2 trillion yuan", published=date(2025, 1, 20)) == ("2024-01-01", "2024-12-31", "year")


def test_a_streak_since_a_month_and_the_corresponding_period_are_no_times_of_the_figures():
    t = ("The trade surplus amounted to 14.3 billion, the 50th consecutive month of surplus registered since May "
         "2020.\n\nFor the first half of 2024, trade grew 8.4% compared to the corresponding period in 2023. "
         "Exports rose 3.9% to 731.1 billion.")
    assert resolve(t, "14.3 billion", published=date(2024, 7, 18)) != ("2020-05-01", "2020-05-31", "month")
    assert resolve(t, "3.9%", published=date(2024, 7, 18)) == ("2024-01-01", "2024-06-30", "half")


def test_a_lead_with_a_trends_times_reports_on_its_figures_time():
    t = ("Ruritania's trade has kept rising so far this year, growing since January and recording an 8.7% "
         "year-on-year (y-o-y) expansion in June.\n\nThe ministry said in a statement that exports rose by 1.7%.")
    assert resolve(t, "1.7%", published=date(2024, 7, 18)) == ("2024-06-01", "2024-06-30", "month")
