"""Leie til eie: rent for a few years, save each month, buy at the year-0 price."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCharts import QChart, QLineSeries, QValueAxis
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.output import VERDICT_LABELS_NB
from ...domain.register import RegisteredHousehold
from ...domain.rent_to_own import RentToOwnPlan, default_saving, plan_rent_to_own
from ...services import register_reads
from ...services.assessment import rules_for
from ...services.ui_support import scenario_for, units_for_choice
from .. import fmt
from ..charts import DEBT_COLOR, EQUITY_COLOR, _view
from ..context import AppContext
from ..domain_text import translate
from .assessment_inputs import _kr_box, _rate_box
from .base import HouseholdView

RESULT_LINES = (
    ("today", QT_TRANSLATE_NOOP("PlanView", "Vurdering i dag")),
    ("later", QT_TRANSLATE_NOOP("PlanView", "Vurdering ved kjøp")),
    ("saved", QT_TRANSLATE_NOOP("PlanView", "Oppspart ved kjøp")),
    ("value", QT_TRANSLATE_NOOP("PlanView", "Markedsverdi ved kjøp")),
    ("equity", QT_TRANSLATE_NOOP("PlanView", "Egenkapital ved kjøp")),
    ("startlan", QT_TRANSLATE_NOOP("PlanView", "Startlån ved kjøp")),
    ("grant", QT_TRANSLATE_NOOP("PlanView", "Tilskudd ved kjøp")),
    ("cost", QT_TRANSLATE_NOOP("PlanView", "Eie per måned ved kjøp")),
)


class PlanView(HouseholdView):
    name = "plan"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.household: RegisteredHousehold | None = None
        self.plan: RentToOwnPlan | None = None
        self._loading = False
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Velg en husstand under Leietakere."))
        self.title.setStyleSheet("font-size:14pt;font-weight:600")
        layout.addWidget(self.title)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self._inputs())
        left.addWidget(self._results())
        left.addStretch(1)
        row.addLayout(left)
        self.chart = QChart()
        self.chart.setTitle(self.tr("Sparing og egenkapital måned for måned (tusen kr)"))
        row.addWidget(_view(self.chart, self.tr("Sparing og egenkapital over leieperioden")), 1)
        layout.addLayout(row, 1)

    def _inputs(self) -> QGroupBox:
        box = QGroupBox(self.tr("Planen"))
        form = QFormLayout(box)
        self.years = QSpinBox()
        self.years.setRange(1, 10)
        self.years.setValue(3)
        self.years.setSuffix(fmt.years_suffix(self.years.value()))
        self.years.valueChanged.connect(lambda n: self.years.setSuffix(fmt.years_suffix(n)))
        self.years.setAccessibleName(self.tr("Leieperiode"))
        self.saving = _kr_box(self.tr("Sparing per måned"), 200_000, 500)
        self.price = _kr_box(self.tr("Pris år 0"), step=50_000)
        self.growth = _rate_box(self.tr("Prisvekst per år"))
        self.growth.setRange(-10, 15)
        self.interest = _rate_box(self.tr("Rente på sparing"))
        for label, widget in (
            (self.tr("Leieperiode"), self.years),
            (self.tr("Sparing per måned"), self.saving),
            (self.tr("Pris år 0"), self.price),
            (self.tr("Prisvekst per år"), self.growth),
            (self.tr("Rente på sparing"), self.interest),
        ):
            form.addRow(label, widget)
            signal = widget.valueChanged
            signal.connect(self.recompute)
        self.agreement_button = QPushButton(self.tr("Gjør planen til en &avtale …"))
        self.agreement_button.setAccessibleName(self.tr("Gjør planen til en avtale"))
        self.agreement_button.setToolTip(
            self.tr(
                "En leie til eie-avtale med planens pris og sparing, fulgt opp under Oppfølging"
            )
        )
        self.agreement_button.setEnabled(False)
        self.agreement_button.clicked.connect(lambda: self.make_agreement())
        form.addRow("", self.agreement_button)
        return box

    def agreement_defaults(self) -> dict[str, object]:
        """The plan's figures as a rent-to-own agreement starting today (at most five years)."""
        from ...domain.pathway import MAX_OPTION_YEARS, add_years

        assert self.plan is not None
        start = date.today()
        return {
            "start_date": start,
            "price_year0": self.plan.price_year0,
            "valuation_year0": self.base.dwelling.value,
            "savings_year0": self.plan.today.scenario.household.savings,
            "monthly_saving_target": self.plan.monthly_saving,
            "option_expiry": add_years(start, min(self.plan.years, MAX_OPTION_YEARS)),
        }

    def make_agreement(self) -> bool:
        """Open the agreement dialog with the plan's figures (Oppfølging follows it up)."""
        from .followup_page import create_agreement

        household = self.household
        if household is None or household.id is None or self.plan is None:
            return False
        text = f"{household.name} ({household.external_id})"
        return create_agreement(self.ctx, self, household.id, text, self.agreement_defaults())

    def _results(self) -> QGroupBox:
        box = QGroupBox(self.tr("Resultat"))
        form = QFormLayout(box)
        self.values: dict[str, QLabel] = {}
        for key, source in RESULT_LINES:
            label = QCoreApplication.translate("PlanView", source)
            value = QLabel()
            value.setAccessibleName(label)
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            form.addRow(label, value)
            self.values[key] = value
        box.setMinimumWidth(420)
        return box

    def set_household(self, household_id: int) -> None:
        household = register_reads.household(self.ctx.db, household_id)
        if household is None:
            return
        self.household = household
        self.title.setText(
            self.tr("Leie til eie for {} ({})").format(household.name, household.external_id)
        )
        units = units_for_choice(self.ctx.db, household, limit=1)
        self.base = scenario_for(self.ctx.settings, household, units[0] if units else None)
        self.rules = rules_for(self.base.year, self.ctx.settings.adjustments(self.base.year))
        self._loading = True
        self.price.setValue(round(self.base.dwelling.price))
        self.saving.setValue(
            int(default_saving(self.base, self.rules, self.base.household.current_rent_monthly))
        )
        self._loading = False
        self.recompute()

    def recompute(self, *_: object) -> None:
        if self._loading or self.household is None:
            return
        scenario = replace(
            self.base, dwelling=replace(self.base.dwelling, price=float(self.price.value()))
        )
        self.plan = plan_rent_to_own(
            scenario,
            self.rules,
            years=self.years.value(),
            monthly_saving=float(self.saving.value()),
            savings_rate=self.interest.value() / 100,
            price_growth=self.growth.value() / 100,
        )
        self._show(self.plan)
        self.agreement_button.setEnabled(True)

    def _show(self, plan: RentToOwnPlan) -> None:
        later = plan.at_purchase
        texts = {
            "today": translate(VERDICT_LABELS_NB[plan.today.verdict]),
            "later": translate(VERDICT_LABELS_NB[later.verdict]),
            "saved": fmt.kr(plan.savings_at_purchase),
            "value": fmt.kr(plan.market_value_at_purchase),
            "equity": fmt.kr(plan.equity_at_purchase),
            "startlan": fmt.kr(later.plan.startlan),
            "grant": fmt.kr(later.plan.grant),
            "cost": fmt.kr(later.monthly_cost_owning),
        }
        for key, text in texts.items():
            self.values[key].setText(text)
        color = (
            "#1e7b34"
            if later.verdict == "eligible"
            else "#a15c00"
            if later.verdict == "eligible_with_grant"
            else "#b00020"
        )
        self.values["later"].setStyleSheet(f"color:{color};font-weight:600")
        self._chart(plan)

    def _chart(self, plan: RentToOwnPlan) -> None:
        self.chart.removeAllSeries()
        if not self.chart.axes():  # made once and reused (re-adding axes left old ticks drawn)
            self.months_axis, self.values_axis = QValueAxis(), QValueAxis()
            self.chart.addAxis(self.months_axis, Qt.AlignmentFlag.AlignBottom)
            self.chart.addAxis(self.values_axis, Qt.AlignmentFlag.AlignLeft)
        months, values = self.months_axis, self.values_axis
        saved, equity = QLineSeries(), QLineSeries()
        saved.setName(self.tr("Oppspart"))
        equity.setName(self.tr("Egenkapital om boligen kjøpes (sparing + verdiøkning)"))
        # the savings line under a dashed equity line: both stay visible where they coincide
        wide = QColor(DEBT_COLOR)
        wide.setAlpha(110)
        saved.setPen(QPen(wide, 7))
        dashes = QPen(EQUITY_COLOR.darker(115), 2.5, Qt.PenStyle.CustomDashLine)
        # gaps as long as the dashes: where the lines coincide (no price growth) the broad
        # savings line shows between the dashes, and the legend names both
        dashes.setDashPattern([3.0, 3.0])
        equity.setPen(dashes)
        start = plan.today.scenario.household.savings / 1000
        saved.append(0, start)
        equity.append(0, start)
        for m in plan.months:
            saved.append(m.month, m.savings_balance / 1000)
            equity.append(m.month, m.equity_if_bought(plan.price_year0) / 1000)
        months.setRange(0, len(plan.months))
        months.setTickCount(plan.years + 1)
        months.setLabelFormat("%.0f")
        months.setTitleText(self.tr("måneder"))
        highest = max([p.y() for s in (saved, equity) for p in s.points()] + [10.0])
        lowest = min([p.y() for s in (saved, equity) for p in s.points()] + [0.0])
        values.setRange(lowest * 1.1, highest * 1.1)
        values.applyNiceNumbers()
        values.setLabelFormat("%.0f")
        values.setTitleText(self.tr("tusen kr"))
        for series in (saved, equity):
            self.chart.addSeries(series)
            series.attachAxis(months)
            series.attachAxis(values)
