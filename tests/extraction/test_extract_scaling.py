"""The extraction layer stays linear in the size of a document (no per-number rescans of the whole text).

The period resolver (periods.py) is replaced by a stub here: its own scaling is tested with it."""
import time

import pytest

import pipelines.extraction.extractor as X
from pipelines.extraction import extract
from pipelines.extraction.model import Period

PARA = ("In the first half of the year, the added value of the province's industry rose 6.1% year on year to "
        "1.2 trillion yuan, while exports of 35 key products grew 4.5%, accounting for 12.3% of the total.\n\n")


class _UnknownPeriods:
    def __init__(self, text, published):
        pass

    def resolve(self, sentence_start, sentence_end, number_start, number_end):
        return Period.unknown()


@pytest.fixture(autouse=True)
def _stub_periods(monkeypatch):
    monkeypatch.setattr(X, "PeriodResolver", _UnknownPeriods)


def _cpu(text):
    t0 = time.process_time()
    extract(text, None)
    return time.process_time() - t0


def _linear(unit, small=100, large=1000):
    _cpu(unit * 20)
    t_small = min(_cpu(unit * small) for _ in range(2))
    t_large = _cpu(unit * large)
    assert t_large < 25 * max(t_small, 1e-3)


def test_time_grows_linearly_with_document_size():
    _linear(PARA, 40, 400)


def test_one_very_long_paragraph_stays_linear():
    _linear("Output rose 5% to 300 tons, and sales rose 3%. ", 200, 2000)


def test_one_very_long_sentence_stays_linear():
    _linear("output in Hebei rose 5% year on year to 300 tons and sales in Fujian rose 3% from 2020 levels, ")


def test_every_token_is_an_observation_or_an_exclusion():
    text = "Output rose 5% to 300 tons in 2024, and sales rose 3%. " * 100
    r = extract(text, None)
    assert len(r.observations) == 300 and len(r.excluded) == 100
