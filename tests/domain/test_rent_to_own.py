import dataclasses

import pytest
from support.scenarios import whole_scenario

from leietileie.domain.rent_to_own import plan_rent_to_own
from leietileie.rules import load_rules


def test_savings_accumulate_month_by_month_and_finance_the_purchase():
    rules = load_rules(2026)
    scenario = whole_scenario()
    plan = plan_rent_to_own(scenario, rules, years=3, monthly_saving=4_000, rent_monthly=11_000)
    assert len(plan.months) == 36
    assert plan.months[0].savings_balance == pytest.approx(120_000 + 4_000)
    assert plan.savings_at_purchase == pytest.approx(120_000 + 36 * 4_000)
    assert plan.at_purchase.plan.equity == round(plan.savings_at_purchase)
    assert plan.at_purchase.plan.startlan < plan.today.plan.startlan
    assert plan.at_purchase.plan.price == plan.today.plan.price == 3_300_000
    # members are three years older at purchase
    assert [m.age for m in plan.at_purchase.scenario.household.members] == [36, 39, 10]


def test_rising_market_value_adds_equity_above_the_fixed_price():
    plan = plan_rent_to_own(
        whole_scenario(), load_rules(2026), years=5, monthly_saving=0, price_growth=0.03
    )
    assert plan.market_value_at_purchase == pytest.approx(3_300_000 * 1.03**5)
    assert plan.equity_at_purchase == pytest.approx(120_000 + 3_300_000 * (1.03**5 - 1))


def test_default_saving_is_what_the_budget_leaves_after_rent():
    scenario = whole_scenario()
    plan = plan_rent_to_own(scenario, load_rules(2026), years=4, rent_monthly=12_000)
    # available for housing 27 051.9 − rent 12 000 → 15 051 a month (whole kroner, rounded down)
    assert plan.monthly_saving == 15_051


def test_savings_interest_compounds_monthly():
    scenario = dataclasses.replace(
        whole_scenario(), household=dataclasses.replace(whole_scenario().household, savings=100_000)
    )
    plan = plan_rent_to_own(
        scenario, load_rules(2026), years=1, monthly_saving=0, savings_rate=0.12
    )
    assert plan.savings_at_purchase == pytest.approx(100_000 * 1.01**12)


@pytest.mark.parametrize("years", [0, 11])
def test_rent_period_out_of_range_is_refused(years):
    with pytest.raises(ValueError, match="years"):
        plan_rent_to_own(whole_scenario(), load_rules(2026), years=years)
