"""The source texts, read from WAREHOUSE_SOURCES_DIR."""

import dagster as dg

from pipelines.defs.constants import OWNERS
from pipelines.defs.metadata import frame_metadata
from pipelines.defs.warehouse.resources import WarehousePaths
from pipelines.frames import ingest_errors_frame, sources_frame
from pipelines.sources import read_corpus


@dg.multi_asset(
    group_name="sources",
    outs={
        "source_documents": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="One row per readable source text: content hash, file name, decoded text, bytes, "
            "encoding, title, publisher and publication date (manifest, else the text's dateline).",
        ),
        "ingest_errors": dg.AssetOut(
            kinds={"polars"},
            owners=OWNERS,
            description="Files and manifest rows that could not be used, each with the reason.",
        ),
    },
)
def source_texts(context: dg.AssetExecutionContext, paths: WarehousePaths):
    corpus = read_corpus(paths.sources)
    documents = sources_frame(corpus.documents)
    errors = ingest_errors_frame(corpus.errors)
    for error in corpus.errors:
        context.log.warning(f"{error.source_file}: {error.reason}")
    yield dg.Output(
        documents,
        output_name="source_documents",
        metadata={
            **frame_metadata(documents.drop("text")),
            "sources_dir": dg.MetadataValue.path(str(paths.sources)),
            "bytes": int(documents["bytes"].sum()),
        },
    )
    yield dg.Output(errors, output_name="ingest_errors", metadata=frame_metadata(errors))
