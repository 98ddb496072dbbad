"""The time of the text before a number: a paragraph's opening phrase, the paragraphs before
it, section headings, targets sections, forecasts by others. All texts are composed for
these tests."""
from datetime import date

from period_support import resolve as resolve_at


def resolve(text: str, number: str, published: date | None = date(2023, 9, 12), nth: int = 0):
    return resolve_at(text, number, published, nth)


AUG = ("2023-08-01", "2023-08-31", "month")
JAN_AUG = ("2023-01-01", "2023-08-31", "ytd")
Y2022 = ("2022-01-01", "2022-12-31", "year")
Y2023 = ("2023-01-01", "2023-12-31", "year")
UNKNOWN = (None, None, "unknown")

# a release about one month
MONTHLY = (
    "Freight volumes climb in August as ports recover\n\n"
    "Rail freight rose 4.1 percent year on year to 331 million tonnes in August, the transport "
    "ministry said on Tuesday.\n\n"
    "Measured in tonne-kilometers, rail freight grew 3.3 percent year on year to 296 billion, ahead of the "
    "2.8 percent gain forecast by analysts, and road freight slipped 0.6 percent.\n\n"
    "From January to August, rail freight totaled 2.51 billion tonnes, up 2.9 percent. Coal "
    "shipments rose 1.7 percent to 1.36 billion tonnes. Container shipments rose 8.4 percent to "
    "19.2 million units.\n\n"
    "Port throughput grew 5.5 percent to 11.2 billion tonnes in the first eight months, with "
    "foreign trade cargo up 9.0 percent.\n\n"
    "Waterway freight rose 6.1 percent to 6.3 billion tonnes.\n"
)


def test_a_paragraph_opening_phrase_carries_through_its_paragraph_in_a_monthly_release():
    assert resolve(MONTHLY, "1.36 billion") == JAN_AUG
    assert resolve(MONTHLY, "1.7 percent") == JAN_AUG
    assert resolve(MONTHLY, "19.2 million") == JAN_AUG
    assert resolve(MONTHLY, "8.4 percent") == JAN_AUG


def test_a_sentence_without_time_in_a_monthly_release_takes_the_month():
    # "forecast by analysts" is an expectation about the month reported, not a forecast
    assert resolve(MONTHLY, "3.3 percent") == AUG
    assert resolve(MONTHLY, "296 billion") == AUG
    assert resolve(MONTHLY, "2.8 percent") == AUG
    assert resolve(MONTHLY, "0.6 percent") == AUG


def test_a_forecast_of_the_text_itself_stays_a_forecast():
    t = (
        "Rail freight outlook\n\n"
        "Rail freight is projected by the ministry to grow 3 percent.\n"
    )
    assert resolve(t, "3 percent") == UNKNOWN


def test_a_paragraph_without_time_continues_the_span_the_text_moved_on_to():
    assert resolve(MONTHLY, "6.3 billion") == JAN_AUG
    assert resolve(MONTHLY, "6.1 percent") == JAN_AUG


def test_an_aside_narrower_than_the_documents_period_does_not_carry():
    t = (
        "Rail freight rises 2.9% in first eight months\n\n"
        "Rail freight totaled 2.51 billion tonnes in the first eight months, up 2.9 percent.\n\n"
        "In August alone, rail freight rose 4.1 percent to 331 million tonnes.\n\n"
        "Container shipments rose 8.4 percent to 19.2 million units.\n"
    )
    assert resolve(t, "19.2 million") == JAN_AUG


def test_a_paragraph_about_an_event_sets_no_time_for_figures():
    t = (
        "Steel makers consolidate\n\n"
        "In 2022, the ministry issued a plan to raise industry concentration.\n\n"
        "The group now sells more than 60 grades of plate.\n"
    )
    assert resolve(t, "60", date(2024, 2, 1)) != Y2022


REPORT = (
    "Riverton Municipal Government Work Report\n\n"
    "Delivered at the Second Session of the Riverton People's Congress\n\n"
    "1. Review of work in 2022\n\n"
    "Over the past year, the city's output reached 410 billion yuan, up 4.4 percent.\n\n"
    "Retail sales grew 2.1 percent to 150 billion yuan. Exports came to 9.3 billion dollars.\n\n"
    "2. Main targets for 2023\n\n"
    "The main targets for the coming year are:\n"
    "- economic growth of around 5 percent;\n"
    "- retail sales growth of 6 percent;\n"
    "- more than 90,000 new urban jobs.\n\n"
    "We will build 2,000 charging stations and raise the share of clean power to 45 percent by 2025.\n\n"
    "Spending of 3 billion yuan will be arranged for schools.\n"
)
JAN = date(2023, 1, 18)


def test_a_section_heading_sets_the_time_of_its_paragraphs():
    assert resolve(REPORT, "410 billion", JAN) == Y2022
    assert resolve(REPORT, "2.1 percent", JAN) == Y2022
    assert resolve(REPORT, "150 billion", JAN) == Y2022
    assert resolve(REPORT, "9.3 billion", JAN) == Y2022


def test_targets_under_a_targets_heading_are_for_its_year():
    assert resolve(REPORT, "5 percent", JAN) == Y2023
    assert resolve(REPORT, "6 percent", JAN) == Y2023
    assert resolve(REPORT, "3 billion yuan", JAN) == Y2023


def test_a_deadline_stays_a_point():
    assert resolve(REPORT, "45 percent", JAN) == ("2025-12-31", "2025-12-31", "point")


def test_the_coming_year_in_a_january_report_is_the_year_begun():
    t = "Outlook\n\nThe city expects output to grow 5 percent in the coming year.\n"
    assert resolve(t, "5 percent", JAN) == Y2023
    # later in the year it is the next one
    assert resolve(t, "5 percent", date(2023, 10, 5)) == ("2024-01-01", "2024-12-31", "year")


def test_the_past_year_in_january_is_the_year_before():
    t = "Review\n\nOver the past year, exports rose 3.2 percent to 81 billion dollars.\n"
    assert resolve(t, "81 billion", JAN) == Y2022
    t = "Review\n\nLast year, exports rose 3.2 percent to 81 billion dollars.\n"
    assert resolve(t, "81 billion", JAN) == Y2022


def test_this_year_in_a_targets_section_of_a_january_report():
    t = (
        "Government work report\n\n"
        "II. Targets for this year\n\n"
        "Output should grow by around 5 percent, and retail sales by 6 percent.\n"
    )
    assert resolve(t, "5 percent", JAN) == Y2023


def test_a_change_from_a_start_value_with_its_own_time_is_the_reading_after_it():
    t = (
        "Jobless rate edges up\n\n"
        "The jobless rate climbed to 6.2 percent from 6.0 percent in April, the agency said.\n\n"
        "Output fell to 1.1 percent from 1.6 percent in the first quarter.\n"
    )
    pub = date(2023, 6, 9)
    assert resolve(t, "6.2 percent", pub) == ("2023-05-01", "2023-05-31", "month")
    assert resolve(t, "1.1 percent", pub) == ("2023-04-01", "2023-06-30", "quarter")


def test_annual_wage_growth_over_twelve_months_is_the_months_reading():
    t = (
        "Pay growth holds\n\n"
        "In the 12 months to April, average earnings increased 5.8 percent.\n"
    )
    assert resolve(t, "5.8 percent", date(2023, 6, 9)) == ("2023-04-01", "2023-04-30", "month")


def test_goods_bought_are_a_flow_of_the_period():
    t = (
        "Refiners buy more crude in the first half\n\n"
        "In the first half, refiners imported more fuel. On the import side, the country bought "
        "211 million tonnes of crude oil.\n"
    )
    assert resolve(t, "211 million", date(2023, 7, 14)) == ("2023-01-01", "2023-06-30", "half")


def test_the_final_three_months_of_a_year_are_its_fourth_quarter():
    t = (
        "Euro area output\n\n"
        "Output in the bloc grew 0.4% in the final three months of 2022, after 0.3% growth earlier.\n\n"
        "Farm incomes fell 1.2% in the last quarter of 2021.\n"
    )
    pub = date(2023, 3, 1)
    assert resolve(t, "0.4%", pub) == ("2022-10-01", "2022-12-31", "quarter")
    assert resolve(t, "1.2%", pub) == ("2021-10-01", "2021-12-31", "quarter")


def test_a_policy_rate_kept_in_a_range_since_a_month_stands_now():
    t = (
        "Central bank on hold\n\n"
        "The central bank has kept its key policy rate in the 3.75%-4.00% range since July, "
        "after raising it twice last year.\n"
    )
    pub = date(2023, 11, 3)
    now = ("2023-11-03", "2023-11-03", "point")
    assert resolve(t, "3.75%", pub) == now
    assert resolve(t, "4.00%", pub) == now


def test_a_list_of_highlight_lines_takes_the_time_of_its_heading():
    text = ("Highlights of the provincial work report\n\n"
            "I. A review of the work in 2023\n\n"
            "Provincial GDP was up by 6.1%\n\n"
            "Industrial value added was up by 7.5%\n\n"
            "Retail sales were up by 8.8%\n\n"
            "Fixed asset investment was up by 2.2%\n\n"
            "Foreign trade was up by 12.4%\n\n"
            "(1) Consumption recovered\n\n"
            "Tourism revenue rose 31.5%, and the number of visitors grew 22.1%.")
    for number in ("6.1%", "12.4%", "22.1%"):
        assert resolve(text, number, date(2024, 1, 25)) == ("2023-01-01", "2023-12-31", "year")


def test_halves_written_as_two_quarters_and_the_months_of_the_report():
    text = "GDP in the first three quarters\n\nRetail sales fell 2.2% in the first three quarters, up from a 5% slump in Q1 and Q2."
    assert resolve(text, "5%") == ("2023-01-01", "2023-06-30", "half")
    text = "In the first nine months, output rose 3.9%.\n\nDuring the nine months, farm output rose by 2.1% year on year."
    assert resolve(text, "2.1%") == ("2023-01-01", "2023-09-30", "ytd")
