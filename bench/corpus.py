"""Generate a corpus by re-drawing the numbers of the seed texts, so no two documents are equal.

Each document is a seed text's opening (its title and dateline) followed by a
run of its paragraphs, cut to the size that makes the corpus the requested total.

Years (1900-2100) are kept so that time expressions stay meaningful; every other
number keeps its shape (digit count, separators, decimals) with new digits.
"""
from __future__ import annotations

import csv
import random
import re
from pathlib import Path

NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _redraw(match: re.Match, rng: random.Random) -> str:
    token = match.group()
    if len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2100:
        return token
    out = []
    for i, ch in enumerate(token):
        if ch.isdigit():
            out.append(str(rng.randint(1 if i == 0 else 0, 9)))
        else:
            out.append(ch)
    return "".join(out)


def _excerpt(text: str, size: int, rng: random.Random) -> str:
    paragraphs = text.split("\n\n")
    head, body = paragraphs[:2], paragraphs[2:] or paragraphs
    start = rng.randrange(len(body))
    out = list(head)
    length = sum(len(p) for p in out)
    i = start
    while length < size:
        out.append(body[i % len(body)])
        length += len(out[-1])
        i += 1
    return "\n\n".join(out)


def generate(seeds: Path, target: Path, documents: int, total_bytes: int, seed: int = 7) -> int:
    """Write `documents` texts of about total_bytes in all, and a manifest, into `target`; returns the bytes written."""
    target.mkdir(parents=True, exist_ok=True)
    texts = sorted(seeds.glob("*.txt"))
    seed_texts = {t: t.read_text(encoding="utf-8") for t in texts}
    with (seeds / "manifest.csv").open(encoding="utf-8") as f:
        published = {row["file"]: row["published"] for row in csv.DictReader(f)}
    rng = random.Random(seed)
    total = 0
    with (target / "manifest.csv").open("w", encoding="utf-8", newline="") as manifest:
        writer = csv.writer(manifest)
        writer.writerow(["file", "title", "publisher", "published", "url"])
        for n in range(documents):
            source = texts[n % len(texts)]
            excerpt = _excerpt(seed_texts[source], total_bytes // documents, rng)
            text = NUMBER.sub(lambda m: _redraw(m, rng), excerpt)
            name = f"gen_{n:05d}_{source.stem}.txt"
            data = text.encode("utf-8")
            (target / name).write_bytes(data)
            total += len(data)
            writer.writerow([name, f"generated from {source.name}", "benchmark", published.get(source.name, ""), ""])
    return total
