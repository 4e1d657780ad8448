"""The assessment for a whole register at once (NumPy), agreeing with ``assess.assess``.

Same rules, same order of operations and the same rounding as the scalar engine, on a
``HouseholdBatch`` (one dwelling per household) and one set of financing assumptions: every
field a household can have (tiltakssonen, childcare, existing interest, pension and its credit,
capital income, children with special care needs, interest-only years, market value).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..rules.model import AgeBand, RuleSet
from .batch import HouseholdBatch
from .budget import (
    CHILDCARE_APPLICANT_SHARE,
    FORELDREFRADRAG_MAX_AGE,
    INTEREST_APPLICANT_SHARE_COUPLE,
    split_deduction,
)
from .financing import (
    amortising_years,
    bank_can_partly_finance,
    bank_limit_for,
    bank_share_cap,
    bank_stress_rate,
    largest_loans,
    resolve_financing,
    startlan_stress_rate,
)
from .loans import first_payment, max_loan
from .model import Financing

F = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]
VERDICT_CODES = ("eligible", "eligible_with_grant", "not_eligible")


def round_half_away(x: F) -> F:
    result: F = np.sign(x) * np.floor(np.abs(x) + 0.5 + 1e-9)
    return result


def _sum_by_household(batch: HouseholdBatch, values: F) -> F:
    result: F = np.bincount(batch.m_household, weights=values, minlength=batch.size).astype(
        np.float64
    )
    return result


def _bands(bands: tuple[AgeBand, ...], age: Ints, sex: Ints) -> F:
    table = np.asarray(bands, dtype=np.float64)
    starts = table[:, 0]
    index = np.clip(np.searchsorted(starts, age, side="right") - 1, 0, len(table) - 1)
    inside = (age >= starts[index]) & (age <= table[index, 1])
    female, male = table[index, 2], table[index, 3]
    amount = np.where(sex == 1, female, np.where(sex == 2, male, (female + male) / 2))
    return np.where(inside, amount, 0.0)


def member_tax(rules: RuleSet, batch: HouseholdBatch) -> F:
    """Tax per member (unrounded), as ``budget.household_taxes`` computes it."""
    t, c = rules.tax, rules.pension_credit
    wage, pension, capital = batch.m_wage_income, batch.m_pension_income, batch.m_capital_income
    role, age = batch.m_role, batch.m_age
    house = batch.m_household
    adult = (role != 3) | (age >= 18)
    counted = _sum_by_household(
        batch,
        (~adult & ((age <= FORELDREFRADRAG_MAX_AGE) | (batch.m_special_care == 1))).astype(
            np.float64
        ),
    )
    ceiling = t.foreldrefradrag_first + (counted - 1) * t.foreldrefradrag_further
    childcare = np.where(
        (counted > 0) & (batch.h_childcare_annual > 0),
        np.minimum(batch.h_childcare_annual, ceiling),
        0.0,
    )
    zone = batch.h_tiltakssonen[house] == 1
    rate = np.where(zone, t.ordinary_rate_tiltakssonen, t.ordinary_rate)
    personinntekt = wage + pension
    fradrag = np.minimum(
        np.minimum(wage * t.minstefradrag_wage_rate, t.minstefradrag_wage_max)
        + np.minimum(pension * t.minstefradrag_pension_rate, t.minstefradrag_pension_max),
        t.minstefradrag_wage_max,
    )
    finnmark = np.where(zone, t.finnmarksfradrag, 0.0)
    trinn = np.where(
        zone,
        _steps(t.trinnskatt_tiltakssonen, personinntekt),
        _steps(t.trinnskatt, personinntekt),
    )
    full = wage * t.trygdeavgift_wage_rate + pension * t.trygdeavgift_pension_rate
    phase = t.trygdeavgift_phase_in_rate * (personinntekt - t.trygdeavgift_lower_limit)
    trygd = np.where(personinntekt <= t.trygdeavgift_lower_limit, 0.0, np.minimum(full, phase))
    base = pension + batch.m_disability_income
    credit = np.where(
        pension > 0,
        np.maximum(
            0.0,
            c.max_credit
            - c.rate_1 * np.maximum(0.0, np.minimum(base, c.threshold_2) - c.threshold_1)
            - c.rate_2 * np.maximum(0.0, base - c.threshold_2),
        ),
        0.0,
    )
    taxed = (wage > 0) | (pension > 0) | (capital > 0)

    def tax_with(interest: F, childcare_deduction: F) -> tuple[F, F, F]:
        """(ordinary income, gross tax, the credit as limited to it), as ``tax.person_tax``."""
        ordinary_income = np.maximum(
            0.0,
            personinntekt
            + capital
            - fradrag
            - interest
            - childcare_deduction
            - t.personfradrag
            - finnmark,
        )
        gross_tax = ordinary_income * rate + trinn + trygd
        return ordinary_income, gross_tax, np.minimum(credit, gross_tax)

    # budget.deduction_room and budget.household_taxes: foreldrefradrag, then existing interest,
    # split between applicant and co-applicant the way that saves most (split_deduction).
    zero = np.zeros_like(wage)
    income0, gross0, credit0 = tax_with(zero, zero)
    room = np.where(
        credit0 > 0,
        np.minimum(income0, np.maximum(0.0, gross0 - credit0) / rate),
        income0,
    )
    room = np.where(taxed & (role <= 1), room, 0.0)
    room_a = _sum_by_household(batch, np.where(role == 0, room, 0.0))
    room_b = _sum_by_household(batch, np.where(role == 1, room, 0.0))
    care_a, care_b = split_deduction(
        childcare, room_a, room_b, np.full(batch.size, CHILDCARE_APPLICANT_SHARE)
    )
    couple = _sum_by_household(batch, (role == 1).astype(np.float64)) > 0
    interest_a, interest_b = split_deduction(
        batch.h_existing_interest_annual,
        np.maximum(0.0, room_a - care_a),
        np.maximum(0.0, room_b - care_b),
        np.where(couple, INTEREST_APPLICANT_SHARE_COUPLE, 1.0),
    )
    interest = np.where(role == 0, interest_a[house], np.where(role == 1, interest_b[house], 0.0))
    care = np.where(role == 0, care_a[house], np.where(role == 1, care_b[house], 0.0))
    _, gross_tax, limited = tax_with(interest, care)
    total: F = gross_tax - limited
    result: F = np.where(taxed, total, 0.0)
    return result


def living_costs(rules: RuleSet, batch: HouseholdBatch) -> tuple[F, F]:
    """(SIFO total, social-assistance floor) per household, kr per month."""
    s, fl = rules.sifo, rules.floor
    age, sex, role = batch.m_age, batch.m_sex, batch.m_role
    adult = (role != 3) | (age >= 18)
    food = _bands(s.food, age, sex)
    food = np.where((batch.m_pregnant == 1) & (sex != 2) & (age >= 15), s.pregnant_food, food)
    transit_on = np.where(batch.m_transit == -1, age >= 18, batch.m_transit == 1)
    individual = (
        food
        + _bands(s.clothes, age, sex)
        + _bands(s.personal_care, age, sex)
        + _bands(s.play_media, age, sex)
        + np.where(transit_on, _bands(s.transit, age, sex), 0.0)
    )
    persons = np.bincount(batch.m_household, minlength=batch.size)
    children = _sum_by_household(batch, (~adult).astype(np.float64))
    couple = _sum_by_household(batch, (role == 1).astype(np.float64)) > 0
    reduction = np.where(
        couple & (children > 2), s.food_reduction_large_family * _sum_by_household(batch, food), 0.0
    )
    column = np.clip(persons, 1, 7) - 1
    household = (
        np.asarray(s.daily_goods)[column]
        + np.asarray(s.household_articles)[column]
        + np.asarray(s.furniture)[column]
        + np.asarray(s.media_leisure)[column]
    )
    big = persons > 4
    car = np.where(
        batch.h_car == 1,
        np.where(big, s.car_petrol[1], s.car_petrol[0]),
        np.where(batch.h_car == 2, np.where(big, s.car_electric[1], s.car_electric[0]), 0.0),
    )
    sifo = _sum_by_household(batch, individual) - reduction + household + car
    has_applicant = _sum_by_household(batch, (role == 0).astype(np.float64)) > 0
    child_floor = np.where(
        age <= 5, fl.child_0_5, np.where(age <= 10, fl.child_6_10, fl.child_11_17)
    )
    sharing = _sum_by_household(batch, (adult & (role >= 2)).astype(np.float64))
    floor = (
        np.where(couple, fl.couple, np.where(has_applicant, fl.single, 0.0))
        + sharing * fl.sharing
        + _sum_by_household(batch, np.where(adult, 0.0, child_floor))
    )
    return sifo, floor


@dataclass
class BatchResult:
    """Per-household results; amounts are whole kroner (floats holding integers)."""

    gross_income_annual: F
    tax_annual: F
    net_income_monthly: F
    living_costs_sifo_monthly: F
    living_costs_floor_monthly: F
    living_costs_monthly: F
    available_for_housing_monthly: F
    available_for_loans_monthly: F
    max_total_loan: F
    purchase_costs: F
    equity: F
    bank_loan: F
    startlan: F
    grant: F
    grant_needed: F
    monthly_payment: F
    monthly_cost_owning: F
    monthly_cost_renting: F
    shortfall_monthly: F
    surplus_monthly: F
    saving_capacity_monthly: F
    months_to_save: F  # NaN where saving does not close the gap
    verdict: Ints  # index into VERDICT_CODES
    #: 1 where the bank's rules alone would finance the whole purchase (no startlån needed).
    bank_alone_sufficient: npt.NDArray[np.bool_]

    @property
    def size(self) -> int:
        return int(self.verdict.shape[0])

    def verdict_names(self) -> list[str]:
        return [VERDICT_CODES[v] for v in self.verdict.tolist()]


def _bank_limit(rules: RuleSet, batch: HouseholdBatch, f: Financing, available: F) -> F:
    """``financing.bank_limit_for``: loan-to-value and the stress test on the budget."""
    return bank_limit_for(rules, f, batch.d_price, batch.d_shared_debt, available)


def _plan(
    rules: RuleSet,
    batch: HouseholdBatch,
    f: Financing,
    available: F,
    with_grant: npt.NDArray[np.bool_],
    use_bank: npt.NDArray[np.bool_],
) -> dict[str, F]:
    """The plan per household; ``use_bank`` marks the households planned bank_first."""
    price = round_half_away(batch.d_price)
    avgift = np.where(
        batch.d_tenure == 0,
        round_half_away(batch.d_market_value * rules.purchase_costs.dokumentavgift_rate),
        0.0,
    )
    fee = round_half_away(np.asarray(rules.purchase_costs.tinglysing_fee, dtype=np.float64))
    startlan_stress = startlan_stress_rate(rules, f)
    bank_stress = bank_stress_rate(rules, f.bank_rate)
    savings = round_half_away(batch.h_savings)
    any_bank = bool(use_bank.any())
    if any_bank:
        bank_limit = np.where(use_bank, _bank_limit(rules, batch, f, available), 0.0)

    def plan_for(documents: F) -> dict[str, F]:
        costs = avgift + documents * fee
        need = price + costs
        equity = np.minimum(savings, need)
        loan_need = need - equity
        if any_bank:
            share = np.maximum(0.0, bank_share_cap(rules, f, available, loan_need))
            bank = np.minimum(np.minimum(np.maximum(loan_need, 0.0), bank_limit), share)
            bank_payment = first_payment(bank, bank_stress, f.bank_term_years, "annuity")
        else:
            bank = np.zeros_like(loan_need)
            bank_payment = np.zeros_like(loan_need)
        rest = available - bank_payment
        startlan_max = max_loan(
            np.maximum(rest, 0.0), startlan_stress, amortising_years(f), f.repayment
        )
        cap = np.maximum(0.0, np.floor(startlan_max + 1e-6))
        gap = np.maximum(0.0, loan_need - bank - cap)
        grant = np.where(with_grant, gap, 0.0)
        startlan = loan_need - bank - grant
        return {
            "documents": documents,
            "costs": costs,
            "equity": equity,
            "bank": bank,
            "startlan": startlan,
            "grant": grant,
            "gap": gap,
            "bank_payment": bank_payment,
            "startlan_max": startlan_max,
            "startlan_stress": np.full_like(loan_need, startlan_stress),
        }

    documents = np.full(batch.size, 2.0)
    plan = plan_for(documents)
    for _ in range(3):
        wanted: F = (
            1.0 + (plan["bank"] > 0) + (plan["startlan"] > 0) + (plan["grant"] > 0)
        ).astype(np.float64)
        if np.array_equal(wanted, documents):
            break
        documents = wanted
        plan = plan_for(documents)
    return plan


def _bank_alone(
    rules: RuleSet, batch: HouseholdBatch, f: Financing, available: F, gross: F
) -> npt.NDArray[np.bool_]:
    """As ``financing.bank_alone_sufficient``: one bank loan for price + costs (2 documents) −
    equity within loan-to-value, 5 × income and the stress test on the same budget."""
    price = round_half_away(batch.d_price)
    avgift = np.where(
        batch.d_tenure == 0,
        round_half_away(batch.d_market_value * rules.purchase_costs.dokumentavgift_rate),
        0.0,
    )
    need = (
        price
        + avgift
        + 2 * round_half_away(np.asarray(rules.purchase_costs.tinglysing_fee, dtype=np.float64))
    )
    loan = need - np.minimum(round_half_away(batch.h_savings), need)
    limit = _bank_limit(rules, batch, f, available)
    debt = loan + batch.h_debt_balance + batch.d_shared_debt
    result: npt.NDArray[np.bool_] = (
        (loan > 0)
        & (available > 0)
        & (limit >= loan)
        & (debt <= rules.bank.max_debt_to_income * gross + 0.5)
    )
    return result


def assess_batch(rules: RuleSet, batch: HouseholdBatch, financing: Financing) -> BatchResult:
    """Assess every household of the batch for its dwelling under one set of assumptions."""
    f = resolve_financing(rules, financing)
    r = round_half_away
    taxes = member_tax(rules, batch)
    gross = _sum_by_household(
        batch, batch.m_wage_income + batch.m_pension_income + batch.m_capital_income
    )
    tax = _sum_by_household(batch, taxes)
    tax_shown = _sum_by_household(batch, r(taxes))
    net = (gross - tax) / 12 + batch.h_tax_free_monthly
    sifo, floor = living_costs(rules, batch)
    living = np.where(
        np.isnan(batch.h_override_monthly), np.maximum(sifo, floor), batch.h_override_monthly
    )
    fixed = batch.h_debt_payment_monthly + batch.h_other_fixed_monthly
    for_housing = net - living - fixed
    running = batch.d_common_monthly + batch.d_other_monthly
    available = for_housing - running
    # What is shown adds up (budget.Budget.shown).
    net_shown = r((gross - tax) / 12) + r(batch.h_tax_free_monthly)
    housing_shown = net_shown - r(living) - r(fixed)
    loans_shown = housing_shown - r(running)

    everyone = np.ones(batch.size, dtype=bool)
    if f.mode == "auto":  # financing.resolve_mode: bank_first where the bank can lend
        use_bank = np.asarray(
            bank_can_partly_finance(
                rules,
                f,
                batch.d_price,
                batch.d_shared_debt,
                available,
                gross,
                batch.h_debt_balance,
            ),
            dtype=bool,
        )
    else:
        use_bank = np.full(batch.size, f.mode == "bank_first")
    first = _plan(rules, batch, f, available, everyone, use_bank)
    grant_needed = first["gap"]
    positive = available > 0
    verdict = np.where(
        positive & (grant_needed <= 0),
        0,
        np.where(positive & (grant_needed > 0) & (grant_needed <= f.grant_max), 1, 2),
    ).astype(np.int64)
    plan = _plan(rules, batch, f, available, verdict == 1, use_bank)

    years = amortising_years(f)
    stressed = plan["bank_payment"] + first_payment(
        plan["startlan"], plan["startlan_stress"], years, f.repayment
    )
    if f.interest_only_years > 0:
        startlan_pay = plan["startlan"] * (f.startlan_rate / 12)
    else:
        startlan_pay = first_payment(plan["startlan"], f.startlan_rate, f.term_years, f.repayment)
    bank_pay = first_payment(plan["bank"], f.bank_rate, f.bank_term_years, "annuity")
    fees = np.where(plan["startlan"] > 0, r(np.asarray(f.instalment_fee, dtype=np.float64)), 0.0)
    monthly_payment = r(bank_pay) + r(startlan_pay) + fees
    saving = np.floor(for_housing - batch.h_rent_monthly)
    can_save = (grant_needed > 0) & positive & (saving > 0)
    months = np.full(batch.size, np.nan)
    if can_save.any():
        # As assess._suggestions: saving instead of a grant needs the equity the loans leave
        # uncovered without the grant's own mortgage deed.
        shortfall = _plan(rules, batch, f, available, ~everyone, use_bank)["gap"]
        months = np.where(can_save, np.ceil(shortfall / np.where(saving > 0, saving, 1.0)), np.nan)
    capacity = np.maximum(0.0, np.floor(plan["startlan_max"] + 1e-6))
    # financing.capacity: in bank_first the best bank part (largest_loans), else the startlån.
    largest = capacity
    if use_bank.any():
        largest = np.where(
            use_bank,
            largest_loans(rules, f, available, _bank_limit(rules, batch, f, available)),
            capacity,
        )
    return BatchResult(
        gross_income_annual=r(gross),
        tax_annual=tax_shown,
        net_income_monthly=net_shown,
        living_costs_sifo_monthly=r(sifo),
        living_costs_floor_monthly=r(floor),
        living_costs_monthly=r(living),
        available_for_housing_monthly=housing_shown,
        available_for_loans_monthly=loans_shown,
        max_total_loan=np.where(positive, largest, 0.0),
        purchase_costs=plan["costs"],
        equity=plan["equity"],
        bank_loan=plan["bank"],
        startlan=plan["startlan"],
        grant=plan["grant"],
        grant_needed=grant_needed,
        monthly_payment=monthly_payment,
        monthly_cost_owning=monthly_payment + r(running),
        monthly_cost_renting=r(batch.h_rent_monthly),
        shortfall_monthly=r(np.maximum(0.0, stressed - available)),
        surplus_monthly=r(available - stressed),
        saving_capacity_monthly=np.where(saving > 0, saving, 0.0),
        months_to_save=months,
        verdict=verdict,
        bank_alone_sufficient=_bank_alone(rules, batch, f, available, gross),
    )


def _steps(steps: tuple[tuple[float, float], ...], income: F) -> F:
    """Bracket tax by steps (``tax.trinnskatt`` over an array)."""
    total = np.zeros_like(income)
    for index, (lower, step_rate) in enumerate(steps):
        upper = steps[index + 1][0] if index + 1 < len(steps) else np.inf
        total = total + np.where(
            income > lower, (np.minimum(income, upper) - lower) * step_rate, 0.0
        )
    return total
