"""What the Saker view lists: cases with the household's name and next deadline, what is due
or overdue, and one case in full (history, deadlines, attached letters and assessments)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from ..storage.assessments import StoredAssessment, StoredDocument
from ..storage.cases import Case, CaseEvent, Deadline
from .cases import DEADLINE_LABELS_NB, allowed_next, attached_assessment_ids

_NAME = """coalesce((SELECT m.first_name || ' ' || m.last_name FROM members m
    WHERE m.household_id = h.id ORDER BY m.role != 'applicant', m.position LIMIT 1), h.external_id)"""

_CASES = f"""
SELECT c.id, c.household_id, h.external_id, {_NAME}, c.state, c.caseworker, c.opened_on,
       c.closed_on, d.due_on, d.kind
FROM cases c JOIN households h ON h.id = c.household_id
LEFT JOIN deadlines d ON d.id = (SELECT x.id FROM deadlines x WHERE x.case_id = c.id
                                 AND x.done = 0 ORDER BY x.due_on, x.id LIMIT 1)
{{where}} ORDER BY d.due_on IS NULL, d.due_on, c.id
"""


@dataclass(frozen=True)
class CaseRow:
    case_id: int
    household_id: int
    external_id: str
    name: str
    state: str
    caseworker: str
    opened_on: date
    closed_on: date | None
    next_due: date | None
    next_kind: str

    def overdue(self, on: date) -> bool:
        return self.next_due is not None and self.next_due < on


def _day(text: Any) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def list_cases(db: Any, states: Sequence[str] = (), open_only: bool = False) -> list[CaseRow]:
    """Cases with the next open deadline first (no deadline last)."""
    where, params = [], list(states)
    if states:
        where.append(f"c.state IN ({', '.join('?' * len(states))})")
    if open_only:
        where.append("c.closed_on IS NULL")
    clause = "WHERE " + " AND ".join(where) if where else ""
    rows = db.conn.execute(_CASES.format(where=clause), params).fetchall()
    return [
        CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], _day(r[6]) or date.min, _day(r[7]),
                _day(r[8]), r[9] or "")  # fmt: skip
        for r in rows
    ]


@dataclass(frozen=True)
class DueItem:
    deadline_id: int
    case_id: int
    household_id: int
    external_id: str
    name: str
    kind: str
    label: str
    due_on: date
    state: str
    overdue: bool


def due_items(db: Any, on: date, within_days: int = 7) -> list[DueItem]:
    """Open deadlines overdue or due within ``within_days`` of ``on``, with the household name."""
    limit = (on + timedelta(days=within_days)).isoformat()
    rows = db.conn.execute(
        f"SELECT d.id, d.case_id, c.household_id, h.external_id, {_NAME}, d.kind, d.due_on,"
        " c.state FROM deadlines d JOIN cases c ON c.id = d.case_id"
        " JOIN households h ON h.id = c.household_id"
        " WHERE d.done = 0 AND d.due_on <= ? ORDER BY d.due_on, d.id",
        (limit,),
    ).fetchall()
    out = []
    for r in rows:
        due = date.fromisoformat(r[6])
        out.append(DueItem(r[0], r[1], r[2], r[3], r[4], r[5], DEADLINE_LABELS_NB.get(r[5], r[5]),
                           due, r[7], due < on))  # fmt: skip
    return out


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


def case_detail(db: Any, case_id: int) -> CaseDetail | None:
    case = db.cases.get(case_id)
    if case is None:
        return None
    row = db.conn.execute(
        f"SELECT h.external_id, {_NAME} FROM households h WHERE h.id = ?", (case.household_id,)
    ).fetchone()
    documents = [d for d in db.documents.for_household(case.household_id) if d.case_id == case_id]
    assessments = [a for a in (db.assessments.get(i) for i in attached_assessment_ids(db, case_id))
                   if a is not None]  # fmt: skip
    return CaseDetail(case, row[0], row[1], db.cases.events(case_id), db.cases.deadlines(case_id),
                      documents, assessments, allowed_next(case.state))  # fmt: skip


__all__ = ["CaseDetail", "CaseRow", "DueItem", "case_detail", "due_items", "list_cases"]
