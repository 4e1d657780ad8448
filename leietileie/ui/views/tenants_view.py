"""Leietakere: the tenant register as a lazy table with search, filters and a detail pane."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.categories import CATEGORIES, CATEGORY_LABELS_NB
from ...domain.model import INCOME_KINDS, INCOME_LABELS_NB
from ...domain.register import CASE_STATE_LABELS_NB, CASE_STATES
from ...services.ui_support import ListQuery, household_detail
from ...storage import HOUSEHOLD_TYPE_LABELS_NB, HouseholdFilters
from ...storage.queries.listing import HOUSEHOLD_TYPES
from .. import fmt
from ..context import AppContext
from ..domain_text import translate
from ..household_detail import detail_html
from ..household_model import COLUMNS, HouseholdTableModel
from ..tables import ListSplitter, list_table, wide_combo
from .base import View
from .tenant_actions import TenantActions

SEARCH_DELAY_MS = 150


def _filter_combo(name: str, everything: str, items: list[tuple[object, str]]) -> QComboBox:
    box = wide_combo(QComboBox())
    box.setAccessibleName(name)
    box.setToolTip(name)
    box.addItem(everything, None)
    for data, label in items:
        box.addItem(label, data)
    return box


class TenantsView(View):
    name = "tenants"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = HouseholdTableModel(ctx.db, self)
        self.timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.apply_query)
        layout = QVBoxLayout(self)
        layout.addLayout(self._search_row())
        layout.addLayout(self._filter_row())
        self.actions_bar = TenantActions(self)
        layout.addWidget(self.actions_bar)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Detaljer om husstanden"))
        self.detail.setOpenLinks(False)
        self.detail.setMinimumWidth(240)
        self.split = ListSplitter(self._table(), self.detail)
        layout.addWidget(self.split, 1)
        ctx.households_changed.connect(self.refresh)
        self._update_count()

    def _search_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk: navn, adresse, bolig, fødselsnr. (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Søk"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.timer.start())
        row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antall husstander"))
        row.addWidget(self.count_label)
        return row

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.type_filter = _filter_combo(
            self.tr("Husstandstype"),
            self.tr("Alle husstander"),
            [(t, translate(HOUSEHOLD_TYPE_LABELS_NB[t])) for t in HOUSEHOLD_TYPES],
        )
        self.income_filter = _filter_combo(
            self.tr("Inntektstype"),
            self.tr("Alle inntekter"),
            [(k, translate(INCOME_LABELS_NB[k])) for k in INCOME_KINDS],
        )
        self.category_filter = _filter_combo(
            self.tr("Kartlegging"),
            self.tr("Alle kartlagte"),
            [(c, translate(CATEGORY_LABELS_NB[c])) for c in CATEGORIES],
        )
        self.status_filter = _filter_combo(
            self.tr("Saksstatus"),
            self.tr("Alle statuser"),
            [(s, translate(CASE_STATE_LABELS_NB[s])) for s in CASE_STATES],
        )
        self.arrears_filter = _filter_combo(
            self.tr("Restanse"),
            self.tr("Med og uten restanse"),
            [(True, self.tr("Med restanse")), (False, self.tr("Uten restanse"))],
        )
        for box in (
            self.type_filter,
            self.income_filter,
            self.category_filter,
            self.status_filter,
            self.arrears_filter,
        ):
            box.currentIndexChanged.connect(self.apply_query)
            row.addWidget(box)
        row.addStretch(1)
        return row

    def _table(self) -> QTableView:
        table = list_table(
            self.tr("Husstander"), self.model, keys=[key for key, _, _ in COLUMNS], stretch=[0]
        )
        table.setSortingEnabled(True)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.selectionModel().selectionChanged.connect(self._selected)
        table.doubleClicked.connect(lambda _: self.actions_bar.edit_household())
        self.table = table
        return table

    # Query --------------------------------------------------------------------------

    def query(self) -> ListQuery:
        def chosen(box: QComboBox) -> tuple[str, ...]:
            return () if box.currentData() is None else (box.currentData(),)

        filters = HouseholdFilters(
            case_state=chosen(self.status_filter),
            household_type=chosen(self.type_filter),
            has_arrears=self.arrears_filter.currentData(),
        )
        return ListQuery(
            self.search.text().strip(),
            filters,
            self.income_filter.currentData(),
            self.category_filter.currentData(),
        )

    def apply_query(self) -> None:
        self.timer.stop()
        self.model.set_query(self.query())
        self._update_count()
        if self.model.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.detail.clear()

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.reload()
        self._update_count()
        row = self.model.row_of(selected) if selected is not None else None
        if row is not None:
            self.table.selectRow(row)
        elif selected is not None:
            self.show_detail(selected)

    def _update_count(self) -> None:
        n = self.model.rowCount()
        self.count_label.setText(fmt.households(n))

    # Selection ----------------------------------------------------------------------

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.household_id(rows[0].row()) if rows else None

    def _selected(self, _new: QItemSelection, _old: QItemSelection) -> None:
        hid = self.selected_id()
        if hid is not None:
            self.show_detail(hid)
            self.ctx.household_selected.emit(hid)

    def show_detail(self, household_id: int) -> None:
        from ..followup_detail import followup_section

        detail = household_detail(self.ctx.db, household_id)
        text = detail_html(detail) + followup_section(self.ctx.db, household_id) if detail else ""
        self.detail.setHtml(text)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def activated(self) -> None:
        if self.selected_id() is None and self.model.rowCount() > 0:
            self.table.selectRow(0)
