"""Dagster definitions, one folder per domain: assets, checks, resources, sensors."""
