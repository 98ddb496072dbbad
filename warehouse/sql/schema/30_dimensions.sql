-- Places observations describe: ISO 3166-1 countries, ISO 3166-2 provinces, cities and aggregates.
CREATE TABLE dim_region (
    region_code  VARCHAR PRIMARY KEY,  -- ISO 3166 code where one exists, else a stable made-up code
    name         VARCHAR NOT NULL,
    level        VARCHAR NOT NULL,     -- 'world', 'aggregate', 'country', 'province', 'city'
    parent_code  VARCHAR
);

-- The indicator catalog (pipelines/vocab/indicators.yaml).
CREATE TABLE dim_indicator (
    indicator_code  VARCHAR PRIMARY KEY,
    label           VARCHAR NOT NULL,
    domain          VARCHAR,
    default_unit    VARCHAR,
    flow_or_stock   VARCHAR,
    aliases         VARCHAR[]
);
