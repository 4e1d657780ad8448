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


# Whole households (issue 9 "done when"): every headline figure worked by hand from domain.md
# (§§ 2–6) and sifo-tables; annuity factors (1 − (1 + r/12)^−n) / (r/12) in the comments:
# 6.5 % 20 y 134.12500, 6.5 % 30 y 158.21082, 8.2 % 30 y 133.73374; monthly payment per
# million: 4.64 % 20 y 6 402.31, 4.64 % 30 y 5 150.38, 4.89 % 30 y 5 301.19, 5.2 % 30 y 5 491.11.


def _scenario_of(year, members, dwelling, financing, **household):
    from leietileie.domain.model import Scenario

    return Scenario(year, Household(members=members, **household), dwelling, financing)


def _assert_figures(out: dict, expected: dict) -> None:
    for key, value in expected.items():
        if key == "financing":
            assert out["financing"] == value
        else:
            assert out[key] == pytest.approx(value, abs=1), key


def test_whole_household_old_age_pensioner_2025():
    # Woman 70, old-age pension 300 000 (2025). Cooperative flat 1 200 000, felleskostnader
    # 4 500, other running costs 800; savings 300 000. Startlån only, 20 y annuity at 4.64 %;
    # the rule set's policy rate 4.00 % → stress rate 6.5 %.
    # Tax: minstefradrag min(40 % × 300 000, 73 150) = 73 150; alminnelig 300 000 − 73 150
    # − 108 550 = 118 300 × 22 % = 26 026; trinnskatt (300 000 − 217 400) × 1.7 % = 1 404.20;
    # trygdeavgift 5.1 % × 300 000 = 15 300 → 42 730.20. Pension credit (S-13) 36 000 − 16.7 %
    # × (300 000 − 276 400) = 32 058.80 → tax 10 671.40 → 10 671.
    # Net (300 000 − 10 671.40) / 12 = 24 110.72 → 24 111.
    # SIFO 2025: food K 61–74 3 720 + clothes 1 070 + care K > 50 950 + play 1 060 + transit
    # > 66 493 = 7 293; one person 435 + 585 + 565 + 2 520 = 4 105 → 11 398 (floor 8 100).
    # For loans 24 110.72 − 11 398 − 5 300 = 7 412.72 (shown 24 111 − 11 398 − 5 300 = 7 413).
    # Max loan 7 412.72 × 134.12500 = 994 230. Costs: cooperative, no dokumentavgift; deed +
    # startlån 2 × 545 = 1 090. Startlån 1 200 000 + 1 090 − 300 000 = 901 090 → eligible.
    # Payment 0.90109 × 6 402.31 = 5 769.06 → 5 769; at 6.5 %: 0.90109 × 7 455.73 = 6 718.28,
    # surplus 7 412.72 − 6 718.28 = 694.
    # Rentefradrag: first-year interest 12 × 5 769.06 − (901 090 − balance after 12 months
    # 873 081.17) = 41 219.90; the room the credit leaves is 10 671.40 / 22 % = 48 506 > that,
    # so it saves 22 % × 41 219.90 = 9 068.38 a year → 756 a month.
    rules = load_rules(2025)
    scenario = _scenario_of(
        2025,
        (Member("applicant", 70, "F", (Income("pension", 300_000),)),),
        Dwelling(1_200_000, "cooperative", 4_500, 800),
        Financing(0.0464, 0.052, mode="startlan_only", term_years=20),
        savings=300_000,
    )
    out = assess(scenario, rules).to_json()
    _assert_figures(
        out,
        {
            "tax_annual": 10_671,
            "net_income_monthly": 24_111,
            "living_costs_sifo_monthly": 11_398,
            "living_costs_floor_monthly": 8_100,
            "living_costs_monthly": 11_398,
            "housing_running_costs_monthly": 5_300,
            "available_for_loans_monthly": 7_413,
            "stress_rate": 0.065,
            "max_total_loan": 994_230,
            "purchase_costs": 1_090,
            "financing": {"equity": 300_000, "bank_loan": 0, "startlan": 901_090, "grant": 0},
            "monthly_payment": 5_769,
            "surplus_monthly": 694,
            "rentefradrag_monthly": 756,
            "monthly_cost_owning": 5_769 + 5_300,
        },
    )
    assert out["verdict"] == "eligible"


def test_whole_household_family_with_teenagers_and_childcare_2026():
    # 2026. Woman 41 wage 560 000, man 44 wage 500 000; girl 13, boy 15, girl 8 in SFO
    # (36 000 a year of documented expenses, 3 000 a month as a fixed obligation); barnetrygd
    # 5 904 a month (tax-free); petrol car. Freehold 2 800 000, running costs 3 500; savings
    # 120 000. Bank first (bank 5.2 %, 30 y), startlån on top (4.89 %, 30 y).
    # Foreldrefradrag: only the 8-year-old counts (≤ 11): min(36 000, 15 000) = 15 000, on the
    # applicant. Woman: alminnelig 560 000 − 95 700 − 15 000 − 114 540 = 334 760 × 22 %
    # = 73 647.20; trinnskatt 92 200 × 1.7 % + 241 700 × 4 % = 1 567.40 + 9 668 = 11 235.40;
    # trygdeavgift 7.6 % = 42 560 → 127 442.60. Man: (500 000 − 95 700 − 114 540) × 22 %
    # = 63 747.20 + 8 835.40 + 38 000 = 110 582.60. Shown 127 443 + 110 583 = 238 026.
    # Net (1 060 000 − 238 025.20) / 12 = 68 497.90 → 68 498 + 5 904 = 74 402.
    # SIFO 2026: food 4 280 + 4 760 + 3 750 + 4 640 + 3 190 = 20 620, less 12 % (a couple with
    # more than two children) 2 474.40; clothes 1 090 + 1 120 + 880 + 1 010 + 1 010 = 5 110;
    # care 1 020 + 820 + 520 + 510 + 270 = 3 140; play 1 080 + 1 080 + 1 570 + 1 690 + 1 260
    # = 6 680; transit for the adults 2 × 1 019 = 2 038; five persons 940 + 995 + 1 210
    # + 2 880 = 6 025; petrol car (5–7 persons) 5 105 → 46 243.60 → 46 244.
    # Floor: couple 13 800 + 2 × 5 400 (11–17) + 4 150 (6–10) = 28 750.
    # For loans 74 401.90 − 46 243.60 − 3 000 − 3 500 = 21 658.30 (shown 74 402 − 46 244
    # − 3 000 − 3 500 = 21 658).
    # Costs: 2.5 % × 2 800 000 = 70 000 + 3 × 545 (deed, bank loan, startlån) = 71 635; loans
    # 2 800 000 + 71 635 − 120 000 = 2 751 635. Bank: 90 % × 2 800 000 = 2 520 000 (the stress
    # cap 21 658.30 × 133.73374 = 2 896 445 is higher); at 8.2 % it takes 2.52 × 7 477.54
    # = 18 843.41, leaving 2 814.89 → startlån capacity × 158.21082 = 445 345.
    # Startlån 2 751 635 − 2 520 000 = 231 635 → eligible. The largest loans the budget carries,
    # the bank's part chosen at best: with the bank at its limit 2 520 000 + 445 345
    # = 2 965 345; with no bank part 21 658.30 × 158.21082 = 3 426 577 (a bank krone costs
    # 8.2 %, a startlån krone 6.5 %) → 3 426 577.
    # Payments: bank 2.52 × 5 491.11 = 13 837.59 → 13 838; startlån 0.231635 × 5 301.19
    # = 1 227.94 → 1 228. Surplus 2 814.89 − 0.231635 × 6 320.68 = 1 350.80 → 1 351.
    # The bank alone: 2 800 000 + 70 000 + 1 090 − 120 000 = 2 751 090 > 2 520 000 → no.
    rules = load_rules(2026)
    scenario = _scenario_of(
        2026,
        (
            Member("applicant", 41, "F", (Income("wage", 560_000),)),
            Member("co_applicant", 44, "M", (Income("wage", 500_000),)),
            Member("child", 13, "F"),
            Member("child", 15, "M"),
            Member("child", 8, "F"),
        ),
        Dwelling(2_800_000, "freehold", 0, 3_500),
        Financing(0.0489, 0.052, mode="bank_first"),
        savings=120_000,
        tax_free_income_monthly=5_904,
        other_fixed_costs_monthly=3_000,
        childcare_expenses_annual=36_000,
        car="petrol",
    )
    out = assess(scenario, rules).to_json()
    taxes = {t["role"]: t["tax_annual"] for t in out["tax_by_member"]}
    assert taxes == {"applicant": 127_443, "co_applicant": 110_583}
    _assert_figures(
        out,
        {
            "tax_annual": 238_026,
            "net_income_monthly": 74_402,
            "living_costs_sifo_monthly": 46_244,
            "living_costs_floor_monthly": 28_750,
            "living_costs_monthly": 46_244,
            "fixed_obligations_monthly": 3_000,
            "available_for_loans_monthly": 21_658,
            "stress_rate": 0.065,
            "bank_stress_rate": 0.082,
            "max_total_loan": 3_426_577,
            "purchase_costs": 71_635,
            "financing": {
                "equity": 120_000,
                "bank_loan": 2_520_000,
                "startlan": 231_635,
                "grant": 0,
            },
            "monthly_payment_bank": 13_838,
            "monthly_payment_startlan": 1_228,
            "monthly_payment": 13_838 + 1_228,
            "surplus_monthly": 1_351,
        },
    )
    assert out["verdict"] == "eligible"
    assert out["bank_alone_sufficient"] is False


def test_whole_household_interest_only_loan_2026():
    # 2026. Man 35, wage 600 000. Freehold flat 2 800 000, felleskostnader 3 200, other 900;
    # savings 50 000. Startlån only, 35 y at 4.89 % with 5 interest-only years: the servicing
    # test carries it over the 30 years left (domain.md §2; issue 9 item 2).
    # Tax: alminnelig 600 000 − 95 700 − 114 540 = 389 760 × 22 % = 85 747.20; trinnskatt
    # 1 567.40 + 281 700 × 4 % = 12 835.40; trygdeavgift 45 600 → 144 182.60 → 144 183.
    # Net (600 000 − 144 182.60) / 12 = 37 984.78 → 37 985.
    # SIFO 2026, man 25–50: 4 760 + 1 120 + 820 + 1 080 + transit 1 019; one person 400 + 590
    # + 550 + 2 570 → 12 909 (floor 8 300). For loans 37 984.78 − 12 909 − 4 100 = 20 975.78
    # (shown 20 976). Max loan 20 975.78 × 158.21082 = 3 318 595 (over 35 years it would
    # wrongly have been 3 471 924).
    # Costs 70 000 + 2 × 545 = 71 090; startlån 2 800 000 + 71 090 − 50 000 = 2 821 090.
    # First payment: interest only, 2 821 090 × 4.89 % / 12 = 11 495.94 → 11 496.
    # Stressed over 30 y: 2.82109 × 6 320.68 = 17 831.21; surplus 3 144.58 → 3 145.
    # Rentefradrag: first-year interest 12 × 11 495.94 = 137 951.30, all within alminnelig
    # 389 760: 22 % = 30 349.29 a year → 2 529 a month.
    rules = load_rules(2026)
    scenario = _scenario_of(
        2026,
        (Member("applicant", 35, "M", (Income("wage", 600_000),)),),
        Dwelling(2_800_000, "freehold", 3_200, 900),
        Financing(0.0489, 0.052, mode="startlan_only", term_years=35, interest_only_years=5),
        savings=50_000,
    )
    out = assess(scenario, rules).to_json()
    _assert_figures(
        out,
        {
            "tax_annual": 144_183,
            "net_income_monthly": 37_985,
            "living_costs_sifo_monthly": 12_909,
            "available_for_loans_monthly": 20_976,
            "max_total_loan": 3_318_595,
            "purchase_costs": 71_090,
            "financing": {"equity": 50_000, "bank_loan": 0, "startlan": 2_821_090, "grant": 0},
            "monthly_payment_startlan": 11_496,
            "surplus_monthly": 3_145,
            "rentefradrag_monthly": 2_529,
            "monthly_cost_owning": 11_496 + 4_100,
        },
    )
    assert out["verdict"] == "eligible"


def test_whole_household_below_value_sale_2026():
    # 2026. The municipality sells the unit to its tenants for 2 600 000; the valuation (takst)
    # is 3 000 000. Woman 52 wage 390 000; man 55 uføretrygd 280 000 (taxed like wages).
    # Freehold, felleskostnader 2 800, other 1 200; savings 80 000; startlån only 30 y 4.89 %.
    # Woman: alminnelig 390 000 − 95 700 − 114 540 = 179 760 × 22 % = 39 547.20; trinnskatt
    # 1 567.40 + 71 700 × 4 % = 4 435.40; trygdeavgift 7.6 % = 29 640 → 73 622.60.
    # Man: min(46 % × 280 000, 95 700) = 95 700; (280 000 − 95 700 − 114 540) × 22 % = 69 760
    # × 22 % = 15 347.20; trinnskatt (280 000 − 226 100) × 1.7 % = 916.30; trygdeavgift 7.6 %
    # = 21 280 → 37 543.50. Shown 73 623 + 37 544 = 111 167.
    # Net (670 000 − 111 166.10) / 12 = 46 569.49 → 46 569.
    # SIFO 2026: woman 51–70 3 900 + 1 090 + 980 + 1 080 + 1 019 = 8 069; man 51–70 4 355
    # + 1 120 + 820 + 1 080 + 1 019 = 8 394; two persons 450 + 640 + 680 + 2 620 = 4 390
    # → 20 853 (floor couple 13 800). For loans 46 569.49 − 20 853 − 4 000 = 21 716.49
    # (shown 21 716); max loan × 158.21082 = 3 435 783.
    # Dokumentavgift on the market value: 2.5 % × 3 000 000 = 75 000 (not 65 000 on the price);
    # costs 75 000 + 2 × 545 = 76 090; startlån 2 600 000 + 76 090 − 80 000 = 2 596 090.
    # Payment 2.59609 × 5 301.19 = 13 762.37 → 13 762; surplus 21 716.49 − 2.59609 × 6 320.68
    # = 5 307.44 → 5 307. Rentefradrag: first-year interest 12 × 13 762.37 − (2 596 090
    # − 2 557 022.50) = 126 080.92, within both rooms
    # (179 760 + 69 760): 22 % = 27 737.80 → 2 311 a month.
    rules = load_rules(2026)
    scenario = _scenario_of(
        2026,
        (
            Member("applicant", 52, "F", (Income("wage", 390_000),)),
            Member("co_applicant", 55, "M", (Income("disability_benefit", 280_000),)),
        ),
        Dwelling(2_600_000, "freehold", 2_800, 1_200, market_value=3_000_000),
        Financing(0.0489, 0.052, mode="startlan_only"),
        savings=80_000,
    )
    out = assess(scenario, rules).to_json()
    taxes = {t["role"]: t["tax_annual"] for t in out["tax_by_member"]}
    assert taxes == {"applicant": 73_623, "co_applicant": 37_544}
    _assert_figures(
        out,
        {
            "tax_annual": 111_167,
            "net_income_monthly": 46_569,
            "living_costs_sifo_monthly": 20_853,
            "living_costs_floor_monthly": 13_800,
            "available_for_loans_monthly": 21_716,
            "max_total_loan": 3_435_783,
            "purchase_costs": 76_090,
            "financing": {"equity": 80_000, "bank_loan": 0, "startlan": 2_596_090, "grant": 0},
            "monthly_payment": 13_762,
            "surplus_monthly": 5_307,
            "rentefradrag_monthly": 2_311,
        },
    )
    assert out["verdict"] == "eligible"


def test_whole_household_in_tiltakssonen_2025():
    # 2025, Finnmark (tiltakssonen: 18.5 % on alminnelig inntekt, finnmarksfradrag 30 000
    # each). Woman 38 wage 450 000, man 40 wage 350 000, boy 4 in kindergarten (24 000 a year
    # documented, 2 000 a month fixed); a car loan of 250 000 paid 4 000 a month with 20 000
    # of interest a year; barnetrygd 1 766 a month. Freehold 2 200 000, running costs 3 000;
    # savings 100 000. Startlån only, 30 y at Husbanken's floating 4.64 %.
    # Foreldrefradrag min(24 000, 25 000) = 24 000 on the applicant; interest 10 000 each (both
    # have room). Woman: 450 000 − 92 000 − 24 000 − 10 000 − 108 550 − 30 000 = 185 450
    # × 18.5 % = 34 308.25; trinnskatt 88 650 × 1.7 % + 143 950 × 4 % = 1 507.05 + 5 758
    # = 7 265.05; trygdeavgift 7.7 % = 34 650 → 76 223.30. Man: 350 000 − 92 000 − 10 000
    # − 108 550 − 30 000 = 109 450 × 18.5 % = 20 248.25; trinnskatt 1 507.05 + 43 950 × 4 %
    # = 3 265.05; trygdeavgift 26 950 → 50 463.30. Shown 76 223 + 50 463 = 126 686.
    # Net (800 000 − 126 686.60) / 12 = 56 109.45 → 56 109 + 1 766 = 57 875.
    # SIFO 2025: woman 31–60 4 040 + 1 070 + 990 + 1 060 + 985 = 8 145; man 4 780 + 1 100 + 800
    # + 1 060 + 985 = 8 725; boy 4: 2 210 + 880 + 230 + 790 = 4 110; three persons 660 + 720
    # + 760 + 2 700 = 4 840 → 25 820 (floor 13 500 + 3 950 = 17 450).
    # For loans 57 875.45 − 25 820 − (4 000 + 2 000) − 3 000 = 23 055.45 (shown 23 055);
    # max loan × 158.21082 = 3 647 621. Costs 55 000 + 2 × 545 = 56 090; startlån
    # 2 200 000 + 56 090 − 100 000 = 2 156 090. Payment 2.15609 × 5 150.38 = 11 104.67
    # → 11 105; surplus 23 055.45 − 2.15609 × 6 320.68 = 9 427.49 → 9 427.
    # Rentefradrag 18.5 % of the first-year interest 12 × 11 104.67 − (2 156 090 − 2 122 160.95)
    # = 99 327.05 = 18 375.50 → 1 531 a month.
    rules = load_rules(2025)
    from leietileie.domain.model import Debt

    scenario = _scenario_of(
        2025,
        (
            Member("applicant", 38, "F", (Income("wage", 450_000),)),
            Member("co_applicant", 40, "M", (Income("wage", 350_000),)),
            Member("child", 4, "M"),
        ),
        Dwelling(2_200_000, "freehold", 0, 3_000),
        Financing(0.0464, 0.052, mode="startlan_only"),
        savings=100_000,
        tax_free_income_monthly=1_766,
        debts=(Debt("car", 250_000, 4_000),),
        other_fixed_costs_monthly=2_000,
        childcare_expenses_annual=24_000,
        existing_interest_annual=20_000,
        tiltakssonen=True,
    )
    out = assess(scenario, rules).to_json()
    taxes = {t["role"]: t["tax_annual"] for t in out["tax_by_member"]}
    assert taxes == {"applicant": 76_223, "co_applicant": 50_463}
    _assert_figures(
        out,
        {
            "tax_annual": 126_686,
            "net_income_monthly": 57_875,
            "living_costs_sifo_monthly": 25_820,
            "living_costs_floor_monthly": 17_450,
            "fixed_obligations_monthly": 6_000,
            "available_for_loans_monthly": 23_055,
            "max_total_loan": 3_647_621,
            "purchase_costs": 56_090,
            "financing": {"equity": 100_000, "bank_loan": 0, "startlan": 2_156_090, "grant": 0},
            "monthly_payment": 11_105,
            "surplus_monthly": 9_427,
            "rentefradrag_monthly": 1_531,
        },
    )
    assert out["verdict"] == "eligible"
