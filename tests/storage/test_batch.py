from dataclasses import replace
from datetime import date

import numpy as np

from leietileie.domain.batch import batch_from_households
from leietileie.domain.model import Income
from leietileie.domain.register import Person, to_dwelling, to_household

from .conftest import make_household, make_unit


def test_screening_batch_equals_batch_from_households(db):
    db.units.insert(make_unit("B-1"))
    db.units.insert(make_unit("B-2", tenure="cooperative", valuation=None))
    single = Person(
        role="applicant",
        first_name="A",
        last_name="B",
        birth_date=date(1960, 12, 31),
        incomes=(Income("pension", 250_000.0),),
    )
    households = [
        make_household("H-1", "B-1"),
        make_household(
            "H-2",
            "B-2",
            members=(single,),
            car="electric",
            living_costs_monthly_override=9_000.0,
            debts=(),
        ),
        make_household("H-3", None),  # no tenancy: not screened
        make_household("H-4", "B-1", car="none"),
    ]
    for h in households:
        db.households.insert(h)
    on = date(2026, 6, 15)
    ids, batch = db.households.screening_batch(on)
    assert ids == [1, 2, 4]
    regs = [db.households.get(i) for i in ids]
    units = [db.units.get_by_unit_id(r.tenancy.unit_id) for r in regs]
    expected = batch_from_households(
        [to_household(r, on) for r in regs], [to_dwelling(u) for u in units]
    )
    for name, value in vars(expected).items():
        got = getattr(batch, name)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(got, value, err_msg=name)


def test_screening_batch_ages_on_birthday(db):
    db.units.insert(make_unit())
    h = make_household()
    child = replace(h.members[2], birth_date=date(2010, 6, 15))
    db.households.insert(replace(h, members=h.members[:2] + (child,)))
    _, before = db.households.screening_batch(date(2026, 6, 14))
    _, on_day = db.households.screening_batch(date(2026, 6, 15))
    assert before.m_age[2] == 15 and on_day.m_age[2] == 16


def test_empty_register_gives_empty_batch(db):
    ids, batch = db.households.screening_batch(date(2026, 1, 1))
    assert ids == [] and batch.size == 0


def test_screening_batch_orders_members_saved_after_others(db):
    """A re-saved household's members get new (higher) ids; order is still by position."""
    db.units.insert(make_unit("B-1"))
    for key in ("H-1", "H-2", "H-3"):
        db.households.insert(make_household(key, "B-1"))
    first = db.households.get(1)
    reordered = first.with_members(tuple(reversed(first.members)))
    db.households.save(replace(reordered, debts=()))
    on = date(2026, 6, 15)
    ids, batch = db.households.screening_batch(on)
    regs = [db.households.get(i) for i in ids]
    units = [db.units.get_by_unit_id(r.tenancy.unit_id) for r in regs]
    expected = batch_from_households(
        [to_household(r, on) for r in regs], [to_dwelling(u) for u in units]
    )
    for name, value in vars(expected).items():
        np.testing.assert_array_equal(getattr(batch, name), value, err_msg=name)
    assert list(batch.m_role[:3]) != list(batch.m_role[3:6])
