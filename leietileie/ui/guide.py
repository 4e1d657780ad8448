"""Hjelp: the user guide (docs/brukerveiledning.md) by view, the shortcut list, the About box."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, paths

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .main_window import MainWindow

LICENCE = "EUPL-1.2"
ANCHOR = re.compile(r"\{#([\w-]+)\}\s*$")


def guide_path() -> Path:
    return paths.RESOURCES.parent / "docs" / "brukerveiledning.md"


def licence_path() -> Path:
    return paths.RESOURCES.parent / "LICENSE"


def guide_sections(text: str) -> dict[str, str]:
    """The guide's ``## Heading {#anchor}`` sections by anchor (markdown, anchor removed)."""
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.startswith("## "):
            if current is not None:
                sections[current] = "\n".join(lines).strip() + "\n"
            found = ANCHOR.search(line)
            current = found.group(1) if found else line[3:].strip().lower()
            lines = [ANCHOR.sub("", line).rstrip()]
        elif current is not None:
            lines.append(line)
    if current is not None:
        sections[current] = "\n".join(lines).strip() + "\n"
    return sections


def guide_section(anchor: str) -> str:
    """The guide's section for ``anchor`` (a view name) as markdown; the whole guide if the
    anchor is unknown; a short note when the guide is missing."""
    path = guide_path()
    if not path.exists():
        return translate(
            "Help",
            "Brukerveiledningen (docs/brukerveiledning.md) finnes ikke i denne installasjonen.",
        )
    text = path.read_text(encoding="utf-8")
    return guide_sections(text).get(anchor, text)


class GuideDialog(QDialog):
    def __init__(self, anchor: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Brukerveiledning"))
        self.resize(640, 520)
        self.anchor = anchor
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(translate("Help", "Brukerveiledning"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_section(anchor))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)


def show_guide(window: MainWindow) -> GuideDialog:
    dialog = GuideDialog(window.current_name(), window)
    window.guide_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def shortcut_rows(actions: Mapping[str, QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every menu action with a shortcut, in menu order."""
    rows = []
    for action in actions.values():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            rows.append((action.text().replace("&", "").rstrip(" …"), keys))
    rows.append((translate("Help", "Gå mellom felt og knapper"), "Tab / Shift+Tab"))
    rows.append((translate("Help", "Velg visning i navigasjonen"), "↑ / ↓"))
    rows.append((translate("Help", "Åpne en meny"), "Alt + understreket bokstav"))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Hurtigtaster"))
        self.table = QTableWidget(len(rows), 2)
        self.table.setAccessibleName(translate("Help", "Hurtigtaster"))
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Handling"), translate("Help", "Taster")]
        )
        self.table.verticalHeader().setVisible(False)
        for n, (what, keys) in enumerate(rows):
            self.table.setItem(n, 0, QTableWidgetItem(what))
            self.table.setItem(n, 1, QTableWidgetItem(keys))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(480, 460)


def show_shortcuts(window: MainWindow, actions: Mapping[str, QAction]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(shortcut_rows(actions), window)
    window.shortcuts_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog


def about_text(version: str, rule_year: int, db_path: Path | str) -> str:
    licence = translate("Help", "Lisens: {} (European Union Public Licence 1.2).").format(LICENCE)
    if licence_path().exists():
        licence += " " + translate("Help", "Lisensteksten ligger i filen LICENSE.")
    return "\n".join(
        [
            translate("Help", "Leie til eie – versjon {}").format(version),
            licence,
            translate("Help", "Regelsett: {}").format(rule_year),
            translate("Help", "Database: {}").format(db_path),
        ]
    )


class AboutDialog(QDialog):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Help", "Om Leie til eie"))
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(translate("Help", "Om programmet"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        if licence_path().exists():
            licence = QTextBrowser()
            licence.setAccessibleName(translate("Help", "Lisens"))
            licence.setPlainText(licence_path().read_text(encoding="utf-8", errors="replace"))
            layout.addWidget(licence, 1)
            self.resize(560, 480)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_about(window: MainWindow) -> AboutDialog:
    text = about_text(__version__, window.ctx.settings.year(), window.ctx.display_location())
    dialog = AboutDialog(text, window)
    window.about_dialog = dialog  # type: ignore[attr-defined]
    dialog.show()
    return dialog
