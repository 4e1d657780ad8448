"""What the letter dialogs share: the letter type, language and date to choose, the buttons
that make, open and print the letter, and once it is written its pages shown in the dialog
(QtPdf, from memory), the file opened in the system's viewer, or printed with a preview."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QDate, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QWidget

LANGUAGES = (("nb", "Bokmål"), ("nn", "Nynorsk"), ("en", "English"))


class PdfPreview:
    """Mixin for a dialog with ``document`` (a QPdfDocument) and ``path`` (the written file)."""

    document: QPdfDocument
    path: Path | None
    _buffer: QBuffer | None
    kind: QComboBox
    language: QComboBox
    day: QDateEdit
    make_button: QPushButton
    open_button: QPushButton
    print_button: QPushButton
    status: QLabel
    view: QPdfView

    def _letter_choices(
        self, context: str, kinds: Sequence[tuple[str, str]], malform: object, on: date
    ) -> None:
        """The letter type (``kinds``: code and label, translated in ``context``), the
        language (the municipality's målform first) and the letter's date."""
        self.kind = QComboBox()
        for code, label in kinds:
            self.kind.addItem(QCoreApplication.translate(context, label), code)
        self.kind.setAccessibleName(QCoreApplication.translate("LetterDialog", "Brevtype"))
        self.language = QComboBox()
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(1 if malform == "nn" else 0)
        self.language.setAccessibleName(QCoreApplication.translate("LetterDialog", "Språk"))
        self.day = QDateEdit(QDate(on.year, on.month, on.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setAccessibleName(QCoreApplication.translate("LetterDialog", "Brevdato"))

    def _letter_actions(self) -> QHBoxLayout:
        """Lag brev, Åpne for utskrift and Skriv ut, the status line and the page view; the
        row of buttons (the dialog adds its own after them)."""
        owner = self if isinstance(self, QWidget) else None
        self.make_button = QPushButton(QCoreApplication.translate("LetterDialog", "Lag brev"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.open_button = QPushButton(
            QCoreApplication.translate("LetterDialog", "Åpne for utskrift …")
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_file)
        self.print_button = QPushButton(QCoreApplication.translate("LetterDialog", "Skriv &ut …"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_letter)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.document = QPdfDocument(owner)
        self.view = QPdfView(owner)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer = None
        buttons = QHBoxLayout()
        for button in (self.make_button, self.open_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def make(self) -> object:  # each dialog makes its own letter
        raise NotImplementedError

    def _show(self, data: bytes) -> None:
        owner = self if isinstance(self, QWidget) else None
        self._buffer = QBuffer(owner)
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)

    def open_file(self) -> bool:
        from ..printing import open_pdf

        return self.path is not None and open_pdf(self, self.path)  # type: ignore[arg-type]

    def print_letter(self) -> bool:
        """The letter through the printer dialog with a preview (no PDF viewer needed)."""
        from ..printing import print_pdf

        return self.path is not None and print_pdf(self, self.path)  # type: ignore[arg-type]
