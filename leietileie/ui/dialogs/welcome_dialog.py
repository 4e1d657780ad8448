"""First start: no register yet. Offer the demo register, an import, or an empty start."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ...services.demo import DemoCancelled, create_demo
from ...storage import Database
from .. import messages
from ..context import AppContext
from ..domain_text import error_text
from ..worker import Progress, Task, run_task

DEMO_HOUSEHOLDS = 2_000


class WelcomeDialog(QDialog):
    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, demo_households: int = DEMO_HOUSEHOLDS
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.demo_households = demo_households
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Velkommen til Leie til eie"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "<h2>Velkommen</h2><p>Det finnes ikke noe leietakerregister ennå. Hvordan vil du "
                "begynne?</p>"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        self.buttons: dict[str, QPushButton] = {}
        for key, label, slot in (
            ("demo", self.tr("Prøv med et demoregister (oppdiktet kommune)"), self.make_demo),
            ("import", self.tr("Importer boliger og leietakere fra fil …"), self.import_file),
            ("empty", self.tr("Start med et tomt register"), self.accept),
            ("office", self.tr("Koble til kontorets database …"), self.connect_office),
        ):
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.setMinimumHeight(36)
            button.clicked.connect(slot)
            layout.addWidget(button)
            self.buttons[key] = button
        #: the office database, when the caseworker connected to it instead
        self.office_db: Database | None = None
        self.buttons["office"].setVisible(not ctx.is_office)
        self.setMinimumWidth(460)

    def make_demo(self) -> None:
        count = self.demo_households

        def work(progress: Progress) -> Any:
            with self.ctx.open_worker_db() as db:
                return create_demo(db, households=count, progress=progress)

        self.task = run_task(
            self, self.tr("Lager demoregisteret …"), work, self._demo_done, self._demo_failed
        )

    def _demo_done(self, _result: object) -> None:
        self.ctx.households_changed.emit()
        self.ctx.settings_changed.emit()
        self.accept()

    def _demo_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, DemoCancelled):
            messages.error(self, self.tr("Demoregisteret"), error_text(exc))

    def connect_office(self) -> None:
        """Work in the office's shared database instead of a register file on this machine."""
        from .office_dialog import OfficeDialog

        dialog = OfficeDialog(self)
        dialog.exec()
        if dialog.opened is not None:
            self.office_db = dialog.opened
            self.accept()

    def import_file(self) -> None:
        from .import_dialog import ImportDialog

        ImportDialog(self.ctx, self).exec()
        self.accept()
