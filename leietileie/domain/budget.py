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

import numpy as np
import numpy.typing as npt

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


def deduction_room(tax: PersonTax, rate: float) -> float:
    """How much more deduction in alminnelig inntekt (interest, foreldrefradrag) lowers this
    person's tax: while alminnelig inntekt stays above zero and, with a pension credit, while
    the tax stays above the credit. Up to the room each krone saves ``rate``; beyond it nothing
    (domain.md §5)."""
    room = tax.ordinary_income
    if tax.pension_credit > 0:
        gross = tax.ordinary_tax + tax.trinnskatt + tax.trygdeavgift
        room = min(room, max(0.0, gross - tax.pension_credit) / rate) if rate > 0 else 0.0
    return room


def split_deduction(
    amount: npt.NDArray[np.float64],
    room_applicant: npt.NDArray[np.float64],
    room_co_applicant: npt.NDArray[np.float64],
    applicant_share: npt.NDArray[np.float64],
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """A deduction split between the spouses the way that saves most: the preferred split
    (``applicant_share`` of it on the applicant), then what one spouse cannot use moved to the
    other as far as that one has room. Every krone within a room saves the same rate, so this
    saves rate × min(amount, both rooms): the most any split can. The one place this rule is
    written; the scalar and the vectorised engine both call it (NumPy arrays)."""
    applicant = amount * applicant_share
    co_applicant = amount - applicant
    to_co = np.minimum(
        np.maximum(0.0, applicant - room_applicant),
        np.maximum(0.0, room_co_applicant - co_applicant),
    )
    to_applicant = np.minimum(
        np.maximum(0.0, co_applicant - room_co_applicant),
        np.maximum(0.0, room_applicant - applicant),
    )
    return applicant - to_co + to_applicant, co_applicant + to_co - to_applicant


def _split(amount: float, rooms: tuple[float, float], share: float) -> tuple[float, float]:
    a, b = split_deduction(
        np.array([amount]), np.array([rooms[0]]), np.array([rooms[1]]), np.array([share])
    )
    return float(a[0]), float(b[0])


#: The preferred split before the spouses' room is taken into account: foreldrefradrag on the
#: applicant, existing interest evenly (a single applicant takes all).
CHILDCARE_APPLICANT_SHARE = 1.0
INTEREST_APPLICANT_SHARE_COUPLE = 0.5


def _member_tax(
    rules: RuleSet, household: Household, member: Member, interest: float, childcare: float
) -> PersonTax:
    return person_tax(
        rules.tax,
        member.income(WAGE_LIKE_INCOME),
        member.income(PENSION_INCOME),
        interest_paid=interest,
        childcare_deduction=childcare,
        tiltakssonen=household.tiltakssonen,
        capital_income=member.income(CAPITAL_INCOME),
        disability_income=member.income(DISABILITY_INCOME),
        credit=rules.pension_credit,
    )


def _taxed(member: Member) -> bool:
    return (
        member.income(WAGE_LIKE_INCOME) > 0
        or member.income(PENSION_INCOME) > 0
        or member.income(CAPITAL_INCOME) > 0
    )


def ordinary_rate(rules: RuleSet, household: Household) -> float:
    """The rate on alminnelig inntekt: 22 %, 18.5 % in tiltakssonen."""
    t = rules.tax
    return t.ordinary_rate_tiltakssonen if household.tiltakssonen else t.ordinary_rate


def household_taxes(
    rules: RuleSet, household: Household, new_interest: tuple[float, float] = (0.0, 0.0)
) -> tuple[MemberTax, ...]:
    """Tax per member with wage-like, pension or capital income (members without any are
    left out). The household's deductions in alminnelig inntekt go to the applicant and the
    co-applicant the way that saves most (domain.md §5; ``split_deduction``): first the
    childcare deduction (foreldrefradrag, preferably on the applicant), then existing interest
    (preferably evenly) in the room the first leaves. ``new_interest`` is the applicant's and
    the co-applicant's share of new loans' interest, on top."""
    rate = ordinary_rate(rules, household)
    rooms = {"applicant": 0.0, "co_applicant": 0.0}
    for member in household.members:
        if member.role in rooms and _taxed(member):
            rooms[member.role] = deduction_room(
                _member_tax(rules, household, member, 0.0, 0.0), rate
            )
    room = (rooms["applicant"], rooms["co_applicant"])
    children = sum(1 for m in household.members if counts_for_foreldrefradrag(m))
    childcare = _split(
        foreldrefradrag(rules.tax, children, household.childcare_expenses_annual),
        room,
        CHILDCARE_APPLICANT_SHARE,
    )
    left = (max(0.0, room[0] - childcare[0]), max(0.0, room[1] - childcare[1]))
    interest = _split(
        household.existing_interest_annual,
        left,
        INTEREST_APPLICANT_SHARE_COUPLE if household.is_couple else 1.0,
    )
    shares = {
        "applicant": (interest[0] + new_interest[0], childcare[0]),
        "co_applicant": (interest[1] + new_interest[1], childcare[1]),
    }
    result = []
    for member in household.members:
        if not _taxed(member):
            continue
        member_interest, member_childcare = shares.get(member.role, (0.0, 0.0))
        tax = _member_tax(rules, household, member, member_interest, member_childcare)
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
