"""The tenant register: search, edit with audit and undo, validation, conflicts."""

from __future__ import annotations

from dataclasses import replace

from leietileie.ui.dialogs.household_dialog import HouseholdDialog
from leietileie.ui.household_model import HouseholdTableModel


def _tenants(window):  # type: ignore[no-untyped-def]
    return window.views["tenants"]


def test_search_finds_a_household(qtbot, window, ctx) -> None:
    view = _tenants(window)
    target = ctx.db.households.page(offset=17, limit=1)[0]
    surname = target.name.split(" og ")[0].split()[-1]
    qtbot.keyClicks(view.search, surname)
    qtbot.waitUntil(lambda: not view.timer.isActive(), timeout=2000)
    names = [view.model.row_at(r).name for r in range(view.model.rowCount())]
    assert any(surname in n for n in names)
    assert target.id in [view.model.household_id(r) for r in range(view.model.rowCount())]
    assert view.model.rowCount() < ctx.db.households.count()


def test_search_by_masked_identity_number_and_filters(qtbot, window, ctx) -> None:
    view = _tenants(window)
    row = ctx.db.households.page(offset=5, limit=1)[0]
    view.search.setText(row.national_id_masked[:6])
    view.apply_query()
    assert row.id in [view.model.household_id(r) for r in range(view.model.rowCount())]
    view.search.clear()
    view.arrears_filter.setCurrentIndex(view.arrears_filter.findData(True))
    view.income_filter.setCurrentIndex(view.income_filter.findData("wage"))
    view.apply_query()
    for r in range(view.model.rowCount()):
        assert view.model.row_at(r).arrears > 0


def test_lazy_model_fetches_pages_only(ctx) -> None:
    model = HouseholdTableModel(ctx.db)
    assert model.rowCount() == ctx.db.households.count()
    assert model._pages == {}  # nothing loaded until asked
    model.row_at(3)
    assert list(model._pages) == [0]


def test_sorting_is_done_in_sql(window) -> None:
    view = _tenants(window)
    from PySide6.QtCore import Qt

    view.model.sort(7, Qt.SortOrder.DescendingOrder)  # rent
    rents = [view.model.row_at(r).rent or 0 for r in range(10)]
    assert rents == sorted(rents, reverse=True)


def test_editing_a_field_updates_database_and_audit_log(qtbot, window, ctx, answers) -> None:
    view = _tenants(window)
    view.table.selectRow(2)
    before = ctx.db.households.get(view.selected_id())
    dialog = HouseholdDialog(ctx.db, before)
    qtbot.addWidget(dialog)
    dialog.fields["phone"].setText("41234567")
    dialog.fields["savings"].setText("125 000")
    dialog.try_accept()
    assert dialog.result_household is not None, dialog.errors.text()
    assert view.actions_bar.store_edit(before, dialog.result_household)
    stored = ctx.db.households.get(before.id)
    assert stored.phone == "41234567" and stored.savings == 125_000
    assert stored.version == before.version + 1
    entry = ctx.db.audit.list(entity="household", entity_id=before.id, action="changed")[0]
    assert entry.actor == "tester"
    assert "41234567" in view.detail.toPlainText()
    # Undo the last change
    view.actions_bar.undo()
    assert ctx.db.households.get(before.id).phone == before.phone
    assert answers == []


def test_an_invalid_entry_is_refused_with_a_message(qtbot, ctx) -> None:
    household = ctx.db.households.get(ctx.db.households.page(limit=1)[0].id)
    dialog = HouseholdDialog(ctx.db, household)
    qtbot.addWidget(dialog)
    dialog.rows[0].national_id.setText("12345678901")
    dialog.fields["savings"].setText("-5")
    dialog.try_accept()
    assert dialog.result_household is None
    text = dialog.errors.text()
    assert "Medlem 1, fødselsnummer: ugyldig kontrollsiffer" in text
    assert "Oppsparte midler: kan ikke være negativt" in text
    assert ctx.db.households.get(household.id) == household


def test_a_conflict_is_shown_not_overwritten(window, ctx, answers) -> None:
    view = _tenants(window)
    view.table.selectRow(1)
    before = ctx.db.households.get(view.selected_id())
    ctx.db.households.save(replace(before, phone="99999999"))  # someone else saves first
    assert not view.actions_bar.store_edit(before, replace(before, phone="11111111"))
    # the message names who saved first (the audit log's actor), issue 13
    assert answers and answers[0][0] == "error" and "endret av tester kl. " in answers[0][1]
    assert ctx.db.households.get(before.id).phone == "99999999"


def test_new_household_then_delete(qtbot, window, ctx, answers) -> None:
    from leietileie.domain.register import Person, RegisteredHousehold

    view = _tenants(window)
    count = ctx.db.households.count()
    person = Person("applicant", "Kari", "Testesen", "15076500565")
    added = ctx.db.households.insert(RegisteredHousehold("NY-1", (person,)))
    ctx.households_changed.emit()
    assert view.model.rowCount() == count + 1
    view.search.setText("Testesen")
    view.apply_query()
    assert view.selected_id() == added.id
    view.actions_bar.delete_household()
    assert ctx.db.households.get(added.id) is None
    view.actions_bar.undo()  # deleting can be undone
    assert ctx.db.households.get_by_external_id("NY-1") is not None


def test_detail_shows_the_rent_history(window, ctx) -> None:
    from datetime import date

    from leietileie.services.ui_support import household_detail
    from leietileie.ui.household_detail import detail_html

    ids = [r.id for r in ctx.db.households.page(0, 400)]
    late = ctx.db.rent.late_counts(ids, date.today())
    late_id = next(i for i, n in zip(ids, late, strict=True) if n > 0)
    html = detail_html(household_detail(ctx.db, late_id))
    assert "Husleie siste år" in html and "betalt i tide" in html and "for sent" in html
