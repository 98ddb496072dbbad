"""manifest.csv: metadata is applied, every defect is an error row, text files are always read."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipelines.sources import IngestError, read_corpus, reader

HEADER = "file,title,publisher,published,url\n"


@pytest.fixture(autouse=True)
def dateline_july_18(monkeypatch: pytest.MonkeyPatch) -> None:
    """A stand-in dateline finder: texts containing 'July 18' are dated 2025-07-18."""
    monkeypatch.setattr(reader, "find_dateline", lambda text: date(2025, 7, 18) if "July 18" in text else None)


@pytest.fixture
def folder(tmp_path: Path, samples: dict[str, str]) -> Path:
    """Two English texts: a.txt has a 'July 18' dateline, b.txt has none."""
    (tmp_path / "a.txt").write_text("BEIJING, July 18 --\n" + samples["english"], encoding="utf-8")
    (tmp_path / "b.txt").write_text("Steel output\n" + samples["english"].replace("July 18", "Friday"), encoding="utf-8")
    return tmp_path


def write_manifest(folder: Path, text: str | bytes) -> None:
    p = folder / "manifest.csv"
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))


def docs(folder: Path):
    corpus = read_corpus(folder)
    return {d.source_file: d for d in corpus.documents}, corpus.errors


def test_no_manifest_uses_first_line_and_dateline(folder: Path) -> None:
    d, errors = docs(folder)
    assert errors == []
    assert d["a.txt"].title == "BEIJING, July 18 --"
    assert (d["a.txt"].published, d["a.txt"].published_from) == (date(2025, 7, 18), "dateline")
    assert (d["b.txt"].published, d["b.txt"].published_from) == (None, None)


def test_manifest_fields_are_applied(folder: Path) -> None:
    write_manifest(folder, HEADER
                   + 'a.txt,"Output, up",Xinhua,2025-01-02,https://example.org/a\n'
                   + "b.txt,,,,\n")
    d, errors = docs(folder)
    assert errors == []
    a = d["a.txt"]
    assert (a.title, a.publisher, a.url) == ("Output, up", "Xinhua", "https://example.org/a")
    assert (a.published, a.published_from) == (date(2025, 1, 2), "manifest")
    b = d["b.txt"]  # empty values fall back
    assert (b.title, b.publisher, b.url, b.published) == ("Steel output", None, None, None)


def test_file_not_in_manifest_is_still_read(folder: Path) -> None:
    write_manifest(folder, HEADER + "a.txt,A,,,\n")
    d, errors = docs(folder)
    assert errors == [] and set(d) == {"a.txt", "b.txt"}


def test_row_naming_missing_file(folder: Path) -> None:
    write_manifest(folder, HEADER + "a.txt,A,,,\nghost.txt,Ghost,,,\n")
    d, errors = docs(folder)
    assert set(d) == {"a.txt", "b.txt"}
    assert errors == [IngestError("ghost.txt", "manifest row names a missing file (line 3)")]


def test_unparseable_date_falls_back_to_dateline(folder: Path) -> None:
    write_manifest(folder, HEADER + "a.txt,A,,32/13/2025,\nb.txt,B,,2025-02-30,\n")
    d, errors = docs(folder)
    assert (d["a.txt"].published, d["a.txt"].published_from) == (date(2025, 7, 18), "dateline")
    assert (d["b.txt"].published, d["b.txt"].published_from) == (None, None)
    assert errors == [
        IngestError("a.txt", "unparseable published date '32/13/2025' in manifest; dateline used instead"),
        IngestError("b.txt", "unparseable published date '2025-02-30' in manifest; no dateline found, published left empty"),
    ]


def test_unknown_columns_one_error_rest_used(folder: Path) -> None:
    write_manifest(folder, "file,title,author,publisher,lang\na.txt,A,Ann,Xinhua,en\n")
    d, errors = docs(folder)
    assert (d["a.txt"].title, d["a.txt"].publisher) == ("A", "Xinhua")
    assert errors == [IngestError(
        "manifest.csv",
        "manifest has unknown column(s) 'author', 'lang' (ignored); known columns are file, title, publisher, published, url",
    )]


def test_header_is_case_and_space_insensitive_and_bom_tolerated(folder: Path) -> None:
    write_manifest(folder, b"\xef\xbb\xbf File , Title ,PUBLISHED\r\na.txt,A,2025-03-04\r\n")
    d, errors = docs(folder)
    assert errors == []
    assert (d["a.txt"].title, d["a.txt"].published) == ("A", date(2025, 3, 4))


@pytest.mark.parametrize(
    ("manifest", "reason_start"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "manifest is not a CSV file: binary content (PNG signature)"),
        (b"", "manifest is empty"),
        (b"title,publisher\nA,B\n", "manifest has no 'file' column (header: 'title,publisher')"),
        (b"file;title;publisher\na.txt;A;B\n", "manifest has no 'file' column (header: 'file;title;publisher') (is it comma-separated?)"),
        (b'file,title\na.txt,"A"B\n', "manifest could not be parsed as CSV"),
    ],
    ids=["png", "empty", "no-file-column", "semicolons", "bad-quoting"],
)
def test_unparseable_manifest_is_one_error_and_files_still_read(
    folder: Path, manifest: bytes, reason_start: str
) -> None:
    write_manifest(folder, manifest)
    d, errors = docs(folder)
    assert set(d) == {"a.txt", "b.txt"}
    assert d["a.txt"].title == "BEIJING, July 18 --"  # no metadata from the broken manifest
    [e] = errors
    assert e.source_file == "manifest.csv"
    assert e.reason.startswith(reason_start)
    assert e.reason.endswith("manifest ignored, text files still read")


def test_duplicate_rows_first_wins(folder: Path) -> None:
    write_manifest(folder, HEADER + "a.txt,First,,,\na.txt,Second,,,\n")
    d, errors = docs(folder)
    assert d["a.txt"].title == "First"
    assert errors == [IngestError("a.txt", "listed twice in the manifest (lines 2 and 3); the first row is used")]


def test_row_without_file_name_and_row_with_extra_fields(folder: Path) -> None:
    write_manifest(folder, HEADER + ",Orphan,,,\na.txt,A,P,2025-01-01,u,EXTRA\n")
    d, errors = docs(folder)
    assert (d["a.txt"].title, d["a.txt"].url) == ("A", "u")
    assert errors == [
        IngestError("manifest.csv", "manifest line 2 has no file name; row ignored"),
        IngestError("manifest.csv", "manifest line 3 has 6 fields but the header has 5; the extra fields are ignored"),
    ]


def test_manifest_row_for_a_bad_file_reports_the_file_once(folder: Path) -> None:
    (folder / "c.txt").write_bytes(b"")
    write_manifest(folder, HEADER + "c.txt,C,,,\n")
    _, errors = docs(folder)
    assert errors == [IngestError("c.txt", "empty file")]


def test_cp1252_manifest_is_decoded(folder: Path) -> None:
    write_manifest(folder, (HEADER + "a.txt,Café “prices”,Le Monde,,\n").encode("cp1252"))
    d, errors = docs(folder)
    assert errors == []
    assert d["a.txt"].title == "Café “prices”"


def test_manifest_and_file_names_match_across_unicode_normal_forms(tmp_path: Path, samples: dict[str, str]) -> None:
    import unicodedata

    (tmp_path / unicodedata.normalize("NFD", "café.txt")).write_text(samples["english"], encoding="utf-8")
    write_manifest(tmp_path, HEADER + unicodedata.normalize("NFC", "café.txt") + ",Café,,,\n")
    corpus = read_corpus(tmp_path)
    assert corpus.errors == []
    assert corpus.documents[0].title == "Café"
