"""Connections and write transactions for a register file (engine-neutral; the SQL and the
driver live in ``dialect/``).

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


def open_connection(path: Path) -> Connection:
    """The file (created owner-only when missing) opened with the app's settings."""
    create_private_file(path)
    return engine_sql.open_file(path)


def begin(conn: Connection, kind: str, path: Path, timeout_ms: int | None = None) -> None:
    """Start a write transaction (``IMMEDIATE``) or the migrations' ``EXCLUSIVE`` one,
    waiting up to ``timeout_ms`` (default: the dialect's busy timeout) for another writer."""
    notice = WAIT_NOTICE
    engine_sql.begin(conn, kind, path, notice, NOTICE_AFTER_MS, timeout_ms)  # type: ignore[arg-type]


def default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"
