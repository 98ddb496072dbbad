-- One row per source text that was read; `text` is the decoded text that all offsets point into.
CREATE TABLE dim_source (
    doc_id          VARCHAR PRIMARY KEY,  -- sha256 of the file's bytes
    source_file     VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,
    bytes           BIGINT NOT NULL,
    encoding        VARCHAR NOT NULL,
    title           VARCHAR,
    publisher       VARCHAR,
    url             VARCHAR,
    published       DATE,
    published_from  VARCHAR             -- 'manifest', 'dateline' or NULL when no date is known
);

-- Files (or manifest rows) that could not be used, and why.
CREATE TABLE ingest_errors (
    source_file  VARCHAR NOT NULL,
    reason       VARCHAR NOT NULL,
    detected_at  TIMESTAMPTZ NOT NULL
);
