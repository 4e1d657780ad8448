"""The household's monthly budget for betjeningsevne (domain.md §4), in whole kroner.

available for housing = net income after tax − living costs − other fixed obligations
available for loans   = available for housing − running housing costs

Figures are kept unrounded here and rounded once, at the edge (a result, a letter, an export),
so a displayed line may differ from the sum of the displayed parts by a krone.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.model import RuleSet
from .living import SifoBudget, floor_lines, sifo_budget
from .model import PENSION_INCOME, WAGE_LIKE_INCOME, Dwelling, Household
from .money import round_kr
from .tax import PersonTax, foreldrefradrag, person_tax


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


def household_taxes(rules: RuleSet, household: Household) -> tuple[MemberTax, ...]:
    """Tax per taxpayer. Existing interest is split between applicant and co-applicant;
    the childcare deduction goes to the applicant."""
    payers = [m for m in household.members if m.role in ("applicant", "co_applicant")]
    interest_share = household.existing_interest_annual / len(payers) if payers else 0.0
    childcare = foreldrefradrag(
        rules.tax, len(household.children), household.childcare_expenses_annual
    )
    result = []
    for member in household.members:
        wage = member.income(WAGE_LIKE_INCOME)
        pension = member.income(PENSION_INCOME)
        if wage <= 0 and pension <= 0:
            continue
        tax = person_tax(
            rules.tax,
            wage,
            pension,
            interest_paid=interest_share if member in payers else 0.0,
            childcare_deduction=childcare if member.role == "applicant" else 0.0,
            tiltakssonen=household.tiltakssonen,
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
