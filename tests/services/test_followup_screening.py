"""A household's full path (issue 14): rent arrears hold it back in the screening, with the
reason; a payment agreement; the arrears settled; six months of rent paid on time; a
screening candidate again."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.domain.categories import CATEGORIES
from leietileie.services import followup_actions as fa
from leietileie.services.screening import REASON_TEXTS_NB, ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage import Database
from tests.storage.conftest import make_household, make_unit

RENT = 10_000.0


@pytest.fixture
def db(register_location):
    database = Database.open(register_location, actor="tester")
    database.units.insert(make_unit("B-001"))
    database.units.insert(make_unit("B-002"))
    database.households.insert(make_household("H-1", "B-001"))
    database.households.insert(make_household("H-2", "B-002"))
    # the late-rent filter looks at the last twelve months; here the ledger rule is tested
    Settings(database).set("screening.max_late_payments", 12)
    yield database
    database.close()


def _pay(db, hid, months, paid=RENT, day=5):
    with db.transaction():
        db.rent.bulk_insert(
            [(hid, m, RENT, paid, f"{m}-{day:02d}" if paid else None) for m in months]
        )


def _screen(db, on):
    outcome = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=on))
    index = {hid: i for i, hid in enumerate(outcome.ids)}
    return outcome, index


def test_arrears_then_agreement_then_settled_then_six_months_on_time_then_candidate(db):
    ids = db.households.id_map()
    h1, h2 = ids["H-1"], ids["H-2"]
    months_2025 = [f"2025-{m:02d}" for m in range(1, 13)]
    _pay(db, h1, months_2025)
    _pay(db, h2, months_2025)
    # the baseline: both alike, no arrears
    outcome, index = _screen(db, date(2025, 12, 20))
    baseline = CATEGORIES[outcome.category[index[h1]]]
    assert baseline != "ikke_aktuelt"  # so being held back shows
    assert CATEGORIES[outcome.category[index[h2]]] == baseline
    assert not {"arrears_ledger", "arrears_on_time"} & set(outcome.reasons[index[h1]])

    # January and February unpaid: 20 000 kr overdue > the limit of 5 000 kr
    _pay(db, h1, ["2026-01", "2026-02"], paid=0.0)
    _pay(db, h2, ["2026-01", "2026-02", "2026-03"])
    outcome, index = _screen(db, date(2026, 3, 20))
    assert CATEGORIES[outcome.category[index[h1]]] == "ikke_aktuelt"
    assert "arrears_ledger" in outcome.reasons[index[h1]]
    why = outcome.held_back[h1].reason
    assert why.code == "held_back_arrears" and why.params["owed"] == 20_000
    assert why.text() == "Holdes tilbake: restanse på 20 000 kr."
    assert REASON_TEXTS_NB["arrears_ledger"].startswith("Holdes tilbake")
    assert h2 not in outcome.held_back

    # a payment agreement, then March paid late and everything caught up on 5 April: settled
    fa.log_action(db, h1, "reminder", date(2026, 2, 20))
    fa.create_payment_agreement(db, h1, "2026-04", 10_000, 20_000, date(2026, 3, 25))
    _pay(db, h1, ["2026-03"], paid=RENT, day=25)
    _pay(db, h1, ["2026-04"], paid=RENT + 20_000, day=5)
    fa.close_arrears_case(db, h1, "settled", date(2026, 4, 5))
    # May and June on time: two months of six
    _pay(db, h1, ["2026-05", "2026-06"])
    outcome, index = _screen(db, date(2026, 6, 20))
    assert CATEGORIES[outcome.category[index[h1]]] == "ikke_aktuelt"
    assert "arrears_on_time" in outcome.reasons[index[h1]]
    why = outcome.held_back[h1].reason
    assert why.code == "held_back_on_time"
    assert (why.params["months"], why.params["required"]) == (2, 6)

    # July to October on time too: six months since the settlement -> a candidate again
    _pay(db, h1, ["2026-07", "2026-08", "2026-09", "2026-10"])
    outcome, index = _screen(db, date(2026, 10, 20))
    assert h1 not in outcome.held_back
    assert not {"arrears_ledger", "arrears_on_time"} & set(outcome.reasons[index[h1]])
    assert CATEGORIES[outcome.category[index[h1]]] == baseline
