"""The main window's menu bar: Fil, Rediger, Brev, Hjelp (each with mnemonics and shortcuts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | None


def _action(menu: QMenu, text: str, slot: Callable[[], object], keys: Keys = None) -> QAction:
    action = QAction(text, menu.parentWidget())
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
    action.triggered.connect(lambda _checked=False: slot())
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Fill the window's menu bar; returns the actions by key (tests and the shortcut list)."""
    from . import backups, guide

    bar = window.menuBar()
    bar.setAccessibleName(translate("MainWindow", "Menylinje"))
    Std = QKeySequence.StandardKey
    actions: dict[str, QAction] = {}

    file = bar.addMenu(translate("MainWindow", "&Fil"))
    actions["new"] = _action(
        file, translate("MainWindow", "&Ny husstand …"), window.new_household, Std.New
    )
    actions["import"] = _action(
        file, translate("MainWindow", "&Importer …"), window.import_file, "Ctrl+I"
    )
    actions["export"] = _action(
        file, translate("MainWindow", "&Eksporter listen som vist …"), window.export_list, "Ctrl+E"
    )
    file.addSeparator()
    backup = file.addMenu(translate("MainWindow", "&Sikkerhetskopi og gjenoppretting"))
    actions["backup"] = _action(
        backup,
        translate("MainWindow", "&Lag sikkerhetskopi …"),
        lambda: backups.make_backup(window),
    )
    actions["restore"] = _action(
        backup,
        translate("MainWindow", "&Gjenopprett fra sikkerhetskopi …"),
        lambda: backups.restore_backup(window),
    )
    actions["backups"] = _action(
        backup,
        translate("MainWindow", "&Vis hvor sikkerhetskopiene ligger"),
        lambda: backups.show_backups(window),
    )
    file.addSeparator()
    actions["office"] = _action(
        file, translate("MainWindow", "&Koble til kontorets database …"), window.connect_office
    )
    actions["local"] = _action(
        file, translate("MainWindow", "Bruk &lokal fil"), window.use_local_file
    )
    actions["data_dir"] = _action(
        file, translate("MainWindow", "Åpne &datamappen"), lambda: backups.open_data_dir(window)
    )
    file.addSeparator()
    actions["quit"] = _action(file, translate("MainWindow", "&Avslutt"), window.close, "Ctrl+Q")

    edit = bar.addMenu(translate("MainWindow", "&Rediger"))
    actions["undo"] = _action(edit, translate("MainWindow", "&Angre"), window.undo, Std.Undo)
    actions["redo"] = _action(edit, translate("MainWindow", "&Gjør om"), window.redo, "Ctrl+Y")
    edit.addSeparator()
    actions["copy"] = _action(edit, translate("MainWindow", "&Kopier"), window.copy, Std.Copy)
    actions["find"] = _action(edit, translate("MainWindow", "&Søk"), window.focus_search, Std.Find)

    letters = bar.addMenu(translate("MainWindow", "&Brev"))
    actions["letter"] = _action(
        letters, translate("MainWindow", "&Lag brev …"), window.letter, "Ctrl+B"
    )
    actions["print"] = _action(
        letters, translate("MainWindow", "&Skriv ut listen …"), window.print_list, Std.Print
    )

    helpmenu = bar.addMenu(translate("MainWindow", "&Hjelp"))
    actions["guide"] = _action(
        helpmenu,
        translate("MainWindow", "&Brukerveiledning"),
        lambda: guide.show_guide(window),
        Std.HelpContents,
    )
    actions["shortcuts"] = _action(
        helpmenu,
        translate("MainWindow", "&Hurtigtaster"),
        lambda: guide.show_shortcuts(window, actions),
    )
    actions["about"] = _action(
        helpmenu, translate("MainWindow", "&Om programmet"), lambda: guide.show_about(window)
    )
    for action in actions.values():
        action.setStatusTip(action.text().replace("&", "").rstrip(" …"))
    return actions
