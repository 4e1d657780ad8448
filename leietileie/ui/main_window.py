"""The main window: a menu bar, navigation on the left, one view at a time, a status bar.

Views are built when first shown (the start path builds only Leietakere) and each sits in a
scroll area, so no view can make the window wider or taller than the screen it is on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..services import register_reads
from ..storage import Database
from . import fmt
from .context import AppContext
from .views.base import View
from .views.registry import NAMES, VIEWS

if TYPE_CHECKING:
    from .views.tenants_view import TenantsView

#: The default size of a first start (fits a 1 366 × 768 laptop).
DEFAULT_SIZE = QSize(1280, 720)
NAV_WIDTH = 150


class Views(dict[str, View]):
    """The main window's views by name; a view is built the first time it is asked for."""

    def __init__(self, window: MainWindow):
        super().__init__()
        self.window = window

    def __missing__(self, name: str) -> View:
        return self.window._build_view(name)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.views = Views(self)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Navigasjon"))
        self.nav.setFixedWidth(NAV_WIDTH)
        self.nav.setStyleSheet("QListWidget{font-size:11pt} QListWidget::item{padding:7px 8px}")
        self.stack = QStackedWidget()
        for spec in VIEWS:
            self.stack.addWidget(QWidget())  # replaced by the view when first shown
            self.nav.addItem(QCoreApplication.translate("MainWindow", spec.label))
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(4, 4, 4, 0)
        self.network_banner = self._network_banner()
        column.addWidget(self.network_banner)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        column.addLayout(row, 1)
        self.setCentralWidget(central)
        self._status_bar()
        from .menus import build_menus

        self.menu_actions = build_menus(self)
        self.letter_action = self.menu_actions["letter"]
        ctx.show_view.connect(self.show_view)
        ctx.households_changed.connect(self.update_status)
        ctx.settings_changed.connect(self.update_status)
        self.update_status()
        self.nav.currentRowChanged.connect(self._show_row)
        self.nav.setCurrentRow(0)
        self.restore_state()
        from .office_ui import start_listening

        ctx.connection_lost.connect(self.show_connection_lost)
        ctx.connection_back.connect(self.show_connection_back)
        #: refreshes the lists on a colleague's change (the office database only)
        self.listener = start_listening(ctx, self)
        #: the window that took over after a switch of register (or a reconnection)
        self.successor: MainWindow | None = None

    # Views --------------------------------------------------------------------------

    def _build_view(self, name: str) -> View:
        index = NAMES.index(name)
        view = VIEWS[index].load()(self.ctx)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(view)
        area.setAccessibleName(QCoreApplication.translate("MainWindow", VIEWS[index].label))
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, area)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(current)
        dict.__setitem__(self.views, name, view)
        return view

    @property
    def tenants(self) -> TenantsView:
        return self.views["tenants"]  # type: ignore[return-value]

    def current_name(self) -> str:
        return NAMES[max(0, self.nav.currentRow())]

    def current_view(self) -> View:
        return self.views[self.current_name()]

    def _show_row(self, row: int) -> None:
        view = self.views[NAMES[row]]
        self.stack.setCurrentIndex(row)
        view.activated()

    def select_household(self, household_id: int) -> None:
        """Select a household everywhere (the tenant list, the workspace, the plan)."""
        tenants = self.tenants
        row = tenants.model.row_of(household_id)
        if row is not None:
            tenants.table.selectRow(row)
        self.ctx.household_selected.emit(household_id)

    def show_view(self, name: str) -> None:
        self.nav.setCurrentRow(NAMES.index(name))

    # Actions the menus and shortcuts share ------------------------------------------

    def focus_search(self) -> None:
        view = self.current_view()
        if hasattr(view, "focus_search"):
            view.focus_search()
        else:
            self.show_view("tenants")
            self.tenants.focus_search()

    def new_household(self) -> None:
        self.show_view("tenants")
        self.tenants.actions_bar.new_household()

    def import_file(self) -> None:
        self.show_view("tenants")
        self.tenants.actions_bar.import_file()

    def undo(self) -> None:
        self.tenants.actions_bar.undo()

    def redo(self) -> None:
        self.tenants.actions_bar.redo()

    def focused_table(self) -> QTableView | None:
        """The table the caseworker is working in: the focused one, else the view's main list."""
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, QTableView):
            widget = widget.parentWidget()
        if isinstance(widget, QTableView) and widget.isVisible():
            return widget
        table = getattr(self.current_view(), "table", None)
        return table if isinstance(table, QTableView) else None

    def copy(self) -> None:
        from .table_tools import copy_selection

        focused = QApplication.focusWidget()
        if focused is not None and not isinstance(focused, QTableView) and hasattr(focused, "copy"):
            focused.copy()  # a text field or the detail pane
            return
        table = self.focused_table()
        if table is not None:
            copy_selection(table)

    def export_list(self) -> None:
        from .table_tools import export_shown

        table = self.focused_table()
        if table is None:
            self.statusBar().showMessage(
                self.tr("Denne visningen har ingen liste å eksportere."), 5000
            )
            return
        export_shown(table, self)

    def print_list(self) -> None:
        from .table_tools import print_shown

        table = self.focused_table()
        if table is None:
            self.statusBar().showMessage(
                self.tr("Denne visningen har ingen liste å skrive ut."), 5000
            )
            return
        print_shown(table, self)

    def letter(self) -> None:
        """A letter for the chosen household, previewed before printing."""
        from .letters_ui import open_letter_dialog

        self.letter_dialog = open_letter_dialog(self, self.ctx)

    # The office database (issue 13) -------------------------------------------------

    def connect_office(self) -> None:
        """Fil → Koble til kontorets database …: open it and work there from now on."""
        from .dialogs.office_dialog import OfficeDialog

        dialog = OfficeDialog(self, location=self.ctx.db_path)
        self.office_dialog = dialog
        dialog.exec()
        self.office_dialog = None
        if dialog.opened is not None:
            self.switch_register(dialog.opened)
        elif dialog.use_local:
            self.use_local_file()

    def use_local_file(self) -> None:
        """Fil → Bruk lokal fil: back to the register file in the user's data folder."""
        from .. import paths
        from .office_ui import forget_url

        if not self.ctx.is_office:
            self.statusBar().showMessage(self.tr("Du bruker allerede en lokal fil."), 5000)
            return
        try:
            db = Database.open(paths.default_db_path())
        except OSError as exc:
            from .crash import handle

            handle(exc, self)
            return
        forget_url()
        self.switch_register(db)

    def switch_register(self, db: Database) -> MainWindow:
        """Work in another register from now on: a new window over ``db`` replaces this one
        (the old connection is closed)."""
        from .context import GUI_BUSY_TIMEOUT_S

        db.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
        window = MainWindow(AppContext(db))
        window.setGeometry(self.geometry())
        window.show()
        app = QApplication.instance()
        if app is not None:
            app.setProperty("leietileie_window", window)  # kept alive after this one closes
        self.successor = window
        old = self.ctx.db
        self.close()
        old.close()
        return window

    def show_connection_lost(self, message: str) -> None:
        """Non-modal: the caseworker keeps what is open; a write says so when it fails."""
        self.status_backup.setText(self.tr("Ingen forbindelse med kontorets database"))
        self.status_backup.setToolTip(message)
        self.statusBar().showMessage(message, 15000)

    def show_connection_back(self) -> None:
        self.status_backup.clear()
        self.status_backup.setToolTip("")
        self.statusBar().showMessage(
            self.tr("Forbindelsen med kontorets database er tilbake."), 5000
        )
        self.reopen_when_free()

    def reopen_when_free(self) -> None:
        """After the office database was gone, the window's own connection is dead too: open
        a new one (a new window over it, on the same view and household) as soon as no
        dialog is open, so that nothing the caseworker is typing is lost."""
        if not self.isVisible() or self.successor is not None:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(500, self.reopen_when_free)
            return
        try:
            db = Database.open(self.ctx.db_path, actor=self.ctx.db.actor)
        except OSError:
            return  # gone again: the listener says so, and tries again
        view, household = self.current_name(), self.ctx.current_household
        window = self.switch_register(db)
        if household is not None:
            window.select_household(household)
        window.show_view(view)

    # The network-share banner (issue 13) ----------------------------------------------

    def _network_banner(self) -> QLabel:
        """A banner above the views while the register is a SQLite file on a network share:
        such a file can be damaged when several people use it; the office database is the way
        to share. Not modal: the caseworker can go on working. Hidden for a local file."""
        from ..netfs import network_warning
        from .domain_text import message_text

        banner = QLabel()
        banner.setObjectName("networkShareBanner")
        banner.setWordWrap(True)
        banner.setTextFormat(Qt.TextFormat.PlainText)
        banner.setStyleSheet(
            "QLabel{background:#fff4ce;color:#3d3000;border:1px solid #d9a400;"
            "border-radius:3px;padding:6px 8px}"
        )
        warning = network_warning(getattr(self.ctx.db, "path", None))
        if warning is None:
            banner.setVisible(False)
        else:
            banner.setText(message_text(warning))
            banner.setToolTip(self.ctx.display_location())
        return banner

    # Status bar ---------------------------------------------------------------------

    def _status_bar(self) -> None:
        self.status_backup = QLabel()
        self.status_backup.setAccessibleName(self.tr("Sikkerhetskopi"))
        self.status_backup.setStyleSheet("color:#b00020")
        self.status_db = QLabel()
        self.status_year = QLabel()
        self.status_count = QLabel()
        self.statusBar().addWidget(self.status_backup)
        for label in (self.status_db, self.status_year, self.status_count):
            self.statusBar().addPermanentWidget(label)

    def show_backup_problem(self, text: str) -> None:
        self.status_backup.setText(text)
        self.status_backup.setToolTip(text)

    def update_status(self) -> None:
        title = self.tr("Leie til eie – {}").format(self.ctx.municipality_name())
        shown = self.ctx.display_location()  # never with a password
        if self.ctx.is_office:
            title += " – " + self.tr("kontorets database {}").format(shown)
            self.status_db.setText(self.tr("Kontorets database: {}").format(shown))
        else:
            self.status_db.setText(self.tr("Database: {}").format(Path(shown).name))
        self.setWindowTitle(title)
        self.status_db.setToolTip(shown)
        self.status_year.setText(self.tr("Regelår {}").format(self.ctx.settings.year()))
        count = register_reads.household_count(self.ctx.db)
        self.status_count.setText(fmt.households(count))

    # Window state -------------------------------------------------------------------

    def restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(DEFAULT_SIZE)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        super().closeEvent(event)
