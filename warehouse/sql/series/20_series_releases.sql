-- What each source says about each period of each series: one row per
-- (series, period, source). A number repeated within one document is one release;
-- if a document gives two different numbers, its first mention is taken and
-- n_values > 1 says so.
-- Only reported values count as releases: targets and forecasts are statements
-- about what should or may happen, not vintages of what did, so they stay out of
-- latest/first-release/as-of/revisions/conflicts (they remain in `observations`
-- and are counted in dim_series). Numbers without a known period cannot be placed
-- on the series' time axis and stay out too, as do numbers whose subject says nothing
-- (code x_unknown: empty or only filler words), which would pool unrelated quantities.
CREATE OR REPLACE VIEW series_releases AS
SELECT
    series_id,
    indicator_code,
    region_code,
    measure,
    unit,
    period_type,
    period_start,
    period_end,
    source_file,
    published,
    arg_min(value, char_start)                          AS value,
    arg_min(observation_id, char_start)                 AS observation_id,
    list(observation_id ORDER BY char_start)            AS observation_ids,
    count(*)                                            AS n_mentions,
    count(DISTINCT value)                               AS n_values
FROM observations
WHERE NOT is_target AND NOT is_forecast
  AND period_end IS NOT NULL AND period_type <> 'unknown'
  AND indicator_code <> 'x_unknown'
GROUP BY ALL;
