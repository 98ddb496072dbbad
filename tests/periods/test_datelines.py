from datetime import date

from pipelines.extraction.periods import PeriodResolver
from pipelines.sources.datelines import find_dateline


def test_published_label_with_time():
    text = "Copper prices climb on supply worries\n\nPublished: Mar 9, 2024 08:15\n\nPrices rose 2% on Monday."
    assert find_dateline(text) == date(2024, 3, 9)


def test_city_and_clock_line():
    text = "Provincial output report\n\nChengdu | 10 a.m. April 2, 2023\n\nThe province said output grew."
    assert find_dateline(text) == date(2023, 4, 2)


def test_date_label_on_next_line():
    text = "Briefing on trade\n\nSpeakers:\n\nMs. Li\n\nDate:\n\nOctober 14, 2024\n\nGood morning."
    assert find_dateline(text) == date(2024, 10, 14)


def test_iso_date_line():
    assert find_dateline("Port volumes\n2022-11-30 14:05\nVolumes rose.") == date(2022, 11, 30)


def test_day_month_year_line():
    assert find_dateline("Steel mills cut output\n\n3 May 2021\n\nMills cut output.") == date(2021, 5, 3)


def test_agency_dateline_without_year_is_none():
    assert find_dateline("FRANKFURT, June 4 (Reuters) - Factory orders fell 1.2% in April.") is None


def test_agency_dateline_with_year():
    assert find_dateline("SINGAPORE, 12 August 2024 (Reuters) - Exports rose.") == date(2024, 8, 12)


def test_date_inside_a_sentence_is_not_a_dateline():
    text = (
        "Exporters gather in Ningbo\n\nOn September 3, 2024, the city government held a fair where "
        "exporters signed deals worth 2 billion yuan, officials said after the event closed."
    )
    assert find_dateline(text) is None


def test_date_far_down_without_label_is_ignored():
    text = "Market wrap\n\n" + ("Shares were mixed. " * 150) + "\n\nJuly 1, 2024\n"
    assert find_dateline(text) is None


def test_explicit_date_label_beyond_head():
    text = "Transcript\n\n" + ("Speaker list line.\n" * 150) + "Date: 21 January 2026\n"
    assert find_dateline(text) == date(2026, 1, 21)


def test_a_day_before_an_abbreviated_month_and_its_year_is_one_date():
    t = "Exports up 8%\n\nWire staff Published 14 Apr, 2025 09:10am\n\nExports rose 8% in March, data showed."
    r = PeriodResolver(t, date(2025, 4, 14))
    first = r.mentions[0]
    assert (t[first.start:first.end], first.period.start, first.period.type) == ("14 Apr, 2025", date(2025, 4, 14),
                                                                                "point")
