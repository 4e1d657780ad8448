"""Table models of the Saker view: cases, what is due, and any exportable ``Table``."""

from __future__ import annotations

from datetime import date
from typing import Any, ClassVar

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
from ..models import KIND_ROLE, RAW_ROLE

Index = QModelIndex | QPersistentModelIndex
OVERDUE = QColor("#c0392b")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _comparable(value: Any) -> tuple[bool, Any]:
    """Sort None last and never compare None with a value."""
    return (
        value is None,
        "" if value is None else value.lower() if isinstance(value, str) else value,
    )


def _matches(texts: Any, needle: str) -> bool:
    return any(needle in str(text).lower() for text in texts if text is not None)


class _RowsModel(QAbstractTableModel):
    """Rows in memory, sorted by a clicked header and filtered by a search text."""

    #: the typed columns (column → export kind); the others are exported as their text
    kinds: ClassVar[dict[int, str]] = {}
    #: the translation context of ``headers``
    context = ""
    headers: tuple[str, ...] = ()

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[Any] = []
        self.all_rows: list[Any] = []
        self.search = ""
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.today = date.today()

    def set_rows(self, rows: list[Any], today: date | None = None) -> None:
        self.beginResetModel()
        self.all_rows = list(rows)
        self.today = today or date.today()
        self.rows = self._arranged()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text.strip().lower()
        self.rows = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self.rows = self._arranged()
        self.layoutChanged.emit()

    def sort_key(self, row: Any, column: int) -> Any:
        """The value a column sorts by (dates and numbers as such, not their text)."""
        return self.texts(row)[column]

    def texts(self, row: Any) -> tuple[Any, ...]:
        raise NotImplementedError

    def _arranged(self) -> list[Any]:
        rows = (
            [r for r in self.all_rows if _matches(self.texts(r), self.search)]
            if self.search
            else list(self.all_rows)
        )
        if self.sort_column is not None and 0 <= self.sort_column < len(self.headers):
            col = self.sort_column
            rows.sort(
                key=lambda r: _comparable(self.sort_key(r, col)),
                reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.context, self.headers[section])
        if orientation == Qt.Orientation.Horizontal and role == KIND_ROLE:
            return self.kinds.get(section)
        return None


class CaseTableModel(_RowsModel):
    context = "CaseTableModel"
    headers = (
        QT_TRANSLATE_NOOP("CaseTableModel", "Sak"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Husstand"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Navn"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Status"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Saksbehandler"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Åpnet"),
        QT_TRANSLATE_NOOP("CaseTableModel", "Neste frist"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: CaseRow = self.rows[index.row()]
        col = index.column()
        overdue = col == 6 and row.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(row)[col]
        if role == RAW_ROLE:
            return {0: row.case_id, 5: row.opened_on, 6: row.next_due}.get(col)
        if role == Qt.ItemDataRole.ForegroundRole and overdue:
            return OVERDUE
        if role == Qt.ItemDataRole.FontRole and overdue:
            return _bold()
        if role == Qt.ItemDataRole.ToolTipRole and col == 6 and row.next_kind:
            return translate(DEADLINE_LABELS_NB.get(row.next_kind, row.next_kind))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == 0:
            return RIGHT
        return None

    kinds: ClassVar[dict[int, str]] = {0: "integer", 5: "date", 6: "date"}

    def texts(self, row: CaseRow) -> tuple[str, ...]:
        return (
            str(row.case_id),
            row.external_id,
            row.name,
            translate(CASE_STATE_LABELS_NB.get(row.state, row.state)),
            row.caseworker,
            fmt.day(row.opened_on),
            self._due(row),
        )

    def sort_key(self, row: CaseRow, column: int) -> Any:
        raw = {0: row.case_id, 5: row.opened_on, 6: row.next_due}
        return raw[column] if column in raw else self.texts(row)[column]

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
    headers = (
        QT_TRANSLATE_NOOP("DueModel", "Frist"),
        QT_TRANSLATE_NOOP("DueModel", "Hva"),
        QT_TRANSLATE_NOOP("DueModel", "Navn"),
        QT_TRANSLATE_NOOP("DueModel", "Husstand"),
        QT_TRANSLATE_NOOP("DueModel", "Status"),
    )

    def texts(self, item: DueItem) -> tuple[str, ...]:
        due = fmt.day(item.due_on) + (self.tr(" (forfalt)") if item.overdue else "")
        return (
            due,
            translate(item.label),
            item.name,
            item.external_id,
            translate(CASE_STATE_LABELS_NB.get(item.state, item.state)),
        )

    kinds: ClassVar[dict[int, str]] = {0: "date"}

    def sort_key(self, item: DueItem, column: int) -> Any:
        return item.due_on if column == 0 else self.texts(item)[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item: DueItem = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(item)[index.column()]
        if role == RAW_ROLE and index.column() == 0:
            return item.due_on
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue:
            return OVERDUE
        return None


class ExportTableModel(QAbstractTableModel):
    """Shows an export ``Table`` (money as «1 234 567 kr»), sorted by a clicked header and
    filtered by a search text."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.table: Table | None = None
        self.rows: list[Any] = []
        self.search = ""
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.AscendingOrder

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = table
        self.rows = self._arranged()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text.strip().lower()
        self.rows = self._arranged()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self.rows = self._arranged()
        self.layoutChanged.emit()

    def _arranged(self) -> list[Any]:
        if self.table is None:
            return []
        rows = list(self.table.rows)
        if self.search:
            columns = range(len(self.table.columns))
            rows = [r for r in rows if _matches((self._text(r, c) for c in columns), self.search)]
        if self.sort_column is not None and 0 <= self.sort_column < len(self.table.columns):
            col = self.sort_column
            rows.sort(
                key=lambda r: _comparable(r[col]),
                reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
        return rows

    def _text(self, row: Any, col: int) -> str:
        assert self.table is not None
        column, value = self.table.columns[col], row[col]
        if column.kind == "money":
            return fmt.kr(float(value))
        if column.kind == "integer" and column.key != "year":
            return fmt.number(float(value))
        return str(value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.table is not None
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return translate(self.table.columns[section].header)
        horizontal = orientation == Qt.Orientation.Horizontal
        if self.table is not None and horizontal and role == KIND_ROLE:
            return self.table.columns[section].kind
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.table is None:
            return None
        column = self.table.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(self.rows[index.row()], index.column())
        if role == RAW_ROLE:
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None
