"""PostgreSQL, the office database: the driver (psycopg 3), SQL translation, transactions,
error classification by SQLSTATE, and migration bookkeeping.

The storage modules write their SQL once, in the spelling both engines share, with ``?`` (and
``:name``) parameters. :func:`translate` turns a statement into what PostgreSQL and psycopg
expect: ``%s`` / ``%(name)s`` markers, ``%`` escaped, ``json_each(?)`` over an id list as
``json_array_elements_text``, ``group_concat`` as ``string_agg``, two-argument ``min``/``max``
as ``LEAST``/``GREATEST``. The few SQLite functions the queries use (``casefold``,
``nb_sort_key``, ``julianday``, ``json_extract``) exist in the office database as SQL
functions created by migration 0001 (:data:`FUNCTIONS`). DDL written for SQLite is turned into
PostgreSQL's by :func:`migration_sql` (identity ids, ``BIGINT``, ``DOUBLE PRECISION``, text in
the ``C`` collation so that sorting is byte order on both engines).

Writers take one transaction-scoped advisory lock, so that writes are serialised as they are
on SQLite (``BEGIN IMMEDIATE``) and the same busy timeout and message apply; readers are never
blocked (MVCC). Only this module and ``sqlite.py`` import a database driver.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import psycopg
from psycopg import pq

from ..errors import (
    BUSY_TIMEOUT_S,
    Busy,
    CheckViolation,
    ForeignKeyViolation,
    StorageBug,
    StorageError,
    Unavailable,
    UniqueViolation,
    busy_message,
)
from . import Dialect

DIALECT = Dialect(
    name="postgresql",
    placeholder="?",  # the storage's spelling; translate() makes it psycopg's %s
    in_json_ids="SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))",
    string_agg="string_agg({expr}, {sep})",
    json_field="json_extract({column}, '$.{key}')",
    begin_write="BEGIN",
    begin_read="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
)

BUSY_TIMEOUT_MS = BUSY_TIMEOUT_S * 1000
#: The advisory lock every write transaction of a register takes (an arbitrary constant:
#: "leie" in ASCII).
WRITE_LOCK_KEY = 0x6C656965
#: How long a connection attempt may take before the server counts as unreachable.
CONNECT_TIMEOUT_S = 10
SCHEMES = ("postgresql", "postgres")

DriverError = psycopg.Error


# Locations ----------------------------------------------------------------------------------


class DatabaseUrl(str):
    """A ``postgresql://`` location (a ``str``, so it passes through code that only shows
    it); :meth:`display` leaves the password out."""

    def display(self) -> str:
        return display_url(self)


def check_url(text: str) -> DatabaseUrl:
    """The URL when it names a PostgreSQL database; ValueError with a Norwegian message for
    an unsupported or mistyped one (never taken as a file name)."""
    try:
        parts = urlsplit(text)
    except ValueError as exc:
        raise ValueError(f"«{text}» er ikke en gyldig database-adresse: {exc}.") from exc
    if parts.scheme.lower() not in SCHEMES:
        raise ValueError(
            f"«{display_url(text)}» er ikke en database leietileie kan bruke: adressen må begynne"
            " med postgresql:// (kontorets database) eller være en filsti (SQLite)."
        )
    if not text.lower().startswith(parts.scheme.lower() + "://"):
        raise ValueError(
            f"«{display_url(text)}» mangler «//» etter «{parts.scheme}:»: skriv"
            " postgresql://bruker@vert:port/database."
        )
    if not parts.path.strip("/"):
        raise ValueError(
            f"«{display_url(text)}» mangler databasens navn: skriv"
            " postgresql://bruker@vert:port/database."
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise ValueError(f"«{display_url(text)}» har et ugyldig portnummer.") from exc
    return DatabaseUrl(text)


def display_url(text: str) -> str:
    """The URL without its password (for messages, the audit log and the window title)."""
    try:
        parts = urlsplit(text)
    except ValueError:
        return text
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


# SQL translation ----------------------------------------------------------------------------

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TWO_ARG = re.compile(r"\b(min|max)\(([^(),]+),([^(),]+)\)", re.IGNORECASE)
_REWRITES = (
    # An id list (the storage's convention: ``SELECT value FROM json_each(?)`` is over ids).
    (
        re.compile(r"SELECT value FROM json_each\(\s*\?\s*\)"),
        "SELECT CAST(value AS BIGINT) FROM json_array_elements_text(CAST(? AS json))",
    ),
    (re.compile(r"json_each\(\s*\?\s*\)"), "json_array_elements_text(CAST(? AS json))"),
    (re.compile(r"\bgroup_concat\(", re.IGNORECASE), "string_agg("),
    # SQLite's index hint: PostgreSQL's planner chooses by itself.
    (re.compile(r"\s+INDEXED BY \w+"), ""),
)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """The statement in PostgreSQL's and psycopg's spelling (see the module's docstring)."""
    for pattern, replacement in _REWRITES:
        sql = pattern.sub(replacement, sql)
    sql = _TWO_ARG.sub(
        lambda m: (
            f"{'LEAST' if m.group(1).lower() == 'min' else 'GREATEST'}({m.group(2)},{m.group(3)})"
        ),
        sql,
    )
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch == "'":  # a string literal: copied, with % escaped
            end = i + 1
            while end < n:
                if sql[end] == "'":
                    if end + 1 < n and sql[end + 1] == "'":
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == '"':  # a quoted identifier
            end = sql.find('"', i + 1)
            end = n - 1 if end < 0 else end
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "?":
            out.append("%s")
        elif ch == "%":
            out.append("%%")
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 2
            continue
        elif ch == ":" and (match := _IDENT.match(sql, i + 1)) and (i == 0 or sql[i - 1] != ":"):
            out.append(f"%({match.group(0)})s")
            i = match.end()
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out)


_DDL_TYPES = (
    (re.compile(r"\bINTEGER PRIMARY KEY\b"), "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"),
    (re.compile(r"\bINTEGER\b"), "BIGINT"),
    (re.compile(r"\bREAL\b"), "DOUBLE PRECISION"),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),
    (re.compile(r"\)\s*WITHOUT ROWID"), ")"),
)


def migration_sql(sql: str) -> str | None:
    """A migration statement written for SQLite, as PostgreSQL's DDL; None for a statement
    that has no meaning there (SQLite's trigger syntax: the office database gets its own
    append-only triggers, :data:`APPEND_ONLY_AUDIT`)."""
    head = sql.lstrip()[:40].upper()
    if head.startswith(("CREATE TRIGGER", "DROP TRIGGER")):
        return None
    if head.startswith(("CREATE TABLE", "ALTER TABLE")) and "RENAME" not in head:
        for pattern, replacement in _DDL_TYPES:
            sql = pattern.sub(replacement, sql)
    return sql


#: SQL functions the queries share with SQLite (where the app registers them in Python).
#: ``casefold`` and ``nb_sort_key`` lower-case with ICU, whatever the database's locale.
FUNCTIONS = (
    """CREATE FUNCTION casefold(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN coalesce(lower($1 COLLATE "und-x-icu"), '')""",
    """CREATE FUNCTION nb_sort_key(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN replace(replace(coalesce(lower($1 COLLATE "und-x-icu"), ''), 'å', 'ù'), 'aa', 'ù')""",
    """CREATE FUNCTION julianday(text) RETURNS double precision LANGUAGE sql IMMUTABLE
    PARALLEL SAFE RETURN extract(epoch FROM CAST($1 AS timestamp)) / 86400.0 + 2440587.5""",
    """CREATE FUNCTION json_extract(text, text) RETURNS jsonb LANGUAGE sql IMMUTABLE
    PARALLEL SAFE RETURN CAST($1 AS jsonb) #> string_to_array(substr($2, 3), '.')""",
)

#: The audit log is append-only in the office database too: a trigger refuses UPDATE,
#: DELETE and TRUNCATE for every role (the roles are not granted them either).
APPEND_ONLY_AUDIT = (
    """CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
    END $$""",
    """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
)


# Connections --------------------------------------------------------------------------------


class PgConnection:
    """A psycopg connection with the manners the storage expects of a DB-API connection
    (``execute`` returning a cursor, ``executemany``, ``in_transaction``), translating every
    statement. Autocommit at the driver: the storage issues BEGIN/COMMIT itself."""

    engine_name = "postgresql"

    def __init__(self, raw: psycopg.Connection[Any], url: str):
        self.raw = raw
        self.url = url
        self._types: dict[tuple[str, str], list[str]] = {}

    def execute(self, sql: str, parameters: Any = None, /) -> psycopg.Cursor[Any]:
        cursor = self.raw.cursor()
        cursor.execute(translate(sql), _params(parameters))
        return cursor

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> psycopg.Cursor[Any]:
        """Many rows: a plain ``INSERT INTO t (…) VALUES (?, …)`` goes through a binary ``COPY``
        (an import writes hundreds of thousands of members, incomes and debts: several times
        faster than statements, even pipelined); anything else is pipelined statements."""
        cursor = self.raw.cursor()
        plain = _plain_insert(sql)
        if plain is not None:
            table, columns, constants = plain
            count = 0
            types = self._column_types(table, columns)
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)") as copy:
                copy.set_types(types)
                if all(c is None for c in constants):
                    for row in parameters:
                        copy.write_row(row)
                        count += 1
                else:
                    for row in parameters:
                        values = iter(row)
                        copy.write_row([next(values) if c is None else c for c in constants])
                        count += 1
            cursor._rowcount = count  # noqa: SLF001 - COPY's own count, as executemany's
            return cursor
        cursor.executemany(translate(sql), [_params(p) for p in parameters])
        return cursor

    def _column_types(self, table: str, columns: str) -> list[str]:
        """The columns' types, for a binary COPY (about 2.5 x faster than text: no Python
        formatting per value). Cached per connection: the schema does not change under it."""
        key = (table, columns)
        types = self._types.get(key)
        if types is None:
            names = [c.strip() for c in columns.split(",")]
            found = dict(
                self.raw.execute(
                    "SELECT attname, format_type(atttypid, NULL) FROM pg_attribute"
                    " WHERE attrelid = CAST(%s AS regclass) AND attnum > 0",
                    (table,),
                ).fetchall()
            )
            types = [str(found[name]) for name in names]
            self._types[key] = types
        return types

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()

    @property
    def closed(self) -> bool:
        return self.raw.closed


_PLAIN_INSERT = re.compile(
    r"\s*INSERT INTO (\w+)\s*\(([\w\s,]+)\)\s*VALUES\s*\(([\s?,0-9-]+)\)\s*", re.IGNORECASE
)


@functools.lru_cache(maxsize=256)
def _plain_insert(sql: str) -> tuple[str, str, tuple[int | None, ...]] | None:
    """``(table, columns, constants)`` of an INSERT that COPY can do: no ON CONFLICT, no
    RETURNING, each value a marker (None in ``constants``) or an integer literal."""
    match = _PLAIN_INSERT.fullmatch(sql)
    if match is None:
        return None
    values = [v.strip() for v in match.group(3).split(",")]
    if len(match.group(2).split(",")) != len(values):
        return None
    constants: list[int | None] = []
    for value in values:
        if value == "?":
            constants.append(None)
        elif re.fullmatch(r"-?[0-9]+", value):
            constants.append(int(value))
        else:
            return None
    return match.group(1), match.group(2), tuple(constants)


def _params(parameters: Any) -> Sequence[Any] | dict[str, Any]:
    if parameters is None:
        return ()
    if isinstance(parameters, dict):
        return parameters
    return tuple(parameters)


def connect(url: str) -> PgConnection:
    """A connection to the office database; :class:`Unavailable` when it cannot be made.

    Passwords come from the URL, the PostgreSQL password file (``~/.pgpass``) or the service
    file (``service=`` in the URL's query), as libpq reads them: the app stores none."""
    try:
        raw = psycopg.connect(
            url,
            autocommit=True,
            connect_timeout=CONNECT_TIMEOUT_S,
            application_name="leietileie",
        )
        # The app's queries are short: compiling them (JIT) costs more than it saves (60 ms
        # of the arrears list's shortfall query at 100 000 households). A SET, not the URL's
        # options, which stay the office's.
        raw.execute("SET jit = off")
    except psycopg.Error as exc:
        raise storage_error(exc, url) from exc
    return PgConnection(raw, url)


def copy_rows(
    conn: PgConnection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Load rows into ``table`` with ``COPY … FROM STDIN`` (the bulk path of moving a register
    here: several times faster than INSERTs), inside the caller's transaction; the number of
    rows sent. A row the database refuses raises the driver's error."""
    count = 0
    statement = f"COPY {table} ({', '.join(columns)}) FROM STDIN"
    with conn.raw.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
            count += 1
    return count


# Transactions -------------------------------------------------------------------------------


def begin(
    conn: PgConnection,
    kind: str,
    location: Any,
    notice: Callable[[Any], None] | None = None,
    notice_after_ms: int = 1000,
    timeout_ms: int | None = None,
) -> None:
    """Start a write transaction holding the register's write lock (an advisory lock held to
    the end of the transaction), waiting up to the busy timeout for another writer (calling
    ``notice`` after ``notice_after_ms``); :class:`Busy` when it stays taken. ``DEFERRED``
    starts the transaction without the lock (:func:`lock_writes` takes it when needed)."""
    try:
        conn.execute("BEGIN")
    except psycopg.Error as exc:
        raise storage_error(exc, location) from exc
    if kind == "DEFERRED":
        return
    try:
        lock_writes(conn, location, notice, notice_after_ms, timeout_ms)
    except BaseException:
        if conn.in_transaction:  # nobody else will: the caller's transaction has not begun
            with contextlib.suppress(psycopg.Error):
                conn.execute("ROLLBACK")
        raise


def lock_writes(
    conn: PgConnection,
    location: Any,
    notice: Callable[[Any], None] | None = None,
    notice_after_ms: int = 1000,
    timeout_ms: int | None = None,
) -> None:
    """Take the register's write lock in the open transaction (again is harmless), waiting
    in PostgreSQL's lock queue (first come, first served: a writer is not starved by others
    polling) up to the busy timeout; ``notice`` after ``notice_after_ms``. On failure the
    transaction is left to its owner to roll back (it may be a savepoint's)."""
    wait_ms = BUSY_TIMEOUT_MS if timeout_ms is None else timeout_ms
    try:
        if _try_write_lock(conn):
            return
        first = min(notice_after_ms, wait_ms) if notice is not None else wait_ms
        if _wait_for_write_lock(conn, first):
            return
        if notice is not None:
            notice(location)
        if wait_ms > first and _wait_for_write_lock(conn, wait_ms - first):
            return
    except psycopg.Error as exc:
        raise storage_error(exc, location) from exc
    raise Busy(busy_message(_shown(location), wait_ms / 1000))


def _wait_for_write_lock(conn: PgConnection, ms: int) -> bool:
    """Wait up to ``ms`` for the write lock, in a savepoint so that a timeout does not abort
    the transaction; whether it was taken."""
    conn.execute("SAVEPOINT leietileie_lock_wait")
    try:
        conn.execute(f"SET LOCAL lock_timeout = {max(1, int(ms))}")
        conn.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK_KEY,))
    except psycopg.Error as exc:
        if classify(exc) != "busy":
            raise
        conn.execute("ROLLBACK TO SAVEPOINT leietileie_lock_wait")
        conn.execute("RELEASE SAVEPOINT leietileie_lock_wait")
        return False
    conn.execute("SET LOCAL lock_timeout TO DEFAULT")
    conn.execute("RELEASE SAVEPOINT leietileie_lock_wait")
    return True


def _try_write_lock(conn: PgConnection) -> bool:
    row = conn.execute("SELECT pg_try_advisory_xact_lock(?)", (WRITE_LOCK_KEY,)).fetchone()
    return bool(row and row[0])


@contextlib.contextmanager
def low_memory(conn: PgConnection) -> Iterator[None]:
    """Nothing to change: the database's memory is the server's."""
    yield


def begin_read(conn: PgConnection) -> None:
    """One consistent snapshot for several queries."""
    conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")


def set_busy_timeout(conn: PgConnection, ms: int) -> None:
    """Nothing to set on the connection: :func:`begin` is given the timeout."""


# Errors -------------------------------------------------------------------------------------

_CONSTRAINT_TYPES: dict[str, type[StorageBug]] = {
    "23505": UniqueViolation,
    "23503": ForeignKeyViolation,
    "23514": CheckViolation,
    "23502": CheckViolation,
}


def classify(exc: BaseException) -> str:
    """``busy``, ``cannot_open``, ``corrupt``, ``readonly``, ``full``, ``forbidden``,
    ``constraint`` or ``bug`` from the error's SQLSTATE."""
    state = getattr(exc, "sqlstate", None) or ""
    if state in _CONSTRAINT_TYPES or state.startswith("23"):
        return "constraint"
    if state in ("55P03", "40P01", "40001", "57014"):
        return "busy"
    if state == "42501":
        return "forbidden"
    if state == "25006":
        return "readonly"
    if state.startswith("53"):
        return "full"
    if state.startswith("XX0"):
        return "corrupt"
    if state.startswith(("08", "28", "57P", "3D")) or (
        not state and isinstance(exc, psycopg.OperationalError)
    ):
        return "cannot_open"
    if isinstance(exc, psycopg.InterfaceError):
        return "cannot_open"
    return "bug"


def _shown(location: Any) -> str:
    return display_url(str(location)) if location is not None else ""


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def message(kind: str, location: Any, exc: BaseException) -> str:
    where = f"kontorets database {_shown(location)}".rstrip()
    if kind == "cannot_open":
        return (
            f"Får ikke kontakt med {where}: {_first_line(exc)}. Kontroller adressen, brukernavnet"
            " og passordet (~/.pgpass eller tjenestefilen), og at tjeneren kjører og kan nås."
        )
    if kind == "forbidden":
        return (
            f"Du har ikke tilgang til dette i {where}: rollen din tillater det ikke"
            f" ({_first_line(exc)}). Ingenting er endret; spør kontorets administrator."
        )
    if kind == "readonly":
        return f"Kan ikke skrive i {where}: forbindelsen er skrivebeskyttet. Ingenting er endret."
    if kind == "full":
        return f"Kan ikke skrive i {where}: tjeneren er tom for plass eller ressurser."
    if kind == "corrupt":
        return f"{where[0].upper()}{where[1:]} melder skade på data: {_first_line(exc)}."
    return f"Feil i {where}: {_first_line(exc)}"


class Forbidden(Unavailable):
    """The database refused the statement for the connected role (PostgreSQL's 42501)."""


def storage_error(
    exc: BaseException, location: Any = None, waited_ms: int | None = None
) -> StorageError:
    if isinstance(exc, StorageError):
        return exc
    kind = classify(exc)
    if kind == "constraint":
        state = getattr(exc, "sqlstate", "") or ""
        return _CONSTRAINT_TYPES.get(state, StorageBug)(str(exc))
    if kind == "bug":
        return StorageBug(str(exc))
    if kind == "busy":
        seconds = (BUSY_TIMEOUT_MS if waited_ms is None else waited_ms) / 1000
        return Busy(busy_message(_shown(location), seconds))
    if kind == "forbidden":
        return Forbidden(message(kind, location, exc))
    return Unavailable(message(kind, location, exc))


def is_driver_error(exc: BaseException) -> bool:
    return isinstance(exc, psycopg.Error)


def translate_error(exc: BaseException) -> StorageError | None:
    return storage_error(exc) if isinstance(exc, psycopg.Error) else None


# Migration bookkeeping ----------------------------------------------------------------------

MIGRATIONS_TABLE = "_sqlite_migrations"  # the same name as in SQLite: one schema


def applied_migrations(conn: Any, migration_set: str) -> list[str]:
    exists = conn.execute("SELECT to_regclass(?)", (MIGRATIONS_TABLE,)).fetchone()[0]
    if exists is None:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY id",
        (migration_set,),
    ).fetchall()
    return [str(r[0]) for r in rows]


def ensure_migrations_table(conn: Any) -> None:
    conn.execute(
        f"CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} ("
        " id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
        ' migration_set TEXT COLLATE "C", name TEXT COLLATE "C", applied_at TEXT,'
        " UNIQUE (migration_set, name))"
    )


def record_migration(conn: Any, migration_set: str, name: str, applied_at: str) -> None:
    conn.execute(
        f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (migration_set, name, applied_at),
    )


def schema_version_of(conn: Any, migration_set: str) -> int:
    try:
        return len(applied_migrations(conn, migration_set))
    except psycopg.Error:
        return 0


def database_user(conn: PgConnection) -> str:
    """The user the connection logged in as (``session_user``: what the audit log records)."""
    row = conn.execute("SELECT session_user").fetchone()
    return "" if row is None else str(row[0])


@dataclass(frozen=True)
class ServerFacts:
    version: str
    user: str
    database: str


def server_facts(conn: PgConnection) -> ServerFacts:
    row = conn.execute("SELECT version(), current_user, current_database()").fetchone()
    if row is None:  # pragma: no cover - the query always returns a row
        raise StorageBug("no server facts")
    return ServerFacts(str(row[0]), str(row[1]), str(row[2]))
