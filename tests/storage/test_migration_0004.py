"""Migration 0004 (issue 9): the income kind capital_income and a child's special care needs."""

import sqlite3
from dataclasses import replace
from datetime import date

import pytest

from leietileie.domain.model import Income
from leietileie.domain.register import Person
from leietileie.storage import Database
from leietileie.storage.schema.migrations import latest_version

from .conftest import make_household, make_unit


def test_version_3_database_with_incomes_upgrades(tmp_path):
    path = tmp_path / "v3.db"
    old = Database.open(path, migrate=False)
    old.migrate(stop_before="0004_capital_income_special_care")
    run = old.conn.execute
    run("INSERT INTO households (external_id, created_at, updated_at) VALUES ('H-1', 'x', 'x')")
    run(
        "INSERT INTO members (household_id, position, role, first_name, last_name) VALUES (1, 0, "
        "'applicant', 'A', 'B')"
    )
    run("INSERT INTO incomes (member_id, kind, annual) VALUES (1, 'pension', 250000)")
    with pytest.raises(sqlite3.IntegrityError):
        run("INSERT INTO incomes (member_id, kind, annual) VALUES (1, 'capital_income', 1)")
    old.conn.commit()
    old.close()
    db = Database.open(path)
    assert db.schema_version == latest_version()
    person = db.households.get_by_external_id("H-1").members[0]
    assert person.incomes == (Income("pension", 250_000.0),) and person.special_care_needs is False
    db.conn.execute("INSERT INTO incomes (member_id, kind, annual) VALUES (1, 'capital_income', 1)")
    with pytest.raises(sqlite3.IntegrityError):
        db.conn.execute("INSERT INTO incomes (member_id, kind, annual) VALUES (1, 'lotto', 1)")
    db.close()


def test_capital_income_and_special_care_needs_round_trip_and_reach_the_batch(db):
    db.units.insert(make_unit())
    base = make_household()
    child = Person(
        "child", "Per", "Nordmann", birth_date=date(2012, 3, 1), sex="M", special_care_needs=True
    )
    applicant = replace(
        base.members[0], incomes=(Income("wage", 480_000.0), Income("capital_income", 20_000.0))
    )
    household = db.households.insert(base.with_members((applicant, *base.members[1:], child)))
    again = db.households.get(household.id)
    assert again.members[-1].special_care_needs is True
    assert Income("capital_income", 20_000.0) in again.members[0].incomes
    _, batch = db.households.screening_batch(date(2026, 11, 25))
    assert batch.m_capital_income.tolist()[0] == 20_000.0
    assert batch.m_wage_income.tolist()[0] == 480_000.0  # capital income is not wage-like
    assert batch.m_special_care.tolist()[-1] == 1
    assert batch.m_age.tolist()[-1] == 14  # born 1 March 2012, on 25 Nov 2026
    assert batch.m_disability_income.tolist()[1] == 310_000.0
