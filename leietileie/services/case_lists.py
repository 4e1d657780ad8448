"""What the Saker view lists: cases with the household's name and next deadline, what is due
or overdue, and one case in full (history, deadlines, attached letters and assessments)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from ..storage.queries import case_lists
from ..storage.queries.case_lists import CaseRow
from ..storage.records import Case, CaseEvent, Deadline, StoredAssessment, StoredDocument
from .cases import DEADLINE_LABELS_NB, allowed_next, attached_assessment_ids

if TYPE_CHECKING:
    from ..storage.register import Register


def list_cases(db: Register, states: Sequence[str] = (), open_only: bool = False) -> list[CaseRow]:
    """Cases with the next open deadline first (no deadline last)."""
    return case_lists.list_cases(db.session, states, open_only)


@dataclass(frozen=True)
class DueItem(Deadline):
    """A :class:`Deadline` as the Saker view lists it: with its label and whether it is
    overdue on the day asked for (the same record, not another deadline type)."""

    label: str = ""
    overdue: bool = False


def due_items(db: Register, on: date, within_days: int = 7) -> list[DueItem]:
    """Open deadlines overdue or due within ``within_days`` of ``on``, with the household name."""
    rows = case_lists.due_until(db.session, on + timedelta(days=within_days))
    return [
        DueItem(**vars(d), label=DEADLINE_LABELS_NB.get(d.kind, d.kind), overdue=d.due_on < on)
        for d in rows
    ]


@dataclass(frozen=True)
class CaseDetail:
    case: Case
    external_id: str
    name: str
    events: list[CaseEvent]
    deadlines: list[Deadline]
    documents: list[StoredDocument]
    assessments: list[StoredAssessment]
    next_states: tuple[str, ...]


def case_detail(db: Register, case_id: int) -> CaseDetail | None:
    case = db.cases.get(case_id)
    if case is None:
        return None
    row = case_lists.household_name(db.session, case.household_id)
    assert row is not None  # a case's household exists (foreign key)
    documents = [d for d in db.documents.for_household(case.household_id) if d.case_id == case_id]
    assessments = [
        a
        for a in (db.assessments.get(i) for i in attached_assessment_ids(db, case_id))
        if a is not None
    ]
    return CaseDetail(
        case,
        row[0],
        row[1],
        db.cases.events(case_id),
        db.cases.deadlines(case_id),
        documents,
        assessments,
        allowed_next(case.state),
    )


__all__ = ["CaseDetail", "CaseRow", "DueItem", "case_detail", "due_items", "list_cases"]
