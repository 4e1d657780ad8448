"""The household dialog edits childcare expenses and interest on existing debt (issue 9)."""

from datetime import date

from leietileie.domain.model import Income
from leietileie.domain.register import Person, RegisteredHousehold, Tenancy
from leietileie.ui.dialogs.household_form import build_household, member_input

KARI = Person(
    "applicant",
    "Kari",
    "Nordmann",
    "15108695088",
    date(1986, 10, 15),
    "F",
    (Income("wage", 500_000),),
)
BASE = RegisteredHousehold(
    "H-1",
    (KARI,),
    Tenancy("B-1", 10_000),
    childcare_expenses_annual=12_000,
    existing_interest_annual=8_000,
    id=1,
)
FIELDS = {"external_id": "H-1", "unit_id": "B-1", "rent_monthly": "10 000"}


def test_the_form_sets_childcare_and_existing_interest(qapp):
    fields = {
        **FIELDS,
        "childcare_expenses_annual": "30 000",
        "existing_interest_annual": "20 000,50",
    }
    household, problems = build_household(
        BASE, fields, [member_input(KARI)], {"B-1"}, date(2026, 11, 25)
    )
    assert problems == []
    assert household.childcare_expenses_annual == 30_000
    assert household.existing_interest_annual == 20_000.5


def test_the_form_refuses_an_implausible_childcare_amount(qapp):
    fields = {**FIELDS, "childcare_expenses_annual": "3 000 000", "existing_interest_annual": "0"}
    household, problems = build_household(
        BASE, fields, [member_input(KARI)], {"B-1"}, date(2026, 11, 25)
    )
    assert household is None
    assert any(p.startswith("Barnehage og SFO per år: er over 1 000 000") for p in problems), (
        problems
    )


def test_the_dialog_shows_the_stored_values(qtbot, qapp, tmp_path):
    from leietileie.storage.database import Database
    from leietileie.ui.dialogs.household_dialog import HouseholdDialog

    db = Database.open(tmp_path / "reg.db")
    dialog = HouseholdDialog(db, BASE)
    qtbot.addWidget(dialog)
    assert dialog.fields["childcare_expenses_annual"].text().replace("\u00a0", " ") == "12 000"
    assert dialog.fields["existing_interest_annual"].text().replace("\u00a0", " ") == "8 000"
    db.close()
