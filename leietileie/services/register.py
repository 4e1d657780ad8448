"""The tenant register's use cases, shared by the GUI and the command line.

Import (``import_register``), templates (``write_template``), the demo register
(``create_demo``), and backup / restore / check of the database file.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..storage import Database, maintenance
from ..storage.maintenance import CheckReport, RestoreResult
from .demo import DemoResult, create_demo
from .importing import ImportCancelled, ImportOptions, ImportResult, Progress, import_file
from .templates import write_template

__all__ = [
    "CheckReport",
    "DemoResult",
    "ImportCancelled",
    "ImportOptions",
    "ImportResult",
    "Progress",
    "RestoreResult",
    "auto_backup",
    "backup",
    "check",
    "create_demo",
    "import_register",
    "open_database",
    "restore",
    "restore_file",
    "write_template",
]


def open_database(path: Path | None = None) -> Database:
    """The register database (default: the desktop app's file in the user's data dir)."""
    return Database.open(path or paths.default_db_path())


def import_register(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import ``units``, ``tenants`` (import-format.md) or ``rent`` (docs/import-rent.md);
    see services.importing."""
    return import_file(db, kind, Path(path), options, progress)


def backup(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database, even while the app is writing."""
    path = maintenance.backup(Path(db_path), Path(target))
    with Database.open(db_path) as database, database.transaction():
        database.audit.record("exported", "database", None, {"backup": Path(target).name})
    return path


def restore(source: Path, db_path: Path) -> Path | None:
    """Restore a backup over the database; returns where the old database was kept
    (beside the database file)."""
    return maintenance.restore(Path(source), Path(db_path), Path(db_path).parent)


def restore_file(source: Path, db_path: Path) -> RestoreResult:
    """Like :func:`restore`, also saying whether the previous database was damaged (and
    moved aside as it was) rather than copied."""
    return maintenance.restore_file(Path(source), Path(db_path), Path(db_path).parent)


def check(db_path: Path) -> CheckReport:
    return maintenance.check(Path(db_path))


def auto_backup(db_path: Path, keep: int = 7, directory: Path | None = None) -> Path | None:
    """The rotating backup the app takes on start (newest ``keep`` are kept)."""
    return maintenance.auto_backup(Path(db_path), directory or paths.backup_dir(), keep)
