from pipelines.series.keys import frequency, series_id


def test_series_id_is_dot_joined_with_frequency_from_period_type():
    assert series_id("industrial_value_added", "CN", "growth_yoy_pct", "percent", "half") == \
        "industrial_value_added.CN.growth_yoy_pct.percent.H"
    assert [frequency(t) for t in ("year", "half", "quarter", "month", "ytd", "point", "range", "unknown")] == \
        ["A", "H", "Q", "M", "YTD", "P", "R", "U"]
    assert frequency(None) == "U" and frequency("weird") == "U"


def test_missing_parts_and_dots_do_not_break_the_key():
    key = series_id("x_a.b", None, "level", "", "point")
    assert key == "x_a_b._X.level._X.P"
    assert len(key.split(".")) == 5
    assert series_id("exchange_rate_cny_usd", "CN", "level", "CNY/USD", "month").split(".")[3] == "CNY/USD"
