"""The SQLite database: opening, pragmas, migrations, transactions.

One ``Database`` per connection. Writers take ``BEGIN IMMEDIATE`` so only one writes at a
time (others wait up to the busy timeout, then get :class:`~.errors.DatabaseBusy`); readers see
a consistent snapshot thanks to WAL. Migrations run together in one ``BEGIN EXCLUSIVE``
transaction, so several processes opening a new file at once upgrade it exactly once; a
database whose schema is newer than the app is refused (:class:`~.errors.SchemaTooNew`).
Failures of the environment (locked, unreadable, damaged, read-only) become
:class:`~.errors.DatabaseUnavailable` with a Norwegian message.
"""

from __future__ import annotations

import contextlib
import getpass
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database as SUDatabase

from .. import safe_files
from .errors import BUSY_TIMEOUT_S, DatabaseBusy, SchemaTooNew, busy_message, is_busy, unavailable
from .schema import MIGRATION_SET, latest_version, migration_names, migrations

if TYPE_CHECKING:
    from .assessments import AssessmentRepository, DocumentRepository, ScreeningRepository
    from .audit import AuditLog
    from .cases import CaseRepository
    from .households import HouseholdRepository
    from .rent import RentPaymentRepository
    from .settings import SettingsRepository
    from .units import UnitRepository

BUSY_TIMEOUT_MS = BUSY_TIMEOUT_S * 1000
#: Called with the database path when a writer has to wait for another's lock (the command
#: line prints a line on stderr); None waits silently.
WAIT_NOTICE: Callable[[Path], None] | None = None
#: How long a writer waits before WAIT_NOTICE is called.
NOTICE_AFTER_MS = 1000
#: Page cache per connection: large imports update several indexes in random order.
CACHE_KIB = 64 * 1024


def nb_sort_key(text: str | None) -> str:
    """Case-insensitive key that sorts æ, ø, å after z in Norwegian order."""
    if text is None:
        return ""
    return text.casefold().replace("å", "\u00f9").replace("aa", "\u00f9")


def casefold(text: str | None) -> str:
    return "" if text is None else text.casefold()


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by the owner only (0600); an existing
    file (perhaps created by another process a moment ago) is left as it is."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return
    with contextlib.suppress(FileExistsError):
        safe_files.create_private_file(path)


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
    conn.create_function("nb_sort_key", 1, nb_sort_key, deterministic=True)
    conn.create_function("casefold", 1, casefold, deterministic=True)
    return conn


class Database:
    """The register's database file."""

    def __init__(self, conn: sqlite3.Connection, path: Path, actor: str):
        self.conn = conn
        self.path = path
        self.actor = actor
        self.db = SUDatabase(conn, execute_plugins=False)
        #: how long a writer on this connection waits for another's lock (milliseconds)
        self.busy_timeout_ms = BUSY_TIMEOUT_MS

    def set_busy_timeout(self, seconds: float) -> None:
        """Wait at most this long for another writer's lock (the app's GUI connection waits
        briefly and says so, instead of freezing the window for the default 10 s)."""
        self.busy_timeout_ms = max(1, int(seconds * 1000))
        self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")

    @classmethod
    def open(cls, path: Path | str, actor: str | None = None, migrate: bool = True) -> Database:
        """Open (creating with owner-only permissions) and upgrade to the latest schema."""
        file = Path(path)
        create_private_file(file)
        try:
            conn = connect(file)
        except sqlite3.Error as exc:
            raise unavailable(exc, file) from exc
        try:
            mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
            if str(mode).lower() != "wal":
                raise OSError(f"kunne ikke slå på WAL-modus for {file}")
            database = cls(conn, file, actor or _default_actor())
            if migrate:
                database.migrate()
        except sqlite3.Error as exc:
            conn.close()
            raise unavailable(exc, file) from exc
        except BaseException:
            conn.close()
            raise
        return database

    def migrate(self, stop_before: str | None = None) -> None:
        """Apply the pending migrations, all in one exclusive transaction.

        Another process doing the same waits for the lock and then finds nothing to do.
        A database with migrations this app does not know is refused.
        """
        self._refuse_newer_schema()
        if stop_before is None and not migrations.pending(self.db):
            return
        self._begin("EXCLUSIVE")
        try:
            self._refuse_newer_schema()
            migrations.apply(self.db, stop_before=stop_before)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _refuse_newer_schema(self) -> None:
        known = set(migration_names())
        applied = [m.name for m in migrations.applied(self.db)]
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise SchemaTooNew(
                f"Databasen {self.path} har skjemaversjon {len(applied)}, men denne versjonen"
                f" av leietileie kjenner bare versjon {len(known)} (ukjent: {', '.join(unknown)})."
                " Oppdater leietileie før du åpner denne databasen; ingenting er endret."
            )

    def _begin(self, kind: str) -> None:
        """BEGIN IMMEDIATE / EXCLUSIVE, waiting up to the busy timeout for another writer
        (telling WAIT_NOTICE after a moment); DatabaseBusy when the lock stays taken."""
        notice = WAIT_NOTICE
        if notice is None:
            try:
                self.conn.execute(f"BEGIN {kind}")
            except sqlite3.OperationalError as exc:
                if is_busy(exc):
                    raise DatabaseBusy(self._busy_message()) from exc
                raise
            return
        started = time.monotonic()
        self.conn.execute(f"PRAGMA busy_timeout = {min(NOTICE_AFTER_MS, self.busy_timeout_ms)}")
        try:
            try:
                self.conn.execute(f"BEGIN {kind}")
                return
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
            notice(self.path)
            left = max(1, self.busy_timeout_ms - int((time.monotonic() - started) * 1000))
            self.conn.execute(f"PRAGMA busy_timeout = {left}")
            try:
                self.conn.execute(f"BEGIN {kind}")
            except sqlite3.OperationalError as exc:
                if is_busy(exc):
                    raise DatabaseBusy(self._busy_message()) from exc
                raise
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {self.busy_timeout_ms}")

    def _busy_message(self) -> str:
        return busy_message(self.path, self.busy_timeout_ms / 1000)

    @property
    def schema_version(self) -> int:
        return len(migrations.applied(self.db))

    @property
    def is_latest(self) -> bool:
        return self.schema_version == latest_version()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An IMMEDIATE write transaction (a savepoint when nested)."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT nested")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute("ROLLBACK TO SAVEPOINT nested")
                self.conn.execute("RELEASE SAVEPOINT nested")
                raise
            self.conn.execute("RELEASE SAVEPOINT nested")
            return
        self._begin("IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        cursor = self.conn.execute(sql, params)
        cursor.row_factory = sqlite3.Row
        return list(cursor.fetchall())

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Database:
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
        from .units import UnitRepository

        return UnitRepository(self)

    @property
    def households(self) -> HouseholdRepository:
        from .households import HouseholdRepository

        return HouseholdRepository(self)

    @property
    def cases(self) -> CaseRepository:
        from .cases import CaseRepository

        return CaseRepository(self)

    @property
    def assessments(self) -> AssessmentRepository:
        from .assessments import AssessmentRepository

        return AssessmentRepository(self)

    @property
    def documents(self) -> DocumentRepository:
        from .assessments import DocumentRepository

        return DocumentRepository(self)

    @property
    def screening(self) -> ScreeningRepository:
        from .assessments import ScreeningRepository

        return ScreeningRepository(self)

    @property
    def rent(self) -> RentPaymentRepository:
        from .rent import RentPaymentRepository

        return RentPaymentRepository(self)

    @property
    def settings(self) -> SettingsRepository:
        from .settings import SettingsRepository

        return SettingsRepository(self)

    @property
    def audit(self) -> AuditLog:
        from .audit import AuditLog

        return AuditLog(self)


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"


def schema_version_of(conn: sqlite3.Connection) -> int:
    """The schema version of any connection (0 when not a leietileie database)."""
    try:
        row = conn.execute(
            "SELECT count(*) FROM _sqlite_migrations WHERE migration_set = ?", (MIGRATION_SET,)
        ).fetchone()
    except sqlite3.DatabaseError:
        return 0
    return int(row[0])
