"""Extract a corpus, reusing the cached rows of documents that have not changed."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import polars as pl

from pipelines.extraction import extract
from pipelines.frames import EXCLUDED_SCHEMA, OBSERVATION_SCHEMA, excluded_frame, observations_frame
from pipelines.sources import SourceDocument
from pipelines.warehouse.extraction_cache import ExtractionCache, cache_key

KEY = {"cache_key": pl.String}


@dataclass(frozen=True)
class CorpusExtraction:
    observations: pl.DataFrame
    excluded: pl.DataFrame
    extracted_now: int
    reused: int


def extract_corpus(documents: Iterable[SourceDocument], cache: ExtractionCache) -> CorpusExtraction:
    cached = cache.read()
    known = set(cached["documents"]["cache_key"]) if cached else set()
    keys, observations, excluded = [], [], []
    for doc in documents:
        key = cache_key(doc)
        keys.append(key)
        if key in known:
            continue
        result = extract(doc.text, doc.published, doc.publisher, doc.title)
        observations.append(observations_frame(doc, result).with_columns(cache_key=pl.lit(key)))
        excluded.append(excluded_frame(doc, result.excluded).with_columns(cache_key=pl.lit(key)))
    extracted_now = len(observations)
    if cached:  # rows of documents that left the corpus are dropped here
        observations.append(cached["observations"].filter(pl.col("cache_key").is_in(keys)))
        excluded.append(cached["excluded"].filter(pl.col("cache_key").is_in(keys)))
    tables = {
        "documents": pl.DataFrame({"cache_key": keys}, schema=KEY),
        "observations": pl.concat([pl.DataFrame(schema={**OBSERVATION_SCHEMA, **KEY}), *observations]),
        "excluded": pl.concat([pl.DataFrame(schema={**EXCLUDED_SCHEMA, **KEY}), *excluded]),
    }
    cache.write(tables)
    order = ["source_file", "char_start", "char_end"]
    return CorpusExtraction(
        observations=tables["observations"].drop("cache_key").sort(order),
        excluded=tables["excluded"].drop("cache_key").sort(order),
        extracted_now=extracted_now,
        reused=len(keys) - extracted_now,
    )
