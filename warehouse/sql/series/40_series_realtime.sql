-- Every value a series had for a period, with the real-time period over which it was
-- the current one, as ALFRED defines it: realtime_start is the publication date of the
-- first source that reported the value, realtime_end the day before a source reported a
-- different value, 9999-12-31 while it is still current. Later sources that repeat the
-- value do not open a new real-time period. Sources without a publication date cannot be
-- placed in real time and are left out. Where sources of one date disagree, the first by
-- file name stands for that date (see `conflicts`).
CREATE OR REPLACE VIEW series_realtime AS
WITH by_date AS (
    SELECT
        series_id, indicator_code, region_code, measure, unit, period_type, period_start, period_end,
        published,
        arg_min(value, source_file)          AS value,
        arg_min(source_file, source_file)    AS source_file,
        arg_min(observation_id, source_file) AS observation_id,
        count(*)                             AS n_sources
    FROM series_releases
    WHERE published IS NOT NULL
    GROUP BY ALL
),
flagged AS (
    SELECT *,
        coalesce(NOT series_same_value(
            value, lag(value) OVER (PARTITION BY series_id, period_start, period_end ORDER BY published)
        ), TRUE) AS is_new_value
    FROM by_date
)
SELECT
    series_id, indicator_code, region_code, measure, unit, period_type, period_start, period_end,
    value,
    published                                                          AS realtime_start,
    coalesce(
        CAST(lead(published) OVER w - INTERVAL 1 DAY AS DATE), DATE '9999-12-31'
    )                                                                  AS realtime_end,
    source_file,
    observation_id,
    n_sources
FROM flagged
WHERE is_new_value
WINDOW w AS (PARTITION BY series_id, period_start, period_end ORDER BY published);
