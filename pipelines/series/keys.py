"""Series keys, SDMX style: dimensions joined by dots.

    {indicator_code}.{region_code}.{measure}.{unit}.{FREQ}
    e.g. industrial_value_added.CN.growth_yoy_pct.percent.A

The indicator comes first so that an indicator's series sort together (as
DBnomics series codes do); frequency comes from the period type. A missing
dimension is written ``_X`` ("unspecified", as in SDMX codelists). Dots inside
a component would break the key, so they become underscores.
"""
from __future__ import annotations

FREQUENCY = {
    "year": "A",
    "half": "H",
    "quarter": "Q",
    "month": "M",
    "ytd": "YTD",  # January to a month: cumulative, one value per end month
    "point": "P",  # a stock on a day
    "range": "R",  # several years (a five-year plan)
    "unknown": "U",
}
MISSING = "_X"


def frequency(period_type: str | None) -> str:
    return FREQUENCY.get((period_type or "unknown").strip().lower(), "U")


def _part(value: object) -> str:
    text = "" if value is None else str(value).strip()
    return text.replace(".", "_") if text else MISSING


def series_id(
    indicator_code: str | None,
    region_code: str | None,
    measure: str | None,
    unit: str | None,
    period_type: str | None,
) -> str:
    return ".".join(
        [_part(indicator_code), _part(region_code), _part(measure), _part(unit), frequency(period_type)]
    )
