"""Observations extracted from the source texts by the pure extraction library."""

import dagster as dg
import polars as pl

from pipelines.defs.constants import OWNERS, WAREHOUSE_POOL
from pipelines.defs.metadata import counts_by, frame_metadata
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.sources import SourceDocument
from pipelines.warehouse.extraction_cache import ExtractionCache
from pipelines.warehouse.incremental import extract_corpus


@dg.multi_asset(
    group_name="extraction",
    pool=WAREHOUSE_POOL,
    ins={"source_documents": dg.AssetIn()},
    outs={
        "extracted_observations": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="Every number that measures something, typed and dated: one row per number, "
            "with subject, measure, value, unit, qualifier, period, region and domain.",
        ),
        "excluded_candidates": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="Numbers the extractor judged to measure nothing (dates, list numbers, labels, "
            "durations, thresholds), each with the rule that excluded it.",
        ),
    },
)
def extraction(context: dg.AssetExecutionContext, source_documents: pl.DataFrame, paths: WarehousePaths):
    """Extracts the documents whose bytes, name or date changed since the last run; reuses the rest's rows.

    A change to the extraction code or vocabularies makes every document count as changed.
    """
    documents = (SourceDocument(**row) for row in source_documents.iter_rows(named=True))
    result = extract_corpus(documents, ExtractionCache(paths.warehouse / "cache" / "extraction"))
    obs, exc = result.observations, result.excluded
    context.log.info(f"{obs.height} observations, {exc.height} excluded; {result.extracted_now} texts extracted, {result.reused} reused")
    yield dg.Output(
        obs,
        output_name="extracted_observations",
        metadata={
            **frame_metadata(obs.drop("sentence")),
            "texts_extracted": result.extracted_now,
            "texts_reused_from_cache": result.reused,
            "by_domain": counts_by(obs, "domain"),
            "by_measure": counts_by(obs, "measure"),
        },
    )
    yield dg.Output(exc, output_name="excluded_candidates", metadata={**frame_metadata(exc), "by_reason": counts_by(exc, "reason")})
