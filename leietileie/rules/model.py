"""Typed rule sets: every figure of one income year, each group with its source.

The figures live in ``resources/rules/<year>.toml`` (architecture habit 3); this module only
declares their shape. Field names equal the TOML keys.
"""

from __future__ import annotations

from dataclasses import dataclass

#: An age band of a SIFO individual item: (age_from, age_to, female amount, male amount).
AgeBand = tuple[int, int, float, float]


@dataclass(frozen=True)
class Sourced:
    source: str
    verified: bool
    note: str


@dataclass(frozen=True)
class TaxRules(Sourced):
    ordinary_rate: float
    ordinary_rate_tiltakssonen: float
    personfradrag: float
    minstefradrag_wage_rate: float
    minstefradrag_wage_max: float
    minstefradrag_pension_rate: float
    minstefradrag_pension_max: float
    trinnskatt: tuple[tuple[float, float], ...]
    #: The steps in tiltakssonen (Finnmark and Nord-Troms): up to and including 2024 step 3
    #: was 2 pp lower there; from 2025 the same steps as the rest of the country.
    trinnskatt_tiltakssonen: tuple[tuple[float, float], ...]
    trygdeavgift_wage_rate: float
    trygdeavgift_pension_rate: float
    trygdeavgift_lower_limit: float
    trygdeavgift_phase_in_rate: float
    foreldrefradrag_first: float
    foreldrefradrag_further: float
    finnmarksfradrag: float


@dataclass(frozen=True)
class PensionCreditRules(Sourced):
    """Skattefradrag for pensjonsinntekt (skatteloven § 16-1, Skatte-ABC S-13).

    The credit is ``max_credit`` for old-age pension, reduced by ``rate_1`` of the pension
    base (pension and uføretrygd) above ``threshold_1`` and ``rate_2`` above ``threshold_2``,
    and limited to the income tax and trygdeavgift it reduces.
    """

    max_credit: float
    threshold_1: float
    rate_1: float
    threshold_2: float
    rate_2: float


@dataclass(frozen=True)
class SifoRules(Sourced):
    edition: int
    food_reduction_large_family: float
    pregnant_food: float
    food: tuple[AgeBand, ...]
    clothes: tuple[AgeBand, ...]
    personal_care: tuple[AgeBand, ...]
    play_media: tuple[AgeBand, ...]
    transit: tuple[AgeBand, ...]
    daily_goods: tuple[float, ...]
    household_articles: tuple[float, ...]
    furniture: tuple[float, ...]
    media_leisure: tuple[float, ...]
    car_petrol: tuple[float, ...]
    car_electric: tuple[float, ...]


@dataclass(frozen=True)
class FloorRules(Sourced):
    single: float
    couple: float
    sharing: float
    child_0_5: float
    child_6_10: float
    child_11_17: float


@dataclass(frozen=True)
class BankRules(Sourced):
    max_loan_to_value: float
    max_debt_to_income: float
    stress_addition: float
    stress_floor: float
    amortisation_ltv_threshold: float
    flexibility_quota: float
    default_rate: float


@dataclass(frozen=True)
class StartlanRules(Sourced):
    stress_margin: float
    policy_rate: float
    policy_rate_from: str
    max_term_years: int
    max_term_years_extended: int
    max_interest_only_years: int
    municipal_margin_max: float


@dataclass(frozen=True)
class HusbankenRates(Sourced):
    valid_from: str
    floating: float
    fixed_3: float
    fixed_5: float
    fixed_10: float
    fixed_20: float


@dataclass(frozen=True)
class FeeRules(Sourced):
    establishment_fee: float
    instalment_fee: float


@dataclass(frozen=True)
class PurchaseCostRules(Sourced):
    dokumentavgift_rate: float
    tinglysing_fee: float


@dataclass(frozen=True)
class GrantRules(Sourced):
    writedown_rate_annual: float
    writedown_years: int


@dataclass(frozen=True)
class BostotteRules(Sourced):
    coverage_rate: float
    cost_ceiling: tuple[float, ...]
    ceiling_addition_group1: float
    ceiling_addition_group2: float
    ceiling_addition_group3: float
    min_own_share: float
    own_share_threshold: float
    own_share_rate: float
    own_share_progressive_threshold: float
    own_share_progressive_rate: float
    weight_adult: float
    weight_child: float
    min_payment_monthly: float
    heating_supplement_monthly: float
    owner_operating_allowance_annual: float


@dataclass(frozen=True)
class RuleSet:
    year: int
    title: str
    valid_from: str
    tax: TaxRules
    pension_credit: PensionCreditRules
    sifo: SifoRules
    floor: FloorRules
    bank: BankRules
    startlan: StartlanRules
    husbanken_rates: HusbankenRates
    fees: FeeRules
    purchase_costs: PurchaseCostRules
    grant: GrantRules
    bostotte: BostotteRules

    @property
    def name(self) -> str:
        return str(self.year)

    def groups(self) -> dict[str, Sourced]:
        """Each group of figures the calculation uses, with its source, for the calculation
        appendix. ``fees`` (Husbanken's fees on its own loans) is not used for a startlån."""
        return {
            "tax": self.tax,
            "pension_credit": self.pension_credit,
            "sifo": self.sifo,
            "floor": self.floor,
            "bank": self.bank,
            "startlan": self.startlan,
            "husbanken_rates": self.husbanken_rates,
            "purchase_costs": self.purchase_costs,
            "grant": self.grant,
            "bostotte": self.bostotte,
        }
