"""Programme statistics per year on a constructed history."""

from datetime import date

import pytest

from leietileie.exports import write_table
from leietileie.services.cases import mark_screened, move_case, open_case
from leietileie.services.demo import create_demo
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.services.statistics import programme_statistics, statistics_table
from leietileie.storage.database import Database

TO_PURCHASE = ["invitert", "samtale", "vurdert", "tilbud_sendt", "akseptert", "kjopt"]


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location, actor="tester")
    create_demo(database, households=150, seed=1, today=date(2026, 11, 25))
    yield database
    database.close()


def _screen(db, on):
    return screen_register(db, ScreeningOptions.from_settings(Settings(db), on=on, year=2026))


def _walk(db, case_id, states, on):
    for state in states:
        move_case(db, case_id, state, on=on)


def test_statistics_count_a_constructed_history(db):
    first = _screen(db, date(2025, 3, 1))
    september = _screen(db, date(2025, 9, 1))  # the same households again: counted once in 2025
    second = _screen(db, date(2026, 2, 1))
    ids = first.ids
    # 2025: four invited; two get offers; one accepts and buys her own unit in 2026
    mark_screened(db, first.run_id, ids[:4], on=date(2025, 3, 10))
    cases = [db.cases.current(h).id for h in ids[:4]]
    for case_id in cases:
        _walk(db, case_id, ["invitert"], date(2025, 4, 1))
    for case_id in cases[:2]:
        _walk(db, case_id, ["samtale", "vurdert", "tilbud_sendt"], date(2025, 10, 1))
    own_unit = db.conn.execute(
        "SELECT unit_ref FROM households WHERE id = ?", (ids[0],)
    ).fetchone()[0]
    bought = db.assessments.add(
        ids[0],
        2026,
        {},
        {"financing": {"startlan": 2_500_000, "grant": 150_000}},
        "eligible_with_grant",
        unit_ref=own_unit,
    )
    _walk(db, cases[0], ["akseptert"], date(2025, 11, 1))
    move_case(db, cases[0], "kjopt", on=date(2026, 1, 15), assessments=[bought])
    move_case(db, cases[1], "avslatt", on=date(2025, 11, 2))
    # 2026: one household buys another (vacant) unit, its assessment not attached
    other = open_case(db, ids[10], on=date(2026, 2, 2))
    vacant = db.conn.execute("SELECT max(id) FROM units").fetchone()[0]
    db.assessments.add(
        ids[10],
        2026,
        {},
        {"financing": {"startlan": 1_000_000, "grant": 0}},
        "eligible",
        unit_ref=vacant,
    )
    _walk(db, other.id, TO_PURCHASE, date(2026, 3, 3))

    y2025, y2026 = programme_statistics(db)
    counts = september.counts()  # each household with its latest verdict in the year
    assert y2025.year == 2025 and y2025.screened == len(ids) == 150
    assert (y2025.can_buy_now, y2025.can_buy_with_grant, y2025.can_buy_in_years) == (
        counts["kan_kjope_na"],
        counts["kan_kjope_med_tilskudd"],
        counts["kan_kjope_om_n_ar"],
    )
    assert (y2025.invited, y2025.offers_sent, y2025.accepted, y2025.purchases) == (4, 2, 1, 0)
    assert y2026.screened == len(second.ids)
    assert (y2026.invited, y2026.offers_sent, y2026.accepted, y2026.purchases) == (1, 1, 1, 2)
    assert y2026.units_freed == 1  # only the purchase of the rented unit
    assert y2026.startlan == 3_500_000 and y2026.grants == 150_000
    assert [f.year for f in programme_statistics(db, years=[2024, 2026])] == [2024, 2026]
    # a later assessment of the household that is on no case does not change the figures
    db.assessments.add(ids[0], 2026, {}, {"financing": {"startlan": 9, "grant": 9}}, "eligible")
    assert programme_statistics(db, years=[2026])[0].startlan == 3_500_000


def test_statistics_table_exports(db, tmp_path):
    _screen(db, date(2026, 2, 1))
    table = statistics_table(db)
    assert table.keys[0] == "year" and table.rows[0][0] == 2026
    path = write_table(table, tmp_path / "statistikk.csv")
    header = path.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header.startswith("År;Leietakere kartlagt;Kan kjøpe nå")
