-- Levels implied for the same period a year earlier: a source that reports a level and
-- its year-on-year growth for one series and period also tells, by
--     level / (1 + growth / 100),
-- the level of a year before. These rows are derived, never reported: they live only
-- here, with is_derived and the ids of the two observations they come from, and no
-- release view reads them. Each level is paired with the nearest growth figure of the
-- same indicator, region and period in the same source; a pair repeated within a document
-- yields one row. Targets and forecasts are not used.
CREATE OR REPLACE VIEW derived_observations AS
WITH reported AS (
    SELECT * FROM observations
    WHERE NOT is_target AND NOT is_forecast AND period_end IS NOT NULL AND period_type <> 'unknown'
      AND indicator_code <> 'x_unknown'
),
pairs AS (
    SELECT
        l.*,
        g.observation_id AS growth_observation_id,
        g.value          AS growth_value,
        g.qualifier      AS growth_qualifier,
        row_number() OVER (PARTITION BY l.observation_id
                           ORDER BY abs(g.char_start - l.char_start), g.char_start) AS nearness
    FROM reported AS l
    JOIN reported AS g
      ON  g.source_file = l.source_file
      AND g.indicator_code = l.indicator_code
      AND g.region_code IS NOT DISTINCT FROM l.region_code
      AND g.period_type = l.period_type
      AND g.period_start IS NOT DISTINCT FROM l.period_start
      AND g.period_end = l.period_end
    WHERE l.measure = 'level' AND g.measure = 'growth_yoy_pct' AND g.value > -100
),
derived AS (
    SELECT
        *,
        value / (1 + growth_value / 100) AS derived_value,
        row_number() OVER (PARTITION BY source_file, series_id, period_start, period_end,
                                        round(value / (1 + growth_value / 100), 6)
                           ORDER BY char_start) AS repeat_no
    FROM pairs
    WHERE nearness = 1
)
SELECT
    'derived:' || observation_id || '+' || growth_observation_id           AS derived_id,
    series_id,
    indicator_code,
    region,
    region_code,
    domain,
    'level'                                                                  AS measure,
    derived_value                                                            AS value,
    unit,
    CASE WHEN qualifier = 'eq' AND growth_qualifier = 'eq' THEN 'eq' ELSE 'approx' END AS qualifier,
    CAST(period_start - INTERVAL 1 YEAR AS DATE)                             AS period_start,
    CAST(CASE WHEN period_end = last_day(period_end)
              THEN last_day(CAST(period_end - INTERVAL 1 YEAR AS DATE))
              ELSE period_end - INTERVAL 1 YEAR END AS DATE)                 AS period_end,
    period_type,
    source_file,
    published,
    TRUE                                                                     AS is_derived,
    [observation_id, growth_observation_id]                                  AS derived_from,
    'level / (1 + growth_yoy_pct / 100)'                                     AS method
FROM derived
WHERE repeat_no = 1;
