"""Helpers the desktop app needs beyond the repositories; all read except one.

* ``ListQuery``, ``count_households``, ``page_households``: the tenant list's search and
  filters, with the income kind and the latest screening verdict as the list offers them (the
  storage listing counts and pages).
* ``household_detail``: everything the detail pane shows for one household.
* ``units_for_choice``: the dwelling chooser's list.
* ``scenario_for``: the engine's scenario for a registered household and a dwelling, with the
  municipality's default financing.
* ``case_for_assessment`` writes: it opens a case when the household has none open.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..domain.model import Scenario
from ..domain.register import RegisteredHousehold, Unit, to_dwelling, to_household
from ..storage import Database, HouseholdFilters, HouseholdRow
from ..storage.queries import listing
from ..storage.records import (
    Case,
    CaseEvent,
    RentPayment,
    ScreeningResult,
    StoredAssessment,
    StoredDocument,
)
from .settings import Settings


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: HouseholdFilters = field(default_factory=HouseholdFilters)
    income_kind: str | None = None
    category: str | None = None

    @property
    def extended(self) -> bool:
        return self.income_kind is not None or self.category is not None

    def all_filters(self) -> HouseholdFilters:
        """The filters with the income kind and the latest screening category added."""
        if not self.extended:
            return self.filters
        kinds = () if self.income_kind is None else (self.income_kind,)
        return replace(self.filters, income_kinds=kinds, latest_category=self.category)


def count_households(db: Database, query: ListQuery) -> int:
    return db.households.count(query.search, query.all_filters())


def page_households(
    db: Database, query: ListQuery, offset: int, limit: int, sort_key: str, descending: bool
) -> list[HouseholdRow]:
    if not query.extended and not query.search:
        return db.households.page(offset, limit, sort_key, descending, "", query.filters)
    return listing.search_page(
        db.session, offset, limit, sort_key, descending, query.search, query.all_filters()
    )


@dataclass(frozen=True)
class HouseholdDetail:
    household: RegisteredHousehold
    unit: Unit | None
    cases: list[tuple[Case, list[CaseEvent]]]
    documents: list[StoredDocument]
    assessments: list[StoredAssessment]
    screening: ScreeningResult | None
    rent_history: list[RentPayment] = field(default_factory=list)


def household_detail(db: Database, household_id: int) -> HouseholdDetail | None:
    household = db.households.get(household_id)
    if household is None:
        return None
    unit = db.units.get_by_unit_id(household.tenancy.unit_id) if household.tenancy else None
    cases = [(c, db.cases.events(c.id)) for c in db.cases.for_household(household_id)]
    return HouseholdDetail(
        household=household,
        unit=unit,
        cases=cases,
        documents=db.documents.for_household(household_id),
        assessments=db.assessments.for_household(household_id),
        screening=db.screening.for_household(household_id),
        rent_history=db.rent.for_household(household_id, date.today()),
    )


def units_for_choice(
    db: Database, household: RegisteredHousehold | None, limit: int = 300
) -> list[Unit]:
    """The household's own unit first, then vacant units (the dwelling chooser's list)."""
    out: list[Unit] = []
    if household is not None and household.tenancy is not None:
        own = db.units.get_by_unit_id(household.tenancy.unit_id)
        if own is not None:
            out.append(own)
    out += [u for u in db.units.list(0, limit, vacant_only=True) if not out or u.id != out[0].id]
    return out


def scenario_for(
    settings: Settings, household: RegisteredHousehold, unit: Unit | None, on: date | None = None
) -> Scenario:
    """The engine's scenario: the household on ``on`` (default today), the unit at its valuation
    (an empty freehold dwelling without one), the default financing in force on ``on``."""
    year = settings.year()
    dwelling = (
        to_dwelling(unit)
        if unit is not None
        else to_dwelling(Unit(unit_id="", address="", postcode="", city="", tenure="freehold"))
    )
    group = settings.get("municipality.group")
    return Scenario(
        year=year,
        household=to_household(household, on or date.today(), settings.tiltakssonen()),
        dwelling=dwelling,
        financing=settings.default_financing(year, on),
        label=household.name,
        extra={"municipality_group": int(group) if str(group).isdigit() else 4},
    )


def case_for_assessment(db: Database, household_id: int) -> Case:
    """The household's open case, opened now when there is none."""
    case = db.cases.current(household_id)
    return case if case is not None else db.cases.open(household_id, db.actor)


__all__ = [
    "HouseholdDetail",
    "ListQuery",
    "case_for_assessment",
    "count_households",
    "household_detail",
    "page_households",
    "scenario_for",
    "units_for_choice",
]
