from series_support import rows


def test_views_exist_and_are_empty_on_empty_table(con):
    for view in ("dim_series", "series_releases", "series_latest", "series_first_release",
                 "series_realtime", "revisions", "conflicts", "unmapped_subjects", "derived_observations"):
        assert rows(con, f"SELECT * FROM {view}") == []
    assert rows(con, "SELECT * FROM series_asof(DATE '2025-01-01')") == []


def test_series_sql_runs_on_the_warehouse_schema():
    import duckdb

    from pipelines.warehouse.sql import apply_sql, sql_files

    con = duckdb.connect()
    apply_sql(con, "schema")
    assert apply_sql(con, "series") == [p.name for p in sql_files("series")]
    assert con.sql("SELECT count(*) FROM dim_series").fetchall() == [(0,)]
    assert con.sql("SELECT count(*) FROM series_asof(DATE '2026-01-01')").fetchall() == [(0,)]
