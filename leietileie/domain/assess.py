"""One assessment: a household, a dwelling and financing assumptions → figures and a verdict.

The output fields are those of ../shared/scenario-format.md; everything else a caseworker or
a letter needs (budget lines, checks, suggestions, the comparison with rent) rides along.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass

from ..rules.model import RuleSet
from .budget import Budget, budget, deduction_room, household_taxes, ordinary_rate
from .comparison import (
    BostotteEstimate,
    approved_costs_owning,
    approved_costs_renting,
    bostotte,
)
from .financing import (
    Capacity,
    Check,
    Plan,
    Reason,
    bank_alone_sufficient,
    bank_checks,
    check_betjeningsevne,
    make_plan,
    resolve_financing,
    resolve_mode,
)
from .loans import Schedule, first_payment, first_year_interest, schedule
from .messages import RULE_GROUP_LABELS, Message
from .model import INCOME_KINDS, TEMPORARY_INCOME, Household, Scenario
from .money import round_kr

MAX_TERM_YEARS = 50
#: The rule groups' names in bokmål (``messages.RULE_GROUP_LABELS`` holds every language).
RULE_GROUP_LABELS_NB = RULE_GROUP_LABELS["nb"]


@dataclass(frozen=True)
class Suggestion:
    code: str  # longer_term | grant | save | none
    message: Message
    term_years: int = 0
    grant: int = 0
    monthly_saving: int = 0
    months: int = 0

    @property
    def text(self) -> str:
        """In bokmål (the command line, the fixed output)."""
        return self.message.text()

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "code": self.code,
            "text": self.text,
            "text_code": self.message.to_json(),
        }
        for key in ("term_years", "grant", "monthly_saving", "months"):
            if getattr(self, key):
                data[key] = getattr(self, key)
        return data


@dataclass(frozen=True)
class Assessment:
    scenario: Scenario
    rules: RuleSet
    budget: Budget
    stress_rate: float
    bank_stress_rate: float
    max_total_loan: int
    plan: Plan
    grant_needed: int
    monthly_payment_bank: int
    monthly_payment_startlan: int
    monthly_fees: int
    rentefradrag_monthly: int
    bostotte_renting: BostotteEstimate
    bostotte_owning: BostotteEstimate
    checks: tuple[Check, ...]
    verdict: str
    reasons: tuple[Reason, ...]
    suggestions: tuple[Suggestion, ...]
    warnings: tuple[Message, ...]
    #: The bank's rules alone would finance the whole purchase (no startlån needed).
    bank_alone_sufficient: bool = False
    #: The municipality's own establishment fee on the startlån (policy; default none).
    establishment_fee: int = 0

    @property
    def policy_rate(self) -> float:
        rate = self.scenario.financing.policy_rate
        return self.rules.startlan.policy_rate if rate is None else rate

    @property
    def policy_rate_overridden(self) -> bool:
        """The caseworker's own policy rate, not the rule set's figure for the year."""
        return not self.scenario.financing.policy_rate_seeded

    @property
    def monthly_payment(self) -> int:
        return self.monthly_payment_bank + self.monthly_payment_startlan + self.monthly_fees

    @property
    def monthly_cost_owning(self) -> int:
        return self.monthly_payment + round_kr(self.budget.housing_running_costs_monthly)

    @property
    def monthly_cost_owning_after_tax(self) -> int:
        return self.monthly_cost_owning - self.rentefradrag_monthly

    @property
    def monthly_cost_renting(self) -> int:
        return round_kr(self.scenario.household.current_rent_monthly)

    @property
    def surplus_monthly(self) -> float:
        """What is left of the budget after the planned loans at the stress rates."""
        return next(c.value - c.limit for c in self.checks if c.code == "betjeningsevne")

    def startlan_schedule(self) -> Schedule:
        f = self.scenario.financing
        return schedule(
            float(self.plan.startlan),
            f.startlan_rate,
            f.term_years,
            f.repayment,
            interest_only_years=f.interest_only_years,
            fee_per_payment=f.instalment_fee,
        )

    def to_json(self) -> dict[str, object]:
        from .output import assessment_json

        return assessment_json(self)


def _loan_payments(scenario: Scenario, rules: RuleSet, plan: Plan) -> tuple[int, int, int, float]:
    """First month's payments at the actual rates: bank, startlån, fees; first-year interest."""
    f = scenario.financing
    bank = first_payment(float(plan.bank_loan), f.bank_rate, f.bank_term_years, "annuity")
    if plan.startlan > 0:
        sched = schedule(
            float(plan.startlan),
            f.startlan_rate,
            f.term_years,
            f.repayment,
            interest_only_years=f.interest_only_years,
        )
        startlan = float(sched.payment[0])
        interest = float(sched.interest[:12].sum())
    else:
        startlan, interest = 0.0, 0.0
    interest += first_year_interest(
        float(plan.bank_loan), f.bank_rate, f.bank_term_years, "annuity"
    )
    # Husbanken's own fees do not apply to a municipality's startlån; only the municipality's.
    fees = f.instalment_fee if plan.startlan > 0 else 0.0
    return round_kr(bank), round_kr(startlan), round_kr(fees), interest


def _interest_room(rules: RuleSet, household: Household, role: str) -> float:
    """How much more interest lowers this spouse's tax (``budget.deduction_room``), after the
    household's own deductions have taken their share."""
    for t in household_taxes(rules, household):
        if t.role == role:
            return deduction_room(t.tax, ordinary_rate(rules, household))
    return 0.0


def rentefradrag_annual(rules: RuleSet, household: Household, interest: float) -> float:
    """The tax the new loans' interest saves: tax without minus tax with the interest, split
    between the spouses the way that saves most (it saves only while alminnelig inntekt stays
    above zero; 22 %, 18.5 % in tiltakssonen)."""
    if interest <= 0:
        return 0.0
    without = sum(t.tax.total for t in household_taxes(rules, household))
    splits = [(interest, 0.0)]
    if household.is_couple:
        first = min(interest, _interest_room(rules, household, "applicant"))
        second = min(interest, _interest_room(rules, household, "co_applicant"))
        splits += [
            (0.0, interest),
            (interest / 2, interest / 2),
            (first, interest - first),
            (interest - second, second),
        ]
    best = min(
        sum(t.tax.total for t in household_taxes(rules, household, split)) for split in splits
    )
    return max(0.0, without - best)


def _verdict(available: float, grant_needed: int, grant_max: float) -> str:
    if available > 0 and grant_needed <= 0:
        return "eligible"
    if available > 0 and 0 < grant_needed <= grant_max:
        return "eligible_with_grant"
    return "not_eligible"


def _reasons(
    verdict: str, available: float, grant_needed: int, grant_max: float, shortfall: int
) -> tuple[Reason, ...]:
    if verdict != "not_eligible":
        return ()
    if available <= 0:
        return (Reason("no_capacity", {"available_monthly": round_kr(available)}),)
    reasons = [Reason("insufficient_servicing", {"shortfall_monthly": shortfall})]
    if grant_max > 0:
        reasons.append(
            Reason(
                "grant_above_max", {"grant_needed": grant_needed, "grant_max": round_kr(grant_max)}
            )
        )
    return tuple(reasons)


def _applicant_age(scenario: Scenario) -> int | None:
    return next((m.age for m in scenario.household.members if m.role == "applicant"), None)


def _suggestions(
    scenario: Scenario,
    rules: RuleSet,
    cap: Capacity,
    grant_needed: int,
    rent_surplus: float,
    verdict: str,
) -> tuple[Suggestion, ...]:
    """What would make the case work, within the municipality's policy: a longer term (at most
    50 years, and not past the age limit when one is set), a grant (only when grants are on and
    within the maximum), saving (only within the saving horizon). Never the current plan."""
    if grant_needed <= 0:
        return ()
    f = scenario.financing
    out: list[Suggestion] = []
    if cap.available > 0:
        age = _applicant_age(scenario)
        longest = MAX_TERM_YEARS
        if f.term_age_limit is not None and age is not None:
            longest = min(longest, f.term_age_limit - age)

        def grant_at(term: int) -> int:
            """The grant the loans leave uncovered at this term, re-planned as the caseworker
            would assess it: with the grant's own mortgage deed among the purchase costs."""
            _, _, gap = make_plan(
                rules,
                scenario.dwelling,
                dataclasses.replace(f, term_years=term),
                scenario.household.savings,
                cap.available,
                with_grant=True,
            )
            return gap

        # The uncovered gap never grows with the term: find the shortest term that closes it.
        low, high = f.term_years + 1, longest
        if low <= high and grant_at(high) <= 0:
            while low < high:
                middle = (low + high) // 2
                if grant_at(middle) <= 0:
                    high = middle
                else:
                    low = middle + 1
            out.append(
                Suggestion("longer_term", Message("longer_term", {"years": low}), term_years=low)
            )
        elif longest > f.term_years and f.grant_max > 0:
            grant = grant_at(longest)
            if 0 < grant <= f.grant_max:
                out.append(
                    Suggestion(
                        "grant",
                        Message("grant_term", {"years": longest, "grant": grant}),
                        term_years=longest,
                        grant=grant,
                    )
                )
        saving = math.floor(rent_surplus)
        if saving > 0:
            # Saving instead of a grant: the equity the loans leave uncovered, without the
            # grant's own mortgage deed.
            _, _, shortfall = make_plan(
                rules,
                scenario.dwelling,
                f,
                scenario.household.savings,
                cap.available,
                with_grant=False,
            )
            months = math.ceil(shortfall / saving)
            if 0 < months <= f.saving_horizon_months:
                out.append(
                    Suggestion(
                        "save",
                        Message("save", {"saving": saving, "months": months}),
                        monthly_saving=saving,
                        months=months,
                    )
                )
    if not out and verdict == "not_eligible":
        longest = MAX_TERM_YEARS
        age = _applicant_age(scenario)
        if f.term_age_limit is not None and age is not None:
            longest = max(0, min(longest, f.term_age_limit - age))
        limits: dict[str, object] = {"years": longest, "months": f.saving_horizon_months}
        if f.grant_max > 0:
            none = Message("none", {**limits, "grant": f.grant_max})
        else:
            none = Message("none_no_grant", limits)
        out.append(Suggestion("none", none))
    return tuple(out)


def _warnings(
    scenario: Scenario, rules: RuleSet, plan: Plan, checks: list[Check], bank_alone: bool
) -> tuple[Message, ...]:
    out = []
    if rules.sifo.edition != rules.year:
        out.append(Message("sifo_edition", {"year": rules.year, "edition": rules.sifo.edition}))
    f = scenario.financing
    if (
        not f.policy_rate_seeded
        and f.policy_rate is not None
        and abs(f.policy_rate - rules.startlan.policy_rate) > 1e-12
    ):
        out.append(
            Message(
                "policy_rate_override",
                {
                    "rate": f.policy_rate,
                    "year": rules.year,
                    "rule_rate": rules.startlan.policy_rate,
                },
            )
        )
    kinds = {i.kind for m in scenario.household.members for i in m.incomes}
    temporary = [k for k in INCOME_KINDS if k in kinds and k in TEMPORARY_INCOME]
    if temporary:
        out.append(Message("temporary_income", {"kinds": temporary}))
    for check in checks:
        if check.code.startswith("bank_") and not check.passed:
            out.append(Message("flexibility_quota", {"check": check.code}))
    if plan.startlan > 0 and bank_alone:
        out.append(Message("bank_alone"))
    if scenario.financing.term_years > rules.startlan.max_term_years:
        out.append(Message("long_term", {"years": rules.startlan.max_term_years}))
    if scenario.household.living_costs_monthly_override is not None:
        reason = scenario.household.living_costs_override_reason
        out.append(Message("living_costs_override", {"reason": reason}))
    unverified = [name for name, group in rules.groups().items() if not group.verified]
    if unverified:
        out.append(Message("unverified_rules", {"groups": unverified}))
    return tuple(out)


def assess(scenario: Scenario, rules: RuleSet, *, municipality_group: int = 4) -> Assessment:
    """Assess one scenario under one rule set."""
    f = resolve_financing(rules, scenario.financing)
    if f is not scenario.financing:
        scenario = dataclasses.replace(scenario, financing=f)
    household, dwelling = scenario.household, scenario.dwelling
    b = budget(rules, household, dwelling)
    available = b.available_for_loans_monthly
    if f.mode == "auto":
        f = resolve_mode(
            rules,
            dwelling,
            f,
            household.savings,
            available,
            household.gross_income_annual,
            household.debt_balance,
        )
        scenario = dataclasses.replace(scenario, financing=f)
    _, cap, grant_needed = make_plan(
        rules, dwelling, f, household.savings, available, with_grant=True
    )
    verdict = _verdict(available, grant_needed, f.grant_max)
    plan, cap, _ = make_plan(
        rules,
        dwelling,
        f,
        household.savings,
        available,
        with_grant=verdict == "eligible_with_grant",
    )
    bank_pay, startlan_pay, fees, interest = _loan_payments(scenario, rules, plan)
    checks = [check_betjeningsevne(plan, cap, f)]
    if f.mode == "bank_first":
        checks += bank_checks(
            rules, plan, cap, dwelling, f, household.gross_income_annual, household.debt_balance
        )
    shortfall = round_kr(max(0.0, checks[0].limit - checks[0].value))
    rent_surplus = b.available_for_housing_monthly - household.current_rent_monthly
    loan_payment = bank_pay + startlan_pay
    bank_alone = bank_alone_sufficient(
        rules,
        dwelling,
        f,
        household.savings,
        available,
        household.gross_income_annual,
        household.debt_balance,
    )
    return Assessment(
        scenario=scenario,
        rules=rules,
        budget=b,
        stress_rate=cap.startlan_stress,
        bank_stress_rate=cap.bank_stress,
        max_total_loan=cap.max_total_loan if available > 0 else 0,
        plan=plan,
        grant_needed=max(grant_needed, 0),
        monthly_payment_bank=bank_pay,
        monthly_payment_startlan=startlan_pay,
        monthly_fees=fees,
        rentefradrag_monthly=round_kr(rentefradrag_annual(rules, household, interest) / 12),
        bostotte_renting=bostotte(
            rules.bostotte, household, approved_costs_renting(household), municipality_group
        ),
        bostotte_owning=bostotte(
            rules.bostotte,
            household,
            approved_costs_owning(rules.bostotte, dwelling, loan_payment),
            municipality_group,
        ),
        checks=tuple(checks),
        verdict=verdict,
        reasons=_reasons(verdict, available, grant_needed, f.grant_max, shortfall),
        suggestions=_suggestions(scenario, rules, cap, grant_needed, rent_surplus, verdict),
        warnings=_warnings(scenario, rules, plan, checks, bank_alone),
        bank_alone_sufficient=bank_alone,
        establishment_fee=round_kr(f.establishment_fee) if plan.startlan > 0 else 0,
    )
