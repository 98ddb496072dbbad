"""Time carried over from titles, lead sentences, headlines and earlier paragraphs."""

from period_support import resolve


H1_2024 = ("2024-01-01", "2024-06-30", "half")


def test_title_sets_the_reporting_period_for_undated_growth():
    t = (
        "Guangdong's economy in the first half of 2024\n\n"
        "The provincial statistics bureau released its figures on Tuesday.\n\n"
        "Industrial output grew 5.8% year on year, and retail sales rose 2.1%."
    )
    assert resolve(t, "5.8%") == H1_2024
    assert resolve(t, "2.1%") == H1_2024


def test_opening_phrase_carries_to_following_sentences_of_the_paragraph():
    t = (
        "In the first half of the year, port throughput reached 1.2 billion tonnes. "
        "Container volume rose 6.4% year on year. Exports of machinery grew 9.9%.\n\n"
        "Officials expect demand to stay firm."
    )
    assert resolve(t, "6.4%") == H1_2024
    assert resolve(t, "9.9%") == H1_2024


def test_opening_phrase_does_not_cross_into_the_next_paragraph():
    t = (
        "In the first half of the year, port throughput reached 1.2 billion tonnes.\n\n"
        "A crane operator said sales of spare parts rose 7% on strong demand."
    )
    assert resolve(t, "7%", published=None) == (None, None, "unknown")


def test_contrasting_sentence_sets_no_context():
    t = (
        "In 2023, wind capacity grew 12%, while in 2022 it grew 9%. "
        "Solar investment rose 20% year on year."
    )
    assert resolve(t, "20%", published=None) == (None, None, "unknown")


def test_referring_sentence_takes_the_previous_time():
    t = "The navy spent $30 billion on new ships last year. This was equivalent to 1.1% of GDP."
    assert resolve(t, "1.1%") == ("2023-01-01", "2023-12-31", "year")
    t = "Coal imports fell 8% in 2023. Meanwhile, gas imports grew 11%."
    assert resolve(t, "11%") == ("2023-01-01", "2023-12-31", "year")


def test_continuation_paragraph_takes_the_previous_paragraph_time():
    t = (
        "Textile exports reached $140 billion in 2023.\n\n"
        "In addition, shoe exports rose 4% to $50 billion."
    )
    assert resolve(t, "4%") == ("2023-01-01", "2023-12-31", "year")


def test_headline_takes_the_time_of_its_lead_sentence():
    t = (
        "Harbin tourism income tops 100b yuan\n\n"
        "By A REPORTER\n\n"
        "Harbin received 90 million visitors in 2023, the city government said.\n"
    )
    assert resolve(t, "100b yuan") == ("2023-01-01", "2023-12-31", "year")


def test_goal_without_deadline_takes_the_deadline_stated_just_before():
    t = (
        "The ministry wants the sector to be globally competitive by 2030.\n\n"
        "Energy use per tonne of steel is expected to fall by 10% from 2020 levels, officials said."
    )
    assert resolve(t, "10%") == ("2030-12-31", "2030-12-31", "point")


def test_goal_deadline_does_not_cross_a_headline():
    t = (
        "The ministry wants the sector to be globally competitive by 2030.\n\n"
        "Rail freight hits record\n\n"
        "Rail freight volume is expected to rise by 6% as coal demand picks up."
    )
    assert resolve(t, "6%") == (None, None, "unknown")


def test_line_broken_mid_word_over_a_caption_continues_the_sentence():
    t = (
        "Output of cement fell 4.2% year-on-year to 1.9 bil-\n\n\n"
        "A worker at a plant in Anhui. PHOTO BY STAFF\n\n"
        "lion tons in 2023, the bureau said."
    )
    assert resolve(t, "4.2%") == ("2023-01-01", "2023-12-31", "year")


def test_line_ending_on_a_preposition_continues():
    t = "The plan says that from\n2024 to 2026, the sector will grow by about 5% a year."
    assert resolve(t, "5%") == ("2024-01-01", "2026-12-31", "range")


def test_semicolon_separates_statements():
    t = (
        "Chip output rose 20% during the 14th Five-Year Plan period; "
        "the utilization rate of data centers reached 65%."
    )
    assert resolve(t, "65%", published=None) == (None, None, "unknown")


def test_a_sentence_of_several_years_gives_a_referring_sentence_none_of_them():
    t = ("Boat sales in 2023\n\n"
         "In 2023, boat sales rose 20% to 90,000.\n\n"
         "This follows years of growth, with 75,000 sold in 2022 and 60,000 in 2021. "
         "This was driven by sailboats, which grew 35%.")
    assert resolve(t, "35%", published=None) == ("2023-01-01", "2023-12-31", "year")


def test_for_n_months_in_a_text_on_those_months():
    t = ("Zinc trade in January-September 2024\n\n"
         "In September, zinc imports rose 3% to 40,000 tons. For 9 months, they reached 350,000 tons.")
    assert resolve(t, "350,000", published=None) == ("2024-01-01", "2024-09-30", "ytd")


def test_the_same_period_is_the_one_just_stated():
    t = ("Output in November 2024\n\n"
         "Chip output rose 9% in November. In the first 11 months of the year, it rose 20%. "
         "During the same period, robot output increased by 14%. "
         "Robot exports reached 3,000 units in the same period of last year.")
    assert resolve(t, "14%") == ("2024-01-01", "2024-11-30", "ytd")


def test_time_of_the_figure_compared_with_is_a_base():
    t = ("Steel in 2021\n\n"
         "The decrease in steel output was 0.2 percentage points faster than that recorded in the first 11 "
         "months, while for wire the increase was 0.4 percentage points slower than that recorded in the "
         "January-November period.")
    assert resolve(t, "0.4 percentage points", published=None) == ("2021-01-01", "2021-12-31", "year")


def test_record_scope_is_not_the_figures_time():
    t = ("Port trade in May 2024\n\n"
         "In May, trade rose 4% year on year. Exports totaled 90 billion yuan, marking a new high for monthly "
         "exports this year with a 3.2 percent increase, while imports rose 6.1 percent to 50 billion yuan.")
    month = ("2024-05-01", "2024-05-31", "month")
    assert resolve(t, "90 billion") == month
    assert resolve(t, "3.2 percent") == month
    assert resolve(t, "50 billion") == month


def test_a_reading_after_an_earlier_one_is_of_the_period_after_it():
    t = ("Spain's GDP in the second quarter of 2024\n\n"
         "Imports showed no change after a 0.2% decline in Q1, while exports rose by 0.8% following a 0.5% rise in "
         "the previous quarter.")
    assert resolve(t, "0.5%") == ("2024-01-01", "2024-03-31", "quarter")
    assert resolve(t, "0.8%") == ("2024-04-01", "2024-06-30", "quarter")


def test_a_later_period_carries_to_the_next_paragraph_of_a_text_on_an_earlier_one():
    t = ("Port ranks 5th nationwide\n\n"
         "The port ranked 5th among 100 cities in foreign trade in 2023, according to a report released on July 28.\n\n"
         "Its imports and exports totaled 300 billion yuan in the first half of this year, up 2 percent.\n\n"
         "Its exports stood at 200 billion yuan, up 3 percent.")
    assert resolve(t, "200 billion") == ("2024-01-01", "2024-06-30", "half")

