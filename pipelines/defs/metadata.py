"""Materialization metadata that every frame-producing asset shows in the UI."""

import dagster as dg
import polars as pl

from pipelines.validation.suite import ExpectationOutcome

PREVIEW_ROWS = 10
PREVIEW_TEXT_WIDTH = 60


def markdown_preview(frame: pl.DataFrame, rows: int = PREVIEW_ROWS) -> str:
    head = frame.head(rows)
    if head.is_empty():
        return "_no rows_"
    columns = head.columns

    def cell(value: object) -> str:
        text = "" if value is None else str(value)
        text = text.replace("|", "\\|").replace("\n", " ")
        return text if len(text) <= PREVIEW_TEXT_WIDTH else text[: PREVIEW_TEXT_WIDTH - 1] + "…"

    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in head.iter_rows()]
    return "\n".join(lines)


def frame_metadata(frame: pl.DataFrame) -> dict[str, dg.MetadataValue]:
    return {
        "dagster/row_count": dg.MetadataValue.int(frame.height),
        "preview": dg.MetadataValue.md(markdown_preview(frame)),
    }


def counts_by(frame: pl.DataFrame, column: str) -> dg.MetadataValue:
    counts = frame.group_by(column).len().sort("len", descending=True)
    return dg.MetadataValue.json({str(k): int(n) for k, n in counts.iter_rows()})


def outcome_metadata(outcomes: list[ExpectationOutcome]) -> dict[str, dg.MetadataValue]:
    """One entry per expectation, as the asset check page shows it."""
    return {
        o.name: dg.MetadataValue.json(
            {
                "success": o.success,
                "unexpected_count": o.unexpected_count,
                "unexpected_sample": o.unexpected_sample,
                "observed_value": o.observed_value,
            }
        )
        for o in outcomes
    }
