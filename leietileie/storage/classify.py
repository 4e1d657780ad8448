"""For callers outside storage/ (the command line, the app's error hook): which failures are
the environment's, without importing a driver.

``environment_message(exc)`` is one Norwegian sentence when ``exc`` is a storage failure the
user can act on (locked, unreadable, damaged, read-only, full, a newer release's schema), and
None for anything else (a bug among them). ``DRIVER_ERRORS`` is what the engine raises, for an
``except`` clause that must catch "a database error".
"""

from __future__ import annotations

from pathlib import Path

from .dialect import sqlite as engine_sql
from .errors import StorageError, Unavailable

DRIVER_ERRORS: tuple[type[BaseException], ...] = (engine_sql.DriverError, StorageError)


def environment_message(exc: BaseException, path: Path | str | None = None) -> str | None:
    if isinstance(exc, Unavailable):
        return str(exc)
    if engine_sql.is_driver_error(exc):
        typed = engine_sql.storage_error(exc, path)
        return str(typed) if isinstance(typed, Unavailable) else None
    return None
