"""Integration with the real dateline finder."""
from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path


from pipelines.sources import read_corpus

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
