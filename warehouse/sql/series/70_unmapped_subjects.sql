-- Subjects the catalog does not know, for curation: one row per made-up code (wording
-- variants that normalise alike share it), its most frequent wording, how often it
-- occurs, and one sentence where it does. Add an alias or an entry to
-- pipelines/vocab/indicators.yaml to map it.
CREATE OR REPLACE VIEW unmapped_subjects AS
WITH wordings AS (
    SELECT indicator_code, subject, count(*) AS n
    FROM observations
    WHERE NOT indicator_mapped
    GROUP BY ALL
)
SELECT
    w.indicator_code,
    first(w.subject ORDER BY w.n DESC, w.subject)                       AS subject,
    o.count,
    count(*)                                                             AS n_wordings,
    o.n_sources,
    o.example
FROM wordings AS w
JOIN (
    SELECT
        indicator_code,
        count(*)                                                          AS count,
        count(DISTINCT source_file)                                       AS n_sources,
        first(coalesce(sentence, quote) ORDER BY source_file, char_start) AS example
    FROM observations
    WHERE NOT indicator_mapped
    GROUP BY indicator_code
) AS o USING (indicator_code)
GROUP BY w.indicator_code, o.count, o.n_sources, o.example
ORDER BY o.count DESC, w.indicator_code;
