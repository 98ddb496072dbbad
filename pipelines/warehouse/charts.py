"""Charts of the most-reported series of each domain, as PNG files and inline Markdown for the UI."""
from __future__ import annotations

import base64
import hashlib
import os
import re
import shutil
import textwrap
from pathlib import Path

import duckdb

CHARTS_PER_DOMAIN = 3
DOMAINS = ("industry", "regional", "trade")

# the series of a domain with the most reported periods; targets and forecasts are not values of a series
TOP_SERIES = """
SELECT series_id, any_value(label)
FROM dim_series JOIN (SELECT DISTINCT series_id, domain FROM observations) USING (series_id)
WHERE domain = ? AND n_observations > 0 AND NOT starts_with(indicator_code, 'x_unknown')
GROUP BY series_id
ORDER BY max(n_periods) DESC, max(n_observations) DESC, series_id
LIMIT ?
"""
POINTS = """
SELECT period_end, value, coalesce(published::VARCHAR, 'undated') AS published
FROM observations
WHERE series_id = ? AND period_end IS NOT NULL AND NOT is_target AND NOT is_forecast
ORDER BY period_end, published
"""


def _file_name(series_id: str, title: str, points: list[tuple]) -> str:
    """The series and a digest of what the chart shows: an unchanged chart keeps its name and is not redrawn."""
    digest = hashlib.sha256(repr((title, points)).encode()).hexdigest()[:10]
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", series_id) + f".{digest}.png"


def _plot(title: str, points: list[tuple], path: Path) -> None:
    import matplotlib  # noqa: PLC0415 - imported only when charts are drawn

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt  # noqa: PLC0415

    fig, ax = plt.subplots(figsize=(6, 3), dpi=100)
    dates = [p[0] for p in points]
    values = [p[1] for p in points]
    ax.plot(dates, values, marker="o", linewidth=1.5)
    ax.set_title("\n".join(textwrap.wrap(title, 80)), fontsize=8)
    ax.grid(alpha=0.3)
    fig.autofmt_xdate()
    fig.tight_layout()
    fig.savefig(path, format="png")
    plt.close(fig)


def draw_charts(con: duckdb.DuckDBPyConnection, folder: Path) -> dict[str, list[Path]]:
    """Draw each domain's most-reported series into `folder` (replaced whole); returns the files by domain."""
    staging = folder.with_name(f".{folder.name}.next")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    drawn: dict[str, list[Path]] = {}
    for domain in DOMAINS:
        drawn[domain] = []
        for series_id, label in con.execute(TOP_SERIES, [domain, CHARTS_PER_DOMAIN]).fetchall():
            points = con.execute(POINTS, [series_id]).fetchall()
            if not points:
                continue
            title = f"{label} ({series_id})"
            name = _file_name(series_id, title, points)
            if (folder / name).exists():
                os.link(folder / name, staging / name)  # matplotlib is slow to import and to draw
            else:
                _plot(title, points, staging / name)
            drawn[domain].append(folder / name)
    # swap the folder: a reader sees the old charts or the new ones
    old = folder.with_name(f".{folder.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)
    return drawn


def markdown_images(paths: list[Path]) -> str:
    """Inline the PNGs so the Dagster UI shows them without serving files."""
    if not paths:
        return "_no series of this domain has dated values yet_"
    parts = []
    for path in paths:
        data = base64.b64encode(path.read_bytes()).decode()
        parts.append(f"**{path.stem}**\n\n![{path.stem}](data:image/png;base64,{data})")
    return "\n\n".join(parts)
