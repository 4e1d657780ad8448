from dataclasses import replace
from datetime import date

import numpy as np

from leietileie.domain.batch import batch_from_households
from leietileie.domain.model import Income
from leietileie.domain.register import Person, Tenancy, to_dwelling, to_household

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


def test_screening_facts_come_from_the_same_read_as_the_batch(db):
    """The screening's facts are read with the batch (one pass over the register). Worked by
    hand: on 01.03.2026 the applicant born 01.03.1990 is 36; a tenancy from 01.03.2020 has
    lasted 2 191 days (one 29 February, 2024) = 2 191 / 365.25 years; AAP 120 000 and dagpenger
    50 000 are temporary, so 470 000 gross is 300 000 permanent."""
    db.units.insert(make_unit("B-1"))
    db.units.insert(make_unit("B-2", valuation=None))
    applicant = Person(
        role="applicant",
        first_name="Ali",
        last_name="Hassan",
        birth_date=date(1990, 3, 1),
        incomes=(Income("wage", 300_000.0), Income("aap", 120_000.0)),
    )
    partner = Person(
        role="co_applicant",
        first_name="Sara",
        last_name="Hassan",
        birth_date=date(1991, 3, 2),
        incomes=(Income("unemployment_benefit", 50_000.0),),
    )
    undated = replace(applicant, birth_date=None, incomes=(Income("wage", 200_000.0),))
    db.households.insert(
        make_household(
            "H-1",
            "B-1",
            members=(applicant, partner),
            tenancy=Tenancy("B-1", 9_000.0, date(2020, 3, 1), 1_500.0),
        )
    )
    db.households.insert(
        make_household("H-2", "B-2", members=(undated,), tenancy=Tenancy("B-2", 8_000.0))
    )
    ids, batch, facts = db.households.screening_input(date(2026, 3, 1))
    assert ids == facts.ids == [1, 2]
    np.testing.assert_array_equal(facts.applicant_age, [36.0, np.nan])
    np.testing.assert_allclose(facts.tenancy_years, [2_191 / 365.25, np.nan])
    np.testing.assert_array_equal(facts.arrears, [1_500.0, 0.0])
    np.testing.assert_array_equal(facts.has_valuation, [True, False])
    np.testing.assert_array_equal(facts.temporary_income, [170_000.0, 0.0])
    np.testing.assert_array_equal(facts.permanent_income, [300_000.0, 200_000.0])
    assert facts.late_payments is None  # the rent ledger is read on its own
    assert batch.size == 2


def test_a_household_with_two_applicants_is_read_once_with_the_first_ones_age(db):
    """Two members marked applicant (typed by hand): the household is one row of the batch and
    of the facts, aged by the first applicant by position (born 15.10.1986: 39 on 01.03.2026),
    where a separate facts query used to give it twice and stop the screening."""
    db.units.insert(make_unit())
    h = make_household()
    second = replace(h.members[1], role="applicant", birth_date=date(1950, 1, 1))
    db.households.insert(replace(h, members=(h.members[0], second)))
    ids, batch, facts = db.households.screening_input(date(2026, 3, 1))
    assert ids == facts.ids == [1] and batch.size == 1
    np.testing.assert_array_equal(facts.applicant_age, [39.0])


def test_members_read_elsewhere_are_used_and_read_again_when_a_household_has_none(db):
    """The screening reads the members on a second connection while this one reads the
    households; members read before a household was added would leave it without any: then
    they are read again here, after the households, and the batch is the same."""
    db.units.insert(make_unit())
    db.households.insert(make_household("H-1"))
    db.households.insert(make_household("H-2"))
    on = date(2026, 3, 1)
    expected_ids, expected, _ = db.households.screening_input(on)
    calls = []

    def all_members():
        calls.append("all")
        return db.households.packed_members()

    ids, batch, _ = db.households.screening_input(on, members=all_members)
    assert calls == ["all"] and ids == expected_ids
    np.testing.assert_array_equal(batch.m_household, expected.m_household)
    first_only = db.households.packed_members()
    first_only = first_only[(first_only[:, 1] >> 6) == expected_ids[0]]
    assert len(first_only) == 3  # H-2 added after these were read
    ids, batch, facts = db.households.screening_input(on, members=lambda: first_only)
    assert ids == expected_ids
    for name, value in vars(expected).items():
        np.testing.assert_array_equal(getattr(batch, name), value, err_msg=name)
    np.testing.assert_array_equal(facts.applicant_age, [39.0, 39.0])


def test_a_read_limited_to_some_households_gives_their_rows_of_the_whole_read(db):
    """A letter's gate asks about a few households: only they are read (not the register),
    and each gets the same batch rows and facts as in the whole read."""
    db.units.insert(make_unit())
    for n in range(1, 5):
        db.households.insert(make_household(f"H-{n}"))
    db.households.insert(make_household("H-9", None))  # no tenancy: never in a batch
    on = date(2026, 3, 1)
    all_ids, whole, all_facts = db.households.screening_input(on)
    ids, part, facts = db.households.screening_input(on, household_ids=[4, 2, 2, 5])
    assert ids == facts.ids == [2, 4]
    rows = [all_ids.index(i) for i in ids]
    members = np.isin(whole.m_household, rows)
    for name, value in vars(whole).items():
        got = getattr(part, name)
        expected = value[members] if name.startswith("m_") else value[rows]
        if name == "m_household":
            expected = np.searchsorted(rows, expected)  # positions within the smaller batch
        np.testing.assert_array_equal(got, expected, err_msg=name)
    for name in ("arrears", "tenancy_years", "applicant_age", "permanent_income"):
        np.testing.assert_array_equal(getattr(facts, name), getattr(all_facts, name)[rows])
    assert db.households.screening_input(on, household_ids=[])[0] == []
