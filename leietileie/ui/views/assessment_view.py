"""Beregning: one household, one dwelling, every assumption editable, results as they type."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.assess import Assessment
from ...domain.model import Scenario
from ...domain.register import RegisteredHousehold, Unit
from ...domain.scenario_io import scenario_to_dict
from ...errors import InputError
from ...services import app_writes, register_reads
from ...services.assessment import evaluate, load_scenario_file, save_scenario_file
from ...services.ui_support import scenario_for, units_for_choice
from .. import messages
from ..charts import CostChart, DebtChart, ScheduleModel, yearly_rows
from ..context import AppContext
from ..crash import EXPECTED, message_or_raise
from ..domain_text import problem_texts
from ..tables import compact_combo
from .assessment_inputs import InputsPanel
from .assessment_results import ResultsPanel
from .base import HouseholdView

CHART_DELAY_MS = 120


class AssessmentView(HouseholdView):
    name = "assessment"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.household: RegisteredHousehold | None = None
        self.base: Scenario | None = None
        self.assessment: Assessment | None = None
        self.chart_timer = QTimer(self, singleShot=True, interval=CHART_DELAY_MS)
        self.chart_timer.timeout.connect(self.update_charts)
        layout = QVBoxLayout(self)
        layout.addLayout(self._header())
        split = QSplitter(Qt.Orientation.Horizontal)
        self.inputs = InputsPanel()
        self.inputs.changed.connect(self.recompute)
        split.addWidget(self._scroll(self.inputs, 290))
        self.results = ResultsPanel()
        split.addWidget(self._scroll(self.results, 300))
        split.addWidget(self._charts())
        split.setStretchFactor(2, 1)
        split.setSizes([330, 380, 420])
        layout.addWidget(split, 1)

    def _scroll(self, widget: QWidget, width: int) -> QScrollArea:
        """A column that scrolls down but never sideways: it is at least as wide as its form."""
        area = QScrollArea()
        area.setWidget(widget)
        area.setWidgetResizable(True)
        bar = area.verticalScrollBar().sizeHint().width()
        area.setMinimumWidth(max(width, widget.minimumSizeHint().width() + bar))
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        return area

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.title = QLabel(self.tr("Velg en husstand under Leietakere."))
        self.title.setStyleSheet("font-size:14pt;font-weight:600")
        self.title.setAccessibleName(self.tr("Husstand"))
        self.title.setWordWrap(True)
        row.addWidget(self.title, 1)
        unit_label = QLabel(self.tr("B&olig:"))
        row.addWidget(unit_label)
        self.unit_box = compact_combo(QComboBox(), 20)
        self.unit_box.setAccessibleName(self.tr("Bolig"))
        self.unit_box.currentIndexChanged.connect(self._unit_chosen)
        unit_label.setBuddy(self.unit_box)
        row.addWidget(self.unit_box, 1)
        self.header_buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("open", self.tr("Å&pne …"), self.open_file),
            ("save", self.tr("&Lagre …"), self.save_file),
            ("case", self.tr("Lagre på sak&en"), self.store_on_case),
            ("letter", self.tr("Bre&v …"), self.letter),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.header_buttons[key] = button
        self.header_buttons["open"].setToolTip(self.tr("Åpne en lagret beregning (JSON)"))
        self.header_buttons["save"].setToolTip(self.tr("Lagre beregningen som fil (JSON)"))
        self.header_buttons["letter"].setToolTip(self.tr("Lag brev til husstanden"))
        return row

    def letter(self) -> None:
        from ..letters_ui import open_letter_dialog

        household_id = None if self.household is None else self.household.id
        self.letter_dialog = open_letter_dialog(self, self.ctx, household_id)

    def _charts(self) -> QTabWidget:
        tabs = QTabWidget()
        self.cost_chart = CostChart()
        self.debt_chart = DebtChart()
        self.schedule = ScheduleModel(self)
        table = QTableView()
        table.setModel(self.schedule)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)  # «kr» stays beside its amount
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        self.schedule_table = table
        table.setAccessibleName(self.tr("Nedbetalingsplan per år"))
        # short titles (already translated elsewhere): the three tabs fit beside each other
        # without scroll arrows; the long ones are their tooltips
        tabs.addTab(self.cost_chart.view, self.tr("Leie og eie"))
        tabs.addTab(self.debt_chart.view, QCoreApplication.translate("InputsPanel", "Egenkapital"))
        tabs.setTabToolTip(1, self.tr("Gjeld og egenkapital"))
        tabs.addTab(table, QCoreApplication.translate("InputsPanel", "Nedbetaling"))
        tabs.setTabToolTip(2, self.tr("Nedbetalingsplan"))
        tabs.setMinimumWidth(300)
        return tabs

    # Household and dwelling ---------------------------------------------------------

    def set_household(self, household_id: int) -> None:
        household = register_reads.household(self.ctx.db, household_id)
        if household is None:
            return
        self.household = household
        self.title.setText(f"{household.name} ({household.external_id})")
        self.units = units_for_choice(self.ctx.db, household, limit=200)
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        for unit in self.units:
            own = household.tenancy is not None and unit.unit_id == household.tenancy.unit_id
            label = f"{unit.unit_id} – {unit.address}" + (self.tr(" (leier nå)") if own else "")
            self.unit_box.addItem(label, unit.unit_id)
        self.unit_box.blockSignals(False)
        self.use_unit(self.units[0] if self.units else None)

    def _unit_chosen(self, index: int) -> None:
        if self.household is not None and 0 <= index < len(self.units):
            self.use_unit(self.units[index])

    def use_unit(self, unit: Unit | None) -> None:
        assert self.household is not None
        self.load_scenario(scenario_for(self.ctx.settings, self.household, unit))

    def load_scenario(self, scenario: Scenario) -> None:
        self.base = scenario
        self.inputs.load(scenario)
        self.recompute()
        self.update_charts()

    # Computing ----------------------------------------------------------------------

    def current_scenario(self) -> Scenario | None:
        return None if self.base is None else self.inputs.scenario(self.base)

    def recompute(self) -> None:
        scenario = self.current_scenario()
        if scenario is None:
            return
        try:
            self.assessment = evaluate(scenario, self.ctx.settings.adjustments(scenario.year))
        except InputError as exc:
            self.assessment = None
            self.results.show_error(problem_texts(exc))
            return
        self.results.display(self.assessment)
        self.chart_timer.start()

    def update_charts(self) -> None:
        self.chart_timer.stop()
        if self.assessment is None:
            return
        rows = yearly_rows(self.assessment)
        self.cost_chart.update(self.assessment)
        self.debt_chart.update(self.assessment, rows)
        self.schedule.set_rows(rows)

    # Files and the case -------------------------------------------------------------

    def save_file(self, path: Path | None = None) -> Path | None:
        scenario = self.current_scenario()
        if scenario is None:
            return None
        if not path:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Lagre beregning"),
                f"beregning-{date.today():%Y%m%d}.json",
                self.tr("Beregning (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        save_scenario_file(scenario, Path(path))
        return Path(path)

    def open_file(self, path: Path | None = None) -> bool:
        if not path:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Åpne beregning"), "", self.tr("Beregning (*.json)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            scenario = load_scenario_file(Path(path))
        except InputError as exc:
            messages.error(
                self, self.tr("Kan ikke åpne beregningen"), "\n".join(problem_texts(exc))
            )
            return False
        self.household = None
        self.title.setText(self.tr("Beregning fra fil: {}").format(Path(path).name))
        self.load_scenario(scenario)
        return True

    def store_on_case(self) -> int | None:
        """Store the assessment with its inputs and rule year on the household's open case."""
        a = self.assessment
        if a is None or self.household is None or self.household.id is None:
            messages.info(
                self, self.tr("Lagre på saken"), self.tr("Velg en husstand og en bolig først.")
            )
            return None
        household_id, unit_code = self.household.id, self.unit_box.currentData() or ""
        try:
            new_id = self.ctx.write(
                lambda db: app_writes.store_assessment_on_case(
                    db,
                    household_id,
                    a.scenario.year,
                    scenario_to_dict(a.scenario),
                    a.to_json(),
                    a.verdict,
                    unit_code,
                )
            )
        except EXPECTED as exc:
            messages.error(self, self.tr("Lagre på saken"), message_or_raise(exc))
            return None
        self.ctx.households_changed.emit()
        messages.info(self, self.tr("Lagre på saken"), self.tr("Beregningen er lagret på saken."))
        return new_id
