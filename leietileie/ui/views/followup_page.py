"""Oppfølging (issue 14): the rent arrears and the rent-to-own agreements, one household's
follow-up in detail, and the actions on it one click away.

The lists are computed by the services (``services.followup``) in a background thread with its
own connection, so the window never waits for them; they are loaded when the view is first
shown and again after every change (``households_changed``). Writes go through
``AppContext.write`` and the services; a refusal is shown in the dialog, which keeps its input.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QElapsedTimer, QThread, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain.arrears import STEP_CODES, STEP_LABELS
from ...domain.pathway import STATUS_CODES, STATUS_LABELS
from ...errors import InputError
from .. import messages
from ..context import AppContext
from ..crash import EXPECTED, message_or_raise
from ..dialogs.followup_dialogs import (
    ActionDialog,
    AgreementDialog,
    CloseCaseDialog,
    FollowupDialog,
    PaymentAgreementDialog,
    SavingsDialog,
)
from ..domain_text import error_text, problem_texts
from ..followup_detail import followup_html
from ..models.followup_models import ArrearsModel, FollowupFilter, PathwayModel, label
from ..tables import ListSplitter, list_table, wide_combo
from ..worker import Progress, Task, run_task
from .base import View
from .screening_export import FILE_FILTERS

ARREARS, PATHWAY = 0, 1

#: background loads still running: kept alive here until they finish (never collected while
#: running, even when the view that asked is gone)
_RUNNING: set[QThread] = set()


class _Loader(QThread):
    loaded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.failed.emit(exc)
            return
        self.loaded.emit(result)


def choose_export_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to export (tests replace this)."""
    name, chosen = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("FollowupPage", "Eksporter listen"),
        suggested,
        QCoreApplication.translate("ExportColumnsDialog", FILE_FILTERS),
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".csv", ".pdf"):
        chosen = chosen.lower()
        path = path.with_suffix(
            ".csv" if "csv" in chosen else ".pdf" if "pdf" in chosen else ".xlsx"
        )
    return path


def run_dialog(dialog: FollowupDialog) -> bool:
    """Show a dialog modally (tests replace this and answer it)."""
    return bool(dialog.exec())


def write_dialog(
    ctx: AppContext,
    dialog: FollowupDialog,
    title: str,
    fn: Callable[..., Any],
    household_id: int,
) -> bool:
    """Show ``dialog``; its Lagre runs the service ``fn(db, household_id, **values)`` in a
    write (background thread). A refusal is shown in the dialog, which keeps its input; the
    environment's failure in a message. After a save every list is refreshed."""

    def save(values: dict[str, Any]) -> bool:
        try:
            ctx.write(lambda db: fn(db, household_id, **values))
        except InputError as exc:
            dialog.show_problems(problem_texts(exc))
            return False
        except EXPECTED as exc:
            messages.error(dialog, title, message_or_raise(exc))
            return False
        return True

    dialog.save = save
    saved = run_dialog(dialog)
    if saved:
        ctx.households_changed.emit()  # the lists, the tenant list, the detail
    return saved


def create_agreement(
    ctx: AppContext,
    parent: QWidget,
    household_id: int,
    household: str,
    defaults: dict[str, Any] | None = None,
) -> bool:
    """A rent-to-own agreement for the household (from Oppfølging, or from Leie til eie's
    plan with its figures filled in)."""
    from ...services import followup_actions

    dialog = AgreementDialog(household, date.today(), defaults, parent)
    title = QCoreApplication.translate("FollowupPage", "Leie til eie-avtale")
    return write_dialog(ctx, dialog, title, followup_actions.create_agreement, household_id)


class FollowupPage(View):
    name = "followup"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.arrears = ArrearsModel(self)
        self.pathway = PathwayModel(self)
        self.arrears_proxy = FollowupFilter(self.arrears, self)
        self.pathway_proxy = FollowupFilter(self.pathway, self)
        #: the household shown in the detail pane
        self.household_id: int | None = None
        self.followup: Any = None
        self.loading = False
        self.loaded_once = False
        self.stale = True
        self._generation = 0
        self.task: Task | None = None
        #: the dialog while it is open (tests answer it)
        self.dialog: FollowupDialog | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        lists = self._lists()
        self.split = ListSplitter(
            lists, self._detail_pane(), lists=[self.arrears_table, self.pathway_table]
        )
        layout.addWidget(self.split, 1)
        ctx.households_changed.connect(self._changed)
        self._update_buttons()

    # Layout -------------------------------------------------------------------------

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        per = QLabel(self.tr("Per"))
        row.addWidget(per)
        today = date.today()
        self.on_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.on_edit.setDisplayFormat("dd.MM.yyyy")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setAccessibleName(self.tr("Per dato"))
        self.on_edit.dateChanged.connect(lambda _: self.refresh())
        per.setBuddy(self.on_edit)
        row.addWidget(self.on_edit)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk: navn, husstand, bolig"))
        self.search.setAccessibleName(self.tr("Søk i oppfølgingen"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        row.addWidget(self.search, 1)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antall"))
        row.addWidget(self.count_label)
        return row

    def _filter_combo(self, name: str, everything: str, items: list[tuple[str, str]]) -> QComboBox:
        box = wide_combo(QComboBox())
        box.setAccessibleName(name)
        box.setToolTip(name)
        box.addItem(everything, None)
        for code, text in items:
            box.addItem(text, code)
        return box

    def _filter_row(self, text: str, box: QComboBox) -> QHBoxLayout:
        row = QHBoxLayout()
        shown = QLabel(text)
        shown.setBuddy(box)
        row.addWidget(shown)
        row.addWidget(box)
        row.addStretch(1)
        return row

    def _lists(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Lister"))
        # the arrears
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.step_filter = self._filter_combo(
            self.tr("Neste steg"),
            self.tr("Alle steg"),
            [(code, label(STEP_LABELS, code)) for code in STEP_CODES],
        )
        self.step_filter.currentIndexChanged.connect(
            lambda _: self._set_code(self.arrears_proxy, self.step_filter)
        )
        column.addLayout(self._filter_row(self.tr("Neste steg:"), self.step_filter))
        self.arrears_table = list_table(self.tr("Restanser"), self.arrears_proxy, stretch=[1, 6])
        self.arrears_table.selectionModel().selectionChanged.connect(
            lambda *_: self._row_selected(self.arrears_table, self.arrears_proxy)
        )
        column.addWidget(self.arrears_table, 1)
        self.tabs.addTab(tab, self.tr("Restanser"))
        # the rent-to-own agreements
        tab = QWidget()
        column = QVBoxLayout(tab)
        self.status_filter = self._filter_combo(
            self.tr("Status"),
            self.tr("Alle statuser"),
            [(code, label(STATUS_LABELS, code)) for code in STATUS_CODES],
        )
        self.status_filter.currentIndexChanged.connect(
            lambda _: self._set_code(self.pathway_proxy, self.status_filter)
        )
        column.addLayout(self._filter_row(self.tr("Status:"), self.status_filter))
        self.pathway_table = list_table(
            self.tr("Leie til eie-avtaler"), self.pathway_proxy, stretch=[1]
        )
        self.pathway_table.selectionModel().selectionChanged.connect(
            lambda *_: self._row_selected(self.pathway_table, self.pathway_proxy)
        )
        column.addWidget(self.pathway_table, 1)
        self.tabs.addTab(tab, self.tr("Leie til eie"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Eksporter …"))
        self.export_button.setToolTip(self.tr("Lagre listen som Excel, CSV eller PDF"))
        self.export_button.clicked.connect(lambda: self.export())
        self.print_button = QPushButton(self.tr("Skriv &ut …"))
        self.print_button.setToolTip(self.tr("Skriv ut listen slik den vises"))
        self.print_button.clicked.connect(self.print_list)
        for button in (self.export_button, self.print_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return pane

    def _detail_pane(self) -> QWidget:
        pane = QWidget()
        pane.setMinimumWidth(300)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("Oppfølging av husstanden"))
        self.detail.setOpenLinks(False)
        layout.addWidget(self.detail, 1)
        grid = QGridLayout()
        self.buttons: dict[str, QPushButton] = {}
        for n, (key, text, tip, slot) in enumerate(
            (
                (
                    "action",
                    self.tr("Logg &tiltak …"),
                    self.tr("Påminnelse, samtale, møte, henvisning til NAV, notat"),
                    self.log_action,
                ),
                (
                    "payment",
                    self.tr("&Nedbetalingsavtale …"),
                    self.tr("Avtale om nedbetaling av restansen, med plan"),
                    self.payment_agreement,
                ),
                (
                    "savings",
                    self.tr("Registrer &sparing …"),
                    self.tr("Saldo på sparekontoen på en dato"),
                    self.record_savings,
                ),
                (
                    "close",
                    self.tr("A&vslutt restansesak …"),
                    self.tr("Avslutt restansesaken med utfallet"),
                    self.close_case,
                ),
                (
                    "agreement",
                    self.tr("Ny leie til eie-&avtale …"),
                    self.tr("Gjør planen til en avtale på husstandens sak"),
                    self.create_agreement,
                ),
                (
                    "letter",
                    self.tr("La&g brev …"),
                    self.tr("Brev til husstanden: påminnelse, innkalling, avtale"),
                    self.letter,
                ),
            )
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, slot=slot: slot())
            grid.addWidget(button, n // 2, n % 2)
            self.buttons[key] = button
        layout.addLayout(grid)
        return pane

    # Data ---------------------------------------------------------------------------

    @property
    def table(self) -> QTableView:
        """The list Rediger → Kopier and Fil → Eksporter use when no list has the focus."""
        return self.pathway_table if self.tabs.currentIndex() == PATHWAY else self.arrears_table

    @property
    def proxy(self) -> FollowupFilter:
        return self.pathway_proxy if self.tabs.currentIndex() == PATHWAY else self.arrears_proxy

    def on(self) -> date:
        picked = self.on_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def refresh(self) -> None:
        """Load both lists in a background thread (its own connection)."""
        from ...services import followup

        self._generation += 1
        generation, on, ctx = self._generation, self.on(), self.ctx
        self.loading = True
        self.stale = False
        self.count_label.setText(self.tr("Henter …"))

        def work() -> tuple[list[Any], list[Any]]:
            with ctx.open_worker_db() as db:
                return followup.arrears_rows(db, on), followup.pathway_rows(db, on)

        page = self

        def loaded(result: tuple[list[Any], list[Any]]) -> None:
            if shiboken6.isValid(page) and generation == page._generation:
                page._show(*result)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(page) and generation == page._generation:
                page.loading = False
                page.count_label.setText("")
                messages.error(
                    page,
                    QCoreApplication.translate("FollowupPage", "Kunne ikke hente oppfølgingen"),
                    error_text(exc),
                )

        thread = _Loader(work)
        _RUNNING.add(thread)
        thread.loaded.connect(loaded)
        thread.failed.connect(failed)
        thread.finished.connect(lambda: _RUNNING.discard(thread))
        thread.start()

    def wait_loaded(self, timeout_ms: int = 30_000) -> bool:
        """Wait (handling events) until the lists are loaded; for screenshots and tests."""
        clock = QElapsedTimer()
        clock.start()
        while self.loading and clock.elapsed() < timeout_ms:
            QApplication.processEvents()
            QThread.msleep(5)
        return not self.loading

    def _show(self, arrears: list[Any], pathway: list[Any]) -> None:
        keep = self.household_id if self.household_id is not None else self.ctx.current_household
        self.arrears.set_rows(arrears)
        self.pathway.set_rows(pathway)
        self.loading = False
        self.loaded_once = True
        self._update_count()
        if keep is not None and self._in_a_list(keep):
            self.select_household(keep)
        elif self.proxy.rowCount() > 0:
            self.table.selectRow(0)
        else:
            self.show_household(None)

    def _in_a_list(self, household_id: int) -> bool:
        if self.proxy.row_of(household_id) is not None:
            return True
        other = self.arrears_proxy if self.proxy is self.pathway_proxy else self.pathway_proxy
        if other.row_of(household_id) is not None:
            self.tabs.setCurrentIndex(ARREARS if other is self.arrears_proxy else PATHWAY)
            return True
        return False

    def _changed(self) -> None:
        if self.isVisible():
            self.refresh()
            if self.household_id is not None:
                self.show_household(self.household_id)
        else:
            self.stale = True

    def activated(self) -> None:
        if self.stale and not self.loading:
            self.refresh()
            return
        chosen = self.ctx.current_household  # chosen elsewhere (Leietakere, Saker …)
        if (
            not self.loading
            and chosen is not None
            and chosen != self.household_id
            and self._in_a_list(chosen)
        ):
            self.select_household(chosen)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{} i restanse · {} avtaler").format(
                self.arrears_proxy.rowCount(), self.pathway_proxy.rowCount()
            )
        )

    def _search_changed(self, text: str) -> None:
        for proxy in (self.arrears_proxy, self.pathway_proxy):
            proxy.set_search(text)
        self._update_count()

    def _set_code(self, proxy: FollowupFilter, box: QComboBox) -> None:
        proxy.set_code(box.currentData())
        self._update_count()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _tab_changed(self, _index: int) -> None:
        table, proxy = self.table, self.proxy
        if self.household_id is not None and proxy.row_of(self.household_id) is not None:
            self.select_household(self.household_id)  # the same household in the other list
        elif table.selectionModel().selectedRows():
            self._row_selected(table, proxy)
        elif proxy.rowCount() > 0:
            table.selectRow(0)

    # Selection ----------------------------------------------------------------------

    def _row_selected(self, table: QTableView, proxy: FollowupFilter) -> None:
        if table is not self.table:
            return
        rows = table.selectionModel().selectedRows()
        hid = proxy.household_id(rows[0].row()) if rows else None
        if hid is not None and hid != self.household_id:
            self.show_household(hid)
            self.ctx.household_selected.emit(hid)

    def select_household(self, household_id: int) -> bool:
        """Select the household in the list shown (and show it in the detail pane)."""
        row = self.proxy.row_of(household_id)
        if row is not None:
            self.table.selectRow(row)
        self.show_household(household_id)
        return row is not None

    def show_household(self, household_id: int | None) -> None:
        from ...services import followup

        self.household_id = household_id
        try:
            self.followup = (
                None
                if household_id is None
                else followup.household_followup(self.ctx.db, household_id, self.on())
            )
        except InputError:  # deleted meanwhile
            self.household_id, self.followup = None, None
        if self.followup is None:
            self.detail.setHtml("<p>" + self.tr("Velg en husstand i en av listene.") + "</p>")
        else:
            self.detail.setHtml(followup_html(self.followup, self.on()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.followup is not None
        for button in self.buttons.values():
            button.setEnabled(chosen)
        open_case = chosen and any(c.closed_on is None for c in self.followup.arrears_cases)
        self.buttons["close"].setEnabled(open_case)
        self.buttons["close"].setToolTip(
            self.tr("Avslutt restansesaken med utfallet")
            if open_case or not chosen
            else self.tr("Husstanden har ingen åpen restansesak")
        )
        self.export_button.setEnabled(not self.loading or self.loaded_once)

    def household_text(self) -> str:
        f = self.followup
        if f is None:
            return ""
        return f"{f.name} ({f.external_id})"

    # Actions ------------------------------------------------------------------------

    def _run(self, dialog: FollowupDialog, title: str, fn: Callable[..., Any]) -> bool:
        if self.household_id is None:
            return False
        self.dialog = dialog
        try:
            return write_dialog(self.ctx, dialog, title, fn, self.household_id)
        finally:
            self.dialog = None

    def action_dialog(self) -> ActionDialog:
        return ActionDialog(self.household_text(), date.today(), self)

    def log_action(self) -> bool:
        from ...services import followup_actions

        if self.followup is None:
            return False
        return self._run(self.action_dialog(), self.tr("Logg tiltak"), followup_actions.log_action)

    def payment_dialog(self) -> PaymentAgreementDialog:
        facts = getattr(self.followup, "facts", None)
        owed = float(getattr(facts, "owed", 0.0) or 0.0)
        return PaymentAgreementDialog(self.household_text(), date.today(), owed, self)

    def payment_agreement(self) -> bool:
        from ...services import followup_actions

        if self.followup is None:
            return False
        return self._run(
            self.payment_dialog(),
            self.tr("Nedbetalingsavtale"),
            followup_actions.create_payment_agreement,
        )

    def savings_dialog(self) -> SavingsDialog:
        return SavingsDialog(self.household_text(), date.today(), self)

    def record_savings(self) -> bool:
        from ...services import followup_actions

        if self.followup is None:
            return False
        return self._run(
            self.savings_dialog(), self.tr("Registrer sparing"), followup_actions.record_savings
        )

    def close_dialog(self) -> CloseCaseDialog:
        return CloseCaseDialog(self.household_text(), date.today(), self)

    def close_case(self) -> bool:
        from ...services import followup_actions

        if self.followup is None:
            return False
        return self._run(
            self.close_dialog(), self.tr("Avslutt restansesak"), followup_actions.close_arrears_case
        )

    def agreement_dialog(self, defaults: dict[str, Any] | None = None) -> AgreementDialog:
        if defaults is None and self.household_id is not None:
            defaults = self._unit_defaults(self.household_id)
        return AgreementDialog(self.household_text(), date.today(), defaults, self)

    def _unit_defaults(self, household_id: int) -> dict[str, Any]:
        """The rented unit's valuation as price and valuation at year 0, the household's
        savings at the start (the caseworker adjusts them)."""
        from ...services import register_reads

        household = register_reads.household(self.ctx.db, household_id)
        if household is None:
            return {}
        out: dict[str, Any] = {"savings_year0": household.savings}
        unit = (
            None
            if household.tenancy is None
            else register_reads.unit(self.ctx.db, household.tenancy.unit_id)
        )
        if unit is not None and unit.valuation:
            out["price_year0"] = out["valuation_year0"] = unit.valuation
        return out

    def create_agreement(self, defaults: dict[str, Any] | None = None) -> bool:
        from ...services import followup_actions

        if self.followup is None:
            return False
        return self._run(
            self.agreement_dialog(defaults),
            self.tr("Leie til eie-avtale"),
            followup_actions.create_agreement,
        )

    def letter(self) -> None:
        """The follow-up letters for the household (payment reminder, invitation to a talk,
        payment agreement, rent-to-own agreement, status letter, option offer), dated as the
        view; it starts on a payment reminder when the household owes rent, otherwise on the
        status letter of its rent-to-own agreement."""
        from ..dialogs.followup_letter_dialog import FollowupLetterDialog

        if self.household_id is not None:
            facts = getattr(self.followup, "facts", None)
            owes = facts is not None and facts.owed > 0
            pathway = self.tabs.currentIndex() == PATHWAY
            kind = "payment_reminder" if owes or not pathway else "pathway_status"
            self.letter_dialog = FollowupLetterDialog(
                self.ctx, self.household_id, kind, self, on=self.on()
            )
            self.letter_dialog.show()

    # Export and print ---------------------------------------------------------------

    def export(self, path: Path | None = None) -> Task | None:
        """Write the list shown (all its rows) as XLSX, CSV or PDF off the GUI thread."""
        from ...services import followup

        pathway = self.tabs.currentIndex() == PATHWAY
        stem = "leie-til-eie" if pathway else "restanser"
        on = self.on()
        path = path or choose_export_path(self, f"{stem}-{on:%Y%m%d}.xlsx")
        if path is None:
            return None
        write = getattr(followup, "export_pathway" if pathway else "export_arrears", None)
        ctx, target = self.ctx, path
        if write is None:  # the services' export not there: the list as shown
            from ...exports import write_table
            from ..table_tools import shown_table

            shown = shown_table(self.table, self.table.accessibleName())

            def work(progress: Progress) -> Path:
                return Path(write_table(shown, target))

        else:

            def work(progress: Progress) -> Path:
                with ctx.open_worker_db() as db:
                    write(db, on, target)
                return target

        self.task = run_task(
            self,
            self.tr("Eksporterer listen …"),
            work,
            lambda written: messages.info(
                self, self.tr("Eksportert"), self.tr("Listen er lagret i {}").format(written)
            ),
            lambda exc: messages.error(self, self.tr("Eksporten feilet"), error_text(exc)),
        )
        return self.task

    def print_list(self) -> bool:
        from ..table_tools import print_shown

        return print_shown(self.table, self)
