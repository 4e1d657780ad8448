"""The one way the app sets up a list table (row selection, fixed rows, quiet look)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableView

ROW_HEIGHT = 24


def fit_columns(table: QTableView, most: int = 360) -> None:
    """Size the columns to their header and the rows in view (no column wider than ``most``)."""
    table.resizeColumnsToContents()
    for column in range(table.model().columnCount()):
        if table.columnWidth(column) > most:
            table.setColumnWidth(column, most)


def compact_combo(box: QComboBox, chars: int = 12) -> QComboBox:
    """A combo box whose minimum width does not grow with its longest item (the popup still
    shows the whole text)."""
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(chars)
    return box


def list_table(
    name: str,
    model: QAbstractItemModel,
    *,
    multi: bool = False,
    keys: Sequence[str] = (),
    widths: Mapping[str, int] | None = None,
    sortable: bool = True,
) -> QTableView:
    """A table over ``model`` selecting whole rows, sorted by a click on a header, with a
    right-click menu to copy, export and print it; ``keys`` and ``widths`` set column widths."""
    table = QTableView()
    table.setAccessibleName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if multi else mode.SingleSelection)
    header = table.verticalHeader()
    header.setVisible(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(ROW_HEIGHT)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    for column, key in enumerate(keys):
        if widths and key in widths:
            table.setColumnWidth(column, widths[key])
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setResizeContentsPrecision(0)  # size columns to the rows in view
    table.horizontalHeader().setSortIndicator(
        -1, Qt.SortOrder.AscendingOrder
    )  # the model's own order
    table.setSortingEnabled(sortable)
    from .table_tools import install

    install(table)
    return table
