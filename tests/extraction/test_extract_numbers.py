"""Number tokens: values, scale words, currencies, units, number words (sentences composed for the tests)."""
from datetime import date

import pytest

from pipelines.extraction import extract


def obs(text, published=None):
    return extract(text, published).observations


def one(text, quote=None):
    got = obs(text)
    if quote is not None:
        got = [o for o in got if o.quote == quote]
    assert len(got) == 1, [(o.quote, o.value) for o in obs(text)]
    return got[0]


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Copper output reached 1,234,567 tonnes.", "1,234,567 tonnes", 1234567, "t"),
    ("Profits reached 12.75 billion yuan.", "12.75 billion yuan", 12.75e9, "CNY"),
    ("Sales totaled 3 trillion yuan.", "3 trillion yuan", 3e12, "CNY"),
    ("The fund holds RMB4.2 trillion in assets.", "RMB4.2 trillion", 4.2e12, "CNY"),
    ("The firm raised $8.5 billion.", "$8.5 billion", 8.5e9, "USD"),
    ("The deal is worth US$ 12 million.", "US$ 12 million", 12e6, "USD"),
    ("Revenue topped 300b yuan.", "300b yuan", 300e9, "CNY"),
    ("Subscribers reached 2.5 million.", "2.5 million", 2.5e6, "count"),
    ("Exports hit 870 million units.", "870 million units", 870e6, "count"),
    ("Turnover reached 40 million euros.", "40 million euros", 40e6, "EUR"),
    ("Each user consumed 18GB of data.", "18GB", 18, "GB"),
    ("Computing capacity reached 300 EFLOPS.", "300 EFLOPS", 300, "EFLOPS"),
    ("Power use fell to 12 kilowatt-hours per unit.", "12 kilowatt-hours", 12, "kWh"),
    ("The port handled 45 million TEUs.", "45 million TEUs", 45e6, "TEU"),
])
def test_values_units_and_quotes(text, quote, value, unit):
    o = one(text, quote)
    assert o.value == pytest.approx(value)
    assert o.unit == unit


def test_hundred_million_is_a_product_of_scales():
    o = one("Investment reached 100 million yuan.")
    assert o.value == pytest.approx(1e8)


def test_number_words_and_article_scales():
    assert one("Nine provinces joined the scheme.").value == 9
    assert one("Over a thousand firms applied.").value == 1000
    assert one("Twenty-five ports were upgraded.").value == 25


def test_fraction_of_a_whole_is_a_share_in_percent():
    o = one("Two-thirds of the villages have broadband.")
    assert o.measure == "ratio_pct" and o.unit == "percent" and o.value == pytest.approx(66.67, abs=0.01)


def test_multiples():
    o = one("Shipments of the robots tripled last year.")
    assert (o.measure, o.value, o.unit) == ("multiple", 3, "times")
    o = one("Online orders rose fivefold.")
    assert (o.measure, o.value) == ("multiple", 5)
    o = one("Exports more than doubled from a year earlier.")
    assert (o.measure, o.value, o.qualifier) == ("multiple", 2, "gt")


def test_parenthesised_conversion_gives_two_observations_sharing_the_qualifier():
    got = obs("Revenue rose to more than 8.4 trillion yuan (US$ 1.2 trillion) last year.")
    assert [(o.quote, o.unit, o.qualifier) for o in got] == [
        ("8.4 trillion yuan", "CNY", "gt"), ("US$ 1.2 trillion", "USD", "gt")]


def test_range_gives_both_ends():
    got = obs("Recycling saves between 60% and 70% of the energy.")
    assert [o.value for o in got] == [60, 70]


def test_unit_of_a_coordinated_bare_number_comes_from_its_partner():
    got = obs("Their growth was 1.5 and 2.5 percentage points higher than the average.")
    assert [(o.quote, o.unit, o.measure) for o in got] == [
        ("1.5", "pp", "pp_change"), ("2.5 percentage points", "pp", "pp_change")]


def test_number_broken_across_a_page_break():
    text = ("Coal output rose 2.1 percent to 412 mil-\n\nA miner at work. PHOTO / AGENCY\n\n"
            "lion tons in the quarter.")
    got = obs(text)
    o = [x for x in got if x.quote == "412 mil-"][0]
    assert o.value == pytest.approx(412e6) and o.unit == "t"
    assert text[o.char_start:o.char_end] == o.quote


def test_offsets_point_at_the_quote():
    text = "Intro line\n\nCar sales rose 4.5% to 2.1 million units in May."
    for o in obs(text):
        assert text[o.char_start:o.char_end] == o.quote


@pytest.mark.parametrize("text,quote,value,unit", [
    ("Hourly pay rose by 9 cents to $31.20.", "9 cents", 0.09, "USD"),
    ("Output was estimated at Rs 150.25 lakh crore.", "Rs 150.25 lakh crore", 150.25e12, "INR"),
    ("Average inflation clocked in at 29.2pc.", "29.2pc", 29.2, "percent"),
    ("Demand will reach 102.1 mb/d next year.", "102.1 mb/d", 102100000, "bbl/d"),
    ("Supply fell by 350 kb/d in May.", "350 kb/d", -350000, "bbl/d"),
    ("Trains carried 92,000 twenty-foot equivalent units of freight.", "92,000 twenty-foot equivalent units", 92000, "TEU"),
    ("Broadband penetration reached 42.5 per 100 people.", "42.5 per 100 people", 42.5, "percent"),
])
def test_subunits_scale_words_and_unit_phrases(text, quote, value, unit):
    """Cents, India's lakh and crore, oil in barrels a day, units spelled with number words, rates per 100 people."""
    o = one(text, quote)
    assert (o.value, o.unit) == (value, unit)


def test_a_non_ascii_letter_glued_to_a_number_makes_a_label_not_a_crash():
    got = extract("Output rose 5ſ in May and 7ı in June.", None)
    assert not got.observations and {e.reason for e in got.excluded} == {"label"}


def test_a_scale_word_glued_to_the_number():
    got = extract("The secondary industry added 52.41billion yuan.", None).observations
    assert [(o.quote, o.value, o.unit) for o in got] == [("52.41billion yuan", 52410000000, "CNY")]


def test_plural_scale_word_after_a_number():
    o = [x for x in extract("Gas imports reached 12.5 millions tons.", None).observations][0]
    assert (o.value, o.unit) == (12_500_000, "t")


def test_more_currency_symbols_glued_to_amounts():
    got = [(o.unit, o.value) for o in extract("GDP was Rp3,075.7 trillion; profit RM1.2 billion; sales ₺4 billion.",
                                              None).observations]
    assert got == [("IDR", 3.0757e15), ("MYR", 1.2e9), ("TRY", 4e9)]


def test_a_decimal_broken_by_a_blank_line_is_one_number():
    text = "Sales of the three groups reached 51.\n\n7 billion yuan, 20.3 billion yuan and 9 billion yuan, respectively."
    got = obs(text)
    assert [o.value for o in got if o.unit == "CNY"] == [51.7e9, 20.3e9, 9e9]
    assert got[0].quote == "51.\n\n7 billion yuan" and text[got[0].char_start:got[0].char_end] == got[0].quote


def test_a_decimal_comma_before_a_percent_sign_is_a_decimal():
    t = "Annual inflation rose to 5,4% in September from 4,8% in August; 12,75 per cent of 1,500 firms agreed."
    got = {o.quote: o.value for o in extract(t, date(2023, 10, 18)).observations}
    assert got["5,4%"] == 5.4 and got["4,8%"] == 4.8 and got["12,75 per cent"] == 12.75 and got["1,500"] == 1500


def test_letters_glued_to_a_number_are_a_currency_only_at_home():
    at_home = extract("South Africa's petrol price hit R24.54 a litre in September, and Nigeria's is not named.",
                      date(2023, 10, 18)).observations
    assert [(o.quote, o.unit) for o in at_home] == [("R24.54", "ZAR")]
    naira = extract("Nigeria's nominal GDP stood at N45.11trillion in the third quarter.", date(2021, 11, 19))
    assert [(o.quote, o.value, o.unit) for o in naira.observations] == [("N45.11trillion", 45.11e12, "NGN")]
    abroad = extract("Canada's R2 index rose 3% in May.", date(2023, 6, 18))
    assert [o.quote for o in abroad.observations] == ["3%"]


def test_a_number_before_octane_is_a_fuel_grade():
    got = extract("South Africa's 95 octane petrol rose 2% and 93-octane fell 1% in September.", date(2023, 10, 18))
    assert [o.quote for o in got.observations] == ["2%", "1%"]
    assert {(e.text, e.reason) for e in got.excluded} >= {("95", "label"), ("93", "label")}


def test_an_amount_whose_unit_is_left_out_takes_the_currency_of_the_amount_before():
    t = ("Eastern Province led with a GDP of 6.87 trillion yuan, trailed by Western Province's 6.7 trillion. "
         "Northern Province's GDP hit 5.1 trillion in the first half. The province has 1.4 billion people.")
    got = {o.quote: o.unit for o in extract(t, date(2025, 8, 8)).observations}
    assert got == {"6.87 trillion yuan": "CNY", "6.7 trillion": "CNY", "5.1 trillion": "CNY", "1.4 billion": "count"}


def test_a_fraction_may_be_written_with_a_space_but_three_quarters_of_a_year_are_a_time():
    got = extract("More than two thirds of the firms and one third of the shops sell online. In the first three "
                  "quarters, sales rose 5%.", None).observations
    assert [(o.quote, o.value, o.measure) for o in got] == [
        ("two thirds", 66.67, "ratio_pct"), ("one third", 33.33, "ratio_pct"), ("5%", 5, "growth_yoy_pct")]


def test_a_number_before_a_multiple_in_times_is_a_multiple_too():
    got = extract("Output of masks and gloves grew 7.9 and 2.7 times year on year.", None).observations
    assert [(o.quote, o.value, o.measure, o.unit) for o in got] == [("7.9", 7.9, "multiple", "times"),
                                                                    ("2.7 times", 2.7, "multiple", "times")]


def test_negative_or_minus_before_a_number_is_its_sign():
    got = extract("The electricity index turned to negative 0.3 per cent, and mining grew minus 1.2%.", None)
    assert [o.value for o in got.observations] == [-0.3, -1.2]


@pytest.mark.parametrize("text,quote,value", [
    ("The bank raised its rate by a full percentage point to 17%.", "a full percentage point", 1.0),
    ("The bank cut its rate by half a percentage point.", "half a percentage point", -0.5),
    ("Rates rose three-quarters of a percentage point in June.", "three-quarters of a percentage point", 0.75),
    ("After an initial 25-basis point hike in September, rates rose again.", "25-basis point", 0.25),
])
def test_points_written_in_words_or_hyphenated(text, quote, value):
    got = {o.quote: o for o in extract(text, date(2023, 1, 23)).observations}
    assert (got[quote].value, got[quote].unit, got[quote].measure) == (value, "pp", "pp_change")


def test_dead_weight_tons_written_apart():
    got = extract("Shipbuilding completions rose 39.8 percent to 9.79 million dead weight tons (dwt).", None)
    assert [(o.quote, o.unit) for o in got.observations][1] == ("9.79 million dead weight tons", "dwt")


def test_trln_is_a_trillion_and_tourist_visits_are_person_time():
    got = extract("Eastern City's GDP topped 1 trln yuan in 2021 and it received 57.82 million tourist visits.",
                  date(2022, 1, 26)).observations
    assert [(o.value, o.unit) for o in got] == [(1e12, "CNY"), (57.82e6, "person-time")]


def test_capital_mt_is_megatonnes_and_lower_case_mt_tonnes():
    got = extract("Crude imports fell to 498 Mt, while coke shipments were 120 mt.", None).observations
    assert [(o.value, o.unit) for o in got] == [(498e6, "t"), (120, "t")]


def test_tons_of_coal_equivalent_are_their_own_unit():
    got = extract("Energy use reached 4.9 billion tonnes of coal equivalent.", None).observations
    assert [(o.quote, o.value, o.unit) for o in got] == [("4.9 billion tonnes of coal equivalent", 4.9e9, "tce")]


def test_a_decimal_comma_after_a_zero_and_a_point_written_as_of_a_percentage_point():
    got = extract("Mining fell by 3,1%, contributing -0,2 of a percentage point, and trade 0,15 of a percentage "
                  "point.", None).observations
    assert [(o.quote, o.value, o.unit) for o in got] == [
        ("3,1%", -3.1, "percent"), ("-0,2 of a percentage point", -0.2, "pp"), ("0,15 of a percentage point", 0.15, "pp")]


def test_unicode_hyphens_read_as_hyphens_and_quotes_keep_them():
    t = "Revenue in 2023\u201124 rose 4.1 per cent, and the deficit in 2024\u201025 is $2.1 billion."
    got = extract(t, date(2024, 5, 14)).observations
    assert [o.quote for o in got] == ["4.1 per cent", "$2.1 billion"]


def test_per_cent_points_and_million_barrels_a_day():
    got = extract("Growth was 7.65 per cent points higher, and oil output averaged 1.67mbpd.", None).observations
    assert [(o.quote, o.value, o.unit) for o in got] == [("7.65 per cent points", 7.65, "pp"),
                                                          ("1.67mbpd", 1.67e6, "bbl/d")]
