"""What every list in the app offers: copy (Ctrl+C and the right-click menu), export as shown
(XLSX, CSV) and print as shown (a PDF of the list through the printer dialog with a preview)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QPoint,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QTableView, QWidget

from . import messages
from .domain_text import error_text

translate = QCoreApplication.translate

#: rows collected between two repaints of the window while a list is exported
PAUSE_ROWS = 2_000

FILTERS = QT_TRANSLATE_NOOP("TableTools", "Excel (*.xlsx);;CSV for Excel (*.csv)")


def headers(model: QAbstractItemModel) -> list[str]:
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal) or "")
        for c in range(model.columnCount())
    ]


def _text(model: QAbstractItemModel, row: int, column: int) -> str:
    value = model.data(model.index(row, column))
    return "" if value is None else str(value)


def shown_rows(table: QTableView, rows: list[int] | None = None) -> list[list[str]]:
    """The texts of ``rows`` (default: all) as the table shows them, without hidden columns."""
    model = table.model()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    chosen = range(model.rowCount()) if rows is None else rows
    return [[_text(model, r, c) for c in columns] for r in chosen]


def shown_headers(table: QTableView) -> list[str]:
    names = headers(table.model())
    return [name for c, name in enumerate(names) if not table.isColumnHidden(c)]


def selection_text(table: QTableView) -> str:
    """The selected rows (or the current cell's row) as tab-separated text with a header line."""
    rows = sorted({i.row() for i in table.selectionModel().selectedIndexes()})
    if not rows and table.currentIndex().isValid():
        rows = [table.currentIndex().row()]
    lines = ["\t".join(shown_headers(table))]
    lines += [
        "\t".join(cell.replace("\t", " ").replace("\n", " ") for cell in row)
        for row in shown_rows(table, rows)
    ]
    return "\n".join(lines) + "\n"


def copy_selection(table: QTableView) -> str:
    text = selection_text(table)
    QGuiApplication.clipboard().setText(text)
    return text


def shown_kinds(table: QTableView) -> list[str]:
    """The export kind of each shown column (``KIND_ROLE`` on the header; text without)."""
    from .models import KIND_ROLE

    model = table.model()
    horizontal = Qt.Orientation.Horizontal
    return [
        str(model.headerData(c, horizontal, KIND_ROLE) or "text")
        for c in range(model.columnCount())
        if not table.isColumnHidden(c)
    ]


def shown_values(
    table: QTableView, pause: Callable[[int, int], bool] | None = None
) -> list[tuple[object, ...]]:
    """The rows as shown, typed: a typed column's value (``RAW_ROLE``: a number, a date or
    None), a text column's text. ``pause(done, total)`` is called every ``PAUSE_ROWS`` rows
    (the caller keeps the window painted); False stops with :class:`ExportCancelled`."""
    from ..exports import ExportCancelled
    from .models import RAW_ROLE

    model = table.model()
    columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
    kinds = shown_kinds(table)
    fast = getattr(model, "export_values", None)
    if callable(fast):  # a lazy model reads its rows in big pages itself
        rows: list[tuple[object, ...]] = fast(columns, pause)
        return rows
    typed = [(c, kind != "text") for c, kind in zip(columns, kinds, strict=True)]
    display = Qt.ItemDataRole.DisplayRole
    total = model.rowCount()
    out: list[tuple[object, ...]] = []
    for r in range(total):
        if pause is not None and r and r % PAUSE_ROWS == 0 and pause(r, total) is False:
            raise ExportCancelled()
        cells: list[object] = []
        for c, raw in typed:
            index = model.index(r, c)
            if raw:
                cells.append(model.data(index, RAW_ROLE))
            else:
                value = model.data(index, display)
                cells.append("" if value is None else str(value))
        out.append(tuple(cells))
    return out


def shown_table(table: QTableView, title: str, pause=None):  # type: ignore[no-untyped-def]
    """The list as shown, as an export table: the shown columns in the shown order, numbers
    as numbers (money with a kr format in XLSX), dates as dates, the rest as its text."""
    from ..exports import Column, Table

    names = shown_headers(table)
    columns = [
        Column(f"c{n}", name or f"{n + 1}", kind)  # type: ignore[arg-type]
        for n, (name, kind) in enumerate(zip(names, shown_kinds(table), strict=True))
    ]
    return Table(title, columns, shown_values(table, pause))


def write_shown(table: QTableView, path: Path, title: str) -> Path:
    from ..exports import write_table

    return write_table(shown_table(table, title), path)


def write_in_background(parent: QWidget, table: QTableView, path: Path, title: str) -> Path:
    """Collect the shown rows (the window repainted between blocks of rows) and write the
    file off the GUI thread with a progress dialog and Avbryt, waiting without freezing the
    window: a 100 000-row list is written while the window stays alive."""
    from ..exports import write_table

    label = translate("FollowupPage", "Eksporterer listen …")  # the texts the app has
    model = table.model()
    fast = getattr(model, "export_values", None)
    ctx = _context(parent)
    if callable(fast) and ctx is not None and hasattr(ctx, "open_worker_db"):
        # a lazy list over the register: read and written on the worker's own connection
        from ..exports import Column, Table

        columns = [c for c in range(model.columnCount()) if not table.isColumnHidden(c)]
        names, kinds = shown_headers(table), shown_kinds(table)
        heads = [
            Column(f"c{n}", name or f"{n + 1}", kind)  # type: ignore[arg-type]
            for n, (name, kind) in enumerate(zip(names, kinds, strict=True))
        ]

        def work(progress: Callable[[int, int], bool]) -> Path:
            with ctx.open_worker_db() as db:
                rows = fast(columns, progress, db)
            return write_table(Table(title, heads, rows), path, progress=progress)

        return _wait_for(parent, label, work)
    busy = QProgressDialog(label, translate("Task", "Avbryt"), 0, 0, parent)
    busy.setWindowTitle(label)
    busy.setWindowModality(Qt.WindowModality.WindowModal)  # the list cannot change meanwhile
    busy.setMinimumDuration(300)
    busy.setMaximum(max(1, table.model().rowCount()))

    def pause(done: int, total: int) -> bool:
        busy.setValue(done)
        QCoreApplication.processEvents()
        return not busy.wasCanceled()

    try:
        shown = shown_table(table, title, pause)
    finally:
        busy.close()
        busy.deleteLater()
    return _wait_for(parent, label, lambda progress: write_table(shown, path, progress=progress))


def _wait_for(
    parent: QWidget, label: str, work: Callable[[Callable[[int, int], bool]], Path]
) -> Path:
    """Run ``work(progress)`` on the worker Task (progress dialog, Avbryt) and wait for it in a
    local event loop: the window keeps painting; its result or exception comes back here."""
    from .worker import Task, wait_for

    return Path(str(wait_for(Task(parent, label, work))))


def choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to export (tests replace this)."""
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("TableTools", "Eksporter listen"),
        suggested,
        translate("TableTools", FILTERS),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv"):
        path = path.with_suffix(".csv" if "csv" in chosen.lower() else ".xlsx")
    return path


def _title(table: QTableView) -> str:
    return table.accessibleName() or translate("TableTools", "Liste")


def export_shown(table: QTableView, parent: QWidget, path: Path | None = None) -> Path | None:
    from ..exports import ExportCancelled

    title = _title(table)
    path = path or choose_export_path(
        parent, f"{title.lower().replace(' ', '-')}-{datetime.now():%Y%m%d}.xlsx"
    )
    if path is None:
        return None
    try:
        _log_export(parent, path, table.model().rowCount())
        written = write_in_background(parent, table, path, title)
    except ExportCancelled:
        return None
    except Exception as exc:  # noqa: BLE001 - shown to the caseworker, never lost
        messages.error(parent, translate("TableTools", "Eksporten feilet"), error_text(exc))
        return None
    messages.info(
        parent,
        translate("TableTools", "Eksportert"),
        translate("TableTools", "{} rader er lagret i {}").format(
            table.model().rowCount(), written
        ),
    )
    return written


def _context(parent: QWidget) -> Any:
    """The app context of the view ``parent`` is (in), or None."""
    widget: QWidget | None = parent
    while widget is not None and not hasattr(widget, "ctx"):
        widget = widget.parentWidget()
    return getattr(widget, "ctx", None)


def _log_export(parent: QWidget, path: Path, rows: int) -> None:
    """Log the export before its file is written (in the background, on its own connection):
    a user the database does not let append to the audit log (a reader of the office
    database) gets the refusal and no file. A table outside a view of the app (no context
    to write through) is exported unlogged, as before."""
    ctx = _context(parent)
    if ctx is None:
        return
    from ..services import app_writes

    ctx.write(lambda db: app_writes.record_export(db, "list", path, rows))


def print_shown(table: QTableView, parent: QWidget) -> bool:
    """The list as shown, as a PDF, through the printer dialog with a preview."""
    from .printing import print_pdf

    folder = Path(tempfile.mkdtemp(prefix="leietileie-utskrift-"))
    pdf = write_shown(table, folder / "liste.pdf", _title(table))
    return print_pdf(parent, pdf)


def context_menu(table: QTableView, parent: QWidget) -> QMenu:
    menu = QMenu(table)
    copy = QAction(translate("TableTools", "&Kopier"), menu)
    copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
    copy.triggered.connect(lambda: copy_selection(table))
    menu.addAction(copy)
    export = QAction(translate("TableTools", "&Eksporter listen som vist …"), menu)
    export.triggered.connect(lambda: export_shown(table, parent))
    menu.addAction(export)
    printing = QAction(translate("TableTools", "&Skriv ut listen …"), menu)
    printing.triggered.connect(lambda: print_shown(table, parent))
    menu.addAction(printing)
    return menu


def install(table: QTableView, parent: QWidget | None = None) -> QTableView:
    """Give ``table`` its right-click menu (Ctrl+C is the main window's Rediger → Kopier, which
    copies the selected rows of the focused list)."""
    owner = parent or table
    table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show(point: QPoint) -> None:
        menu = context_menu(table, owner)
        table.setProperty("context_menu", menu)
        menu.popup(table.viewport().mapToGlobal(point))

    table.customContextMenuRequested.connect(show)
    table.setProperty("leietileie_list", True)
    return table
