"""Great Expectations suites run on Polars frames; no Dagster here."""
