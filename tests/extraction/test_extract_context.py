"""Sentences, regions, domains and subjects (texts composed for the tests)."""
from datetime import date

from pipelines.extraction import extract
from pipelines.extraction.segment import sentences


def test_sentences_keep_abbreviations_and_split_paragraphs():
    text = "Mr. Li said output rose 3%. The U.S. share fell.\n\nHeading Without Stop\n\nNext paragraph here."
    got = [s.text for s in sentences(text)]
    assert got == ["Mr. Li said output rose 3%.", "The U.S. share fell.", "Heading Without Stop",
                   "Next paragraph here."]


def test_lowercase_line_continues_the_open_paragraph():
    text = "Output of the sector rose\n\nsharply by 5% this year."
    got = sentences(text)
    assert len(got) == 1 and "rose sharply by 5%" in got[0].text


def test_transcript_turns_and_bullets():
    text = "Reporter:\n\nHow did exports do?\n\nZhang Wei:\n\nExports grew 5% year on year.\n\n  • Imports fell 2%."
    got = extract(text, None).observations
    assert [(o.quote, o.value) for o in got] == [("5%", 5), ("2%", -2)]


def test_region_defaults_to_the_country_the_document_is_about():
    text = "China's economy grew steadily.\n\nSteel output rose 2% year on year in May."
    o = extract(text, None).observations[0]
    assert (o.region, o.region_code, o.domain) == ("China", "CN", "industry")


def test_region_from_province_and_city_names():
    o = extract("Zhejiang's industrial output rose 6.2% in the first half.", None).observations[0]
    assert (o.region, o.region_code, o.domain) == ("Zhejiang", "CN-ZJ", "regional")
    o = extract("Chengdu's GDP reached 2.3 trillion yuan.", None).observations[0]
    assert (o.region, o.region_code, o.domain) == ("Chengdu", "CN-SC-CHENGDU", "regional")
    o = extract("Tibet's tourism revenue rose 12% year on year.", None).observations[0]
    assert o.region == "Xizang"


def test_region_lists_and_foreign_countries():
    o = extract("Jiangsu, Shandong and Henan posted growth of more than 7%.", None).observations[0]
    assert o.region == "Jiangsu, Shandong, Henan"
    o = extract("Germany's economy shrank 0.2% in the second quarter.", None).observations[0]
    assert (o.region, o.region_code, o.domain) == ("Germany", "DE", "macro")
    o = extract("The IMF expects the global economy to grow 3.1% this year.", None).observations[0]
    assert o.region == "World"
    o = extract("The euro zone economy grew 0.3% in the quarter.", None).observations[0]
    assert o.region == "Euro area"


def test_location_of_an_event_does_not_set_the_region():
    o = extract("At a forum in Shanghai, officials said chip output rose 9% year on year.", None).observations[0]
    assert o.region == "China"


def test_organisation_names_are_not_places():
    o = extract("The World Bank said growth in Kenya will reach 5%.", None).observations[0]
    assert o.region == "Kenya"


def test_anaphora_keeps_the_city():
    text = "Suzhou's GDP rose 5% last year.\n\nThe city also attracted 120 new factories."
    got = extract(text, None).observations
    assert [o.region for o in got] == ["Suzhou", "Suzhou"]


def test_domains():
    o = extract("China's exports rose 7% year on year.", None).observations[0]
    assert o.domain == "trade"
    o = extract("Retail sales of consumer goods grew 4% year on year.", None).observations[0]
    assert o.domain == "macro"
    o = extract("Russia's defense spending reached 10 trillion rubles.", None).observations[0]
    assert (o.domain, o.unit) == ("other", "RUB")
    o = extract("Crude steel output fell 1.7% year on year.", None).observations[0]
    assert o.domain == "industry"


def test_subjects_are_short_noun_phrases():
    o = extract("In the first half, China's crude steel output fell 4.4% year on year.", None).observations[0]
    assert o.subject == "crude steel output"
    o = extract("The country now has 3,200 new energy charging stations.", None).observations[0]
    assert o.subject == "new energy charging stations"


def test_periods_come_from_the_resolver():
    o = extract("Output rose 5% year on year.", None).observations[0]
    assert o.period.type in {"year", "half", "quarter", "month", "ytd", "point", "range", "unknown"}


def test_possessive_country_then_province_names_the_province():
    o = extract("Southwest China's Yunnan province reported GDP of 3.1 trillion yuan.", None).observations[0]
    assert (o.region, o.region_code, o.domain) == ("Yunnan", "CN-YN", "regional")


def test_trade_partner_is_not_the_region():
    o = extract("China's trade with Brazil rose 6% year on year.", None).observations[0]
    assert (o.region, o.domain) == ("China", "trade")


def test_institution_and_currency_name_the_country():
    o = extract("The unemployment rate held at 4.1%, the Labor Department said.", None).observations[0]
    assert o.region == "United States"
    o = extract("Profits rose to 3.2 billion yen.", None).observations[0]
    assert o.region == "Japan"


def test_dollars_of_world_trade_do_not_name_a_country():
    o = extract("The trade surplus widened to $61.4 billion in April.", None).observations[0]
    assert (o.unit, o.region) == ("USD", "China")


def test_later_numbers_of_a_sentence_keep_its_subject_and_region():
    got = extract("Per capita income in Henan was 30,000 yuan, up 5.1 percent.", None).observations
    assert [(o.region, o.subject) for o in got] == [("Henan", "per capita income"), ("Henan", "per capita income")]


def test_country_display_names_and_world_share():
    o = extract("Turkey's exports rose 4% year on year.", None).observations[0]
    assert (o.region, o.region_code) == ("Turkey", "TR")
    o = extract("About 30% of the world's population lives in cities of that size.", None).observations[0]
    assert o.region == "World"


def test_hard_wrapped_lines_are_joined():
    text = ("The added value of the high-tech manufacturing industries of the province\n"
            "Grew 9.5% year on year in the first half, the provincial bureau said.")
    got = sentences(text)
    assert len(got) == 1
    o = extract(text, None).observations[0]
    assert o.measure == "growth_yoy_pct"


def test_a_subject_that_names_nothing_takes_the_domain_of_its_clause():
    got = extract("Exports surged in March, a sharp increase of 12.4% over a year earlier.", None).observations
    assert [(o.quote, o.domain) for o in got] == [("12.4%", "trade")]
    got = extract("Output of the national economy's 41 major industrial categories grew.", None).observations
    assert all(o.domain == "industry" for o in got)


def _subjects(text):
    return [(o.quote, o.subject) for o in extract(text, None).observations]


def test_a_percentage_of_a_whole_is_a_share_of_it():
    assert _subjects("Mobile payment now accounts for over 80% of retail purchases.") == \
        [("80%", "mobile payment share of retail purchases")]
    assert _subjects("The portal now covers almost all kinds of tax services, with 95% of filings made online.") == \
        [("95%", "share of filings of tax services made online")]
    o = extract("Private firms accounted for 54.2% of the total value of imports and exports.", None).observations[0]
    assert (o.subject, o.domain) == ("private firms share of value of imports and exports", "trade")


def test_units_totalled_after_a_count_of_kinds_are_things_of_those_kinds():
    text = ("The open-source LinOS ecosystem grew fast, with 800 product models now equipped with the open-source "
            "system, totaling over 300 million units.")
    assert _subjects(text) == [("800", "product models now equipped with open-source linos"),
                               ("300 million units", "units equipped with open-source linos")]


def test_the_gdp_of_a_place_is_that_place_s():
    o = extract("The GDP of Hunan reached 2.45 trillion yuan in 2023.", None).observations[0]
    assert (o.region, o.domain) == ("Hunan", "regional")
    o = extract("The economy of Jiangsu grew 5.8% in 2023.", None).observations[0]
    assert o.region == "Jiangsu"


def test_a_country_named_only_in_sentences_without_figures_is_the_default():
    text = ("Labour market survey, May 2024\n\nThis release of the Government of Canada covers all provinces.\n\n"
            "Average hourly wages were up 4.1% (+$1.35 to $34.20) year over year.")
    o = extract(text, None).observations[0]
    assert (o.region, o.unit) == ("Canada", "percent")
    assert extract(text, None).observations[2].unit == "CAD"


def test_a_masthead_line_names_no_place():
    text = ("Hainan Metals Daily\n\nBy the end of December, China's installed solar capacity reached about 610 million "
            "kilowatts, up 55.2% year on year.")
    o = extract(text, None).observations[0]
    assert (o.region, o.domain) == ("China", "industry")


def test_a_national_statistics_office_names_its_country():
    text = ("High rice prices pushed up inflation, according to data released by the Philippine Statistics Authority."
            "\n\nInflation averaged 6.1 percent in September 2023.")
    assert extract(text, None).observations[0].region == "Philippines"


def test_level_a_change_reached_past_its_base_keeps_the_changes_subject():
    text = "In 2022, the country raised its exports of copper wire by 14% compared to 2021, to 2.3 million tons."
    got = {o.quote: o for o in extract(text, None).observations}
    assert got["2.3 million tons"].subject == got["14%"].subject
    assert got["2.3 million tons"].domain == "trade"


def test_the_figure_stands_for_the_subject_before_it():
    text = "Bauxite imports rose 8% in May. For the five months, the figure reached 60 million tons."
    got = {o.quote: o for o in extract(text, None).observations}
    assert "bauxite imports" in got["60 million tons"].subject


def test_reported_changes_in_a_plural_list_take_the_carried_period():
    text = ("City trade in the first five months\n\n"
            "In the first five months of this year, trade of the city rose 19 percent. During these five months, "
            "general trade and bonded trade came in at 39 billion yuan and 21 billion yuan, increases of 46.1 percent "
            "and 47.3 percent, respectively. The city reported increases of 10.8 percent and 29.4 percent in trade "
            "with Korea and the EU.")
    got = {o.quote: o.period for o in extract(text, date(2024, 6, 20)).observations}
    for quote in ("46.1 percent", "10.8 percent", "29.4 percent"):
        assert (got[quote].start, got[quote].end) == (date(2024, 1, 1), date(2024, 5, 31)), quote


def test_a_paragraphs_stated_base_and_a_reported_decline_abroad():
    text = ("Korean exports rise in August\n\n"
            "Exports of South Korea grew by 11.4 percent year-on-year in August. Meanwhile, imports increased by "
            "6 percent to USD54 billion. However, car exports faced a decline of 4.3 percent to USD5.1 billion.")
    got = {o.quote: o for o in extract(text, date(2024, 9, 2)).observations}
    assert got["6 percent"].measure == "growth_yoy_pct"
    for quote in ("4.3 percent", "USD5.1 billion"):
        assert (got[quote].period.start, got[quote].period.end) == (date(2024, 8, 1), date(2024, 8, 31)), quote


def test_start_value_amount_and_the_figures_of_the_paragraph_before():
    text = ("Soy imports in 2021\n\n"
            "Imports from Brazil fell to 58 million tonnes, down 9.5% from 64 million in 2020.\n\n"
            "For December, imports from the U.S. were 6.09 million tonnes.\n\n"
            "The figures were up 4% from the 5.84 million tonnes bought a year earlier.")
    got = {o.quote: o.period for o in extract(text, None).observations}
    assert (got["9.5%"].start, got["9.5%"].end) == (date(2021, 1, 1), date(2021, 12, 31))
    assert (got["4%"].start, got["4%"].end) == (date(2021, 12, 1), date(2021, 12, 31))


def test_the_publisher_names_the_country_of_a_text_that_names_none():
    text = "Real output decreased at an annual rate of 0.6 percent in the second quarter."
    o = extract(text, date(2025, 7, 30), "U.S. Bureau of Economic Analysis").observations[0]
    assert (o.region, o.measure) == ("United States", "growth_pct")
    o = extract("Output of the mills rose 2 percent.", None, "Statistics Canada").observations[0]
    assert o.region == "Canada"
    # the text's own places come first
    o = extract("Japan's exports rose 3 percent in May.", None, "U.S. Bureau of Economic Analysis").observations[0]
    assert o.region == "Japan"


def test_a_capital_that_acts_stands_for_its_country():
    o = extract("Beijing has imposed tariffs of about 15% on farm goods.", None).observations[0]
    assert o.region == "China"
    o = extract("Beijing's retail sales rose 4% in May.", None).observations[0]
    assert o.region == "Beijing"


def test_a_text_that_keeps_naming_one_province_is_about_it():
    text = ("Solid Foundations\n\nSource: 01-08-2024 09:30:00\n\n"
            "Gross regional product reached 3.1 trillion yuan in 2023, up 5.6 percent.\n\nBudget revenue reached 210 "
            "billion yuan.\n\n"
            "Yunnan's economy improved. Yunnan opened new rail links, and Yunnan's border trade grew.")
    got = extract(text, date(2024, 1, 8))
    assert [(o.quote, o.region) for o in got.observations] == [
        ("3.1 trillion yuan", "Yunnan"), ("5.6 percent", "Yunnan"), ("210 billion yuan", "Yunnan")]
    # the time stamp "01-08-2024" names no year the text reports on
    assert got.observations[2].period.start == date(2023, 1, 1)
    assert {e.text: e.reason for e in got.excluded}["01"] == "date"
    # a province named once, beside others, in a national text is no focus
    o = extract("Output rose 4 percent in 2023.\n\nYunnan and Hunan opened rail links.", None).observations[0]
    assert o.region == "China"


def test_wire_copy_wrapped_at_short_lines_is_read_as_one_sentence_but_a_headline_stays_apart():
    wire = ("Ruritania's copper and nickel imports last month rose\n"
            "25% from a year earlier, customs data showed on Tuesday.")
    assert [(o.quote, o.measure) for o in extract(wire, date(2021, 4, 13)).observations] == [("25%", "growth_yoy_pct")]
    headline = ("CPI figure rises to 5.4% for September - Ruritania data\n"
                "CAPITAL CITY - Consumer price inflation has risen to 5.4% in September.")
    got = extract(headline, date(2023, 10, 18)).observations
    assert [o.sentence for o in got][0] != got[1].sentence
