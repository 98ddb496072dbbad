"""Each series view on small composed inputs."""
from __future__ import annotations

from datetime import date

from series_support import rows

IVA = "value added of industrial enterprises above designated size"
IVA_ALT = "added value of industries above designated size"
NEV = "NEV sales"
BASE = "5G base stations"


def one(con, query):
    result = rows(con, query)
    assert len(result) == 1, result
    return result[0]


def test_wording_variants_make_one_series_with_dim_series_row(con, obs):
    obs(IVA, 6.4, doc="a.txt", published="2025-07-18")
    obs(IVA_ALT, 6.4, doc="b.txt", published="2025-07-20")
    obs("industrial value added among enterprises above the designated size", 5.9,
        doc="c.txt", published="2026-02-05", period="2025")
    series = rows(con, "SELECT * FROM dim_series ORDER BY series_id")
    assert [s["series_id"] for s in series] == [
        "industrial_value_added.CN.growth_yoy_pct.percent.A",
        "industrial_value_added.CN.growth_yoy_pct.percent.H",
    ]
    half = series[1]
    assert half["n_observations"] == 2 and half["n_sources"] == 2 and half["n_periods"] == 1
    assert half["first_period_start"] == date(2025, 1, 1) and half["last_period_end"] == date(2025, 6, 30)
    assert half["label"].startswith("Value added of industrial enterprises above designated size, China")
    assert "year on year" in half["label"] and half["label"].endswith("half-yearly")
    assert half["indicator_mapped"] is True


def test_dim_series_counts_targets_apart(con, obs):
    obs("GDP", 5.0, period="2025", published="2026-01-20")
    obs("GDP", 4.5, period="2027-12-31", target=True)
    s = one(con, "SELECT * FROM dim_series WHERE series_id LIKE 'gdp.%.A'")
    assert (s["n_observations"], s["n_targets_forecasts"]) == (1, 0)
    p = one(con, "SELECT * FROM dim_series WHERE series_id LIKE 'gdp.%.P'")
    assert (p["n_observations"], p["n_targets_forecasts"]) == (0, 1)
    assert p["first_period_start"] is None


def test_latest_and_first_release(con, obs):
    obs(NEV, 6_900_000, measure="level", doc="early.txt", published="2025-07-15")
    obs(NEV, 6_937_000, measure="level", doc="late.txt", published="2025-07-18")
    obs(NEV, 1.0, measure="level", doc="undated.txt", published=None)
    latest = one(con, "SELECT * FROM series_latest")
    first = one(con, "SELECT * FROM series_first_release")
    assert (latest["value"], latest["source_file"], latest["n_sources"]) == (6_937_000, "late.txt", 3)
    assert (first["value"], first["source_file"]) == (6_900_000, "early.txt")
    assert latest["has_conflict"] is False


def test_undated_source_is_a_release_only_when_nothing_is_dated(con, obs):
    obs(BASE, 4_550_000, measure="level", period="2025-06-30", doc="undated.txt", published=None)
    assert one(con, "SELECT value FROM series_latest")["value"] == 4_550_000
    assert rows(con, "SELECT * FROM series_realtime") == []


def test_targets_and_forecasts_are_not_releases(con, obs):
    obs(IVA, 6.4, published="2025-07-18")
    obs(IVA, 5.0, published="2025-08-01", target=True)
    obs(IVA, 6.0, published="2025-08-02", forecast=True)
    assert one(con, "SELECT value FROM series_latest")["value"] == 6.4
    assert rows(con, "SELECT * FROM revisions") == []
    assert rows(con, "SELECT * FROM conflicts") == []
    assert one(con, "SELECT count(*) AS n FROM series_realtime")["n"] == 1


def test_unknown_period_is_not_a_release(con, obs):
    obs(IVA, 6.4, period="unknown")
    assert rows(con, "SELECT * FROM series_releases") == []


def test_asof_realtime_periods_as_in_alfred(con, obs):
    obs(IVA, 6.5, period="2025Q1", doc="april.txt", published="2025-04-16")
    obs(IVA, 6.5, period="2025Q1", doc="may.txt", published="2025-05-10")  # repeat: no new vintage
    obs(IVA, 6.6, period="2025Q1", doc="july.txt", published="2025-07-18")  # revision
    realtime = rows(con, "SELECT value, realtime_start, realtime_end, source_file FROM series_realtime "
                         "ORDER BY realtime_start")
    assert realtime == [
        {"value": 6.5, "realtime_start": date(2025, 4, 16), "realtime_end": date(2025, 7, 17),
         "source_file": "april.txt"},
        {"value": 6.6, "realtime_start": date(2025, 7, 18), "realtime_end": date(9999, 12, 31),
         "source_file": "july.txt"},
    ]
    assert rows(con, "SELECT * FROM series_asof(DATE '2025-04-15')") == []
    assert one(con, "SELECT value FROM series_asof(DATE '2025-04-16')")["value"] == 6.5
    assert one(con, "SELECT value FROM series_asof('2025-07-17')")["value"] == 6.5
    known = one(con, "SELECT * FROM series_asof(DATE '2026-01-01')")
    assert (known["value"], known["realtime_start"], known["realtime_end"]) == (
        6.6, date(2025, 7, 18), date(9999, 12, 31))


def test_asof_keeps_each_period_of_a_series(con, obs):
    obs(BASE, 4_550_000, measure="level", period="2025-06-30", published="2025-07-18")
    obs(BASE, 4_250_000, measure="level", period="2025Q1", published="2025-04-20")
    got = rows(con, "SELECT period_end, value FROM series_asof(DATE '2025-08-01') ORDER BY period_end")
    assert [g["value"] for g in got] == [4_250_000, 4_550_000]


def test_revisions(con, obs):
    a = obs(NEV, 16_400_000, measure="level", period="2025", doc="jan.txt", published="2026-01-10")
    b = obs(NEV, 16_490_000, measure="level", period="2025", doc="feb.txt", published="2026-02-05")
    obs(NEV, 16_490_000, measure="level", period="2025", doc="mar.txt", published="2026-03-01")
    r = one(con, "SELECT * FROM revisions")
    assert (r["previous_value"], r["revised_value"], r["revision"]) == (16_400_000, 16_490_000, 90_000)
    assert (r["previous_observation_id"], r["revised_observation_id"]) == (a, b)
    assert (r["previous_published"], r["revised_published"]) == (date(2026, 1, 10), date(2026, 2, 5))
    assert abs(r["revision_pct"] - 100 * 90_000 / 16_400_000) < 1e-9


def test_rounding_noise_is_not_a_revision(con, obs):
    obs(NEV, 16.49 * 1_000_000, measure="level", period="2025", doc="x.txt", published="2026-01-10")
    obs(NEV, 16_490_000, measure="level", period="2025", doc="y.txt", published="2026-02-05")
    assert rows(con, "SELECT * FROM revisions") == []


def test_conflicts_same_date_sources_disagree(con, obs):
    obs(IVA, 6.4, doc="a.txt", published="2025-07-18")
    obs(IVA, 6.3, doc="b.txt", published="2025-07-18")
    obs(IVA, 6.4, doc="c.txt", published="2025-07-18")
    obs(IVA, 9.9, doc="d.txt", published="2025-07-19")  # later: a revision, not a conflict
    got = rows(con, "SELECT source_file_a, source_file_b, value_a, value_b FROM conflicts ORDER BY ALL")
    assert got == [
        {"source_file_a": "a.txt", "source_file_b": "b.txt", "value_a": 6.4, "value_b": 6.3},
        {"source_file_a": "b.txt", "source_file_b": "c.txt", "value_a": 6.3, "value_b": 6.4},
    ]
    first = one(con, "SELECT * FROM series_first_release")
    assert first["has_conflict"] is True and first["source_file"] == "a.txt"


def test_repeats_within_one_document_are_one_release_not_a_conflict(con, obs):
    obs(IVA, 5.9, doc="a.txt", period="2025", published="2026-02-05", at=708)
    obs(IVA, 5.9, doc="a.txt", period="2025", published="2026-02-05", at=6722)
    assert rows(con, "SELECT * FROM conflicts") == []
    release = one(con, "SELECT * FROM series_releases")
    assert (release["n_mentions"], release["n_values"], release["value"]) == (2, 1, 5.9)


def test_unmapped_subjects(con, obs):
    obs("humanoid robot models developed", 330, measure="level", doc="a.txt")
    obs("models of humanoid robots developed", 330, measure="level", doc="b.txt")
    obs("humanoid robot models developed", 150, measure="level", doc="c.txt", period="2024")
    obs("quantum widgets", 3, measure="level")
    obs(IVA, 6.4)
    got = rows(con, "SELECT * FROM unmapped_subjects")
    assert [g["indicator_code"] for g in got] == ["x_humanoid_model_robot", "x_quantum_widget"]
    top = got[0]
    assert (top["subject"], top["count"], top["n_wordings"], top["n_sources"]) == (
        "humanoid robot models developed", 3, 2, 3)
    assert top["example"] == "humanoid robot models developed was 330."


def test_derived_observation_from_level_and_yoy_growth(con, obs):
    level = obs(NEV, 16_490_000, measure="level", period="2025", doc="a.txt", at=1501)
    growth = obs(NEV, 28.2, period="2025", doc="a.txt", at=1525)
    obs(NEV, 16_490_000, measure="level", period="2025", doc="a.txt", at=9197)  # repeated pair
    obs(NEV, 28.2, period="2025", doc="a.txt", at=9221)
    obs(NEV, 40.3, period="2025H1", doc="a.txt", at=20000)  # no level of that period
    d = one(con, "SELECT * FROM derived_observations")
    assert d["is_derived"] is True and d["derived_from"] == [level, growth]
    assert abs(d["value"] - 16_490_000 / 1.282) < 1e-6
    assert (d["period_start"], d["period_end"], d["measure"]) == (date(2024, 1, 1), date(2024, 12, 31), "level")
    assert d["series_id"] == "nev_sales.CN.level.count.A"
    # never mixed into reported values
    assert one(con, "SELECT count(*) AS n FROM series_releases WHERE period_end = DATE '2024-12-31'")["n"] == 0


def test_derived_month_end_and_qualifier(con, obs):
    obs(BASE, 100, measure="level", period="2024-02", qualifier="gt", at=1)
    obs(BASE, 25.0, period="2024-02", at=2)
    d = one(con, "SELECT * FROM derived_observations")
    assert (d["period_start"], d["period_end"]) == (date(2023, 2, 1), date(2023, 2, 28))
    assert d["qualifier"] == "approx" and d["value"] == 80


def test_derived_needs_same_source_and_skips_targets(con, obs):
    obs(NEV, 16_490_000, measure="level", period="2025", doc="a.txt")
    obs(NEV, 28.2, period="2025", doc="b.txt")
    obs(BASE, 100, measure="level", period="2027-12-31", target=True)
    obs(BASE, 10.0, period="2027-12-31", target=True)
    assert rows(con, "SELECT * FROM derived_observations") == []


def test_subjects_without_content_are_not_a_series_release(con, obs):
    obs("", 5.0, doc="a.txt", published="2025-07-18")
    obs("now", 7.0, doc="b.txt", published="2025-07-19")
    assert rows(con, "SELECT * FROM series_releases") == []
    assert rows(con, "SELECT * FROM revisions") == []
    s = one(con, "SELECT * FROM dim_series")
    assert s["label"].startswith("x_unknown, China") and s["n_observations"] == 2
