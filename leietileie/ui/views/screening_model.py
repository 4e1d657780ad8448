"""The Kartlegging results table: a lazy model over a stored screening run.

The model keeps the run's ranked index (ids, category, reasons: a few MB for 100 000
households) for counts and filters, and fetches display rows a page at a time.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...services.screening import REASON_TEXTS_NB
from ...services.screening_lists import ResultIndex, ResultRow, result_index, result_rows
from .. import fmt
from ..domain_text import translate

PAGE = 200
MAX_PAGES = 40
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole + 1

#: (key, header, right-aligned)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("rank", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Rang"), True),
    ("result", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Resultat"), False),
    ("years", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Om år"), True),
    ("name", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Søker"), False),
    ("external_id", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Husstand"), False),
    ("address", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Adresse"), False),
    ("size", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Pers."), True),
    ("price", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Pris"), True),
    ("startlan", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Startlån"), True),
    ("grant", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Tilskudd"), True),
    ("monthly_cost", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Eie/mnd"), True),
    ("rent", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Husleie/mnd"), True),
    ("surplus", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Overskudd/mnd"), True),
    ("reasons", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Begrunnelse"), False),
    ("case_state", QT_TRANSLATE_NOOP("ScreeningResultsModel", "Saksstatus"), False),
)
#: One colour per screening result (domain.categories.CATEGORIES order).
CATEGORY_COLORS = ("#2e8b57", "#1f6fb2", "#d98c1f", "#8c8c8c", "#6a3d9a")


def display(row: ResultRow, key: str) -> str:
    f = row.figures
    if key == "rank":
        return str(f.get("rank", ""))
    if key == "result":
        return translate(row.category_label)
    if key == "years":
        return "" if f.get("years") is None else str(f["years"])
    if key in ("name", "external_id", "address"):
        return str(getattr(row, key))
    if key == "size":
        return str(row.size)
    if key in ("startlan", "grant"):
        return fmt.kr(f.get(key)) if f.get(key) else ""
    if key in ("price", "monthly_cost", "rent", "surplus"):
        return fmt.kr(getattr(row, key))
    if key == "reasons":
        # From the reason codes, never by splitting the joined bokmål text.
        return "; ".join(translate(REASON_TEXTS_NB.get(code, code)) for code in row.reasons)
    return translate(row.case_label)


def sort_value(row: ResultRow | None, key: str) -> tuple[bool, Any]:
    """What a column sorts by: amounts and counts as numbers, the rest as shown; missing last."""
    if row is None:
        return (True, 0)
    f = row.figures
    if key in ("startlan", "grant", "years"):
        value = f.get(key)
        return (value is None, value or 0)
    if key in ("price", "monthly_cost", "rent", "surplus", "size"):
        value = getattr(row, key)
        return (value is None, value or 0)
    return (False, display(row, key).lower())


class ScreeningResultsModel(QAbstractTableModel):
    def __init__(self, db: Any, parent: Any = None):
        super().__init__(parent)
        self.db = db
        self.run_id: int | None = None
        self.index_ = ResultIndex([], [], [])
        self.positions: list[int] = []
        self._pages: OrderedDict[int, dict[int, ResultRow]] = OrderedDict()
        self.category: str | None = None
        self.reason: str | None = None
        self.search = ""
        self.sort_column: int | None = None
        self.sort_order = Qt.SortOrder.AscendingOrder
        self._every_row: dict[int, ResultRow] | None = None

    # Qt interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.positions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ScreeningResultsModel", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self.household_id(index.row())
        key, _, right = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "result":
                return QColor(CATEGORY_COLORS[self.index_.category[self.positions[index.row()]]])
            return None
        text = display(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return text if key in ("reasons", "address", "name") and text else None
        return text

    # Ours ---------------------------------------------------------------------------

    def load(self, run_id: int | None, index: ResultIndex | None = None) -> None:
        """Show a run; ``index`` when it was already read (in a background task)."""
        self.beginResetModel()
        self.run_id = run_id
        if index is None:
            index = result_index(self.db, run_id) if run_id is not None else ResultIndex([], [], [])
        self.index_ = index
        self._every_row = None
        self.positions = self._arranged()
        self._pages.clear()
        self.endResetModel()

    def set_filter(self, category: str | None, reason: str | None) -> None:
        self.beginResetModel()
        self.category, self.reason = category, reason
        self.positions = self._arranged()
        self._pages.clear()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self.search = text.strip().lower()
        self.positions = self._arranged()
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.sort_column, self.sort_order = column, order
        self.positions = self._arranged()
        self._pages.clear()
        self.layoutChanged.emit()

    def _rows_by_id(self) -> dict[int, ResultRow]:
        """Every row of the run (loaded once, when a search or a sort needs them)."""
        if self._every_row is None:
            rows: dict[int, ResultRow] = {}
            ids = self.index_.ids
            if self.run_id is not None:
                for start in range(0, len(ids), 5000):
                    rows.update(result_rows(self.db, self.run_id, ids[start : start + 5000]))
            self._every_row = rows
        return self._every_row

    def _arranged(self) -> list[int]:
        positions = self.index_.select(self.category, self.reason)
        column = (
            self.sort_column
            if self.sort_column is not None and 0 < self.sort_column < len(COLUMNS)
            else None
        )
        if not self.search and column is None:
            return positions
        rows, ids = self._rows_by_id(), self.index_.ids
        if self.search:
            needle = self.search

            def hit(p: int) -> bool:
                row = rows.get(ids[p])
                return row is not None and any(
                    needle in display(row, k).lower() for k in ("name", "external_id", "address")
                )

            positions = [p for p in positions if hit(p)]
        if column is not None:
            key = COLUMNS[column][0]
            positions.sort(
                key=lambda p: sort_value(rows.get(ids[p]), key),
                reverse=self.sort_order == Qt.SortOrder.DescendingOrder,
            )
        elif self.sort_order == Qt.SortOrder.DescendingOrder and self.sort_column == 0:
            positions.reverse()
        return positions

    def household_id(self, row: int) -> int | None:
        if 0 <= row < len(self.positions):
            return self.index_.ids[self.positions[row]]
        return None

    def row_at(self, row: int) -> ResultRow | None:
        if self.run_id is None or not 0 <= row < len(self.positions):
            return None
        number = row // PAGE
        page = self._pages.get(number)
        if page is None:
            ids = [self.index_.ids[p] for p in self.positions[number * PAGE : (number + 1) * PAGE]]
            page = result_rows(self.db, self.run_id, ids)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page.get(self.index_.ids[self.positions[row]])

    def refresh_rows(self) -> None:
        """Drop fetched pages (case status may have changed) without losing the filter."""
        self.beginResetModel()
        self._pages.clear()
        self._every_row = None
        self.endResetModel()
