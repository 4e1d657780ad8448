"""Working side by side (issue 13): saving a household a colleague saved first names who and
when, offers «Last inn på nytt» / «Avbryt», and keeps the caseworker's input; a save that
fails because the office database is gone keeps the editor open with its fields.

Two connections to one file are two caseworkers (the app's «tester» and «kollega»)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from leietileie.services import household_edits
from leietileie.storage import Database, Unavailable
from leietileie.ui import messages
from leietileie.ui.dialogs.household_dialog import HouseholdDialog

LOST = (
    "Får ikke kontakt med kontorets database postgresql://anne@db/leie: server closed the "
    "connection unexpectedly."
)


def _select(window, offset: int) -> int:  # type: ignore[no-untyped-def]
    view = window.views["tenants"]
    view.table.selectRow(offset)
    hid = view.selected_id()
    assert hid is not None
    return hid


def _colleague_saves(path, hid: int, phone: str) -> tuple[datetime, datetime]:  # type: ignore[no-untyped-def]
    started = datetime.now()
    with Database.open(path, actor="kollega") as colleague:
        colleague.households.save(replace(colleague.households.get(hid), phone=phone))
    return started, datetime.now()


def _expected_texts(started: datetime, ended: datetime) -> set[str]:
    """The sentence for each minute the colleague's save can have been stamped in."""
    texts = set()
    moment = started.replace(second=0, microsecond=0)
    while moment <= ended:
        texts.add(
            f"Husstanden ble endret av kollega kl. {moment:%H:%M} ({moment:%d.%m.%Y}) "
            "etter at du åpnet den."
        )
        moment += timedelta(minutes=1)
    return texts


def _edit(window, steps):  # type: ignore[no-untyped-def]
    """Open the real editor (Rediger) and run ``steps(dialog)`` inside its modal loop; each
    editor opened (a reload opens a new one) gets the next step."""
    actions = window.views["tenants"].actions_bar
    pending = list(steps)
    seen: list[HouseholdDialog] = []

    def drive() -> None:
        dialog = actions.dialog
        if dialog is None or dialog in seen or not dialog.isVisible():
            QTimer.singleShot(10, drive)
            return
        seen.append(dialog)
        step = pending.pop(0)
        step(dialog)
        if pending:
            QTimer.singleShot(10, drive)

    QTimer.singleShot(0, drive)
    actions.edit_household()
    assert not pending, "an editor that should have opened did not"
    return seen


def test_a_colleagues_save_is_named_and_the_input_is_kept(window, ctx, demo_db_path, monkeypatch):
    hid = _select(window, 2)
    shown: list[str] = []
    monkeypatch.setattr(messages, "conflict", lambda parent, title, text: shown.append(text))
    state: dict[str, object] = {}

    def type_and_save(dialog: HouseholdDialog) -> None:
        dialog.fields["phone"].setText("47777777")
        dialog.notes.setPlainText("Ringt om kjøp")
        state["when"] = _colleague_saves(demo_db_path, hid, "42222222")
        dialog.buttons.accepted.emit()  # Lagre
        state["open"] = dialog.isVisible()
        state["phone"] = dialog.fields["phone"].text()
        state["notes"] = dialog.notes.toPlainText()
        dialog.reject()  # the caseworker gives up later

    _edit(window, [type_and_save])
    assert len(shown) == 1
    first_line = shown[0].split("\n")[0]
    assert first_line in _expected_texts(*state["when"])  # type: ignore[misc]
    assert "Avbryt" in shown[0] and "Last inn på nytt" in shown[0]
    # «Avbryt»: the editor stayed open with everything typed
    assert state == {**state, "open": True, "phone": "47777777", "notes": "Ringt om kjøp"}
    assert household_edits.get_household(ctx.db, hid).phone == "42222222"  # theirs stays


def test_reload_discards_the_edit_only_after_confirming(window, ctx, demo_db_path, monkeypatch):
    hid = _select(window, 3)
    monkeypatch.setattr(messages, "conflict", lambda parent, title, text: True)
    questions: list[str] = []
    answers = iter([False, True])  # first «no, keep my edit», then «yes, discard it»

    def confirm(parent, title, text):  # type: ignore[no-untyped-def]
        questions.append(text)
        return next(answers)

    monkeypatch.setattr(messages, "confirm", confirm)
    state: dict[str, object] = {}

    def type_and_save_twice(dialog: HouseholdDialog) -> None:
        dialog.fields["phone"].setText("47777777")
        _colleague_saves(demo_db_path, hid, "42222222")
        dialog.buttons.accepted.emit()  # conflict → reload → not confirmed
        state["kept"] = (dialog.isVisible(), dialog.fields["phone"].text())
        dialog.buttons.accepted.emit()  # conflict → reload → confirmed: this editor closes
        state["closed"] = not dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    def fresh(dialog: HouseholdDialog) -> None:
        state["reloaded"] = dialog.fields["phone"].text()
        dialog.reject()

    _edit(window, [type_and_save_twice, fresh])
    assert state["kept"] == (True, "47777777")
    assert state["closed"] is True
    assert state["reloaded"] == "42222222"  # the colleague's version, loaded again
    assert len(questions) == 2 and "forkastes" in questions[0]
    assert household_edits.get_household(ctx.db, hid).phone == "42222222"


def test_a_lost_connection_keeps_the_editor_open_with_its_fields(window, ctx, monkeypatch, answers):
    hid = _select(window, 4)
    before = household_edits.get_household(ctx.db, hid)

    def gone(db, old, new):  # type: ignore[no-untyped-def]
        raise Unavailable(LOST)

    monkeypatch.setattr(household_edits, "save_household", gone)
    state: dict[str, object] = {}

    def type_and_save(dialog: HouseholdDialog) -> None:
        dialog.fields["phone"].setText("47777777")
        dialog.rows[0].first.setText("Kari-Anne")
        dialog.buttons.accepted.emit()
        state["open"] = dialog.isVisible()
        state["fields"] = (dialog.fields["phone"].text(), dialog.rows[0].first.text())
        dialog.reject()

    _edit(window, [type_and_save])
    assert answers == [("error", LOST)]  # the Norwegian message, no bug report
    assert state == {"open": True, "fields": ("47777777", "Kari-Anne")}
    assert household_edits.get_household(ctx.db, hid) == before


def test_a_new_household_that_cannot_be_stored_keeps_the_editor_open(window, monkeypatch, answers):
    def gone(db, household):  # type: ignore[no-untyped-def]
        raise Unavailable(LOST)

    monkeypatch.setattr(household_edits, "add_household", gone)
    actions = window.views["tenants"].actions_bar
    state: dict[str, object] = {}

    def fill_and_save() -> None:
        dialog = next(w for w in window.findChildren(HouseholdDialog) if w.isVisible())
        dialog.fields["external_id"].setText("NY-1")
        dialog.fields["unit_id"].setText("")
        dialog.rows[0].first.setText("Ola")
        dialog.rows[0].last.setText("Nordmann")
        dialog.rows[0].national_id.setText("15076500565")
        dialog.buttons.accepted.emit()
        state["open"] = dialog.isVisible()
        state["errors"] = dialog.errors.text()
        state["name"] = dialog.rows[0].first.text()
        dialog.reject()

    QTimer.singleShot(50, fill_and_save)
    actions.new_household()
    if state.get("errors"):
        pytest.fail(f"the form refused the test's household: {state['errors']}")
    assert answers == [("error", LOST)]
    assert state["open"] is True and state["name"] == "Ola"


def test_reloading_a_household_a_colleague_deleted_says_so(
    window, ctx, demo_db_path, monkeypatch, answers
):
    hid = _select(window, 5)
    conflicts: list[str] = []

    def reload(parent, title, text):  # type: ignore[no-untyped-def]
        conflicts.append(text)
        return True

    monkeypatch.setattr(messages, "conflict", reload)

    def type_and_save(dialog: HouseholdDialog) -> None:
        dialog.fields["phone"].setText("47777777")
        with Database.open(demo_db_path, actor="kollega") as colleague:
            household_edits.delete_household(colleague, colleague.households.get(hid))
        dialog.buttons.accepted.emit()

    _edit(window, [type_and_save])
    assert conflicts and conflicts[0].startswith("Husstanden ble slettet av kollega kl. ")
    assert len(answers) == 1 and answers[0][0] == "info"
    assert answers[0][1].endswith("er slettet og kan ikke åpnes igjen.")
