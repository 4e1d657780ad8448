"""The tenant register's use cases, shared by the GUI and the command line.

Import (``import_register``), templates (``write_template``), the demo register
(``create_demo``), backup / restore / check of the database file (or the office database),
and moving a register file to the office database (``migrate_to``).
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..errors import InputError
from ..storage import Database, maintenance, transfer
from ..storage.dialect.choose import is_url
from ..storage.maintenance import CheckReport, RestoreResult
from ..storage.transfer import TransferReport
from . import backup_auto, backup_record
from .demo import DemoResult, create_demo
from .importing import ImportCancelled, ImportOptions, ImportResult, Progress, import_file
from .importing import require_file as require_import_file
from .templates import write_template

__all__ = [
    "CheckReport",
    "DemoResult",
    "ImportCancelled",
    "ImportOptions",
    "ImportResult",
    "Progress",
    "RestoreResult",
    "TransferReport",
    "require_import_file",
    "auto_backup",
    "backup",
    "check",
    "create_demo",
    "import_register",
    "migrate_to",
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


def backup(db_path: Path | str, target: Path) -> Path:
    """A consistent copy of the database, even while the app is writing (the office
    database: a ``pg_dump`` file, see ``maintenance.backup_office``). The target's folder
    must exist: a mistyped folder is refused, never created."""
    _require_target_folder(Path(target))
    path = maintenance.backup(db_path if is_url(db_path) else Path(db_path), Path(target))
    with Database.open(db_path) as database, database.transaction():
        database.audit.record("exported", "database", None, {"backup": Path(target).name})
    if not is_url(db_path):  # the app's reminder to copy a backup elsewhere counts this one
        backup_record.record_copy(path)
    return path


def restore(source: Path, db_path: Path | str) -> Path | None:
    """Restore a backup over the database; returns where the old database was kept
    (beside the database file). Refused for the office database."""
    if is_url(db_path):
        maintenance.refuse_office_restore(str(db_path))
    return maintenance.restore(Path(source), Path(db_path), Path(db_path).parent)


def restore_file(source: Path, db_path: Path | str) -> RestoreResult:
    """Like :func:`restore`, also saying whether the previous database was damaged (and
    moved aside as it was) rather than copied. Refused for the office database (its
    administrator restores it with ``pg_restore``)."""
    if is_url(db_path):
        maintenance.refuse_office_restore(str(db_path))
    return maintenance.restore_file(Path(source), Path(db_path), Path(db_path).parent)


def check(db_path: Path | str) -> CheckReport:
    """Check the register; a file that does not exist, or a folder, is bad input (nothing
    is created)."""
    if is_url(db_path):
        return maintenance.check(db_path)
    path = Path(db_path)
    if path.is_dir():
        raise InputError(f"«{path}» er en mappe, ikke en databasefil; ingenting å kontrollere.")
    if not path.exists():
        raise InputError(f"«{path}»: filen finnes ikke; ingenting å kontrollere.")
    return maintenance.check(path)


def _require_target_folder(target: Path) -> None:
    """A backup goes into a folder that exists, under a file name (not onto a folder)."""
    if target.is_dir():
        raise InputError(
            f"«{target}» er en mappe; oppgi et filnavn for sikkerhetskopien,"
            f" for eksempel {target / 'leietileie-kopi.db'}."
        )
    folder = target.parent
    if not folder.is_dir():
        what = "er ikke en mappe" if folder.exists() else "mappen finnes ikke"
        raise InputError(
            f"«{folder}»: {what}; sikkerhetskopien er ikke skrevet (ingen mappe er opprettet)."
        )


def migrate_to(
    source: Path, target_url: str, progress: transfer.Progress | None = None
) -> TransferReport:
    """Copy the register file ``source`` into the empty office database ``target_url``, all
    or nothing, verified (``storage.transfer``). The file must be a leietileie register (it
    is never created here); the office database gets the schema when it has none."""
    source = Path(source)
    if is_url(source) or not is_url(target_url):
        raise InputError(
            "migrate-to flytter en registerfil (SQLite) til kontorets database (postgresql://…)."
        )
    if not source.is_file():
        raise InputError(f"{source}: filen finnes ikke; det er ikke noe register å flytte.")
    if transfer.file_schema_version(source) == 0:
        raise InputError(f"{source}: er ikke en leietileie-database.")
    with Database.open(source) as register, Database.open(target_url) as office:
        return transfer.copy_register(register, office, progress)


def auto_backup(db_path: Path, keep: int = 7, directory: Path | None = None) -> Path | None:
    """The rotating backup the app takes on start (newest ``keep`` are kept)."""
    return backup_auto.auto_backup(db_path, keep, directory)
