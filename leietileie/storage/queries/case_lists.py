"""Case rows for the Saker view: cases with the household's name and next open deadline,
open deadlines up to a day with the household's name, and a household's name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..records import Deadline
from ..session import Reader
from .listing import APPLICANT_NAME

_CASES = f"""
SELECT c.id, c.household_id, h.external_id, {APPLICANT_NAME}, c.state, c.caseworker, c.opened_on,
       c.closed_on, d.due_on, d.kind
FROM cases c JOIN households h ON h.id = c.household_id
LEFT JOIN deadlines d ON d.id = (SELECT x.id FROM deadlines x WHERE x.case_id = c.id
                                 AND x.done = 0 ORDER BY x.due_on, x.id LIMIT 1)
{{where}} ORDER BY d.due_on IS NULL, d.due_on, c.id
"""

_DUE = f"""
SELECT d.id, d.case_id, c.household_id, h.external_id, {APPLICANT_NAME}, d.kind, d.due_on, c.state,
       d.note
FROM deadlines d JOIN cases c ON c.id = d.case_id JOIN households h ON h.id = c.household_id
WHERE d.done = 0 AND d.due_on <= ? AND h.deleted_at IS NULL ORDER BY d.due_on, d.id
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


def _day(text: object) -> date | None:
    return date.fromisoformat(str(text)[:10]) if text else None


def list_cases(conn: Reader, states: Sequence[str] = (), open_only: bool = False) -> list[CaseRow]:
    """Cases with the next open deadline first (no deadline last), optionally only some
    states and only open cases."""
    where: list[str] = ["h.deleted_at IS NULL"]
    params: list[object] = list(states)
    if states:
        where.append(f"c.state IN ({', '.join('?' * len(states))})")
    if open_only:
        where.append("c.closed_on IS NULL")
    clause = "WHERE " + " AND ".join(where) if where else ""
    rows = conn.execute(_CASES.format(where=clause), params).fetchall()
    return [_case_row(r) for r in rows]


def _case_row(r: Sequence[Any]) -> CaseRow:
    opened, closed, due = _day(r[6]) or date.min, _day(r[7]), _day(r[8])
    return CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], opened, closed, due, r[9] or "")


def due_until(conn: Reader, last_day: date) -> list[Deadline]:
    """Open deadlines due on or before ``last_day`` (overdue included), earliest first."""
    rows = conn.execute(_DUE, (last_day.isoformat(),)).fetchall()
    return [
        Deadline(
            id=r[0],
            case_id=r[1],
            kind=r[5],
            due_on=date.fromisoformat(r[6]),
            done=False,
            note=r[8],
            household_id=r[2],
            external_id=r[3],
            name=r[4],
            state=r[7],
        )
        for r in rows
    ]


def household_name(conn: Reader, household_id: int) -> tuple[str, str] | None:
    """A household's external id and list name, or None when there is no such household."""
    row = conn.execute(
        f"SELECT h.external_id, {APPLICANT_NAME} FROM households h WHERE h.id = ?",
        (household_id,),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


__all__ = ["CaseRow", "due_until", "household_name", "list_cases"]
