"""Polars frames of the pipeline's tables, built from the pure libraries' rows.

The column lists here are the warehouse's contract with its users (see the
observations columns in README.md); DuckDB tables and Parquet exports are
written from these frames as they are.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import datetime, timezone

import polars as pl

from pipelines.extraction.model import ExcludedCandidate, Extraction
from pipelines.series.catalog import link
from pipelines.series.keys import series_id
from pipelines.sources import IngestError, SourceDocument

SOURCE_SCHEMA = {
    "doc_id": pl.String,
    "source_file": pl.String,
    "text": pl.String,
    "bytes": pl.Int64,
    "encoding": pl.String,
    "title": pl.String,
    "publisher": pl.String,
    "url": pl.String,
    "published": pl.Date,
    "published_from": pl.String,
}

OBSERVATION_SCHEMA = {
    "observation_id": pl.String,
    "doc_id": pl.String,
    "source_file": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "quote": pl.String,
    "sentence": pl.String,
    "subject": pl.String,
    "indicator_code": pl.String,
    "indicator_mapped": pl.Boolean,
    "series_id": pl.String,
    "measure": pl.String,
    "value": pl.Float64,
    "unit": pl.String,
    "qualifier": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "period_type": pl.String,
    "region": pl.String,
    "region_code": pl.String,
    "domain": pl.String,
    "is_target": pl.Boolean,
    "is_forecast": pl.Boolean,
    "published": pl.Date,
}

EXCLUDED_SCHEMA = {
    "doc_id": pl.String,
    "source_file": pl.String,
    "char_start": pl.Int64,
    "char_end": pl.Int64,
    "text": pl.String,
    "reason": pl.String,
}

INGEST_ERROR_SCHEMA = {
    "source_file": pl.String,
    "reason": pl.String,
    "detected_at": pl.Datetime("us", "UTC"),
}


def observation_id(doc_id: str, char_start: int, char_end: int) -> str:
    """Stable across re-runs: the same bytes and span always give the same id."""
    return hashlib.sha256(f"{doc_id}:{char_start}:{char_end}".encode()).hexdigest()[:20]


def sources_frame(documents: Iterable[SourceDocument]) -> pl.DataFrame:
    rows = [{name: getattr(doc, name) for name in SOURCE_SCHEMA} for doc in documents]
    return pl.DataFrame(rows, schema=SOURCE_SCHEMA)


def ingest_errors_frame(errors: Iterable[IngestError]) -> pl.DataFrame:
    now = datetime.now(timezone.utc)
    rows = [{"source_file": e.source_file, "reason": e.reason, "detected_at": now} for e in errors]
    return pl.DataFrame(rows, schema=INGEST_ERROR_SCHEMA)


def observations_frame(doc: SourceDocument, extraction: Extraction) -> pl.DataFrame:
    rows = []
    for obs in extraction.observations:
        code, mapped = link(obs.subject)
        rows.append(
            {
                "observation_id": observation_id(doc.doc_id, obs.char_start, obs.char_end),
                "doc_id": doc.doc_id,
                "source_file": doc.source_file,
                "char_start": obs.char_start,
                "char_end": obs.char_end,
                "quote": obs.quote,
                "sentence": obs.sentence,
                "subject": obs.subject,
                "indicator_code": code,
                "indicator_mapped": mapped,
                "series_id": series_id(code, obs.region_code, obs.measure, obs.unit, obs.period.type),
                "measure": obs.measure,
                "value": obs.value,
                "unit": obs.unit,
                "qualifier": obs.qualifier,
                "period_start": obs.period.start,
                "period_end": obs.period.end,
                "period_type": obs.period.type,
                "region": obs.region,
                "region_code": obs.region_code,
                "domain": obs.domain,
                "is_target": obs.is_target,
                "is_forecast": obs.is_forecast,
                "published": doc.published,
            }
        )
    return pl.DataFrame(rows, schema=OBSERVATION_SCHEMA)


def excluded_frame(doc: SourceDocument, excluded: Iterable[ExcludedCandidate]) -> pl.DataFrame:
    rows = [
        {
            "doc_id": doc.doc_id,
            "source_file": doc.source_file,
            "char_start": c.char_start,
            "char_end": c.char_end,
            "text": c.text,
            "reason": c.reason,
        }
        for c in excluded
    ]
    return pl.DataFrame(rows, schema=EXCLUDED_SCHEMA)
