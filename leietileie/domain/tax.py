"""Personal income tax, per person (spouses are taxed separately). domain.md §5.

personinntekt = wages + taxable benefits + pensions (capital income is not personinntekt)
trygdeavgift  = 0 at or below the lower limit, else
                min(Σ rate × income by type, phase-in rate × (personinntekt − limit))
minstefradrag = per type (46 % wages/benefits, 40 % pensions), each up to its maximum,
                combined at most the wage maximum
alminnelig    = personinntekt + capital income − minstefradrag − interest − foreldrefradrag
                − personfradrag (finnmarksfradrag in tiltakssonen), floor 0, taxed at 22 % (18.5 %)
trinnskatt    = on gross personinntekt, by steps
pension credit = skattefradrag for pensjonsinntekt (Skatte-ABC S-13) for old-age pension:
                max − rate₁ × (base − threshold₁)⁺ − rate₂ × (base − threshold₂)⁺, floor 0, where
                base = pension + uføretrygd; at most the tax above (it only reduces tax)
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules.model import PensionCreditRules, TaxRules


@dataclass(frozen=True)
class PersonTax:
    wage_income: float
    pension_income: float
    minstefradrag: float
    interest_deduction: float
    foreldrefradrag: float
    personfradrag: float
    ordinary_income: float
    ordinary_tax: float
    trinnskatt: float
    trygdeavgift: float
    capital_income: float = 0.0
    pension_credit: float = 0.0

    @property
    def personinntekt(self) -> float:
        return self.wage_income + self.pension_income

    @property
    def total(self) -> float:
        return self.ordinary_tax + self.trinnskatt + self.trygdeavgift - self.pension_credit


def trinnskatt(rules: TaxRules, personinntekt: float, tiltakssonen: bool = False) -> float:
    """Bracket tax on gross personal income (tiltakssonen's own steps where it lives there)."""
    total = 0.0
    steps = rules.trinnskatt_tiltakssonen if tiltakssonen else rules.trinnskatt
    for index, (lower, rate) in enumerate(steps):
        upper = steps[index + 1][0] if index + 1 < len(steps) else float("inf")
        if personinntekt > lower:
            total += (min(personinntekt, upper) - lower) * rate
    return total


def trygdeavgift(rules: TaxRules, wage_income: float, pension_income: float) -> float:
    """National insurance contribution with its phase-in above the lower limit."""
    personinntekt = wage_income + pension_income
    if personinntekt <= rules.trygdeavgift_lower_limit:
        return 0.0
    full = (
        wage_income * rules.trygdeavgift_wage_rate
        + pension_income * rules.trygdeavgift_pension_rate
    )
    phase_in = rules.trygdeavgift_phase_in_rate * (personinntekt - rules.trygdeavgift_lower_limit)
    return min(full, phase_in)


def minstefradrag(rules: TaxRules, wage_income: float, pension_income: float) -> float:
    wage_part = min(wage_income * rules.minstefradrag_wage_rate, rules.minstefradrag_wage_max)
    pension_part = min(
        pension_income * rules.minstefradrag_pension_rate, rules.minstefradrag_pension_max
    )
    return min(wage_part + pension_part, rules.minstefradrag_wage_max)


def pension_credit(
    credit: PensionCreditRules, pension_income: float, disability_income: float = 0.0
) -> float:
    """The credit before its limit to the tax: only old-age pension gives it; uføretrygd
    counts in the reduction base.

    The two steps do not stack: ``rate_1`` applies to the base between the two thresholds,
    ``rate_2`` to the base above the second (Skatte-ABC S-13: the 2025 credit is gone only at
    a pension of about 615 100 kr, 422 950 + (36 000 − 16.7 % × 146 550) / 6 %)."""
    if pension_income <= 0:
        return 0.0
    base = pension_income + disability_income
    reduced = (
        credit.max_credit
        - credit.rate_1 * max(0.0, min(base, credit.threshold_2) - credit.threshold_1)
        - credit.rate_2 * max(0.0, base - credit.threshold_2)
    )
    return max(0.0, reduced)


def foreldrefradrag(rules: TaxRules, children: int, expenses_annual: float) -> float:
    """Deduction for documented childcare expenses, at most the per-child maxima."""
    if children <= 0 or expenses_annual <= 0:
        return 0.0
    ceiling = rules.foreldrefradrag_first + (children - 1) * rules.foreldrefradrag_further
    return min(expenses_annual, ceiling)


def person_tax(
    rules: TaxRules,
    wage_income: float,
    pension_income: float = 0.0,
    *,
    interest_paid: float = 0.0,
    childcare_deduction: float = 0.0,
    tiltakssonen: bool = False,
    capital_income: float = 0.0,
    disability_income: float = 0.0,
    credit: PensionCreditRules | None = None,
) -> PersonTax:
    """Income tax of one person for a year (whole-year figures, unrounded).

    ``disability_income`` is the part of ``wage_income`` that is uføretrygd (it only matters
    for the pension credit's reduction base)."""
    personinntekt = wage_income + pension_income
    fradrag = minstefradrag(rules, wage_income, pension_income)
    finnmark = rules.finnmarksfradrag if tiltakssonen else 0.0
    ordinary = max(
        0.0,
        personinntekt
        + capital_income
        - fradrag
        - interest_paid
        - childcare_deduction
        - rules.personfradrag
        - finnmark,
    )
    rate = rules.ordinary_rate_tiltakssonen if tiltakssonen else rules.ordinary_rate
    ordinary_tax = ordinary * rate
    trinn = trinnskatt(rules, personinntekt, tiltakssonen)
    trygd = trygdeavgift(rules, wage_income, pension_income)
    credit_amount = 0.0
    if credit is not None:
        credit_amount = min(
            pension_credit(credit, pension_income, disability_income), ordinary_tax + trinn + trygd
        )
    return PersonTax(
        wage_income=wage_income,
        pension_income=pension_income,
        minstefradrag=fradrag,
        interest_deduction=interest_paid,
        foreldrefradrag=childcare_deduction,
        personfradrag=rules.personfradrag,
        ordinary_income=ordinary,
        ordinary_tax=ordinary_tax,
        trinnskatt=trinn,
        trygdeavgift=trygd,
        capital_income=capital_income,
        pension_credit=credit_amount,
    )
