"""Thin read helpers the desktop app needs beyond the repositories (owned by the UI).

* ``ListQuery``: the tenant list's search and filters, including two the storage listing does
  not have (income kind, latest screening verdict), counted and paged in SQL.
* ``household_detail``: everything the detail pane shows for one household.
* ``scenario_for``: the engine's scenario for a registered household and a dwelling, with the
  municipality's default financing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.model import Scenario
from ..domain.register import RegisteredHousehold, Unit, to_dwelling, to_household
from ..storage import Database, HouseholdFilters, HouseholdRow, listing
from ..storage.assessments import ScreeningResult, StoredAssessment, StoredDocument
from ..storage.cases import Case, CaseEvent
from ..storage.rent import RentPayment
from .settings import Settings


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    filters: HouseholdFilters = field(default_factory=HouseholdFilters)
    income_kind: str | None = None
    verdict: str | None = None

    @property
    def extended(self) -> bool:
        return self.income_kind is not None or self.verdict is not None


def _extra_where(query: ListQuery) -> tuple[str, list[Any]]:
    where, params = listing._where(query.search, query.filters)  # noqa: SLF001 - same SQL
    clauses: list[str] = [where.removeprefix("WHERE ")] if where else []
    if query.income_kind is not None:
        clauses.append(
            "EXISTS (SELECT 1 FROM members m JOIN incomes i ON i.member_id = m.id"
            " WHERE m.household_id = h.id AND i.kind = ?)"
        )
        params.append(query.income_kind)
    if query.verdict is not None:
        clauses.append(
            "h.id IN (SELECT household_id FROM screening_results WHERE verdict = ?"
            " AND run_id = (SELECT max(id) FROM screening_runs))"
        )
        params.append(query.verdict)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def count_households(db: Database, query: ListQuery) -> int:
    if not query.extended:
        return db.households.count(query.search, query.filters)
    where, params = _extra_where(query)
    sql = f"SELECT count(*) FROM households h LEFT JOIN units u ON u.id = h.unit_ref {where}"
    return int(db.conn.execute(sql, params).fetchone()[0])


def page_households(
    db: Database, query: ListQuery, offset: int, limit: int, sort_key: str, descending: bool
) -> list[HouseholdRow]:
    if not query.extended and not query.search:
        return db.households.page(offset, limit, sort_key, descending, "", query.filters)
    where, params = _extra_where(query)
    direction = "DESC" if descending else "ASC"
    select = _ROW_SELECT
    if query.search:
        # A search reads every row's search_text anyway: scan the table in order and sort the
        # matches, instead of walking the sort index with a lookup per row (slow when the
        # search matches few households).
        select = select.replace("FROM households h ", "FROM households h NOT INDEXED ")
    sql = (
        f"{select} {where} ORDER BY {listing.SORT_COLUMNS[sort_key]} {direction},"
        f" h.id {direction} LIMIT ? OFFSET ?"
    )
    return [_row(r) for r in db.conn.execute(sql, [*params, limit, offset])]


_ROW_SELECT = (
    "SELECT h.id, h.external_id, h.masked_id, coalesce(u.address, ''),"
    " coalesce(u.unit_id, ''), h.household_type, h.member_count, h.gross_income,"
    " h.rent_monthly, h.arrears, h.case_status, h.version,"
    " (SELECT group_concat(first_name || ' ' || last_name, ' og ') FROM (SELECT first_name,"
    " last_name FROM members m WHERE m.household_id = h.id AND m.role IN"
    " ('applicant', 'co_applicant') ORDER BY m.role, m.position))"
    " FROM households h LEFT JOIN units u ON u.id = h.unit_ref"
)


def _row(r: Any) -> HouseholdRow:
    return HouseholdRow(
        id=r[0], external_id=r[1], name=r[12] or r[1], national_id_masked=r[2],
        address=r[3], unit_id=r[4], household_type=r[5], size=r[6], gross_income=r[7],
        rent=r[8], arrears=r[9], case_status=r[10], version=r[11],
    )  # fmt: skip


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


def units_for_choice(db: Database, household: RegisteredHousehold | None, limit: int = 300) -> list[Unit]:
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
    """The engine's scenario: the household today, the unit at its valuation, default financing."""
    year = settings.year()
    dwelling = to_dwelling(unit) if unit is not None else to_dwelling(
        Unit(unit_id="", address="", postcode="", city="", tenure="freehold")
    )
    group = settings.get("municipality.group")
    return Scenario(
        year=year,
        household=to_household(household, on or date.today()),
        dwelling=dwelling,
        financing=settings.default_financing(),
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
