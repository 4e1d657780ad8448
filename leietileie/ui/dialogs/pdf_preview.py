"""What the letter dialogs share once a letter is written: its pages shown in the dialog
(QtPdf, from memory), the file opened in the system's viewer, or printed with a preview."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget


class PdfPreview:
    """Mixin for a dialog with ``document`` (a QPdfDocument) and ``path`` (the written file)."""

    document: QPdfDocument
    path: Path | None
    _buffer: QBuffer | None

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
