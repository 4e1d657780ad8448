"""Monthly cost of owning against today's rent, and a bostøtte estimate. domain.md §5, §7.

Bostøtte (Husbanken's housing allowance) is an estimate, clearly labelled:
    73.7 % × (min(approved housing costs, ceiling) − own share), per year
with the own share from weighted income (1 + 0.13 per further adult + 0.15 per child).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.model import BostotteRules
from .model import Dwelling, Household

#: Municipality groups for the housing-cost ceiling: 1 Oslo, 2 the large cities, 3 the
#: listed suburban municipalities, 4 the rest.
MUNICIPALITY_GROUPS = (1, 2, 3, 4)


@dataclass(frozen=True)
class BostotteEstimate:
    approved_costs_annual: float
    ceiling_annual: float
    weighted_income: float
    own_share_annual: float
    monthly: float


def housing_cost_ceiling(rules: BostotteRules, persons: int, group: int) -> float:
    base = rules.cost_ceiling[min(max(persons, 1), len(rules.cost_ceiling)) - 1]
    addition = {
        1: rules.ceiling_addition_group1,
        2: rules.ceiling_addition_group2,
        3: rules.ceiling_addition_group3,
    }.get(group, 0.0)
    return base + addition


def weighted_income(rules: BostotteRules, household: Household) -> float:
    adults = len(household.adults)
    children = len(household.children)
    weight = 1.0 + rules.weight_adult * max(adults - 1, 0) + rules.weight_child * children
    return household.gross_income_annual / weight


def own_share(rules: BostotteRules, weighted: float) -> float:
    linear = rules.own_share_rate * max(0.0, weighted - rules.own_share_threshold)
    progressive = rules.own_share_progressive_rate * max(
        0.0, weighted - rules.own_share_progressive_threshold
    )
    return rules.min_own_share + linear + progressive


def bostotte(
    rules: BostotteRules, household: Household, approved_costs_annual: float, group: int = 4
) -> BostotteEstimate:
    ceiling = housing_cost_ceiling(rules, household.size, group)
    weighted = weighted_income(rules, household)
    share = own_share(rules, weighted)
    yearly = rules.coverage_rate * max(0.0, min(approved_costs_annual, ceiling) - share)
    monthly = yearly / 12
    if monthly < rules.min_payment_monthly:
        monthly = 0.0
    return BostotteEstimate(approved_costs_annual, ceiling, weighted, share, monthly)


def approved_costs_renting(household: Household) -> float:
    return 12 * household.current_rent_monthly


def approved_costs_owning(
    rules: BostotteRules, dwelling: Dwelling, loan_payment_monthly: float
) -> float:
    """Interest and instalments + felleskostnader; a freehold adds the fixed operating allowance
    and its municipal charges (part of other running costs)."""
    yearly = 12 * (loan_payment_monthly + dwelling.common_costs_monthly)
    if dwelling.tenure == "freehold":
        yearly += rules.owner_operating_allowance_annual
    return yearly
