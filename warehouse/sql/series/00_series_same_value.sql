-- Two reported values are the same when they agree to nine significant digits:
-- "16.49 million" parsed as 16.49 * 1e6 must equal 16490000.
CREATE OR REPLACE MACRO series_same_value(a, b) AS
    abs(a - b) <= 1e-9 * greatest(abs(a), abs(b), 1.0);
