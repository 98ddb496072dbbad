"""The one helper the period tests share: the period the resolver gives a number in a composed text."""
from __future__ import annotations

from datetime import date

from pipelines.extraction.periods import PeriodResolver

PUBLISHED = date(2024, 8, 20)


def resolve(text: str, number: str, published: date | None = PUBLISHED, nth: int = 0) -> tuple[str | None, str | None, str]:
    """Period of the `nth` occurrence of `number`; finding its sentence is left to the resolver."""
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(number, pos + 1)
    p = PeriodResolver(text, published).resolve(pos, pos + len(number), pos, pos + len(number))
    return (p.start.isoformat() if p.start else None, p.end.isoformat() if p.end else None, p.type)
