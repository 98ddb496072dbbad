-- Every release of a series and period, ranked from the latest and from the first publication,
-- with the number of sources and whether sources of that same date disagree (the disagreement
-- itself is in `conflicts`). Sources without a publication date rank below every dated one;
-- between sources of one date the first by file name is shown.
CREATE OR REPLACE VIEW series_releases_ranked AS
SELECT
    r.*,
    count(*) OVER period_w                                                      AS n_sources,
    NOT series_same_value(min(value) OVER date_w, max(value) OVER date_w)       AS has_conflict,
    row_number() OVER (period_w ORDER BY published DESC NULLS LAST, source_file) AS rank_latest,
    row_number() OVER (period_w ORDER BY published ASC NULLS LAST, source_file)  AS rank_first
FROM series_releases AS r
WINDOW period_w AS (PARTITION BY series_id, period_start, period_end),
       date_w AS (PARTITION BY series_id, period_start, period_end, published);

-- Per series and period, the value of the latest-published source (FRED's "latest").
CREATE OR REPLACE VIEW series_latest AS
SELECT * EXCLUDE (rank_latest, rank_first) FROM series_releases_ranked WHERE rank_latest = 1;

-- Per series and period, the value as first released (ALFRED's initial release).
CREATE OR REPLACE VIEW series_first_release AS
SELECT * EXCLUDE (rank_latest, rank_first) FROM series_releases_ranked WHERE rank_first = 1;
