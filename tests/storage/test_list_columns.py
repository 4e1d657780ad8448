"""The list columns written with each household equal what the SQL refresh computes."""

from __future__ import annotations

from datetime import date

from leietileie.domain.model import Income
from leietileie.domain.register import Person
from leietileie.services.demo import create_demo
from leietileie.storage.queries import listing

from .conftest import make_household, make_unit

COLUMNS = ", ".join(listing.LIST_COLUMNS)


def _snapshot(db):
    return db.conn.execute(f"SELECT id, {COLUMNS} FROM households ORDER BY id").fetchall()


def test_written_list_columns_equal_the_sql_refresh(db):
    create_demo(db, 120, seed=3, today=date(2026, 1, 15))
    db.units.bulk_upsert([make_unit("Å-1", address="Ærlig vei 2", city="Ås")])
    child = Person(role="child", first_name="Åse", last_name="Øye", birth_date=date(2015, 1, 1))
    adult = Person(
        role="adult",
        first_name="Per",
        last_name="Berg",
        national_id="15108695088",
        incomes=(Income("wage", 100.5), Income("pension", 0.25)),
    )
    odd = [
        make_household("X-none", unit_id=None, members=()),
        make_household("X-children", unit_id="Å-1", members=(child, child)),
        make_household("X-adults", unit_id=None, members=(adult, adult)),
        make_household("X-adult-child", unit_id="Å-1", members=(adult, child)),
        make_household("X-one-child", unit_id=None, members=(child,)),
    ]
    with db.transaction():
        db.households.bulk_write(odd)
    # Re-saving changes the columns with the members.
    stored = db.households.get_by_external_id("X-adults")
    db.households.save(stored.with_members((child,)))
    written = _snapshot(db)
    with db.transaction():
        listing.refresh_list_columns(db.conn, None)
    assert written == _snapshot(db)
    types = {r[0]: r[5] for r in written}
    assert set(types.values()) >= {"single", "single_parent", "couple", "other", ""}
