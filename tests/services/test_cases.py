"""The case workflow: allowed moves, deadlines, audit log, bulk opening after screening."""

from datetime import date

import pytest

from leietileie.domain.deadlines import add_working_days, reply_deadline
from leietileie.errors import InputError
from leietileie.services.case_lists import case_detail, due_items, list_cases
from leietileie.services.cases import (
    FOLLOW_UP_WORKING_DAYS,
    TRANSITIONS,
    allowed_next,
    attach,
    erase_closed_cases,
    mark_screened,
    move_case,
    open_case,
)
from leietileie.services.demo import create_demo
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

ON = date(2026, 11, 25)
PATH = ["invitert", "samtale", "vurdert", "tilbud_sendt", "akseptert", "kjopt"]


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location, actor="saksbehandler")
    create_demo(database, households=150, seed=1, today=ON)
    yield database
    database.close()


def _household(db, n=0):
    return db.conn.execute(
        "SELECT id FROM households ORDER BY id LIMIT 1 OFFSET ?", (n,)
    ).fetchone()[0]


def test_transitions_are_data_and_closed_states_are_final():
    assert allowed_next("tilbud_sendt") == ("akseptert", "avslatt", "avsluttet")
    for state in ("kjopt", "avsluttet", "avslatt"):
        assert TRANSITIONS[state] == ()


def test_case_moves_through_its_states_with_audit_log(db):
    hid = _household(db)
    before = db.audit.count()
    case = open_case(db, hid, on=ON, by="Siv")
    assert case.state == "kartlagt" and case.opened_on == ON
    for n, state in enumerate(PATH):
        case = move_case(db, case.id, state, on=ON, by="Siv", note=f"steg {n}")
    assert case.state == "kjopt" and case.closed_on == ON
    events = db.cases.events(case.id)
    assert [e.to_state for e in events] == ["kartlagt", *PATH]
    assert all(e.at.startswith(ON.isoformat()) and e.by == "Siv" for e in events)
    assert events[2].note == "steg 1"
    moves = [e for e in db.audit.list(entity="case", entity_id=case.id) if e.action == "changed"]
    assert [(m.details["from"], m.details["to"]) for m in reversed(moves)] == list(
        zip(["kartlagt", *PATH[:-1]], PATH, strict=True)
    )
    assert len(db.audit.list(entity="case", entity_id=case.id, action="created")) == 1
    assert db.audit.count() > before
    assert db.households.get(hid).case_state == "kjopt"
    # every deadline the path set was closed when the case moved on
    assert all(d.done for d in db.cases.deadlines(case.id))


def test_illegal_move_is_refused_naming_states(db):
    case = open_case(db, _household(db), on=ON)
    with pytest.raises(InputError) as err:
        move_case(db, case.id, "kjopt")
    text = str(err.value)
    assert "«Kartlagt»" in text and "«Kjøpt»" in text and "«Invitert»" in text
    assert db.cases.get(case.id).state == "kartlagt"
    closed = move_case(db, case.id, "avsluttet")
    with pytest.raises(InputError, match="avsluttet"):
        move_case(db, closed.id, "invitert")
    with pytest.raises(InputError, match="Ukjent saksstatus"):
        move_case(db, case.id, "ferdig")


def test_second_open_case_is_refused(db):
    hid = _household(db)
    open_case(db, hid, on=ON)
    with pytest.raises(InputError, match="allerede en åpen sak"):
        open_case(db, hid, on=ON)


def test_deadlines_set_on_entry_and_overdue_listed(db):
    Settings(db).set("letters.reply_working_days", 10)
    case = open_case(db, _household(db), on=ON)
    move_case(db, case.id, "invitert", on=date(2026, 10, 1))
    (follow,) = db.cases.deadlines(case.id)
    assert follow.kind == "oppfolging"
    assert follow.due_on == add_working_days(date(2026, 10, 1), FOLLOW_UP_WORKING_DAYS)
    items = due_items(db, ON)
    assert [(i.case_id, i.overdue) for i in items] == [(case.id, True)]
    assert items[0].name and items[0].label == "Oppfølging"
    move_case(db, case.id, "samtale", on=ON)
    move_case(db, case.id, "vurdert", on=ON)
    move_case(db, case.id, "tilbud_sendt", on=date(2026, 12, 18))
    reply = [d for d in db.cases.deadlines(case.id) if not d.done]
    assert [(d.kind, d.due_on) for d in reply] == [
        ("svarfrist", reply_deadline(date(2026, 12, 18), 10))
    ]
    assert reply[0].due_on == date(2027, 1, 5)  # skips Christmas and New Year
    assert due_items(db, ON) == []
    rows = list_cases(db)
    assert rows[0].next_due == reply[0].due_on and not rows[0].overdue(ON)


def test_attachments_and_detail(db):
    hid = _household(db)
    case = open_case(db, hid, on=ON)
    aid = db.assessments.add(
        hid, 2026, {}, {"financing": {"startlan": 2e6, "grant": 1e5}}, "eligible"
    )
    doc = db.documents.add(hid, "invitasjon", "/tmp/x.pdf", "0" * 64)
    move_case(db, case.id, "invitert", on=ON, documents=[doc], assessments=[aid])
    detail = case_detail(db, case.id)
    assert [d.id for d in detail.documents] == [doc]
    assert [a.id for a in detail.assessments] == [aid]
    assert db.assessments.get(aid).case_id == case.id
    assert detail.next_states == ("samtale", "vedtak_sendt", "avsluttet")
    with pytest.raises(InputError, match="finnes ikke"):
        attach(db, case.id, assessments=[99999])


def test_mark_screened_opens_cases_in_bulk(db):
    outcome = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=ON, year=2026))
    some = outcome.ids[:5]
    open_case(db, some[0], on=ON)
    result = mark_screened(db, outcome.run_id, some, on=ON)
    assert len(result.opened) == 4 and result.skipped == 1
    assert {db.cases.get(c).state for c in result.opened} == {"kartlagt"}
    (entry,) = db.audit.list(entity="cases_from_screening")
    assert entry.details == {"opened": 4, "skipped": 1}
    with pytest.raises(InputError, match="finnes ikke"):
        mark_screened(db, 999, [1])


def test_erase_notes_of_closed_cases(db):
    case = open_case(db, _household(db), on=date(2020, 1, 2), note="ring etter kl 15")
    move_case(db, case.id, "avsluttet", on=date(2020, 2, 3), note="flyttet")
    open_case(db, _household(db, 1), on=ON, note="behold")
    assert erase_closed_cases(db, date(2025, 1, 1)) == 1
    assert {e.note for e in db.cases.events(case.id)} == {""}
    assert db.audit.list(entity="case_notes")[0].action == "deleted"
    assert [r.case_id for r in list_cases(db, open_only=True)] != []
