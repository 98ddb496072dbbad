-- Per series and period, the value of the latest-published source (FRED's "latest").
-- Sources without a publication date rank below every dated one. When two sources of
-- the latest date disagree, the first by file name is shown and has_conflict is set
-- (the disagreement itself is in `conflicts`).
CREATE OR REPLACE VIEW series_latest AS
SELECT * EXCLUDE (rank_latest, lo, hi)
    REPLACE (NOT series_same_value(lo, hi) AS has_conflict)
FROM (
    SELECT
        r.*,
        count(*) OVER period_w                                         AS n_sources,
        min(value) OVER date_w                                         AS lo,
        max(value) OVER date_w                                         AS hi,
        FALSE                                                          AS has_conflict,
        row_number() OVER (PARTITION BY series_id, period_start, period_end
                           ORDER BY published DESC NULLS LAST, source_file) AS rank_latest
    FROM series_releases AS r
    WINDOW period_w AS (PARTITION BY series_id, period_start, period_end),
           date_w AS (PARTITION BY series_id, period_start, period_end, published)
)
WHERE rank_latest = 1;
