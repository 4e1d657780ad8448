"""Table models of the Saker view: cases, what is due, and any exportable ``Table``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ...domain.register import CASE_STATE_LABELS_NB
from ...exports import Table
from ...services.case_lists import CaseRow, DueItem
from ...services.cases import DEADLINE_LABELS_NB
from .. import fmt
from ..domain_text import translate

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _RowsModel(QAbstractTableModel):
    #: the translation context of ``headers``
    context = ""
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.today = date.today()

    def set_rows(self, rows: list[Any], today: date | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.today = today or date.today()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        return None


class CaseTableModel(_RowsModel):
    context = "CaseTableModel"
    headers = (QT_TRANSLATE_NOOP("CaseTableModel", "Sak"), QT_TRANSLATE_NOOP("CaseTableModel", "Husstand"),
               QT_TRANSLATE_NOOP("CaseTableModel", "Navn"), QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
               QT_TRANSLATE_NOOP("CaseTableModel", "Saksbehandler"), QT_TRANSLATE_NOOP("CaseTableModel", "Åpnet"),
               QT_TRANSLATE_NOOP("CaseTableModel", "Neste frist"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CaseRow = self.rows[index.row()]
        col = index.column()
        overdue = col == 6 and row.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            values = (str(row.case_id), row.external_id, row.name,
                      translate(CASE_STATE_LABELS_NB.get(row.state, row.state)), row.caseworker,
                      fmt.day(row.opened_on), self._due(row))  # fmt: skip
            return values[col]
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return OVERDUE
        if role == Qt.ItemDataRole.FontRole and overdue:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and row.next_kind:
            return translate(DEADLINE_LABELS_NB.get(row.next_kind, row.next_kind))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return RIGHT
        return None

    def _due(self, row: CaseRow) -> str:
        if row.next_due is None:
            return ""
        text = fmt.day(row.next_due)
        return self.tr("{} (forfalt)").format(text) if row.overdue(self.today) else text

    def case_id(self, row: int) -> int | None:
        return self.rows[row].case_id if 0 <= row < len(self.rows) else None

    def row_of(self, case_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.case_id == case_id), None)


class DueModel(_RowsModel):
    context = "DueModel"
    headers = (QT_TRANSLATE_NOOP("DueModel", "Frist"), QT_TRANSLATE_NOOP("DueModel", "Hva"),
               QT_TRANSLATE_NOOP("DueModel", "Navn"), QT_TRANSLATE_NOOP("DueModel", "Husstand"),
               QT_TRANSLATE_NOOP("DueModel", "Status"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: DueItem = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            due = fmt.day(item.due_on) + (self.tr(" (forfalt)") if item.overdue else "")
            return (due, translate(item.label), item.name, item.external_id,
                    translate(CASE_STATE_LABELS_NB.get(item.state, item.state)))[index.column()]  # fmt: skip
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return OVERDUE
        return None


class ExportTableModel(QAbstractTableModel):
    """Shows an export ``Table`` (money as «1 234 567 kr»)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is not None and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self.table.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        value = self.table.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind == "money":
                return fmt.kr(float(value))  # type: ignore[arg-type]
            if column.kind == "integer" and column.key != "year":
                return fmt.number(float(value))  # type: ignore[arg-type]
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None
