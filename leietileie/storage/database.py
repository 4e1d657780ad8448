"""The SQLite database: opening, pragmas, migrations, transactions.

One ``Database`` per connection. Writers take ``BEGIN IMMEDIATE`` so only one writes at a
time (others wait up to the busy timeout); readers see a consistent snapshot thanks to WAL.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from sqlite_utils import Database as SUDatabase

from .schema import MIGRATION_SET, latest_version, migrations

if TYPE_CHECKING:
    from .assessments import AssessmentRepository, DocumentRepository, ScreeningRepository
    from .audit import AuditLog
    from .cases import CaseRepository
    from .households import HouseholdRepository
    from .rent import RentPaymentRepository
    from .settings import SettingsRepository
    from .units import UnitRepository

BUSY_TIMEOUT_MS = 10_000
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
    """Create an empty file readable and writable by the owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


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

    @classmethod
    def open(cls, path: Path | str, actor: str | None = None, migrate: bool = True) -> Database:
        """Open (creating with owner-only permissions) and upgrade to the latest schema."""
        file = Path(path)
        create_private_file(file)
        conn = connect(file)
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            conn.close()
            raise OSError(f"kunne ikke slå på WAL-modus for {file}")
        database = cls(conn, file, actor or _default_actor())
        if migrate:
            database.migrate()
        return database

    def migrate(self, stop_before: str | None = None) -> None:
        migrations.apply(self.db, stop_before=stop_before)

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
        self.conn.execute("BEGIN IMMEDIATE")
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
