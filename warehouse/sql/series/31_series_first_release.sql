-- Per series and period, the value as first released (ALFRED's initial release):
-- the earliest-published source; undated sources only when no dated one exists.
CREATE OR REPLACE VIEW series_first_release AS
SELECT * EXCLUDE (rank_first, lo, hi)
    REPLACE (NOT series_same_value(lo, hi) AS has_conflict)
FROM (
    SELECT
        r.*,
        count(*) OVER period_w                                         AS n_sources,
        min(value) OVER date_w                                         AS lo,
        max(value) OVER date_w                                         AS hi,
        FALSE                                                          AS has_conflict,
        row_number() OVER (PARTITION BY series_id, period_start, period_end
                           ORDER BY published ASC NULLS LAST, source_file) AS rank_first
    FROM series_releases AS r
    WINDOW period_w AS (PARTITION BY series_id, period_start, period_end),
           date_w AS (PARTITION BY series_id, period_start, period_end, published)
)
WHERE rank_first = 1;
