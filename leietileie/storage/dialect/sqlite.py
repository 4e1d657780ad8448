"""SQLite: the driver, pragmas, transactions, error classification, backup and integrity.

The only module of the app that imports ``sqlite3`` (tests/test_architecture.py checks it).
Errors are classified by ``sqlite_errorcode`` (Python 3.11+), falling back on the text.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import (
    BUSY_TIMEOUT_S,
    Busy,
    CheckViolation,
    ForeignKeyViolation,
    SchemaTooNew,
    StorageBug,
    StorageError,
    UniqueViolation,
    busy_message,
    environment_error,
    kind_from_text,
)
from . import Dialect

DIALECT = Dialect(
    name="sqlite",
    placeholder="?",
    in_json_ids="SELECT value FROM json_each(?)",
    string_agg="group_concat({expr}, {sep})",
    json_field="json_extract({column}, '$.{key}')",
    begin_write="BEGIN IMMEDIATE",
)

BUSY_TIMEOUT_MS = BUSY_TIMEOUT_S * 1000
#: Page cache per connection: large imports update several indexes in random order.
CACHE_KIB = 64 * 1024
#: Reads through a memory map of the database file (up to this size), not a copy per page
#: read: a whole-register scan (screening, a search) is 10-15 % faster at 100 000
#: households. The register is on a local disk anyway (WAL mode needs one).
MMAP_BYTES = 512 * 1024 * 1024

#: Every error the driver raises (for code that must catch "a database error").
DriverError = sqlite3.Error
Connection = sqlite3.Connection


def nb_sort_key(text: str | None) -> str:
    """Case-insensitive key that sorts æ, ø, å after z in Norwegian order."""
    if text is None:
        return ""
    return text.casefold().replace("å", "\u00f9").replace("aa", "\u00f9")


def casefold(text: str | None) -> str:
    return "" if text is None else text.casefold()


def readonly_uri(path: Path | str) -> str:
    """A ``file:`` URI that opens ``path`` read-only, whatever characters the path holds
    (``#``, ``?`` and ``%`` are percent-encoded)."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def connect(path: Path | str) -> sqlite3.Connection:
    """A connection in driver autocommit mode with the app's pragmas and functions."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.create_function("nb_sort_key", 1, nb_sort_key, deterministic=True)
    conn.create_function("casefold", 1, casefold, deterministic=True)
    return conn


def connect_readonly(path: Path | str) -> sqlite3.Connection:
    """A plain read-only connection (checks and restores: no pragmas, never creates)."""
    return sqlite3.connect(readonly_uri(path), uri=True)


def open_file(path: Path) -> sqlite3.Connection:
    """:func:`connect` in WAL mode; an environment failure becomes a :class:`Unavailable`."""
    try:
        conn = connect(path)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) from exc
    try:
        mode = _switch_to_wal(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, path) from exc
    if str(mode).lower() != "wal":
        conn.close()
        raise OSError(f"kunne ikke slå på WAL-modus for {path}")
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """``PRAGMA journal_mode = WAL``, retried for up to the busy timeout.

    Switching a new file to WAL needs an exclusive lock. When two processes open the same new
    file at once, both hold a shared lock and want the exclusive one; SQLite then answers one of
    them SQLITE_BUSY at once, without calling the busy handler (that would deadlock), so the
    busy timeout alone does not cover this race.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.Error as exc:
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


# Transactions -----------------------------------------------------------------------------


def _is_busy(exc: BaseException) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return kind_from_text(exc) == "busy"


def begin(
    conn: Any,
    kind: str,
    path: Path | str | None,
    notice: Callable[[Path | str | None], None] | None = None,
    notice_after_ms: int = 1000,
    timeout_ms: int | None = None,
) -> None:
    """``BEGIN IMMEDIATE`` / ``EXCLUSIVE``, waiting up to the busy timeout (``timeout_ms``,
    by default :data:`BUSY_TIMEOUT_MS`) for another writer (calling ``notice`` after
    ``notice_after_ms``); :class:`Busy` when the lock stays taken."""
    wait_ms = BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms
    if kind == "DEFERRED":  # a writer holds the file's lock from the start on SQLite
        kind = "IMMEDIATE"
    if notice is None:
        try:
            conn.execute(f"BEGIN {kind}")
        except sqlite3.Error as exc:
            raise storage_error(exc, path, wait_ms) from exc
        return
    started = time.monotonic()
    conn.execute(f"PRAGMA busy_timeout = {min(notice_after_ms, wait_ms)}")
    try:
        try:
            conn.execute(f"BEGIN {kind}")
            return
        except sqlite3.Error as exc:
            if not _is_busy(exc):
                raise storage_error(exc, path, wait_ms) from exc
        notice(path)
        left = max(1, wait_ms - int((time.monotonic() - started) * 1000))
        conn.execute(f"PRAGMA busy_timeout = {left}")
        try:
            conn.execute(f"BEGIN {kind}")
        except sqlite3.Error as exc:
            raise storage_error(exc, path, wait_ms) from exc
    finally:
        conn.execute(f"PRAGMA busy_timeout = {wait_ms}")


# Errors -------------------------------------------------------------------------------------

_ENVIRONMENT_CODES = {
    sqlite3.SQLITE_BUSY: "busy",
    sqlite3.SQLITE_LOCKED: "busy",
    sqlite3.SQLITE_CANTOPEN: "cannot_open",
    sqlite3.SQLITE_PERM: "cannot_open",
    sqlite3.SQLITE_AUTH: "cannot_open",
    sqlite3.SQLITE_CORRUPT: "corrupt",
    sqlite3.SQLITE_NOTADB: "corrupt",
    sqlite3.SQLITE_READONLY: "readonly",
    sqlite3.SQLITE_FULL: "full",
    sqlite3.SQLITE_IOERR: "full",
}
_CONSTRAINT_TYPES: dict[int, type[StorageBug]] = {
    sqlite3.SQLITE_CONSTRAINT_UNIQUE: UniqueViolation,
    sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY: UniqueViolation,
    sqlite3.SQLITE_CONSTRAINT_FOREIGNKEY: ForeignKeyViolation,
    sqlite3.SQLITE_CONSTRAINT_CHECK: CheckViolation,
    sqlite3.SQLITE_CONSTRAINT_NOTNULL: CheckViolation,
}


def classify(exc: BaseException) -> str:
    """``busy``, ``cannot_open``, ``corrupt``, ``readonly``, ``full`` (the environment),
    ``constraint`` or ``bug``."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        kind = kind_from_text(exc)
        return "bug" if kind == "other" else kind
    if code & 0xFF == sqlite3.SQLITE_CONSTRAINT:
        return "constraint"
    return _ENVIRONMENT_CODES.get(code & 0xFF, "bug")


def storage_error(
    exc: BaseException, path: Path | str | None = None, waited_ms: int | None = None
) -> StorageError:
    """The typed :class:`StorageError` for a driver error (to ``raise … from exc``);
    ``waited_ms``: how long a busy writer waited (for the message)."""
    if isinstance(exc, StorageError):
        return exc
    kind = classify(exc)
    if kind == "constraint":
        code = getattr(exc, "sqlite_errorcode", 0)
        return _CONSTRAINT_TYPES.get(code, StorageBug)(str(exc))
    if kind == "bug":
        return StorageBug(str(exc))
    if kind == "busy":
        seconds = (BUSY_TIMEOUT_MS if waited_ms is None else waited_ms) / 1000
        return Busy(busy_message(path, seconds))
    return environment_error(kind, path, exc)


def is_driver_error(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.Error)


def translate(exc: BaseException) -> StorageError | None:
    """:func:`storage_error` for a driver error, None for anything else (a Session's hook)."""
    return storage_error(exc) if isinstance(exc, sqlite3.Error) else None


translate_error = translate


def lock_writes(
    conn: Any,
    path: Any,
    notice: Callable[[Any], None] | None = None,
    notice_after_ms: int = 1000,
    timeout_ms: int | None = None,
) -> None:
    """Nothing to do: a SQLite writer holds the lock since ``BEGIN IMMEDIATE``."""


@contextlib.contextmanager
def low_memory(conn: Any) -> Iterator[None]:
    """No memory map and an 8 MB page cache for the block (a streamed import of millions of
    rows), then the app's settings again."""
    conn.execute("PRAGMA mmap_size = 0")
    conn.execute("PRAGMA cache_size = -8192")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")


def begin_read(conn: Any) -> None:
    conn.execute(DIALECT.begin_read)


def set_busy_timeout(conn: Any, ms: int) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(ms)}")


def migration_sql(sql: str) -> str | None:
    """Migration statements are written in SQLite's DDL: unchanged."""
    return sql


# Migration bookkeeping (the table sqlite-utils used to keep; same layout) --------------------

MIGRATIONS_TABLE = "_sqlite_migrations"


def applied_migrations(conn: Any, migration_set: str) -> list[str]:
    """Names of the applied migrations of a set, in the order applied ([] for a new file)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (MIGRATIONS_TABLE,)
    ).fetchone()
    if exists is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        (migration_set,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def ensure_migrations_table(conn: Any) -> None:
    conn.execute(
        f'CREATE TABLE IF NOT EXISTS "{MIGRATIONS_TABLE}" ("id" INTEGER PRIMARY KEY,'
        ' "migration_set" TEXT, "name" TEXT, "applied_at" TEXT)'
    )
    conn.execute(
        f'CREATE UNIQUE INDEX IF NOT EXISTS "idx_{MIGRATIONS_TABLE}_migration_set_name"'
        f' ON "{MIGRATIONS_TABLE}" ("migration_set", "name")'
    )


def record_migration(conn: Any, migration_set: str, name: str, applied_at: str) -> None:
    conn.execute(
        f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (migration_set, name, applied_at),
    )


def schema_version_of(conn: Any, migration_set: str) -> int:
    """The schema version of any connection (0 when not a leietileie database)."""
    try:
        return len(applied_migrations(conn, migration_set))
    except sqlite3.DatabaseError:
        return 0


# Files: backup and integrity ----------------------------------------------------------------


def copy_into(source: Any, target: Path) -> None:
    """Copy a live database into the (new, empty) file ``target`` with the backup API."""
    destination = sqlite3.connect(str(target))
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()


def copy_over(source: Any, target: Path) -> None:
    """Copy a database over a live one (one transaction; safe with other connections)."""
    destination = connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()


def integrity(conn: Any) -> list[str]:
    """``PRAGMA integrity_check`` lines (``["ok"]`` when sound)."""
    return [str(r[0]) for r in conn.execute("PRAGMA integrity_check")]


def table_names(conn: Any) -> list[str]:
    """The database's own tables (not SQLite's ``sqlite_*`` ones), by name."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    )
    return [str(r[0]) for r in rows]


def table_columns(conn: Any, table: str) -> list[str]:
    """A table's column names in their order (``PRAGMA table_info``); [] for no such table."""
    return [str(r[1]) for r in conn.execute("SELECT * FROM pragma_table_info(?)", (table,))]


def foreign_key_problems(conn: Any) -> list[str]:
    return [
        f"{r[0]} rad {r[1]} peker på {r[2]} som ikke finnes"
        for r in conn.execute("PRAGMA foreign_key_check")
    ]


__all__ = [
    "DIALECT",
    "BUSY_TIMEOUT_MS",
    "Connection",
    "DriverError",
    "SchemaTooNew",
    "applied_migrations",
    "begin",
    "casefold",
    "classify",
    "connect",
    "connect_readonly",
    "copy_into",
    "copy_over",
    "ensure_migrations_table",
    "foreign_key_problems",
    "integrity",
    "is_driver_error",
    "nb_sort_key",
    "open_file",
    "readonly_uri",
    "record_migration",
    "schema_version_of",
    "storage_error",
    "table_columns",
    "table_names",
]
