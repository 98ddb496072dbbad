"""Checks that nothing the texts say numerically is silently lost by extraction."""

import dagster as dg
import polars as pl

from pipelines.defs.constants import RECONCILIATION_CHECK
from pipelines.validation.reconciliation import reconcile


@dg.asset_check(
    asset="excluded_candidates",
    name=RECONCILIATION_CHECK,
    additional_ins={"source_documents": dg.AssetIn(), "extracted_observations": dg.AssetIn()},
    description="Every run of digits in every text is inside an observation or an excluded candidate; "
    "per-document counts, with samples of any number left unaccounted for.",
)
def candidates_accounted_for(
    excluded_candidates: pl.DataFrame, source_documents: pl.DataFrame, extracted_observations: pl.DataFrame
) -> dg.AssetCheckResult:
    per_doc = reconcile(source_documents, extracted_observations, excluded_candidates)
    unaccounted = int(per_doc["unaccounted"].sum())
    return dg.AssetCheckResult(
        passed=unaccounted == 0,
        severity=dg.AssetCheckSeverity.WARN,
        description=f"{unaccounted} digit runs unaccounted for in {per_doc.height} texts",
        metadata={
            "unaccounted": unaccounted,
            **{
                row["source_file"]: dg.MetadataValue.json({k: v for k, v in row.items() if k != "source_file"})
                for row in per_doc.iter_rows(named=True)
            },
        },
    )
