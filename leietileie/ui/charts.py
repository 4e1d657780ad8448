"""Charts in kroner (QtCharts) and the yearly amortisation table of an assessment."""

from __future__ import annotations

from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QPainter

from ..domain.assess import Assessment
from ..domain.loans import schedule
from . import fmt


def _t(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


RENT_COLOR = QColor("#8c8c8c")
OWN_COLOR = QColor("#1f6fb2")
DEBT_COLOR = QColor("#c0392b")
EQUITY_COLOR = QColor("#2e8b57")


def yearly_rows(a: Assessment) -> list[dict[str, float]]:
    """Startlån and bank loan together, per year: payment, interest, repaid, fees, balance."""
    f = a.scenario.financing
    parts = []
    if a.plan.startlan > 0:
        parts.append(a.startlan_schedule())
    if a.plan.bank_loan > 0:
        parts.append(schedule(float(a.plan.bank_loan), f.bank_rate, f.bank_term_years, "annuity"))
    years = max((s.years for s in parts), default=0)
    rows = []
    for year in range(1, years + 1):
        row = {
            "year": year,
            "payment": 0.0,
            "interest": 0.0,
            "repaid": 0.0,
            "fees": 0.0,
            "balance": 0.0,
        }
        for s in parts:
            if year <= s.years:
                for key, value in s.yearly()[year - 1].items():
                    if key != "year":
                        row[key] += value
        rows.append(row)
    return rows


def nice_step(top: float, most_ticks: int = 6) -> int:
    """A whole tick step (1, 2, 5, 10, 20, 50, …): at most ``most_ticks`` steps up to ``top``."""
    step, factors = 1, (2, 2.5, 2)  # 1 → 2 → 5 → 10 → 20 → 50 → 100 …
    n = 0
    while top / step > most_ticks:
        step = int(step * factors[n % 3])
        n += 1
    return step


def count_axis(top: float) -> QValueAxis:
    """A value axis for counts: whole-number ticks from 0, never two ticks with the same label."""
    axis = QValueAxis()
    step = nice_step(max(top, 1))
    axis.setRange(0, step * max(1, -(-max(top, 1) // step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    axis.setLabelFormat("%.0f")
    axis.setMinorTickCount(0)
    return axis


def _view(chart: QChart, name: str) -> QChartView:
    chart.setLocale(fmt.NB)
    chart.setLocalizeNumbers(True)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(240)
    return view


class CostChart:
    """Monthly cost: renting today vs owning (payment + running costs, and after tax).

    The axes are made once and reused: removing and re-adding axes on every change left the old
    axis drawn under the new one (doubled tick labels) when two updates came close together.
    """

    def __init__(self) -> None:
        self.chart = QChart()
        self.chart.setTitle(QCoreApplication.translate("Charts", "Kostnad per måned (kr)"))
        self.view = _view(
            self.chart, QCoreApplication.translate("Charts", "Kostnad per måned, leie og eie")
        )
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.categories = QBarCategoryAxis()
        small = QFont(self.categories.labelsFont())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        self.categories.setLabelsFont(small)
        self.values = QValueAxis()
        self.values.setLabelFormat("%.0f")
        self.values.setTitleText(QCoreApplication.translate("Charts", "kr per måned"))
        self.chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)

    def update(self, a: Assessment) -> None:
        self.chart.removeAllSeries()
        bars = (
            (
                QCoreApplication.translate("Charts", "Leie i dag"),
                a.monthly_cost_renting,
                RENT_COLOR,
            ),
            (QCoreApplication.translate("Charts", "Eie"), a.monthly_cost_owning, OWN_COLOR),
            (
                QCoreApplication.translate("Charts", "Eie etter rentefradrag"),
                a.monthly_cost_owning_after_tax,
                OWN_COLOR.lighter(140),
            ),
        )
        series = QStackedBarSeries()
        for i, (label, value, color) in enumerate(bars):
            bar = QBarSet(label)
            bar.append([float(value) if j == i else 0.0 for j in range(len(bars))])
            bar.setColor(color)
            series.append(bar)
        self.chart.addSeries(series)
        self.categories.clear()
        self.categories.append(
            # the figure alone under its bar (QtCharts elides a label wider than its bar,
            # figure and all); the legend names the bars in their colours. A zero-width
            # space per bar keeps two equal figures two categories.
            # (the unit is on the axis: «kr per måned»)
            [fmt.number(round(value)) + "\u200b" * i for i, (_, value, _) in enumerate(bars)]
        )
        self.values.setRange(0, max(v for _, v, _ in bars) * 1.1 + 1)
        self.values.applyNiceNumbers()
        series.attachAxis(self.categories)
        series.attachAxis(self.values)


class DebtChart:
    """Remaining debt and equity (price − debt, no price growth) over the years."""

    def __init__(self) -> None:
        self.chart = QChart()
        self.chart.setTitle(
            QCoreApplication.translate("Charts", "Gjeld og egenkapital over tid (tusen kr)")
        )
        self.view = _view(
            self.chart,
            QCoreApplication.translate("Charts", "Gjenstående gjeld og egenkapital over årene"),
        )
        self.years = QValueAxis()
        self.years.setLabelFormat("%.0f")
        self.years.setTitleText(QCoreApplication.translate("Charts", "år"))
        self.values = QValueAxis()
        self.values.setLabelFormat("%.0f")
        self.values.setTitleText(QCoreApplication.translate("Charts", "tusen kr"))
        self.chart.addAxis(self.years, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)

    def update(self, a: Assessment, rows: list[dict[str, float]]) -> None:
        self.chart.removeAllSeries()
        price = float(a.plan.price)
        debt, equity = QLineSeries(), QLineSeries()
        debt.setName(QCoreApplication.translate("Charts", "Gjenstående lån"))
        equity.setName(
            QCoreApplication.translate("Charts", "Egenkapital i boligen (uten prisvekst)")
        )
        start = float(a.plan.loans)
        debt.append(0, start / 1000)
        equity.append(0, max(price - start, 0) / 1000)
        for row in rows:
            debt.append(row["year"], row["balance"] / 1000)
            equity.append(row["year"], max(price - row["balance"], 0) / 1000)
        debt.setColor(DEBT_COLOR)
        equity.setColor(EQUITY_COLOR)
        self.years.setRange(0, max(len(rows), 1))
        self.values.setRange(0, max(price, start, 1) / 1000 * 1.05)
        self.values.applyNiceNumbers()
        for series in (debt, equity):
            self.chart.addSeries(series)
            series.attachAxis(self.years)
            series.attachAxis(self.values)


SCHEDULE_COLUMNS = (
    ("year", QT_TRANSLATE_NOOP("Charts", "År")),
    ("payment", QT_TRANSLATE_NOOP("Charts", "Innbetalt")),
    ("interest", QT_TRANSLATE_NOOP("Charts", "Renter")),
    ("repaid", QT_TRANSLATE_NOOP("Charts", "Avdrag")),
    ("fees", QT_TRANSLATE_NOOP("Charts", "Gebyrer")),
    ("balance", QT_TRANSLATE_NOOP("Charts", "Restgjeld")),
)


class ScheduleModel(QAbstractTableModel):
    """The amortisation schedule, one row per year."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[dict[str, float]] = []

    def set_rows(self, rows: list[dict[str, float]]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(SCHEDULE_COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _t(SCHEDULE_COLUMNS[section][1])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        key = SCHEDULE_COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.rows[index.row()][key]
            return str(int(value)) if key == "year" else fmt.kr(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
