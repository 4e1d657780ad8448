"""Adding, changing, deleting and restoring a household, as the app does it (with undo).

Every write carries the version the caller read (optimistic locking): a colleague's save in
the meantime is a ConflictError with a Norwegian message, never overwritten. Deleting is a
soft delete: the row stays whole (members, cases, assessments, letters) and ``restore``
brings it back as it was.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain.register import RegisteredHousehold, Unit
from ..storage import Database


def get_household(db: Database, household_id: int) -> RegisteredHousehold | None:
    """A household that is not deleted, or None."""
    return db.households.get(household_id)


def add_household(db: Database, household: RegisteredHousehold) -> RegisteredHousehold:
    """Store a new household; returns it with its id and version."""
    return db.households.insert(household)


def save_household(
    db: Database, before: RegisteredHousehold, after: RegisteredHousehold
) -> RegisteredHousehold:
    """Write ``after`` over ``before``; ConflictError when the stored version is no longer
    ``before.version`` (someone saved in the meantime). Returns ``after`` with its new version."""
    version = db.households.save(after, expected_version=before.version)
    return replace(after, version=version)


def delete_household(db: Database, household: RegisteredHousehold) -> RegisteredHousehold:
    """Soft-delete a household read at ``household.version``; returns it with the new version
    (the one ``restore_household`` expects)."""
    assert household.id is not None
    version = db.households.soft_delete(household.id, household.version)
    return replace(household, version=version)


def restore_household(db: Database, deleted: RegisteredHousehold) -> RegisteredHousehold:
    """Undo ``delete_household``: the same row with everything attached. ConflictError when
    it changed after the delete."""
    assert deleted.id is not None
    version = db.households.restore(deleted.id, deleted.version)
    return replace(deleted, version=version)


def add_unit(db: Database, unit: Unit) -> None:
    db.units.insert(unit)


def save_unit(db: Database, unit: Unit, expected_version: int) -> None:
    db.units.save(unit, expected_version)


def unit_for_edit(db: Database, unit_id: str) -> tuple[Unit, int] | None:
    """A dwelling with the version it was read at, or None."""
    unit = db.units.get_by_unit_id(unit_id)
    if unit is None or unit.id is None:
        return None
    return unit, db.units.version(unit.id) or 1
