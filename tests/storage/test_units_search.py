"""Saving a unit keeps its tenants findable by the new address."""

import dataclasses
from datetime import date

from leietileie.services.demo import create_demo
from leietileie.storage.database import Database


def test_renamed_address_is_found_and_the_old_one_is_not(tmp_path):
    db = Database.open(tmp_path / "u.db")
    create_demo(db, households=20, seed=3, today=date(2026, 11, 25))
    household = db.households.get(1)
    unit = db.units.get_by_unit_id(household.tenancy.unit_id)
    old = unit.address
    db.units.save(dataclasses.replace(unit, address="Zyxvei 999"), db.units.version(unit.id))
    assert [r.id for r in db.households.page(0, 10, search="Zyxvei 999")] == [1]
    assert 1 not in [r.id for r in db.households.page(0, 50, search=old)]
    db.close()


def test_reimported_units_refresh_their_tenants_search_text(tmp_path):
    db = Database.open(tmp_path / "r.db")
    create_demo(db, households=10, seed=3, today=date(2026, 11, 25))
    household = db.households.get(2)
    unit = db.units.get_by_unit_id(household.tenancy.unit_id)
    with db.transaction():
        db.units.bulk_upsert([dataclasses.replace(unit, address="Qwertyveien 5")])
    assert [r.id for r in db.households.page(0, 10, search="Qwertyveien")] == [2]
    db.close()
