"""Title and agency regions, supranational groupings, pound amounts, exchange rates after a move, company reports,
foreign-investment domains and plain-text tables. Sentences are composed for these tests."""
from __future__ import annotations

from datetime import date

from pipelines.extraction import extract


def _obs(text: str):
    return {o.quote: o for o in extract(text, None).observations}


def test_statistical_communique_title_names_the_city():
    text = ("Statistical Communique of Anshan on the 2023 National Economic and Social Development\n\n"
            "I. Overview\n\nThe gross domestic product reached 212.5 billion yuan, up 5.1 percent over the previous "
            "year. The value added of industry was 80.2 billion yuan.")
    obs = _obs(text)
    for q in ("212.5 billion yuan", "5.1 percent", "80.2 billion yuan"):
        assert obs[q].region == "Anshan" and obs[q].domain == "regional"


def test_agency_line_names_the_city():
    text = ("Economy keeps steady recovery in first three quarters\n\nThe gross domestic product reached 512.5 "
            "billion yuan, up 5.3 percent over the previous year.\n\nSource: Shenyang Municipal Bureau of Statistics")
    obs = _obs(text)
    assert obs["512.5 billion yuan"].region == "Shenyang"
    assert obs["5.3 percent"].domain == "regional"


def test_national_agency_line_keeps_the_country():
    text = ("Economy keeps steady recovery in first three quarters\n\nThe gross domestic product reached 512.5 "
            "billion yuan, up 5.3 percent over the previous year.\n\nSource: National Bureau of Statistics")
    assert _obs(text)["512.5 billion yuan"].region == "China"


def test_country_groupings_are_regions():
    obs = _obs("Growth in emerging market and developing economies is projected at 4.1% next year, while "
               "advanced economies are expected to expand 1.6%.")
    assert obs["4.1%"].region == "Emerging market and developing economies"
    assert obs["4.1%"].region_code == "EMERGINGMARKETANDDEVELOPINGECONOMIES"
    assert obs["1.6%"].region == "Advanced economies"


def test_pounds_are_sterling_but_pounds_of_goods_weigh():
    obs = _obs("Public sector borrowing reached 41.2 billion pounds in the six months, and the typical household "
               "bill rose to 2,105 pounds. A bakery sold 300 pounds of flour.")
    assert obs["41.2 billion pounds"].unit == "GBP"
    assert obs["2,105 pounds"].unit == "GBP"
    assert "300 pounds" not in obs or obs["300 pounds"].unit != "GBP"


def test_exchange_rate_after_a_move_against_another_currency():
    obs = _obs("The pound rose by 0.6% against the euro to 1.1512 euros on Tuesday.")
    assert obs["1.1512 euros"].unit == "EUR/GBP" and obs["1.1512 euros"].domain == "trade"


def test_company_report_introduced_by_what_it_makes():
    text = ("Norvik Cells posts higher profit despite weak prices\n\nDanish battery maker Norvik Cells reported on "
            "Tuesday a 12.5 percent rise in net profit to 4.2 billion euros for the year.")
    obs = _obs(text)
    assert obs["12.5 percent"].domain == "other" and obs["4.2 billion euros"].domain == "other"


def test_place_title_is_not_a_company():
    text = ("Germany posts record trade surplus in 2023\n\nGermany reported a surplus of 210 billion euros, the "
            "statistics office said, as the company sector recovered.")
    assert _obs(text)["210 billion euros"].domain != "other"


def test_foreign_investment_is_trade():
    obs = _obs("In the first half, the actual use of foreign investment in the country rose 12.4 percent to "
               "412.3 billion yuan, and outbound direct investment reached 51.8 billion dollars.")
    assert obs["12.4 percent"].domain == "trade"
    assert obs["412.3 billion yuan"].domain == "trade"
    assert obs["51.8 billion dollars"].domain == "trade"


_TABLE = """Output of selected products in March

Product          Unit                  March      YoY (%)    Jan-Mar     YoY (%)
Cement           10,000 tonnes         15,230     -4.2       40,115      -1.1
Power            100 million kWh       6,912      3.3        21,004      2.7
Gas              100 million m3        188        5.1        590         4.8

Note: figures cover enterprises above designated size.
"""


def test_table_unit_column_scales_cells_and_growth_columns_are_percent():
    obs = _obs(_TABLE)
    assert obs["15,230"].unit == "t" and obs["15,230"].value == 152_300_000
    assert obs["6,912"].unit == "kWh" and obs["6,912"].value == 691_200_000_000
    assert obs["188"].unit == "m3" and obs["188"].value == 18_800_000_000
    assert obs["-4.2"].unit == "percent" and obs["-4.2"].measure == "growth_yoy_pct"
    assert obs["4.8"].unit == "percent"
    assert not any(q.startswith(("10,000", "100 million")) for q in obs)


def test_table_unit_line_above_the_table():
    text = ("Sales of vehicles\n\nUnit: 10,000 units\n\nType        May       Jan-May\n"
            "Cars        125.4     560.2\nTrucks      30.1      141.7\n")
    obs = _obs(text)
    assert obs["125.4"].value == 1_254_000 and obs["125.4"].unit == "count"


def test_no_table_no_change():
    obs = _obs("Cement output was 15,230 units in March, up 4.2 percent year on year.")
    assert obs["15,230 units"].value == 15230


def test_currency_move_against_another_is_trade():
    obs = _obs("The euro fell 0.8% against the U.S. dollar on Friday, while shares rose 1.2% against expectations.")
    assert obs["0.8%"].domain == "trade"
    assert obs["1.2%"].domain != "trade"


def test_day_that_dates_an_action_is_not_a_base():
    obs = _obs("The Fund on Tuesday cut its forecast for global economic growth this year to 2.8%. "
               "Shares rose 2.1% on Tuesday as investors cheered.")
    assert obs["2.8%"].measure == "growth_yoy_pct"
    assert obs["2.1%"].measure == "growth_pct"


def test_record_since_a_year_is_not_a_base():
    obs = _obs("World economic growth will slow to 2.6% this year, the weakest pace since 2009.")
    assert obs["2.6%"].measure == "growth_yoy_pct"


def test_on_average_stays_a_base():
    obs = _obs("Tax payments of small firms increased on average about 7 percent in the pilot areas.")
    assert obs["7 percent"].measure == "growth_pct"


def test_in_annual_terms_and_dips():
    obs = _obs("Prices rose 2.7% in annual terms in May. Retail trade dips 3.4 pct in the first half.")
    assert obs["2.7%"].measure == "growth_yoy_pct"
    assert obs["3.4 pct"].value == -3.4 and obs["3.4 pct"].unit == "percent"


def test_named_company_figures_are_other():
    text = ("Truck sales ease in the second quarter\n\nNew truck sales in the country fell 3.1% in the quarter. "
            "Harlow Motors, the biggest truckmaker in the region, said its deliveries rose 4.4% to 81,250 vehicles. "
            "Sales of its electric models jumped 35%. Quarry Trucks, a small maker, lost 2.0% of its volume.\n\n"
            "Industry-wide prices rose 1.5%.")
    obs = _obs(text)
    assert obs["3.1%"].domain != "other"
    assert obs["4.4%"].domain == "other" and obs["81,250"].domain == "other"
    assert obs["35%"].domain == "other"
    assert obs["1.5%"].domain != "other"


def test_a_leading_group_is_no_company():
    from pipelines.extraction.extractor import _company_names
    names = _company_names("The Provincial Leading Group met on Monday. Orvia Holdings, a chemicals producer, "
                           "said output rose.")
    assert names == {"Orvia Holdings"}


def test_bare_surplus_among_exports_is_trade_budget_surplus_is_not():
    obs = _obs("Exports rose 4.1 percent and imports fell 1.2 percent, and the monthly surplus widened to 61.3 "
               "billion dollars. The government budget surplus reached 20.5 billion dollars.")
    assert obs["61.3 billion dollars"].domain == "trade"
    assert obs["20.5 billion dollars"].domain != "trade"


def test_foreign_product_figures_are_industry():
    text = ("U.S. truck sales slow\n\nU.S. new truck sales fell 1.9% in the quarter to 410,000 units, while "
            "U.S. consumer prices rose 0.3%.")
    obs = _obs(text)
    assert obs["1.9%"].domain == "industry"
    assert obs["0.3%"].domain == "macro"


def test_growth_forecasts_of_economies():
    text = ("Fund trims forecast\n\nGrowth in emerging market and developing economies is forecast at 3.7% this "
            "year, rising to 4.2% in 2026. Italy's forecast was lowered by 0.1 percentage points to 0.6% for this "
            "year, while its 2026 forecast was cut to 0.9%.\n\nThe unemployment rate forecast was cut to 4.1%.")
    obs = _obs(text)
    for q in ("3.7%", "0.6%", "0.9%"):
        assert obs[q].measure == "growth_yoy_pct", q
    assert obs["4.1%"].measure == "ratio_pct"


def test_revision_base_belongs_to_the_revision():
    obs = _obs("The bank forecast French growth at 1.1% this year and 1.3% next year, down 0.1 and 0.2 percentage "
               "points from April, respectively.")
    assert obs["1.1%"].measure == "growth_yoy_pct"
    assert obs["1.3%"].measure == "growth_yoy_pct"


def test_foreign_company_quarterly_sales_are_year_on_year():
    text = ("U.S. truck sales slow\n\nHarlow Motors, the biggest truckmaker in the region, said its quarterly "
            "deliveries fell 3.3% in the third quarter. U.S. consumer prices rose 0.2% in September.")
    obs = _obs(text)
    assert obs["3.3%"].measure == "growth_yoy_pct"
    assert obs["0.2%"].measure == "growth_pct"


def test_orders_cool_by_a_share_is_a_fall():
    obs = _obs("Analysts expect new orders to cool by around 15 percent this year.")
    assert obs["15 percent"].value == -15 and obs["15 percent"].measure.startswith("growth")


def test_comparatives_after_a_percentage_are_changes():
    obs = _obs("Heating bills were 18% lower than a year earlier. Factory output was 2.1% above its pre-pandemic "
               "level. The firm's share was 30% higher than its rival's share.")
    assert obs["18%"].measure == "growth_yoy_pct" and obs["18%"].value == -18
    assert obs["2.1%"].measure == "growth_pct" and obs["2.1%"].value == 2.1
    assert obs["30%"].measure == "ratio_pct"


def test_prices_per_physical_unit():
    got = {o.quote: o.unit for o in extract(
        "Thermal coal rose to 850 yuan per tonne. Brent eased to around $83/bbl. Pork cost 25 yuan/kg.", None
    ).observations}
    assert got == {"850 yuan per tonne": "CNY/t", "$83/bbl": "USD/bbl", "25 yuan/kg": "CNY/kg"}


def test_oil_market_volumes_and_their_domain():
    text = ("World oil supply is projected to rise by 580 kb/d to a record 102.7 mb/d. Global oil inventories fell "
            "by 5.1 mb in March. The file was 500 MB.")
    got = extract(text, date(2024, 5, 15)).observations
    assert [(o.quote, o.unit, o.value, o.domain) for o in got[:3]] == [
        ("580 kb/d", "bbl/d", 580000, "industry"), ("102.7 mb/d", "bbl/d", 102700000, "industry"),
        ("5.1 mb", "bbl", -5100000, "industry")]
    assert got[2].subject == "oil inventories"  # "mb/d." ends its sentence
    assert all(o.unit != "bbl" for o in got[3:])  # upper-case MB is no barrel


def test_year_over_year_is_year_on_year():
    o = extract("US average hourly wages were up 3.9% year over year in May.", date(2024, 6, 7)).observations[0]
    assert o.measure == "growth_yoy_pct"


def test_the_yen_sign_at_home_and_currency_codes_before_amounts():
    got = extract("Japan logged a trade deficit of ¥1,436.8 billion in July. Brazil's GDP totaled BRL 2.6 trillion.",
                  None).observations
    assert [(o.quote, o.unit) for o in got] == [("¥1,436.8 billion", "JPY"), ("BRL 2.6 trillion", "BRL")]
    assert extract("China's retail sales reached ¥4 trillion.", None).observations[0].unit == "CNY"
