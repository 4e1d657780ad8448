"""Fixtures for the storage tests: a fresh database and small register records."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.domain.model import Debt, Income
from leietileie.domain.register import Person, RegisteredHousehold, Tenancy, Unit
from leietileie.storage import Database


@pytest.fixture
def db(register_location):
    database = Database.open(register_location, actor="tester")
    yield database
    database.close()


def make_unit(unit_id: str = "B-001", tenure: str = "freehold", **kw) -> Unit:
    values = dict(
        unit_id=unit_id,
        address="Storgata 1",
        postcode="0150",
        city="Eksempelby",
        tenure=tenure,
        valuation=3_200_000.0,
        valuation_date=date(2025, 5, 1),
        common_costs_monthly=2_500.0,
        other_running_costs_monthly=1_200.0,
        area_m2=62.0,
        bedrooms=2,
        shared_debt=250_000.0 if tenure == "cooperative" else 0.0,
    )
    values.update(kw)
    return Unit(**values)


def make_household(
    external_id: str = "H-1", unit_id: str | None = "B-001", **kw
) -> RegisteredHousehold:
    members = (
        Person(
            role="applicant",
            first_name="Kari",
            last_name="Nordmann",
            national_id="15108695088",
            birth_date=date(1986, 10, 15),
            sex="F",
            incomes=(Income("wage", 480_000.0), Income("pension", 12_000.0)),
        ),
        Person(
            role="co_applicant",
            first_name="Ola",
            last_name="Nordmann",
            birth_date=date(1984, 2, 29),
            sex="M",
            incomes=(Income("disability_benefit", 310_000.0),),
            transit_pass=False,
        ),
        Person(role="child", first_name="Per", last_name="Nordmann", birth_date=date(2015, 6, 1)),
    )
    values: dict[str, object] = dict(
        external_id=external_id,
        members=members,
        tenancy=Tenancy(unit_id, 11_500.0, date(2019, 1, 1), 2_000.0) if unit_id else None,
        tax_free_income_monthly=1_766.0,
        savings=40_000.0,
        debts=(Debt("forbrukslån", 60_000.0, 1_500.0),),
        other_fixed_costs_monthly=800.0,
        car="petrol",
        phone="+47 400 00 000",
        email="kari@example.no",
    )
    values.update(kw)
    return RegisteredHousehold(**values)  # type: ignore[arg-type]
