"""Numbers that measure nothing end as ExcludedCandidate with a reason (sentences composed for the tests)."""
from datetime import date

import pytest

from pipelines.extraction import extract


def reasons(text):
    r = extract(text, None)
    return {e.text: e.reason for e in r.excluded}, [o.quote for o in r.observations]


@pytest.mark.parametrize("text,token,reason", [
    ("In 2024, output rose 3% from a year earlier.", "2024", "date"),
    ("The plan covers the period 2021-25 in full.", "25", "date"),
    ("The meeting was held on March 14 in Paris.", "14", "date"),
    ("Talks ran from May 3 to 5 this spring.", "5", "date"),
    ("The market opened at 9:30 sharp.", "9", "clock_time"),
    ("Trading starts at 3 p.m. on weekdays.", "3", "clock_time"),
    ("The rules are set out in Order No. 45 of the ministry.", "45", "document_number"),
    ("Operators are expanding 5G coverage.", "5", "label"),
    ("The C929 airliner made its first flight.", "929", "label"),
    ("The decision came at the 19th party congress.", "19", "label"),
    ("The Chang'e-7 mission will launch soon.", "7", "label"),
    ("Exports have grown for 12 consecutive years.", "12", "duration"),
    ("Twelve of the 31 provinces grew faster than the country.", "31", "denominator"),
    ("Of the 16 districts that have reported, municipalities included, 11 beat their targets.", "16", "denominator"),
    ("Of the 12 sectors, nine grew.", "12", "denominator"),
    ("Profits of the three state-owned carriers rose 4%.", "three", "enumeration"),
    ("The two sides agreed to a 60-day truce.", "60", "duration"),
    ("He restored a 300-year-old temple.", "300", "duration"),
    ("The firm ranks in the top 20 worldwide.", "20", "threshold"),
    ("The yard delivered a 24,000-TEU container ship.", "24,000", "threshold"),
    ("Data centres with 5,000 servers each were built.", "5,000", "threshold"),
    ("Broadband reached 45 out of 50 counties.", "50", "denominator"),
    ("Forty counties, or 80 of the 120 counties, joined.", "120", "denominator"),
    ("The speech made three points about reform.", "three", "enumeration"),
    ("We focused on four key sectors: steel, cement, glass and paper.", "four", "enumeration"),
    ("The \"Eight Measures for Small Firms\" took effect.", "Eight", "label"),
    ("Retail sales showed double-digit growth.", "double-digit", "vague_quantity"),
])
def test_exclusion_reasons(text, token, reason):
    excl, kept = reasons(text)
    assert excl.get(token) == reason, (excl, kept)
    assert token not in kept


def test_list_numbering_at_line_start_and_in_brackets():
    excl, kept = reasons("Key results\n\n1. Output: Steel output rose 2%.\n\n(2) Sales rose 3%.")
    assert excl.get("1") == "list_numbering"
    assert excl.get("2") == "list_numbering"
    assert kept == ["2%", "3%"]


def test_ordinal_word_opening_a_list_item():
    r = extract("First, coal output rose 4%.", None)
    assert [e.reason for e in r.excluded] == ["list_numbering"]


def test_count_in_the_name_of_the_measured_thing_is_a_threshold():
    excl, kept = reasons("The output of 12 major chemicals reached 80 million tons.")
    assert excl.get("12") == "threshold"
    assert kept == ["80 million tons"]
    excl, kept = reasons("The share of furnaces with capacity above 300 tons has exceeded 60%.")
    assert excl.get("300 tons") == "threshold"
    assert kept == ["60%"]


def test_every_number_is_accounted_for():
    text = ("In the first half of 2025, 3 of the 5 plants built under the 14th Five-Year Plan raised output "
            "by 7.5% to 2.4 million tons, Document No. 12 said.")
    r = extract(text, None)
    quotes = sorted([o.quote for o in r.observations] + [e.text for e in r.excluded])
    for needle in ["2025", "3", "5", "14", "Five", "7.5%", "2.4 million tons", "12"]:
        assert any(q.startswith(needle) for q in quotes), (needle, quotes)


def test_links_and_decades():
    excl, kept = reasons("Prices were higher in the 1980s, see www.example.com/data/2024/table_7.htm for 35 series.")
    assert excl.get("1980") == "date"
    assert excl.get("7") == "page_furniture"
    assert kept == ["35"]


def test_a_bound_in_a_defining_parenthesis_is_a_threshold():
    text = ("Output of industrial enterprises above designated size (those with annual main business revenue above "
            "20 million yuan) rose 5.1 percent.")
    got = extract(text, None)
    assert [o.quote for o in got.observations] == ["5.1 percent"]
    assert [e.reason for e in got.excluded if e.text.startswith("20")] == ["threshold"]


def test_a_share_that_names_a_group_is_no_measurement():
    got = extract("Inflation for the bottom 30% income households rose to 6.9 percent. The top 10 percent of earners "
                  "hold 40% of wealth.", None)
    assert [o.quote for o in got.observations] == ["6.9 percent", "40%"]


def test_a_size_written_as_a_product_is_a_label():
    got = extract("Browsers with 1024*768 or higher resolution are suggested. Output rose 3%.", None)
    assert [o.quote for o in got.observations] == ["3%"]


def test_time_zone_offset_is_clock_furniture():
    got = extract("Tuesday, 4 March 2025 09:10:00 (GMT+8)\n\nCopper output rose 5%.", None).observations
    assert [o.quote for o in got] == ["5%"]


def test_second_year_of_a_split_year_before_a_range_word_is_a_date():
    got = extract("The ministry raised its estimate for exports in 2019-20 to $310 billion.", None).observations
    assert [o.quote for o in got] == ["$310 billion"]


def test_dotted_date_is_a_date_and_no_year_of_the_text():
    text = "Graphics: growth in Hainan\n\n2024.03.27 18:59 GMT+8\n\nIn 2023, Hainan's retail sales rose 10 percent."
    got = extract(text, None).observations
    assert [o.quote for o in got] == ["10 percent"]
    assert got[0].period.start.year == 2023


@pytest.mark.parametrize("text,kept", [
    ("Of all 41 industrial sectors, 30 saw growth.", ["30"]),
    ("Among the 15 largest ports in the country, Ningbo ranked third by volume.", []),
])
def test_the_group_a_count_or_a_rank_is_taken_from(text, kept):
    assert [o.quote for o in extract(text, None).observations] == kept


def test_chart_numbers_and_dashed_labels_measure_nothing():
    got, kept = reasons("Retail sales rose 2.1 percent in May (chart 3 and table 2). The rebound followed the "
                        "end of COVID–19 restrictions.")
    assert kept == ["2.1 percent"]
    assert (got["3"], got["2"], got["19"]) == ("document_number", "document_number", "label")


def test_ages_measure_nothing():
    got, kept = reasons("Jobs fell among men aged 15 to 24 and rose among core-aged women (25 to 54 years); "
                        "40,000 people over 65 and those with a child under 6 left work. A 45-year-old earns more.")
    assert kept == ["40,000"]
    assert {got[n] for n in ("15", "24", "25", "54", "65", "6")} == {"age"}


def test_a_dotted_numeric_date_is_a_date():
    got, kept = reasons("Published: 1.22.2024\n\nChip output rose 5% in 2023.")
    assert kept == ["5%"] and got["1.22"] == "date"


def test_a_month_and_day_with_a_clock_time_is_a_date():
    got, kept = reasons("Chip output climbs\nBy A Writer\n09-14 08:45\n\nChip output rose 8% in August, and 12-15 "
                        "firms expanded.")
    assert kept == ["8%", "12", "15"]
    assert got["09"] == "date" and got["14"] == "date"


def test_a_number_word_with_its_unit_before_year_on_year_is_no_duration():
    got, kept = reasons("Prices will rise by two percent year-on-year, after ten years of calm.")
    assert kept == ["two percent"] and got["ten"] == "duration"


def test_the_short_year_of_a_half_or_quarter_is_a_date_and_names_the_period():
    got, kept = reasons("Exports rose 3.9% in H1’25 to 731 billion, after 5% in Q4'24.")
    assert kept == ["3.9%", "731 billion", "5%"] and got["25"] == got["24"] == "date"
    obs = {o.quote: o.period for o in extract("Exports rose 3.9% in H1’25.", date(2025, 7, 20)).observations}
    assert (obs["3.9%"].start, obs["3.9%"].end) == (date(2025, 1, 1), date(2025, 6, 30))


def test_citation_marks_in_square_brackets_are_page_furniture():
    got = extract("Western Province's GDP grew 5.6% at constant prices [1][3]. Output rose 4% [4].", None)
    assert [o.quote for o in got.observations] == ["5.6%", "4%"]
    assert {(e.text, e.reason) for e in got.excluded} >= {("1", "page_furniture"), ("3", "page_furniture")}


@pytest.mark.parametrize("text", [
    "The PMI slipped to 48.1% and stayed below the threshold of 50% for a second month.",
    "The index fell to 48.1%, under the psychological mark of 50%.",
    "The index fell to 48.1%. A reading above 50% indicates expansion, while one under 50% means contraction.",
])
def test_the_line_a_reading_is_compared_with_is_a_threshold(text):
    got, kept = reasons(text)
    assert kept == ["48.1%"]
    assert set(got.values()) == {"threshold"}


def test_a_percentage_each_measures_every_item():
    got, kept = reasons("Services and industry grew by 0.6% each, while 40 clusters hold 10,000 cards each.")
    assert kept == ["0.6%", "40"]
    assert got["10,000"] == "threshold"


def test_a_bracketed_conversion_of_a_threshold_is_a_threshold():
    got, kept = reasons("Output of firms with a turnover of at least 20 million yuan (about $2.95 million) rose 5%.")
    assert kept == ["5%"]
    assert got["$2.95 million"] == "threshold"


def test_an_international_telephone_number_is_page_furniture():
    got, kept = reasons("Output rose +4 percent. Press telephone: +47 21 49 09 30")
    assert kept == ["+4 percent"]
    assert set(got.values()) <= {"page_furniture", "list_numbering"}
