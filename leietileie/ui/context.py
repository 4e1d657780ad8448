"""What every view shares: the open database, the declared settings, and app-wide signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..services.settings import Settings
from ..storage import Database


class AppContext(QObject):
    """The open register. Views talk to each other through its signals, never directly."""

    #: a household was chosen somewhere (tenant list, screening, cases) → id
    household_selected = Signal(int)
    #: households were added, changed, deleted or imported
    households_changed = Signal()
    #: the declared settings changed
    settings_changed = Signal()
    #: ask the main window to show a view by name
    show_view = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = Settings(db)
        self.current_household: int | None = None
        self.household_selected.connect(self._remember)

    @property
    def db_path(self) -> Path:
        return Path(self.db.path)

    def _remember(self, household_id: int) -> None:
        self.current_household = household_id

    def municipality_name(self) -> str:
        name = str(self.settings.get("municipality.name") or "")
        return name or self.tr("Kommunen")

    def open_worker_db(self) -> Database:
        """A new connection for a worker thread (SQLite connections are per thread)."""
        return Database.open(self.db_path, actor=self.db.actor)
