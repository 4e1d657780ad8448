"""Issue 12: charts that earn trust (colours, a dominant bar, ticks, tusen kr, the schedule)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCharts import QHorizontalStackedBarSeries, QLineSeries
from PySide6.QtCore import Qt

from leietileie.services.demo import create_demo
from leietileie.services.screening import CATEGORIES
from leietileie.storage.database import Database
from leietileie.ui.charts import count_axis, nice_step
from leietileie.ui.context import AppContext
from leietileie.ui.views.screening_model import CATEGORY_COLORS
from leietileie.ui.views.screening_page import ScreeningPage


def _tick_labels(axis) -> list[str]:  # type: ignore[no-untyped-def]
    step = axis.tickInterval()
    values, v = [], axis.min()
    while v <= axis.max() + 1e-9:
        values.append(f"{v:.0f}")
        v += step
    return values


@pytest.mark.parametrize("top", [0, 1, 2, 3, 7, 12, 60, 149, 5000, 98_765])
def test_count_axes_have_whole_distinct_ticks(top) -> None:
    axis = count_axis(top)
    labels = _tick_labels(axis)
    assert len(labels) == len(set(labels)) and 2 <= len(labels) <= 8
    assert axis.tickInterval() == int(axis.tickInterval()) >= 1
    assert axis.max() >= top


def test_nice_steps() -> None:
    assert [nice_step(t) for t in (2, 6, 7, 13, 40, 100, 1000)] == [1, 1, 2, 5, 10, 20, 200]


@pytest.fixture
def page(qtbot, tmp_path):  # type: ignore[no-untyped-def]
    db = Database.open(tmp_path / "reg.db", actor="tester")
    create_demo(db, households=150, seed=1, today=date(2026, 11, 25))
    widget = ScreeningPage(AppContext(db))
    qtbot.addWidget(widget)
    widget.run_screening()
    qtbot.waitUntil(
        lambda: widget.model.run_id is not None and widget.run_button.isEnabled(), timeout=30_000
    )
    yield widget
    db.close()


def test_screening_bars_are_horizontal_coloured_like_their_counts_and_labelled(page) -> None:
    counts = page.model.index_.counts()
    (series,) = page.chart.series()
    assert isinstance(series, QHorizontalStackedBarSeries)
    (axis,) = [a for a in page.chart.axes() if hasattr(a, "categories")]
    categories = axis.categories()
    bottom_up = list(
        reversed(CATEGORIES)
    )  # the first category is drawn on top, as in the list beside
    for n, (key, bars) in enumerate(zip(CATEGORIES, series.barSets(), strict=True)):
        assert bars.color().name() == CATEGORY_COLORS[n]
        assert f"color: {CATEGORY_COLORS[n]}" in page.count_labels[key].styleSheet()
        row = bottom_up.index(key)
        assert bars.at(row) == counts[key]
        assert categories[row].endswith(f"({counts[key]})")
        assert sum(bars.at(i) for i in range(bars.count())) == counts[key]


def test_the_rent_to_own_chart_shows_both_lines_in_tusen_kr(qtbot, window) -> None:
    from leietileie.ui.app import _showcase_household

    household = _showcase_household(window.ctx)
    window.select_household(household)
    window.show_view("plan")
    plan = window.views["plan"]
    plan.growth.setValue(0)  # no price growth: the two lines coincide
    lines = [s for s in plan.chart.series() if isinstance(s, QLineSeries)]
    assert len(lines) == 2
    saved, equity = lines
    assert saved.pen().widthF() > equity.pen().widthF()  # the wider line shows under the dashed one
    assert equity.pen().style() != saved.pen().style()
    values = [a for a in plan.chart.axes() if a.titleText() == "tusen kr"]
    assert values
    top = max(p.y() for s in lines for p in s.points())
    assert values[0].max() >= top
    assert "tusen kr" in plan.chart.title()


def test_the_repayment_table_never_wraps_kr(qtbot, window) -> None:
    from leietileie.ui.app import _showcase_household

    window.select_household(_showcase_household(window.ctx))
    window.show_view("assessment")
    view = window.views["assessment"]
    view.update_charts()
    table = view.schedule_table
    assert not table.wordWrap()
    metrics = table.fontMetrics()
    model = table.model()
    for col in range(model.columnCount()):
        widest = max(
            metrics.horizontalAdvance(str(model.data(model.index(r, col))))
            for r in range(model.rowCount())
        )
        assert table.columnWidth(col) >= widest


def test_charts_keep_one_set_of_axes_however_often_they_are_updated(qtbot, window) -> None:
    from leietileie.ui.app import _showcase_household

    window.select_household(_showcase_household(window.ctx))
    window.show_view("assessment")
    view = window.views["assessment"]
    first = {id(a) for a in view.cost_chart.chart.axes()} | {
        id(a) for a in view.debt_chart.chart.axes()
    }
    for term in (20, 25, 30):
        view.inputs.term.setValue(term)
        view.update_charts()
        view.update_charts()
    assert len(view.cost_chart.chart.axes()) == 2 and len(view.debt_chart.chart.axes()) == 2
    assert {id(a) for a in view.cost_chart.chart.axes()} | {
        id(a) for a in view.debt_chart.chart.axes()
    } == first
    window.show_view("plan")
    plan = window.views["plan"]
    for years in (2, 3, 4):
        plan.years.setValue(years)
    assert len(plan.chart.axes()) == 2


def test_without_price_growth_both_plan_lines_stay_visible(qtbot, qapp, window) -> None:
    """0 % growth: equity at purchase = savings + (value − price) = savings, so the lines lie
    on top of each other. The dashed equity line has gaps at least as long as its dashes, so
    the broad savings line shows between them; the legend names both; the axis says
    «tusen kr»."""
    from leietileie.ui.app import _showcase_household

    window.select_household(_showcase_household(window.ctx))
    window.show_view("plan")
    plan = window.views["plan"]
    plan.growth.setValue(0)
    qapp.processEvents()
    saved, equity = [s for s in plan.chart.series() if isinstance(s, QLineSeries)]
    assert [p.y() for p in saved.points()] == pytest.approx([p.y() for p in equity.points()])
    assert saved.pen().style() == Qt.PenStyle.SolidLine
    assert saved.pen().widthF() > equity.pen().widthF()
    pattern = equity.pen().dashPattern()
    dashes, gaps = pattern[0::2], pattern[1::2]
    assert pattern and min(gaps) >= max(dashes)
    legend = plan.chart.legend()
    assert legend.isVisible()
    shown = {m.label() for m in legend.markers() if m.isVisible()}
    assert {saved.name(), equity.name()} <= shown
    assert any(a.titleText() == "tusen kr" for a in plan.chart.axes())
