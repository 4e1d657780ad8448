"""The automatic backup the app takes of its register on every start (newest seven kept).

Kept apart from ``services.register`` so that the start path loads only storage's maintenance
module (not the demo, import and export modules, with numpy and reportlab behind them): the
app runs this in a worker thread after its window is shown.
"""

from __future__ import annotations

from pathlib import Path

from .. import paths
from ..storage import maintenance, transfer
from ..storage.schema.migrations import latest_version


def auto_backup(db_path: Path, keep: int = 7, directory: Path | None = None) -> Path | None:
    """The rotating backup the app takes on start (newest ``keep`` are kept)."""
    return maintenance.auto_backup(Path(db_path), directory or paths.backup_dir(), keep)


def needs_upgrade(db_path: Path) -> bool:
    """Whether opening the register file will upgrade its schema (its backup must then be
    taken before it is opened, while it is still as the older release left it)."""
    version = transfer.file_schema_version(Path(db_path))
    return 0 < version < latest_version()
