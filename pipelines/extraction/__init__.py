"""Extraction library: turn a text into observations (see /work/shared/spec/OBSERVATIONS.md).

    from pipelines.extraction import extract
    result = extract(text, published)   # -> Extraction(observations, excluded)

Pure Python: no Dagster, Polars or DuckDB here.
"""
from pipelines.extraction.extractor import extract
from pipelines.extraction.model import ExcludedCandidate, Extraction, Observation, Period

__all__ = ["extract", "Extraction", "Observation", "ExcludedCandidate", "Period"]
