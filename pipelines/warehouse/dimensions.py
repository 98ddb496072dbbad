"""Rows of the dimension tables, from the vocabularies kept as data and from pycountry."""
from __future__ import annotations

import polars as pl
import pycountry

REGION_SCHEMA = {"region_code": pl.String, "name": pl.String, "level": pl.String, "parent_code": pl.String}

# pycountry gives Chinese subdivisions in pinyin with their administrative type ("Shanxi Sheng");
# users search for the place name alone.
_CHINESE_ADMIN_SUFFIXES = (" Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng", " Shi", " SAR")


def _subdivision_name(subdivision) -> str:
    name = subdivision.name
    if subdivision.country_code == "CN":
        for suffix in _CHINESE_ADMIN_SUFFIXES:
            name = name.removesuffix(suffix)
    return name


def region_frame(observed: pl.DataFrame) -> pl.DataFrame:
    """ISO 3166-1 countries, ISO 3166-2 first-level subdivisions, and every other place observations name.

    `observed` has columns region and region_code; a code not known to ISO 3166
    (a city, an aggregate such as the euro area) joins with the level its code implies.
    """
    rows = {
        c.alpha_2: {"region_code": c.alpha_2, "name": getattr(c, "common_name", c.name), "level": "country", "parent_code": None}
        for c in pycountry.countries
    }
    for s in pycountry.subdivisions:
        if s.parent_code is None:
            rows[s.code] = {"region_code": s.code, "name": _subdivision_name(s), "level": "province", "parent_code": s.country_code}
    for name, code in observed.select("region", "region_code").unique().drop_nulls("region_code").sort("region_code").iter_rows():
        if code not in rows:
            rows[code] = {"region_code": code, "name": name, "level": _level_of_unlisted(code), "parent_code": _parent_of(code)}
    return pl.DataFrame(list(rows.values()), schema=REGION_SCHEMA)


def _level_of_unlisted(code: str) -> str:
    if code.count("-") >= 2:
        return "city"  # e.g. CN-XZ-LHASA: a city code nested under its province's ISO code
    return "aggregate"


def _parent_of(code: str) -> str | None:
    parts = code.split("-")
    return "-".join(parts[:-1]) if len(parts) > 1 else None
