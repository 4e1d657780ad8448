"""Property tests for the loan and tax mathematics and the vectorised engine."""

import dataclasses

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leietileie.domain import loans
from leietileie.domain.assess import assess
from leietileie.domain.batch import batch_from_households
from leietileie.domain.model import (
    INCOME_KINDS,
    Debt,
    Dwelling,
    Financing,
    Household,
    Income,
    Member,
    Scenario,
)
from leietileie.domain.vector import assess_batch
from leietileie.rules import load_rules

principals = st.floats(min_value=1_000, max_value=8_000_000)
# Real rates; numpy-financial loses precision for rates far below 0.1 % (cancellation).
rates = st.one_of(st.just(0.0), st.floats(min_value=0.001, max_value=0.15))
terms = st.integers(min_value=1, max_value=50)


@given(principals, rates, terms, st.sampled_from(["annuity", "serial"]), st.integers(0, 8))
@settings(max_examples=60, deadline=None)
def test_schedule_interest_plus_principal_is_payment_and_ends_at_zero(
    principal, rate, years, repayment, io_years
):
    io_years = min(io_years, years - 1)
    s = loans.schedule(principal, rate, years, repayment, interest_only_years=io_years)
    np.testing.assert_allclose(s.interest + s.repaid, s.payment, rtol=0, atol=1e-6)
    assert s.balance[-1] == pytest.approx(0.0, abs=1e-6)
    assert s.repaid.sum() == pytest.approx(principal, rel=1e-9)
    assert (s.repaid[: io_years * 12] == 0).all()
    if repayment == "annuity" and rate > 0:
        amortising = s.payment[io_years * 12 :]
        np.testing.assert_allclose(amortising, amortising[0], rtol=0, atol=1e-4)


@given(st.floats(min_value=0, max_value=100_000), rates, terms)
@settings(max_examples=60, deadline=None)
def test_max_loan_carries_exactly_the_monthly_amount(monthly, rate, years):
    loan = loans.max_annuity_loan(monthly, rate, years)
    assert loans.annuity_payment(loan, rate, years) == pytest.approx(monthly, abs=1e-6)
    serial = loans.max_serial_loan(monthly, rate, years)
    assert loans.serial_first_payment(serial, rate, years) == pytest.approx(monthly, abs=1e-6)


def _scenario(wage: float, savings: float = 50_000, price: float = 3_000_000) -> Scenario:
    household = Household(
        members=(Member("applicant", 40, "F", (Income("wage", wage),)), Member("child", 6)),
        tax_free_income_monthly=1_766,
        savings=savings,
        current_rent_monthly=10_000,
    )
    financing = Financing(
        startlan_rate=0.0489, bank_rate=0.052, policy_rate=0.04, grant_max=300_000
    )
    return Scenario(2026, household, Dwelling(price, "freehold", 2_000, 1_500), financing)


@given(st.floats(min_value=0, max_value=2_000_000), st.floats(min_value=0, max_value=500_000))
@settings(max_examples=80, deadline=None)
def test_more_income_never_lowers_the_maximum_loan(wage, extra):
    rules = load_rules(2026)
    lower = assess(_scenario(wage), rules).max_total_loan
    higher = assess(_scenario(wage + extra), rules).max_total_loan
    assert higher >= lower


@given(st.floats(min_value=0, max_value=3_000_000), st.floats(min_value=0, max_value=500_000))
@settings(max_examples=60, deadline=None)
def test_more_income_never_raises_tax_by_more_than_the_income(wage, extra):
    rules = load_rules(2026)
    low = assess(_scenario(wage), rules).budget.tax_annual
    high = assess(_scenario(wage + extra), rules).budget.tax_annual
    assert low <= high <= low + extra


income_st = st.builds(
    Income, st.sampled_from(INCOME_KINDS), st.floats(min_value=0, max_value=1_200_000)
)
adult_st = st.builds(
    Member,
    role=st.sampled_from(["applicant"]),
    age=st.integers(18, 95),
    sex=st.sampled_from(["F", "M", None]),
    incomes=st.lists(income_st, max_size=2).map(tuple),
    transit_pass=st.sampled_from([None, True, False]),
    pregnant=st.booleans(),
)
child_st = st.builds(
    Member,
    role=st.just("child"),
    age=st.integers(0, 22),
    sex=st.sampled_from(["F", "M", None]),
    incomes=st.just(()),
    transit_pass=st.sampled_from([None, True, False]),
    special_care_needs=st.booleans(),
)


@st.composite
def households(draw):
    applicant = draw(adult_st)
    others = []
    if draw(st.booleans()):
        others.append(dataclasses.replace(draw(adult_st), role="co_applicant"))
    if draw(st.booleans()):
        others.append(dataclasses.replace(draw(adult_st), role="adult"))
    others += draw(st.lists(child_st, max_size=5))
    override = draw(st.one_of(st.none(), st.floats(min_value=5_000, max_value=60_000)))
    return Household(
        members=(applicant, *others),
        tax_free_income_monthly=draw(st.floats(0, 10_000)),
        debts=tuple(
            draw(
                st.lists(
                    st.builds(Debt, st.just("other"), st.floats(0, 500_000), st.floats(0, 8_000)),
                    max_size=2,
                )
            )
        ),
        other_fixed_costs_monthly=draw(st.floats(0, 6_000)),
        savings=draw(st.floats(0, 1_500_000)),
        car=draw(st.sampled_from(["none", "petrol", "electric"])),
        current_rent_monthly=draw(st.floats(0, 20_000)),
        living_costs_monthly_override=override,
        childcare_expenses_annual=draw(st.sampled_from([0.0, 12_000.0, 60_000.0])),
        existing_interest_annual=draw(st.one_of(st.just(0.0), st.floats(0, 150_000))),
        tiltakssonen=draw(st.booleans()),
    )


dwellings = st.builds(
    Dwelling,
    price=st.floats(min_value=500_000, max_value=9_000_000),
    tenure=st.sampled_from(["freehold", "cooperative"]),
    common_costs_monthly=st.floats(0, 8_000),
    other_running_costs_monthly=st.floats(0, 4_000),
    shared_debt=st.floats(0, 1_000_000),
    market_value=st.one_of(st.none(), st.floats(min_value=500_000, max_value=9_000_000)),
)
financings = st.builds(
    Financing,
    startlan_rate=st.floats(0.02, 0.08),
    bank_rate=st.floats(0.02, 0.08),
    policy_rate=st.one_of(st.none(), st.floats(0.0, 0.06)),
    mode=st.sampled_from(["startlan_only", "bank_first", "auto"]),
    term_years=st.integers(9, 50),
    repayment=st.sampled_from(["annuity", "serial"]),
    grant_max=st.sampled_from([0.0, 250_000.0, 600_000.0]),
    interest_only_years=st.integers(0, 8),
    instalment_fee=st.sampled_from([0.0, 50.0]),
)

COMPARED = [
    "tax_annual",
    "net_income_monthly",
    "living_costs_sifo_monthly",
    "living_costs_floor_monthly",
    "living_costs_monthly",
    "available_for_housing_monthly",
    "available_for_loans_monthly",
    "max_total_loan",
    "purchase_costs",
    "monthly_payment",
    "monthly_cost_owning",
    "grant_needed",
    "bank_alone_sufficient",
]


@given(
    st.lists(st.tuples(households(), dwellings), min_size=1, max_size=6),
    financings,
    st.sampled_from([2024, 2025, 2026]),
)
@settings(max_examples=60, deadline=None)
def test_vectorised_screening_equals_the_scalar_engine(pairs, financing, year):
    rules = load_rules(year)
    batch = batch_from_households([h for h, _ in pairs], [d for _, d in pairs])
    result = assess_batch(rules, batch, financing)
    for index, (household, dwelling) in enumerate(pairs):
        scalar = assess(Scenario(year, household, dwelling, financing), rules).to_json()
        for key in COMPARED:
            assert getattr(result, key)[index] == scalar[key], (index, key)
        for key, field in (
            ("equity", "equity"),
            ("bank_loan", "bank_loan"),
            ("startlan", "startlan"),
            ("grant", "grant"),
        ):
            assert getattr(result, field)[index] == scalar["financing"][key], (index, key)
        assert result.verdict_names()[index] == scalar["verdict"]
        # What is shown adds up (issue 9 item 13).
        assert scalar["tax_annual"] == sum(t["tax_annual"] for t in scalar["tax_by_member"])
        assert scalar["available_for_housing_monthly"] == (
            scalar["net_income_monthly"]
            - scalar["living_costs_monthly"]
            - scalar["fixed_obligations_monthly"]
        )
        assert scalar["available_for_loans_monthly"] == (
            scalar["available_for_housing_monthly"] - scalar["housing_running_costs_monthly"]
        )
