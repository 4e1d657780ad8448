"""Undo never overwrites a colleague's save, and undoing a delete brings the household back
whole (issue 15 item 3). Two connections to one file: the app's and a colleague's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from leietileie.storage import Database


def _actions(window):  # type: ignore[no-untyped-def]
    return window.views["tenants"].actions_bar


def _select(window, household_id: int) -> None:  # type: ignore[no-untyped-def]
    view = window.views["tenants"]
    stored = view.ctx.db.households.get(household_id)
    view.search.setText(stored.external_id)
    view.apply_query()
    assert view.selected_id() == household_id


def test_undo_after_a_colleagues_save_reports_the_conflict(window, ctx, demo_db_path, answers):
    before = ctx.db.households.get(ctx.db.households.page(offset=3, limit=1)[0].id)
    edited = replace(before, phone="41111111")
    assert _actions(window).store_edit(before, edited)
    with Database.open(demo_db_path, actor="kollega") as colleague:
        theirs = colleague.households.get(before.id)
        assert theirs.phone == "41111111"
        colleague.households.save(replace(theirs, phone="42222222"))
    _actions(window).undo()
    assert ctx.db.households.get(before.id).phone == "42222222"  # the colleague's save stays
    assert len(answers) == 1 and answers[0][0] == "error"
    assert "endret av noen andre" in answers[0][1]


def test_undo_then_redo_of_an_edit_without_colleagues_works(window, ctx, answers):
    before = ctx.db.households.get(ctx.db.households.page(offset=4, limit=1)[0].id)
    actions = _actions(window)
    assert actions.store_edit(before, replace(before, phone="43333333"))
    actions.undo()
    assert ctx.db.households.get(before.id).phone == before.phone
    actions.redo()
    assert ctx.db.households.get(before.id).phone == "43333333"
    actions.undo()
    assert ctx.db.households.get(before.id).phone == before.phone
    assert answers == []


def test_redo_after_a_colleagues_save_reports_the_conflict(window, ctx, demo_db_path, answers):
    before = ctx.db.households.get(ctx.db.households.page(offset=5, limit=1)[0].id)
    actions = _actions(window)
    assert actions.store_edit(before, replace(before, phone="44444444"))
    actions.undo()
    with Database.open(demo_db_path, actor="kollega") as colleague:
        colleague.households.save(replace(colleague.households.get(before.id), notes="Kollega"))
    actions.redo()
    stored = ctx.db.households.get(before.id)
    assert stored.notes == "Kollega" and stored.phone == before.phone
    assert answers and "endret av noen andre" in answers[0][1]


def _household_with_case_and_assessment(db: Database) -> int:
    """A household given a case with a deadline and an assessment on that case here."""
    from leietileie.services.cases import open_case

    hid = db.households.page(offset=7, limit=1)[0].id
    case = open_case(db, hid, on=date(2026, 11, 2))
    db.assessments.add(hid, 2026, {"note": "test"}, {"surplus": 1}, "kan_kjope", case_id=case.id)
    return hid


def test_undoing_a_delete_restores_the_same_household_with_everything(window, ctx, answers):
    hid = _household_with_case_and_assessment(ctx.db)
    cases = ctx.db.cases.for_household(hid)
    assessments = ctx.db.assessments.for_household(hid)
    documents = ctx.db.documents.for_household(hid)
    count = ctx.db.households.count()
    _select(window, hid)
    _actions(window).delete_household()
    assert ctx.db.households.get(hid) is None
    assert ctx.db.households.count() == count - 1
    _actions(window).undo()
    restored = ctx.db.households.get(hid)  # the same row (same id), not a copy
    assert restored is not None
    assert ctx.db.households.count() == count
    assert ctx.db.cases.for_household(hid) == cases
    assert ctx.db.assessments.for_household(hid) == assessments
    assert ctx.db.documents.for_household(hid) == documents
    assert answers == []


def test_a_deleted_household_is_left_out_of_lists_screening_and_cases(window, ctx, answers):
    from leietileie.storage.queries.case_lists import list_cases

    hid = _household_with_case_and_assessment(ctx.db)
    household = ctx.db.households.get(hid)
    _select(window, hid)
    _actions(window).delete_household()
    assert hid not in [r.id for r in ctx.db.households.page(0, 1000)]
    assert ctx.db.households.count(search=household.external_id) == 0
    ids, _batch = ctx.db.households.screening_batch(date(2026, 11, 25))
    assert hid not in list(ids)
    assert hid not in {row.household_id for row in list_cases(ctx.db.conn)}
    assert ctx.db.households.get_by_external_id(household.external_id) is None
    # marked, not erased: who deleted it is kept
    row = ctx.db.conn.execute("SELECT deleted_by FROM households WHERE id = ?", (hid,)).fetchone()
    assert row[0] == "tester"


def test_undo_delete_after_the_household_was_imported_again_is_a_conflict(window, ctx, answers):
    """Storing the same external id again brings the row back; undo then overwrites nothing."""
    hid = _household_with_case_and_assessment(ctx.db)
    household = ctx.db.households.get(hid)
    _select(window, hid)
    _actions(window).delete_household()
    with ctx.db.transaction():
        ctx.db.households.bulk_write([replace(household, id=None, phone="45555555")])
    _actions(window).undo()
    assert ctx.db.households.get(hid).phone == "45555555"
    assert answers and answers[0][0] == "error"


def test_a_new_household_cannot_take_a_deleted_households_id(qtbot, window, ctx, answers):
    """The deleted row is kept for undo: a new household with its id would inherit its cases."""
    from leietileie.ui.dialogs.household_dialog import HouseholdDialog

    hid = _household_with_case_and_assessment(ctx.db)
    household = ctx.db.households.get(hid)
    _select(window, hid)
    _actions(window).delete_household()
    dialog = HouseholdDialog(ctx.db, None)
    qtbot.addWidget(dialog)
    dialog.fields["external_id"].setText(household.external_id)
    dialog.rows[0].first.setText("Kari")
    dialog.rows[0].last.setText("Nyesen")
    dialog.rows[0].national_id.setText("15076500565")
    dialog.try_accept()
    assert dialog.result_household is None
    assert (
        f"Husstand-ID: «{household.external_id}» tilhører en slettet husstand"
        in dialog.errors.text()
    )
