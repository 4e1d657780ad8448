from datetime import date, timedelta

import pytest

from leietileie.errors import InputError

from .conftest import make_household, make_unit


def _household(db):
    db.units.insert(make_unit())
    return db.households.insert(make_household())


def test_case_moves_with_history_and_household_status(db):
    h = _household(db)
    case = db.cases.open(h.id, caseworker="Siv", state="kartlagt")
    db.cases.move(case.id, "invitert", by="Siv", note="brev sendt")
    moved = db.cases.move(case.id, "avsluttet", by="Siv")
    assert moved.closed_on == date.today()
    events = db.cases.events(case.id)
    assert [(e.from_state, e.to_state) for e in events] == [
        (None, "kartlagt"),
        ("kartlagt", "invitert"),
        ("invitert", "avsluttet"),
    ]
    assert events[1].note == "brev sendt" and events[1].by == "Siv"
    assert db.households.get(h.id).case_state == "avsluttet"
    assert db.cases.current(h.id) is None


def test_unknown_state_is_refused(db):
    h = _household(db)
    case = db.cases.open(h.id)
    with pytest.raises(InputError, match="ukjent saksstatus"):
        db.cases.move(case.id, "ferdig")


def test_deadlines_due_and_overdue(db):
    h = _household(db)
    case = db.cases.open(h.id)
    today = date(2026, 3, 1)
    late = db.cases.add_deadline(case.id, "svarfrist", today - timedelta(days=1))
    soon = db.cases.add_deadline(case.id, "samtale", today + timedelta(days=5))
    db.cases.add_deadline(case.id, "klage", today + timedelta(days=30))
    assert [d.id for d in db.cases.overdue(today)] == [late]
    assert [d.id for d in db.cases.due(today, within_days=7)] == [late, soon]
    db.cases.complete_deadline(late)
    assert db.cases.overdue(today) == []
    assert db.cases.due(today, 7)[0].external_id == "H-1"


def test_assessments_documents_settings(db):
    h = _household(db)
    aid = db.assessments.add(h.id, 2026, {"x": 1}, {"max_loan": 2.5e6}, "eligible", unit_ref=1)
    assert db.assessments.latest(h.id).result == {"max_loan": 2.5e6}
    did = db.documents.add(h.id, "tilbudsbrev", "/tmp/a.pdf", "ab" * 32, assessment_id=aid)
    assert db.documents.for_household(h.id)[0].id == did
    assert db.audit.list(action="printed")[0].entity_id == str(did)
    db.settings.set_municipality({"name": "Eksempel kommune"})
    assert db.settings.municipality()["name"] == "Eksempel kommune"
    db.settings.add_rule_adjustment(2026, "startlan_rate", 0.05, date(2026, 1, 1))
    db.settings.add_rule_adjustment(2026, "startlan_rate", 0.055, date(2026, 6, 1))
    assert db.settings.effective_adjustments(2026, date(2026, 3, 1)) == {"startlan_rate": 0.05}
    assert db.settings.effective_adjustments(2026, date(2026, 7, 1)) == {"startlan_rate": 0.055}


def test_screening_results_stored(db):
    h = _household(db)
    run = db.screening.store_run(
        2026, date(2026, 1, 1), [(h.id, "eligible", 3e6, 2.9e6, 2.8e6, 14000.0, 500.0, ["ok"], {})]
    )
    (result,) = db.screening.results(run)
    assert result.category == "eligible" and result.reasons == ["ok"]
    assert db.screening.for_household(h.id).run_id == run == db.screening.latest_run()
