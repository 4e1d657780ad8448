"""Moving a register from its SQLite file to the office database (issue 13).

:func:`copy_register` copies every table of the schema, with its ids, from a register file
into an empty office database, in ONE transaction on the target: either everything is there
and verified, or nothing is (a failure, a mismatch or Ctrl-C rolls it all back). The source
is read in one snapshot and streamed in batches (a register can hold millions of rent rows).
Before committing, the row counts of every table are compared on both sides and the audit
log's hash chain is verified on the target (it is copied as it is: same ids, actors and
hashes, so the chain that held in the file holds in the office database); then one entry
``imported`` / ``register`` is appended, continuing the chain.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.money import group_thousands
from ..errors import InputError
from .dialect import sqlite as engine_sql
from .dialect.choose import engine_of
from .errors import StorageBug, Unavailable
from .register import Register
from .repositories.audit import chain_problems
from .schema.migrations import MIGRATION_SET
from .session import Session

#: Every table of the schema in foreign-key order (a table after those it points to), with
#: its Norwegian name for what the command line prints.
TABLES: tuple[tuple[str, str], ...] = (
    ("units", "boliger"),
    ("households", "husstander"),
    ("members", "personer"),
    ("incomes", "inntekter"),
    ("debts", "gjeld"),
    ("rent_payments", "husleiebetalinger"),
    ("cases", "saker"),
    ("case_events", "sakshendelser"),
    ("deadlines", "frister"),
    ("assessments", "beregninger"),
    ("screening_runs", "kartlegginger"),
    ("screening_results", "kartleggingsresultater"),
    ("documents", "dokumenter"),
    ("letter_details", "brevopplysninger"),
    ("rto_agreements", "leie-til-eie-avtaler"),
    ("savings_entries", "sparesaldoer"),
    ("arrears_cases", "restansesaker"),
    ("arrears_actions", "restansetiltak"),
    ("payment_agreements", "nedbetalingsavtaler"),
    ("settings", "innstillinger"),
    ("rule_adjustments", "regeljusteringer"),
    ("audit_log", "revisjonslogg"),
)
#: Tables that are not copied: the migrations' bookkeeping (the target has its own, made when
#: it was opened; the schema versions are compared instead).
NOT_COPIED = frozenset({"_sqlite_migrations"})
#: Rows read from the file (and sent by INSERT to a target without COPY) at a time.
BATCH_ROWS = 5_000

NOTHING_CHANGED = "Ingenting er endret i kontorets database (ingen rader er kopiert)."

#: Called once per table when it has been copied: (table, Norwegian name, rows copied).
Progress = Callable[[str, str, int], None]


class TransferFailed(Unavailable):
    """The copy failed or did not verify; the target's transaction was rolled back."""


@dataclass(frozen=True)
class TableCount:
    table: str
    label: str
    source: int
    target: int

    @property
    def equal(self) -> bool:
        return self.source == self.target


@dataclass
class TransferReport:
    counts: list[TableCount] = field(default_factory=list)
    #: The id of the ``imported`` entry appended to the target's audit log.
    audit_entry: int = 0
    seconds: float = 0.0

    def lines_nb(self) -> list[str]:
        """``husstander 100 000 = 100 000``: each table's rows in the file and in the office
        database, as verified before the copy was committed."""
        width = max((len(c.label) for c in self.counts), default=0)
        numbers = [(group_thousands(c.source), group_thousands(c.target)) for c in self.counts]
        left = max((len(s) for s, _ in numbers), default=0)
        return [
            f"{c.label:<{width}}  {s:>{left}} = {t}"
            for c, (s, t) in zip(self.counts, numbers, strict=True)
        ]


def copy_register(
    source: Register, target: Register, progress: Progress | None = None
) -> TransferReport:
    """Copy the register file ``source`` into the empty office database ``target`` (both
    opened, so both at the latest schema): all or nothing, verified; see the module's text.

    :class:`InputError` (nothing done) when the engines are not file → office database, the
    schema versions differ, the target already holds data, the file has tables this release
    does not know, or the file's audit log is broken; :class:`TransferFailed` when a row is
    refused or the copy does not verify (rolled back).
    """
    started = time.monotonic()
    _refuse_engines(source, target)
    if source.schema_version != target.schema_version:
        raise InputError(
            f"Skjemaversjonene er ulike: filen har {source.schema_version}, kontorets database"
            f" har {target.schema_version}."
        )
    unknown = sorted(set(engine_sql.table_names(source.conn)) - {t for t, _ in TABLES} - NOT_COPIED)
    if unknown:
        raise InputError(
            f"Filen har tabeller denne versjonen av leietileie ikke kjenner: {', '.join(unknown)}."
        )
    report = TransferReport()
    with source.read() as reader:
        broken = chain_problems(reader.conn)
        if broken:
            raise InputError(
                [
                    "Revisjonsloggen i filen er ikke hel, og flyttes ikke slik; kjør"
                    " «leietileie check» på filen:",
                    *broken[:5],
                ]
            )
        with target.write() as session:
            occupied = [label for table, label in TABLES if _has_rows(session, table)]
            if occupied:
                raise InputError(
                    "Kontorets database har allerede data (" + ", ".join(occupied) + "):"
                    " leietileie fletter ikke registre. Flytt til en tom database."
                )
            copied: dict[str, int] = {}
            for table, label in TABLES:
                copied[table] = _copy_table(source, session, table, label)
                if progress is not None:
                    progress(table, label, copied[table])
            if target.engine_name == "postgresql":
                _reset_identities(session)
            report.counts = [
                TableCount(table, label, _count(reader, table), _count(session, table))
                for table, label in TABLES
            ]
            differing = [c for c in report.counts if not c.equal or c.source != copied[c.table]]
            if differing:
                raise TransferFailed(
                    "Kopien stemmer ikke: "
                    + "; ".join(
                        f"{c.label} {c.source} i filen, {c.target} i kontorets database"
                        for c in differing
                    )
                    + f". {NOTHING_CHANGED}"
                )
            broken = chain_problems(session.conn)
            if broken:
                raise TransferFailed(
                    "Revisjonsloggen henger ikke sammen etter kopieringen ("
                    + "; ".join(broken[:3])
                    + f"). {NOTHING_CHANGED}"
                )
            report.audit_entry = target.audit.record(
                "imported",
                "register",
                None,
                {"from": "sqlite", "tables": {c.table: c.target for c in report.counts}},
            )
    report.seconds = time.monotonic() - started
    return report


def file_schema_version(path: Path) -> int:
    """The schema version of a register file, read without changing it (0: not a
    leietileie database, or not a database at all)."""
    try:
        conn = engine_sql.connect_readonly(path)
    except engine_sql.DriverError:
        return 0
    try:
        return engine_sql.schema_version_of(conn, MIGRATION_SET)
    finally:
        conn.close()


def _refuse_engines(source: Register, target: Register) -> None:
    if source.engine_name != "sqlite":
        raise InputError(
            f"Det som flyttes må være en registerfil (SQLite), ikke {source.display_location()}:"
            " migrate-to kopierer fra en fil til kontorets database."
        )
    if target.engine_name != "postgresql":
        raise InputError(
            f"Målet må være kontorets database (postgresql://…), ikke {target.display_location()}."
        )


def _has_rows(session: Session, table: str) -> bool:
    return session.first(f"SELECT 1 FROM {table} LIMIT 1") is not None


def _count(reader: Any, table: str) -> int:
    return int(reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def _streamed(cursor: Any) -> Iterator[Any]:
    while True:
        rows = cursor.fetchmany(BATCH_ROWS)
        if not rows:
            return
        yield from rows


def _copy_table(source: Register, session: Session, table: str, label: str) -> int:
    """Stream one table from the file into the target by column name; the rows copied.

    PostgreSQL loads them with COPY; another engine gets batches of INSERTs."""
    columns = engine_sql.table_columns(source.conn, table)
    names = ", ".join(columns)
    cursor = source.conn.execute(f"SELECT {names} FROM {table}")
    target = engine_of(session.conn)
    try:
        if session.dialect.name == "postgresql":
            return int(target.copy_rows(session.conn, table, columns, _streamed(cursor)))
        insert = f"INSERT INTO {table} ({names}) VALUES ({session.dialect.marks(len(columns))})"
        copied = 0
        while rows := cursor.fetchmany(BATCH_ROWS):
            session.executemany(insert, rows)
            copied += len(rows)
        return copied
    except Exception as exc:
        typed = target.translate_error(exc) if target.is_driver_error(exc) else exc
        if isinstance(typed, StorageBug):  # a row the target refuses (a type, a constraint)
            raise TransferFailed(
                f"Kontorets database godtok ikke en rad i {label} ({table}):"
                f" {_first_line(typed)}. {NOTHING_CHANGED}"
            ) from exc
        if typed is exc:
            raise
        raise typed from exc


def _reset_identities(session: Session) -> None:
    """The office database's id sequences continue after the copied ids (PostgreSQL only: a
    copied row's explicit id does not move its table's sequence)."""
    for table, _ in TABLES:
        if session.scalar(
            "SELECT pg_get_serial_sequence(?, 'id')"
            " FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'"
            " AND table_schema = current_schema()",
            (table, table),
        ):
            session.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" coalesce(max(id), 0) + 1, false) FROM {table}"
            )


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__
