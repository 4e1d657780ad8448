"""Printing a PDF (a letter, a list) through the system's printer dialog with a preview.

The PDF's pages are rendered with QtPdf (QPdfDocument) onto the QPrinter, page by page, at up to
300 dpi, so what is printed is exactly the PDF that was archived.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from . import messages

translate = QCoreApplication.translate

MAX_DPI = 300


def render_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint every page of ``document`` on ``printer``; returns the number of pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_DPI)
        for page in range(document.pageCount()):
            if page > 0:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(
                max(1, round(points.width() / 72 * dpi)), max(1, round(points.height() / 72 * dpi))
            )
            image = document.render(page, size)
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            target = QRect(0, 0, area.width(), area.height())
            scaled = size.scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, scaled.width(), scaled.height()), image)
        return document.pageCount()
    finally:
        painter.end()


def load(path: Path, parent: QWidget | None = None) -> QPdfDocument:
    document = QPdfDocument(parent)
    document.load(str(path))
    return document


def preview_dialog(
    path: Path, parent: QWidget | None = None
) -> tuple[QPrintPreviewDialog, QPrinter]:
    """The print preview of ``path``; its Print button opens the system's printer dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setDocName(Path(path).stem)
    document = load(Path(path), parent)
    if document.pageCount() > 0:
        first = document.pagePointSize(0)
        if first.width() > first.height():
            printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("Printing", "Forhåndsvisning – {}").format(Path(path).name))
    dialog.paintRequested.connect(lambda p: render_pages(document, p))
    dialog.setProperty("pdf_document", document)
    return dialog, printer


def run_dialog(dialog: QDialog) -> bool:
    """Show a modal dialog (tests replace this)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(parent: QWidget | None, path: Path) -> bool:
    """Preview ``path`` and print it where the caseworker chooses; True when printed."""
    if not Path(path).exists():
        messages.error(
            parent,
            translate("Printing", "Skriv ut"),
            translate("Printing", "Fant ikke filen {}.").format(path),
        )
        return False
    dialog, _printer = preview_dialog(Path(path), parent)
    return run_dialog(dialog)


def open_pdf(parent: QWidget | None, path: Path) -> bool:
    """Open ``path`` in the system's PDF viewer; say so when there is none."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    messages.error(
        parent,
        translate("Printing", "Kan ikke åpne PDF"),
        translate(
            "Printing",
            "Det finnes ikke noe program for PDF-filer på denne maskinen. Filen ligger her:\n{}\n\n"
            "Bruk «Skriv ut …» for å skrive den ut direkte.",
        ).format(path),
    )
    return False
