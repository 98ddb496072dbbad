"""Watch WAREHOUSE_SOURCES_DIR and rebuild the warehouse when its texts or manifest change."""

import dagster as dg

from pipelines.defs.warehouse.jobs import warehouse_job
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.sources.fingerprint import corpus_fingerprint


@dg.sensor(
    job=warehouse_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.STOPPED,
    # off until switched on (UI: Automation, or `dagster sensor start`): a UI session should not start runs by itself
    description="Requests a warehouse run when a source text or the manifest is added, changed or removed. "
    "Only changed texts are extracted again; removed texts' observations leave the warehouse.",
)
def source_files_changed(context: dg.SensorEvaluationContext, paths: WarehousePaths):
    fingerprint = corpus_fingerprint(paths.sources)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change in {paths.sources}")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
