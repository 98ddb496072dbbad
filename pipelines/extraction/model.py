"""The rows the extraction library produces: plain dataclasses, no Dagster, no Polars."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    """The time a number describes; see OBSERVATIONS.md, "Periods"."""

    start: date | None
    end: date | None
    type: str  # year, half, quarter, month, ytd, point, range, unknown

    @classmethod
    def unknown(cls) -> Period:
        return cls(None, None, "unknown")


@dataclass(frozen=True)
class Observation:
    """One number that measures something, with offsets into the decoded document text."""

    char_start: int
    char_end: int
    quote: str
    sentence: str
    subject: str
    measure: str  # level, growth_yoy_pct, growth_pct, ratio_pct, pp_change, index, multiple
    value: float
    unit: str
    qualifier: str  # eq, approx, gt, lt
    period: Period
    region: str
    region_code: str | None
    domain: str  # industry, regional, trade, macro, other
    is_target: bool
    is_forecast: bool


@dataclass(frozen=True)
class ExcludedCandidate:
    """A number the extractor looked at and decided measures nothing, with the rule that said so."""

    char_start: int
    char_end: int
    text: str
    reason: str  # e.g. "date", "list_numbering", "label", "duration", "age", "threshold", "denominator"


@dataclass(frozen=True)
class Extraction:
    observations: list[Observation]
    excluded: list[ExcludedCandidate]
