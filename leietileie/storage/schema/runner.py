"""The migration runner: named steps applied in order, all pending ones in one transaction.

It keeps the table sqlite-utils kept (``_sqlite_migrations``: set, name, applied_at), so every
database written so far (and the frozen ones in ``tests/data/schema/``) upgrades as before;
the app no longer imports sqlite-utils (nor python-dateutil through it) to open a register.
A database holding a step this app does not know was made by a newer release: refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..dialect.choose import engine_of
from ..errors import SchemaTooNew
from ..session import Connection


class MigrationDb:
    """What a migration step gets: ``execute`` and the raw ``conn`` (the two things the steps
    used of sqlite-utils' ``Database``)."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self._engine = engine_of(conn)
        #: ``sqlite`` or ``postgresql``: a step whose SQL differs asks.
        self.engine_name: str = self._engine.DIALECT.name

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; DDL written for SQLite is PostgreSQL's on the office database
        (a SQLite trigger is skipped there: it has its own, made by step 0001)."""
        statement = self._engine.migration_sql(sql)
        if statement is None:
            return None
        return self.conn.execute(statement, params)


MigrationFn = Callable[[MigrationDb], None]


@dataclass(frozen=True)
class Migration:
    name: str
    fn: MigrationFn


class Migrations:
    """An ordered set of named migration steps (``@migrations(name="0001_…")``)."""

    def __init__(self, name: str):
        self.name = name
        self._steps: list[Migration] = []

    def __call__(self, *, name: str) -> Callable[[MigrationFn], MigrationFn]:
        def register(fn: MigrationFn) -> MigrationFn:
            if any(step.name == name for step in self._steps):
                raise ValueError(f"migration {name} is registered twice")
            self._steps.append(Migration(name, fn))
            return fn

        return register

    @property
    def steps(self) -> tuple[Migration, ...]:
        return tuple(self._steps)

    def names(self) -> list[str]:
        return [step.name for step in self._steps]

    def applied(self, conn: Connection) -> list[str]:
        return list(engine_of(conn).applied_migrations(conn, self.name))

    def pending(self, conn: Connection) -> list[Migration]:
        done = set(self.applied(conn))
        return [step for step in self._steps if step.name not in done]

    def refuse_newer(self, conn: Connection, path: Path | str | None) -> None:
        """:class:`SchemaTooNew` when the database holds steps this app does not know."""
        known = set(self.names())
        applied = self.applied(conn)
        unknown = [name for name in applied if name not in known]
        if unknown:
            raise SchemaTooNew(
                f"Databasen {path} har skjemaversjon {len(applied)}, men denne versjonen"
                f" av leietileie kjenner bare versjon {len(known)} (ukjent: {', '.join(unknown)})."
                " Oppdater leietileie før du åpner denne databasen; ingenting er endret."
            )

    def apply(self, conn: Connection, stop_before: str | None = None) -> list[str]:
        """Apply the pending steps (up to ``stop_before``) inside the caller's transaction;
        the names applied."""
        engine_sql = engine_of(conn)
        engine_sql.ensure_migrations_table(conn)
        done: list[str] = []
        for step in self.pending(conn):
            if step.name == stop_before:
                break
            step.fn(MigrationDb(conn))
            engine_sql.record_migration(conn, self.name, step.name, str(datetime.now(UTC)))
            done.append(step.name)
        return done
