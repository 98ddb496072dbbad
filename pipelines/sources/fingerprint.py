"""A cheap fingerprint of a sources folder, to notice added, changed and removed files without reading them."""
from __future__ import annotations

import hashlib
from pathlib import Path

WATCHED_PATTERNS = ("*.txt", "manifest.csv")


def corpus_fingerprint(folder: Path) -> str:
    """Changes whenever a watched file is added, removed, renamed, or rewritten (size or mtime)."""
    digest = hashlib.sha256()
    if folder.is_dir():
        files = sorted({p for pattern in WATCHED_PATTERNS for p in folder.glob(pattern) if p.is_file()})
        for path in files:
            stat = path.stat()
            digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:24]
