"""Small writes the app makes outside the tenant list (household_edits.py has those): an
assessment stored on a case, a logged export, a dated rule adjustment. The UI calls these,
never a repository or a transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from ..storage import Database
from .ui_support import case_for_assessment


def store_assessment_on_case(
    db: Database,
    household_id: int,
    rules_year: int,
    inputs: dict[str, Any],
    result: dict[str, Any],
    verdict: str,
    unit_code: str,
) -> int:
    """Store an assessment with its inputs and rule year on the household's open case
    (opened when it has none); returns the assessment's id."""
    with db.transaction():
        case = case_for_assessment(db, household_id)
        unit = db.units.get_by_unit_id(unit_code) if unit_code else None
        return db.assessments.add(
            household_id,
            rules_year,
            inputs,
            result,
            verdict,
            unit_ref=unit.id if unit else None,
            case_id=case.id,
        )


def record_export(db: Database, entity: str, path: Path, rows: int) -> None:
    """Log an export in the audit log (what, where, how many rows)."""
    with db.transaction():
        db.audit.record("exported", entity, None, {"file": str(path), "rows": rows})


def export_logged(
    db: Database, entity: str, path: Path, rows: int, write: Callable[[], object]
) -> None:
    """Log an export, then write its file (``write``): a user the database does not let
    append to the audit log (a reader of the office database) gets no file."""
    record_export(db, entity, path, rows)
    write()


def rule_adjustments(db: Database, year: int) -> list[Any]:
    return list(db.settings.rule_adjustments(year))


def add_rule_adjustment(
    db: Database, year: int, key: str, value: float, valid_from: date, note: str
) -> None:
    db.settings.add_rule_adjustment(year, key, value, valid_from, note)
