"""One typed facade over a database connection (calibre's ``DBThread`` idea, small).

A :class:`Session` is what repositories and queries get: never the register. It knows
whether it may write (``writing``), who writes (``actor``), and how to nest a transaction
(savepoints). Its helpers return plain Python values, so callers need no driver types:
``all`` (rows as tuples), ``first``, ``scalar``, ``column``, ``execute``, ``execute_many``,
``insert_returning_id``. ``execute`` still hands back the driver's cursor for the query
modules that stream large results.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from .dialect import Dialect
from .errors import StorageBug, StorageError

Params = Sequence[Any] | dict[str, Any]
_WRITES = ("INSERT", "UPDATE", "DELETE", "REPLACE", "CREATE", "DROP", "ALTER")


class Cursor(Protocol):
    """The part of a DB-API cursor the storage uses."""

    @property
    def rowcount(self) -> int: ...

    @property
    def lastrowid(self) -> int | None: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Reader(Protocol):
    """Anything that runs a statement: a :class:`Session` or a driver connection (what the
    query modules take)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...


class Connection(Protocol):
    """The part of a DB-API connection the storage uses (no driver type leaks out)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...

    def close(self) -> None: ...


class AuditRecorder(Protocol):
    """What a session's ``audit`` does (the register sets it to its :class:`AuditLog`)."""

    def record(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None = None,
        details: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> int: ...


class Session:
    """A connection with the register's manners.

    ``begin`` starts a top-level write transaction (the dialect's ``BEGIN IMMEDIATE`` with
    the busy-timeout notice); a :meth:`transaction` inside another one is a savepoint.
    ``audit`` is the register's audit log on this session (set by the register).
    """

    audit: AuditRecorder

    def __init__(
        self,
        conn: Connection,
        dialect: Dialect,
        *,
        actor: str,
        path: Path | None = None,
        begin: Callable[[], None] | None = None,
        writing: bool = True,
        translate: Callable[[BaseException], StorageError | None] | None = None,
        begin_deferred: Callable[[], None] | None = None,
        lock_writes: Callable[[], None] | None = None,
    ):
        self.conn = conn
        self.dialect = dialect
        self.actor = actor
        self.path = path
        self.writing = writing
        self._begin = begin or (lambda: conn.execute(dialect.begin_write))
        self._begin_deferred = begin_deferred or self._begin
        self._lock_writes = lock_writes or (lambda: None)
        self._depth = 0
        self._translate = translate
        self._reading = False  # inside snapshot(): a write would be rolled back with it

    # Queries --------------------------------------------------------------------------------

    def execute(self, sql: str, params: Params = (), /) -> Any:
        """Run one statement; the driver's cursor (iterate it, or use the helpers below).

        A driver error comes out classified (:mod:`.errors`): a constraint as
        :class:`UniqueViolation` and the like, the environment as :class:`Unavailable`.
        """
        if not self.writing:
            self._check_write(sql)
        try:
            return self.conn.execute(sql, params)
        except Exception as exc:
            typed = None if self._translate is None else self._translate(exc)
            if typed is None or typed is exc:
                raise
            raise typed from exc

    def execute_many(self, sql: str, rows: Iterable[Params]) -> int:
        """Run one statement per parameter row; the number of rows changed."""
        return int(self.executemany(sql, rows).rowcount)

    def executemany(self, sql: str, rows: Iterable[Params], /) -> Any:
        """The DB-API spelling of :meth:`execute_many` (the driver's cursor); errors classified."""
        self._check_write(sql)
        try:
            return self.conn.executemany(sql, rows)
        except Exception as exc:
            typed = None if self._translate is None else self._translate(exc)
            if typed is None or typed is exc:
                raise
            raise typed from exc

    def all(self, sql: str, params: Params = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(sql, params).fetchall()]

    def first(self, sql: str, params: Params = ()) -> tuple[Any, ...] | None:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else tuple(row)

    def scalar(self, sql: str, params: Params = ()) -> Any:
        """The first column of the first row (None when there is no row)."""
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def column(self, sql: str, params: Params = ()) -> list[Any]:
        return [r[0] for r in self.conn.execute(sql, params).fetchall()]

    def insert_returning_id(self, sql: str, params: Params = ()) -> int:
        """Run an ``INSERT`` and return the id the database allocated for the row."""
        self._check_write(sql)
        if self.dialect.returning:
            row = self.execute(f"{sql} RETURNING id", params).fetchone()
            return int(row[0])
        cursor = self.execute(sql, params)  # pragma: no cover - every engine we use
        if cursor.lastrowid is None:
            raise StorageBug("the database allocated no id")
        return int(cursor.lastrowid)

    def _check_write(self, sql: str) -> None:
        if not self.writing and sql.lstrip()[:7].upper().startswith(_WRITES):
            raise StorageBug(f"a write in a read-only session: {sql[:60]}")

    def reader(self) -> Session:
        """The same connection as a read-only session (writes raise :class:`StorageBug`)."""
        reader = Session(
            self.conn,
            self.dialect,
            actor=self.actor,
            path=self.path,
            begin=self._begin,
            begin_deferred=self._begin_deferred,
            lock_writes=self._lock_writes,
            writing=False,
            translate=self._translate,
        )
        if hasattr(self, "audit"):
            reader.audit = self.audit
        return reader

    # Transactions -----------------------------------------------------------------------

    @property
    def in_transaction(self) -> bool:
        return bool(self.conn.in_transaction)

    @contextlib.contextmanager
    def transaction(self, deferred_lock: bool = False) -> Iterator[Session]:
        """A write transaction; a savepoint when one is already open.

        ``deferred_lock``: on the office database the register's write lock is taken only when
        the transaction first needs it (:meth:`lock_writes`, as the audit log does before it
        appends), not at BEGIN: a screening run's many inserted results do not make a
        caseworker's save wait. On SQLite a writer always holds the file's lock."""
        if not self.writing or self._reading:
            raise StorageBug("a write transaction in a read-only session (inside read())")
        if self.conn.in_transaction:
            self._depth += 1
            name = f"nested_{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                self.conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            finally:
                self._depth -= 1
            self.conn.execute(f"RELEASE SAVEPOINT {name}")
            return
        if deferred_lock:
            self._begin_deferred()
        else:
            self._begin()
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def lock_writes(self) -> None:
        """Hold the register's write lock to the end of the current transaction (already held
        unless it began with ``deferred_lock``; taking it again is harmless)."""
        self._lock_writes()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Session]:
        """A read transaction: one consistent view for several queries."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute(self.dialect.begin_read)
        self._reading = True
        try:
            yield self
        finally:
            self._reading = False
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
