"""Stocks stand at a date, flows cover a period; goals, bases and timeless statements."""

from datetime import date

from period_support import resolve


TODAY = ("2024-08-20", "2024-08-20", "point")


def test_count_without_a_flow_word_stands_at_the_document_date():
    t = (
        "Shipyards in the first half of 2024\n\n"
        "Completions rose 9% year on year. More than 300 yards have been certified for green fuels."
    )
    assert resolve(t, "9%") == ("2024-01-01", "2024-06-30", "half")
    assert resolve(t, "300") == TODAY


def test_new_additions_are_a_flow():
    t = "In the first half of the year, the region added power lines and opened 42 new charging hubs."
    assert resolve(t, "42") == ("2024-01-01", "2024-06-30", "half")


def test_cumulative_total_is_a_point():
    t = (
        "Rail review for 2023\n\n"
        "Passenger trips rose 30% year on year. Cumulatively, 4,500 km of high-speed track have been laid."
    )
    assert resolve(t, "30%") == ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "4,500 km") == TODAY


def test_nearer_cue_decides_between_stock_and_flow():
    t = "Car review for 2023\n\nThe R&D intensity of carmakers reached 3.2%, with a total of 9,800 patents held."
    assert resolve(t, "3.2%") == ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "9,800") == TODAY


def test_by_end_of_year_is_a_year_for_flows_and_a_point_for_stocks():
    t = "By the end of 2023, the revenue of the cloud sector reached 600 billion yuan."
    assert resolve(t, "600 billion") == ("2023-01-01", "2023-12-31", "year")
    t = "By the end of 2023, the number of data centers reached 8,100."
    assert resolve(t, "8,100") == ("2023-12-31", "2023-12-31", "point")


def test_goal_by_year_is_a_point_even_for_a_flow_word():
    t = "The city aims to lift the share of clean buses to 80% and raise investment by 15% by 2027."
    assert resolve(t, "80%") == ("2027-12-31", "2027-12-31", "point")
    assert resolve(t, "15%") == ("2027-12-31", "2027-12-31", "point")


def test_forecast_for_a_year_already_over_is_that_year():
    t = "Analysts said that by 2023, the sector's sales are expected to have reached 2 trillion yuan."
    assert resolve(t, "2 trillion") == ("2023-01-01", "2023-12-31", "year")


def test_change_since_a_base_date_runs_to_the_document_date():
    t = "The automation rate of coal mines rose 25% compared with the end of 2020."
    assert resolve(t, "25%") == ("2021-01-01", "2024-08-20", "range")


def test_change_set_beside_a_figure_shares_its_period():
    t = "The number of registered drones has exceeded 1.9 million, up 40% compared with a year earlier."
    assert resolve(t, "40%") == TODAY
    t = "In the first half of the year, retail sales reached 23 trillion yuan, up 3.7% year on year."
    assert resolve(t, "3.7%") == ("2024-01-01", "2024-06-30", "half")


def test_change_without_base_or_time_is_unknown():
    t = (
        "Robot review for 2023\n\n"
        "Robotic welding brought an average productivity increase of 35% and cut defect rates by 20%."
    )
    assert resolve(t, "35%") == (None, None, "unknown")
    assert resolve(t, "20%") == (None, None, "unknown")


def test_timeless_statement_is_unknown():
    t = "Mining review for 2023\n\nRecycled copper requires only 15% of the energy of mined copper."
    assert resolve(t, "15%") == (None, None, "unknown")


def test_number_used_as_a_modifier_is_unknown():
    t = "In 2023, the 27-member bloc cut tariffs on 300 products."
    assert resolve(t, "27") == (None, None, "unknown")


def test_percentage_point_gap_is_not_a_stock():
    t = "In the first half of the year, exports grew 6%, which was 1.5 percentage points higher than a year before."
    assert resolve(t, "1.5 percentage points") == ("2024-01-01", "2024-06-30", "half")


def test_strong_stock_word_after_the_number():
    t = "Power report for the first half of 2024\n\nThere were 12,000 wind turbines in operation."
    assert resolve(t, "12,000") == TODAY


def test_a_level_reported_unchanged_is_the_reading_of_the_period():
    t = "Jobs report for July\n\nThe jobless rate rose in July. The number of unemployed was essentially unchanged at 7.1 million."
    assert resolve(t, "7.1 million") == ("2024-07-01", "2024-07-31", "month")


def test_things_created_in_the_period_and_volumes_are_flows():
    t = ("The province in 2023\n\nThe economy grew steadily in 2023. A total of 1.1 million jobs were created in towns. "
         "Freight volume reached 3.2 billion tonnes.")
    assert resolve(t, "1.1 million") == ("2023-01-01", "2023-12-31", "year")
    assert resolve(t, "3.2 billion") == ("2023-01-01", "2023-12-31", "year")


def test_signed_changes_of_counts_are_the_reported_months():
    t = ("Labour Force Survey, July 2024\n\nEmployment rose by 41,000 in July. "
         "There were more people employed in construction (+12,000; +0.8%) and fewer in retail trade (-9,000; -0.4%).")
    assert resolve(t, "+12,000") == ("2024-07-01", "2024-07-31", "month")
    assert resolve(t, "-9,000") == ("2024-07-01", "2024-07-31", "month")


def test_cumulative_total_named_with_a_period_stands_at_its_end():
    t = "In the first half of this year, cumulative wind capacity passed 400 million kilowatts, and output rose 8%."
    assert resolve(t, "400 million") == ("2024-06-30", "2024-06-30", "point")
    assert resolve(t, "8%") == ("2024-01-01", "2024-06-30", "half")


def test_change_set_beside_a_figure_as_a_noun_takes_its_period():
    t = "Grain trade in 2022\n\nWheat imports totaled 9.6 million tons, a 3.1% decline."
    assert resolve(t, "3.1%", published=None) == ("2022-01-01", "2022-12-31", "year")
    t = "Grain trade in 2022\n\nMaize imports totaled 20 million tons, a 4.2% decline from 2021."
    assert resolve(t, "4.2%", published=None) == ("2022-01-01", "2022-12-31", "year")


def test_a_flow_valued_at_an_amount_is_no_market_quote():
    t = ("Port trade up in the first quarter\n\nIn the first quarter, trade of the port rose 5%.\n\n"
         "Its trade with India reached 2 billion yuan, while its imports and exports with Africa were valued at "
         "12 billion yuan.")
    assert resolve(t, "12 billion") == ("2024-01-01", "2024-03-31", "quarter")


def test_installed_capacity_stands_at_the_periods_end_newly_installed_is_a_flow():
    t = "In the first half of 2024, installed capacity of wind power reached 470 million kilowatts."
    assert resolve(t, "470 million") == ("2024-06-30", "2024-06-30", "point")
    t = "In the first half of 2024, newly installed capacity of wind power reached 47 million kilowatts."
    assert resolve(t, "47 million") == ("2024-01-01", "2024-06-30", "half")


def test_a_cumulative_flow_is_summed_over_its_span():
    t = ("From January to October, the cumulative domestic production of chips was 276 billion units. "
         "By the end of October, cumulative installed capacity reached 640 gigawatts.")
    assert resolve(t, "276 billion units", date(2024, 11, 20)) == ("2024-01-01", "2024-10-31", "ytd")
    assert resolve(t, "640 gigawatts", date(2024, 11, 20)) == ("2024-10-31", "2024-10-31", "point")
