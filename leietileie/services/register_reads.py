"""What the app reads from the register, in one thin layer (the UI never holds a repository).

Each function is one question the app asks; deleted households are never returned.
"""

from __future__ import annotations

from ..domain.register import RegisteredHousehold, Unit
from ..storage import Database
from ..storage.queries.listing import HouseholdRow
from ..storage.records import StoredAssessment

#: A screening verdict that lets a household buy now or with a grant.
_CAN_BUY = ("kan_kjope_na", "kan_kjope_med_tilskudd")


def household(db: Database, household_id: int) -> RegisteredHousehold | None:
    return db.households.get(household_id)


def household_by_external_id(db: Database, external_id: str) -> RegisteredHousehold | None:
    return db.households.get_by_external_id(external_id)


def external_id_deleted(db: Database, external_id: str) -> bool:
    """The external id belongs to a deleted household (kept for undo)."""
    return db.households.external_id_deleted(external_id)


def unit(db: Database, unit_id: str) -> Unit | None:
    """A dwelling by its code (bolig-ID)."""
    return db.units.get_by_unit_id(unit_id)


def household_count(db: Database) -> int:
    return db.households.count()


def households_page(db: Database, offset: int, limit: int) -> list[HouseholdRow]:
    return db.households.page(offset, limit)


def latest_assessment(db: Database, household_id: int) -> StoredAssessment | None:
    return db.assessments.latest(household_id)


def latest_screening_verdict(db: Database, household_id: int) -> str | None:
    """The household's category in the latest screening run, or None: one row looked up by
    its key (the letter dialog asks on the GUI thread; a run holds up to 100 000 rows)."""
    run = db.screening.latest_run()
    if run is None:
        return None
    result = db.screening.result(run, household_id)
    return None if result is None else str(result.category)


def can_buy(verdict: str) -> bool:
    return verdict in _CAN_BUY
