-- Domain marts: the observations of one domain with their indicator label, source title and region level.
CREATE OR REPLACE MACRO domain_observations(wanted) AS TABLE
SELECT o.*, i.label AS indicator_label, s.title AS source_title,
       r.level AS region_level, r.parent_code AS region_parent_code
FROM observations o
LEFT JOIN dim_indicator i USING (indicator_code)
LEFT JOIN dim_source s USING (doc_id)
LEFT JOIN dim_region r USING (region_code)
WHERE o.domain = wanted;

CREATE OR REPLACE VIEW industry_indicators AS SELECT * FROM domain_observations('industry');
CREATE OR REPLACE VIEW regional_indicators AS SELECT * FROM domain_observations('regional');
CREATE OR REPLACE VIEW trade_indicators AS SELECT * FROM domain_observations('trade');
