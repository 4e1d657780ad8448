"""The tenant list's table model: lazy pages over the repository, sorted and filtered in SQL.

Only the rows of the pages the view has asked for are in memory (pages of ``PAGE`` rows,
at most ``MAX_PAGES`` kept), so a 100 000-household register scrolls without loading it.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ..domain.register import CASE_STATE_LABELS_NB
from ..services.ui_support import ListQuery, count_households, page_households
from ..storage import HOUSEHOLD_TYPE_LABELS_NB, Database, HouseholdRow
from . import fmt
from .domain_text import translate
from .models import KIND_ROLE, RAW_ROLE

PAGE = 200
#: rows read at a time when the whole list is exported
EXPORT_PAGE = 5_000
MAX_PAGES = 40
Index = QModelIndex | QPersistentModelIndex

#: (sort key, header, alignment right?)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("name", QT_TRANSLATE_NOOP("HouseholdTableModel", "Navn"), False),
    ("national_id", QT_TRANSLATE_NOOP("HouseholdTableModel", "Fødselsnr."), False),
    ("address", QT_TRANSLATE_NOOP("HouseholdTableModel", "Adresse"), False),
    ("unit_id", QT_TRANSLATE_NOOP("HouseholdTableModel", "Bolig"), False),
    ("household_type", QT_TRANSLATE_NOOP("HouseholdTableModel", "Husstand"), False),
    ("size", QT_TRANSLATE_NOOP("HouseholdTableModel", "Pers."), True),
    ("gross_income", QT_TRANSLATE_NOOP("HouseholdTableModel", "Inntekt/år"), True),
    ("rent", QT_TRANSLATE_NOOP("HouseholdTableModel", "Husleie/mnd"), True),
    ("arrears", QT_TRANSLATE_NOOP("HouseholdTableModel", "Restanse"), True),
    ("case_state", QT_TRANSLATE_NOOP("HouseholdTableModel", "Status"), False),
)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
#: the typed columns' export kinds (the others are text)
KINDS = {"size": "integer", "gross_income": "money", "rent": "money", "arrears": "money"}


class HouseholdTableModel(QAbstractTableModel):
    def __init__(self, db: Database, parent: Any = None):
        super().__init__(parent)
        self.db = db
        self.query = ListQuery()
        self.sort_key = "name"
        self.descending = False
        self._count = count_households(db, self.query)
        self._pages: OrderedDict[int, list[HouseholdRow]] = OrderedDict()
        #: sorted by the shown household type: (query for one type, its row count), in order
        self._groups: list[tuple[ListQuery, int]] | None = None

    # Qt interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("HouseholdTableModel", COLUMNS[section][1])
        if orientation == Qt.Orientation.Horizontal and role == KIND_ROLE:
            return KINDS.get(COLUMNS[section][0])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][2]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RAW_ROLE:
            return self._value(row, COLUMNS[index.column()][0])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{row.name} ({row.external_id})"
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column][0]
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # Ours ---------------------------------------------------------------------------

    def set_query(self, query: ListQuery) -> None:
        if query != self.query:
            self.query = query
            self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._count = count_households(self.db, self.query)
        self._groups = self._type_groups() if self.sort_key == "household_type" else None
        self.endResetModel()

    def _type_groups(self) -> list[tuple[ListQuery, int]] | None:
        """The household types in the order of their shown (translated) labels, each as the
        query for its rows and their count: the list sorts by the text it shows, not by the
        stored code. None (the stored order) if the types do not account for every row."""
        chosen = self.query.filters.household_type
        codes = [c for c in HOUSEHOLD_TYPE_LABELS_NB if not chosen or c in chosen]
        codes.sort(key=lambda c: translate(HOUSEHOLD_TYPE_LABELS_NB[c]).casefold())
        if self.descending:
            codes.reverse()
        groups = []
        for code in codes:
            filters = replace(self.query.filters, household_type=(code,))
            query = replace(self.query, filters=filters)
            groups.append((query, count_households(self.db, query)))
        return groups if sum(n for _, n in groups) == self._count else None

    def _fetch(self, offset: int, limit: int, db: Database | None = None) -> list[HouseholdRow]:
        db = db or self.db
        if self._groups is None:
            return page_households(db, self.query, offset, limit, self.sort_key, self.descending)
        rows: list[HouseholdRow] = []
        for query, count in self._groups:  # by name within a type
            if offset >= count:
                offset -= count
                continue
            rows += page_households(db, query, offset, limit - len(rows), "name", False)
            offset = 0
            if len(rows) >= limit:
                break
        return rows

    def row_at(self, row: int) -> HouseholdRow | None:
        number, offset = divmod(row, PAGE)
        page = self._pages.get(number)
        if page is None:
            page = self._fetch(number * PAGE, PAGE)
            self._pages[number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return page[offset] if offset < len(page) else None

    def export_values(
        self,
        columns: list[int],
        pause: Callable[[int, int], bool | None] | None = None,
        db: Database | None = None,
    ) -> list[tuple[object, ...]]:
        """Every row in the list's order, the typed columns as values (``RAW_ROLE``) and the
        others as their text, read in pages of ``EXPORT_PAGE`` rows (not through ``data``
        cell by cell: a 100 000-row export). ``pause(done, total)`` as in ``shown_values``.
        With ``db`` (a worker thread's own connection) it runs off the GUI thread: it reads
        only the query, sort and counts the list holds, which a window-modal dialog keeps
        from changing meanwhile."""
        from ..exports import ExportCancelled

        keys = [(COLUMNS[c][0], COLUMNS[c][0] in KINDS) for c in columns]
        out: list[tuple[object, ...]] = []
        for offset in range(0, self._count, EXPORT_PAGE):
            if pause is not None and offset and pause(offset, self._count) is False:
                raise ExportCancelled()
            for row in self._fetch(offset, EXPORT_PAGE, db):
                out.append(
                    tuple(
                        self._value(row, k) if typed else self._display(row, k) for k, typed in keys
                    )
                )
        return out

    def household_id(self, row: int) -> int | None:
        found = self.row_at(row)
        return None if found is None else found.id

    def row_of(self, household_id: int) -> int | None:
        """The row of a household among the pages already loaded (None if not loaded)."""
        for number, page in self._pages.items():
            for offset, r in enumerate(page):
                if r.id == household_id:
                    return number * PAGE + offset
        return None

    def _value(self, row: HouseholdRow, key: str) -> object:
        """The typed value behind a typed column's text (None where the list shows none)."""
        if key == "size":
            return row.size
        if key == "gross_income":
            return row.gross_income
        if key == "rent":
            return row.rent
        if key == "arrears":
            return row.arrears or None
        return None

    def _display(self, row: HouseholdRow, key: str) -> str:
        if key == "name":
            return row.name
        if key == "national_id":
            return row.national_id_masked
        if key == "address":
            return row.address
        if key == "unit_id":
            return row.unit_id
        if key == "household_type":
            return translate(HOUSEHOLD_TYPE_LABELS_NB.get(row.household_type, row.household_type))
        if key == "size":
            return str(row.size)
        if key == "gross_income":
            return fmt.kr(row.gross_income)
        if key == "rent":
            return fmt.kr(row.rent) if row.rent is not None else ""
        if key == "arrears":
            return fmt.kr(row.arrears) if row.arrears else ""
        return translate(CASE_STATE_LABELS_NB.get(row.case_state, row.case_state))
