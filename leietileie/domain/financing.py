"""Financing plan, checks and verdict. domain.md §2–§4, scenario-format.md.

Modes:
- ``startlan_only``: startlån finances everything savings do not (fullfinansiering).
- ``bank_first``: a bank loan up to the bank's limits (loan-to-value, the stress test at
  max(rate + 3 pp, floor)) and no larger than leaves the budget able to carry the rest as
  startlån (``bank_share_cap``), startlån on top (toppfinansiering).
- ``auto`` (the default): ``bank_first`` for a household the bank can partly finance
  (``bank_can_partly_finance``), else ``startlan_only`` (startlån is for those who cannot get
  a large enough bank loan).

A grant (tilskudd til etablering) covers only what the loans cannot carry, up to the
municipality's maximum for the case.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast, overload

import numpy as np
import numpy.typing as npt

from ..rules.model import RuleSet
from .loans import first_payment, max_loan
from .messages import CHECK_LABELS, Message
from .model import Dwelling, Financing
from .money import round_kr

VERDICTS = ("eligible", "eligible_with_grant", "not_eligible")
Num = TypeVar("Num", float, npt.NDArray[np.float64])
Bools = bool | npt.NDArray[np.bool_]


@dataclass(frozen=True)
class Check:
    code: str
    label: str
    passed: bool
    value: float
    limit: float
    message: Message

    @property
    def detail(self) -> str:
        """The check's figures in bokmål (the command line, the fixed output)."""
        return self.message.text()


@dataclass(frozen=True)
class Reason:
    """Why a case does not work now: ``code`` with its figures (``amounts``); the message
    renders it per surface and language."""

    code: str
    amounts: dict[str, float] = field(default_factory=dict)

    @property
    def message(self) -> Message:
        return Message(self.code, self.amounts)

    @property
    def text(self) -> str:
        return self.message.text()

    def to_json(self) -> dict[str, object]:
        return {"code": self.code, "text": self.text, **self.amounts}


@dataclass(frozen=True)
class Plan:
    price: int
    purchase_costs: int
    dokumentavgift: int
    tinglysing_documents: int
    equity: int
    bank_loan: int
    startlan: int
    grant: int

    @property
    def total_need(self) -> int:
        return self.price + self.purchase_costs

    @property
    def loans(self) -> int:
        return self.bank_loan + self.startlan


def resolve_financing(rules: RuleSet, financing: Financing) -> Financing:
    """The financing with the rule set's policy rate filled in where the caseworker gave none."""
    if financing.policy_rate is not None:
        return financing
    return dataclasses.replace(
        financing, policy_rate=rules.startlan.policy_rate, policy_rate_seeded=True
    )


def policy_rate(rules: RuleSet, financing: Financing) -> float:
    return rules.startlan.policy_rate if financing.policy_rate is None else financing.policy_rate


def amortising_years(financing: Financing) -> int:
    """The years over which the startlån is repaid: the term less the interest-only years.
    The servicing test carries the loan over these years (Husbanken: interest and instalments)."""
    return max(1, financing.term_years - financing.interest_only_years)


@overload
def bank_stress_rate(rules: RuleSet, rate: float) -> float: ...
@overload
def bank_stress_rate(rules: RuleSet, rate: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]: ...
def bank_stress_rate(
    rules: RuleSet, rate: float | npt.NDArray[np.float64]
) -> float | npt.NDArray[np.float64]:
    """The bank's stress rate (utlånsforskriften § 5 annet ledd bokstav d): the loan's rate
    plus ``stress_addition``, at least ``stress_floor``. The one place this rule is written;
    scalar and NumPy callers alike use it."""
    if isinstance(rate, np.ndarray):
        stressed: npt.NDArray[np.float64] = np.maximum(
            rate + rules.bank.stress_addition, rules.bank.stress_floor
        )
        return stressed
    return max(rate + rules.bank.stress_addition, rules.bank.stress_floor)


def startlan_stress_rate(rules: RuleSet, financing: Financing) -> float:
    """Husbanken's kalkulasjonsrente for a startlån: the policy rate plus the stress margin
    (the caseworker's margin where given, else the rule set's). The one place this rule is
    written."""
    margin = financing.startlan_stress_margin
    return policy_rate(rules, financing) + (
        rules.startlan.stress_margin if margin is None else margin
    )


def stress_rates(rules: RuleSet, financing: Financing) -> tuple[float, float]:
    """(startlån stress rate, bank stress rate)."""
    return startlan_stress_rate(rules, financing), bank_stress_rate(rules, financing.bank_rate)


def purchase_costs(rules: RuleSet, dwelling: Dwelling, documents: int) -> tuple[int, int]:
    """(total purchase costs, dokumentavgift). documents = the deed + one per mortgage.
    Dokumentavgift is charged on the market value (salgsverdi), not a lower agreed price."""
    avgift = (
        round_kr(dwelling.value * rules.purchase_costs.dokumentavgift_rate)
        if dwelling.tenure == "freehold"
        else 0
    )
    return avgift + documents * round_kr(rules.purchase_costs.tinglysing_fee), avgift


@dataclass(frozen=True)
class Capacity:
    """What the budget carries at the stress rates."""

    available: float
    startlan_stress: float
    bank_stress: float
    bank_loan: int
    bank_stressed_payment: float
    #: The largest startlån the rest of the budget carries (unrounded).
    startlan_max: float
    #: The largest loans the budget carries, whole kroner (``largest_loans`` in bank_first).
    largest_total: int = 0

    @property
    def startlan_capacity(self) -> int:
        """Whole kroner the startlån may reach without exceeding what the budget carries."""
        return max(0, math.floor(self.startlan_max + 1e-6))

    @property
    def max_total_loan(self) -> int:
        """The largest loans the budget carries at the stress rates (whole kroner)."""
        return self.largest_total


def resolve_mode(
    rules: RuleSet,
    dwelling: Dwelling,
    financing: Financing,
    savings: float,
    available: float,
    gross_income: float,
    existing_debt: float,
) -> Financing:
    """``auto`` becomes ``bank_first`` for a household the bank can partly finance
    (``bank_can_partly_finance``), else ``startlan_only``: startlån is for those who cannot get
    a large enough bank loan (forskrift om lån fra Husbanken ch. 5; issue 9 item 11)."""
    if financing.mode != "auto":
        return financing
    del savings  # the bank's part does not depend on the savings
    partly = bank_can_partly_finance(
        rules,
        financing,
        dwelling.price,
        dwelling.shared_debt,
        available,
        gross_income,
        existing_debt,
    )
    return dataclasses.replace(financing, mode="bank_first" if partly else "startlan_only")


def _like(result: Any, like: object) -> Any:
    """Arrays stay arrays; a scalar input gives a Python float."""
    return result if isinstance(like, np.ndarray) else float(result)


def bank_limit_for(
    rules: RuleSet, financing: Financing, price: Num, shared_debt: Num, available: Num
) -> Num:
    """The largest bank loan within loan-to-value and the stress test on the budget, whole
    kroner (floats or NumPy arrays alike: the one place this rule is written)."""
    bank_stress = bank_stress_rate(rules, financing.bank_rate)
    value_cap = np.subtract(
        np.multiply(rules.bank.max_loan_to_value, np.add(price, shared_debt)), shared_debt
    )
    stress_cap = max_loan(
        np.maximum(available, 0.0), bank_stress, financing.bank_term_years, "annuity"
    )
    result = np.maximum(0.0, np.floor(np.minimum(value_cap, stress_cap)))
    return cast(Num, _like(result, available))


def bank_can_partly_finance(
    rules: RuleSet,
    financing: Financing,
    price: Num,
    shared_debt: Num,
    available: Num,
    gross_income: Num,
    existing_debt: Num,
) -> Bools:
    """The bank can lend something under its own rules (utlånsforskriften): a bank loan above
    zero within loan-to-value and the stress test on the budget, and room under 5 × income
    for more debt. Such a household's default plan (``auto``) is ``bank_first``; scalar and
    vectorised callers alike use this rule."""
    room = np.subtract(
        np.subtract(np.multiply(rules.bank.max_debt_to_income, gross_income), existing_debt),
        shared_debt,
    )
    partly = (bank_limit_for(rules, financing, price, shared_debt, available) > 0) & (room > 0)
    return partly if isinstance(available, np.ndarray) else bool(partly)


def bank_share_cap(rules: RuleSet, financing: Financing, available: Num, loan_need: Num) -> Num:
    """In ``bank_first``, the largest bank loan (whole kroner) that still leaves the budget able
    to carry the rest of the loan need as startlån, every loan at its own stress rate
    (domain.md §4): bank × a_bank + (need − bank) × a_startlån ≤ available, a being the
    stressed first payment per krone. The bank's stress rate is usually the higher, so a krone
    moved from startlån to the bank costs budget: the bank lends what the plan can bear, and a
    plan that startlån alone would carry never fails for being bank first. Negative when not
    even startlån alone carries the need (the bank then lends nothing: the smallest grant)."""
    startlan_stress, bank_stress = stress_rates(rules, financing)
    per_kr_bank = first_payment(1.0, bank_stress, financing.bank_term_years, "annuity")
    per_kr_startlan = first_payment(
        1.0, startlan_stress, amortising_years(financing), financing.repayment
    )
    if per_kr_bank <= per_kr_startlan:
        result = np.full_like(np.asarray(available, dtype=np.float64), np.inf)
    else:
        result = np.floor(
            np.subtract(available, np.multiply(loan_need, per_kr_startlan))
            / (per_kr_bank - per_kr_startlan)
        )
    return cast(Num, _like(result, available))


def bank_limit(
    rules: RuleSet, dwelling: Dwelling, financing: Financing, available: float, bank_stress: float
) -> int:
    """The largest bank loan within loan-to-value and the stress test on the budget."""
    del bank_stress  # bank_limit_for takes it from the financing (the one stress rule)
    return int(bank_limit_for(rules, financing, dwelling.price, dwelling.shared_debt, available))


def capacity(
    rules: RuleSet, dwelling: Dwelling, financing: Financing, available: float, loan_need: int
) -> Capacity:
    startlan_stress, bank_stress = stress_rates(rules, financing)
    bank = 0
    bank_payment = 0.0
    if financing.mode == "bank_first":
        share = bank_share_cap(rules, financing, available, float(loan_need))
        bank = int(
            min(
                max(loan_need, 0),
                bank_limit(rules, dwelling, financing, available, bank_stress),
                max(0.0, share),
            )
        )
        bank_payment = first_payment(float(bank), bank_stress, financing.bank_term_years, "annuity")
    rest = available - bank_payment
    startlan_max = max_loan(
        float(max(rest, 0.0)), startlan_stress, amortising_years(financing), financing.repayment
    )
    cap = Capacity(available, startlan_stress, bank_stress, bank, bank_payment, startlan_max)
    if financing.mode == "bank_first":
        limit = bank_limit(rules, dwelling, financing, available, bank_stress)
        largest = int(largest_loans(rules, financing, available, float(limit)))
    else:
        largest = cap.startlan_capacity
    return dataclasses.replace(cap, largest_total=largest)


def largest_loans(rules: RuleSet, financing: Financing, available: Num, bank_limit: Num) -> Num:
    """In ``bank_first``, the largest loans (whole kroner) the budget carries at the stress
    rates with the bank's part chosen at best: a bank part B from 0 to its limit plus the
    startlån what B's stressed payment leaves carries. That total is linear in B, so the best
    is at one end (B = 0 when the bank's stress payment per krone is the higher)."""
    startlan_stress, bank_stress = stress_rates(rules, financing)
    years = amortising_years(financing)
    alone = max_loan(np.maximum(available, 0.0), startlan_stress, years, financing.repayment)
    left = np.subtract(
        available, first_payment(bank_limit, bank_stress, financing.bank_term_years, "annuity")
    )
    with_bank = np.add(
        bank_limit, max_loan(np.maximum(left, 0.0), startlan_stress, years, financing.repayment)
    )
    result = np.maximum(0.0, np.floor(np.maximum(alone, with_bank) + 1e-6))
    return cast(Num, _like(result, available))


def make_plan(
    rules: RuleSet,
    dwelling: Dwelling,
    financing: Financing,
    savings: float,
    available: float,
    *,
    with_grant: bool,
) -> tuple[Plan, Capacity, int]:
    """The plan and the grant the loans leave uncovered.

    With ``with_grant`` the startlån stops at what the budget carries and a grant covers the
    rest; without it the startlån covers the whole need (and may fail the servicing test).
    """
    price = round_kr(dwelling.price)

    def plan_for(documents: int) -> tuple[Plan, Capacity, int]:
        costs, avgift = purchase_costs(rules, dwelling, documents)
        need = price + costs
        equity = min(round_kr(savings), need)
        loan_need = need - equity
        cap = capacity(rules, dwelling, financing, available, loan_need)
        gap = max(0, loan_need - cap.bank_loan - cap.startlan_capacity)
        grant = gap if with_grant else 0
        startlan = loan_need - cap.bank_loan - grant
        return (
            Plan(price, costs, avgift, documents, equity, cap.bank_loan, startlan, grant),
            cap,
            gap,
        )

    # The mortgage deeds to register depend on the plan (the deed + one per loan or grant);
    # the count only grows with the need, so this settles in a step or two.
    documents = 2
    plan, cap, gap = plan_for(documents)
    for _ in range(3):
        wanted = 1 + int(plan.bank_loan > 0) + int(plan.startlan > 0) + int(plan.grant > 0)
        if wanted == documents:
            break
        documents = wanted
        plan, cap, gap = plan_for(documents)
    return plan, cap, gap


def check_betjeningsevne(plan: Plan, cap: Capacity, financing: Financing) -> Check:
    stressed = cap.bank_stressed_payment + first_payment(
        float(plan.startlan), cap.startlan_stress, amortising_years(financing), financing.repayment
    )
    passed = cap.available > 0 and cap.available - stressed >= -0.01
    figures: dict[str, object] = {
        "available": cap.available,
        "payment": stressed,
        "rate": cap.startlan_stress,
    }
    detail = Message("check_servicing", figures)
    if financing.interest_only_years:
        detail = Message(
            "check_servicing_io",
            {**figures, "years": amortising_years(financing), "io": financing.interest_only_years},
        )
    return Check(
        "betjeningsevne",
        CHECK_LABELS["nb"]["betjeningsevne"],
        passed,
        cap.available,
        stressed,
        detail,
    )


def bank_checks(
    rules: RuleSet,
    plan: Plan,
    cap: Capacity,
    dwelling: Dwelling,
    financing: Financing,
    gross_income: float,
    existing_debt: float,
) -> list[Check]:
    value = dwelling.price + dwelling.shared_debt
    ltv = (plan.bank_loan + dwelling.shared_debt) / value if value > 0 else 0.0
    total_debt = existing_debt + dwelling.shared_debt + plan.bank_loan + plan.startlan
    dti_limit = rules.bank.max_debt_to_income * gross_income
    stressed_all = cap.bank_stressed_payment + first_payment(
        float(plan.startlan),
        bank_stress_rate(rules, financing.startlan_rate),
        amortising_years(financing),
        financing.repayment,
    )
    return [
        Check(
            "bank_ltv",
            CHECK_LABELS["nb"]["bank_ltv"],
            ltv <= rules.bank.max_loan_to_value + 1e-9,
            ltv,
            rules.bank.max_loan_to_value,
            Message(
                "check_ltv",
                {"loan": plan.bank_loan, "share": ltv, "ltv_limit": rules.bank.max_loan_to_value},
            ),
        ),
        Check(
            "bank_dti",
            CHECK_LABELS["nb"]["bank_dti"],
            total_debt <= dti_limit + 0.5,
            total_debt,
            dti_limit,
            Message("check_dti", {"debt": total_debt, "limit": dti_limit}),
        ),
        Check(
            "bank_stress",
            CHECK_LABELS["nb"]["bank_stress"],
            cap.available - stressed_all >= -0.01,
            cap.available,
            stressed_all,
            Message(
                "check_stress",
                {"rate": cap.bank_stress, "payment": stressed_all, "available": cap.available},
            ),
        ),
    ]


def bank_alone_sufficient(
    rules: RuleSet,
    dwelling: Dwelling,
    financing: Financing,
    savings: float,
    available: float,
    gross_income: float,
    existing_debt: float,
) -> bool:
    """Would the bank's rules alone (utlånsforskriften: loan-to-value, 5 × income, the stress
    test at max(bank rate + 3 pp, 7 %), on the same budget) allow one bank loan covering
    price + purchase costs − equity? Startlån is only for those who cannot get that."""
    costs, _ = purchase_costs(rules, dwelling, 2)  # the deed + one mortgage
    need = round_kr(dwelling.price) + costs
    loan = need - min(round_kr(savings), need)
    if loan <= 0 or available <= 0:
        return False
    bank_stress = bank_stress_rate(rules, financing.bank_rate)
    debt = loan + existing_debt + dwelling.shared_debt
    return (
        bank_limit(rules, dwelling, financing, available, bank_stress) >= loan
        and debt <= rules.bank.max_debt_to_income * gross_income + 0.5
    )
