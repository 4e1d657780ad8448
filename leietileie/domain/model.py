"""The engine's input types: one household, one dwelling, one set of financing assumptions.

Field names follow ../shared/scenario-format.md (they are the product's external interface).
Amounts are kroner; monthly amounts end in ``_monthly``, yearly in ``_annual``; rates are
fractions (0.052 = 5.2 %).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

ROLES: Final = ("applicant", "co_applicant", "adult", "child")
SEXES: Final = ("F", "M")
CARS: Final = ("none", "petrol", "electric")
TENURES: Final = ("freehold", "cooperative")
#: ``auto``: bank_first where the bank can partly finance the purchase, else startlan_only.
MODES: Final = ("startlan_only", "bank_first", "auto")
REPAYMENTS: Final = ("annuity", "serial")

#: Taxable income kinds taxed like wages (personinntekt: trygdeavgift at the wage rate, wage
#: minstefradrag, trinnskatt). ``other_taxable`` is other personinntekt (e.g. fees for work).
WAGE_LIKE_INCOME: Final = (
    "wage",
    "disability_benefit",
    "aap",
    "sickness_benefit",
    "unemployment_benefit",
    "introduction_benefit",
    "other_taxable",
)
#: Old-age pension (alderspensjon, AFP, tjenestepensjon): lower trygdeavgift, pension
#: minstefradrag and skattefradrag for pensjonsinntekt.
PENSION_INCOME: Final = ("pension",)
#: Capital income (interest, dividends, rental surplus): alminnelig inntekt only, 22 %; no
#: trygdeavgift, no trinnskatt, no minstefradrag.
CAPITAL_INCOME: Final = ("capital_income",)
#: Uføretrygd: taxed like wages but counts in the pension credit's reduction base.
DISABILITY_INCOME: Final = ("disability_benefit",)
INCOME_KINDS: Final = WAGE_LIKE_INCOME + PENSION_INCOME + CAPITAL_INCOME
#: Income Husbanken asks the caseworker to flag as temporary (domain.md §4).
TEMPORARY_INCOME: Final = (
    "aap",
    "introduction_benefit",
    "unemployment_benefit",
    "sickness_benefit",
)

INCOME_LABELS_NB: Final = {
    "wage": "Lønn",
    "disability_benefit": "Uføretrygd",
    "aap": "Arbeidsavklaringspenger (AAP)",
    "sickness_benefit": "Sykepenger",
    "unemployment_benefit": "Dagpenger",
    "introduction_benefit": "Introduksjonsstønad",
    "other_taxable": "Annen skattepliktig inntekt",
    "pension": "Pensjon",
    "capital_income": "Kapitalinntekt",
}

ROLE_LABELS_NB: Final = {
    "applicant": "Søker",
    "co_applicant": "Medsøker",
    "adult": "Voksen",
    "child": "Barn",
}


@dataclass(frozen=True)
class Income:
    kind: str
    annual: float


@dataclass(frozen=True)
class Member:
    role: str
    age: int
    sex: str | None = None
    incomes: tuple[Income, ...] = ()
    #: SIFO's public-transport cost; None = default (true from 18 years, false for children).
    transit_pass: bool | None = None
    pregnant: bool = False
    #: A child with special care needs counts for foreldrefradrag after age 11.
    special_care_needs: bool = False

    @property
    def is_adult(self) -> bool:
        return self.role != "child" or self.age >= 18

    @property
    def has_transit_pass(self) -> bool:
        if self.transit_pass is None:
            return self.age >= 18
        return self.transit_pass

    def income(self, kinds: tuple[str, ...]) -> float:
        return sum(i.annual for i in self.incomes if i.kind in kinds)


@dataclass(frozen=True)
class Debt:
    kind: str
    balance: float
    monthly_payment: float


@dataclass(frozen=True)
class Household:
    members: tuple[Member, ...]
    tax_free_income_monthly: float = 0.0
    debts: tuple[Debt, ...] = ()
    other_fixed_costs_monthly: float = 0.0
    savings: float = 0.0
    car: str = "none"
    current_rent_monthly: float = 0.0
    living_costs_monthly_override: float | None = None
    living_costs_override_reason: str = ""
    #: Documented childcare expenses (foreldrefradrag is limited by these), kr a year.
    childcare_expenses_annual: float = 0.0
    #: Interest the household already pays on existing debt, kr a year (rentefradrag).
    existing_interest_annual: float = 0.0
    #: Lives in the Finnmark/Nord-Troms action zone (tiltakssonen): lower tax.
    tiltakssonen: bool = False

    @property
    def adults(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if m.is_adult)

    @property
    def children(self) -> tuple[Member, ...]:
        return tuple(m for m in self.members if not m.is_adult)

    @property
    def size(self) -> int:
        return len(self.members)

    @property
    def gross_income_annual(self) -> float:
        return sum(m.income(INCOME_KINDS) for m in self.members)

    @property
    def debt_balance(self) -> float:
        return sum(d.balance for d in self.debts)

    @property
    def debt_payments_monthly(self) -> float:
        return sum(d.monthly_payment for d in self.debts)

    @property
    def is_couple(self) -> bool:
        return any(m.role == "co_applicant" for m in self.members)


@dataclass(frozen=True)
class Dwelling:
    price: float
    tenure: str
    common_costs_monthly: float = 0.0
    other_running_costs_monthly: float = 0.0
    #: A cooperative's shared debt (fellesgjeld) attributed to the unit; counts as debt for the
    #: bank's rules. Its servicing is part of common_costs_monthly.
    shared_debt: float = 0.0
    #: Market value (salgsverdi, the valuation); dokumentavgift is charged on it. None = price.
    market_value: float | None = None

    @property
    def value(self) -> float:
        """The market value: what dokumentavgift and the loan-to-value rules use."""
        return self.price if self.market_value is None else self.market_value

    @property
    def running_costs_monthly(self) -> float:
        return self.common_costs_monthly + self.other_running_costs_monthly


@dataclass(frozen=True)
class Financing:
    startlan_rate: float
    bank_rate: float
    #: Norges Bank's policy rate. None = the rule set's figure for the year (the default);
    #: a number is the caseworker's override.
    policy_rate: float | None = None
    mode: str = "startlan_only"  # scenario files and settings default to "auto"
    term_years: int = 30
    repayment: str = "annuity"
    grant_max: float = 0.0
    #: Avdragsfrie år (interest-only years) on the startlån, 0–8.
    interest_only_years: int = 0
    #: Term of the bank loan in bank_first mode.
    bank_term_years: int = 30
    #: Optional overrides of the rule set (None = take the rule set's figure).
    startlan_stress_margin: float | None = None
    #: The municipality's own startlån fees (policy; default none). A municipality that
    #: charges its own fees may not also add the margin to Husbanken's rate.
    establishment_fee: float = 0.0
    instalment_fee: float = 0.0
    #: Suggestions: saving only within this many months; a term not past this age (None = no limit).
    saving_horizon_months: int = 60
    term_age_limit: int | None = None
    #: True when policy_rate was filled in from the rule set (not the caseworker's figure).
    policy_rate_seeded: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Scenario:
    year: int
    household: Household
    dwelling: Dwelling
    financing: Financing
    label: str = ""
    extra: dict[str, object] = field(default_factory=dict, compare=False)
