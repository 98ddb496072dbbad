"""Measure, sign and qualifier read from the words around a number (sentences composed for the tests)."""
import pytest

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
