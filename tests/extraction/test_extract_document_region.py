"""Document-level regions, trading partners, domains and measures of statistical releases (texts composed for the
tests; no sentence is taken from a corpus)."""
from datetime import date

import pytest

from pipelines.extraction import extract
from pipelines.extraction import regions as R


def _obs(text):
    return extract(text, None).observations


def _by_quote(text):
    return {o.quote: o for o in _obs(text)}


def test_a_provincial_report_gives_its_figures_to_the_province():
    text = ("Hunan economy expands 4.9% in first half\n\n"
            "CHANGSHA, July 20 -- The province's gross domestic product reached 2,400.1 billion yuan in the first half, "
            "the provincial statistics bureau said.\n\n"
            "Industry\n\n"
            "Value added of industrial enterprises above designated size grew 6.8 percent. "
            "Retail sales of consumer goods rose 5.1 percent to 960 billion yuan.\n\n"
            "Exports increased 12.0 percent, while imports fell 3.3 percent.")
    got = _obs(text)
    assert got and all((o.region, o.region_code, o.domain) == ("Hunan", "CN-HN", "regional") for o in got)


def test_a_city_report_nests_the_city_code_under_its_province():
    text = ("Statistical Communique of Zhuzhou City on Economic Development in 2022\n\n"
            "In 2022, the city's GDP reached 358.2 billion yuan, up 4.8% over the previous year. "
            "The city had 1,310 industrial enterprises above designated size.")
    got = _obs(text)
    assert [(o.region, o.region_code, o.domain) for o in got] == [("Zhuzhou", "CN-HN-ZHUZHOU", "regional")] * 3


def test_city_gazetteer_comes_from_geonames():
    # a prefecture-level city not in the hand-kept list: the most populous city of that name wins
    p = R.NAMES.get("Zunyi")
    assert p is not None and p.level == "city" and p.code == "CN-GZ-ZUNYI"
    assert R.city_code("CN-SN", "Xi'an") == "CN-SN-XIAN"


def test_a_given_name_is_not_a_city():
    assert R.find("the report said, quoting Wang Dali, an economist.") == []


def test_supranational_areas_have_codes():
    assert R.SUPRA["world"].code == "001"
    assert R.SUPRA["euro area"].code == "EZ"
    assert R.SUPRA["european union"].code == "EU"
    assert R.SUPRA["asean"].code == "ASEAN"


def test_a_national_report_stays_national_despite_a_city_in_its_lead():
    text = ("China's service activity picks up in March\n\n"
            "BEIJING -- China's services PMI rose to 52.3 in March as Chongqing and other cities reopened.")
    o = _obs(text)[0]
    assert (o.region, o.measure, o.unit) == ("China", "index", "index")


def test_the_dateline_and_the_masthead_do_not_make_a_city_the_topic():
    text = ("Weekly Trade Review | Beijing Edition\n\n"
            "China's exports grow 7% in May\n\n"
            "Exports grew 7 percent to 2.1 trillion yuan in May.")
    got = _obs(text)
    assert all(o.region == "China" for o in got)


def test_trading_partners_are_not_the_region():
    text = ("China's foreign trade rises in first quarter\n\n"
            "By trading partner, the EU was China's second-largest, with bilateral trade of 1.2 trillion yuan, "
            "up 3.1 percent. Exports to the United States rose 5 percent. Trade with ASEAN reached 1.6 trillion yuan. "
            "ASEAN accounted for 15.9 percent of China's total foreign trade.")
    got = _obs(text)
    assert [o.region for o in got] == ["China"] * 5
    assert all(o.domain == "trade" for o in got)


def test_a_place_that_owns_the_flow_is_the_region():
    text = ("Global trade slows in 2024\n\n"
            "Germany's exports fell 2.0 percent in 2024, the statistics office said.")
    o = _obs(text)[0]
    assert o.region == "Germany"


def test_a_provinces_trade_is_regional_and_its_partners_are_not_regions():
    text = ("Zhejiang's foreign trade hits record in 2023\n\n"
            "Trade with the European Union grew 4.2% to 520 billion yuan, and exports to Japan slipped 1.1%. "
            "Zhejiang accounted for 12.1% of China's total foreign trade.")
    got = _obs(text)
    assert {(o.region, o.domain) for o in got} == {("Zhejiang", "regional")}


def test_a_company_report_is_other_with_the_home_country():
    text = ("Brenner Maschinenbau raises dividend after record year\n\n"
            "Brenner Maschinenbau AG, the Stuttgart-based maker of machine tools, said on Tuesday that revenue rose "
            "8% to EUR 2.4 billion. Sales in China fell 4%.")
    got = _by_quote(text)
    assert (got["EUR 2.4 billion"].region, got["EUR 2.4 billion"].domain) == ("Germany", "other")
    assert (got["4%"].region, got["4%"].domain) == ("China", "other")


def test_figures_of_a_foreign_economy_are_macro():
    text = ("U.S. retail sales edge up in May\n\n"
            "Retail sales rose 0.3% in May from the previous month. Average hourly earnings were $34.10, "
            "and used-car prices fell 1.1%.")
    got = _obs(text)
    assert all(o.region == "United States" and o.domain == "macro" for o in got)


def test_pmi_readings_are_indices_and_their_domains():
    text = ("China's factory activity expands in April\n\n"
            "The official manufacturing PMI, which tracks large firms, came in at 50.4 in April. "
            "The employment sub-index was 48.9. The composite PMI output index, which covers services too, "
            "stood at 51.7.")
    got = _obs(text)
    assert [(o.value, o.measure, o.unit, o.domain) for o in got] == [
        (50.4, "index", "index", "industry"), (48.9, "index", "index", "industry"),
        (51.7, "index", "index", "macro")]


def test_changes_without_a_base_in_a_statistical_release_are_year_on_year():
    text = ("Sichuan's economy grows in 2023\n\n"
            "Per capita disposable income of urban residents was 45,227 yuan, up 4.4 percent, and that of rural "
            "residents 19,978 yuan, up 6.6 percent.")
    got = [o for o in _obs(text) if o.unit == "percent"]
    assert [o.measure for o in got] == ["growth_yoy_pct", "growth_yoy_pct"]


def test_a_named_other_base_gives_growth_pct():
    text = ("China's output of robots soars\n\n"
            "Output rose 8.2 percent from the previous month, and has grown 40 percent since the start of the year.")
    got = _obs(text)
    assert [o.measure for o in got] == ["growth_pct", "growth_pct"]


def test_an_elliptical_list_of_changes_keeps_sign_and_base():
    text = ("Euro zone output shrinks in the first quarter\n\n"
            "Among member states, Portugal's output dropped 2.5% on the quarter, Greece's 1.8% and Austria's 1.2%. "
            "The bloc's GDP fell 0.6% on the quarter and 1.4% year on year.")
    got = [(o.value, o.measure) for o in _obs(text)]
    assert got == [(-2.5, "growth_pct"), (-1.8, "growth_pct"), (-1.2, "growth_pct"), (-0.6, "growth_pct"),
                   (-1.4, "growth_yoy_pct")]


def test_earlier_rates_of_the_same_change_and_growth_nouns():
    text = ("Power generation rose 1.5 percent from a year earlier in May, slowing from 6.1 percent growth in April, "
            "and down from 7.0 percent in March.")
    got = [(o.value, o.measure) for o in _obs(text)]
    assert got == [(1.5, "growth_yoy_pct"), (6.1, "growth_yoy_pct"), (7.0, "growth_yoy_pct")]


def test_share_after_a_change_is_a_ratio():
    text = ("China's trade with Africa grows\n\n"
            "Trade with Africa rose 4.0 percent to 1.1 trillion yuan, or 4.5 percent of the total.")
    got = _by_quote(text)
    assert got["4.5 percent"].measure == "ratio_pct"


def test_exchange_rate_quoted_in_another_currency():
    o = _by_quote("The yen traded at $0.0066 on Monday, down 0.2%.")["$0.0066"]
    assert (o.unit, o.measure, o.domain) == ("USD/JPY", "level", "trade")


def test_rate_out_of_every():
    o = _obs("Electric cars now account for three out of every ten new cars sold.")[0]
    assert (o.value, o.unit, o.measure) == (30.0, "percent", "ratio_pct")


def test_units_person_time_and_deadweight_tonnes():
    got = _by_quote("The province received 52.4 million domestic and foreign tourist arrivals. Shipyards delivered "
                    "12.5 million deadweight tonnes.")
    assert got["52.4 million"].unit == "person-time"
    assert got["12.5 million deadweight tonnes"].unit == "dwt"


def test_negative_amount_after_a_currency_code():
    o = _obs("Free cash flow was EUR -12 million in the quarter.")[0]
    assert (o.quote, o.value, o.unit) == ("EUR -12 million", -12000000.0, "EUR")


# ---- subjects (for series linking)

def _subjects(text):
    return [(o.quote, o.subject) for o in _obs(text)]


def test_pronoun_subject_carries_the_previous_subject():
    got = _subjects("In January, cement output rose 3.1% year on year, while in February it increased 2.4% year on "
                    "year.")
    assert got == [("3.1%", "cement output"), ("2.4%", "cement output")]


def test_respectively_gives_each_number_its_item():
    got = _subjects("The value added of the textile industry and the chemical industry grew 3.5% and 6.2%, "
                    "respectively.")
    assert got == [("3.5%", "value added of the textile industry"), ("6.2%", "value added of the chemical industry")]


def test_respectively_far_after_the_numbers():
    got = _subjects("The mining and utilities sectors recovered, with the value added accounting for 8.1% and 6.3% "
                    "of all industrial enterprises above designated size, respectively.")
    assert got == [("8.1%", "value added of mining"), ("6.3%", "value added of utilities sectors")]


def test_noun_after_the_number_with_a_digit_label():
    assert _subjects("Operators have built 2.9 million 5G base stations.") == [("2.9 million", "5g base stations")]
    assert _subjects('Over 9,000 "5G+Smart Port" projects have been launched.') == [
        ("9,000", "5g+smart port projects")]


def test_out_of_does_not_become_the_subject():
    assert _subjects("Robots are used in 52 out of 60 industrial categories.") == [("52", "industrial categories")]


def test_series_of_modifiers_is_one_noun_phrase():
    assert _subjects("The country has 7,500 specialized, refined, and innovative SMEs.") == [
        ("7,500", "specialized, refined, and innovative smes")]
    assert _subjects("The number of specialized, refined, and innovative SMEs exceeded 7,500.") == [
        ("7,500", "specialized, refined, and innovative smes")]


def test_participle_after_a_comma_takes_the_clause_subject():
    got = _subjects("Export prices have fallen for 11 months, dropping 1.9 percent in May.")
    assert got[-1] == ("1.9 percent", "export prices")


def test_bare_flow_noun_takes_the_complement_of_the_previous_one():
    got = _subjects("Production of electric buses reached 52,000 units, while sales hit 50,100 units.")
    assert got == [("52,000 units", "production of electric buses"), ("50,100 units", "sales of electric buses")]


def test_classified_as_is_skipped():
    assert _subjects('There are 900 firms, with 120 classified as "gazelle" enterprises.')[-1] == (
        "120", "gazelle enterprises")


# ---- numbers that measure nothing

def _quotes(text):
    return [o.quote for o in _obs(text)]


def test_day_of_an_iso_date_and_page_counters():
    assert _quotes("Updated: 2023-04-09 08:15 | page 2/3") == []


def test_a_model_number_after_its_makers_name():
    assert _quotes("Orders for the Airbus 350 and the Boeing 787 rose to 120 jets.") == ["120"]


def test_denominators():
    assert _quotes("Density reached 390 robots per 10,000 workers.") == ["390"]
    assert _quotes("The firm will cut 800 of its 12,500 jobs.") == ["800"]
    assert _quotes("Of the 31 provinces surveyed, 18 reported growth.") == ["18"]
    assert _quotes("Four out of every ten cars sold were electric.") == ["Four"]


def test_thresholds_in_definitions():
    assert _quotes("Mills with an annual capacity of 2 million tonnes or more should account for 60 percent.") == [
        "60 percent"]
    assert _quotes("About 40 parks with output value of more than 50 billion yuan will be built.") == ["40"]
    assert _quotes("Furnaces of below 1,000 cubic meters will be phased out.") == []
    assert _quotes("Some 300 firms reached level 4 or above.") == ["300"]
    assert _quotes("A reading above 50 indicates expansion.") == []
    assert _quotes("Trade reached a total of over 5.2 trillion yuan, with bilateral trade of 1.1 trillion yuan.") == [
        "5.2 trillion yuan", "1.1 trillion yuan"]


def test_currency_definition_and_subscription_lines():
    assert _quotes("(USD 1 = CNY 7.10)") == ["CNY 7.10"]
    assert _quotes("Subscribe: 52 issues for 199 yuan") == []


def test_a_city_report_with_a_wire_dateline_and_anaphora_by_level():
    text = ("Plateau city passes milestone\n\n"
            "NYINGCHI, Jan. 18 (Xinhua) -- Nyingchi, a city in southwest China's Xizang Autonomous Region, saw its GDP "
            "reach 30.2 billion yuan in 2024, up 7.1 percent year on year.\n\n"
            "Xizang's GDP grew 6.3 percent last year. The city's tourism revenue rose 11 percent.")
    got = [(o.quote, o.region, o.subject) for o in _obs(text)]
    assert got == [("30.2 billion yuan", "Nyingchi", "gdp"), ("7.1 percent", "Nyingchi", "gdp"),
                   ("6.3 percent", "Xizang", "gdp"), ("11 percent", "Nyingchi", "tourism revenue")]


def test_the_dateline_is_not_part_of_the_subject():
    o = _obs("BEIJING, May 9 (Xinhua) -- China's foreign trade rose 5.6 percent year on year.")[0]
    assert o.subject == "foreign trade"


def test_with_noun_up_names_the_measured_thing():
    o = _obs("The EU remained China's second-largest trading partner, with exports up 4.1 percent.")[0]
    assert (o.subject, o.region) == ("exports", "China")


def test_annualized_rate_is_a_change_and_other_currencies_per_dollar():
    text = ("Japan's economy shrinks\n\n"
            "TOKYO -- Japan's economy contracted at an annualized rate of 0.7 percent in the first quarter. "
            "The yen traded at 145.20 per dollar.")
    got = [(o.value, o.measure, o.unit, o.domain) for o in _obs(text)]
    assert got == [(-0.7, "growth_pct", "percent", "macro"), (145.2, "level", "JPY/USD", "trade")]


def test_section_headings_of_a_provincial_report_keep_its_province():
    text = ("Henan's GDP grows 5.0 percent in the first three quarters\n\n"
            "The province's gross domestic product reached 4,500 billion yuan, the statistics bureau said.\n\n"
            "Steady harvest and rising livestock numbers in the countryside\n\n"
            "Summer grain output reached 37.5 million tonnes, up 0.8 percent.\n\n"
            "Manufacturing picks up speed as equipment makers expand\n\n"
            "Value added of equipment manufacturing grew 9.1 percent.")
    got = _obs(text)
    assert got and all((o.region, o.domain) == ("Henan", "regional") for o in got)


def test_a_title_naming_a_provinces_government_gives_the_text_to_the_province():
    text = ("Highlights of the Report on the Work of the Yunnan Provincial Government\n\n"
            "Regional GDP grew 4.4% last year, and retail sales rose 6.9%.")
    assert {(o.region, o.domain) for o in _obs(text)} == {("Yunnan", "regional")}


def test_provinces_of_other_countries_and_their_dollar():
    text = ("Labour market in Canada\n\nEmployment rose in Ontario (+21,000) and fell in Alberta. "
            "Average hourly wages were $33.50.")
    got = _by_quote(text)
    assert (got["+21,000"].region, got["+21,000"].region_code, got["+21,000"].domain) == ("Ontario", "CA-ON", "regional")
    assert (got["$33.50"].unit, got["$33.50"].region) == ("CAD", "Canada")


def test_a_text_about_the_euro_area_defaults_to_it():
    text = ("Unemployment in the euro area\n\nThe euro area unemployment rate was 6.4% in August. In the euro area, "
            "unemployment fell by 94 thousand compared with July.")
    assert {o.region for o in _obs(text)} == {"Euro area"}


def test_a_coordinated_fall_keeps_its_sign_and_its_own_place():
    text = ("Unemployment in the euro area\n\nCompared with May, unemployment decreased by 81 thousand in the EU and "
            "by 62 thousand in the euro area.")
    got = _by_quote(text)
    assert (got["81 thousand"].value, got["81 thousand"].region) == (-81000, "European Union")
    assert (got["62 thousand"].value, got["62 thousand"].region) == (-62000, "Euro area")


def test_respectively_gives_each_number_its_own_place_but_not_to_partners():
    got = _by_quote("The growth rates of Weifang, Dongying and Jining were 40.8%, 33.5% and 27.5%, respectively.")
    assert [(got[q].region, got[q].measure) for q in ("40.8%", "33.5%", "27.5%")] == \
        [("Weifang", "growth_yoy_pct"), ("Dongying", "growth_yoy_pct"), ("Jining", "growth_yoy_pct")]
    got = _by_quote("China's trade with ASEAN, the EU and Japan rose 9.1%, 6.2% and 3.3%, respectively.")
    assert {got[q].region for q in ("9.1%", "6.2%", "3.3%")} == {"China"}


def test_a_country_named_outright_wins_a_tie_with_a_statistics_office_other_countries_share_a_name_with():
    t = ("The National Bureau of Statistics (NBS) said Nigeria's GDP grew by 4.03 per cent in the third quarter.\n\n"
         "Crude oil output averaged 1.57 million barrels per day in the quarter.")
    assert {o.region for o in extract(t, date(2021, 11, 19)).observations} == {"Nigeria"}


def test_abroad_the_industrial_sectors_own_output_is_industry_and_on_the_month_before():
    got = extract("Germany's industrial production fell 1.3% in February. Its GDP had grown 0.2% in 2024.",
                  date(2025, 4, 7)).observations
    assert [(o.domain, o.measure) for o in got] == [("industry", "growth_pct"), ("macro", "growth_yoy_pct")]


def test_a_country_in_capitals_or_by_its_adjective_names_the_text_but_a_city_in_capitals_is_a_dateline():
    t = ("THE PHILIPPINE Statistics Authority said on Wednesday it kept first-quarter growth at 6.4%.\n\n"
         "Polish inflation eased to 3.4% in December, the statistics office said.")
    got = [o.region for o in extract(t, date(2023, 8, 10)).observations]
    assert got == ["Philippines", "Poland"]
    dateline = extract("CHANGSHA, July 20 -- Hunan's GDP grew 4.9% in the first half.", date(2023, 7, 20))
    assert [o.region for o in dateline.observations] == ["Hunan"]


def test_a_manifest_headline_names_the_country_of_a_text_that_does_not_open_with_it():
    t = "Average inflation was 1.6% in 2021, the statistics institute said, against 5.2% last year."
    got = extract(t, date(2023, 1, 13), None, "Inflation in France jumps to 5.2% on average over 2022").observations
    assert {o.region for o in got} == {"France"}


def test_a_publishers_country_wins_over_areas_named_only_as_a_comparison():
    t = ("The 2024‑25 Budget forecasts a surplus of $9.3 billion, ahead of most advanced economies, and debt peaking "
         "lower at 34.1 per cent of GDP.")
    got = {o.quote: o for o in extract(t, date(2024, 5, 14), "Treasury, Australian Government").observations}
    assert {(o.region, o.unit) for q, o in got.items() if q.startswith("$")} == {("Australia", "AUD")}
    assert (got["34.1 per cent"].measure, got["34.1 per cent"].value) == ("ratio_pct", 34.1)
    # (an area alone still names a text whose publisher names no country)
    euro = extract("Euro area output rose 0.3% in the quarter.", date(2024, 5, 14), "Newswire").observations
    assert euro[0].region == "Euro area"


def test_dirhams_glued_to_a_number_in_a_text_on_the_uae():
    got = _by_quote("The UAE's non-oil trade jumped 14 per cent to Dh2.2 trillion, and the contribution of the "
                    "non-oil sector to the UAE's economy rose to 73.1 per cent.")
    assert (got["Dh2.2 trillion"].unit, got["Dh2.2 trillion"].value, got["Dh2.2 trillion"].region) == \
        ("AED", 2.2e12, "United Arab Emirates")
    assert got["73.1 per cent"].measure == "ratio_pct"


def test_inflation_where_the_headline_is_monthly_is_on_the_month_before():
    t = ("Argentina's monthly figures\n\nInflation in October was 2.9%, and 101.6% year on year. In Chile, inflation "
         "was 4.1% in October.")
    got = {o.quote: o.measure for o in extract(t, date(2024, 11, 13)).observations}
    assert got == {"2.9%": "growth_pct", "101.6%": "growth_yoy_pct", "4.1%": "growth_yoy_pct"}


def test_kenya_reports_quarterly_growth_on_a_year_earlier():
    got = _by_quote("The Kenya National Bureau of Statistics said the economy grew by 4.6% in the second quarter.")
    assert got["4.6%"].measure == "growth_yoy_pct"


def test_a_place_inside_a_quoted_nickname_is_no_place_of_the_figures():
    got = _by_quote('The city of Dongguan, dubbed the "factory of the world," reported a GDP of 1.1 trillion yuan.')
    assert got["1.1 trillion yuan"].region == "Dongguan"


@pytest.mark.parametrize("text,quote,unit", [
    ("Nepal's government spending reached Rs.779.23 billion.", "Rs.779.23 billion", "NPR"),
    ("Pakistan's exports reached Rs 1.2 trillion.", "Rs 1.2 trillion", "PKR"),
    ("India's exports reached Rs 5,000 crore.", "Rs 5,000 crore", "INR"),
    ("Botswana's budget deficit is projected at P11.3 billion.", "P11.3 billion", "BWP"),
    ("Qatar's real GDP reached QR170.1bn in the first quarter.", "QR170.1bn", "QAR"),
    ("The Reserve Bank of Fiji said foreign reserves stood at $3.5 billion.", "$3.5 billion", "FJD"),
])
def test_rupees_pula_riyals_and_fiji_dollars_at_home(text, quote, unit):
    assert _by_quote(text)[quote].unit == unit
