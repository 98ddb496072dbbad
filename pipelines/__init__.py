"""Economic indicators from text: extraction library and Dagster definitions."""
