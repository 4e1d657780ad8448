"""The municipality's leie-til-eie model (domain.md §8).

Year 0 the municipality buys (or holds) a suitable unit at a fixed price; the household rents
it for a few years at cost rent and saves each month; at the end it may buy at the year-0
price. The plan shows savings month by month, the equity at purchase (savings plus any rise in
market value above the fixed price) and the financing at purchase time, assessed with the same
rules as today (incomes in today's kroner; members are older by the rent period; the price is
the year-0 price, dokumentavgift is charged on the market value grown to the purchase date).
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from ..rules.model import RuleSet
from .assess import Assessment, assess
from .budget import budget
from .model import Scenario

MIN_YEARS, MAX_YEARS = 1, 10


@dataclass(frozen=True)
class PlanMonth:
    month: int
    rent: float
    saving: float
    interest: float
    savings_balance: float
    market_value: float

    def equity_if_bought(self, price: float) -> float:
        """Savings plus the rise in value above the fixed price (never below the savings)."""
        return self.savings_balance + max(0.0, self.market_value - price)


@dataclass(frozen=True)
class RentToOwnPlan:
    years: int
    price_year0: float
    rent_monthly: float
    monthly_saving: float
    savings_rate: float
    price_growth: float
    months: tuple[PlanMonth, ...]
    today: Assessment
    at_purchase: Assessment

    @property
    def savings_at_purchase(self) -> float:
        return (
            self.months[-1].savings_balance
            if self.months
            else self.today.scenario.household.savings
        )

    @property
    def market_value_at_purchase(self) -> float:
        return self.months[-1].market_value if self.months else self.price_year0

    @property
    def equity_at_purchase(self) -> float:
        return (
            self.months[-1].equity_if_bought(self.price_year0)
            if self.months
            else self.savings_at_purchase
        )

    def yearly(self) -> list[PlanMonth]:
        return [m for m in self.months if m.month % 12 == 0]


def default_saving(scenario: Scenario, rules: RuleSet, rent_monthly: float) -> float:
    """What the budget leaves after living costs, obligations and the rent (whole kroner, ≥ 0)."""
    b = budget(rules, scenario.household, scenario.dwelling)
    return float(max(0, math.floor(b.available_for_housing_monthly - rent_monthly)))


def plan_rent_to_own(
    scenario: Scenario,
    rules: RuleSet,
    *,
    years: int,
    monthly_saving: float | None = None,
    rent_monthly: float | None = None,
    savings_rate: float = 0.0,
    price_growth: float = 0.0,
) -> RentToOwnPlan:
    """Month-by-month plan; the purchase happens after ``years`` at the year-0 price, with
    dokumentavgift on the market value then (``dwelling.value`` grown by ``price_growth``)."""
    if not MIN_YEARS <= years <= MAX_YEARS:
        raise ValueError(f"years: must be {MIN_YEARS}–{MAX_YEARS}, got {years}")
    if monthly_saving is not None and monthly_saving < 0:
        raise ValueError("monthly_saving: must not be negative")
    household = scenario.household
    rent = household.current_rent_monthly if rent_monthly is None else rent_monthly
    saving = default_saving(scenario, rules, rent) if monthly_saving is None else monthly_saving
    price = scenario.dwelling.price
    # The market value (the takst; the price where none is given) grows; the price is fixed.
    value0 = scenario.dwelling.value
    balance = household.savings
    months = []
    for month in range(1, years * 12 + 1):
        interest = balance * savings_rate / 12
        balance += interest + saving
        value = value0 * (1 + price_growth) ** (month / 12)
        months.append(PlanMonth(month, rent, saving, interest, balance, value))
    older = tuple(dataclasses.replace(m, age=m.age + years) for m in household.members)
    later = dataclasses.replace(household, members=older, savings=balance)
    # Bought at the year-0 price, but dokumentavgift is charged on the market value at the
    # time of purchase (domain.md §2): the dwelling's value grown over the rent period.
    grown = dataclasses.replace(
        scenario.dwelling, market_value=value0 * (1 + price_growth) ** years
    )
    at_purchase = assess(dataclasses.replace(scenario, household=later, dwelling=grown), rules)
    return RentToOwnPlan(
        years=years,
        price_year0=price,
        rent_monthly=rent,
        monthly_saving=saving,
        savings_rate=savings_rate,
        price_growth=price_growth,
        months=tuple(months),
        today=assess(scenario, rules),
        at_purchase=at_purchase,
    )
