"""A daily rebuild, for corpora fed by a crawler that the sensor cannot see (e.g. on another machine)."""

import dagster as dg

from pipelines.defs.warehouse.jobs import warehouse_job

daily_warehouse = dg.ScheduleDefinition(
    name="daily_warehouse",
    job=warehouse_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Rebuilds the warehouse every day at 06:00 (off by default; switch it on in the UI).",
)
