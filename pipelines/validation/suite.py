"""Run a Great Expectations suite kept as JSON under `expectations/` on a Polars frame.

Expectations carry `meta.scope`: `table` (a failure means the whole frame must
not be loaded) or `row` (the failing rows are set aside with the expectation's
name). GX takes seconds to import, so it is imported only when a suite runs.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

SAMPLE_SIZE = 10
DOCS_SITE = "warehouse"


@dataclass(frozen=True)
class ExpectationOutcome:
    name: str
    scope: str
    success: bool
    unexpected_count: int
    unexpected_sample: list[str]
    observed_value: str | None
    failing_rows: list[int] = field(repr=False)


@dataclass(frozen=True)
class SuiteOutcome:
    suite: str
    outcomes: list[ExpectationOutcome]
    docs_page: str | None = None  # file:// URL of this validation's Data Docs page

    def of_scope(self, scope: str) -> list[ExpectationOutcome]:
        return [o for o in self.outcomes if o.scope == scope]

    def table_success(self) -> bool:
        return all(o.success for o in self.of_scope("table"))


def expectation_name(config: dict) -> str:
    """A readable, unique-enough name: the expectation type and the columns it reads."""
    kwargs = config.get("kwargs", {})
    columns = [str(kwargs[k]) for k in ("column", "column_A", "column_B") if k in kwargs]
    name = config["type"].removeprefix("expect_")
    if columns:
        name += f"({', '.join(columns)})"
    condition = kwargs.get("row_condition")
    if isinstance(condition, dict):  # GX hands a pandas condition back wrapped as a pass-through filter
        condition = condition.get("pass_through_filter")
    if condition:
        name += f" where {condition}"
    return name


def load_suite(path: Path) -> dict:
    try:
        suite = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"{path}: cannot read expectation suite: {exc}") from exc
    for config in suite.get("expectations", []):
        if config.get("meta", {}).get("scope") not in ("table", "row"):
            raise ValueError(f"{path}: expectation {config.get('type')} needs meta.scope 'table' or 'row'")
    return suite


def run_suite(frame: pl.DataFrame, suite_path: Path, scope: str | None = None, docs_dir: Path | None = None) -> SuiteOutcome:
    """Validate the frame against the suite's expectations (only those of `scope`, if given).

    With `docs_dir`, the validation is also rendered into the static GX Data Docs site there.
    """
    suite_json = load_suite(suite_path)
    expectations = [c for c in suite_json["expectations"] if scope is None or c["meta"]["scope"] == scope]
    import great_expectations as gx  # noqa: PLC0415 - slow import, only when validating
    from great_expectations.checkpoint import UpdateDataDocsAction  # noqa: PLC0415

    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = {"globally": False, "metric_calculations": False}
    actions = []
    if docs_dir is not None:
        context.add_data_docs_site(
            site_name=DOCS_SITE,
            site_config={
                "class_name": "SiteBuilder",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
                "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            },
        )
        actions.append(UpdateDataDocsAction(name="data_docs", site_names=[DOCS_SITE]))
    name = suite_json["name"] + (f"_{scope}" if scope else "")
    batch_definition = (
        context.data_sources.add_pandas(name).add_dataframe_asset(name).add_batch_definition_whole_dataframe("whole_frame")
    )
    suite = context.suites.add(gx.ExpectationSuite(name=name, expectations=expectations))
    validation = context.validation_definitions.add(gx.ValidationDefinition(name=name, data=batch_definition, suite=suite))
    checkpoint = context.checkpoints.add(
        gx.Checkpoint(name=name, validation_definitions=[validation], actions=actions, result_format={"result_format": "COMPLETE"})
    )
    run = checkpoint.run(batch_parameters={"dataframe": frame.to_pandas()})
    [(identifier, result)] = run.run_results.items()
    docs_page = None
    if docs_dir is not None:
        [site] = context.get_docs_sites_urls(resource_identifier=identifier, site_names=[DOCS_SITE])
        docs_page = site["site_url"]
    outcomes = []
    for res in result.results:
        # GX reports results in its own order: read each one's config back from the result
        config = res.expectation_config.to_json_dict()
        details = res.result or {}
        observed = details.get("observed_value")
        outcomes.append(
            ExpectationOutcome(
                name=expectation_name(config),
                scope=config["meta"]["scope"],
                success=bool(res.success),
                unexpected_count=int(details.get("unexpected_count") or 0),
                unexpected_sample=[str(v) for v in (details.get("partial_unexpected_list") or [])[:SAMPLE_SIZE]],
                observed_value=None if observed is None else str(observed)[:500],
                failing_rows=[int(i) for i in details.get("unexpected_index_list") or []],
            )
        )
    return SuiteOutcome(suite=name, outcomes=outcomes, docs_page=docs_page)


def split_rejected(frame: pl.DataFrame, outcome: SuiteOutcome) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Rows that pass every row-level expectation, and the others with the names of what they failed."""
    failed: dict[int, list[str]] = {}
    for o in outcome.of_scope("row"):
        for row in o.failing_rows:
            failed.setdefault(row, []).append(o.name)
    rejected_index = pl.DataFrame(
        {"_row": list(failed), "failed_expectations": [sorted(v) for v in failed.values()]},
        schema={"_row": pl.UInt32, "failed_expectations": pl.List(pl.String)},
    )
    indexed = frame.with_row_index("_row")
    accepted = indexed.join(rejected_index, on="_row", how="anti").drop("_row")
    rejected = indexed.join(rejected_index, on="_row", how="inner").drop("_row")
    return accepted, rejected
