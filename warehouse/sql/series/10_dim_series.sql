-- One row per series: the key's dimensions, a readable label, the span of periods with
-- reported values, and how many observations and sources stand behind it.
-- Targets and forecasts share the key of the indicator they aim at (a GDP growth target
-- of "around 5%" belongs to GDP growth), but they are not values of the series: they are
-- counted apart and do not set the span.
CREATE OR REPLACE VIEW dim_series AS
WITH s AS (
    SELECT
        series_id,
        min(indicator_code)                                   AS indicator_code,
        min(region_code)                                      AS region_code,
        min(region)                                           AS region,
        min(measure)                                          AS measure,
        min(unit)                                             AS unit,
        string_split(series_id, '.')[-1]                      AS frequency,
        bool_and(indicator_mapped)                            AS indicator_mapped,
        min(subject)                                          AS example_subject,
        count(*) FILTER (WHERE NOT is_target AND NOT is_forecast)              AS n_observations,
        count(*) FILTER (WHERE is_target OR is_forecast)                       AS n_targets_forecasts,
        count(DISTINCT (period_start, period_end)) FILTER (WHERE NOT is_target AND NOT is_forecast
                                                           AND period_end IS NOT NULL) AS n_periods,
        count(DISTINCT source_file)                           AS n_sources,
        min(period_start) FILTER (WHERE NOT is_target AND NOT is_forecast) AS first_period_start,
        max(period_end)   FILTER (WHERE NOT is_target AND NOT is_forecast) AS last_period_end,
        min(published)                                        AS first_published,
        max(published)                                        AS last_published
    FROM observations
    GROUP BY series_id
)
SELECT
    s.series_id,
    concat_ws(', ',
        coalesce(i.label, nullif(trim(s.example_subject), ''), s.indicator_code),
        coalesce(s.region, s.region_code),
        CASE s.measure
            WHEN 'level'          THEN 'level (' || s.unit || ')'
            WHEN 'growth_yoy_pct' THEN '% change year on year'
            WHEN 'growth_pct'     THEN '% change'
            WHEN 'ratio_pct'      THEN 'share or rate (%)'
            WHEN 'pp_change'      THEN 'change in percentage points'
            WHEN 'index'          THEN 'index'
            WHEN 'multiple'       THEN 'multiple (times)'
            ELSE s.measure || ' (' || s.unit || ')'
        END,
        CASE s.frequency
            WHEN 'A' THEN 'annual' WHEN 'H' THEN 'half-yearly' WHEN 'Q' THEN 'quarterly'
            WHEN 'M' THEN 'monthly' WHEN 'YTD' THEN 'year to date' WHEN 'P' THEN 'point in time'
            WHEN 'R' THEN 'multi-year' ELSE 'period unknown'
        END
    ) AS label,
    s.* EXCLUDE (series_id, example_subject)
FROM s
LEFT JOIN dim_indicator AS i USING (indicator_code);
