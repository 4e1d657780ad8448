"""The yearly aggregates as typed rows, and the assessment a purchase falls back on."""

from datetime import date

from leietileie.storage.queries import statistics

from .conftest import make_household, make_unit


def test_yearly_aggregates(db):
    db.units.insert(make_unit())
    a = db.households.insert(make_household("H-1"))
    b = db.households.insert(make_household("H-2"))
    db.screening.store_run(2025, date(2025, 3, 1), [(a.id, "ja", *[None] * 5, [], {})])
    db.screening.store_run(
        2025,
        date(2025, 9, 1),
        [(a.id, "nei", *[None] * 5, [], {}), (b.id, "ja", *[None] * 5, [], {})],
    )
    screened = statistics.screened_by_year(db.conn)
    assert sorted((s.year, s.key, s.count) for s in screened) == [(2025, "ja", 1), (2025, "nei", 1)]
    case = db.cases.open(a.id, state="kartlagt", on=date(2025, 4, 1))
    db.cases.move(case.id, "invitert", on=date(2025, 4, 2))
    db.cases.move(case.id, "avsluttet", on=date(2026, 1, 2))
    moves = statistics.moves_by_year(db.conn, ("invitert", "avsluttet", "kjopt"))
    assert sorted((m.year, m.key, m.count) for m in moves) == [
        (2025, "invitert", 1),
        (2026, "avsluttet", 1),
    ]
    assert statistics.moves_by_year(db.conn, ()) == []
    bought = db.cases.open(b.id, state="akseptert", on=date(2026, 2, 1))
    db.cases.move(bought.id, "kjopt", on=date(2026, 3, 4))
    assert statistics.purchases(db.conn) == [
        statistics.Purchase(bought.id, b.id, date(2026, 3, 4), db.units.get_by_unit_id("B-001").id)
    ]


def test_latest_assessment_made_by_a_day(db):
    db.units.insert(make_unit())
    h = db.households.insert(make_household())
    assert db.assessments.latest_by(h.id, date(2020, 1, 1)) is None
    first = db.assessments.add(h.id, 2026, {}, {}, "ja")
    second = db.assessments.add(h.id, 2026, {}, {}, "ja")
    assert db.assessments.latest_by(h.id, date.today()).id == second
    assert db.assessments.latest_by(h.id, date(2020, 1, 1)).id == second  # none before: latest
    db.conn.execute("UPDATE assessments SET created_at = '2030-01-01' WHERE id = ?", (second,))
    assert db.assessments.latest_by(h.id, date.today()).id == first
