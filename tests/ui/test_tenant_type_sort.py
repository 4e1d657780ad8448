"""Issue 12 (4): Leietakere's Husstand column sorts by the label it shows (in the UI's
language), not by the stored code (single_parent, couple …)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from .test_fit_and_menus import language  # noqa: F401 - the fixture

HOUSEHOLD = 4  # the Husstand column


@pytest.mark.parametrize("language", ["nb", "en"], indirect=True)
def test_the_household_column_sorts_by_the_shown_label(
    qtbot,
    ctx,
    language,  # noqa: F811
) -> None:
    from leietileie.ui.views.tenants_view import TenantsView

    view = TenantsView(ctx)
    qtbot.addWidget(view)
    model = view.model
    assert model.headerData(HOUSEHOLD, Qt.Orientation.Horizontal) in ("Husstand", "Household")
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        view.table.sortByColumn(HOUSEHOLD, order)
        shown = [model.data(model.index(r, HOUSEHOLD)) for r in range(model.rowCount())]
        assert len(shown) == 60 and len(set(shown)) >= 3
        expected = sorted(shown, key=str.casefold, reverse=order == Qt.SortOrder.DescendingOrder)
        assert shown == expected, (language, order)
