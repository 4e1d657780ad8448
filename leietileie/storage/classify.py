"""For callers outside storage/ (the command line, the app's error hook): which failures are
the environment's, without importing a driver.

``environment_message(exc)`` is one Norwegian sentence when ``exc`` is a storage failure the
user can act on (locked, unreadable, damaged, read-only, full, a newer release's schema), and
None for anything else (a bug among them). ``DRIVER_ERRORS`` is what the engine raises, for an
``except`` clause that must catch "a database error".
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

from .dialect import sqlite as engine_sql
from .errors import StorageError, Unavailable

DRIVER_ERRORS: tuple[type[BaseException], ...] = (engine_sql.DriverError, StorageError)


def environment_message(exc: BaseException, path: Path | str | None = None) -> str | None:
    if isinstance(exc, Unavailable):
        return str(exc)
    for dialect in _loaded_dialects():
        if dialect.is_driver_error(exc):
            typed = dialect.storage_error(exc, path)
            return str(typed) if isinstance(typed, Unavailable) else None
    return None


def _loaded_dialects() -> list[ModuleType]:
    """SQLite's dialect, and PostgreSQL's when an office database was opened (psycopg is
    imported only then)."""
    loaded: list[ModuleType] = [engine_sql]
    postgresql = sys.modules.get("leietileie.storage.dialect.postgresql")
    if postgresql is not None:
        loaded.append(postgresql)
    return loaded
