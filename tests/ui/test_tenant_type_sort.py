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


def test_a_hidden_tenant_list_reads_no_more_than_its_first_page(qtbot, ctx, monkeypatch) -> None:
    """Columns sized to their content must not read the whole register before the list is
    shown (Qt measures every row of a hidden view): with pages of 10 rows, making the view
    reads at most one page of the 60 households, and showing it at most the rows in view."""
    from leietileie.ui import household_model
    from leietileie.ui.views.tenants_view import TenantsView

    monkeypatch.setattr(household_model, "PAGE", 10)
    fetched: list[int] = []
    real = household_model.HouseholdTableModel._fetch

    def counted(self, offset, limit):  # type: ignore[no-untyped-def]
        fetched.append(offset)
        return real(self, offset, limit)

    monkeypatch.setattr(household_model.HouseholdTableModel, "_fetch", counted)
    view = TenantsView(ctx)
    qtbot.addWidget(view)
    assert view.model.rowCount() == 60
    assert len(fetched) <= 1, fetched
    view.resize(1280, 400)  # about 12 rows in view
    view.show()
    qtbot.waitExposed(view)
    qtbot.wait(50)
    assert len(set(fetched)) <= 3, fetched
