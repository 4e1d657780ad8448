"""Connections and write transactions for a register: a SQLite file or an office database
(``postgresql://…``); engine-neutral, the SQL and the drivers live in ``dialect/``.

Writers take the dialect's write lock (SQLite: ``BEGIN IMMEDIATE``) so only one writes at a
time; others wait up to the busy timeout, telling :data:`WAIT_NOTICE` after a moment, then get
:class:`~.errors.Busy`. Readers see a consistent snapshot (WAL).
"""

from __future__ import annotations

import contextlib
import getpass
from collections.abc import Callable
from pathlib import Path

from .. import safe_files
from .dialect import sqlite as engine_sql
from .dialect.choose import engine_of, is_url
from .session import Connection

#: Called with the database path when a writer has to wait for another's lock (the command
#: line prints a line on stderr); None waits silently.
WAIT_NOTICE: Callable[[Path], None] | None = None
#: How long a writer waits before WAIT_NOTICE is called.
NOTICE_AFTER_MS = 1000


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by the owner only (0600); an existing
    file (perhaps created by another process a moment ago) is left as it is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return
    with contextlib.suppress(FileExistsError):
        safe_files.create_private_file(path)


def location_of(target: Path | str) -> Path | str:
    """A register location: a checked ``postgresql://`` URL, or a file path. A string that
    looks like a URL of another kind (``postgres:/x``, ``mysql://…``) is refused with a
    Norwegian ValueError, never taken as a file name."""
    if is_url(target):
        from .dialect import postgresql

        return postgresql.check_url(str(target))
    return Path(target)


def open_connection(location: Path | str) -> Connection:
    """The register opened with the app's settings: a file (created owner-only when missing)
    or a connection to the office database."""
    if isinstance(location, str) and is_url(location):
        from .dialect import postgresql

        return postgresql.connect(postgresql.check_url(location))
    path = Path(location)
    create_private_file(path)
    return engine_sql.open_file(path)


def begin(conn: Connection, kind: str, path: Path | str, timeout_ms: int | None = None) -> None:
    """Start a write transaction (``IMMEDIATE``) or the migrations' ``EXCLUSIVE`` one,
    waiting up to ``timeout_ms`` (default: the dialect's busy timeout) for another writer."""
    notice = WAIT_NOTICE
    engine_of(conn).begin(conn, kind, path, notice, NOTICE_AFTER_MS, timeout_ms)


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"


def lock_writes(conn: Connection, path: Path | str, timeout_ms: int | None = None) -> None:
    """Hold the register's write lock in the current transaction (see ``Session.lock_writes``)."""
    engine_of(conn).lock_writes(conn, path, WAIT_NOTICE, NOTICE_AFTER_MS, timeout_ms)
