-- One row per number that measures something; meanings in OBSERVATIONS.md.
CREATE TABLE observations (
    observation_id    VARCHAR PRIMARY KEY,  -- stable: hash of source content and span
    doc_id            VARCHAR NOT NULL,
    source_file       VARCHAR NOT NULL,
    char_start        BIGINT NOT NULL,      -- Python str offsets into dim_source.text, end exclusive
    char_end          BIGINT NOT NULL,
    quote             VARCHAR NOT NULL,
    sentence          VARCHAR,
    subject           VARCHAR NOT NULL,
    indicator_code    VARCHAR NOT NULL,
    indicator_mapped  BOOLEAN NOT NULL,     -- false: no catalog entry, code made from the subject
    series_id         VARCHAR NOT NULL,
    measure           VARCHAR NOT NULL,
    value             DOUBLE NOT NULL,
    unit              VARCHAR NOT NULL,
    qualifier         VARCHAR NOT NULL,
    period_start      DATE,
    period_end        DATE,
    period_type       VARCHAR NOT NULL,
    region            VARCHAR NOT NULL,
    region_code       VARCHAR,
    domain            VARCHAR NOT NULL,
    is_target         BOOLEAN NOT NULL,
    is_forecast       BOOLEAN NOT NULL,
    published         DATE
);
-- one series is the most common question; rows are also stored in series order (see build.py)
CREATE INDEX observations_by_series ON observations (series_id);

-- Rows that failed a row-level expectation of expectations/observations.json: kept, never dropped.
CREATE TABLE rejected_observations (
    observation_id       VARCHAR,
    doc_id               VARCHAR,
    source_file          VARCHAR,
    char_start           BIGINT,
    char_end             BIGINT,
    quote                VARCHAR,
    sentence             VARCHAR,
    subject              VARCHAR,
    indicator_code       VARCHAR,
    indicator_mapped     BOOLEAN,
    series_id            VARCHAR,
    measure              VARCHAR,
    value                DOUBLE,
    unit                 VARCHAR,
    qualifier            VARCHAR,
    period_start         DATE,
    period_end           DATE,
    period_type          VARCHAR,
    region               VARCHAR,
    region_code          VARCHAR,
    domain               VARCHAR,
    is_target            BOOLEAN,
    is_forecast          BOOLEAN,
    published            DATE,
    failed_expectations  VARCHAR[] NOT NULL
);

-- Numbers the extractor looked at and judged to measure nothing (dates, list numbers, labels...).
CREATE TABLE excluded_candidates (
    doc_id       VARCHAR NOT NULL,
    source_file  VARCHAR NOT NULL,
    char_start   BIGINT NOT NULL,
    char_end     BIGINT NOT NULL,
    text         VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL
);
