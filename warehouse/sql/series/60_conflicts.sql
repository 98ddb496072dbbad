-- Sources published on the same date that give different values for the same series and
-- period, one row per disagreeing pair of sources. Repeats within one document are one
-- release (series_releases) and never a conflict; undated sources have no date to share.
CREATE OR REPLACE VIEW conflicts AS
SELECT
    a.series_id, a.indicator_code, a.region_code, a.measure, a.unit, a.period_type,
    a.period_start, a.period_end, a.published,
    a.source_file    AS source_file_a,
    a.value          AS value_a,
    a.observation_id AS observation_id_a,
    b.source_file    AS source_file_b,
    b.value          AS value_b,
    b.observation_id AS observation_id_b,
    b.value - a.value AS difference
FROM series_releases AS a
JOIN series_releases AS b
  ON  b.series_id = a.series_id
  AND b.period_start IS NOT DISTINCT FROM a.period_start
  AND b.period_end = a.period_end
  AND b.published = a.published
  AND b.source_file > a.source_file
WHERE NOT series_same_value(a.value, b.value);
