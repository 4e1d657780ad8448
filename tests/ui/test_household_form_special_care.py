"""Editing a household keeps a child's special care needs (issue 9: foreldrefradrag after 11)."""

from datetime import date

import pytest

from leietileie.domain.register import Person
from leietileie.ui.dialogs.household_form import Problems, member_input, parse_member


def test_special_care_needs_survive_the_household_form(qapp):
    child = Person(
        "child", "Per", "Nordmann", birth_date=date(2012, 3, 1), sex="M", special_care_needs=True
    )
    problems = Problems()
    again = parse_member(1, member_input(child), date(2026, 11, 25), problems)
    assert problems == [] and again is not None and again.special_care_needs is True


def _household_with_a_child(db):  # type: ignore[no-untyped-def]
    for row in db.households.page(0, 200):
        household = db.households.get(row.id)
        if any(p.role == "child" for p in household.members):
            return household
    raise AssertionError("no household with a child in the demo register")


def test_the_household_dialog_has_a_special_care_checkbox_for_a_child(qtbot, ctx) -> None:
    """Ticking the box for a child stores special_care_needs (issue 15 brief, issue 9)."""
    from leietileie.ui.dialogs.household_dialog import HouseholdDialog

    household = _household_with_a_child(ctx.db)
    dialog = HouseholdDialog(ctx.db, household)
    qtbot.addWidget(dialog)
    child = next(i for i, p in enumerate(household.members) if p.role == "child")
    adult = next(i for i, p in enumerate(household.members) if p.role != "child")
    box = dialog.rows[child].special_care
    assert box.text() == "Særskilt omsorgsbehov" and box.isEnabled()
    assert not dialog.rows[adult].special_care.isEnabled()  # only a child has the need
    assert box.isChecked() is household.members[child].special_care_needs
    box.setChecked(True)
    dialog.try_accept()
    assert dialog.result_household is not None, dialog.errors.text()
    assert dialog.result_household.members[child].special_care_needs is True
    assert not any(
        p.special_care_needs for p in dialog.result_household.members if p.role != "child"
    )


def test_special_care_checkbox_unticked_clears_the_need(qtbot, ctx) -> None:
    from dataclasses import replace

    from leietileie.ui.dialogs.household_dialog import HouseholdDialog

    household = _household_with_a_child(ctx.db)
    child = next(i for i, p in enumerate(household.members) if p.role == "child")
    members = list(household.members)
    members[child] = replace(members[child], special_care_needs=True)
    household = replace(household, members=tuple(members))
    dialog = HouseholdDialog(ctx.db, household)
    qtbot.addWidget(dialog)
    assert dialog.rows[child].special_care.isChecked()
    dialog.rows[child].special_care.setChecked(False)
    dialog.try_accept()
    assert dialog.result_household is not None, dialog.errors.text()
    assert dialog.result_household.members[child].special_care_needs is False


@pytest.mark.parametrize(
    ("lang", "expected"), [("nn", "foreldrefrådrag"), ("en", "parental deduction")]
)
def test_the_special_care_checkbox_is_translated(qtbot, qapp, ctx, lang, expected) -> None:
    from leietileie.ui.app import install_translation
    from leietileie.ui.dialogs.household_dialog import HouseholdDialog

    assert install_translation(qapp, lang)
    try:
        dialog = HouseholdDialog(ctx.db, _household_with_a_child(ctx.db))
        qtbot.addWidget(dialog)
        box = dialog.rows[0].special_care
        assert expected in box.toolTip()
        if lang == "en":
            assert box.text() == "Special care needs"
    finally:
        qapp.removeTranslator(qapp.property("leietileie_translator"))
        qapp.setProperty("leietileie_translator", None)
