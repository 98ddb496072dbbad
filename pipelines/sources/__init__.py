"""Reading a folder of source texts robustly: the public API of the sources stage.

``read_corpus(folder)`` returns a :class:`Corpus` of decoded English
:class:`SourceDocument` values plus an :class:`IngestError` for every input that
could not be used (or was used with a caveat).  Pure Python: no Dagster, no Polars.
"""
from .model import Corpus, IngestError, SourceDocument
from .reader import read_corpus

__all__ = ["Corpus", "IngestError", "SourceDocument", "read_corpus"]
