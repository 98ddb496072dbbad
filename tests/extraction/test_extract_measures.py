"""Measure, sign and qualifier read from the words around a number (sentences composed for the tests)."""
import pytest

from datetime import date

from pipelines.extraction import extract


def one(text, quote=None):
    got = extract(text, None).observations
    if quote is not None:
        got = [o for o in got if o.quote == quote]
    assert len(got) == 1, [(o.quote, o.measure, o.value) for o in extract(text, None).observations]
    return got[0]


@pytest.mark.parametrize("text,measure,value", [
    ("Cement output fell 3.2% year on year.", "growth_yoy_pct", -3.2),
    ("Cement output declined by 3.2 percent year-on-year.", "growth_yoy_pct", -3.2),
    ("Exports were down 1.5% from a year earlier.", "growth_yoy_pct", -1.5),
    ("The trade surplus narrowed 8% YoY.", "growth_yoy_pct", -8),
    ("Chip sales grew 21% over the previous year.", "growth_yoy_pct", 21),
    ("Car exports rose 12 percent to 5 million units last year.", "growth_yoy_pct", 12),
    ("Retail sales posted a 6.1% year-on-year increase in the quarter.", "growth_yoy_pct", 6.1),
    ("Patent filings have increased 35% compared with 2019.", "growth_pct", 35),
    ("Energy intensity has dropped by 13% over the past three years.", "growth_pct", -13),
    ("The upgrade brought an average productivity increase of 18%.", "growth_pct", 18),
])
def test_growth(text, measure, value):
    o = [x for x in extract(text, None).observations if x.unit == "percent"][0]
    assert (o.measure, o.value, o.unit) == (measure, value, "percent")


@pytest.mark.parametrize("text,value", [
    ("Ohio shipped 12% more steel in March than a year earlier.", 12.0),
    ("Ohio shipped 32% fewer cars — 1.2 million units — in March compared with the same month of 2021.", -32.0),
])
def test_a_share_more_or_fewer_of_a_thing_is_a_change(text, value):
    o = one(text, text.split()[2])
    assert (o.measure, o.unit, o.value) == ("growth_yoy_pct", "percent", value)


@pytest.mark.parametrize("text,value", [
    ("Its growth rate was 2.1 percentage points higher than the national average.", 2.1),
    ("The jobless rate fell 0.3 percentage point.", -0.3),
    ("The bank cut 0.5 percentage points off its growth forecast.", -0.5),
    ("The rate was 0.4 percentage points lower than in March.", -0.4),
])
def test_percentage_points(text, value):
    o = one(text)
    assert (o.measure, o.unit, o.value) == ("pp_change", "pp", value)


@pytest.mark.parametrize("text", [
    "Services accounted for 54.6% of GDP.",
    "The penetration rate of smart meters reached 81%.",
    "Over 70% of rural clinics now offer telemedicine.",
    "The company's market share rose from 12% to 15%.",
    "Coal is equivalent to 55% of the energy mix.",
])
def test_ratios(text):
    for o in extract(text, None).observations:
        assert o.measure == "ratio_pct" and o.unit == "percent"


def test_index_level():
    o = one("The manufacturing PMI stood at 49.7 in April.")
    assert (o.measure, o.unit, o.value) == ("index", "index", 49.7)
    o = one("The new export orders index was 47.5%, down slightly.")
    assert (o.measure, o.unit) == ("index", "index")


def test_levels_and_signed_difference():
    o = one("Freight volume totaled 5.2 billion tons.")
    assert (o.measure, o.value) == ("level", 5.2e9)
    o = one("Water use per unit is 30 cubic meters lower than the world average.")
    assert o.value == -30 and o.measure == "level"


def test_respectively_list_gives_each_number_its_own_observation():
    got = extract("Imports and exports rose 4.1% and 6.3% year on year, respectively.", None).observations
    assert [(o.value, o.measure) for o in got] == [(4.1, "growth_yoy_pct"), (6.3, "growth_yoy_pct")]
    got = extract("Steel and aluminium output fell 2% and 5% year on year, respectively.", None).observations
    assert [o.value for o in got] == [-2, -5]


@pytest.mark.parametrize("text,qualifier", [
    ("Output exceeded 9,000 tonnes.", "gt"),
    ("More than 300 firms took part.", "gt"),
    ("Sales rose by over 20%.", "gt"),
    ("Tariffs of 100%-plus were imposed.", "gt"),
    ("Nearly 4,000 stations were built.", "approx"),
    ("About 60% of households own a car.", "approx"),
    ("Some 2,500 workers were hired.", "approx"),
    ("Less than 5% of output was exported.", "lt"),
    ("Fees are capped at no more than 200 yuan.", "lt"),
    ("Output reached 9,000 tonnes.", "eq"),
])
def test_qualifiers(text, qualifier):
    assert one(text).qualifier == qualifier


def test_exchange_rate():
    o = one("The central parity rate of the yuan was set at 7.1012 against the US dollar on Monday.")
    assert (o.unit, o.measure) == ("CNY/USD", "level")


def test_target_and_forecast_flags():
    o = one("The plan aims to raise the recycling rate to 60% by 2030.")
    assert o.is_target and not o.is_forecast
    o = one("Analysts expect exports to grow 3% next year.")
    assert o.is_forecast


def test_month_on_month_and_quarter_on_quarter_are_not_year_on_year():
    got = extract("Consumer prices rose 0.3% in June from May and were up 2.9% from a year earlier.", None).observations
    assert [(o.value, o.measure) for o in got] == [(0.3, "growth_pct"), (2.9, "growth_yoy_pct")]
    o = one("Output shrank 0.4% in the second quarter compared with the previous quarter.")
    assert (o.measure, o.value) == ("growth_pct", -0.4)


def test_from_year_to_year_is_a_period_not_a_base():
    o = one("From 2023 to 2025, output of the sector will increase by about 5% annually.", "5%")
    assert o.measure == "growth_yoy_pct" and o.qualifier == "approx"


def test_basis_points_are_percentage_points():
    o = one("The central bank cut its policy rate by 25 basis points.")
    assert (o.measure, o.unit, o.value) == ("pp_change", "pp", -0.25)


def test_negative_numbers_and_restated_changes():
    o = one("Net exports contributed -0.8 percentage point to growth.")
    assert o.value == -0.8
    got = extract("The index fell 12.5 points, or 0.8%, to 1,530.", None).observations
    assert [(o.value, o.measure) for o in got][1] == (-0.8, "growth_pct")


def test_level_falls_are_negative_but_amounts_reduced_stay_positive():
    o = one("Copper prices fell $120 on Monday.")
    assert o.value == -120
    o = one("The project brings an annual reduction of 40,000 tonnes in emissions.")
    assert o.value == 40000


def test_second_level_of_a_from_to_pair_is_read_like_the_first():
    got = extract("The services PMI stood at 52.1 in May, up from 51.4 in April.", None).observations
    assert [(o.measure, o.unit) for o in got] == [("index", "index"), ("index", "index")]


def test_hyphenated_percent_is_a_change_not_a_threshold():
    o = one("Shipments posted a 12.5-percent increase.")
    assert o.measure.startswith("growth") and (o.value, o.unit) == (12.5, "percent")


def test_inflation_is_a_year_on_year_change():
    o = one("The inflation rate reached 3.4% in March.")
    assert o.measure == "growth_yoy_pct"


def test_stock_index_level_and_daily_move():
    got = extract("The Nikkei 225 fell 0.8% to 38,120.45 on Tuesday.", None).observations
    assert [(o.measure, o.unit, o.value) for o in got] == [
        ("growth_pct", "percent", -0.8), ("index", "index", 38120.45)]


def test_a_target_compared_with_keeps_the_subject_and_flags_the_target():
    got = extract("Kenya's GDP grew 5.6%, exceeding the government's target of 5%.", None).observations
    assert [o.subject for o in got] == ["gdp", "gdp"]
    assert got[1].is_target


def test_monthly_changes_abroad_are_on_the_previous_month():
    o = one("U.S. industrial production rose 0.5% in October, the Federal Reserve said.")
    assert o.measure == "growth_pct"
    o = one("U.S. industrial production rose 0.5% in 2024, the Federal Reserve said.")
    assert o.measure == "growth_yoy_pct"
    o = one("China's industrial output rose 5.4% in October.")
    assert o.measure == "growth_yoy_pct"
    # countries whose releases headline the change on a year earlier, as China's do
    o = one("India's industrial output rose 5.2% in October, the statistics ministry said.")
    assert o.measure == "growth_yoy_pct"
    o = one("Indonesia's economy grew 5.1% in the third quarter.")
    assert o.measure == "growth_yoy_pct"


@pytest.mark.parametrize("text,quote,measure,value", [
    ("Consumer prices rose 4.1% in the 12 months to June.", "4.1%", "growth_yoy_pct", 4.1),
    ("Over the past 12 months, average wages have increased by 3.9 percent.", "3.9 percent", "growth_yoy_pct", 3.9),
    ("Farm output was 8.1 billion yuan, an uptick of 2.0 percent year on year.", "2.0 percent", "growth_yoy_pct", 2.0),
    ("The decline in fuel prices narrowed from 4.2 percent in May to 2.5 percent in June.", "4.2 percent",
     "growth_yoy_pct", -4.2),
    ("The decline in fuel prices narrowed from 4.2 percent in May to 2.5 percent in June.", "2.5 percent",
     "growth_yoy_pct", -2.5),
])
def test_comparison_bases_and_changes_named_by_their_nouns(text, quote, measure, value):
    o = one(text, quote)
    assert (o.measure, o.value) == (measure, value)


def test_a_written_plus_sign_makes_a_change():
    o = one("Among member states, Belgium (+2.3%) recorded the highest increase compared to the previous quarter.")
    assert (o.quote, o.measure, o.value) == ("+2.3%", "growth_pct", 2.3)


def test_plummeted_is_a_fall():
    assert one("Property investment plummeted by 9.4% year on year.").value == -9.4


def test_a_decline_that_narrowed_is_a_rise_of_the_rate():
    got = extract("Profits fell 12.6% in May, and the decline narrowed by 5.6 percentage points from April.", None)
    assert [o.value for o in got.observations if o.unit == "pp"] == [5.6]
    got = extract("Profits declined by 18.8% year on year, narrowing 1.8 percentage points from the first quarter.", None)
    assert [o.value for o in got.observations if o.unit == "pp"] == [1.8]
    got = extract("The margin narrowed to 5.2% from 7.0%, a decline of 1.8 percentage points.", None)
    assert [o.value for o in got.observations if o.unit == "pp"] == [-1.8]


def test_monthly_releases_abroad_compare_with_the_month_before():
    text = ("US retail sales in March\n\nRetail sales in the United States rose 0.7% in March, the Commerce Department "
            "said. Economists had expected sales to rise by 0.5%.")
    got = extract(text, date(2024, 4, 15)).observations
    assert [(o.quote, o.measure) for o in got] == [("0.7%", "growth_pct"), ("0.5%", "growth_pct")]


@pytest.mark.parametrize("text,quote,measure", [
    ("In August 2021, output rose 5.3% year on year and 11.2% compared with the same period in 2019.", "11.2%", "growth_pct"),
    ("In 2021, exports grew 5% compared with the same period of 2020.", "5%", "growth_yoy_pct"),
    ("In August 2021, output rose 5.3% year on year, and the two-year average growth was 5.4%.", "5.4%", "growth_pct"),
])
def test_bases_named_by_a_year_are_year_on_year_only_a_year_back(text, quote, measure):
    assert one(text, quote).measure == measure


def test_a_base_named_before_a_contrasting_clause_stays_in_it():
    text = ("In May, output of cement and glass rose 2.1 percent and 3.4 percent year on year, while falling by "
            "1.5 percent and 0.7 percent month on month, respectively.")
    got = extract(text, date(2024, 6, 17)).observations
    assert [(o.quote, o.measure) for o in got] == [
        ("2.1 percent", "growth_yoy_pct"), ("3.4 percent", "growth_yoy_pct"),
        ("1.5 percent", "growth_pct"), ("0.7 percent", "growth_pct")]


def test_a_possessive_month_owns_the_figure_after_it():
    text = ("In June, the country's imports rose 6.2% from a year earlier, faster than May's 4.1% gain and "
            "the 5.0% rise economists had expected.")
    got = {o.quote: o for o in extract(text, date(2024, 7, 12)).observations}
    assert got["4.1%"].measure == "growth_yoy_pct"
    assert (got["4.1%"].period.start, got["4.1%"].period.end) == (date(2024, 5, 1), date(2024, 5, 31))
    assert (got["5.0%"].measure, got["5.0%"].period.start) == ("growth_yoy_pct", date(2024, 6, 1))


def test_a_paragraph_on_a_quarter_abroad_reads_its_later_changes_on_the_quarter():
    text = ("US consumer prices increased 2.4 percent in the second quarter. Excluding food and energy, prices "
            "increased 2.6 percent.\n\nReal disposable income, that is income adjusted for taxes and inflation, "
            "increased 1.0 percent in the second quarter.")
    got = {o.quote: o.measure for o in extract(text, date(2024, 8, 29)).observations}
    assert got == {"2.4 percent": "growth_pct", "2.6 percent": "growth_pct", "1.0 percent": "growth_pct"}


def test_the_comparative_before_than_belongs_to_the_other_figure():
    o = one("Imports increased 19.5% in December, slower than the 31.7% rise in November.", "31.7%")
    assert o.value == 31.7
    o = one("Emissions will decline by more than 10 percent.", "10 percent")
    assert o.value == -10


def test_taking_up_is_a_share():
    o = one("Machinery products were the main exports, taking up 42 percent of the total export value.", "42 percent")
    assert o.measure == "ratio_pct"


def test_revision_words_between_the_verb_and_the_number():
    o = one("Personal consumption declined a revised 0.3% in the fourth quarter.", "0.3%")
    assert o.value == -0.3


@pytest.mark.parametrize("text,quote,measure", [
    ("Compared to the first quarter of 2023, Chile's GDP increased by 2.1% in the first quarter of 2024.", "2.1%",
     "growth_yoy_pct"),
    ("Output grew 0.8% in the first quarter of 2024 compared to the fourth quarter of 2023.", "0.8%", "growth_pct"),
    ("Services grew 0.6% in the first quarter compared to the fourth quarter.", "0.6%", "growth_pct"),
    ("From January to May, the output of gas rose 4.5 percent.", "4.5 percent", "growth_yoy_pct"),
])
def test_a_base_named_by_its_period(text, quote, measure):
    o = one(text, quote)
    assert o.measure == measure


def test_previous_month_abroad_is_a_monthly_figure():
    o = one("UK retail sales excluding fuel were down 8.8 percent, following a 0.4 percent gain in the previous "
            "month.", "8.8 percent")
    assert o.measure == "growth_pct"


def test_a_change_noun_after_a_base_abbreviation():
    o = one("Capacity reached 2.92 billion kilowatts, marking a 13.9% y-o-y increase.", "13.9%")
    assert o.measure == "growth_yoy_pct"


def test_headline_verbs_in_the_present_and_a_change_noun_before_what_changed():
    assert one("U.S. trade deficit surges by 12.2 pct in 2022", "12.2 pct").measure == "growth_yoy_pct"
    assert one("Copper output slumps 4% in May", "4%").value == -4
    o = one("The deficit reflected a decrease in the services surplus of 0.6 percent.", "0.6 percent")
    assert o.value == -0.6


def test_a_text_that_states_its_changes_on_a_year_earlier_keeps_that_base():
    text = ("A photo of the port of Yokohama.\n\n"
            "TOKYO -- Japan logged a trade deficit of 1.4 trillion yen in July, compared with a surplus a year before, "
            "the ministry said.\n\nExports rose 19% from a year earlier, and imports climbed 47%.\n\n"
            "In trade with the United States, exports were up 13.8%.")
    got = {o.quote: o for o in extract(text, date(2022, 8, 17)).observations}
    assert got["13.8%"].measure == "growth_yoy_pct"
    assert (got["13.8%"].period.start, got["13.8%"].period.end) == (date(2022, 7, 1), date(2022, 7, 31))


def test_monthly_basis_and_annualized_rates_are_on_the_period_before():
    assert one("On a monthly basis, German consumer prices rose 0.1 percent in December.", "0.1 percent").measure == \
        "growth_pct"
    assert one("The economy grew at a 2.3% annualized rate in the fourth quarter.", "2.3%").measure == "growth_pct"


def test_a_narrowing_after_a_fall_is_a_rise_of_the_rate():
    text = "In the first five months, industrial output went down 2.8 percent, with the rate narrowing 2.1 percentage points."
    assert [o.value for o in extract(text, None).observations if o.unit == "pp"] == [2.1]


def test_a_comparative_closing_its_clause_gives_the_sign():
    o = one("Hydropower rose 29 percent, and nuclear power output was 9 percent lower.", "9 percent")
    assert (o.measure, o.value) == ("growth_yoy_pct", -9)


def test_by_n_percent_to_an_amount_is_a_change_whose_verb_a_list_left_out():
    text = ("The value added of primary industry fell by 1.1% to 12.2 billion yuan, secondary industry by 3.9% to "
            "70.8 billion yuan, and tertiary industry by 1.2% to 94.6 billion yuan.")
    got = [(o.quote, o.measure, o.value) for o in extract(text, None).observations if o.unit == "percent"]
    assert got == [("1.1%", "growth_yoy_pct", -1.1), ("3.9%", "growth_yoy_pct", -3.9), ("1.2%", "growth_yoy_pct", -1.2)]


@pytest.mark.parametrize("text,measure", [
    # the "a year" of "a year-on-year growth" is not a rate per year: the strong cue is read
    ("Installed capacity reached 1.4 billion kilowatts, a year-on-year growth of 9.5 percent.", "growth_yoy_pct"),
    # "cumulative" names the stock, not the base of its change
    ("The cumulative number of charging points reached 8 million, up 42% year on year.", "growth_yoy_pct"),
    ("Home prices posted a cumulative 12% rise since the peak.", "growth_pct"),
    # a weekday after a report names when it came out, not a move within the day
    ("In its latest report on Tuesday, the fund said it expects world growth of 2.9 percent in 2024.",
     "growth_yoy_pct"),
])
def test_growth_base_words(text, measure):
    o = [x for x in extract(text, None).observations if x.unit == "percent"][0]
    assert o.measure == measure, (o.quote, o.measure)


@pytest.mark.parametrize("text,quote,measure,unit,value", [
    # points between growth rates are percentage points; an index's points stay points
    ("The fund sees Canada growing 1.2 percent, 0.6 points lower than in its April outlook.", "0.6 points",
     "pp_change", "pp", -0.6),
    ("The forecast for inflation was cut 0.4 points.", "0.4 points", "pp_change", "pp", -0.4),
    ("The PMI rose 1.5 points to 51.2.", "1.5 points", "level", "points", 1.5),
    ("The contribution of trade to growth was revised to 0.2 point.", "0.2 point", "pp_change", "pp", 0.2),
])
def test_points_between_rates(text, quote, measure, unit, value):
    o = one(text, quote)
    assert (o.measure, o.unit, o.value) == (measure, unit, value)


@pytest.mark.parametrize("text", [
    # the growth of a named economy is its annual growth, abroad too
    "The growth forecast for Brazil was lowered to 2.1 percent.",
    "Growth in the euro area is projected at 0.9 percent.",
    "Mexico's growth will slow to 1.5 percent, the bank said.",
    # a month naming a forecast dates the forecast, not the figure
    "The bank sees the US economy expanding 1.4 percent, below its June forecast.",
])
def test_growth_of_an_economy_abroad_is_annual(text):
    o = [x for x in extract(text, None).observations if x.unit == "percent"][0]
    assert o.measure == "growth_yoy_pct", (o.quote, o.measure)


def test_growth_of_a_country_is_macro_in_a_text_on_china():
    o = one("The growth forecast for China was raised to 4.8 percent.")
    assert o.domain == "macro"


@pytest.mark.parametrize("text,measure", [
    # a base one year before the figure's year is a year earlier, whatever the preposition
    ("Coal exports in 2022 totaled 3 million tons, a 12% decline from 2021.", "growth_yoy_pct"),
    ("Steel output in 2023 was 4% higher than 2022.", "growth_yoy_pct"),
    ("Steel output in 2023 was 9% higher than 2019.", "growth_pct"),
])
def test_base_year_before_the_figures_year(text, measure):
    o = [x for x in extract(text, None).observations if x.unit == "percent"][0]
    assert o.measure == measure, (o.quote, o.measure)


@pytest.mark.parametrize("text,value", [
    # a headline's present-tense verb with a plural subject
    ("Solar Exports Skyrocket 41% in 2023", 41),
    ("Coal Imports Tumble 12% in 2023", -12),
])
def test_headline_verbs_with_a_plural_subject(text, value):
    o = one(text)
    assert (o.measure, o.value) == ("growth_yoy_pct", value)


@pytest.mark.parametrize("text,quote,value", [
    # a decline that quickened lowers the rate; an increase that slowed too
    ("The decline in cement output was 0.6 percentage points faster than in May.", "0.6 percentage points", -0.6),
    ("Glass output fell 2.1%, 0.3 percentage point faster than the decrease in May.", "0.3 percentage point", -0.3),
    ("The increase in glass output was 0.3 percentage points slower than in May.", "0.3 percentage points", -0.3),
    ("The increase in glass output was 0.3 percentage points faster than in May.", "0.3 percentage points", 0.3),
])
def test_pace_of_a_change_in_percentage_points(text, quote, value):
    assert one(text, quote).value == value


def test_elliptical_list_with_that_of():
    got = extract("Farm output advanced 1.8 percent year on year, that of mining 0.9 percent, while that of services "
                  "1.2 percent.", None).observations
    assert [(o.measure, o.value) for o in got] == [("growth_yoy_pct", 1.8), ("growth_yoy_pct", 0.9),
                                                   ("growth_yoy_pct", 1.2)]


def test_list_after_the_changes_it_names():
    got = extract("By sector, the declines were: 2.1% in mining, 1.5% in farming and 0.4% in services.",
                  None).observations
    assert [o.value for o in got] == [-2.1, -1.5, -0.4]
    assert {o.measure for o in got} == {"growth_yoy_pct"}


@pytest.mark.parametrize("text,kinds", [
    # the same month a year earlier is a year-on-year base, beside another base for the month before
    ("In March 2024, output of the plant fell 0.3% compared to February and 2.5% compared to March 2023.",
     ["growth_pct", "growth_yoy_pct"]),
    ("In March 2024, cement output rose 1.1% compared to March 2023, and 0.4% compared to in February – up to "
     "9 million tons.", ["growth_yoy_pct", "growth_pct"]),
])
def test_a_month_named_as_base(text, kinds):
    got = [o.measure for o in extract(text, None).observations if o.unit == "percent"]
    assert got == kinds


def test_percent_below_a_stated_amount_is_a_change():
    o = one("Grain exports held at $12.5 billion, 4.2% below the record $13.05 billion a year earlier.", "4.2%")
    assert (o.measure, o.value) == ("growth_yoy_pct", -4.2)



@pytest.mark.parametrize("text,quote", [
    ("Hainan's GDP grew 9.1 percent, compared to the national growth rate of 5.2 percent.", "5.2 percent"),
    ("The national growth rate was 5.2 percent in 2023.", "5.2 percent"),
])
def test_a_growth_rate_is_a_growth(text, quote):
    assert one(text, quote).measure == "growth_yoy_pct"


def test_percent_below_where_it_was_is_a_change():
    o = one("Output in May was 2.4 percent below where it was before the pandemic.")
    assert (o.measure.startswith("growth"), o.value) == (True, -2.4)


def test_a_month_of_last_year_as_base_is_year_on_year():
    o = one("In May alone, trade rose 37.3 percent compared with May of last year.")
    assert o.measure == "growth_yoy_pct"


def test_a_base_cue_that_introduces_the_next_figure_is_its_own():
    got = extract("From January to May, the year-on-year growth of glass output reached 9.1% with a two-year "
                  "average growth of 4.2%.", None).observations
    assert [o.measure for o in got] == ["growth_yoy_pct", "growth_pct"]
    assert not any(o.is_forecast for o in got)  # ("May" the month is no "may")


@pytest.mark.parametrize("text,measure", [
    # a change from one month to the next is on the earlier month; the same month of two years, on a year earlier
    ("The food index increased by 1.8 percent between March 2024 and April 2024.", "growth_pct"),
    ("The index increased by 0.9 percent from 107.0 in March to 107.9 in April.", "growth_pct"),
    ("The index increased by 5.6 percent between April 2023 and April 2024.", "growth_yoy_pct"),
])
def test_change_between_two_parts_of_the_year(text, measure):
    assert [o.measure for o in extract(text, None).observations if o.unit == "percent"] == [measure]


def test_annually_right_after_a_change_abroad_is_its_base():
    got = extract("Spain's GDP in the first quarter\n\nHours worked in Spain increased by 1.3% annually but fell by "
                  "0.3% quarter-on-quarter.", None).observations
    assert [o.measure for o in got] == ["growth_yoy_pct", "growth_pct"]


def test_slipping_and_lower_compared_with_are_falls_and_a_named_part_a_year_earlier_is_the_yoy_base():
    t = ("Cement output in the first half of 2024 was 880 million tonnes, slipping 4% from the 917 million tonnes "
         "of a year before. In the second half of 2024, output was 940 million tonnes, down 7% from July-December "
         "a year earlier. December output was 2.1% lower compared with November.")
    got = {o.quote: o for o in extract(t, date(2025, 1, 20)).observations}
    assert (got["4%"].value, got["4%"].measure) == (-4, "growth_yoy_pct")
    o = got["7%"]
    assert (o.value, o.measure, o.period.start) == (-7, "growth_yoy_pct", date(2024, 7, 1))
    assert (got["2.1%"].value, got["2.1%"].measure) == (-2.1, "growth_pct")


def test_a_span_of_months_after_from_is_the_period_not_a_base():
    t = "Total imports fell 3.1% to 8 trillion yuan from January-September, compared to a decline of 3.5% in the first eight months."
    got = {o.quote: o for o in extract(t, date(2023, 10, 13)).observations}
    assert got["3.1%"].measure == "growth_yoy_pct"
    assert (got["3.1%"].period.start, got["3.1%"].period.end) == (date(2023, 1, 1), date(2023, 9, 30))


def test_annualized_real_changes_keep_their_verbs_sign():
    t = ("Sweden's economy shrank an annualized real 3.2 percent in the third quarter, worse than the average 2.4 "
         "percent annualized shrinkage forecast by economists.")
    got = {o.quote: o for o in extract(t, date(2024, 11, 29)).observations}
    assert (got["3.2 percent"].value, got["3.2 percent"].measure) == (-3.2, "growth_pct")
    assert got["2.4 percent"].value == -2.4


def test_abroad_a_change_in_a_text_on_a_year_is_on_the_year_before_and_digit_quarters_are_parts():
    t = ("Chile's economy grew 2.6% in 2024, IBGE-style figures showed.\n\n"
         "The services sector registered an increase of 2.2% and industry increased 1.4%.\n\n"
         "4TH QUARTER\n\n"
         "In the 4th quarter of 2024, GDP was stable (0%) compared to the 3rd quarter of 2024. Industry grew 1.1%.")
    got = {o.quote: o for o in extract(t, date(2025, 3, 18)).observations}
    assert got["2.2%"].measure == got["1.4%"].measure == "growth_yoy_pct"
    assert got["0%"].measure == got["1.1%"].measure == "growth_pct"
    assert (got["2.2%"].period.start, got["2.2%"].period.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_a_bracketed_share_takes_its_changes_base_and_a_contrast_ends_a_cues_reach():
    t = ("Imports from Chile totaled 9.1 million tons, which is down month-on-month by 2.2 million tons (-19%) but up "
         "year-on-year by 3.0 million tons (49%). Food prices fell 0.8% monthly for an annual increase of 12.4%.")
    got = {o.quote: o for o in extract(t, date(2024, 12, 8)).observations}
    assert (got["-19%"].measure, got["49%"].measure) == ("growth_pct", "growth_yoy_pct")
    assert got["0.8%"].measure == "growth_pct"


def test_an_adverb_after_a_change_is_its_own_base_and_a_change_noun_introduces_the_figure_it_reaches():
    t = ("Hotel prices rose 1.5% monthly and 40.2% annually in May. The monthly increase in rents was 6.1%, which "
         "took the annual rise to 88.3%.")
    got = {o.quote: o.measure for o in extract(t, date(2024, 6, 4), "Statistics Office of Ruritania").observations}
    assert got == {"1.5%": "growth_pct", "40.2%": "growth_yoy_pct", "6.1%": "growth_pct", "88.3%": "growth_yoy_pct"}


def test_every_written_percent_sign_owns_the_adverb_after_it():
    # the cue patterns take their percent signs from units.yaml, so "pct" and "pc" behave as "%" does
    for sign in ("pct", " pc", " per cent"):
        t = f"Hotel prices rose 1.5{sign} monthly and 40.2{sign} annually in May."
        got = {o.value: o.measure for o in extract(t, date(2024, 6, 4), "Statistics Office of Ruritania").observations}
        assert got == {1.5: "growth_pct", 40.2: "growth_yoy_pct"}, sign


@pytest.mark.parametrize("text,measures", [
    # "over" as well as "on" between the periods
    ("Industrial production increased by 0.6% month-over-month and 2.1% year-over-year in March.",
     ["growth_pct", "growth_yoy_pct"]),
    ("GDP grew 0.3% quarter over quarter in the second quarter.", ["growth_pct"]),
    # British statistics prose: "on the month", "on the year"
    ("Retail sales volumes dropped 0.4% on the month and were up 3.1% on the year in March.",
     ["growth_pct", "growth_yoy_pct"]),
    # any way of introducing the base ("with respect to", "in comparison with", "as against")
    ("The index grew 2.3% in comparison with the same month of the previous year and 0.4% with respect to the "
     "previous month.", ["growth_yoy_pct", "growth_pct"]),
    ("Exports rose 0.7% as against the previous month.", ["growth_pct"]),
])
def test_bases_named_in_other_words(text, measures):
    got = extract(text, date(2024, 4, 28), "Statistics Office of Ruritania").observations
    assert [o.measure for o in got] == measures


def test_on_a_seasonally_adjusted_monthly_basis_is_on_the_month_before():
    t = ("The CPI rose 2.1 percent year over year in May. On a seasonally adjusted monthly basis, the CPI was up "
         "0.4 percent.")
    got = {o.quote: o.measure for o in extract(t, date(2025, 6, 17), "Statistics Canada").observations}
    assert got == {"2.1 percent": "growth_yoy_pct", "0.4 percent": "growth_pct"}


def test_a_change_verb_reaches_over_its_objects_year_and_a_day_in_the_clause_of_saying_is_no_base():
    t = ("Ruritania's Eastern Province aims to raise its 2026 retail sales, exports and investment by 8 percent, "
         "6 percent and 5 percent, respectively, said the governor who read the work report at the congress on "
         "Monday.")
    got = {o.quote: o for o in extract(t, date(2026, 1, 14)).observations}
    assert {q: o.measure for q, o in got.items()} == {"8 percent": "growth_yoy_pct", "6 percent": "growth_yoy_pct",
                                                     "5 percent": "growth_yoy_pct"}
    assert (got["5 percent"].period.start, got["5 percent"].period.end) == (date(2026, 1, 1), date(2026, 12, 31))


def test_a_change_over_the_past_years_is_on_their_start_and_percentages_higher_are_points():
    t = ("Keeping up a fast pace, the region raised its output by 150 percent over the past years (2015-2023). Clean "
         "power makes up 70 percent of its capacity, 30 percentages higher than the national average.")
    got = {o.quote: o for o in extract(t, date(2024, 3, 1)).observations}
    assert got["150 percent"].measure == "growth_pct"
    assert (got["30 percentages"].measure, got["30 percentages"].unit) == ("pp_change", "pp")


def test_a_flow_that_comes_in_at_a_percentage_changed_by_it():
    t = ("Retail sales will come in at 6 percent this year. Shipments topped 2 million units, nearly 70% of which "
         "were phones, and 10% duties on imports stay.")
    got = {o.quote: o.measure for o in extract(t, date(2025, 1, 10)).observations}
    assert got == {"6 percent": "growth_yoy_pct", "2 million units": "level", "70%": "ratio_pct", "10%": "ratio_pct"}


def test_list_items_read_as_the_change_their_lead_in_names_and_start_values_are_the_month_before():
    t = ("Prices in Ruritania rose 4.0 percent in May, the statistics office said. Rents, with an inflation rate of "
         "2.2 percent, eased.\n\nThe following groups showed higher inflation rates:\n\n"
         "Clothing, 3.1 percent from 2.8 percent;\n\nHealth with 1.9 percent inflation from 1.7 percent\n\n"
         "Utilities accounted for 12 percent of the basket in May, the office said in its monthly release on prices.")
    got = {o.quote: o for o in extract(t, date(2024, 6, 5), "Ruritania Statistics Office").observations}
    assert {q: o.measure for q, o in got.items()} == {
        "4.0 percent": "growth_yoy_pct", "2.2 percent": "growth_yoy_pct", "3.1 percent": "growth_yoy_pct",
        "2.8 percent": "growth_yoy_pct", "1.9 percent": "growth_yoy_pct", "1.7 percent": "growth_yoy_pct",
        "12 percent": "ratio_pct"}
    assert (got["3.1 percent"].period.start, got["2.8 percent"].period.start) == (date(2024, 5, 1), date(2024, 4, 1))


def test_monthly_inflation_is_on_the_month_before_and_a_figure_compared_with_reads_the_same():
    t = ("Ruritania's annual inflation rose to 12.5% in May 2024. Monthly core inflation registered 1.1% in May 2024 "
         "compared to 0.9% during the same month last year.")
    got = {o.quote: o.measure for o in extract(t, date(2024, 6, 10), "Ruritania Statistics Office").observations}
    assert got == {"12.5%": "growth_yoy_pct", "1.1%": "growth_pct", "0.9%": "growth_pct"}


def test_rates_of_the_same_quarter_of_two_consecutive_years_are_year_on_year():
    t = ("Portugal's economy contracted by 4.1 percent in the third quarter of 2021, compared to an expansion of "
         "2.6 percent in the third quarter of 2020, the statistics bureau said.")
    got = {o.quote: o.measure for o in extract(t, date(2021, 11, 20), "Statistics Portugal").observations}
    assert got == {"4.1 percent": "growth_yoy_pct", "2.6 percent": "growth_yoy_pct"}


def test_a_rate_in_a_monthly_release_is_the_months_reading_and_a_points_drop_is_negative():
    t = ("Portugal's unemployment rate has fallen to 6.1 per cent, Statistics Portugal said. Employment rose by "
         "12,000 people during May. This resulted in the 0.2 percentage point drop in the unemployment rate.")
    got = {o.quote: o for o in extract(t, date(2025, 6, 12), "Statistics Portugal").observations}
    assert (got["6.1 per cent"].period.start, got["6.1 per cent"].period.end) == (date(2025, 5, 1), date(2025, 5, 31))
    assert got["0.2 percentage point"].value == -0.2


def test_a_sign_written_with_the_number_is_kept_after_a_verb_of_falling():
    t = "Ruritania's output contracted by -6.10 per cent in 2020 and fell 2.1% in 2021."
    got = {o.quote: o.value for o in extract(t, date(2022, 3, 1)).observations}
    assert got == {"-6.10 per cent": -6.1, "2.1%": -2.1}


def test_an_annual_rate_is_on_a_year_earlier_except_where_releases_annualize_it():
    mexico = extract("Mexico's GDP rose 1% on the quarter and 4.3% at an annual rate in the third quarter.",
                     date(2022, 10, 31)).observations
    assert [o.measure for o in mexico] == ["growth_pct", "growth_yoy_pct"]
    us = extract("US GDP rose 4.3% at an annual rate in the third quarter.", date(2022, 10, 31)).observations
    assert [o.measure for o in us] == ["growth_pct"]


def test_a_base_named_after_a_second_change_in_its_own_clause_is_that_changes():
    t = ("Jobs report for March. Average hourly earnings in the US were up 0.3%, and are up 4.1% over the last year. "
         "Car production in Ruritania fell 0.3 percent and sales rose 9.7 percent month on month.")
    got = {o.quote: o.measure for o in extract(t, date(2024, 4, 5)).observations}
    assert got == {"0.3%": "growth_pct", "4.1%": "growth_yoy_pct", "0.3 percent": "growth_pct",
                   "9.7 percent": "growth_pct"}


def test_projects_is_a_forecast_only_as_a_verb():
    noun = extract("Investment in new projects increased by 39.7 percent in April.", date(2020, 5, 22)).observations
    verb = extract("The fund projects growth of 3.1% for the region next year.", date(2024, 5, 22)).observations
    assert [o.is_forecast for o in noun] == [False] and [o.is_forecast for o in verb] == [True]


def test_the_reading_stands_for_the_subject_before():
    t = "Ruritania's exports rose 18.1% in December. The reading was higher than the median forecast for 14% growth."
    got = {o.quote: o for o in extract(t, date(2021, 1, 14)).observations}
    assert got["14%"].subject == got["18.1%"].subject and got["14%"].domain == "trade"


def test_a_whole_number_reading_of_an_index_is_an_index_and_firmed_is_a_rise():
    got = extract("Ruritania's manufacturing PMI firmed up to 52 in March from 35.7 in February.",
                  date(2020, 3, 31)).observations
    assert [(o.quote, o.measure, o.unit) for o in got] == [("52", "index", "index"), ("35.7", "index", "index")]


def test_growth_for_the_past_two_years_is_on_a_base_of_years():
    got = extract("Ruritania's output rose 11.8 percent year on year. Output grew 6.4 percent for the past two "
                  "years.", date(2021, 10, 18)).observations
    assert [o.measure for o in got] == ["growth_yoy_pct", "growth_pct"]


def test_a_change_from_the_amount_of_a_named_month_is_on_that_month():
    t = ("Ruritania's copper imports in March rose 22% from 1.779 million tonnes a year earlier. Concentrate "
         "imports rose 20.5% from 1.8 million tonnes in February. The decline in fuel prices narrowed from 4.2 "
         "percent in January to 2.5 percent in February.")
    got = {o.quote: o.measure for o in extract(t, date(2021, 4, 13)).observations}
    assert (got["22%"], got["20.5%"], got["2.5 percent"]) == ("growth_yoy_pct", "growth_pct", "growth_yoy_pct")


def test_over_one_year_and_over_one_month_name_the_base():
    t = ("In Ruritania, price inflation fell to 5.9% over one year in December. Over one month, the consumer price "
         "index fell by 0.1% in December.")
    got = {o.quote: o.measure for o in extract(t, date(2023, 1, 13), "Ruritania Statistics Institute").observations}
    assert got == {"5.9%": "growth_yoy_pct", "0.1%": "growth_pct"}


def test_an_index_read_in_points_is_an_index_but_a_move_in_points_stays_points():
    t = ("Ruritania's consumer price index notched 169.6 points in April, and rose to 170 points in May. The PMI "
         "rose 1.2 points.")
    got = {o.quote: (o.measure, o.unit) for o in extract(t, date(2023, 6, 10)).observations}
    assert got == {"169.6 points": ("index", "index"), "170 points": ("index", "index"),
                   "1.2 points": ("level", "points")}


@pytest.mark.parametrize("text", [
    "The share of the digital economy rose to 45 percent.",
    "The province will lift the proportion of its digital economy to 45 percent of GDP.",
    "The share of services grew to 45 percent.",
])
def test_a_share_of_an_economy_reached_is_a_share(text):
    o = one(text, "45 percent")
    assert (o.measure, o.value) == ("ratio_pct", 45)


def test_an_economy_grown_to_a_rate_is_still_growth():
    assert one("The economy grew to 5 percent in 2023.", "5 percent").measure == "growth_yoy_pct"


def test_negative_growth_is_a_fall():
    o = one("Imports showed negative growth of 12.5 percent in June.", "12.5 percent")
    assert o.value == -12.5


def test_a_gross_domestic_product_rate_revised_is_growth():
    t = "The agency revised the first-quarter gross domestic product rate from -0.2 percent to -0.7 percent."
    assert {o.measure for o in extract(t, None).observations} == {"growth_yoy_pct"}


def test_a_list_after_a_colon_in_its_own_sentence_reads_as_its_lead_in_says():
    t = ("Annual increments were higher in the following groups: beverages at 19.3 percent; housing at 0.8 percent. "
         "The share of rent was 12 percent.")
    got = {o.quote: o.measure for o in extract(t, None).observations}
    assert got == {"19.3 percent": "growth_yoy_pct", "0.8 percent": "growth_yoy_pct", "12 percent": "ratio_pct"}


def test_a_base_named_right_after_a_later_figure_is_that_figures():
    t = "Argentina's consumer prices went up 2.9% in October for a 193% year-on-year rise."
    got = {o.quote: o.measure for o in extract(t, date(2024, 11, 13)).observations}
    assert got == {"2.9%": "growth_pct", "193%": "growth_yoy_pct"}
    # (coordinated figures share it)
    t = "Output and sales fell by 0.3 percent and rose by 9.7 percent month on month."
    assert {o.measure for o in extract(t, None).observations} == {"growth_pct"}


def test_monthly_inflation_is_on_the_month_before_whatever_base_the_sentence_names_elsewhere():
    t = ("The Kenya National Bureau of Statistics said annual inflation was 6.8% in September, up from 6.7% a month "
         "earlier, and monthly inflation was 1%, up from -0.1% a month earlier.")
    got = {o.quote: o.measure for o in extract(t, date(2023, 10, 1)).observations}
    assert (got["6.8%"], got["1%"]) == ("growth_yoy_pct", "growth_pct")


def test_annual_inflation_where_the_headline_is_monthly_is_on_a_year_earlier():
    t = "In Argentina, analysts see prices rising 2.9% in December, for an annual inflation of 118.8%."
    got = {o.quote: o.measure for o in extract(t, date(2024, 12, 12)).observations}
    assert got == {"2.9%": "growth_pct", "118.8%": "growth_yoy_pct"}


@pytest.mark.parametrize("text,forecast", [
    ("Output grew 3.8 per cent, exceeding the estimates of international institutions.", False),
    ("Retail sales rose 5% in May, more than expected.", False),
    ("Exports beat forecasts with a 7% rise.", False),
    ("Output is expected to grow 2.5% next year.", True),
])
def test_a_result_measured_against_forecasts_is_no_forecast(text, forecast):
    assert {o.is_forecast for o in extract(text, date(2024, 6, 1)).observations} == {forecast}


def test_each_figure_of_a_list_an_of_closes_is_a_share():
    t = ("Tourism revenue grew 12.5% year on year. These figures amounted to 65.2% and 63.9% of those recorded in "
         "the same period in 2019.")
    got = {o.quote: o.measure for o in extract(t, None).observations}
    assert (got["65.2%"], got["63.9%"]) == ("ratio_pct", "ratio_pct")


def test_the_rate_a_growth_rate_is_points_higher_than_is_a_growth_rate():
    t = ("Investment grew 16.2 percent year on year, 11.1 percentage points higher than the national average rate "
         "of 5.1 percent.")
    got = {o.quote: o.measure for o in extract(t, None).observations}
    assert got["5.1 percent"] == "growth_yoy_pct"


def test_figures_given_with_with_read_as_the_change_the_sentence_names():
    t = ("The decline in food prices between June and July concerned vegetables with 8.6%, fish with 3.5 %. "
         "Two cities also recorded a decline in the CPI with 0.3 %.")
    got = {o.quote: o for o in extract(t, date(2020, 8, 20)).observations}
    assert [got[q].value for q in ("8.6%", "3.5 %", "0.3 %")] == [-8.6, -3.5, -0.3]
    assert (got["8.6%"].period.start, got["8.6%"].period.end) == (date(2020, 7, 1), date(2020, 7, 31))


def test_a_flows_rate_revised_is_its_growth_and_the_earlier_estimate_is_of_the_same_period():
    t = ("Output grew 6.4% in the first quarter of 2023. Gross capital formation was revised upwards to 12.6% from "
         "12.2% previously.")
    got = {o.quote: o for o in extract(t, date(2023, 8, 10)).observations}
    assert (got["12.6%"].measure, got["12.2%"].measure) == ("growth_yoy_pct", "growth_yoy_pct")
    assert got["12.2%"].period == got["12.6%"].period


def test_an_index_read_in_per_cent_moves_in_points_and_hiking_is_a_rise():
    t = "The PMI was 51.5%, an increase of 0.5% from the previous month. The index stood at 105.2, up 0.5% from June."
    moves = [o for o in extract(t, date(2020, 9, 30)).observations if o.quote == "0.5%"]
    assert [(o.measure, o.unit) for o in moves] == [("pp_change", "pp"), ("growth_pct", "percent")]
    hike = one("EV output grew 33%, and PHEV output hiked 190%.", "190%")
    assert (hike.measure, hike.value) == ("growth_yoy_pct", 190)


def test_a_raise_to_a_rate_after_a_hike_of_points_is_the_rate():
    t = "The fresh hike of 7.5 percentage points follows a raise to 17.5 percent from 15 percent last month."
    got = {o.quote: o.measure for o in extract(t, date(2023, 8, 24)).observations}
    assert (got["17.5 percent"], got["15 percent"]) == ("ratio_pct", "ratio_pct")


def test_a_bare_ratio_of_two_amounts_is_a_multiple():
    o = one("The ratio of per capita disposable income of urban and rural residents narrowed to 2.31.", "2.31")
    assert (o.measure, o.unit, o.value) == ("multiple", "times", 2.31)


def test_a_change_restated_in_brackets_in_units_keeps_its_sign_and_the_next_figure_its_base():
    t = ("The unemployed population has decreased by 3.1% (9.6 thousand) from the previous quarter and by 13.6% "
         "(46.9 thousand) from a year earlier.")
    got = {o.quote: (o.measure, o.value) for o in extract(t, None).observations}
    assert got["3.1%"] == ("growth_pct", -3.1)
    assert got["9.6 thousand"] == ("level", -9600)
    assert got["13.6%"] == ("growth_yoy_pct", -13.6)


def test_a_list_of_changes_shares_the_verb_of_its_first():
    t = "On the quarter, the information sector plummeted 20.6%, finance by 19.5%, utilities by 16.1% and trade by 9.1%."
    assert [o.value for o in extract(t, None).observations] == [-20.6, -19.5, -16.1, -9.1]


def test_figures_in_brackets_after_places_in_a_sentence_on_inflation_are_inflation():
    t = "Malta (2.6 percent) and Portugal (2.8 percent) had the lowest inflation rates. Spain (40%) led in exports."
    got = {o.quote: o.measure for o in extract(t, None).observations}
    assert (got["2.6 percent"], got["2.8 percent"], got["40%"]) == ("growth_yoy_pct", "growth_yoy_pct", "ratio_pct")
