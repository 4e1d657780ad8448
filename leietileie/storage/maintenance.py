"""Backup, restore and check of the database file, and of the office database.

Backups use SQLite's online backup API: consistent even while the app writes. Every file is
written through ``safe_files.atomic_target`` (owner-only, beside the target, renamed on
success, never through a symlink). ``check`` also verifies the audit log's hash chain and
its append-only triggers; ``restore`` refuses a backup that fails any check, and works
exactly when the current database is damaged: the broken file is moved aside first.

On the office database (``postgresql://…``): ``backup`` runs PostgreSQL's own ``pg_dump``
(custom format, for ``pg_restore``), ``check`` reads the schema version, the audit log's
hash chain, its append-only triggers and the server's version, and ``restore`` is refused:
restoring the office database is the database administrator's work (``pg_restore``).
"""

from __future__ import annotations

import glob
import os
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from .. import safe_files
from ..errors import InputError
from . import audit_anchor
from .dialect import sqlite as engine_sql
from .dialect.choose import is_url
from .errors import Unavailable, describe, unavailable
from .register import Register
from .repositories.audit import chain_problems, trigger_problems
from .schema.migrations import (
    AUDIT_CHAIN_MIGRATION,
    AUDIT_TRIGGERS_BEFORE_CHAIN,
    MIGRATION_SET,
    latest_version,
)

BACKUP_PREFIX = "leietileie-"
#: What sits beside a SQLite database in WAL mode.
SIDE_FILES = ("-wal", "-shm", "-journal")


#: The office database's append-only triggers on the audit log (dialect/postgresql.py's
#: APPEND_ONLY_AUDIT, made by migration 0001 there).
OFFICE_AUDIT_TRIGGERS = ("audit_log_no_change", "audit_log_no_truncate")
#: other triggers of ours on the office audit log (office.py: the actor is the user)
OFFICE_OTHER_AUDIT_TRIGGERS = ("audit_log_actor_is_user",)


#: a check that could not run (the file is not a database, or has no leietileie tables)
NOT_RUN = "ikke kontrollert (kunne ikke kjøres)"


@dataclass
class CheckReport:
    #: The file's path, or the office database's URL as shown (without a password).
    path: Path | str
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    latest_version: int = 0
    audit_problems: list[str] = field(default_factory=list)
    #: The office database's server (``PostgreSQL 16.4``); empty for a file.
    server: str = ""
    #: Whether the foreign-key and audit-log checks ran (a file that is not a database
    #: stops at the integrity check: the others are reported as not run, never as ok).
    foreign_keys_checked: bool = False
    audit_checked: bool = False

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and not self.foreign_key_problems
            and not self.audit_problems
            and 0 < self.schema_version <= self.latest_version
        )

    def lines_nb(self) -> list[str]:
        lines = [f"Database: {self.path}"]
        if self.server:
            return lines + self._office_lines_nb()
        lines.append("Integritet: ok" if self.integrity == ["ok"] else "Integritet: FEIL")
        lines += [f"  {line}" for line in self.integrity if line != "ok"]
        if self.foreign_keys_checked:
            lines.append(f"Fremmednøkler: {len(self.foreign_key_problems) or 'ok'}")
            lines += [f"  {line}" for line in self.foreign_key_problems[:20]]
        else:
            lines.append(f"Fremmednøkler: {NOT_RUN}")
        lines += self._audit_lines_nb()
        lines.append(f"Skjemaversjon: {self.schema_version} (nyeste {self.latest_version})")
        lines.append("Resultat: OK" if self.ok else "Resultat: FEIL")
        return lines

    def _audit_lines_nb(self) -> list[str]:
        if not self.audit_checked:
            return [f"Revisjonslogg: {NOT_RUN}"]
        lines = ["Revisjonslogg: ok" if not self.audit_problems else "Revisjonslogg: FEIL"]
        return lines + [f"  {line}" for line in self.audit_problems[:20]]

    def _office_lines_nb(self) -> list[str]:
        lines = [f"Tjener: {self.server}"]
        lines.append("Tilkobling: ok" if self.integrity == ["ok"] else "Tilkobling: FEIL")
        lines += [f"  {line}" for line in self.integrity if line != "ok"]
        lines.append("Fremmednøkler: håndheves av PostgreSQL")
        lines += self._audit_lines_nb()
        lines.append(f"Skjemaversjon: {self.schema_version} (nyeste {self.latest_version})")
        if self.schema_version == 0:
            lines.append("  databasen har ikke leietileies tabeller (ikke tatt i bruk ennå)")
        lines.append("Resultat: OK" if self.ok else "Resultat: FEIL")
        return lines


def _copy(source: engine_sql.Connection, target: Path) -> None:
    """Copy a live database into ``target`` (owner-only) through a temporary file beside it."""
    with safe_files.atomic_target(target) as temporary:
        engine_sql.copy_into(source, temporary)


def backup(db_path: Path | str, target: Path) -> Path:
    """A consistent copy of the database at ``db_path`` written to ``target`` (the office
    database: :func:`backup_office`)."""
    if is_url(db_path):
        return backup_office(str(db_path), Path(target))
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise InputError(f"databasen {db_path} finnes ikke")
    if target.resolve() == db_path.resolve():
        raise InputError("sikkerhetskopien kan ikke skrives over selve databasen")
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = engine_sql.connect(db_path)
        try:
            _copy(source, target)
            _anchor(source, db_path)
        finally:
            source.close()
        copy = engine_sql.connect_readonly(target)
        try:
            _anchor(copy, target)
        finally:
            copy.close()
    except (
        engine_sql.DriverError
    ) as exc:  # damaged, unreadable: an OSError the app and CLI can show
        raise unavailable(exc, db_path) from exc
    return target


def _anchor(conn: engine_sql.Connection, database: Path) -> None:
    """Record the audit log's head for ``database`` (audit_anchor); skipped for a log
    without the hash chain."""
    try:
        head = audit_anchor.head_of(conn)
    except engine_sql.DriverError:
        return
    audit_anchor.record(database, head)


def check(db_path: Path | str) -> CheckReport:
    """PRAGMA integrity_check, foreign_key_check, the schema version, and the audit log
    (hash chain and append-only triggers); the office database: :func:`check_office`."""
    if is_url(db_path):
        return check_office(str(db_path))
    db_path = Path(db_path)
    report = CheckReport(db_path, latest_version=latest_version())
    if not db_path.exists():
        report.integrity = [f"filen {db_path} finnes ikke"]
        return report
    try:
        conn = engine_sql.connect_readonly(db_path)
    except engine_sql.DriverError as exc:
        report.integrity = [describe(exc, db_path)]
        return report
    try:
        report.integrity = engine_sql.integrity(conn)
        report.foreign_key_problems = engine_sql.foreign_key_problems(conn)
        report.foreign_keys_checked = True
        applied = engine_sql.applied_migrations(conn, MIGRATION_SET)
        report.schema_version = len(applied)
        if applied:
            chained = AUDIT_CHAIN_MIGRATION in applied
            report.audit_problems = trigger_problems(
                conn, None if chained else AUDIT_TRIGGERS_BEFORE_CHAIN
            )
            if chained:
                report.audit_problems += chain_problems(conn)
                report.audit_problems += audit_anchor.problems(conn, db_path)
            report.audit_checked = True
        if report.ok:
            _anchor(conn, db_path)
    except engine_sql.DriverError as exc:
        report.integrity = [describe(exc, db_path)]
    finally:
        conn.close()
    return report


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def _move_aside(db_path: Path, keep_dir: Path) -> Path:
    """Move a damaged database (and its WAL files) to ``keep_dir``; returns the new path."""
    keep_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    aside = keep_dir / f"skadet-{_stamp()}-{db_path.name}"
    os.replace(db_path, aside)
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    safe_files.fsync_path(db_path.parent)
    return aside


@dataclass(frozen=True)
class RestoreResult:
    #: Where the previous database now is (a copy when it was sound, the file itself when
    #: it was damaged), or None when there was none.
    kept: Path | None
    #: True when the previous database was damaged and moved aside.
    damaged: bool = False


def restore_file(source: Path, db_path: Path, keep_dir: Path) -> RestoreResult:
    """Replace the database with ``source`` after validating it.

    A sound current database is first copied to ``keep_dir``; a damaged one (not a database,
    failing the integrity check, unreadable) is moved there as it is. The restored file is
    upgraded to the latest schema.
    """
    source, db_path, keep_dir = Path(source), Path(db_path), Path(keep_dir)
    if not source.exists():
        raise InputError(f"filen {source} finnes ikke")
    if source.resolve() == db_path.resolve():
        raise InputError("sikkerhetskopien er selve databasen; velg en annen fil")
    report = check(source)
    if report.schema_version == 0:
        raise InputError(f"{source.name} er ikke en leietileie-database")
    if not report.ok:
        raise InputError([f"{source.name} kan ikke gjenopprettes:"] + report.lines_nb())
    current = check(db_path) if db_path.exists() else None
    damaged = current is not None and current.integrity != ["ok"]
    kept: Path | None = None
    src = engine_sql.connect_readonly(source)
    try:
        if current is None or damaged:
            # A new file beside the old one; the damaged file is moved aside only when the
            # copy is complete, so a kill at any moment leaves one of the two in place.
            db_path.parent.mkdir(parents=True, exist_ok=True)
            with safe_files.atomic_target(db_path) as temporary:
                engine_sql.copy_into(src, temporary)
                if damaged:
                    kept = _move_aside(db_path, keep_dir)
        else:
            # A sound database: keep a copy, then copy into it with the backup API (one
            # transaction, safe with other open connections).
            kept = backup(db_path, keep_dir / f"for-gjenoppretting-{_stamp()}.db")
            engine_sql.copy_over(src, db_path)
            # copied into the old file, which keeps its mode: the restored data is ours
            for part in (db_path, *(db_path.with_name(db_path.name + s) for s in SIDE_FILES)):
                if part.exists():
                    os.chmod(part, safe_files.PRIVATE_MODE)
    finally:
        src.close()
    with Register.open(db_path) as database:
        with database.transaction():
            database.audit.record("restored", "database", None, {"from": source.name})
        # the restored log is the register's log from now on (an older backup has fewer
        # entries than the head recorded before: that is not tampering)
        audit_anchor.record(db_path, audit_anchor.head_of(database.conn))
    return RestoreResult(kept, damaged)


def restore(source: Path, db_path: Path, keep_dir: Path) -> Path | None:
    """:func:`restore_file`, returning only where the previous database was kept."""
    return restore_file(source, db_path, keep_dir).kept


def auto_backup(db_path: Path, directory: Path, keep: int = 7) -> Path | None:
    """A timestamped backup in ``directory``, keeping the newest ``keep``; None if no db."""
    db_path = Path(db_path)
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backup(db_path, Path(directory) / f"{BACKUP_PREFIX}{stamp}.db")
    existing = sorted(Path(directory).glob(f"{BACKUP_PREFIX}*.db"))
    for old in existing[: max(0, len(existing) - keep)]:
        old.unlink()
    return target


# The office database ------------------------------------------------------------------------

#: What to install when ``pg_dump`` is missing (Debian/Ubuntu's package name).
PG_CLIENT_PACKAGE = "postgresql-client"


def find_pg_dump() -> str | None:
    """``pg_dump`` on PATH, else the newest under ``/usr/lib/postgresql/*/bin`` (Debian's
    layout, where several versions sit side by side); None when not installed."""
    found = shutil.which("pg_dump")
    if found:
        return found

    def version(path: str) -> tuple[int, ...]:
        match = re.search(r"/postgresql/([0-9.]+)/", path)
        return tuple(int(p) for p in match.group(1).split(".") if p) if match else ()

    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_dump"), key=version)
    return candidates[-1] if candidates else None


def backup_office(url: str, target: Path) -> Path:
    """The office database dumped with ``pg_dump --format=custom`` to ``target`` (for
    ``pg_restore``), written owner-only beside the target and renamed when complete.

    The password is never put on a command line: a URL holding one is refused (libpq reads
    ``~/.pgpass`` or the service file instead). :class:`InputError` for such a URL or a bad
    target, :class:`Unavailable` when ``pg_dump`` is missing or fails.
    """
    from .dialect import postgresql

    url = postgresql.check_url(url)
    shown = postgresql.display_url(url)
    if _has_password(url):
        raise InputError(
            f"Adressen {shown} har passordet i seg; sikkerhetskopien tas ikke med passordet på"
            " kommandolinjen (andre brukere på maskinen kan se den). Legg passordet i"
            " ~/.pgpass (tilgang bare for deg: chmod 600) og bruk adressen uten passord."
        )
    target = Path(target)
    safe_files.check_target(target)
    program = find_pg_dump()
    if program is None:
        raise Unavailable(
            "Sikkerhetskopi av kontorets database tas med PostgreSQLs pg_dump, som ikke er"
            f" installert her. Installer {PG_CLIENT_PACKAGE} (for eksempel «apt install"
            f" {PG_CLIENT_PACKAGE}»), eller be databaseadministratoren ta kopien."
        )
    with safe_files.atomic_target(target) as temporary:
        done = subprocess.run(
            [program, "--format=custom", f"--file={temporary}", f"--dbname={url}"],
            capture_output=True,
            text=True,
            env={**os.environ, "PGCONNECT_TIMEOUT": str(postgresql.CONNECT_TIMEOUT_S)},
            stdin=subprocess.DEVNULL,
            check=False,
        )
        if done.returncode != 0:
            reason = next(
                (line for line in done.stderr.splitlines() if line.strip()),
                f"avslutningskode {done.returncode}",
            )
            raise Unavailable(
                f"pg_dump kunne ikke ta sikkerhetskopi av kontorets database {shown}: {reason}."
                " Ingen kopi er skrevet."
            )
    return target


def _has_password(url: str) -> bool:
    """Whether a URL carries a password (``user:secret@`` or ``?password=``)."""
    parts = urlsplit(url)
    return parts.password is not None or "password" in parse_qs(parts.query)


def check_office(url: str) -> CheckReport:
    """The office database's schema version, audit log (hash chain and the append-only
    triggers) and server version, read in one snapshot without changing anything.

    Foreign keys are enforced by PostgreSQL itself (no check needed); the storage's own
    integrity (pages, indexes) is the server's and its administrator's (``amcheck``).
    A server that cannot be reached raises :class:`Unavailable`.
    """
    from .dialect import postgresql

    url = postgresql.check_url(url)
    report = CheckReport(postgresql.display_url(url), latest_version=latest_version())
    conn = postgresql.connect(url)
    try:
        postgresql.begin_read(conn)
        facts = postgresql.server_facts(conn)
        report.server = " ".join(facts.version.split()[:2])
        report.integrity = ["ok"]
        applied = postgresql.applied_migrations(conn, MIGRATION_SET)
        report.schema_version = len(applied)
        if applied:
            report.audit_problems = office_trigger_problems(conn)
            if AUDIT_CHAIN_MIGRATION in applied:
                report.audit_problems += chain_problems(conn)
                report.audit_problems += audit_anchor.problems(conn, report.path)
                if not report.audit_problems:
                    audit_anchor.record(report.path, audit_anchor.head_of(conn))
            report.audit_checked = True
    except postgresql.DriverError as exc:
        raise postgresql.storage_error(exc, url) from exc
    finally:
        conn.close()
    return report


def office_trigger_problems(conn: Any) -> list[str]:
    """The office database's append-only triggers on the audit log that are missing,
    disabled, or no longer refuse (Norwegian lines)."""
    found = {
        str(name): (str(enabled), str(source or ""))
        for name, enabled, source in conn.execute(
            "SELECT t.tgname, t.tgenabled, p.prosrc FROM pg_trigger t"
            " JOIN pg_proc p ON p.oid = t.tgfoid"
            " WHERE t.tgrelid = to_regclass('audit_log') AND NOT t.tgisinternal"
        )
    }
    problems = [
        f"ukjent utløser {name} på loggen (kan stanse eller endre logglinjer)"
        for name in sorted(found)
        if name not in OFFICE_AUDIT_TRIGGERS and name not in OFFICE_OTHER_AUDIT_TRIGGERS
    ]
    for name in OFFICE_AUDIT_TRIGGERS:
        if name not in found:
            problems.append(f"utløseren {name} mangler (loggen kan endres)")
            continue
        enabled, source = found[name]
        if enabled == "D":
            problems.append(f"utløseren {name} er slått av (loggen kan endres)")
        elif "RAISE EXCEPTION" not in source.upper():
            problems.append(f"utløseren {name} er endret (loggen kan endres)")
    return problems


def refuse_office_restore(url: str) -> None:
    """``restore`` onto the office database: always an :class:`InputError` saying how the
    database administrator restores it."""
    from .dialect import postgresql

    shown = postgresql.display_url(url)
    raise InputError(
        [
            f"leietileie gjenoppretter ikke kontorets database ({shown}): det gjør"
            " databaseadministratoren med PostgreSQLs pg_restore, for eksempel",
            f"  pg_restore --clean --if-exists --single-transaction --dbname={shown} FIL",
            "med en kopi fra «leietileie --db postgresql://… backup FIL». Ingenting er endret.",
        ]
    )
