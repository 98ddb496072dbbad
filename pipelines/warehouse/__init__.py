"""Building and publishing the DuckDB warehouse and its Parquet exports; no Dagster here."""
