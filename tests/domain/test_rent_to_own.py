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


def test_dokumentavgift_at_purchase_is_charged_on_the_grown_market_value():
    # Issue 9 item 5 (domain.md §2: dokumentavgift is 2.5 % of the market value, not a lower
    # agreed price; §8: leie til eie buys at the year-0 price). 2026, whole scenario: price
    # 3 300 000, value rising 3 % a year for 5 years: 3 300 000 × 1.03^5 = 3 300 000 × 1.1592740743
    # = 3 825 604.45 → dokumentavgift 2.5 % = 95 640.11 → 95 640 (today 2.5 % × 3 300 000
    # = 82 500). The price paid stays 3 300 000; costs 95 640 + 545 per registered document.
    plan = plan_rent_to_own(
        whole_scenario(), load_rules(2026), years=5, monthly_saving=0, price_growth=0.03
    )
    later = plan.at_purchase
    assert later.plan.price == 3_300_000
    assert later.plan.dokumentavgift == 95_640
    assert later.plan.purchase_costs == 95_640 + 545 * later.plan.tinglysing_documents
    assert later.scenario.dwelling.value == pytest.approx(3_825_604.45, abs=0.01)
    assert plan.today.plan.dokumentavgift == 82_500


def test_a_below_value_year0_price_grows_from_the_market_value():
    # The municipality agreed 3 300 000 for a unit valued 3 600 000 (takst); 2 % a year for
    # 4 years: 3 600 000 × 1.02^4 = 3 600 000 × 1.08243216 = 3 896 755.78 → dokumentavgift
    # 2.5 % = 97 418.89 → 97 419 (today 2.5 % × 3 600 000 = 90 000). Equity if bought:
    # savings 120 000 + (3 896 755.78 − 3 300 000) = 716 755.78.
    scenario = whole_scenario()
    scenario = dataclasses.replace(
        scenario, dwelling=dataclasses.replace(scenario.dwelling, market_value=3_600_000)
    )
    plan = plan_rent_to_own(
        scenario, load_rules(2026), years=4, monthly_saving=0, price_growth=0.02
    )
    assert plan.today.plan.dokumentavgift == 90_000
    assert plan.at_purchase.plan.dokumentavgift == 97_419
    assert plan.at_purchase.plan.price == plan.price_year0 == 3_300_000
    assert plan.market_value_at_purchase == pytest.approx(3_896_755.78, abs=0.01)
    assert plan.equity_at_purchase == pytest.approx(716_755.78, abs=0.01)
