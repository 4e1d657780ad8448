"""Writing safely: a temporary file beside the target, renamed only on success; progress.

Nothing half-written ever sits at the target path (habit 10): a failure or a cancel removes
the temporary file, and an older file at the target is left as it was.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from itertools import islice

from leietileie.exports.model import ExportCancelled, Progress, Row

# One helper for every file we write (owner-only, beside the target, never via a symlink).
from leietileie.safe_files import atomic_target

__all__ = ["CHUNK_ROWS", "Ticker", "atomic_target", "chunks"]

#: Rows between two progress reports (and cancel checks).
CHUNK_ROWS = 2000


class Ticker:
    """Reports ``progress(done, total)`` and raises :class:`ExportCancelled` on ``False``."""

    def __init__(self, progress: Progress | None, total: int, path: str | os.PathLike[str]):
        self.progress = progress
        self.total = total
        self.path = os.fspath(path)

    def __call__(self, done: int) -> None:
        if self.progress is not None and self.progress(min(done, self.total), self.total) is False:
            raise ExportCancelled(self.path)


def chunks(rows: Sequence[Row], size: int = CHUNK_ROWS) -> Iterator[tuple[int, list[Row]]]:
    """``(index of first row, rows)`` in blocks of ``size``."""
    iterator = iter(rows)
    start = 0
    while block := list(islice(iterator, size)):
        yield start, block
        start += len(block)
