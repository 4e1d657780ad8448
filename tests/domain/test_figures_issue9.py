"""Issue 9: figures a caseworker can sign. Every expected value is worked out by hand from the
source rule (domain.md §§ 2, 4, 5; Skatte-ABC S-13; Kartverket; Husbanken), shown in comments."""

from __future__ import annotations

import dataclasses

import pytest

from leietileie.domain.assess import assess, rentefradrag_annual
from leietileie.domain.budget import household_taxes
from leietileie.domain.financing import capacity, check_betjeningsevne, make_plan, purchase_costs
from leietileie.domain.model import Dwelling, Financing, Household, Income, Member, Scenario
from leietileie.domain.register import Unit, to_dwelling
from leietileie.domain.tax import person_tax
from leietileie.rules import load_rules

R2024, R2025, R2026 = load_rules(2024), load_rules(2025), load_rules(2026)


def single(*incomes: Income, age: int = 45, **kw) -> Household:
    return Household(members=(Member("applicant", age, "F", tuple(incomes)),), **kw)


def tax_of(rules, household: Household) -> int:
    return sum(t.total for t in household_taxes(rules, household))


# 1. Skattefradrag for pensjonsinntekt -------------------------------------------------------


def test_a_250000_pension_in_2025_is_not_taxed():
    # Before the credit: minstefradrag min(40 % × 250 000, 73 150) = 73 150;
    # alminnelig 250 000 − 73 150 − 108 550 = 68 300 × 22 % = 15 026;
    # trinnskatt (250 000 − 217 400) × 1.7 % = 554.20; trygdeavgift 5.1 % × 250 000 = 12 750
    # (the phase-in cap 25 % × 150 350 = 37 587.50 does not bind) → 28 330.20.
    # Credit: 36 000 (pension ≤ 276 400), limited to the tax → 28 330.20. Tax: 0.
    tax = person_tax(R2025.tax, 0.0, 250_000, credit=R2025.pension_credit)
    assert tax.ordinary_tax + tax.trinnskatt + tax.trygdeavgift == pytest.approx(28_330.20)
    assert tax.pension_credit == pytest.approx(28_330.20)
    assert tax_of(R2025, single(Income("pension", 250_000), age=70)) == 0


def test_the_credit_is_reduced_above_the_first_threshold():
    # Pension 400 000 (2025): alminnelig 400 000 − 73 150 − 108 550 = 218 300 × 22 % = 48 026;
    # trinnskatt 88 650 × 1.7 % + 93 950 × 4 % = 1 507.05 + 3 758 = 5 265.05; trygdeavgift
    # 5.1 % × 400 000 = 20 400 → 73 691.05. Credit 36 000 − 16.7 % × (400 000 − 276 400)
    # = 36 000 − 20 641.20 = 15 358.80. Tax 73 691.05 − 15 358.80 = 58 332.25 → 58 332.
    assert tax_of(R2025, single(Income("pension", 400_000), age=70)) == 58_332


def test_the_2026_credit_after_the_june_2026_change():
    # Stortingets skattevedtak 2026 § 6-5 as changed in June 2026 (in force 1.1.2026): max 39 100,
    # 19.1 % of pension above 294 200, 6 % above 437 100. Pension 350 000 (2026):
    # minstefradrag min(40 % × 350 000, 75 400) = 75 400; alminnelig 350 000 − 75 400 − 114 540
    # = 160 060 × 22 % = 35 213.20; trinnskatt (318 300 − 226 100) × 1.7 % + (350 000 − 318 300)
    # × 4 % = 1 567.40 + 1 268 = 2 835.40; trygdeavgift 5.1 % × 350 000 = 17 850 → 55 898.60.
    # Credit 39 100 − 19.1 % × (350 000 − 294 200) = 39 100 − 10 657.80 = 28 442.20.
    # Tax 55 898.60 − 28 442.20 = 27 456.40 → 27 456.
    tax = person_tax(R2026.tax, 0.0, 350_000, credit=R2026.pension_credit)
    assert tax.ordinary_tax + tax.trinnskatt + tax.trygdeavgift == pytest.approx(55_898.60)
    assert tax.pension_credit == pytest.approx(28_442.20)
    assert tax_of(R2026, single(Income("pension", 350_000), age=70)) == 27_456
    assert not R2026.pension_credit.verified  # found through a secondary source: confirm it


def test_the_2024_credit_uses_the_2024_figures_not_those_of_2025():
    # 2024 rule file: max 34 350, 16.7 % of pension above 258 400, 6 % above 391 550 (Stortingets
    # vedtak for 2024 as given by Sticos and Smartepenger; not yet checked against Skatteetaten).
    # Pension 300 000 (2024): minstefradrag min(40 % × 300 000, 86 250) = 86 250; alminnelig
    # 300 000 − 86 250 − 88 250 = 125 500 × 22 % = 27 610; trinnskatt (292 850 − 208 050) × 1.7 %
    # + (300 000 − 292 850) × 4 % = 1 441.60 + 286 = 1 727.60; trygdeavgift 5.1 % × 300 000
    # = 15 300 (phase-in cap 25 % × 230 350 does not bind) → 44 637.60.
    # Credit 34 350 − 16.7 % × (300 000 − 258 400) = 34 350 − 6 947.20 = 27 402.80.
    # Tax 44 637.60 − 27 402.80 = 17 234.80 → 17 235. (With the 2025 figures it would have been
    # 36 000 − 16.7 % × 23 600 = 32 058.80 of credit and 12 579 of tax.)
    tax = person_tax(R2024.tax, 0.0, 300_000, credit=R2024.pension_credit)
    assert tax.ordinary_tax + tax.trinnskatt + tax.trygdeavgift == pytest.approx(44_637.60)
    assert tax.pension_credit == pytest.approx(27_402.80)
    assert tax_of(R2024, single(Income("pension", 300_000), age=70)) == 17_235
    # Pension 400 000 (2024), above both thresholds: alminnelig 400 000 − 86 250 − 88 250
    # = 225 500 × 22 % = 49 610; trinnskatt 1 441.60 + 107 150 × 4 % = 5 727.60; trygdeavgift
    # 20 400 → 75 737.60. Credit 34 350 − 16.7 % × (391 550 − 258 400) − 6 % × (400 000 − 391 550)
    # = 34 350 − 22 236.05 − 507 = 11 606.95. Tax 64 130.65 → 64 131.
    tax = person_tax(R2024.tax, 0.0, 400_000, credit=R2024.pension_credit)
    assert tax.pension_credit == pytest.approx(11_606.95)
    assert tax_of(R2024, single(Income("pension", 400_000), age=70)) == 64_131
    # A minimum pensioner still pays nothing: pension 250 000 (2024) gives 16 610 + 713.15
    # + 12 750 = 30 073.15 of tax, below the 34 350 credit.
    assert tax_of(R2024, single(Income("pension", 250_000), age=70)) == 0


def test_the_2024_credit_no_longer_claims_to_be_the_2025_figures_and_asks_to_be_checked():
    credit = R2024.pension_credit
    assert "2025-satsene" not in credit.note
    assert (credit.max_credit, credit.threshold_1, credit.threshold_2) == (34_350, 258_400, 391_550)
    assert (credit.rate_1, credit.rate_2) == (0.167, 0.06)
    # From secondary sources only: every 2024 assessment lists it among the rates to check ...
    scenario = _scenario(2024, single(Income("pension", 300_000), age=70))
    unverified = [m for m in assess(scenario, R2024).warnings if m.code == "unverified_rules"]
    assert len(unverified) == 1 and "pension_credit" in unverified[0].params["groups"]
    # ... and once the figures are checked (verified = true) it is no longer listed.
    checked = dataclasses.replace(R2024, pension_credit=dataclasses.replace(credit, verified=True))
    listed = [m for m in assess(scenario, checked).warnings if m.code == "unverified_rules"]
    assert all("pension_credit" not in m.params["groups"] for m in listed)


def test_above_the_second_threshold_only_6_percent_more_is_taken_off():
    # The steps do not stack (Skatte-ABC S-13; Skatteetaten: the 2025 credit ceases at a pension
    # of about 615 100). 16.7 % runs from 276 400 to 422 950 only, then 6 % above 422 950.
    # Pension 500 000 (2025): 36 000 − 16.7 % × (422 950 − 276 400) − 6 % × (500 000 − 422 950)
    # = 36 000 − 24 473.85 − 4 623 = 6 903.15. Tax before the credit: alminnelig 500 000 − 73 150
    # − 108 550 = 318 300 × 22 % = 70 026; trinnskatt 88 650 × 1.7 % + 193 950 × 4 % = 1 507.05
    # + 7 758 = 9 265.05; trygdeavgift 5.1 % × 500 000 = 25 500 → 104 791.05 − 6 903.15
    # = 97 887.90 → 97 888.
    tax = person_tax(R2025.tax, 0.0, 500_000, credit=R2025.pension_credit)
    assert tax.pension_credit == pytest.approx(6_903.15)
    assert tax_of(R2025, single(Income("pension", 500_000), age=70)) == 97_888
    # Gone at 422 950 + (36 000 − 24 473.85) / 6 % = 422 950 + 192 102.50 = 615 052.50:
    # 610 000 still leaves 11 526.15 − 6 % × 187 050 = 303.15; 620 000 leaves nothing.
    at_610 = person_tax(R2025.tax, 0.0, 610_000, credit=R2025.pension_credit)
    assert at_610.pension_credit == pytest.approx(303.15)
    assert person_tax(R2025.tax, 0.0, 620_000, credit=R2025.pension_credit).pension_credit == 0.0


def test_the_vectorised_engine_takes_the_credit_off_the_same_way():
    # Same households as above: 2025 pension 500 000 → 97 888; 2024 pension 400 000 → 64 131.
    from leietileie.domain.batch import batch_from_households
    from leietileie.domain.vector import assess_batch

    for rules, pension, expected in ((R2025, 500_000, 97_888), (R2024, 400_000, 64_131)):
        scenario = _scenario(rules.year, single(Income("pension", pension), age=70))
        batch = batch_from_households([scenario.household], [scenario.dwelling])
        result = assess_batch(rules, batch, scenario.financing)
        assert result.tax_annual[0] == expected == assess(scenario, rules).to_json()["tax_annual"]


def test_uforetrygd_counts_in_the_reduction_base_but_gives_no_credit():
    # Uføretrygd only: no credit at all.
    only = person_tax(
        R2025.tax, 200_000, 0.0, disability_income=200_000, credit=R2025.pension_credit
    )
    assert only.pension_credit == 0.0
    # Pension 200 000 + uføretrygd 200 000: base 400 000 → credit 15 358.80 (as above).
    # minstefradrag: wage part min(46 % × 200 000, 92 000) = 92 000, pension part 73 150,
    # together at most 92 000; alminnelig 400 000 − 92 000 − 108 550 = 199 450 × 22 % = 43 879;
    # trinnskatt 5 265.05; trygdeavgift 7.7 % × 200 000 + 5.1 % × 200 000 = 25 600
    # → 74 744.05 − 15 358.80 = 59 385.25 → 59 385.
    both = single(Income("pension", 200_000), Income("disability_benefit", 200_000), age=66)
    assert tax_of(R2025, both) == 59_385


def test_every_year_has_a_dated_pension_credit_with_its_source():
    for rules in (R2024, R2025, R2026):
        group = rules.groups()["pension_credit"]
        assert "skatteetaten" in group.source.lower()
    assert R2025.pension_credit.verified
    assert (
        R2025.pension_credit.max_credit,
        R2025.pension_credit.threshold_1,
        R2025.pension_credit.threshold_2,
    ) == (36_000, 276_400, 422_950)


# 10. Capital income: 22 % only ----------------------------------------------------------------


def test_capital_income_is_taxed_22_percent_only():
    # Wage 500 000 (2025) leaves alminnelig inntekt above zero; 100 000 of capital income adds
    # exactly 22 % × 100 000 = 22 000 (no trygdeavgift, no trinnskatt, no minstefradrag).
    base = tax_of(R2025, single(Income("wage", 500_000)))
    assert base == 113_644  # reference-cases.md
    assert (
        tax_of(R2025, single(Income("wage", 500_000), Income("capital_income", 100_000)))
        == base + 22_000
    )
    # The same 100 000 as other taxable income (personinntekt) costs more:
    # trinnskatt and trygdeavgift.
    assert (
        tax_of(R2025, single(Income("wage", 500_000), Income("other_taxable", 100_000)))
        > base + 22_000
    )
    # Capital income alone: (200 000 − 108 550) × 22 % = 20 119.
    assert tax_of(R2025, single(Income("capital_income", 200_000))) == 20_119


# 4. Foreldrefradrag only for children aged 11 or younger --------------------------------------


def _family(child_ages: tuple[int, ...], special: tuple[bool, ...] | None = None) -> Household:
    special = special or tuple(False for _ in child_ages)
    children = tuple(
        Member("child", a, "M", special_care_needs=s)
        for a, s in zip(child_ages, special, strict=True)
    )
    return Household(
        members=(Member("applicant", 40, "F", (Income("wage", 500_000),)), *children),
        childcare_expenses_annual=40_000,
    )


def test_foreldrefradrag_counts_only_children_up_to_11():
    # Wage 500 000 in 2025: tax 113 644 with alminnelig 299 450 (reference case). Children 5 and 13,
    # 40 000 of childcare: only the 5-year-old counts → at most 25 000 → ordinary tax
    # 65 879 − 22 % × 25 000 = 60 379 → total 108 144 (before: 2 children, 40 000 → 104 844).
    assert tax_of(R2025, _family((5, 13))) == 108_144
    # The 13-year-old with special care needs counts: 25 000 + 15 000 = 40 000 → 104 844.
    assert tax_of(R2025, _family((5, 13), (False, True))) == 104_844
    # Teenagers only: no foreldrefradrag → 113 644.
    assert tax_of(R2025, _family((14, 16))) == 113_644


# 3. Rentefradrag ----------------------------------------------------------------------------


def test_rentefradrag_is_22_percent_while_alminnelig_inntekt_stays_above_zero():
    # reference-cases.md: wage 450 000 (2025) 96 794; with 60 000 interest 83 594 → 13 200.
    assert rentefradrag_annual(R2025, single(Income("wage", 450_000)), 60_000) == pytest.approx(
        13_200
    )


def test_rentefradrag_is_18_5_percent_in_tiltakssonen():
    # alminnelig 450 000 − 92 000 − 108 550 − 30 000 (finnmarksfradrag) = 219 450 > 60 000:
    # 18.5 % × 60 000 = 11 100.
    assert rentefradrag_annual(
        R2025, single(Income("wage", 450_000), tiltakssonen=True), 60_000
    ) == pytest.approx(11_100)


def test_rentefradrag_stops_when_alminnelig_inntekt_reaches_zero():
    # Wage 250 000 (2025): alminnelig 250 000 − 92 000 − 108 550 = 49 450, so 60 000 of interest
    # saves 22 % × 49 450 = 10 879, not 13 200.
    assert rentefradrag_annual(R2025, single(Income("wage", 250_000)), 60_000) == pytest.approx(
        10_879
    )
    # A pensioner whose credit already removes the tax saves nothing.
    assert rentefradrag_annual(
        R2025, single(Income("pension", 250_000), age=70), 60_000
    ) == pytest.approx(0)


def test_rentefradrag_takes_the_spousal_split_that_saves_most():
    # Applicant (room 49 450) and co-applicant wage 450 000 (room 249 450): the whole 60 000
    # can be deducted by someone → 13 200 (all on the applicant would give only 10 879).
    couple = Household(
        members=(
            Member("applicant", 40, "F", (Income("wage", 250_000),)),
            Member("co_applicant", 41, "M", (Income("wage", 450_000),)),
        )
    )
    assert rentefradrag_annual(R2025, couple, 60_000) == pytest.approx(13_200)


# 5. Dokumentavgift on the market value -------------------------------------------------------


def test_dokumentavgift_is_charged_on_the_market_value_not_a_lower_price():
    # Kartverket: 2.5 % of the market value 4 000 000 = 100 000 + deed 545 + mortgage 545 = 101 090
    # (reference-cases.md), although the municipality sells for 3 000 000.
    below = Dwelling(3_000_000, "freehold", market_value=4_000_000)
    assert purchase_costs(R2025, below, 2) == (101_090, 100_000)
    assert purchase_costs(R2025, Dwelling(3_000_000, "freehold"), 2) == (76_090, 75_000)


def test_the_register_valuation_is_the_market_value():
    unit = Unit("B-1", "Gata 1", "0150", "By", "freehold", valuation=4_000_000)
    dwelling = to_dwelling(unit, price=3_000_000)
    assert (dwelling.price, dwelling.value) == (3_000_000, 4_000_000)


# 8. Rule files --------------------------------------------------------------------------------


def test_tinglysing_was_500_in_2024():
    # 2024: 2.5 % × 4 000 000 + 2 × 500 = 101 000 (545 only from 2025).
    assert purchase_costs(R2024, Dwelling(4_000_000, "freehold"), 2) == (101_000, 100_000)
    assert purchase_costs(R2024, Dwelling(4_000_000, "cooperative"), 2) == (1_000, 0)


def _scenario(year: int, household: Household, price: float = 3_000_000, **financing) -> Scenario:
    values = dict(startlan_rate=0.0489, bank_rate=0.052)
    values.update(financing)
    return Scenario(year, household, Dwelling(price, "freehold", 2_500, 1_500), Financing(**values))


def test_every_2024_assessment_says_it_uses_the_2025_sifo_tables():
    a = assess(_scenario(2024, single(Income("wage", 600_000))), R2024)
    assert any(
        "SIFO-referansebudsjettet 2025" in w and "2024-utgaven er ikke lagt inn" in w
        for w in (m.text() for m in a.warnings)
    )
    assert not any(
        "SIFO-referansebudsjettet" in w.text()
        for w in assess(_scenario(2026, single(Income("wage", 600_000))), R2026).warnings
    )


def test_bostotte_ceilings_of_2024_and_2025_are_marked_unverified():
    assert not R2024.bostotte.verified and not R2025.bostotte.verified
    for rules in (R2024, R2025, R2026):
        for name, group in rules.groups().items():
            assert group.source, name


# 6. The policy rate of the rule year -------------------------------------------------------


def test_the_rule_years_policy_rate_seeds_the_stress_rate():
    # 2024: policy rate 4.5 % + 2.5 pp = 7.0 %; 2026: 4.0 % + 2.5 pp = 6.5 %.
    a = assess(_scenario(2024, single(Income("wage", 600_000))), R2024)
    assert a.stress_rate == pytest.approx(0.07)
    assert a.to_json()["policy_rate_source"] == "rules"
    assert assess(
        _scenario(2026, single(Income("wage", 600_000))), R2026
    ).stress_rate == pytest.approx(0.065)


def test_a_caseworkers_policy_rate_stays_an_override_and_is_shown_as_such():
    from leietileie.domain.output import explain

    a = assess(_scenario(2024, single(Income("wage", 600_000)), policy_rate=0.04), R2024)
    assert a.stress_rate == pytest.approx(0.065)
    assert a.to_json()["policy_rate_source"] == "override"
    assert any("satt av saksbehandler" in w.text() for w in a.warnings)
    assert "satt av saksbehandler" in explain(a)


# 2. Interest-only years ---------------------------------------------------------------------


def test_the_servicing_test_carries_the_loan_over_the_years_after_the_interest_only_period():
    # 15 000 kr a month at 6.5 % carries 2 373 162 over 30 years (reference-cases.md): a 38-year
    # term with 8 interest-only years must be repaid over 30 years, so the same 2 373 162.
    f = Financing(0.0489, 0.052, 0.04, term_years=38, interest_only_years=8)
    cap = capacity(R2026, Dwelling(3_000_000, "freehold"), f, 15_000, 0)
    assert cap.startlan_max == pytest.approx(2_373_162, abs=1)
    # A 2 500 000 startlån then costs 2 500 000 × 12 641.36 / 2 000 000 = 15 801.70 a month at
    # the stress rate over 30 years: more than 15 000, so the servicing test fails.
    plan, cap, _ = make_plan(
        R2026, Dwelling(2_400_000, "cooperative"), f, 0, 15_000, with_grant=False
    )
    assert plan.startlan == 2_400_000 + 2 * 545
    check = check_betjeningsevne(dataclasses.replace(plan, startlan=2_500_000), cap, f)
    assert check.limit == pytest.approx(15_801.70, abs=0.01) and not check.passed


# 7. Startlån fees ---------------------------------------------------------------------------


def test_a_startlan_has_no_husbanken_fees_but_the_municipalitys_own():
    s = _scenario(2026, single(Income("wage", 700_000)), price=2_500_000)
    plain = assess(s, R2026)
    assert plain.monthly_fees == 0 and plain.to_json()["establishment_fee"] == 0
    own = assess(
        dataclasses.replace(
            s,
            financing=dataclasses.replace(s.financing, instalment_fee=50, establishment_fee=1_000),
        ),
        R2026,
    )
    assert own.monthly_fees == 50 and own.monthly_payment == plain.monthly_payment + 50
    assert own.to_json()["establishment_fee"] == 1_000


# 11. A bank could lend alone ----------------------------------------------------------------


def test_bank_alone_sufficient():
    # Wage 1 400 000, savings 600 000, price 3 000 000 (2026): loan 3 000 000 + 75 000 + 1 090
    # − 600 000 = 2 476 090 ≤ 90 % × 3 000 000 = 2 700 000 and ≤ 5 × 1 400 000; the budget
    # carries it at max(5.2 % + 3, 7) = 8.2 %.
    rich = assess(_scenario(2026, single(Income("wage", 1_400_000), savings=600_000)), R2026)
    assert rich.bank_alone_sufficient and rich.to_json()["bank_alone_sufficient"] is True
    # Wage 500 000, no savings: 5 × 500 000 = 2 500 000 < 3 076 090 → no.
    modest = assess(_scenario(2026, single(Income("wage", 500_000))), R2026)
    assert modest.to_json()["bank_alone_sufficient"] is False


# 12. Suggestions within policy ---------------------------------------------------------------


def test_suggestions_stay_within_policy_and_say_so_when_nothing_works():
    weak = single(Income("wage", 420_000), age=60)
    a = assess(_scenario(2026, weak, price=4_500_000, grant_max=400_000, term_age_limit=75), R2026)
    assert a.verdict == "not_eligible"
    for s in a.suggestions:
        assert s.grant <= 400_000
        assert s.months <= 60
        assert s.term_years <= 15  # 75 − 60
        assert not (
            s.code == "grant" and not s.term_years
        )  # a grant above the maximum is never suggested
    assert [s.code for s in a.suggestions] == ["none"]
    assert "Ingen endring innenfor kommunens retningslinjer" in a.suggestions[0].text
    no_grants = assess(_scenario(2026, weak, price=4_500_000), R2026)
    assert "kommunen gir ikke tilskudd" in no_grants.suggestions[-1].text


def test_a_suggestion_is_never_the_current_plan():
    # With a grant in the plan already, the grant is not suggested again.
    a = assess(
        _scenario(2026, single(Income("wage", 560_000)), price=3_300_000, grant_max=600_000), R2026
    )
    assert a.verdict == "eligible_with_grant"
    assert all(
        s.code != "grant" or s.term_years != a.scenario.financing.term_years for s in a.suggestions
    )
    assert all(
        s.term_years != a.scenario.financing.term_years
        for s in a.suggestions
        if s.code == "longer_term"
    )


def test_saving_is_suggested_only_within_the_horizon():
    s = _scenario(
        2026,
        single(Income("wage", 560_000), current_rent_monthly=6_000),
        price=3_300_000,
        grant_max=600_000,
    )
    a = assess(s, R2026)
    save = [x for x in a.suggestions if x.code == "save"]
    assert save and save[0].months <= 60
    short = assess(
        dataclasses.replace(
            s, financing=dataclasses.replace(s.financing, saving_horizon_months=save[0].months - 1)
        ),
        R2026,
    )
    assert not [x for x in short.suggestions if x.code == "save"]


# 13. What is shown adds up ------------------------------------------------------------------


def test_the_largest_loan_shown_equals_the_loans_when_the_grant_covers_the_rest():
    a = assess(
        _scenario(2026, single(Income("wage", 560_000)), price=3_300_000, grant_max=600_000), R2026
    )
    out = a.to_json()
    assert out["verdict"] == "eligible_with_grant"
    assert out["max_total_loan"] == out["financing"]["bank_loan"] + out["financing"]["startlan"]


# Reference cases (whole households) -----------------------------------------------------------


def test_reference_tiltakssone_household():
    # 2025, wage 500 000 in tiltakssonen: alminnelig 500 000 − 92 000 − 108 550 − 30 000
    # = 269 450 × 18.5 % = 49 848.25; trinnskatt 9 265.05; trygdeavgift 7.7 % = 38 500
    # → 97 613.30 → 97 613.
    assert tax_of(R2025, single(Income("wage", 500_000), tiltakssonen=True)) == 97_613


def test_reference_family_with_teenagers_and_childcare():
    # 2026: applicant wage 500 000, children 8, 13 and 15, 30 000 of SFO expenses. Only the
    # 8-year-old counts: foreldrefradrag min(30 000, 15 000) = 15 000.
    # minstefradrag min(46 % × 500 000, 95 700) = 95 700; alminnelig 500 000 − 95 700 − 15 000
    # − 114 540 = 274 760 × 22 % = 60 447.20; trinnskatt (318 300 − 226 100) × 1.7 % + (500 000
    # − 318 300) × 4 % = 1 567.40 + 7 268 = 8 835.40; trygdeavgift 7.6 % = 38 000
    # → 107 282.60 → 107 283.
    family = Household(
        members=(
            Member("applicant", 42, "F", (Income("wage", 500_000),)),
            Member("child", 8, "M"),
            Member("child", 13, "F"),
            Member("child", 15, "M"),
        ),
        childcare_expenses_annual=30_000,
    )
    assert tax_of(R2026, family) == 107_283


def test_the_default_plan_is_bank_first_when_the_bank_can_partly_finance():
    # Wage 900 000, price 3 000 000, no savings: the bank lends up to 90 % × 3 000 000
    # = 2 700 000 (less than the 3 076 090 needed) and the budget carries that at 8.2 % plus a
    # startlån of 376 090 at 6.5 %: bank first, startlån on top.
    s = _scenario(2026, single(Income("wage", 900_000)), mode="auto")
    a = assess(s, R2026)
    assert a.scenario.financing.mode == "bank_first"
    assert (a.plan.bank_loan, a.plan.startlan, a.verdict) == (
        2_700_000,
        3_000_000 + 75_000 + 3 * 545 - 2_700_000,
        "eligible",
    )
    # Wage 600 000: the bank can lend part (its limit is 2 700 000 > 0, and 5 × 600 000 leaves
    # room), so bank first too (it used to be startlån only), with the bank's part no larger
    # than the budget can bear beside the startlån (the figures: test below).
    modest = assess(_scenario(2026, single(Income("wage", 600_000)), mode="auto"), R2026)
    assert modest.scenario.financing.mode == "bank_first" and modest.verdict == "eligible"
    # Existing debt already above 5 × income: the bank can lend nothing → startlån only.
    from leietileie.domain.model import Debt

    indebted = single(Income("wage", 300_000), debts=(Debt("other", 1_600_000, 0),))
    b = assess(_scenario(2026, indebted, mode="auto"), R2026)
    assert b.scenario.financing.mode == "startlan_only" and b.plan.bank_loan == 0
    # A scenario file without a mode gets the default plan.
    from leietileie.domain.scenario_io import scenario_from_dict, scenario_to_dict

    data = scenario_to_dict(s)
    data["financing"].pop("mode")
    assert scenario_from_dict(data).financing.mode == "auto"


# Audit gaps (issue 9 items 3 and 4): deductions go to the spouse where they save most -------


def _couple(applicant_wage: float, co_wage: float, *children: int, **kw) -> Household:
    applicant_incomes = (Income("wage", applicant_wage),) if applicant_wage else ()
    return Household(
        members=(
            Member("applicant", 38, "F", applicant_incomes),
            Member("co_applicant", 40, "M", (Income("wage", co_wage),)),
            *(Member("child", age, "M") for age in children),
        ),
        **kw,
    )


def _batch_tax(rules, household: Household) -> float:
    from leietileie.domain.batch import batch_from_households
    from leietileie.domain.vector import assess_batch

    scenario = _scenario(rules.year, household)
    batch = batch_from_households([household], [scenario.dwelling])
    return float(assess_batch(rules, batch, scenario.financing).tax_annual[0])


def test_existing_interest_goes_to_the_spouse_who_can_deduct_it():
    # 2025: only the co-applicant earns (wage 500 000: alminnelig 500 000 − 92 000 − 108 550
    # = 299 450, tax 113 644 as in reference-cases.md). 40 000 of existing interest all on the
    # co-applicant (domain.md §5: split between the spouses to their best): alminnelig
    # 299 450 − 40 000 = 259 450 × 22 % = 57 079; trinnskatt 9 265.05; trygdeavgift 38 500
    # → 104 844.05 → 104 844 (saves 22 % × 40 000 = 8 800; an even split saved only 4 400).
    couple = _couple(0, 500_000, existing_interest_annual=40_000)
    assert tax_of(R2025, couple) == 104_844
    assert _batch_tax(R2025, couple) == 104_844
    # The applicant earning 250 000 has room for 49 450 only (250 000 − 92 000 − 108 550);
    # 120 000 of interest: 49 450 on her, 70 550 on him → saves 22 % × 120 000 = 26 400.
    # Applicant: ordinary 0; trinnskatt (250 000 − 217 400) × 1.7 % = 554.20; trygdeavgift
    # 7.7 % × 250 000 = 19 250 → 19 804.20. Co-applicant: (299 450 − 70 550) × 22 % = 50 358
    # + 9 265.05 + 38 500 = 98 123.05. Household 117 927.25; shown 19 804 + 98 123 = 117 927.
    partly = _couple(250_000, 500_000, existing_interest_annual=120_000)
    assert tax_of(R2025, partly) == 117_927
    assert _batch_tax(R2025, partly) == 117_927


def test_new_interest_only_saves_in_the_room_existing_interest_leaves():
    # As above (2025, only the co-applicant earns 500 000, 40 000 existing interest): the room
    # left is 299 450 − 40 000 = 259 450, so 300 000 of new interest saves 22 % × 259 450
    # = 57 079 (the lost even split had left 279 450 of room: 61 479).
    couple = _couple(0, 500_000, existing_interest_annual=40_000)
    assert rentefradrag_annual(R2025, couple, 300_000) == pytest.approx(57_079)


def test_foreldrefradrag_goes_to_the_parent_with_taxable_income():
    # 2025: the applicant has no income, the co-applicant earns 500 000; one child of 5 and
    # 30 000 of kindergarten: foreldrefradrag min(30 000, 25 000) = 25 000, on the co-applicant:
    # (299 450 − 25 000) × 22 % = 60 379 + 9 265.05 + 38 500 = 108 144.05 → 108 144
    # (on the applicant it was lost: 113 644).
    couple = _couple(0, 500_000, 5, childcare_expenses_annual=30_000)
    assert tax_of(R2025, couple) == 108_144
    assert _batch_tax(R2025, couple) == 108_144


def test_foreldrefradrag_is_split_between_the_parents_when_one_has_too_little_room():
    # 2025: applicant wage 210 000 → minstefradrag min(46 % × 210 000, 92 000) = 92 000,
    # alminnelig 210 000 − 92 000 − 108 550 = 9 450 (her room). Children 5 and 8, 40 000 of
    # expenses → foreldrefradrag 25 000 + 15 000 = 40 000: 9 450 on her, 30 550 on him.
    # Applicant: ordinary 0; no trinnskatt (below 217 400); trygdeavgift 7.7 % × 210 000
    # = 16 170 (phase-in cap 25 % × 110 350 = 27 587.50 does not bind) → 16 170.
    # Co-applicant: (299 450 − 30 550) × 22 % = 59 158 + 9 265.05 + 38 500 = 106 923.05.
    # Household 123 093.05 → shown 16 170 + 106 923 = 123 093.
    couple = _couple(210_000, 500_000, 5, 8, childcare_expenses_annual=40_000)
    assert tax_of(R2025, couple) == 123_093
    assert _batch_tax(R2025, couple) == 123_093


def test_foreldrefradrag_counts_an_11_year_old_but_not_a_12_year_old():
    # 2025, wage 500 000 (tax 113 644, alminnelig 299 450), 40 000 of childcare.
    # A child of 11 counts: min(40 000, 25 000) = 25 000 → (299 450 − 25 000) × 22 % = 60 379
    # + 9 265.05 + 38 500 = 108 144.05 → 108 144. A child of 12 does not: 113 644.
    assert tax_of(R2025, _family((11,))) == 108_144
    assert tax_of(R2025, _family((12,))) == 113_644
    assert _batch_tax(R2025, _family((11,))) == 108_144
    assert _batch_tax(R2025, _family((12,))) == 113_644


# 12. A suggestion, applied, works (audit: the grant's own mortgage deed) ----------------------


def _apply(scenario: Scenario, suggestion) -> Scenario:
    """The scenario as the caseworker changes it to follow a suggestion."""
    f, household = scenario.financing, scenario.household
    if suggestion.code == "longer_term":
        f = dataclasses.replace(f, term_years=suggestion.term_years)
    elif suggestion.code == "grant":
        f = dataclasses.replace(f, term_years=suggestion.term_years, grant_max=suggestion.grant)
    elif suggestion.code == "save":
        household = dataclasses.replace(
            household, savings=household.savings + suggestion.monthly_saving * suggestion.months
        )
    return dataclasses.replace(scenario, household=household, financing=f)


def test_a_suggested_grant_pays_for_its_own_mortgage_deed():
    # 2026, single woman of 60, wage 520 000, freehold 3 300 000, running costs 2 500 + 1 500,
    # no savings, grants up to 400 000.
    # Tax: minstefradrag 95 700; alminnelig 520 000 − 95 700 − 114 540 = 309 760 × 22 %
    # = 68 147.20; trinnskatt 92 200 × 1.7 % + 201 700 × 4 % = 1 567.40 + 8 068 = 9 635.40;
    # trygdeavgift 7.6 % × 520 000 = 39 520 → 117 302.60. Net (520 000 − 117 302.60) / 12
    # = 33 558.12. SIFO 2026 (woman 51–70, transit 20–66, one person): 3 900 + 1 090 + 980
    # + 1 080 + 1 019 + 400 + 590 + 550 + 2 570 = 12 179 (above the 8 300 floor).
    # Available for loans 33 558.12 − 12 179 − 4 000 = 17 379.12 a month.
    # At the stress rate 4.00 + 2.5 = 6.5 % over 50 years (the longest term) that carries
    # 17 379.12 × (1 − (1 + 0.065/12)^−600) / (0.065/12) = 3 082 951 of startlån.
    # Need with a grant: 3 300 000 + 2.5 % × 3 300 000 (82 500) + 3 × 545 (deed, startlån and
    # the grant's mortgage deed) = 3 384 135 → grant 3 384 135 − 3 082 951 = 301 184
    # (the grant without its own deed, 300 639, leaves the case 545 kr short).
    woman = single(Income("wage", 520_000), age=60)
    scenario = _scenario(2026, woman, price=3_300_000, grant_max=400_000)
    a = assess(scenario, R2026)
    assert a.verdict == "not_eligible"
    grant = [s for s in a.suggestions if s.code == "grant"]
    assert [(s.term_years, s.grant) for s in grant] == [(50, 301_184)]
    applied = assess(_apply(scenario, grant[0]), R2026)
    assert applied.verdict == "eligible_with_grant"
    assert applied.plan.grant == 301_184 and applied.plan.tinglysing_documents == 3


@pytest.mark.parametrize(
    ("wage", "price", "grant_max", "savings", "rent", "mode"),
    [
        (520_000, 3_300_000, 400_000, 0, 0, "startlan_only"),
        (520_000, 3_300_000, 400_000, 0, 6_000, "startlan_only"),
        (560_000, 3_300_000, 600_000, 0, 6_000, "startlan_only"),
        (560_000, 3_500_000, 400_000, 50_000, 8_000, "auto"),
        (700_000, 4_200_000, 400_000, 100_000, 9_000, "bank_first"),
        (480_000, 2_900_000, 250_000, 20_000, 5_000, "auto"),
        (620_000, 3_000_000, 300_000, 0, 0, "auto"),
    ],
)
def test_every_suggestion_applied_gives_an_eligible_case(
    wage, price, grant_max, savings, rent, mode
):
    household = single(Income("wage", wage), age=45, savings=savings, current_rent_monthly=rent)
    scenario = _scenario(2026, household, price=price, grant_max=grant_max, mode=mode)
    a = assess(scenario, R2026)
    assert a.verdict != "eligible" or not a.suggestions
    for suggestion in a.suggestions:
        if suggestion.code == "none":
            continue
        applied = assess(_apply(scenario, suggestion), R2026)
        assert applied.verdict != "not_eligible", suggestion
        if suggestion.code in ("longer_term", "save"):
            assert applied.verdict == "eligible", suggestion


def test_bank_first_lends_what_the_budget_can_bear_beside_the_startlan():
    # 2026, woman 45, wage 600 000; freehold 3 000 000, running costs 2 500 + 1 500; no savings.
    # Tax: alminnelig 600 000 − 95 700 − 114 540 = 389 760 × 22 % = 85 747.20; trinnskatt
    # 1 567.40 + 281 700 × 4 % = 12 835.40; trygdeavgift 45 600 → 144 182.60; net
    # (600 000 − 144 182.60) / 12 = 37 984.78. SIFO 2026 (woman 25–50): 4 280 + 1 090 + 1 020
    # + 1 080 + 1 019 + one person 4 110 = 12 599. For loans 37 984.78 − 12 599 − 4 000
    # = 21 385.78 a month.
    # Loans: 3 000 000 + 75 000 + 3 × 545 = 3 076 635. The bank's limit is 90 % × 3 000 000
    # = 2 700 000 (its stress cap 21 385.78 × 133.73374 = 2 860 000 is higher), but at 8.2 % the
    # bank part costs 7 477.54 a month per million against startlån's 6 320.68 at 6.5 %
    # (30 years each), so the bank may lend at most
    # (21 385.78 − 3.076635 × 6 320.68) / (0.00747754 − 0.00632068) = 1 676 391
    # for the rest, 1 400 244 of startlån, still to be carried (domain.md §4: available for loans
    # must cover both loans at their stress rates). At the bank's full limit the startlån could
    # reach only (21 385.78 − 2.7 × 7 477.54) × 158.21082 = 189 289 of the 376 635 needed:
    # a plan startlån alone carries (max 3 383 462) would have failed for being bank first.
    s = _scenario(2026, single(Income("wage", 600_000)), mode="bank_first")
    a = assess(s, R2026)
    assert (a.plan.bank_loan, a.plan.startlan, a.plan.grant) == (1_676_391, 1_400_244, 0)
    assert a.verdict == "eligible" and a.checks[0].passed
    # The largest loans the budget carries, the bank's part chosen at best: no bank part,
    # 21 385.78 × 158.21082 = 3 383 462 (at the bank's limit 2 700 000 + 189 289 = 2 889 289);
    # not the planned loans 3 076 635, which merely fill the need.
    assert a.max_total_loan == 3_383_462
    # The vectorised engine plans the same.
    from leietileie.domain.batch import batch_from_households
    from leietileie.domain.vector import assess_batch

    for mode in ("bank_first", "auto"):
        f = dataclasses.replace(s.financing, mode=mode)
        result = assess_batch(R2026, batch_from_households([s.household], [s.dwelling]), f)
        assert (result.bank_loan[0], result.startlan[0]) == (1_676_391, 1_400_244)
        assert result.max_total_loan[0] == 3_383_462
        assert result.verdict_names() == ["eligible"]


def test_saving_months_count_the_equity_needed_without_a_grant_deed():
    # The 60-year-old of the grant test (2026, wage 520 000, 3 300 000, no savings), paying
    # 6 279 of rent: available for housing 33 558.12 − 12 179 = 21 379.12, so she can save
    # floor(21 379.12 − 6 279) = 15 100 a month. Over 30 years at 6.5 % the budget carries
    # 17 379.12 × 158.21082 = 2 749 564 of startlån. Saving instead of a grant, there is no
    # grant deed: she needs 3 300 000 + 82 500 + 2 × 545 − 2 749 564 = 634 026 of equity,
    # ceil(634 026 / 15 100) = ceil(41.99) = 42 months (counting the grant's deed, 634 571,
    # gave 43).
    woman = single(Income("wage", 520_000), age=60, current_rent_monthly=6_279)
    scenario = _scenario(2026, woman, price=3_300_000)
    a = assess(scenario, R2026)
    save = [s for s in a.suggestions if s.code == "save"]
    assert [(s.monthly_saving, s.months) for s in save] == [(15_100, 42)]
    assert assess(_apply(scenario, save[0]), R2026).verdict == "eligible"
    # Screening counts the same months.
    from leietileie.domain.batch import batch_from_households
    from leietileie.domain.vector import assess_batch

    batch = batch_from_households([scenario.household], [scenario.dwelling])
    assert assess_batch(R2026, batch, scenario.financing).months_to_save[0] == 42


# Trinnskatt in tiltakssonen --------------------------------------------------------------------


def test_step_3_of_trinnskatt_was_2_points_lower_in_tiltakssonen_up_to_2024():
    # Skatteetaten (the Finnmark allowance): a lower bracket-3 rate in tiltakssonen up to and
    # including the 2024 income year. 2024, personinntekt 800 000:
    #   step 1 (292 850 − 208 050) × 1.7 % = 1 441.60
    #   step 2 (670 000 − 292 850) × 4.0 % = 15 086.00
    #   step 3 (800 000 − 670 000) × 13.6 % = 17 680.00 → 34 207.60 outside the zone
    #                               × 11.6 % = 15 080.00 → 31 607.60 in tiltakssonen
    assert person_tax(R2024.tax, 800_000).trinnskatt == pytest.approx(34_207.60)
    assert person_tax(R2024.tax, 800_000, tiltakssonen=True).trinnskatt == pytest.approx(31_607.60)
    # From 2025 the same steps everywhere: (306 050 − 217 400) × 1.7 % + (697 150 − 306 050)
    # × 4.0 % + (800 000 − 697 150) × 13.7 % = 1 507.05 + 15 644 + 14 090.45 = 31 241.50
    for zone in (False, True):
        assert person_tax(R2025.tax, 800_000, tiltakssonen=zone).trinnskatt == pytest.approx(
            31_241.50
        )


def test_the_vectorised_engine_uses_tiltakssonens_steps_too():
    from leietileie.domain.batch import batch_from_households
    from leietileie.domain.vector import assess_batch

    household = single(Income("wage", 800_000), tiltakssonen=True)
    scenario = _scenario(2024, household)
    batch = batch_from_households([scenario.household], [scenario.dwelling])
    result = assess_batch(R2024, batch, scenario.financing)
    scalar = assess(scenario, R2024).to_json()["tax_annual"]
    outside = assess(_scenario(2024, single(Income("wage", 800_000))), R2024).to_json()
    assert result.tax_annual[0] == scalar
    # In the zone: 2 600 less trinnskatt, 3.5 % less on alminnelig inntekt and the 30 000
    # finnmarksfradrag; the trinnskatt part alone is 17 680 − 15 080 = 2 600.
    assert outside["tax_annual"] - scalar > 2_600
