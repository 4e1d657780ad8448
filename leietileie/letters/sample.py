"""A fictional municipality, household and dwelling: for previews, tests and the benchmark."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..domain.assess import Assessment, assess
from ..domain.model import Debt, Dwelling, Financing, Household, Income, Member, Scenario
from ..domain.register import Person, RegisteredHousehold, Tenancy, Unit
from ..rules import load_rules
from .model import LetterRequest, MunicipalityProfile


def sample_profile(**changes: object) -> MunicipalityProfile:
    profile = MunicipalityProfile(
        name="Eksempel kommune",
        org_nr="964 000 000",
        address_lines=("Postboks 100", "1234 Eksempelby"),
        department="Boligkontoret",
        visiting_address="Rådhusgata 1, 1234 Eksempelby",
        phone="12 34 56 78",
        email="postmottak@eksempel.kommune.no",
        website="www.eksempel.kommune.no",
        privacy_url="www.eksempel.kommune.no/personvern",
        signer_name="Kari Nordmann",
        signer_title="Rådgiver, boligkontoret",
        appeal_body="kommunens klagenemnd",
        contact_name="Kari Nordmann",
        contact_phone="12 34 56 79",
        contact_email="kari.nordmann@eksempel.kommune.no",
        reply_working_days=10,
    )
    return replace(profile, **changes)  # type: ignore[arg-type]


def sample_scenario(price: float = 2_650_000, grant_max: float = 0.0) -> Scenario:
    household = Household(
        members=(
            Member("applicant", 38, "F", (Income("wage", 520_000),)),
            Member("co_applicant", 41, "M", (Income("disability_benefit", 310_000),)),
            Member("child", 4, "M"),
            Member("child", 12, "F", transit_pass=True),
        ),
        tax_free_income_monthly=3_532,
        debts=(Debt("student_loan", 150_000, 1_200),),
        other_fixed_costs_monthly=1_400,
        savings=60_000,
        current_rent_monthly=13_500,
    )
    dwelling = Dwelling(
        price=price,
        tenure="cooperative",
        common_costs_monthly=3_900,
        other_running_costs_monthly=1_600,
    )
    financing = Financing(
        startlan_rate=0.0489, bank_rate=0.052, policy_rate=0.04, term_years=30, grant_max=grant_max
    )
    return Scenario(2026, household, dwelling, financing)


def sample_unit(price: float = 2_650_000) -> Unit:
    return Unit(
        unit_id="B-0412",
        address="Lønnebakken 12 H0201",
        postcode="1234",
        city="Eksempelby",
        tenure="cooperative",
        valuation=price,
        valuation_date=date(2026, 2, 16),
        common_costs_monthly=3_900,
        other_running_costs_monthly=1_600,
        area_m2=74,
        bedrooms=3,
        share_no="17",
    )


def sample_household(name: str = "Amina", last: str = "Hansen") -> RegisteredHousehold:
    return RegisteredHousehold(
        external_id="H-10231",
        members=(
            Person("applicant", name, last, birth_date=date(1987, 5, 3), sex="F"),
            Person("co_applicant", "Tor", last, birth_date=date(1984, 9, 20), sex="M"),
        ),
        tenancy=Tenancy("B-0412", 13_500),
        savings=60_000,
    )


def sample_assessment(price: float = 2_650_000, grant_max: float = 0.0) -> Assessment:
    return assess(sample_scenario(price, grant_max), load_rules(2026))


def sample_request(
    letter_type: str = "offer", language: str = "nb", **changes: object
) -> LetterRequest:
    request = LetterRequest(
        letter_type=letter_type,
        language=language,
        household=sample_household(),
        unit=sample_unit(),
        assessment=sample_assessment(),
        letter_date=date(2026, 3, 30),
        reference="2026/1417-3",
    )
    return replace(request, **changes)  # type: ignore[arg-type]
