"""Read queries for the follow-up lists (issue 14; ``services.followup``): household labels,
the last re-assessment of each case, and the ledger sums that let the arrears list read only
the recent months of the households that owe (the rules stay in ``domain.arrears``; the
service decides what the sums mean)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .listing import APPLICANT_NAME

if TYPE_CHECKING:
    from ..session import Session


def _ids(ids: Iterable[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def household_labels(session: Session, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """(external_id, name, unit_id) of the given households not deleted."""
    if not ids:
        return {}
    rows = session.all(
        f"SELECT h.id, h.external_id, {APPLICANT_NAME}, coalesce(u.unit_id, '')"
        " FROM households h LEFT JOIN units u ON u.id = h.unit_ref"
        " WHERE h.deleted_at IS NULL AND " + session.dialect.in_ids("h.id"),
        (_ids(ids),),
    )
    return {int(r[0]): (str(r[1]), str(r[2]), str(r[3])) for r in rows}


def household_exists(session: Session, household_id: int) -> bool:
    row = session.first(
        "SELECT 1 FROM households WHERE id = ? AND deleted_at IS NULL", (int(household_id),)
    )
    return row is not None


def unit_ref_of(session: Session, household_id: int) -> int | None:
    row = session.first("SELECT unit_ref FROM households WHERE id = ?", (int(household_id),))
    return None if row is None or row[0] is None else int(row[0])


def last_done_deadlines(session: Session, kind: str, case_ids: Sequence[int]) -> dict[int, date]:
    """Per case, the due date of its latest deadline of ``kind`` marked done."""
    if not case_ids:
        return {}
    rows = session.all(
        "SELECT case_id, max(due_on) FROM deadlines WHERE kind = ? AND done = 1 AND "
        + session.dialect.in_ids("case_id")
        + " GROUP BY case_id",
        (kind, _ids(case_ids)),
    )
    return {int(r[0]): date.fromisoformat(str(r[1])[:10]) for r in rows}


@dataclass(frozen=True)
class LedgerSums:
    """One household's ledger sums up to ``up_to`` (see ``ledger_sums``)."""

    household_id: int
    due_overdue: float  # rent of the months up to ``last_overdue``
    paid_by_on: float  # paid on or before ``on`` (a payment without a date: by its month)
    due_before_cut: float  # rent of the months before ``cut``
    paid_before_cut: float  # paid for the months before ``cut``
    last_before_cut: str | None  # the last month before ``cut`` (None: none)
    paid_late_before_cut: bool  # a month before ``cut`` paid after ``settled_by``


def ledger_sums(
    session: Session,
    ids: Sequence[int],
    *,
    on: date,
    up_to: str,
    last_overdue: str,
    cut: str,
    settled_by: date,
    undated_counts_in_last_month: bool = True,
) -> list[LedgerSums]:
    """The sums of the given households' ledger rows up to month ``up_to`` in one aggregate."""
    if not ids:
        return []
    undated = "paid_on IS NULL"
    params: list[object] = [last_overdue, on.isoformat()]
    if not undated_counts_in_last_month:
        undated += " AND month < ?"
        params.append(up_to)
    params += [cut, cut, cut, cut, settled_by.isoformat(), up_to, _ids(ids)]
    rows = session.all(
        "SELECT household_id,"
        " sum(CASE WHEN month <= ? THEN amount_due ELSE 0 END),"
        f" sum(CASE WHEN paid_on <= ? OR ({undated}) THEN amount_paid ELSE 0 END),"
        " sum(CASE WHEN month < ? THEN amount_due ELSE 0 END),"
        " sum(CASE WHEN month < ? THEN amount_paid ELSE 0 END),"
        " max(CASE WHEN month < ? THEN month END),"
        " max(CASE WHEN month < ? AND paid_on > ? THEN 1 ELSE 0 END)"
        " FROM rent_payments WHERE month <= ? AND "
        + session.dialect.in_ids("household_id")
        + " GROUP BY household_id",
        params,
    )
    return [
        LedgerSums(
            int(r[0]),
            float(r[1] or 0),
            float(r[2] or 0),
            float(r[3] or 0),
            float(r[4] or 0),
            None if r[5] is None else str(r[5]),
            bool(r[6]),
        )
        for r in rows
    ]


def ledger_from(
    session: Session, ids: Sequence[int], first: str, up_to: str
) -> Iterator[tuple[int, str, float, float, date | None]]:
    """(household_id, month, due, paid, paid_on) of the months ``first``..``up_to`` of the
    given households, by household and month."""
    if not ids:
        return
    cursor = session.execute(
        "SELECT household_id, month, amount_due, amount_paid, paid_on FROM rent_payments"
        " WHERE month >= ? AND month <= ? AND "
        + session.dialect.in_ids("household_id")
        + " ORDER BY household_id, month",
        (first, up_to, _ids(ids)),
    )
    for hid, month, due, paid, paid_on in cursor:
        yield (
            int(hid),
            str(month),
            float(due),
            float(paid),
            None if not paid_on else date.fromisoformat(str(paid_on)[:10]),
        )
