"""Issue 12 (1): at 1 280 × 720 nothing is clipped inside the widgets, in every language:
each combo box is as wide as its longest item, each list's columns fit beside each other
without a horizontal scroll bar (and the short columns show their whole content), and each
tab bar shows its titles without scroll arrows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QTabWidget,
    QToolButton,
    QWidget,
)

from leietileie.ui.views.registry import NAMES

from .test_fit_and_menus import language  # noqa: F401 - the fixture

SCREEN = QSize(1280, 720)


def _combo_problems(where: str, box: QComboBox) -> list[str]:
    """The longest item's text must fit the box's text field (the box's width less the
    style's frame, arrow and the one-pixel margin each side Qt draws the label with)."""
    if box.count() == 0:
        return []
    metrics = box.fontMetrics()
    longest = max((box.itemText(i) for i in range(box.count())), key=metrics.horizontalAdvance)
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, box
    )
    room = field.width() - 2
    if metrics.horizontalAdvance(longest) <= room:
        return []
    text = metrics.horizontalAdvance(longest)
    return [f"{where}: combo {box.accessibleName()!r} text field {room} < {text} {longest!r}"]


def _table_problems(where: str, table: QTableView) -> list[str]:
    model = table.model()
    if model is None or model.rowCount() == 0:
        return []
    header = table.horizontalHeader()
    out = []
    # the statistics per year (eighteen figures a row) is the one list allowed to scroll
    wide = bool(table.property("scrolls_sideways"))
    if table.horizontalScrollBar().maximum() > 0 and not wide:
        out.append(f"{where}: list {table.accessibleName()!r} scrolls sideways")
    for column in range(model.columnCount()):
        if table.isColumnHidden(column):
            continue
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue  # the name column takes the room that is left (and elides)
        wanted = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        if table.columnWidth(column) < wanted:
            title = model.headerData(column, header.orientation())
            out.append(
                f"{where}: list {table.accessibleName()!r} column {title!r} "
                f"{table.columnWidth(column)} < {wanted}"
            )
    return out


def _tab_problems(where: str, tabs: QTabWidget) -> list[str]:
    bar = tabs.tabBar()
    arrows = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    needed = sum(bar.tabSizeHint(i).width() for i in range(bar.count()))
    if arrows or needed > tabs.width():
        titles = [bar.tabText(i) for i in range(bar.count())]
        return [f"{where}: tabs {titles} need {needed} > {tabs.width()}"]
    return []


def _problems(qapp, where: str, view: QWidget) -> list[str]:  # type: ignore[no-untyped-def]
    out: list[str] = []
    for box in view.findChildren(QComboBox):
        if box.isVisible():
            out += _combo_problems(where, box)
    for table in view.findChildren(QTableView):
        if table.isVisible():
            out += _table_problems(where, table)
    for tabs in view.findChildren(QTabWidget):
        if tabs.isVisible():
            out += _tab_problems(where, tabs)
    return out


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
def test_nothing_is_clipped_inside_the_widgets_at_1280x720(
    qtbot,
    qapp,
    ctx,
    language,  # noqa: F811
) -> None:
    from leietileie.ui.app import _showcase_household
    from leietileie.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    household = _showcase_household(ctx)
    assert household is not None
    window.select_household(household)
    problems: list[str] = []
    checked_tables = 0
    for name in NAMES:
        window.show_view(name)
        qapp.processEvents()
        view = window.views[name]
        if name == "assessment":
            view.update_charts()  # type: ignore[attr-defined]
            qapp.processEvents()
        problems += _problems(qapp, f"{language} {name}", view)
        for tabs in view.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if not tabs.isVisible():
                    continue
                tabs.setCurrentIndex(index)
                qapp.processEvents()
                page = f"{language} {name}/{tabs.tabText(index)}"
                problems += _problems(qapp, page, tabs.widget(index))
            tabs.setCurrentIndex(0)
        checked_tables += sum(
            1 for t in view.findChildren(QTableView) if t.model() and t.model().rowCount()
        )
    assert checked_tables >= 4  # tenants, cases, deadlines, follow-up have rows
    assert not problems, "\n".join(sorted(set(problems)))


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
def test_the_cost_bars_show_their_whole_figures_at_1280x720(
    qtbot,
    qapp,
    ctx,
    language,  # noqa: F811
) -> None:
    """Each bar's figure is shown whole under it, and the legend names the bars."""
    from PySide6.QtWidgets import QGraphicsTextItem

    from leietileie.ui import fmt
    from leietileie.ui.app import _showcase_household
    from leietileie.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    window.select_household(_showcase_household(ctx))
    window.show_view("assessment")
    view = window.views["assessment"]
    view.update_charts()  # type: ignore[attr-defined]
    qapp.processEvents()
    a = view.assessment  # type: ignore[attr-defined]
    figures = [  # whole kroner with a space between thousands; «kr» is on the axis
        fmt.number(round(v))
        for v in (a.monthly_cost_renting, a.monthly_cost_owning, a.monthly_cost_owning_after_tax)
    ]
    chart = view.cost_chart.view  # type: ignore[attr-defined]
    shown = [
        item.toPlainText()
        for item in chart.scene().items()
        if isinstance(item, QGraphicsTextItem) and item.isVisible()
    ]
    for figure in figures:
        assert any(figure in text for text in shown), (figure, "|".join(shown))
    legend = {m.label() for m in view.cost_chart.chart.legend().markers() if m.isVisible()}  # type: ignore[attr-defined]
    assert len(legend) == 3
