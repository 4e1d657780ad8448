"""The demo register's showcase family: a realistic household (two parents in work, two
children, a borettslag flat) that can buy its home with a modest grant, always the first
household of a demo register, so that the app opens on a case worth showing."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.model import Debt, Income
from ..domain.register import Person, RegisteredHousehold, Tenancy, Unit
from .demo import (
    AFTER_SCHOOL,
    CHILD_BENEFIT,
    CHILDCARE_MONTHS,
    KINDERGARTEN,
    _Maker,
    annuity_monthly,
    existing_interest,
)

SHOWCASE_ID = "DEMO-000000"
SHOWCASE_WAGES = (548_000.0, 320_000.0)  # helsefagarbeider full time; shop assistant 70 %


def showcase_unit(today: date) -> Unit:
    """The showcase family's flat: three rooms (two bedrooms) in a borettslag."""
    return Unit(
        unit_id="D000000",
        address="Skolegata 14 B",
        postcode="9990",
        city="Eksempelby",
        tenure="cooperative",
        valuation=2_650_000.0,
        valuation_date=today - timedelta(days=120),
        common_costs_monthly=4_650.0,
        other_running_costs_monthly=1_350.0,
        area_m2=68.0,
        bedrooms=2,
        share_no="112",
        shared_debt=310_000.0,
    )


def showcase_household(maker: _Maker) -> RegisteredHousehold:
    """The household the app shows first: a case a caseworker meets every week.

    Camilla (36), a helsefagarbeider full time, and Thomas (39), a shop assistant at 70 %,
    rent a municipal three-room flat (two bedrooms) with their children (9 and 5) and have
    paid the rent on time for six years. The 5-year-old goes to kindergarten, the 9-year-old
    to after-school care; Camilla pays off a studielån. Together they cannot borrow the whole
    price: startlån with a modest establishment grant lets them buy the flat they live in.
    """

    today = maker.today

    def born(age: int, month: int, day: int) -> date:
        return date(
            today.year - age - (1 if (today.month, today.day) < (month, day) else 0), month, day
        )

    mother, father = born(36, 3, 14), born(39, 11, 30)
    older, younger = born(9, 9, 2), born(5, 6, 21)
    members = (
        Person(
            "applicant",
            "Camilla",
            "Nilsen",
            maker.national_id(mother, False),
            mother,
            "F",
            (Income("wage", SHOWCASE_WAGES[0]),),
        ),
        Person(
            "co_applicant",
            "Thomas",
            "Nilsen",
            maker.national_id(father, False),
            father,
            "M",
            (Income("wage", SHOWCASE_WAGES[1]),),
        ),
        Person("child", "Emma", "Nilsen", maker.national_id(older, False), older, "F"),
        Person("child", "Jonas", "Nilsen", maker.national_id(younger, False), younger, "M"),
    )
    studielan = 185_000.0
    return RegisteredHousehold(
        external_id=SHOWCASE_ID,
        members=members,
        tenancy=Tenancy("D000000", 11_400.0, date(today.year - 6, 8, 1), 0.0),
        tax_free_income_monthly=CHILD_BENEFIT * 2,
        savings=42_000.0,
        debts=(Debt("studielån", studielan, round(annuity_monthly(studielan, 0.055, 20), -1)),),
        other_fixed_costs_monthly=KINDERGARTEN[0] + AFTER_SCHOOL,
        car="none",
        phone="41234567",
        email="camilla.nilsen@example.no",
        case_state="kartlagt",
        childcare_expenses_annual=(KINDERGARTEN[0] + AFTER_SCHOOL) * CHILDCARE_MONTHS,
        existing_interest_annual=existing_interest((Debt("studielån", studielan, 0.0),)),
    )
