"""The English gate: real English seed texts pass, other languages are named and refused."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipelines.sources.language import unsupported_language

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_there_are_seed_texts() -> None:
    assert len(SEEDS) >= 5


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_english_seed_texts_pass(path: Path) -> None:
    assert unsupported_language(path.read_text(encoding="utf-8")) is None


def test_composed_english_with_pinyin_and_numbers_passes(samples: dict[str, str]) -> None:
    assert unsupported_language(samples["english"]) is None


def test_short_english_passes() -> None:
    assert unsupported_language("GDP grew 5.2% in Q3.") is None


@pytest.mark.parametrize(
    ("key", "named"),
    [("german", "German"), ("french", "French"), ("chinese", "Chinese"), ("russian", "Russian")],
)
def test_foreign_texts_are_reported(samples: dict[str, str], key: str, named: str) -> None:
    reason = unsupported_language(samples[key])
    assert reason is not None and reason.startswith(f"unsupported language: looks like {named}")


def test_chinese_reason_mentions_stopwords(samples: dict[str, str]) -> None:
    assert "no English stopwords" in unsupported_language(samples["chinese"])


def test_mostly_english_with_a_chinese_quote_passes(samples: dict[str, str]) -> None:
    text = samples["english"] + "The slogan reads 新质生产力 (new quality productive forces).\n"
    assert unsupported_language(text) is None


def test_long_text_only_samples_windows(samples: dict[str, str]) -> None:
    # 3 MB of English: judged on three bounded windows, not the whole text.
    text = samples["english"] * 2000
    assert len(text) > 3_000_000
    assert unsupported_language(text) is None


def test_word_salad_is_not_english_prose() -> None:
    text = " ".join(["Jiangsu Zhejiang Guangdong Shandong Henan Sichuan Hubei Hunan"] * 10)
    reason = unsupported_language(text)
    assert reason is not None and reason.startswith("unsupported language: not recognisably English prose")
