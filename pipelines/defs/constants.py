"""Names shared across the Dagster definitions."""
from pipelines.settings import EXPECTATIONS_DIR

# All assets that write into WAREHOUSE_DIR share this pool; .dagster_home/dagster.yaml limits it to 1.
WAREHOUSE_POOL = "warehouse"

# who answers for the assets in the UI
OWNERS = ["team:economic-indicators"]

TABLE_EXPECTATIONS_CHECK = "observations_table_expectations"
ROW_EXPECTATIONS_CHECK = "observations_row_expectations"
RECONCILIATION_CHECK = "candidates_accounted_for"

OBSERVATIONS_SUITE = EXPECTATIONS_DIR / "observations.json"
