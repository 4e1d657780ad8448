"""Writing safely: a temporary file beside the target, renamed only on success; progress.

Nothing half-written ever sits at the target path (habit 10): a failure or a cancel removes
the temporary file, and an older file at the target is left as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from pathlib import Path

from leietileie.errors import InputError
from leietileie.exports.model import ExportCancelled, Progress, Row

#: Rows between two progress reports (and cancel checks).
CHUNK_ROWS = 2000


@contextmanager
def atomic_target(target: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path in the target's directory; rename it to ``target`` on success.

    The file is created readable by its owner only, as befits personal data.
    """
    path = Path(target)
    if not path.parent.is_dir():
        raise InputError(f"Mappen «{path.parent}» finnes ikke. Velg en mappe som finnes.")
    if path.is_dir():
        raise InputError(f"«{path}» er en mappe. Oppgi et filnavn.")
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


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
