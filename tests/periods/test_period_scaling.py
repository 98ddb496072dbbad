"""The period resolver stays linear in the size of a document: it scans the text once and
answers each number by bisect over that scan (no per-number rescans of a sentence or paragraph)."""
import re
import time

from datetime import date

from pipelines.extraction.periods import PeriodResolver

_NUM = re.compile(r"\d[\d,.]*\d|\d")


def _cpu(text: str) -> float:
    t0 = time.process_time()
    r = PeriodResolver(text, date(2024, 8, 20))
    for m in _NUM.finditer(text):
        r.resolve(0, len(text), m.start(), m.end())
    return time.process_time() - t0


def _linear(unit: str, small: int, large: int) -> None:
    _cpu(unit * 10)
    t_small = min(_cpu(unit * small) for _ in range(2))
    t_large = _cpu(unit * large)
    # ten times the text may cost at most 25 times as much (quadratic would be 100 times)
    assert t_large < 25 * max(t_small, 2e-3), (t_small, t_large)


def test_many_paragraphs_stay_linear():
    _linear("In the first half of 2024, output rose 5% to 300 tons. Sales grew 3%.\n\n", 100, 1000)


def test_one_very_long_paragraph_stays_linear():
    # sentences without their own time carry it back over the paragraph
    _linear("Output rose 5% to 300 tons, and sales rose 3%. In June, exports fell 2%. ", 150, 1500)


def test_one_very_long_sentence_stays_linear():
    _linear("output in 2023 rose 5% year on year to 300 tons and sales rose 3% from 2020 levels, ", 100, 1000)


def test_long_list_of_goals_stays_linear():
    _linear("- the share should reach 70 percent;\n", 150, 1500)
    _linear("By 2027:\n- the share should reach 70 percent;\n", 100, 1000)
