"""The case repository's dated steps, attachments, erasure and the Saker view's rows."""

from datetime import date

from leietileie.storage.queries import case_lists

from .conftest import make_household, make_unit


def _household(db, external_id="H-1"):
    if db.units.get_by_unit_id("B-001") is None:
        db.units.insert(make_unit())
    return db.households.insert(make_household(external_id))


def test_open_and_move_on_a_day_keep_the_recording_clock(db):
    h = _household(db)
    assert not db.cases.any()
    case = db.cases.open(h.id, "Siv", "kartlagt", note="første", on=date(2024, 2, 3))
    assert db.cases.any() and case.opened_on == date(2024, 2, 3)
    moved = db.cases.move(case.id, "avsluttet", by="Siv", note="flyttet", on=date(2024, 3, 4))
    assert moved.closed_on == date(2024, 3, 4)
    assert db.cases.get(case.id).opened_on == date(2024, 2, 3)
    first, second = db.cases.events(case.id)
    assert first.at.startswith("2024-02-03T") and second.at.startswith("2024-03-04T")
    assert (first.note, second.note) == ("første", "flyttet")
    assert first.at.endswith("+00:00") and len(first.at) == len(second.at) == 32


def test_open_household_ids_and_erasure_of_closed_notes(db):
    a, b = _household(db, "H-1"), _household(db, "H-2")
    closed = db.cases.open(a.id, state="kartlagt", note="ring etter kl 15", on=date(2020, 1, 2))
    db.cases.add_deadline(closed.id, "oppfolging", date(2020, 1, 20), note="husk")
    db.cases.move(closed.id, "avsluttet", note="flyttet", on=date(2020, 2, 3))
    kept = db.cases.open(b.id, state="kartlagt", note="behold")
    assert db.cases.open_household_ids() == {b.id}
    assert db.cases.erase_closed_notes(date(2025, 1, 1)) == 1
    assert {e.note for e in db.cases.events(closed.id)} == {""}
    assert {d.note for d in db.cases.deadlines(closed.id)} == {""}
    assert [e.note for e in db.cases.events(kept.id)] == ["behold"]
    (entry,) = db.audit.list(entity="case_notes")
    assert entry.details == {"notes": 3}


def test_documents_attach_and_attached_assessments(db):
    h = _household(db)
    case = db.cases.open(h.id)
    first = db.assessments.add(h.id, 2026, {}, {}, "eligible")
    second = db.assessments.add(h.id, 2026, {}, {}, "eligible")
    doc = db.documents.add(h.id, "tilbudsbrev", "/tmp/a.pdf", "ab" * 32, assessment_id=first)
    assert db.documents.attach(doc, case.id) and not db.documents.attach(999, case.id)
    assert db.cases.attached_assessment_ids(case.id) == [first]  # through the letter
    assert db.assessments.set_case(second, case.id) and not db.assessments.set_case(999, case.id)
    assert db.cases.attached_assessment_ids(case.id) == [first, second]
    assert db.assessments.get(first).case_id == case.id
    assert db.documents.for_household(h.id)[0].case_id == case.id


def test_assessment_stored_on_a_case(db):
    h = _household(db)
    case = db.cases.open(h.id)
    on_case = db.assessments.add(h.id, 2026, {}, {}, "eligible", case_id=case.id)
    loose = db.assessments.add(h.id, 2026, {}, {}, "eligible")
    assert db.assessments.get(on_case).case_id == case.id
    assert db.assessments.get(loose).case_id is None
    assert db.cases.attached_assessment_ids(case.id) == [on_case]
    (entry,) = [e for e in db.audit.list(entity="assessment") if e.entity_id == str(on_case)]
    assert entry.details["case_id"] == case.id


def test_case_rows_with_name_and_next_deadline(db):
    a, b = _household(db, "H-1"), _household(db, "H-2")
    first = db.cases.open(a.id, state="invitert")
    second = db.cases.open(b.id, state="kartlagt")
    db.cases.add_deadline(first.id, "oppfolging", date(2026, 3, 10))
    soon = db.cases.add_deadline(first.id, "svarfrist", date(2026, 3, 1))
    rows = case_lists.list_cases(db.conn)
    assert [(r.case_id, r.next_due, r.next_kind) for r in rows] == [
        (first.id, date(2026, 3, 1), "svarfrist"),
        (second.id, None, ""),
    ]
    assert rows[0].name == "Kari Nordmann og Ola Nordmann" and rows[0].overdue(date(2026, 3, 2))
    assert [r.case_id for r in case_lists.list_cases(db.conn, states=("kartlagt",))] == [second.id]
    due = case_lists.due_until(db.conn, date(2026, 3, 5))
    assert [(d.deadline_id, d.name, d.state, d.external_id) for d in due] == [
        (soon, "Kari Nordmann og Ola Nordmann", "invitert", "H-1")
    ]
    assert case_lists.household_name(db.conn, b.id) == ("H-2", "Kari Nordmann og Ola Nordmann")
    assert case_lists.household_name(db.conn, 999) is None


def test_a_due_deadline_is_the_same_record_as_the_case_s_deadline(db):
    """One deadline type (issue 15 item 9): what is due is the case's Deadline, with the
    household's name and the case's state filled in, not a copy with other field names."""
    from leietileie.services.case_lists import due_items
    from leietileie.storage.records import Deadline

    h = _household(db)
    case = db.cases.open(h.id, "Siv", "invitert", on=date(2026, 1, 5))
    deadline_id = db.cases.add_deadline(case.id, "svarfrist", date(2026, 1, 20), note="ring først")
    (stored,) = [d for d in db.cases.deadlines(case.id) if d.id == deadline_id]
    (due,) = [d for d in case_lists.due_until(db.conn, date(2026, 1, 31)) if d.id == deadline_id]
    assert type(due) is Deadline
    assert (due.case_id, due.kind, due.due_on, due.done, due.note) == (
        case.id,
        "svarfrist",
        date(2026, 1, 20),
        False,
        "ring først",
    )
    assert (due.household_id, due.external_id, due.state) == (h.id, "H-1", "invitert")
    assert due.name == "Kari Nordmann og Ola Nordmann"  # the household's one display name
    assert (stored.id, stored.due_on, stored.note) == (due.id, due.due_on, due.note)
    (item,) = [i for i in due_items(db, date(2026, 1, 25)) if i.id == deadline_id]
    assert isinstance(item, Deadline) and item.overdue and item.label == "Svarfrist for tilbud"
