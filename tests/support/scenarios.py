"""Scenarios shared by tests: the whole-scenario reference case of reference-cases.md."""

from leietileie.domain.model import Dwelling, Financing, Household, Income, Member, Scenario


def whole_scenario() -> Scenario:
    household = Household(
        members=(
            Member("applicant", 33, "F", (Income("wage", 430_000),)),
            Member("co_applicant", 36, "M", (Income("wage", 390_000),)),
            Member("child", 7, "M", transit_pass=False),
        ),
        tax_free_income_monthly=2_012,
        other_fixed_costs_monthly=1_900,
        savings=120_000,
        car="none",
    )
    return Scenario(
        year=2026,
        household=household,
        dwelling=Dwelling(
            3_300_000, "freehold", common_costs_monthly=2_900, other_running_costs_monthly=1_800
        ),
        financing=Financing(
            mode="startlan_only",
            term_years=30,
            repayment="annuity",
            startlan_rate=0.0489,
            bank_rate=0.052,
            policy_rate=0.04,
            grant_max=0,
        ),
    )
