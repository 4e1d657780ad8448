"""Deletion of closed cases (GDPR): what goes, what stays, the audit log and the files."""

from datetime import date

import pytest

from leietileie.services.cases import (
    count_closed_cases,
    delete_closed_cases,
    move_case,
    open_case,
)
from leietileie.services.demo import create_demo
from leietileie.storage.database import Database
from leietileie.storage.repositories.audit import AuditLog

ON = date(2023, 3, 1)
BEFORE = date(2024, 1, 1)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location, actor="saksbehandler")
    create_demo(database, households=20, seed=2, today=date(2026, 1, 5))
    yield database
    database.close()


def _ids(db, n):
    return [r[0] for r in db.conn.execute("SELECT id FROM households ORDER BY id LIMIT ?", (n,))]


def _closed_case(db, hid, *, on=ON, to="avsluttet"):
    case = open_case(db, hid, on=on)
    move_case(db, case.id, "invitert", on=on, note="ringte Kari, syk")
    return move_case(db, case.id, to, on=on)


def _letter(db, hid, path, case_id=None, assessment_id=None):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"%PDF-1.4")
    return db.documents.add(
        hid, "letter_offer", str(path), "0" * 64, case_id=case_id, assessment_id=assessment_id
    )


def test_deletes_closed_cases_with_everything_on_them(db, tmp_path):
    home = tmp_path / "home"
    renter, moved_out, still_open, recent = _ids(db, 4)
    db.conn.execute("UPDATE households SET unit_ref = NULL WHERE id = ?", (moved_out,))
    old = _closed_case(db, renter)
    on_case = db.assessments.add(renter, 2023, {}, {}, "eligible", case_id=old.id)
    loose = db.assessments.add(renter, 2023, {}, {}, "eligible")
    kept_letter = _letter(db, renter, home / "brev" / "kept.pdf")  # on no case
    _letter(db, renter, home / "brev" / "old.pdf", case_id=old.id)
    _letter(db, renter, home / "brev" / "of-assessment.pdf", assessment_id=on_case)
    outside = tmp_path / "elsewhere" / "outside.pdf"
    _letter(db, renter, outside, case_id=old.id)
    db.documents.add(
        renter, "letter_offer", str(home / "brev" / "missing.pdf"), "0" * 64, case_id=old.id
    )
    gone = _closed_case(db, moved_out, to="avsluttet")
    _letter(db, moved_out, home / "brev" / "gone.pdf")
    # a household without a unit that keeps an open case stays
    db.conn.execute("UPDATE households SET unit_ref = NULL WHERE id = ?", (still_open,))
    _closed_case(db, still_open)
    open_one = open_case(db, still_open, on=ON)  # opened long ago, never closed
    fresh = _closed_case(db, recent, on=date(2025, 6, 1))
    assert count_closed_cases(db, BEFORE) == 3
    before = {r[0] for r in db.conn.execute("SELECT id FROM audit_log")}

    done = delete_closed_cases(db, BEFORE, data_dir=home)

    assert (done.cases, done.households, done.assessments) == (3, 1, 1)
    assert done.documents == 4  # of the case, of its assessment, outside, missing
    assert done.files == 3  # old, of-assessment, the departed household's; not outside or missing
    assert done.kept == (str(outside),)  # the file that stayed is reported, the missing one not
    assert done.events == 9 and done.deadlines == 3
    assert db.cases.get(old.id) is None and db.cases.get(gone.id) is None
    assert db.cases.events(old.id) == [] and db.cases.deadlines(old.id) == []
    assert db.assessments.get(on_case) is None and db.assessments.get(loose) is not None
    assert [d.id for d in db.documents.for_household(renter)] == [kept_letter]
    assert not (home / "brev" / "old.pdf").exists()
    assert not (home / "brev" / "of-assessment.pdf").exists()
    assert (home / "brev" / "kept.pdf").exists() and outside.exists()
    # the renter stays in the register; the household that moved out and has no case goes
    assert db.households.get(renter) is not None and db.households.get(renter).case_state == "ny"
    assert db.households.get(moved_out) is None
    assert not (home / "brev" / "gone.pdf").exists()  # its remaining letter went with it
    assert db.households.get(still_open) is not None
    # open and recently closed cases are untouched
    assert db.cases.get(open_one.id).closed_on is None
    assert db.cases.get(fresh.id) is not None and len(db.cases.events(fresh.id)) == 3
    assert db.households.get(still_open).case_state == open_one.state
    # one audit entry per deleted case, ids and counts only
    new = [e for e in db.audit.list(limit=1000) if e.id not in before]
    cases = [e for e in new if e.entity == "case"]
    assert len(cases) == 3 and {e.action for e in cases} == {"deleted"}
    assert {int(e.entity_id) for e in cases} >= {old.id, gone.id}
    entry = next(e for e in cases if e.entity_id == str(old.id))
    assert entry.details == {
        "household_id": renter,
        "events": 3,
        "deadlines": 1,
        "documents": 4,
        "assessments": 1,
    }
    for e in cases:
        assert all(isinstance(v, int) for v in e.details.values())
    assert [e.entity for e in new if e.entity != "case"] == ["household"]
    assert count_closed_cases(db, BEFORE) == 0


def test_nothing_closed_nothing_deleted(db, tmp_path):
    hid = _ids(db, 1)[0]
    case = open_case(db, hid, on=ON)
    done = delete_closed_cases(db, BEFORE, data_dir=tmp_path)
    assert done.cases == 0 and db.cases.get(case.id) is not None


def test_refuses_to_run_inside_a_callers_transaction(db, tmp_path):
    with pytest.raises(RuntimeError), db.transaction():
        delete_closed_cases(db, BEFORE, data_dir=tmp_path)


def test_rolls_back_when_a_step_fails(db, tmp_path, monkeypatch):
    renter = _ids(db, 1)[0]
    case = _closed_case(db, renter)
    letter = tmp_path / "brev" / "a.pdf"
    _letter(db, renter, letter, case_id=case.id)

    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(AuditLog, "record", fail)
    with pytest.raises(RuntimeError):
        delete_closed_cases(db, BEFORE, data_dir=tmp_path)
    assert db.cases.get(case.id) is not None and len(db.documents.for_household(renter)) == 1
    assert letter.exists()
