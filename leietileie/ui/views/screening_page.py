"""Kartlegging: screen the register, see who can buy and why, export lists, invite households."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.messages import Message
from ...services.cases import mark_screened
from ...services.eligibility import export_eligibility
from ...services.screening import (
    CATEGORIES,
    CATEGORY_LABELS_NB,
    REASON_TEXTS_NB,
    ScreeningCancelled,
    ScreeningOptions,
    screen_register,
)
from ...services.screening_lists import result_index, run_info
from ...services.settings import Settings
from .. import fmt, messages
from ..charts import count_axis
from ..context import AppContext
from ..domain_text import error_text, message_text, translate
from ..tables import fit_columns, list_table, wide_combo
from ..worker import Progress, Task, run_task
from .base import View
from .screening_export import FILE_FILTERS, ExportColumnsDialog
from .screening_model import CATEGORY_COLORS, COLUMNS, ScreeningResultsModel

WIDTHS = {
    "rank": 50,
    "result": 160,
    "years": 50,
    "name": 190,
    "external_id": 95,
    "address": 220,
    "size": 45,
    "price": 105,
    "startlan": 105,
    "grant": 95,
    "monthly_cost": 90,
    "rent": 95,
    "surplus": 120,
    "reasons": 300,
    "case_state": 95,
}
#: households per ``mark_screened`` call when opening cases (progress and Avbryt between them)
CASES_BATCH = 200
#: The widest a reason may be in the filter (pixels).
REASON_ROOM = 280
#: A run with more households than this is loaded in a background task (issue 15 item 4).
BACKGROUND_LOAD_ROWS = 20_000


def letters_service() -> Any | None:
    """The letters service's batch function (``produce_batch``), when that service exists."""
    try:
        module = importlib.import_module("leietileie.services.letters")
    except ImportError:
        return None
    return getattr(module, "produce_batch", None)


class ScreeningPage(View):
    name = "screening"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = ScreeningResultsModel(ctx.db, self)
        self.task: Task | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_row())
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._summary())
        split.addWidget(self._table())
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        layout.addWidget(split, 1)
        layout.addLayout(self._action_row())
        self.load_run(None)

    # Layout -------------------------------------------------------------------------

    def _top_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.run_button = QPushButton(self.tr("K&jør kartlegging"))
        self.run_button.setToolTip(
            self.tr("Vurder alle husstander for boligen de leier, med kommunens forutsetninger")
        )
        self.run_button.clicked.connect(self.run_screening)
        row.addWidget(self.run_button)
        self.run_label = QLabel()
        self.run_label.setWordWrap(True)
        self.run_label.setAccessibleName(self.tr("Om kartleggingen"))
        row.addWidget(self.run_label, 1)
        self.category_filter = QComboBox()
        self.category_filter.setAccessibleName(self.tr("Resultat"))
        self.category_filter.addItem(self.tr("Alle resultater"), None)
        for key in CATEGORIES:
            self.category_filter.addItem(translate(CATEGORY_LABELS_NB[key]), key)
        self.reason_filter = QComboBox()
        self.reason_filter.setAccessibleName(self.tr("Begrunnelse"))
        self.reason_filter.addItem(self.tr("Alle begrunnelser"), None)
        for key, text in REASON_TEXTS_NB.items():
            whole = translate(text)
            self.reason_filter.addItem(self._short_reason(whole), key)
            self.reason_filter.setItemData(
                self.reason_filter.count() - 1, whole, Qt.ItemDataRole.ToolTipRole
            )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk: navn, husstand, adresse"))
        self.search.setAccessibleName(self.tr("Søk i resultatene"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        row.addWidget(self.search)
        for box in (self.category_filter, self.reason_filter):
            wide_combo(box)
            box.currentIndexChanged.connect(self.apply_filter)
            row.addWidget(box)
        self.count_label = QLabel()
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.count_label)
        return row

    def _summary(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        counts = QVBoxLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, color in zip(CATEGORIES, CATEGORY_COLORS, strict=True):
            label = QLabel()
            label.setStyleSheet(f"color: {color}; font-weight: bold;")
            self.count_labels[key] = label
            counts.addWidget(label)
        counts.addStretch(1)
        row.addLayout(counts)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Fordeling av husstander"))
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Diagram over fordelingen"))
        self.chart_view.setMinimumHeight(200)
        row.addWidget(self.chart_view, 1)
        return box

    def _short_reason(self, text: str) -> str:
        """A reason as the filter lists it: without its explanation in brackets and at most
        REASON_ROOM pixels wide (the tooltip has the whole text)."""
        short = text.split(" (")[0]
        metrics = self.fontMetrics()
        return metrics.elidedText(short, Qt.TextElideMode.ElideRight, REASON_ROOM)

    def _table(self) -> QTableView:
        table = list_table(
            self.tr("Resultater"),
            self.model,
            multi=True,
            keys=[key for key, _, _ in COLUMNS],
            widths=WIDTHS,
        )
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table = table
        return table

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&ksporter liste …"))
        self.export_button.setToolTip(
            self.tr("Lagre listen som Excel, CSV eller PDF (filteret over gjelder)")
        )
        self.export_button.clicked.connect(self.export_list)
        self.cases_button = QPushButton(self.tr("Åpne &saker (kartlagt)"))
        self.cases_button.setToolTip(
            self.tr("Åpne en sak med status Kartlagt for de valgte husstandene")
        )
        self.cases_button.clicked.connect(self.open_cases)
        self.letters_button = QPushButton(self.tr("Lag &invitasjonsbrev"))
        self.letters_button.clicked.connect(self.make_letters)
        for button in (self.export_button, self.cases_button, self.letters_button):
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        self.selection_label = QLabel()
        row.addWidget(self.selection_label)
        return row

    # Data ---------------------------------------------------------------------------

    def load_run(self, run_id: int | None) -> None:
        """Show a run. A large one (more than BACKGROUND_LOAD_ROWS households: 100 000 take
        about 0.4 s) is read in a background task with its own connection, so the window
        stays responsive; a small one at once."""
        info = run_info(self.ctx.db, run_id)
        if info is not None and info.households > BACKGROUND_LOAD_ROWS:

            def work(progress):  # type: ignore[no-untyped-def]
                with self.ctx.open_worker_db() as db:
                    return result_index(db, info.id)

            self.load_task = run_task(
                self,
                self.tr("Henter kartleggingen …"),
                work,
                lambda index: self._show_run(info, index),
            )
            return
        self._show_run(info, None)

    def _show_run(self, info, index) -> None:  # type: ignore[no-untyped-def]
        self.model.load(None if info is None else info.id, index)
        if info is None:
            self.run_label.setText(self.tr("Ingen kartlegging er kjørt ennå."))
        else:
            self.run_label.setText(
                self.tr("Kartlegging nr. {} per {} (regelår {}): {} husstander").format(
                    info.id, fmt.day(info.on), info.rules_year, fmt.number(info.households)
                )
            )
        self._show_counts()
        self.apply_filter()
        fit_columns(self.table)

    def _show_counts(self) -> None:
        counts = self.model.index_.counts()
        for key, label in self.count_labels.items():
            label.setText(f"{translate(CATEGORY_LABELS_NB[key])}: {fmt.number(counts[key])}")
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # Horizontal bars, one colour per category (the colour of its count beside the chart),
        # the count in the category's label: one dominant bar leaves the others readable.
        # A horizontal bar chart draws its first category at the bottom: list them bottom-up.
        rows = list(reversed(CATEGORIES))
        series = QHorizontalStackedBarSeries()
        for key, color in zip(CATEGORIES, CATEGORY_COLORS, strict=True):
            bars = QBarSet(translate(CATEGORY_LABELS_NB[key]))
            bars.append([float(counts[key]) if row == key else 0.0 for row in rows])
            bars.setColor(QColor(color))
            bars.setBorderColor(QColor(color))
            series.append(bars)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append([f"{translate(CATEGORY_LABELS_NB[k])} ({fmt.number(counts[k])})" for k in rows])
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        values = count_axis(max(counts.values(), default=0))
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self.count_label.setText(fmt.households(self.model.rowCount()))
        self._selection_changed()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_filter(self) -> None:
        self.model.set_filter(self.category_filter.currentData(), self.reason_filter.currentData())
        self.count_label.setText(fmt.households(self.model.rowCount()))
        self._selection_changed()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [h for h in (self.model.household_id(r) for r in rows) if h is not None]

    def _selection_changed(self, *_: object) -> None:
        n = len(self.table.selectionModel().selectedRows())
        has_run = self.model.run_id is not None
        self.selection_label.setText(self.tr("{} valgt").format(n) if n else "")
        self.export_button.setEnabled(has_run and self.model.rowCount() > 0)
        self.cases_button.setEnabled(n > 0)
        if letters_service() is None:
            self.letters_button.setEnabled(False)
            self.letters_button.setToolTip(self.tr("Brevtjenesten er ikke tilgjengelig ennå"))
        else:
            self.letters_button.setEnabled(n > 0)
            self.letters_button.setToolTip(
                self.tr("Lag invitasjon til samtale for de valgte husstandene")
            )
        if n == 1:
            hid = self.selected_ids()[0]
            self.ctx.household_selected.emit(hid)

    # Actions ------------------------------------------------------------------------

    def run_screening(self) -> None:
        ctx = self.ctx

        def work(progress: Progress) -> int:
            db = ctx.open_worker_db()
            try:
                options = ScreeningOptions.from_settings(Settings(db))
                return screen_register(db, options, progress).run_id
            finally:
                db.close()

        self.run_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Kartlegger registeret …"), work, self._screened, self._failed
        )

    def _screened(self, run_id: int) -> None:
        self.run_button.setEnabled(True)
        self.load_run(run_id)

    def _failed(self, exc: BaseException) -> None:
        self.run_button.setEnabled(True)
        if isinstance(exc, ScreeningCancelled):
            messages.info(
                self,
                self.tr("Kartlegging"),
                self.tr("Kartleggingen ble avbrutt. Ingenting ble lagret."),
            )
        else:
            messages.error(self, self.tr("Kartleggingen feilet"), error_text(exc))

    def export_list(self) -> None:
        dialog = ExportColumnsDialog(self, self.model.rowCount())
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.keys():
            return
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Lagre liste"),
            "kartlegging.xlsx",
            QCoreApplication.translate("ExportColumnsDialog", FILE_FILTERS),
        )
        if not path:
            return
        if not Path(path).suffix:
            path += ".csv" if "csv" in chosen else ".pdf" if "pdf" in chosen else ".xlsx"
        self.export_to(Path(path), dialog.keys(), dialog.full_identity.isChecked())

    def export_to(self, path: Path, keys: list[str], full_identity: bool = False) -> Task | None:
        """Write the current list (category filter applies) off the GUI thread."""
        run_id, ctx = self.model.run_id, self.ctx
        if run_id is None:
            return None
        category = self.category_filter.currentData()
        categories = () if category is None else (category,)

        def work(progress: Progress) -> Path:
            db = ctx.open_worker_db()
            try:
                return export_eligibility(
                    db,
                    run_id,
                    path,
                    keys=keys,
                    categories=categories,
                    full_identity=full_identity,
                    progress=progress,
                )
            finally:
                db.close()

        def done(written: Path) -> None:
            messages.info(
                self, self.tr("Eksportert"), self.tr("Listen er lagret i {}").format(written)
            )

        self.task = run_task(
            self,
            self.tr("Eksporterer liste …"),
            work,
            done,
            lambda exc: messages.error(self, self.tr("Eksporten feilet"), str(exc)),
        )
        return self.task

    def open_cases(self) -> Task | None:
        """Open a *kartlagt* case for the selected households, off the GUI thread.

        The households go to ``mark_screened`` a batch at a time (each batch one transaction),
        so the progress moves and Avbryt stops between batches; what was opened stays opened.
        """
        ids, run_id, ctx = self.selected_ids(), self.model.run_id, self.ctx
        if not ids or run_id is None:
            return None

        def work(progress: Progress) -> tuple[int, int, bool]:
            db = ctx.open_worker_db()
            opened = skipped = 0
            try:
                for start in range(0, len(ids), CASES_BATCH):
                    if not progress(start, len(ids)):
                        return opened, skipped, True
                    result = mark_screened(db, run_id, ids[start : start + CASES_BATCH])
                    opened, skipped = opened + len(result.opened), skipped + result.skipped
                progress(len(ids), len(ids))
                return opened, skipped, False
            finally:
                db.close()

        def done(outcome: tuple[int, int, bool]) -> None:
            opened, skipped, cancelled = outcome
            self.cases_button.setEnabled(bool(self.selected_ids()))
            self.model.refresh_rows()
            self.ctx.households_changed.emit()
            text = self.tr("{} saker åpnet, {} hadde allerede en åpen sak.").format(opened, skipped)
            if cancelled:
                text = self.tr("Avbrutt før alle var behandlet.") + " " + text
            messages.info(self, self.tr("Saker"), text)

        def failed(exc: BaseException) -> None:
            self.cases_button.setEnabled(bool(self.selected_ids()))
            self.model.refresh_rows()
            messages.error(self, self.tr("Kunne ikke åpne saker"), error_text(exc))

        self.cases_button.setEnabled(False)
        self.task = run_task(
            self, self.tr("Åpner saker for {} husstander …").format(len(ids)), work, done, failed
        )
        return self.task

    def make_letters(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Velg mappe for brevene"))
        if folder:
            self.make_letters_in(Path(folder))

    def make_letters_in(self, out_dir: Path) -> Task | None:
        """Invitation letters for the selected households: one PDF each and one for printing."""
        produce, ids, ctx = letters_service(), self.selected_ids(), self.ctx
        if produce is None or not ids:
            return None

        def work(progress: Progress) -> Any:
            db = ctx.open_worker_db()
            try:
                return produce(db, ids, out_dir, letter_type="invitation", progress=progress)
            finally:
                db.close()

        def done(result: Any) -> None:
            text = self.tr("{} invitasjonsbrev er laget i {}.").format(len(result.letters), out_dir)
            if result.problems:
                refused = [
                    message_text(p) if isinstance(p, Message) else translate(p)
                    for p in result.problem_messages
                ]
                text += "\n\n" + self.tr("Ikke laget:") + "\n" + "\n".join(refused)
            messages.info(self, self.tr("Invitasjonsbrev"), text)
            self.ctx.households_changed.emit()

        self.task = run_task(
            self,
            self.tr("Lager invitasjonsbrev …"),
            work,
            done,
            lambda exc: messages.error(self, self.tr("Brevene feilet"), error_text(exc)),
        )
        return self.task

    def activated(self) -> None:
        latest = run_info(self.ctx.db)
        if latest is not None and latest.id != self.model.run_id:
            self.load_run(latest.id)
