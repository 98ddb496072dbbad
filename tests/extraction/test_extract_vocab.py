"""Vocabularies load from YAML and the fast cue matcher agrees with a plain regex alternation."""
import pytest

from pipelines.extraction import vocab as V
from pipelines.extraction.regions import NAMES, find


@pytest.mark.parametrize("text", [
    "The manufacturing PMI's reading", "its market share rose", "the proportion of exports", "tariffs of 10%",
    "the S&P 500 index", "nothing to see here", "accounted for most", "self-sufficiency rate", "index-linked",
])
def test_cueset_matches_like_the_alternation(text):
    for phrases in (V.RATIO_CUES, V.INDEX_CUES):
        assert V.CueSet(phrases).search(text) == bool(V.alternation(phrases).search(text)), text


def test_vocabularies_are_loaded():
    assert V.SCALE_WORDS["billion"] == 1e9
    assert V.CURRENCY_PREFIXES["US$"] == "USD"
    assert V.UNIT_WORDS["metric tons"]["unit"] == "t"
    assert "fell" in V.TREND_DOWN and "rose" in V.TREND_UP


def test_chinese_provinces_come_from_iso_3166_2_without_pinyin_suffixes():
    assert NAMES["Shanxi"].code == "CN-SX" and NAMES["Shaanxi"].code == "CN-SN"
    assert NAMES["Xizang"].code == "CN-XZ" and NAMES["Tibet"].code == "CN-XZ"
    assert NAMES["Inner Mongolia"].code == "CN-NM"
    assert [m.place.name for m in find("Guangxi and Ningxia")] == ["Guangxi", "Ningxia"]
