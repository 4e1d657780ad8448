"""Several incomes per member in the household dialog: add, change, remove, refuse, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from leietileie.domain.model import Income
from leietileie.ui.dialogs.household_dialog import HouseholdDialog
from leietileie.ui.dialogs.household_form import IncomeInput


def _with_income(ctx):  # type: ignore[no-untyped-def]
    """A household whose applicant has at least one income, selected in the tenant view."""
    for row in ctx.db.households.page(0, 60):
        household = ctx.db.households.get(row.id)
        if household.members[0].incomes and len(household.members) > 1:
            return household
    raise AssertionError("the demo register has no household with income")


def _select(window, household) -> None:  # type: ignore[no-untyped-def]
    view = window.views["tenants"]
    view.search.setText(household.external_id)
    view.apply_query()
    assert view.selected_id() == household.id
    return view


def test_add_change_and_remove_incomes_then_undo(qtbot, window, ctx, answers) -> None:
    before = _with_income(ctx)
    view = _select(window, before)
    dialog = HouseholdDialog(ctx.db, before)
    qtbot.addWidget(dialog)
    applicant, other = dialog.rows[0], dialog.rows[1]
    assert len(applicant.incomes) == len(before.members[0].incomes)
    # change the first income, add AAP beside it, add and then remove one on the other member
    applicant.incomes[0].kind.setCurrentIndex(applicant.incomes[0].kind.findData("wage"))
    applicant.incomes[0].amount.setText("250 000")
    qtbot.mouseClick(applicant.add_income_button, Qt.MouseButton.LeftButton)
    added = applicant.incomes[-1]
    added.kind.setCurrentIndex(added.kind.findData("aap"))
    added.amount.setText("180 500")
    for extra in applicant.incomes[1:-1]:  # keep exactly the two
        qtbot.mouseClick(extra.remove, Qt.MouseButton.LeftButton)
    for income in list(other.incomes):
        qtbot.mouseClick(income.remove, Qt.MouseButton.LeftButton)
    other.add_income(IncomeInput("pension", "99 000"))
    assert "Medlem 1, inntekt 2 per år" in {
        w.accessibleName() for w in applicant.incomes[1].widgets()
    }
    dialog.try_accept()
    assert dialog.result_household is not None, dialog.errors.text()
    assert view.actions_bar.store_edit(before, dialog.result_household)
    stored = ctx.db.households.get(before.id)
    assert stored.members[0].incomes == (Income("wage", 250_000), Income("aap", 180_500))
    assert stored.members[1].incomes == (Income("pension", 99_000),)
    assert [m.incomes for m in stored.members[2:]] == [m.incomes for m in before.members[2:]]
    assert stored.version == before.version + 1
    # the dialog opened again shows every income
    again = HouseholdDialog(ctx.db, stored)
    qtbot.addWidget(again)
    assert [r.value() for r in again.rows[0].incomes] == [
        IncomeInput("wage", "250 000"),
        IncomeInput("aap", "180 500"),
    ]
    view.actions_bar.undo()
    restored = ctx.db.households.get(before.id)
    assert [m.incomes for m in restored.members] == [m.incomes for m in before.members]
    assert answers == []


def test_an_invalid_income_is_refused_naming_member_and_field(qtbot, ctx) -> None:
    household = _with_income(ctx)
    dialog = HouseholdDialog(ctx.db, household)
    qtbot.addWidget(dialog)
    second = dialog.rows[1]
    second.add_income(IncomeInput("wage", "-5"))
    second.add_income(IncomeInput("aap", "mye"))
    second.add_income(IncomeInput("pension", ""))
    n = len(second.incomes)
    dialog.try_accept()
    assert dialog.result_household is None
    text = dialog.errors.text()
    assert f"Medlem 2, inntekt {n - 2} (Lønn): kan ikke være negativt" in text
    assert (
        f"Medlem 2, inntekt {n - 1} (Arbeidsavklaringspenger (AAP)): «mye» er ikke et beløp" in text
    )
    assert f"Medlem 2, inntekt {n} (Pensjon): må fylles ut" in text
    assert ctx.db.households.get(household.id) == household


def test_removing_a_member_or_income_keeps_focus_and_names(qtbot, ctx) -> None:
    household = _with_income(ctx)
    dialog = HouseholdDialog(ctx.db, household)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    first = dialog.rows[0]
    qtbot.mouseClick(dialog.rows[1].remove, Qt.MouseButton.LeftButton)
    assert [r.remove.accessibleName() for r in dialog.rows] == [
        f"Fjern medlem {n}" for n in range(1, len(dialog.rows) + 1)
    ]
    assert dialog.focusWidget() is dialog.add_member_button
    first.add_income(IncomeInput("wage", "1"), focus=True)
    assert dialog.focusWidget() is first.incomes[-1].kind
    # Tab walks kind → amount → remove of the new income, then to "Legg til inntekt"
    qtbot.keyClick(first.incomes[-1].kind, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is first.incomes[-1].amount
    qtbot.keyClick(first.incomes[-1].amount, Qt.Key.Key_Tab)
    qtbot.keyClick(first.incomes[-1].remove, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is first.add_income_button
    qtbot.keyClick(first.add_income_button, Qt.Key.Key_Space)
    assert dialog.focusWidget() is first.incomes[-1].kind and first.incomes[-1].amount.text() == ""
