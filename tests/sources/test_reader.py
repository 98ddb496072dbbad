"""read_corpus end to end: real files in tmp_path, one per kind of bad input."""
from __future__ import annotations

import codecs
import hashlib
import sys
import types
from datetime import date
from pathlib import Path

import pytest

from pipelines.sources import Corpus, IngestError, SourceDocument, read_corpus, reader

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.fixture(autouse=True)
def no_datelines(monkeypatch: pytest.MonkeyPatch) -> None:
    """Isolate from the (separately developed) dateline finder unless a test installs one."""
    fake = types.ModuleType("pipelines.sources.datelines")
    fake.find_dateline = lambda text: None  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "pipelines.sources.datelines", fake)


def install_dateline(monkeypatch: pytest.MonkeyPatch, fn) -> None:
    monkeypatch.setattr(reader, "find_dateline", fn)


def errors_by_file(corpus: Corpus) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for e in corpus.errors:
        out.setdefault(e.source_file, []).append(e.reason)
    return out


def only(corpus: Corpus) -> SourceDocument:
    assert len(corpus.documents) == 1, corpus
    return corpus.documents[0]


def test_seed_folder_reads_all_five_without_errors() -> None:
    corpus = read_corpus(SEEDS)
    assert corpus.errors == []
    assert [d.source_file for d in corpus.documents] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert len(corpus.documents) == 5
    d = corpus.documents[1]
    assert d.title == "Work Plan for Steady Growth of the Iron and Steel Industry (2025-2026)"
    assert d.publisher == "Ministry of Industry and Information Technology"
    assert (d.published, d.published_from) == (date(2025, 8, 6), "manifest")
    for d in corpus.documents:
        raw = (SEEDS / d.source_file).read_bytes()
        assert d.doc_id == hashlib.sha256(raw).hexdigest()
        assert d.bytes == len(raw) and d.encoding == "utf-8"
        assert d.text == raw.decode("utf-8")


def test_good_document_fields(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text("\n\n  Industry grows  \n" + samples["english"], encoding="utf-8")
    d = only(read_corpus(tmp_path))
    assert d.title == "Industry grows"
    assert (d.publisher, d.url, d.published, d.published_from) == (None, None, None, None)
    assert d.encoding == "utf-8"


def test_missing_folder_raises(tmp_path: Path) -> None:
    with pytest.raises(NotADirectoryError):
        read_corpus(tmp_path / "nope")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (PNG, "binary content (PNG signature)"),
        (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "binary content (PDF signature)"),
        (b"PK\x03\x04\x14\x00\x00\x00", "binary content (ZIP signature)"),
        (b"GIF89a\x01\x00\x01\x00\x80\x00", "binary content (GIF signature)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "binary content (JPEG signature)"),
        (b"GDP grew \x00\x00\x07 5% \x00", "binary content (NUL bytes)"),
        (b"", "empty file"),
        (b"  \r\n\t\n   \n", "whitespace-only file"),
        (codecs.BOM_UTF8, "empty file (byte-order mark only)"),
        ("\u3000\u00a0\n".encode("utf-8"), "whitespace-only file"),
    ],
    ids=["png", "pdf", "zip", "gif", "jpeg", "nul", "empty", "whitespace", "bom-only", "unicode-space"],
)
def test_bad_file_is_reported_and_others_still_read(
    tmp_path: Path, samples: dict[str, str], raw: bytes, reason: str
) -> None:
    (tmp_path / "001_bad.txt").write_bytes(raw)
    (tmp_path / "002_good.txt").write_text(samples["english"], encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert corpus.errors == [IngestError("001_bad.txt", reason)]
    assert only(corpus).source_file == "002_good.txt"


def test_utf8_bom_is_stripped(tmp_path: Path, samples: dict[str, str]) -> None:
    raw = codecs.BOM_UTF8 + samples["english"].encode("utf-8")
    (tmp_path / "bom.txt").write_bytes(raw)
    d = only(read_corpus(tmp_path))
    assert d.encoding == "utf-8-sig"
    assert d.text == samples["english"] and not d.text.startswith("\ufeff")
    assert d.bytes == len(raw) and d.doc_id == hashlib.sha256(raw).hexdigest()


def test_crlf_is_kept_so_offsets_match(tmp_path: Path, samples: dict[str, str]) -> None:
    text = "Title line\r\n\r\n" + samples["english"].replace("\n", "\r\n")
    (tmp_path / "crlf.txt").write_bytes(text.encode("utf-8"))
    d = only(read_corpus(tmp_path))
    assert d.text == text and "\r\n" in d.text
    assert d.title == "Title line"
    i = d.text.index("6.4 percent")
    assert d.text[i : i + 3] == "6.4"


def test_cp1252_english_is_decoded(tmp_path: Path, samples: dict[str, str]) -> None:
    text = "Euro-area “core” inflation eased to 2.3%, costing €4 billion.\n" + samples["english"]
    (tmp_path / "win.txt").write_bytes(text.encode("cp1252"))
    d = only(read_corpus(tmp_path))
    assert (d.encoding, d.text) == ("cp1252", text)


def test_latin1_english_is_decoded(tmp_path: Path, samples: dict[str, str]) -> None:
    text = "Prices at the café rose 3% in March.\n" + samples["english"]
    (tmp_path / "latin.txt").write_bytes(text.encode("latin-1"))
    d = only(read_corpus(tmp_path))
    assert d.text == text and d.encoding != "utf-8"
    assert d.title == "Prices at the café rose 3% in March."


def test_utf16_with_bom_is_decoded(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "u16.txt").write_bytes(samples["english"].encode("utf-16"))
    d = only(read_corpus(tmp_path))
    assert (d.encoding, d.text) == ("utf-16", samples["english"])


def test_gbk_chinese_is_decoded_then_reported_as_unsupported_language(
    tmp_path: Path, samples: dict[str, str]
) -> None:
    (tmp_path / "zh.txt").write_bytes(samples["chinese"].encode("gbk"))
    corpus = read_corpus(tmp_path)
    assert corpus.documents == []
    [e] = corpus.errors
    assert e.source_file == "zh.txt"
    assert e.reason.startswith("unsupported language: looks like Chinese")
    assert "no English stopwords" in e.reason


@pytest.mark.parametrize(("key", "named"), [("german", "German"), ("russian", "Russian"), ("chinese", "Chinese")])
def test_foreign_utf8_texts_are_reported(
    tmp_path: Path, samples: dict[str, str], key: str, named: str
) -> None:
    (tmp_path / f"{key}.txt").write_text(samples[key], encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert corpus.documents == []
    assert corpus.errors[0].reason.startswith(f"unsupported language: looks like {named}")


def test_undecodable_bytes_are_reported(tmp_path: Path) -> None:
    import random

    (tmp_path / "noise.txt").write_bytes(bytes(random.Random(0).randrange(0x80, 0x100) for _ in range(3000)))
    corpus = read_corpus(tmp_path)
    assert corpus.errors == [IngestError("noise.txt", "undecodable: no confident encoding")]


def test_20_mb_single_line_is_read(tmp_path: Path, samples: dict[str, str]) -> None:
    chunk = samples["english"].replace("\n", " ").encode("utf-8")
    raw = chunk * (20_000_000 // len(chunk) + 1)
    assert len(raw) >= 20_000_000 and b"\n" not in raw
    (tmp_path / "big.txt").write_bytes(raw)
    d = only(read_corpus(tmp_path))
    assert d.bytes == len(raw) and len(d.text) == len(raw)
    assert d.title is not None and len(d.title) <= 300


def test_too_large_file_is_reported(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "big.txt").write_text(samples["english"], encoding="utf-8")
    corpus = read_corpus(tmp_path, max_bytes=100)
    assert corpus.documents == []
    assert corpus.errors[0].reason.startswith("too large: ")


def test_duplicate_content_keeps_first_by_name(tmp_path: Path, samples: dict[str, str]) -> None:
    for name in ("010_b.txt", "001_x.txt", "020_c.txt"):
        (tmp_path / name).write_text(samples["english"], encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert [d.source_file for d in corpus.documents] == ["001_x.txt"]
    assert corpus.errors == [
        IngestError("010_b.txt", "duplicate of 001_x.txt (same content)"),
        IngestError("020_c.txt", "duplicate of 001_x.txt (same content)"),
    ]


def test_files_are_sorted_by_name(tmp_path: Path, samples: dict[str, str]) -> None:
    for i, name in enumerate(["c.txt", "a.txt", "b.txt"]):
        (tmp_path / name).write_text(f"Doc {i}\n" + samples["english"], encoding="utf-8")
    assert [d.source_file for d in read_corpus(tmp_path).documents] == ["a.txt", "b.txt", "c.txt"]


def test_other_entries_are_reported_hidden_ones_skipped(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(samples["english"], encoding="utf-8")
    (tmp_path / "chart.png").write_bytes(PNG)
    (tmp_path / "sub").mkdir()
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    corpus = read_corpus(tmp_path)
    assert only(corpus).source_file == "a.txt"
    assert errors_by_file(corpus) == {
        "chart.png": ["not a .txt file; ignored"],
        "sub": ["a folder; only .txt files directly in the sources folder are read"],
    }


def test_title_is_capped_at_300_chars(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text("T" * 1000 + "\n" + samples["english"], encoding="utf-8")
    assert only(read_corpus(tmp_path)).title == "T" * 300


def test_published_from_dateline(tmp_path: Path, samples: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[str] = []

    def find(text: str) -> date | None:
        seen.append(text)
        return date(2025, 7, 18)

    install_dateline(monkeypatch, find)
    (tmp_path / "a.txt").write_text(samples["english"], encoding="utf-8")
    d = only(read_corpus(tmp_path))
    assert (d.published, d.published_from) == (date(2025, 7, 18), "dateline")
    assert seen and samples["english"].startswith(seen[0])


def test_dateline_crash_is_reported_but_document_kept(
    tmp_path: Path, samples: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(text: str) -> date | None:
        raise RuntimeError("bad regex")

    install_dateline(monkeypatch, boom)
    (tmp_path / "a.txt").write_text(samples["english"], encoding="utf-8")
    corpus = read_corpus(tmp_path)
    assert only(corpus).published is None
    assert corpus.errors == [
        IngestError("a.txt", "dateline detection failed (RuntimeError: bad regex); published left empty")
    ]


def test_nothing_lost_in_a_mixed_folder(tmp_path: Path, samples: dict[str, str]) -> None:
    files = {
        "01_png.txt": PNG,
        "02_empty.txt": b"",
        "03_blank.txt": b"\n \n",
        "04_en.txt": samples["english"].encode(),
        "05_dup.txt": samples["english"].encode(),
        "06_de.txt": samples["german"].encode(),
        "07_zh_gbk.txt": samples["chinese"].encode("gbk"),
        "08_ru.txt": samples["russian"].encode(),
        "09_bom_crlf.txt": codecs.BOM_UTF8 + ("Other\r\n" + samples["english"]).encode(),
        "10_cp1252.txt": ("“Quoted” €1\n" + samples["english"]).encode("cp1252"),
    }
    for name, raw in files.items():
        (tmp_path / name).write_bytes(raw)
    corpus = read_corpus(tmp_path)
    docs = {d.source_file for d in corpus.documents}
    errs = {e.source_file for e in corpus.errors}
    assert docs == {"04_en.txt", "09_bom_crlf.txt", "10_cp1252.txt"}
    assert docs | errs == set(files) and not docs & errs
    assert len({d.doc_id for d in corpus.documents}) == len(corpus.documents)


def test_broken_symlink_is_reported(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(samples["english"], encoding="utf-8")
    (tmp_path / "gone.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = read_corpus(tmp_path)
    assert only(corpus).source_file == "a.txt"
    assert corpus.errors == [
        IngestError("gone.txt", "not a regular file (broken link, device or pipe); not read")
    ]


def test_published_from_the_pages_address_when_nothing_else_dates_it(tmp_path: Path, samples: dict[str, str]) -> None:
    (tmp_path / "a.txt").write_text(samples["english"], encoding="utf-8")
    (tmp_path / "b.txt").write_text(samples["english"] + " Another.", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text(
        "file,title,publisher,published,url\n"
        "a.txt,A,P,,https://news.example.org/2025/02/economy-grew-last-year\n"
        "b.txt,B,P,,https://news.example.org/economy/grew-last-year\n", encoding="utf-8")
    docs = {d.source_file: d for d in read_corpus(tmp_path).documents}
    assert (docs["a.txt"].published, docs["a.txt"].published_from) == (date(2025, 2, 1), "url")
    assert (docs["b.txt"].published, docs["b.txt"].published_from) == (None, None)
