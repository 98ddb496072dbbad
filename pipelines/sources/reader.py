"""Read a folder of source texts into a :class:`Corpus`, reporting every bad input.

Contract ("bad input reported and never fatal, nothing lost"): every entry of
the folder ends up either as a :class:`SourceDocument` or as an
:class:`IngestError` (sometimes both, when a problem was recoverable), and no
single file or manifest defect stops the others.  Only a folder that does not
exist raises, since that is a configuration error rather than bad input.

Per file, in this order (cheap checks first, each at most one linear pass):
size limit, read, empty, binary sniffing, whitespace-only, duplicate content
(the first file by name is kept), decoding, English check, metadata.  Files are
processed in name order, so results are deterministic.

Text is kept exactly as decoded (CRLF line ends are *not* normalised; the
extractor treats ``\\r`` as whitespace), so downstream offsets index
``SourceDocument.text`` directly.
"""
from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from datetime import date, datetime
from pathlib import Path

from .datelines import date_in_url, find_dateline
from .decoding import NotText, decode, sniff_binary
from .language import unsupported_language
from .manifest import MANIFEST_NAME, Manifest, ManifestRow, read_manifest
from .model import Corpus, IngestError, SourceDocument

MAX_FILE_BYTES = 256 * 1024 * 1024
"""Files larger than this are reported instead of read (memory stays bounded)."""

TITLE_MAX_CHARS = 300
DATELINE_WINDOW = 20_000
"""``find_dateline`` sees only this many leading characters: a dateline sits at
the top of a text, and the cap keeps a multi-megabyte single line cheap."""

_NON_SPACE = re.compile(r"\S")
_NON_SPACE_BYTES = re.compile(rb"[^ \t\r\n\f\v]")
_LINE_END = re.compile(r"[\r\n]")


def read_corpus(folder: Path, *, max_bytes: int = MAX_FILE_BYTES) -> Corpus:
    """Read every ``*.txt`` file in ``folder`` (sorted by name) plus ``manifest.csv``.

    Other entries (subfolders, files with other suffixes) are reported, not read;
    hidden entries (names starting with ".") are skipped silently.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise NotADirectoryError(f"sources folder not found: {folder}")

    manifest = read_manifest(folder / MANIFEST_NAME)
    errors: list[IngestError] = list(manifest.errors)
    documents: list[SourceDocument] = []
    seen: dict[str, str] = {}  # sha256 -> first file name with that content

    with os.scandir(folder) as it:
        entries = sorted(
            (e for e in it if not e.name.startswith(".") and e.name != MANIFEST_NAME),
            key=lambda e: e.name,
        )
    present = {_nfc(e.name) for e in entries}
    for entry in entries:
        try:
            is_file = entry.is_file()
        except OSError:
            is_file = False
        if not is_file:
            if _is_dir(entry):
                reason = "a folder; only .txt files directly in the sources folder are read"
            else:
                reason = "not a regular file (broken link, device or pipe); not read"
            errors.append(IngestError(entry.name, reason))
            continue
        if not entry.name.lower().endswith(".txt"):
            errors.append(IngestError(entry.name, "not a .txt file; ignored"))
            continue
        doc, problems = _read_one(Path(entry.path), entry.name, manifest, seen, max_bytes)
        errors.extend(problems)
        if doc is not None:
            documents.append(doc)

    for name, row in manifest.rows.items():
        if _nfc(name) not in present:
            errors.append(IngestError(name, f"manifest row names a missing file (line {row.line})"))
    return Corpus(documents, errors)


def _read_one(
    path: Path, name: str, manifest: Manifest, seen: dict[str, str], max_bytes: int
) -> tuple[SourceDocument | None, list[IngestError]]:
    def fail(reason: str) -> tuple[None, list[IngestError]]:
        return None, [IngestError(name, reason)]

    try:
        size = path.stat().st_size
        if size > max_bytes:
            return fail(f"too large: {size} bytes (limit {max_bytes})")
        raw = path.read_bytes()
    except OSError as exc:
        return fail(f"unreadable: {exc.strerror or exc}")
    if not raw:
        return fail("empty file")
    binary = sniff_binary(raw)
    if binary:
        return fail(binary)
    if _NON_SPACE_BYTES.search(raw) is None:
        return fail("whitespace-only file")

    doc_id = hashlib.sha256(raw).hexdigest()
    first = seen.setdefault(doc_id, name)
    if first != name:
        return fail(f"duplicate of {first} (same content)")

    try:
        decoded = decode(raw)
    except NotText as exc:
        return fail(str(exc))
    n_bytes = len(raw)
    del raw
    text = decoded.text
    start = _NON_SPACE.search(text)
    if start is None:
        return fail("empty file (byte-order mark only)" if not text else "whitespace-only file")
    language = unsupported_language(text)
    if language:
        return fail(language)

    problems: list[IngestError] = []
    row: ManifestRow | None = manifest.rows.get(name) or manifest.rows.get(_nfc(name))
    published: date | None = row.published if row else None
    published_from = "manifest" if published else None
    if published is None:
        published, dateline_problem = _dateline(text)
        if dateline_problem:
            problems.append(IngestError(name, dateline_problem))
        published_from = "dateline" if published else None
    if published is None and row and row.url:
        published = date_in_url(row.url)  # "https://example.org/2025/02/...": a page's address dates it
        published_from = "url" if published else None
    if row and row.published_raw is not None:
        fallback = "dateline used instead" if published else "no dateline found, published left empty"
        problems.append(IngestError(
            name, f"unparseable published date '{row.published_raw}' in manifest; {fallback}"))

    doc = SourceDocument(
        doc_id=doc_id,
        source_file=name,
        text=text,
        bytes=n_bytes,
        encoding=decoded.encoding,
        title=(row.title if row and row.title else None) or _first_line(text, start.start()),
        publisher=row.publisher if row else None,
        url=row.url if row else None,
        published=published,
        published_from=published_from,
    )
    return doc, problems


def _first_line(text: str, start: int) -> str | None:
    """The first non-empty line from ``start`` (a non-space position), stripped, capped."""
    window = text[start : start + 4 * TITLE_MAX_CHARS]
    end = _LINE_END.search(window)
    line = (window[: end.start()] if end else window).strip()
    return line[:TITLE_MAX_CHARS].rstrip() or None


def _dateline(text: str) -> tuple[date | None, str | None]:
    """(date, None) from ``find_dateline``; (None, reason) if it failed; (None, None) if absent."""
    try:
        found = find_dateline(text[:DATELINE_WINDOW])
    except Exception as exc:  # a bug there must not lose the document
        return None, f"dateline detection failed ({type(exc).__name__}: {exc}); published left empty"
    if isinstance(found, datetime):
        found = found.date()
    return (found, None) if isinstance(found, date) else (None, None)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _nfc(name: str) -> str:
    """File names compare in NFC: macOS writes "é" decomposed, spreadsheets composed."""
    return unicodedata.normalize("NFC", name)
