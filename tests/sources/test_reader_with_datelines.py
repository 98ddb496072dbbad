"""Integration with the real dateline finder, and the dates of pages' addresses."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from pipelines.sources import read_corpus
from pipelines.sources.datelines import date_in_url

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_seeds_without_manifest_get_dateline_dates(tmp_path: Path) -> None:
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    corpus = read_corpus(tmp_path)
    assert corpus.errors == [] and len(corpus.documents) == 5
    for d in corpus.documents:
        assert d.published_from in {"dateline", None}
        assert (d.published is None) == (d.published_from is None)
        assert d.published is None or isinstance(d.published, date)


def test_seeds_with_manifest_prefer_manifest_dates() -> None:
    corpus = read_corpus(SEEDS)
    dated = {d.source_file: d.published_from for d in corpus.documents if d.published}
    assert set(dated.values()) <= {"manifest", "dateline"}
    assert dated["001_c3fb965956896a98.txt"] == "manifest"


@pytest.mark.parametrize("url,expected", [
    ("https://news.example.org/2025/02/14/economy", date(2025, 2, 14)),
    ("https://news.example.org/2025/02/economy-grew", date(2025, 2, 1)),
    ("http://en.example.cn/n3/2022/0722/c90000-10126314.html", date(2022, 7, 22)),
    ("http://gov.example.cn/xw/202401/t20240130_3277209.html", date(2024, 1, 30)),
    ("https://example.com/2023-11-02/report", date(2023, 11, 2)),
    ("https://example.com/business/inflation-rate-drops-for-january-2021/lv12zlg", None),
    ("https://example.com/page-2025", None),
    (None, None),
])
def test_a_date_in_a_pages_address(url, expected):
    assert date_in_url(url) == expected
