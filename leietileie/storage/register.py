"""The register: one database file, its schema, and units of work that hand out repositories.

``Register.open(path)`` opens (creating owner-only) and upgrades the file: all pending
migrations run in one exclusive transaction, so several processes opening a new file at once
upgrade it exactly once; a database whose schema is newer than the app is refused
(:class:`~.errors.SchemaTooNew`). Failures of the environment (locked, unreadable, damaged,
read-only) become :class:`~.errors.Unavailable` with a Norwegian message.

``read()`` and ``write()`` give a :class:`~.session.Session` (a snapshot, or a write
transaction); ``read_beside(work)`` runs a long read on a second connection in a thread
while this one reads something else. The repository properties (``households``, ``cases``
…) work on the register's session, inside or outside such a unit of work. Repositories and
queries take the session, never the register, so nothing in ``storage/`` imports this
module but ``__init__`` and ``maintenance``.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path
from types import TracebackType
from typing import Generic, TypeVar

from . import engine
from .dialect import sqlite as engine_sql
from .dialect.choose import engine_of
from .errors import StorageError
from .repositories.arrears import ArrearsRepository
from .repositories.assessments import AssessmentRepository, DocumentRepository, ScreeningRepository
from .repositories.audit import AuditLog
from .repositories.cases import CaseRepository
from .repositories.households import HouseholdRepository
from .repositories.letter_details import LetterDetailsRepository
from .repositories.pathway import PathwayRepository
from .repositories.rent import RentPaymentRepository
from .repositories.settings import SettingsRepository
from .repositories.units import UnitRepository
from .schema.migrations import migrations
from .session import Connection, Session

T = TypeVar("T")


class Register:
    """The register's database file."""

    def __init__(self, conn: Connection, path: Path | str, actor: str):
        self.conn = conn
        #: A file's path, or the office database's URL (a ``DatabaseUrl``, shown without its
        #: password by ``display``).
        self.path = path
        self.actor = actor
        self.engine = engine_of(conn)
        #: How long a writer on this connection waits for another's lock (milliseconds).
        self.busy_timeout_ms = self.engine.BUSY_TIMEOUT_MS
        self.session = Session(
            conn,
            self.engine.DIALECT,
            actor=actor,
            path=path if isinstance(path, Path) else None,
            begin=lambda: engine.begin(conn, "IMMEDIATE", path, self.busy_timeout_ms),
            translate=self.engine.translate_error,
            begin_deferred=lambda: engine.begin(conn, "DEFERRED", path, self.busy_timeout_ms),
            lock_writes=lambda: engine.lock_writes(conn, path, self.busy_timeout_ms),
        )
        self.session.audit = AuditLog(self.session)

    def set_busy_timeout(self, seconds: float) -> None:
        """Wait at most this long for another writer's lock (the app's GUI connection waits
        briefly and says so, instead of freezing the window for the default 10 s)."""
        self.busy_timeout_ms = max(1, int(seconds * 1000))
        self.engine.set_busy_timeout(self.conn, self.busy_timeout_ms)

    @classmethod
    def open(cls, path: Path | str, actor: str | None = None, migrate: bool = True) -> Register:
        """Open (creating with owner-only permissions) and upgrade to the latest schema."""
        location = engine.location_of(path)
        conn = engine.open_connection(location)
        dialect = engine_of(conn)
        try:
            if actor is None:
                # On the office database the audit log names the database user (the role
                # the office gave the caseworker), not the name of the machine's account.
                actor = str(dialect.database_user(conn)) if dialect is not engine_sql else None
            register = cls(conn, location, actor or engine.default_actor())
            if migrate:
                register.migrate()
        except dialect.DriverError as exc:
            conn.close()
            raise dialect.storage_error(exc, location) from exc
        except BaseException:
            conn.close()
            raise
        return register

    def migrate(self, stop_before: str | None = None) -> None:
        """Apply the pending migrations, all in one exclusive transaction.

        Another process doing the same waits for the lock and then finds nothing to do.
        A database with migrations this app does not know is refused.
        """
        migrations.refuse_newer(self.conn, self.path)
        if stop_before is None and not migrations.pending(self.conn):
            return
        engine.begin(self.conn, "EXCLUSIVE", self.path, self.busy_timeout_ms)
        try:
            migrations.refuse_newer(self.conn, self.path)
            migrations.apply(self.conn, stop_before=stop_before)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def low_memory(self) -> Iterator[None]:
        """Work that streams millions of rows: no memory map of the file and a small page
        cache on SQLite while it runs (nothing changes on PostgreSQL, whose memory is the
        server's)."""
        with self.engine.low_memory(self.conn):
            yield

    @property
    def engine_name(self) -> str:
        """``sqlite`` (a file) or ``postgresql`` (the office database)."""
        return str(self.engine.DIALECT.name)

    @property
    def is_file(self) -> bool:
        return isinstance(self.path, Path)

    def display_location(self) -> str:
        """The file's path, or the office database's URL without its password."""
        if isinstance(self.path, Path):
            return str(self.path)
        return str(self.engine.display_url(self.path))

    @property
    def schema_version(self) -> int:
        return len(migrations.applied(self.conn))

    # Units of work ----------------------------------------------------------------------

    @contextlib.contextmanager
    def write(self, actor: str | None = None) -> Iterator[Session]:
        """A write transaction (a savepoint when nested); ``actor`` overrides who writes."""
        session = self.session
        previous = session.actor
        if actor is not None:
            session.actor = actor
        try:
            with session.transaction():
                yield session
        finally:
            session.actor = previous

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """One consistent snapshot for several queries, in a read-only session (a write in it
        is a bug: :class:`~.errors.StorageBug`)."""
        with self.session.snapshot() as session:
            yield session.reader()

    def read_beside(self, work: Callable[[Register], T]) -> BesideRead[T]:
        """Start the read-only ``work`` on a second connection to the same register, in a
        thread, and return at once; ``result()`` waits for what it returns (or raises what
        it raised).

        For a long read that can run while this connection reads something else: SQLite and
        psycopg let go of Python's lock while the database works, so on two cores the reads
        overlap; ``work`` should hand back few rows (each row takes the lock back). It sees
        the register as it is when it begins, inside one snapshot, which may be a moment newer
        than what this connection reads. When no second connection can be opened (the
        office database's connection limit, say), ``result()`` runs ``work`` on this
        register instead."""
        future: Future[T] = Future()
        location, actor = self.path, self.actor

        def run() -> None:
            try:
                other = Register.open(location, actor, migrate=False)
            except (StorageError, OSError) as exc:
                future.set_exception(_NoSecondConnection(exc))
                return
            other.session.writing = False  # a write in ``work`` is a bug (StorageBug)
            failure: BaseException | None = None
            try:
                with other.read():
                    result = work(other)
            except BaseException as exc:  # handed to the caller by result()
                failure = exc
            # Closed before the result is handed over: the caller may close the register
            # next, and the last connection to close is the one that tidies the file up.
            with contextlib.suppress(Exception):  # a read-only connection: nothing to lose
                other.close()
            if failure is not None:
                future.set_exception(failure)
            else:
                future.set_result(result)

        threading.Thread(target=run, name="leietileie-read-beside", daemon=True).start()
        return BesideRead(self, work, future)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """An IMMEDIATE write transaction (a savepoint when nested)."""
        with self.session.transaction():
            yield self.session

    @property
    def in_transaction(self) -> bool:
        return self.session.in_transaction

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Register:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # Repositories -----------------------------------------------------------------------

    @property
    def units(self) -> UnitRepository:
        return UnitRepository(self.session)

    @property
    def households(self) -> HouseholdRepository:
        return HouseholdRepository(self.session)

    @property
    def cases(self) -> CaseRepository:
        return CaseRepository(self.session)

    @property
    def assessments(self) -> AssessmentRepository:
        return AssessmentRepository(self.session)

    @property
    def documents(self) -> DocumentRepository:
        return DocumentRepository(self.session)

    @property
    def screening(self) -> ScreeningRepository:
        return ScreeningRepository(self.session)

    @property
    def rent(self) -> RentPaymentRepository:
        return RentPaymentRepository(self.session)

    @property
    def settings(self) -> SettingsRepository:
        return SettingsRepository(self.session)

    @property
    def letter_details(self) -> LetterDetailsRepository:
        return LetterDetailsRepository(self.session)

    @property
    def pathway(self) -> PathwayRepository:
        return PathwayRepository(self.session)

    @property
    def arrears(self) -> ArrearsRepository:
        return ArrearsRepository(self.session)

    @property
    def audit(self) -> AuditLog:
        return AuditLog(self.session)


class _NoSecondConnection(Exception):
    """``read_beside`` could not open its connection (the work then runs on the register)."""


class BesideRead(Generic[T]):
    """A read started by ``Register.read_beside``."""

    def __init__(self, register: Register, work: Callable[[Register], T], future: Future[T]):
        self._register = register
        self._work = work
        self._future = future

    def result(self) -> T:
        """What the work returned (waiting for it); what it raised is raised here."""
        try:
            return self._future.result()
        except _NoSecondConnection:
            return self._work(self._register)


def open_register(path: Path | str, actor: str | None = None) -> Register:
    return Register.open(path, actor)
