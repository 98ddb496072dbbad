-- A later source reported a different value for the same series and period: each change
-- between consecutive real-time periods of `series_realtime` is one revision.
CREATE OR REPLACE VIEW revisions AS
SELECT * FROM (
    SELECT
        series_id, indicator_code, region_code, measure, unit, period_type, period_start, period_end,
        lag(value)          OVER w AS previous_value,
        lag(realtime_start) OVER w AS previous_published,
        lag(source_file)    OVER w AS previous_source_file,
        lag(observation_id) OVER w AS previous_observation_id,
        value                      AS revised_value,
        realtime_start             AS revised_published,
        source_file                AS revised_source_file,
        observation_id             AS revised_observation_id,
        value - lag(value) OVER w  AS revision,
        CASE WHEN lag(value) OVER w <> 0
             THEN 100 * (value - lag(value) OVER w) / abs(lag(value) OVER w) END AS revision_pct
    FROM series_realtime
    WINDOW w AS (PARTITION BY series_id, period_start, period_end ORDER BY realtime_start)
)
WHERE previous_value IS NOT NULL;
