"""What every view shares: the open database, the declared settings, and app-wide signals."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from ..services.settings import Settings
from ..storage import Database

T = TypeVar("T")
#: How long a write from the app waits for another writer's lock before saying so (seconds).
GUI_BUSY_TIMEOUT_S = 2


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
    #: the office database cannot be reached (the message), and when it can again
    connection_lost = Signal(str)
    connection_back = Signal()

    def __init__(self, db: Database, parent: QObject | None = None):
        super().__init__(parent)
        self.db = db
        self.settings = Settings(db)
        self.current_household: int | None = None
        self.household_selected.connect(self._remember)
        #: the office database's server processes of this app's own connections: a change
        #: notice from one of them is the app's own change, already shown
        self.own_pids: deque[int] = deque(maxlen=64)
        self._note_pid(db)

    @property
    def db_path(self) -> Path | str:
        """Where the register is: a file's path, or the office database's URL (a str; with
        a password typed at connect time only in memory, never shown: see display)."""
        path = self.db.path
        return path if isinstance(path, str) else Path(path)

    @property
    def is_office(self) -> bool:
        """Whether the register is the office database (PostgreSQL) rather than a file."""
        return not self.db.is_file

    def display_location(self) -> str:
        """The file's path, or the office database's URL without a password."""
        return self.db.display_location()

    def _note_pid(self, db: Database) -> None:
        from ..services.office_link import session_pid

        pid = session_pid(db)
        if pid is not None:
            self.own_pids.append(pid)

    def _remember(self, household_id: int) -> None:
        self.current_household = household_id

    def municipality_name(self) -> str:
        name = str(self.settings.get("municipality.name") or "")
        return name or self.tr("Kommunen")

    def open_worker_db(self) -> Database:
        """A new connection for a worker thread (SQLite connections are per thread)."""
        db = Database.open(self.db_path, actor=self.db.actor)
        self._note_pid(db)
        return db

    def write(self, fn: Callable[[Database], T], title: str = "") -> T:
        """Run a write ``fn(db)`` in a background thread with its own connection (which waits
        at most GUI_BUSY_TIMEOUT_S for another writer's lock), keeping the window responsive;
        returns its result or raises its exception (DatabaseBusy with a Norwegian message)."""
        from .worker import run_write

        def work() -> T:
            with self.open_worker_db() as db:
                db.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
                return fn(db)

        from PySide6.QtWidgets import QApplication

        return run_write(QApplication.activeWindow(), title or self.tr("Lagrer …"), work)
