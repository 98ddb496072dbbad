"""The values the source reader hands to the rest of the pipeline: plain frozen dataclasses.

Kept apart from the reading logic so that callers (the Dagster layer, tests)
can import the types without pulling in decoding or charset detection.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class SourceDocument:
    """One source text, decoded.

    ``text`` is exactly the decoded file content (BOM removed, line ends kept as
    they were, no Unicode normalisation): character offsets used downstream are
    Python ``str`` offsets into this string.
    """

    doc_id: str  # sha256 hex of the raw bytes (content hash)
    source_file: str  # file name relative to the sources folder
    text: str
    bytes: int
    encoding: str  # e.g. "utf-8", "utf-8-sig", "gb18030", "cp1252"
    title: str | None  # manifest, else first non-empty line (stripped, <= 300 chars)
    publisher: str | None
    url: str | None
    published: date | None
    published_from: str | None  # "manifest", "dateline", "url" or None


@dataclass(frozen=True)
class IngestError:
    """A problem with one input, as a sentence a person can act on.

    A file named here may still appear among the documents when the problem was
    recoverable (e.g. an unparseable manifest date with a dateline fallback).
    """

    source_file: str
    reason: str


@dataclass(frozen=True)
class Corpus:
    documents: list[SourceDocument]
    errors: list[IngestError]
