"""Account for every number in every text: each must be an observation or an excluded candidate.

The digits are found here independently of the extractor, so a number that the
extractor skipped without a reason shows up as unaccounted for.
"""
from __future__ import annotations

import bisect
import re

import polars as pl

DIGITS = re.compile(r"\d+")
SAMPLE_SIZE = 5


def _covered(position: int, starts: list[int], ends: list[int]) -> bool:
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and ends[i] > position


def reconcile(documents: pl.DataFrame, observations: pl.DataFrame, excluded: pl.DataFrame) -> pl.DataFrame:
    """Per document: digit runs in the text, how many are observations, excluded, or unaccounted for."""
    spans = pl.concat(
        [
            observations.select("doc_id", "char_start", "char_end", kind=pl.lit("observation")),
            excluded.select("doc_id", "char_start", "char_end", kind=pl.lit("excluded")),
        ]
    ).sort("doc_id", "char_start")
    by_doc = {key[0]: frame for key, frame in spans.partition_by("doc_id", as_dict=True).items()}
    rows = []
    for doc_id, source_file, text in documents.select("doc_id", "source_file", "text").iter_rows():
        doc_spans = by_doc.get(doc_id)
        starts = doc_spans["char_start"].to_list() if doc_spans is not None else []
        ends = doc_spans["char_end"].to_list() if doc_spans is not None else []
        # overlapping spans: keep, for each start, the furthest end reached so far
        for i in range(1, len(ends)):
            ends[i] = max(ends[i], ends[i - 1])
        missing = [m for m in DIGITS.finditer(text) if not _covered(m.start(), starts, ends)]
        rows.append(
            {
                "source_file": source_file,
                "digit_runs": sum(1 for _ in DIGITS.finditer(text)),
                "observations": int((doc_spans["kind"] == "observation").sum()) if doc_spans is not None else 0,
                "excluded": int((doc_spans["kind"] == "excluded").sum()) if doc_spans is not None else 0,
                "unaccounted": len(missing),
                "unaccounted_sample": [text[max(0, m.start() - 30) : m.end() + 30].replace("\n", " ") for m in missing[:SAMPLE_SIZE]],
            }
        )
    return pl.DataFrame(
        rows,
        schema={
            "source_file": pl.String,
            "digit_runs": pl.Int64,
            "observations": pl.Int64,
            "excluded": pl.Int64,
            "unaccounted": pl.Int64,
            "unaccounted_sample": pl.List(pl.String),
        },
    )
