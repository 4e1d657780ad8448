"""Choose the columns of an eligibility list (privacy: only what is needed; identity masked)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...services.eligibility import COLUMNS, DEFAULT_KEYS
from ..domain_text import translate

FILE_FILTERS = QT_TRANSLATE_NOOP(
    "ExportColumnsDialog", "Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)"
)


class ExportColumnsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, count: int = 0):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Eksporter liste"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("{} husstander i listen. Velg kolonnene som trengs:").format(count))
        )
        box = QGroupBox(self.tr("Kolonner"))
        grid = QGridLayout(box)
        self.boxes: dict[str, QCheckBox] = {}
        for n, column in enumerate(COLUMNS):
            check = QCheckBox(translate(column.header))
            check.setChecked(column.key in DEFAULT_KEYS)
            self.boxes[column.key] = check
            grid.addWidget(check, n // 3, n % 3)
        layout.addWidget(box)
        self.full_identity = QCheckBox(self.tr("Vis hele fødselsnummeret (ellers maskert)"))
        self.full_identity.setToolTip(self.tr("Gjelder bare når kolonnen Fødselsnummer er valgt"))
        layout.addWidget(self.full_identity)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Velg fil …"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keys(self) -> list[str]:
        return [c.key for c in COLUMNS if self.boxes[c.key].isChecked()]
