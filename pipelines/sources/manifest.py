"""Read the optional ``manifest.csv`` that gives titles, publishers, dates and URLs.

The manifest is hand-edited, so every defect is reported as an
:class:`~pipelines.sources.model.IngestError` and nothing here raises: a bad row
loses only that row (or that field), a manifest that cannot be parsed at all
loses only the metadata, and the text files are read either way.

Expected columns: ``file,title,publisher,published,url`` (header names are
matched case-insensitively after trimming; any value may be empty; ``published``
is ISO ``YYYY-MM-DD``).
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .decoding import NotText, decode, sniff_binary
from .model import IngestError

MANIFEST_NAME = "manifest.csv"
COLUMNS = ("file", "title", "publisher", "published", "url")

_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


@dataclass(frozen=True)
class ManifestRow:
    file: str
    title: str | None
    publisher: str | None
    published: date | None
    published_raw: str | None  # the manifest text when it is not a valid ISO date, else None
    url: str | None
    line: int


@dataclass(frozen=True)
class Manifest:
    rows: dict[str, ManifestRow] = field(default_factory=dict)  # keyed by NFC file name, first row wins
    errors: list[IngestError] = field(default_factory=list)


def parse_published(value: str) -> date | None:
    """``date`` for a strict ISO ``YYYY-MM-DD`` value, else None."""
    m = _ISO_DATE.fullmatch(value.strip())
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def read_manifest(path: Path) -> Manifest:
    """Parse ``path``; never raises.  A missing file is an empty manifest, not an error."""
    name = path.name

    def fatal(why: str) -> Manifest:
        return Manifest({}, [IngestError(name, f"{why}; manifest ignored, text files still read")])

    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Manifest()
    except OSError as exc:
        return fatal(f"manifest could not be read ({exc.strerror or exc})")
    if not raw.strip():
        return fatal("manifest is empty")
    binary = sniff_binary(raw)
    if binary:
        return fatal(f"manifest is not a CSV file: {binary}")
    try:
        text = decode(raw).text
    except NotText as exc:
        return fatal(f"manifest could not be decoded ({exc})")
    try:
        return _parse(name, text)
    except csv.Error as exc:
        return fatal(f"manifest could not be parsed as CSV ({exc})")


def _parse(name: str, text: str) -> Manifest:
    errors: list[IngestError] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    header: list[str] | None = None
    for header in reader:
        if any(h.strip() for h in header):
            break
    else:
        header = None
    if header is None:
        raise csv.Error("no header row")
    header = [h.strip().lower() for h in header]
    if "file" not in header:
        shown = ",".join(header)[:200]
        hint = " (is it comma-separated?)" if (";" in shown or "\t" in shown) else ""
        return Manifest({}, [IngestError(
            name, f"manifest has no 'file' column (header: '{shown}'){hint}; "
            "manifest ignored, text files still read")])

    index: dict[str, int] = {}
    repeated: list[str] = []
    for i, h in enumerate(header):
        if h in index:
            repeated.append(h)
        else:
            index[h] = i
    if repeated:
        errors.append(IngestError(
            name, "manifest header repeats column(s) "
            + ", ".join(f"'{h}'" for h in sorted(set(repeated))) + "; the first of each is used"))

    unknown = [h for h in index if h not in COLUMNS]
    unnamed_used = False
    rows: dict[str, ManifestRow] = {}
    for values in reader:
        line = reader.line_num
        if not any(v.strip() for v in values):
            continue
        if "" in index and len(values) > index[""] and values[index[""]].strip():
            unnamed_used = True

        def get(col: str) -> str | None:
            i = index.get(col)
            if i is None or i >= len(values):
                return None
            v = values[i].strip()
            return v or None

        if len(values) > len(header):
            errors.append(IngestError(
                name, f"manifest line {line} has {len(values)} fields but the header has "
                f"{len(header)}; the extra fields are ignored"))
        file = get("file")
        if file is not None:
            file = unicodedata.normalize("NFC", file)
        if file is None:
            errors.append(IngestError(name, f"manifest line {line} has no file name; row ignored"))
            continue
        if file in rows:
            errors.append(IngestError(
                file, f"listed twice in the manifest (lines {rows[file].line} and {line}); "
                "the first row is used"))
            continue
        published_text = get("published")
        published = parse_published(published_text) if published_text else None
        rows[file] = ManifestRow(
            file=file,
            title=get("title"),
            publisher=get("publisher"),
            published=published,
            published_raw=published_text if published_text and published is None else None,
            url=get("url"),
            line=line,
        )

    shown_unknown = [h for h in unknown if h != "" or unnamed_used]
    if shown_unknown:
        errors.insert(0, IngestError(
            name, "manifest has unknown column(s) "
            + ", ".join(f"'{h}'" if h else "(unnamed)" for h in shown_unknown)
            + f" (ignored); known columns are {', '.join(COLUMNS)}"))
    return Manifest(rows, errors)
