"""The one way the app sets up a list table (row selection, fixed rows, quiet look)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

ROW_HEIGHT = 24


def list_table(
    name: str,
    model: QAbstractItemModel,
    *,
    multi: bool = False,
    keys: Sequence[str] = (),
    widths: Mapping[str, int] | None = None,
) -> QTableView:
    """A table over ``model`` selecting whole rows; ``keys`` and ``widths`` set column widths."""
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
    return table
