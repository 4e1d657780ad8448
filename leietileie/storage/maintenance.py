"""Backup, restore and check of the database file.

Backups use SQLite's online backup API: consistent even while the app writes.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..errors import InputError
from .database import Database, connect, create_private_file, schema_version_of
from .schema import latest_version

BACKUP_PREFIX = "leietileie-"


@dataclass
class CheckReport:
    path: Path
    integrity: list[str] = field(default_factory=list)
    foreign_key_problems: list[str] = field(default_factory=list)
    schema_version: int = 0
    latest_version: int = 0

    @property
    def ok(self) -> bool:
        return (
            self.integrity == ["ok"]
            and not self.foreign_key_problems
            and 0 < self.schema_version <= self.latest_version
        )

    def lines_nb(self) -> list[str]:
        lines = [f"Database: {self.path}"]
        lines.append("Integritet: ok" if self.integrity == ["ok"] else "Integritet: FEIL")
        lines += [f"  {line}" for line in self.integrity if line != "ok"]
        lines.append(f"Fremmednøkler: {len(self.foreign_key_problems) or 'ok'}")
        lines += [f"  {line}" for line in self.foreign_key_problems[:20]]
        lines.append(f"Skjemaversjon: {self.schema_version} (nyeste {self.latest_version})")
        lines.append("Resultat: OK" if self.ok else "Resultat: FEIL")
        return lines


def _copy(source: sqlite3.Connection, target: Path) -> None:
    """Copy a live database into ``target`` (owner-only) through a temporary file."""
    temporary = target.with_name(target.name + ".tmp")
    temporary.unlink(missing_ok=True)
    create_private_file(temporary)
    destination = sqlite3.connect(str(temporary))
    try:
        source.backup(destination)
        destination.execute("PRAGMA journal_mode = DELETE")
    finally:
        destination.close()
    os.replace(temporary, target)


def backup(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database at ``db_path`` written to ``target``."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():
        raise InputError(f"databasen {db_path} finnes ikke")
    if target.resolve() == db_path.resolve():
        raise InputError("sikkerhetskopien kan ikke skrives over selve databasen")
    target.parent.mkdir(parents=True, exist_ok=True)
    source = connect(db_path)
    try:
        _copy(source, target)
    finally:
        source.close()
    return target


def check(db_path: Path) -> CheckReport:
    """PRAGMA integrity_check, foreign_key_check and the schema version."""
    db_path = Path(db_path)
    report = CheckReport(db_path, latest_version=latest_version())
    if not db_path.exists():
        report.integrity = [f"filen {db_path} finnes ikke"]
        return report
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        report.integrity = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        report.foreign_key_problems = [
            f"{r[0]} rad {r[1]} peker på {r[2]} som ikke finnes"
            for r in conn.execute("PRAGMA foreign_key_check")
        ]
        report.schema_version = schema_version_of(conn)
    except sqlite3.DatabaseError as exc:
        report.integrity = [f"ikke en lesbar SQLite-database ({exc})"]
    finally:
        conn.close()
    return report


def restore(source: Path, db_path: Path, keep_dir: Path) -> Path | None:
    """Replace the database with ``source`` after validating it; return the kept copy.

    The current database (if any) is first copied to ``keep_dir``. The restored file is
    upgraded to the latest schema.
    """
    source, db_path = Path(source), Path(db_path)
    if not source.exists():
        raise InputError(f"filen {source} finnes ikke")
    report = check(source)
    if report.schema_version == 0:
        raise InputError(f"{source.name} er ikke en leietileie-database")
    if not report.ok:
        raise InputError([f"{source.name} kan ikke gjenopprettes:"] + report.lines_nb())
    kept = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        kept = backup(db_path, Path(keep_dir) / f"for-gjenoppretting-{stamp}.db")
    create_private_file(db_path)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = connect(db_path)
    try:
        src.backup(dst)
    finally:
        src.close()
        dst.close()
    with Database.open(db_path) as database, database.transaction():
        database.audit.record("restored", "database", None, {"from": source.name})
    return kept


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
