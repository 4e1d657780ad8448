"""The tenant register's records: dwellings (units), households, members, tenancy.

These are what the storage layer stores and returns, what the UI edits and what letters
print. ``to_household`` and ``to_dwelling`` turn them into the engine's input types.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from .model import Debt, Dwelling, Household, Income, Member

#: Case states in order (issue 6): kartlagt → invitert → samtale → vurdert → tilbud sendt →
#: akseptert / avslått → kjøpt / avsluttet.
CASE_STATES = (
    "ny",
    "kartlagt",
    "invitert",
    "samtale",
    "vurdert",
    "vedtak_sendt",
    "tilbud_sendt",
    "akseptert",
    "avslatt",
    "kjopt",
    "avsluttet",
)
CASE_STATE_LABELS_NB = {
    "ny": "Ny",
    "kartlagt": "Kartlagt",
    "invitert": "Invitert",
    "samtale": "Samtale",
    "vurdert": "Vurdert",
    "vedtak_sendt": "Vedtak sendt",
    "tilbud_sendt": "Tilbud sendt",
    "akseptert": "Akseptert",
    "avslatt": "Avslått",
    "kjopt": "Kjøpt",
    "avsluttet": "Avsluttet",
}


@dataclass(frozen=True)
class Unit:
    """A dwelling the municipality owns or controls (bolig)."""

    unit_id: str
    address: str
    postcode: str
    city: str
    tenure: str  # freehold | cooperative
    valuation: float | None = None
    valuation_date: date | None = None
    common_costs_monthly: float = 0.0
    other_running_costs_monthly: float = 0.0
    area_m2: float | None = None
    bedrooms: int | None = None
    gnr: str = ""
    bnr: str = ""
    snr: str = ""
    share_no: str = ""
    shared_debt: float = 0.0
    id: int | None = None

    @property
    def full_address(self) -> str:
        return f"{self.address}, {self.postcode} {self.city}".strip(", ")


@dataclass(frozen=True)
class Person:
    """A member of a household as the register knows them."""

    role: str  # applicant | co_applicant | adult | child
    first_name: str
    last_name: str
    national_id: str = ""  # fødselsnummer or D-number, 11 digits; may be empty for children
    birth_date: date | None = None
    sex: str | None = None
    incomes: tuple[Income, ...] = ()
    transit_pass: bool | None = None
    id: int | None = None
    #: A child with special care needs (foreldrefradrag after age 11).
    special_care_needs: bool = False

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def age_on(self, day: date) -> int:
        if self.birth_date is None:
            return 0
        born = self.birth_date
        years = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
        return max(0, years)


@dataclass(frozen=True)
class Tenancy:
    unit_id: str
    rent_monthly: float
    start: date | None = None
    arrears: float = 0.0


#: The roles whose names make up a household's display name, in this order.
NAME_ROLES = ("applicant", "co_applicant")
#: Between the names of the applicant and the co-applicant.
NAME_SEPARATOR = " og "


def household_name(external_id: str, members: Sequence[Person]) -> str:
    """A household's display name, the one rule every list, letter and export uses: the
    applicant and the co-applicant ("Kari Nordmann og Ola Nordmann"), else the household's
    external id. Storage builds its SQL from ``NAME_ROLES`` and ``NAME_SEPARATOR``."""
    names = [p.name for role in NAME_ROLES for p in members if p.role == role]
    return NAME_SEPARATOR.join(names) if names else external_id


@dataclass(frozen=True)
class RegisteredHousehold:
    """A household in the register, with everything the assessment and the letters need."""

    external_id: str  # husstand_id from the housing system
    members: tuple[Person, ...]
    tenancy: Tenancy | None = None
    tax_free_income_monthly: float = 0.0
    savings: float = 0.0
    debts: tuple[Debt, ...] = ()
    other_fixed_costs_monthly: float = 0.0
    car: str = "none"
    phone: str = ""
    email: str = ""
    case_state: str = "ny"
    living_costs_monthly_override: float | None = None
    living_costs_override_reason: str = ""
    notes: str = ""
    id: int | None = None
    version: int = 1
    extra: dict[str, object] = field(default_factory=dict, compare=False)
    #: Documented childcare expenses (barnehage, SFO), kr a year: foreldrefradrag's base.
    childcare_expenses_annual: float = 0.0
    #: Interest on the household's existing debt, kr a year: rentefradrag.
    existing_interest_annual: float = 0.0

    @property
    def applicant(self) -> Person | None:
        for person in self.members:
            if person.role == "applicant":
                return person
        return None

    @property
    def name(self) -> str:
        """The household's display name (``household_name``)."""
        return household_name(self.external_id, self.members)

    def with_members(self, members: tuple[Person, ...]) -> RegisteredHousehold:
        return replace(self, members=members)


def to_household(reg: RegisteredHousehold, on: date, tiltakssonen: bool = False) -> Household:
    """The engine's view of a registered household on a given day (ages from birth dates);
    ``tiltakssonen`` is the municipality's (the register is one municipality)."""
    members = tuple(
        Member(
            role=p.role,
            age=p.age_on(on),
            sex=p.sex,
            incomes=p.incomes,
            transit_pass=p.transit_pass,
            special_care_needs=p.special_care_needs,
        )
        for p in reg.members
    )
    return Household(
        members=members,
        tax_free_income_monthly=reg.tax_free_income_monthly,
        debts=reg.debts,
        other_fixed_costs_monthly=reg.other_fixed_costs_monthly,
        savings=reg.savings,
        car=reg.car,
        current_rent_monthly=reg.tenancy.rent_monthly if reg.tenancy else 0.0,
        living_costs_monthly_override=reg.living_costs_monthly_override,
        living_costs_override_reason=reg.living_costs_override_reason,
        childcare_expenses_annual=reg.childcare_expenses_annual,
        existing_interest_annual=reg.existing_interest_annual,
        tiltakssonen=tiltakssonen,
    )


def to_dwelling(unit: Unit, price: float | None = None) -> Dwelling:
    """The engine's view of a unit; the price defaults to the latest valuation (takst), which
    is also the market value that dokumentavgift is charged on."""
    value = price if price is not None else (unit.valuation or 0.0)
    return Dwelling(
        price=value,
        market_value=unit.valuation if unit.valuation else None,
        tenure=unit.tenure,
        common_costs_monthly=unit.common_costs_monthly,
        other_running_costs_monthly=unit.other_running_costs_monthly,
        shared_debt=unit.shared_debt,
    )
