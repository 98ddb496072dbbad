"""Content-hash cache of extraction results, so unchanged documents are not extracted again.

A document's rows are reused only when both its bytes (doc_id is their sha256)
and the code and vocabularies that produced the rows are unchanged; any edit to
the extraction library, the series catalog or the vocabularies invalidates the
whole cache. Documents no longer in the corpus simply drop out of it.
"""
from __future__ import annotations

import hashlib
import os
import uuid
from functools import cache
from pathlib import Path

import polars as pl

from pipelines.sources import SourceDocument

PIPELINES_DIR = Path(__file__).resolve().parent.parent
# everything whose change can change an extracted row: our code and vocabularies, and the locked
# versions of the packages they use (pycountry's names, for one)
CODE_PATHS = ("extraction", "series", "vocab", "frames.py", "../uv.lock")


@cache
def extractor_version() -> str:
    digest = hashlib.sha256()
    for entry in CODE_PATHS:
        path = PIPELINES_DIR / entry
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".yaml", ".yml", ".csv", ".lock"):
                digest.update(entry.encode() + str(f.relative_to(path.parent)).encode())
                digest.update(f.read_bytes())
    return digest.hexdigest()[:16]


def cache_key(doc: SourceDocument) -> str:
    """What a document's rows depend on besides the code: its bytes, its file name, its publication date, its
    publisher and its title."""
    return f"{doc.doc_id}|{doc.source_file}|{doc.published or ''}|{doc.publisher or ''}|{doc.title or ''}"


class ExtractionCache:
    """Parquet files of the rows of every extracted document, tagged with the code version that made them.

    Each table has a `cache_key` column; the `documents` table lists every key
    extracted, including documents that gave no rows.
    """

    TABLES = ("documents", "observations", "excluded")

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def _path(self, table: str) -> Path:
        return self.folder / f"{table}.parquet"

    def read(self) -> dict[str, pl.DataFrame]:
        """The cached tables, or empty ones when the cache is missing, unreadable or made by other code."""
        try:
            tables = {t: pl.read_parquet(self._path(t)) for t in self.TABLES}
        except (OSError, pl.exceptions.PolarsError):
            return {}
        versions = set().union(*(set(f["extractor_version"].unique()) for f in tables.values()))
        if versions - {extractor_version()}:
            return {}
        return {t: f.drop("extractor_version") for t, f in tables.items()}

    def write(self, tables: dict[str, pl.DataFrame]) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        version = pl.lit(extractor_version()).alias("extractor_version")
        for table in self.TABLES:
            final = self._path(table)
            # extraction runs outside the writers' pool, so two runs may write at once: each writes its own partial
            # file and the rename is atomic (both hold rows of the same texts)
            partial = final.with_name(f".{final.name}.{uuid.uuid4().hex}.partial")
            tables[table].with_columns(version).write_parquet(partial)
            os.replace(partial, final)
