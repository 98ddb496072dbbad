"""Resources of the warehouse: where to read and write, and the DuckDB the warehouse is built in."""

from pathlib import Path

import dagster as dg
from dagster_duckdb import DuckDBResource

from pipelines import settings
from pipelines.warehouse.publish import database_path, staging_path


class WarehousePaths(dg.ConfigurableResource):
    """The corpus folder read and the folder the database and exports are published to."""

    sources_dir: str
    warehouse_dir: str

    @property
    def sources(self) -> Path:
        return Path(self.sources_dir)

    @property
    def warehouse(self) -> Path:
        return Path(self.warehouse_dir)

    @property
    def database(self) -> Path:
        return database_path(self.warehouse)

    @property
    def exports(self) -> Path:
        return self.warehouse / "exports"

    @property
    def charts(self) -> Path:
        """PNG charts of the most-reported series, next to the exports."""
        return self.exports / "charts"

    @property
    def data_docs(self) -> Path:
        """Great Expectations' static Data Docs site; open index.html in a browser."""
        return self.warehouse / "data_docs"


def warehouse_resources(sources_dir: Path, warehouse_dir: Path) -> dict[str, dg.ConfigurableResource]:
    """The resources for one corpus and one warehouse folder.

    DuckDB writes go to the staging file beside the published database; the
    warehouse asset swaps it into place when the build is complete.
    """
    return {
        "paths": WarehousePaths(sources_dir=str(sources_dir), warehouse_dir=str(warehouse_dir)),
        "duckdb": DuckDBResource(database=str(staging_path(database_path(warehouse_dir)))),
    }


@dg.definitions
def resources() -> dg.Definitions:
    # read when the code location loads, so every entry point honours the same variables
    return dg.Definitions(resources=warehouse_resources(settings.sources_dir(), settings.warehouse_dir()))
