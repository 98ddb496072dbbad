-- What was known on date d: for each series and period, the value current on d, with
-- the real-time period (realtime_start, realtime_end) of that value.
--     SELECT * FROM series_asof(DATE '2025-12-31');
CREATE OR REPLACE MACRO series_asof(d) AS TABLE
    SELECT *
    FROM series_realtime
    WHERE realtime_start <= CAST(d AS DATE) AND CAST(d AS DATE) <= realtime_end;
