"""Every case in ../shared/reference-cases.md, as a test (tolerance ±1 kr unless noted)."""

import pytest
from support.scenarios import whole_scenario

from leietileie.domain import loans
from leietileie.domain.assess import assess
from leietileie.domain.budget import budget
from leietileie.domain.comparison import weighted_income
from leietileie.domain.financing import purchase_costs, stress_rates
from leietileie.domain.living import floor_total, sifo_budget
from leietileie.domain.model import Dwelling, Financing, Household, Income, Member
from leietileie.domain.tax import person_tax, trinnskatt
from leietileie.rules import load_rules


@pytest.mark.parametrize(
    ("rate", "years", "expected"),
    [
        (0.0464, 30, 10300.75),
        (0.0464, 50, 8580.33),
        (0.0489, 30, 10602.38),
        (0.0489, 50, 8928.16),
        (0.065, 30, 12641.36),
        (0.065, 50, 11274.34),
    ],
)
def test_monthly_annuity_on_two_million(rate, years, expected):
    assert loans.annuity_payment(2_000_000.0, rate, years) == pytest.approx(expected, abs=0.005)


def test_serial_loan_first_month():
    s = loans.schedule(2_000_000.0, 0.0489, 30, "serial")
    assert s.repaid[0] == pytest.approx(5555.56, abs=0.005)
    assert s.interest[0] == pytest.approx(8150.00, abs=0.005)
    assert loans.serial_first_payment(2_000_000.0, 0.0489, 30) == pytest.approx(13705.56, abs=0.005)


@pytest.mark.parametrize(("years", "expected"), [(30, 2_373_162), (50, 2_660_910)])
def test_largest_loan_fifteen_thousand_carries(years, expected):
    assert loans.max_annuity_loan(15_000.0, 0.065, years) == pytest.approx(expected, abs=1)


@pytest.mark.parametrize(
    ("effective", "n", "nominal"),
    [
        (0.0474, 12, 0.04640),
        (0.0474, 4, 0.04658),
        (0.0474, 2, 0.04685),
        (0.0429, 12, 0.04208),
        (0.0429, 4, 0.04223),
        (0.0429, 2, 0.04245),
    ],
)
def test_husbanken_nominal_from_effective(effective, n, nominal):
    assert loans.nominal_from_effective(effective, n) == pytest.approx(nominal, abs=1e-9)


@pytest.mark.parametrize(
    ("bank_rate", "stressed", "payment"),
    [
        (0.052, 0.082, 22433),  # 5.2 % + 3 points = 8.2 %
        (0.035, 0.07, 19959),  # 3.5 % + 3 points = 6.5 %: the 7 % floor binds
    ],
)
def test_bank_stress_test_payments(bank_rate, stressed, payment):
    """The stressed rate comes from the engine's one stress rule; the figures are the
    reference case's, stated (not re-computed here)."""
    rules = load_rules(2026)
    assert round(loans.annuity_payment(3_000_000.0, 0.052, 30)) == 16473
    _, bank_stress = stress_rates(rules, Financing(startlan_rate=0.0464, bank_rate=bank_rate))
    assert bank_stress == pytest.approx(stressed, abs=1e-12)
    assert round(loans.annuity_payment(3_000_000.0, stressed, 30)) == payment


def test_grant_writedown_after_seven_years():
    grant = load_rules(2026).grant
    share = loans.grant_repayable_share(7, grant.writedown_rate_annual, grant.writedown_years)
    assert share == pytest.approx(0.65)


@pytest.mark.parametrize(
    ("year", "total", "ordinary", "trinn", "trygd"),
    [
        (2024, 116_334, 67_606, 9_728, 39_000),
        (2025, 113_644, 65_879, 9_265, 38_500),
        (2026, 110_583, 63_747, 8_835, 38_000),
    ],
)
def test_tax_single_wage_500k(year, total, ordinary, trinn, trygd):
    t = person_tax(load_rules(year).tax, 500_000)
    assert round(t.total) == pytest.approx(total, abs=1)
    assert round(t.ordinary_tax) == pytest.approx(ordinary, abs=1)
    assert round(t.trinnskatt) == pytest.approx(trinn, abs=1)
    assert round(t.trygdeavgift) == pytest.approx(trygd, abs=1)


@pytest.mark.parametrize(
    ("income", "expected"), [(300_000, 1_404), (500_000, 9_265), (800_000, 31_242)]
)
def test_trinnskatt_2025(income, expected):
    assert round(trinnskatt(load_rules(2025).tax, income)) == pytest.approx(expected, abs=1)


def test_trygdeavgift_2026_reaches_full_rate_at_143175():
    rules = load_rules(2026).tax
    below = person_tax(rules, 120_000).trygdeavgift
    assert below == pytest.approx(0.25 * (120_000 - 99_650))
    assert person_tax(rules, 143_176).trygdeavgift == pytest.approx(0.076 * 143_176)
    assert person_tax(rules, 143_170).trygdeavgift == pytest.approx(0.25 * (143_170 - 99_650))
    assert person_tax(rules, 99_650).trygdeavgift == 0


def test_tax_2025_with_interest_deduction():
    rules = load_rules(2025).tax
    assert round(person_tax(rules, 450_000).total) == pytest.approx(96_794, abs=1)
    assert round(person_tax(rules, 450_000, interest_paid=60_000).total) == pytest.approx(
        83_594, abs=1
    )


def test_sifo_2025_published_example_family():
    household = Household(
        members=(
            Member("applicant", 35, "F"),
            Member("co_applicant", 37, "M"),
            Member("child", 5, "M"),
            Member("child", 11, "F"),
        ),
        car="petrol",
    )
    assert sifo_budget(load_rules(2025).sifo, household).total == pytest.approx(36_095)


def test_social_assistance_floor_2024_couple_with_two_children():
    household = Household(
        members=(
            Member("applicant", 30, "F"),
            Member("co_applicant", 30, "M"),
            Member("child", 4),
            Member("child", 8),
        )
    )
    assert floor_total(load_rules(2024).floor, household) == 20_900


def test_purchase_costs_freehold_and_cooperative_2025():
    rules = load_rules(2025)
    assert purchase_costs(rules, Dwelling(4_000_000, "freehold"), 2) == (101_090, 100_000)
    assert purchase_costs(rules, Dwelling(4_000_000, "cooperative"), 2) == (1_090, 0)


def test_bostotte_weighting_husbanken_example():
    # Three persons weighted 1 + 0.13 + 0.13 = 1.26, as in Husbanken's example.
    rules = load_rules(2026).bostotte
    household = Household(
        members=(
            Member("applicant", 40, "F", (Income("wage", 300_000),)),
            Member("adult", 45, "M"),
            Member("adult", 20, "F"),
        )
    )
    assert round(weighted_income(rules, household)) == 238_095


def test_whole_scenario_2026():
    rules = load_rules(2026)
    a = assess(whole_scenario(), rules)
    out = a.to_json()
    taxes = {t["role"]: t["tax_annual"] for t in out["tax_by_member"]}
    assert taxes == {
        "applicant": pytest.approx(87_063, abs=1),
        "co_applicant": pytest.approx(73_623, abs=1),
    }
    expected = {
        "tax_annual": 160_685,
        "net_income_monthly": 56_955,
        "living_costs_sifo_monthly": 28_003,
        "living_costs_floor_monthly": 17_950,
        "living_costs_monthly": 28_003,
        "fixed_obligations_monthly": 1_900,
        "housing_running_costs_monthly": 4_700,
        "available_for_loans_monthly": 22_352,
        "max_total_loan": 3_536_312,
        "purchase_costs": 83_590,
    }
    for key, value in expected.items():
        assert out[key] == pytest.approx(value, abs=1), key
    assert out["stress_rate"] == pytest.approx(0.065)
    assert out["financing"] == {
        "equity": 120_000,
        "bank_loan": 0,
        "startlan": 3_263_590,
        "grant": 0,
    }
    assert out["verdict"] == "eligible"
    assert out["reasons"] == []
    assert out["monthly_payment_startlan"] == pytest.approx(17_301, abs=1)
    # Husbanken's 600/30 kr fees belong to its own loans: a startlån has no fees by default.
    assert out["monthly_payment"] == pytest.approx(17_301, abs=1)
    assert out["monthly_fees"] == 0 and out["establishment_fee"] == 0
    assert out["monthly_cost_owning"] == out["monthly_payment"] + 4_700


def test_whole_scenario_budget_is_traceable():
    b = budget(load_rules(2026), whole_scenario().household, whole_scenario().dwelling)
    assert b.available_for_loans_monthly == pytest.approx(
        b.net_income_monthly
        - b.living_costs_monthly
        - b.fixed_obligations_monthly
        - b.housing_running_costs_monthly
    )
