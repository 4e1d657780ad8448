"""The main window: navigation on the left, one view at a time, a status bar."""

from __future__ import annotations

import importlib.util

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from . import fmt
from .context import AppContext
from .views.base import View
from .views.registry import VIEWS


def letters_available() -> bool:
    return importlib.util.find_spec("leietileie.services.letters") is not None


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.views: dict[str, View] = {}
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigasjon"))
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget{font-size:11pt} QListWidget::item{padding:8px 10px}")
        self.stack = QStackedWidget()
        for spec in VIEWS:
            view = spec.load()(ctx)
            self.views[spec.name] = view
            self.stack.addWidget(view)
            self.nav.addItem(QCoreApplication.translate("MainWindow", spec.label))
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(4, 4, 4, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self._shortcuts()
        ctx.show_view.connect(self.show_view)
        ctx.households_changed.connect(self.update_status)
        ctx.settings_changed.connect(self.update_status)
        self.update_status()
        self.nav.setCurrentRow(0)
        self.restore_state()

    def _status_bar(self) -> None:
        self.status_db = QLabel()
        self.status_year = QLabel()
        self.status_count = QLabel()
        for label in (self.status_db, self.status_year, self.status_count):
            self.statusBar().addPermanentWidget(label)

    def _shortcuts(self) -> None:
        tenants = self.views["tenants"]
        for text, keys, slot in (
            (self.tr("Søk"), QKeySequence.StandardKey.Find, self.focus_search),
            (self.tr("Ny husstand"), QKeySequence.StandardKey.New, tenants.actions_bar.new_household),  # type: ignore[attr-defined]
            (self.tr("Brev"), QKeySequence.StandardKey.Print, self.letter),
            (self.tr("Angre"), QKeySequence.StandardKey.Undo, tenants.actions_bar.undo),  # type: ignore[attr-defined]
        ):
            action = QAction(text, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
            if text == self.tr("Brev"):
                action.setEnabled(letters_available())
                self.letter_action = action

    def focus_search(self) -> None:
        self.show_view("tenants")
        self.views["tenants"].focus_search()  # type: ignore[attr-defined]

    def letter(self) -> None:
        """Ctrl+P: a letter for the chosen household, previewed before printing."""
        household_id = self.ctx.current_household
        if household_id is None:
            self.statusBar().showMessage(self.tr("Velg en husstand i Leietakere først."), 4000)
            return
        from .dialogs.letter_dialog import LetterDialog

        self.letter_dialog = LetterDialog(self.ctx, household_id, self)
        self.letter_dialog.show()

    def _show_row(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        view = self.stack.currentWidget()
        if isinstance(view, View):
            view.activated()

    def select_household(self, household_id: int) -> None:
        """Select a household everywhere (the tenant list, the workspace, the plan)."""
        tenants = self.views["tenants"]
        row = tenants.model.row_of(household_id)  # type: ignore[attr-defined]
        if row is not None:
            tenants.table.selectRow(row)  # type: ignore[attr-defined]
        self.ctx.household_selected.emit(household_id)

    def show_view(self, name: str) -> None:
        names = [v.name for v in VIEWS]
        self.nav.setCurrentRow(names.index(name))

    def update_status(self) -> None:
        self.setWindowTitle(self.tr("Leie til eie – {}").format(self.ctx.municipality_name()))
        self.status_db.setText(self.tr("Database: {}").format(self.ctx.db_path.name))
        self.status_db.setToolTip(str(self.ctx.db_path))
        self.status_year.setText(self.tr("Regelår {}").format(self.ctx.settings.year()))
        count = self.ctx.db.households.count()
        self.status_count.setText(self.tr("{} husstander").format(fmt.number(count)))

    # Window state -------------------------------------------------------------------

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(QSize(1440, 900))
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
