"""The document's own date and year: publication, event date in the lead, inferred year."""
from datetime import date

from period_support import resolve


def test_event_date_in_the_lead_dates_the_stocks():
    t = (
        "Briefing on the telecom sector\n\n"
        "On March 4, 2025, the ministry held a press conference on the sector's results in 2024.\n\n"
        "So far, 4.2 million base stations have been built."
    )
    assert resolve(t, "4.2 million", published=date(2025, 3, 10)) == ("2025-03-04", "2025-03-04", "point")


def test_event_date_long_before_publication_is_not_used():
    t = (
        "Looking back\n\n"
        "On March 4, 2019, the ministry held a press conference.\n\n"
        "So far, 4.2 million base stations have been built."
    )
    assert resolve(t, "4.2 million", published=date(2025, 3, 10)) == ("2025-03-10", "2025-03-10", "point")


def test_dateline_in_the_text_when_no_date_is_given():
    t = "Freight update\n\nPublished: Sep 2, 2024 10:05\n\nCurrently, 310 freight routes are open."
    assert resolve(t, "310", published=None) == ("2024-09-02", "2024-09-02", "point")


def test_year_inferred_from_a_completed_year():
    t = (
        "Paper industry review\n\n"
        "Paper output fell 2.5% in 2024, the association said. "
        "Profits rose 3% last year, and a further 2% rise is expected this year."
    )
    assert resolve(t, "3%", published=None) == ("2024-01-01", "2024-12-31", "year")
    assert resolve(t, "2%", published=None) == ("2025-01-01", "2025-12-31", "year")


def test_year_inferred_from_the_nearest_forecast_year():
    # a forecast is for the current year or later: a text that only forecasts speaks from the nearest year
    t = "Outlook\n\nThe fund expects growth of 3.1% in 2026, after 2.9% in 2025. Inflation is seen at 2% this year."
    assert resolve(t, "2%", published=None) == ("2025-01-01", "2025-12-31", "year")
    t = "Oil demand is set to rise by 1.1 mb/d in 2024 and by 1.2 mb/d in 2025, to its highest level since 2016."
    assert resolve(t, "1.1 mb/d", published=None) == ("2024-01-01", "2024-12-31", "year")


def test_year_inferred_from_the_base_of_a_year_on_year_change():
    # a text whose only year is the base of a change on the same month a year earlier reports the year after
    t = "Mills in Ohio shipped 12% more steel in March than in the same month in 2021, the association said."
    assert resolve(t, "12%", published=None) == ("2022-03-01", "2022-03-31", "month")
    t = "Ohio's exports fell 4% in the second quarter from the same quarter of 2021."
    assert resolve(t, "4%", published=None) == ("2022-04-01", "2022-06-30", "quarter")


def test_no_date_and_no_year_gives_unknown_for_relative_words():
    t = "Imports of ore rose 5% this year, traders said."
    assert resolve(t, "5%", published=None) == (None, None, "unknown")


def test_stock_without_any_document_date_is_unknown():
    t = "Company profile\n\nThe group currently runs 57 mills."
    assert resolve(t, "57", published=None) == (None, None, "unknown")


def test_since_the_beginning_of_the_year_ends_with_the_last_complete_month():
    t = "Since the beginning of the year, the port has handled 3.3 million containers."
    assert resolve(t, "3.3 million") == ("2024-01-01", "2024-07-31", "ytd")


def test_over_the_past_two_years():
    t = "Carbon intensity in the sector has dropped by more than 9% over the past two years."
    assert resolve(t, "9%") == ("2022-08-01", "2024-07-31", "range")


def test_bare_month_year_and_as_of_late_month():
    t = "Average data use per user was 19GB in December 2023."
    assert resolve(t, "19GB") == ("2023-12-01", "2023-12-31", "month")
    t = "The platform had 800 million users as of late June."
    assert resolve(t, "800 million") == ("2024-06-30", "2024-06-30", "point")


def test_statement_date_is_not_the_period():
    t = "Analysts expect output to expand 4% this year, above the 3.5% the bank had forecast in January."
    assert resolve(t, "3.5%") == ("2024-01-01", "2024-12-31", "year")


def test_year_naming_an_event_is_not_a_period():
    t = "Currently, 64 exhibitors have booked space at the 2025 World Battery Fair."
    assert resolve(t, "64") == ("2024-08-20", "2024-08-20", "point")


def test_plan_named_as_a_programme_is_not_a_period():
    t = "The city finished 18 projects under the 14th Five-Year Plan in 2023."
    assert resolve(t, "18") == ("2023-01-01", "2023-12-31", "year")


def test_end_of_plan_period_is_a_point():
    t = "By the end of the 15th Five-Year Plan period, forest cover should reach 26%."
    assert resolve(t, "26%") == ("2030-12-31", "2030-12-31", "point")


def test_values_in_a_from_to_change():
    t = "In 2023, the share of coal in power fell from 61% in 2018 to 54%, while gas rose from 3% to 4%."
    assert resolve(t, "61%") == ("2018-01-01", "2018-12-31", "year")
    assert resolve(t, "54%") == ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "3%") == ("2018-01-01", "2018-12-31", "year")
    assert resolve(t, "4%") == ("2023-01-01", "2023-12-31", "year")


def test_list_closed_by_a_time_phrase():
    t = "The army plans to buy 120 drones, 40 trucks, and 12 radars in 2025."
    assert resolve(t, "120") == ("2025-01-01", "2025-12-31", "year")
