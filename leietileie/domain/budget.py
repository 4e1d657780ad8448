"""The household's monthly budget for betjeningsevne (domain.md §4).

net income            = (gross income − tax) / 12 + tax-free income
available for housing = net income − living costs − fixed obligations (debt payments and
                        other fixed costs)
available for loans   = available for housing − running housing costs

Figures are kept unrounded here (kroner as floats) and rounded once, at the edge (a result, a
letter, an export); ``Budget.shown`` rounds the lines to whole kroner so that the shown parts
add up to the shown totals.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.model import RuleSet
from .living import SifoBudget, floor_lines, sifo_budget
from .model import (
    CAPITAL_INCOME,
    DISABILITY_INCOME,
    PENSION_INCOME,
    WAGE_LIKE_INCOME,
    Dwelling,
    Household,
    Member,
)
from .money import round_kr
from .tax import PersonTax, foreldrefradrag, person_tax

#: Foreldrefradrag is for children aged 11 or younger in the income year (older ones only
#: with special care needs).
FORELDREFRADRAG_MAX_AGE = 11


@dataclass(frozen=True)
class MemberTax:
    role: str
    tax: PersonTax

    @property
    def total(self) -> int:
        return round_kr(self.tax.total)


@dataclass(frozen=True)
class Budget:
    gross_income_annual: float
    member_taxes: tuple[MemberTax, ...]
    tax_annual: float
    tax_free_income_monthly: float
    net_income_monthly: float
    sifo: SifoBudget
    living_costs_sifo_monthly: float
    floor_lines: dict[str, float]
    living_costs_floor_monthly: float
    living_costs_monthly: float
    living_costs_overridden: bool
    debt_payments_monthly: float
    other_fixed_costs_monthly: float
    housing_running_costs_monthly: float

    @property
    def fixed_obligations_monthly(self) -> float:
        return self.debt_payments_monthly + self.other_fixed_costs_monthly

    @property
    def available_for_housing_monthly(self) -> float:
        return self.net_income_monthly - self.living_costs_monthly - self.fixed_obligations_monthly

    @property
    def available_for_loans_monthly(self) -> float:
        return self.available_for_housing_monthly - self.housing_running_costs_monthly

    @property
    def tax_shown(self) -> int:
        """The yearly tax as shown: the sum of the members' rounded taxes."""
        return sum(t.total for t in self.member_taxes)

    def shown(self) -> dict[str, int]:
        """The monthly budget lines in whole kroner such that the shown parts add up to the
        shown totals (net = after-tax income + tax-free income; available for housing = net −
        living costs − fixed obligations; available for loans = that − running costs)."""
        tax_free = round_kr(self.tax_free_income_monthly)
        after_tax = round_kr(self.net_income_monthly - self.tax_free_income_monthly)
        net = after_tax + tax_free
        living = round_kr(self.living_costs_monthly)
        fixed = round_kr(self.fixed_obligations_monthly)
        running = round_kr(self.housing_running_costs_monthly)
        housing = net - living - fixed
        return {
            "after_tax_income_monthly": after_tax,
            "tax_free_income_monthly": tax_free,
            "net_income_monthly": net,
            "living_costs_monthly": living,
            "fixed_obligations_monthly": fixed,
            "available_for_housing_monthly": housing,
            "housing_running_costs_monthly": running,
            "available_for_loans_monthly": housing - running,
        }


def counts_for_foreldrefradrag(member: Member) -> bool:
    return not member.is_adult and (
        member.age <= FORELDREFRADRAG_MAX_AGE or member.special_care_needs
    )


def household_taxes(
    rules: RuleSet, household: Household, new_interest: tuple[float, float] = (0.0, 0.0)
) -> tuple[MemberTax, ...]:
    """Tax per member with wage-like, pension or capital income (members without any are
    left out). Existing interest is split evenly between applicant and co-applicant, and a
    share that falls to one without such income is not deducted; ``new_interest`` is the
    applicant's and the co-applicant's share of new loans' interest. The childcare deduction
    (foreldrefradrag) goes to the applicant."""
    payers = [m for m in household.members if m.role in ("applicant", "co_applicant")]
    interest_share = household.existing_interest_annual / len(payers) if payers else 0.0
    children = sum(1 for m in household.members if counts_for_foreldrefradrag(m))
    childcare = foreldrefradrag(rules.tax, children, household.childcare_expenses_annual)
    result = []
    for member in household.members:
        wage = member.income(WAGE_LIKE_INCOME)
        pension = member.income(PENSION_INCOME)
        capital = member.income(CAPITAL_INCOME)
        if wage <= 0 and pension <= 0 and capital <= 0:
            continue
        interest = interest_share if member in payers else 0.0
        if member.role == "applicant":
            interest += new_interest[0]
        elif member.role == "co_applicant":
            interest += new_interest[1]
        tax = person_tax(
            rules.tax,
            wage,
            pension,
            interest_paid=interest,
            childcare_deduction=childcare if member.role == "applicant" else 0.0,
            tiltakssonen=household.tiltakssonen,
            capital_income=capital,
            disability_income=member.income(DISABILITY_INCOME),
            credit=rules.pension_credit,
        )
        result.append(MemberTax(role=member.role, tax=tax))
    return tuple(result)


def budget(rules: RuleSet, household: Household, dwelling: Dwelling) -> Budget:
    gross = household.gross_income_annual
    taxes = household_taxes(rules, household)
    tax_annual = sum(t.tax.total for t in taxes)
    net = (gross - tax_annual) / 12 + household.tax_free_income_monthly
    sifo = sifo_budget(rules.sifo, household)
    floors = floor_lines(rules.floor, household)
    floor_monthly = sum(floors.values())
    override = household.living_costs_monthly_override
    living = override if override is not None else max(sifo.total, floor_monthly)
    return Budget(
        gross_income_annual=gross,
        member_taxes=taxes,
        tax_annual=tax_annual,
        tax_free_income_monthly=household.tax_free_income_monthly,
        net_income_monthly=net,
        sifo=sifo,
        living_costs_sifo_monthly=sifo.total,
        floor_lines=floors,
        living_costs_floor_monthly=floor_monthly,
        living_costs_monthly=living,
        living_costs_overridden=override is not None,
        debt_payments_monthly=household.debt_payments_monthly,
        other_fixed_costs_monthly=household.other_fixed_costs_monthly,
        housing_running_costs_monthly=dwelling.running_costs_monthly,
    )
