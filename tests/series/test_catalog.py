"""Linking subjects to the indicator catalog by the meaning of their phrasing."""
from __future__ import annotations

import pytest

from pipelines.series.catalog import catalog_rows, default_catalog, link, load_catalog, normalize_tokens


def code(subject: str) -> str:
    found, mapped = link(subject)
    assert mapped, (subject, found)
    return found


@pytest.mark.parametrize("subject", [
    "value added of industrial enterprises above designated size",
    "The value-added of industrial enterprises above the designated size",
    "added value of industries above designated size",
    "industrial value added among enterprises above the designated size",
    "industrial output",
    "industrial production",
    "Fujian's industrial output",
    "industrial value-added of Hebei",
])
def test_industrial_value_added_variants(subject):
    assert code(subject) == "industrial_value_added"


@pytest.mark.parametrize("subject, expected", [
    ("value added of equipment manufacturing above designated size", "equipment_manufacturing_value_added"),
    ("added value of equipment manufacturing industries", "equipment_manufacturing_value_added"),
    ("equipment manufacturing", "equipment_manufacturing_value_added"),
    ("value-added of high-tech manufacturing industries above the designated size",
     "hightech_manufacturing_value_added"),
    ("high technology manufacturing output", "hightech_manufacturing_value_added"),
    ("value added of the manufacturing industry", "manufacturing_value_added"),
    ("manufacturing PMI", "pmi_manufacturing"),
    ("non-manufacturing PMI", "pmi_non_manufacturing"),
    ("output of industrial robots", "industrial_robot_output"),
    ("profits of industrial enterprises above designated size", "industrial_profits"),
    ("number of industrial enterprises above designated size", "industrial_enterprises"),
])
def test_the_more_specific_indicator_wins(subject, expected):
    assert code(subject) == expected


@pytest.mark.parametrize("subject, expected", [
    ("NEV sales", "nev_sales"),
    ("sales of new NEVs", "nev_sales"),
    ("sales of new energy vehicles", "nev_sales"),
    ("production of new energy vehicles (NEVs)", "nev_output"),
    ("NEV output", "nev_output"),
    ("NEV share of new car sales", "nev_share_of_vehicle_sales"),
    ("auto sales", "vehicle_sales"),
    ("crude steel production", "crude_steel_output"),
    ("output of finished steel", "steel_products_output"),
    ("China's total number of 5G base stations", "5g_base_stations"),
    ("5G mobile subscribers", "5g_users"),
    ("smart computing power", "intelligent_computing_power"),
    ("scale of intelligent computing power", "intelligent_computing_power"),
    ("computing power", "computing_power"),
    ("gigabit broadband subscribers", "gigabit_broadband_users"),
    ('"5G+Industrial Internet" projects', "5g_industrial_internet_projects"),
    ("specialized, refined, distinctive, and innovative small and medium-sized enterprises", "specialized_smes"),
    ("specialized and sophisticated SMEs fostered", "specialized_smes"),
    ('specialized, sophisticated, distinctive and innovative "little giant" enterprises', "little_giant_enterprises"),
    ("devices running OpenHarmony operating system", "openharmony_devices"),
    ("devices equipped with open-source HarmonyOS", "openharmony_devices"),
    ("power consumption of the whole society", "electricity_consumption"),
    ("total imports and exports", "total_trade"),
    ("foreign trade", "total_trade"),
    ("trade surplus", "trade_surplus"),
    ("China's exports", "exports"),
    ("Lhasa GDP", "gdp"),
    ("gross domestic product", "gdp"),
    ("total retail sales of consumer goods", "retail_sales"),
    ("investment in fixed assets", "fixed_asset_investment"),
    ("consumer price index", "cpi"),
])
def test_general_economic_vocabulary(subject, expected):
    assert code(subject) == expected


def test_shares_keep_the_numerator_indicator():
    # measure ratio_pct tells the share; the indicator is what the share is of
    assert code("equipment manufacturing share of value added of industrial enterprises") == \
        "equipment_manufacturing_value_added"
    assert code("share of equipment manufacturing in industrial value added") == "equipment_manufacturing_value_added"
    assert code("share of telecom services processed online") == "telecom_services_online_share"
    assert code("manufacturing share of GDP") == "manufacturing_share_of_gdp"


def test_unmapped_subjects_get_deterministic_order_free_codes():
    assert link("humanoid robot models") == ("x_humanoid_model_robot", False)
    assert link("models of humanoid robots")[0] == link("Humanoid robot models")[0]
    assert link("") == ("x_unknown", False)
    long_code, mapped = link("a very long description of some unusual quantity " * 3)
    assert not mapped and long_code.startswith("x_") and len(long_code) <= 62


def test_trade_partner_is_not_folded_into_the_total():
    to_us, mapped = link("exports to the United States")
    assert not mapped and to_us == "x_export_partner_united_states"
    assert link("imports from the EU")[0] != link("imports")[0]


def test_unrelated_words_do_not_match():
    for subject in ("intelligent computing clusters", "high-quality data sets", "humanoid robots"):
        assert link(subject)[1] is False, subject


def test_every_alias_links_to_its_own_indicator():
    catalog = default_catalog()
    for ind in catalog.indicators.values():
        for alias in (ind.label, *ind.aliases):
            assert catalog.match(alias).code == ind.code, (ind.code, alias)


def test_normalisation():
    tokens, partner = normalize_tokens("The value-added of China's industries above the designated size (YoY)")
    assert tokens == ("value_added", "industry") and not partner


def test_catalog_rows_fit_dim_indicator():
    got = catalog_rows()
    assert len(got) >= 80
    assert {"indicator_code", "label", "domain", "default_unit", "flow_or_stock", "aliases"} <= set(got[0])
    assert len({r["indicator_code"] for r in got}) == len(got)
    assert {r["flow_or_stock"] for r in got} <= {"flow", "stock"}
    assert {r["domain"] for r in got} <= {"industry", "macro", "trade", "regional", "other"}


def test_duplicate_codes_are_refused(tmp_path):
    path = tmp_path / "dup.yaml"
    path.write_text("indicators:\n- {code: a, label: A, aliases: [x]}\n- {code: a, label: B, aliases: [y]}\n")
    with pytest.raises(ValueError):
        load_catalog(path)


def test_a_different_kind_of_quantity_is_a_different_indicator():
    # profits or revenue of a sector are not the sector's value added
    assert link("profits from the equipment manufacturing industry")[1] is False
    assert link("the revenue of digital industry")[1] is False
    assert link("value added of the non-ferrous metal industry")[0] != "nonferrous_metals_output"
    assert code("profits of manufacturing enterprises above designated size") == "manufacturing_profits"


def test_x_industry_is_about_x():
    assert code("value added of high-tech manufacturing industries") == "hightech_manufacturing_value_added"
    assert link("profit of the steel industry")[0] == link("steel profits")[0]


def test_the_base_of_a_share_does_not_pick_the_indicator():
    # the base (industrial value added, exports) must not win over the numerator
    assert code("share of high-tech manufacturing in value added of industrial enterprises") == \
        "hightech_manufacturing_value_added"
    assert code("5G users as a share of mobile phone users") == "5g_users"


def test_spacing_of_generation_names():
    assert code("number of 5 G base stations") == "5g_base_stations"
    assert code("scale of 5-G users") == "5g_users"


@pytest.mark.parametrize("subject", ["a-share market", "key industries", "transaction value",
                                     "economy the largest informatization sector to economic growth"])
def test_loose_subjects_stay_unmapped(subject):
    assert link(subject)[1] is False, link(subject)


@pytest.mark.parametrize("subject, expected", [
    ("online processing share of telecom services", "telecom_services_online_share"),
    ("share of transactions of telecom services conducted online", "telecom_services_online_share"),
    ("units equipped with open-source harmonyos", "openharmony_devices"),
])
def test_shares_and_units_phrased_by_the_extractor(subject, expected):
    assert code(subject) == expected
