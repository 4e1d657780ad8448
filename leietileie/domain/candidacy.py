"""May a household with rent arrears be screened again (issue 14)? Held back while it owes
overdue rent; after a settlement, a candidate again once the rent of the last months was paid
on time (``candidate_again``). The ledger's rules are ``domain.arrears``'s and
``domain.rent``'s.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from .arrears import LedgerMonth, _rows, month_due_date, month_last_on_time, owed_on
from .messages import Message
from .rent import paid_on_time


@dataclass(frozen=True)
class Candidacy:
    """May the household be screened again? If not, ``reason`` says why (shown in screening)."""

    eligible: bool
    months_on_time: int
    required: int
    reason: Message | None


def candidate_again(
    settled_on: date | None,
    ledger: Iterable[LedgerMonth | Sequence[object]],
    on: date,
    months_on_time_required: int = 6,
) -> Candidacy:
    """A household with arrears is held back; one whose arrears were settled on ``settled_on``
    becomes a candidate again once the rent of the last ``months_on_time_required`` months after
    the settlement was paid on time (``rent.paid_on_time``), with nothing owed now. Months count
    from the first rent due after the settlement, once their on-time day has passed; a late
    month starts the count again. A household with no arrears case (``settled_on`` None) and
    nothing owed is a candidate."""
    rows = _rows(ledger)
    owed = owed_on(rows, on)
    if owed > 0:
        return Candidacy(
            False, 0, months_on_time_required, Message("held_back_arrears", {"owed": owed})
        )
    if settled_on is None:
        return Candidacy(True, 0, months_on_time_required, None)
    run = 0
    for r in rows:
        if month_due_date(r.month) <= settled_on or month_last_on_time(r.month) >= on:
            continue
        if paid_on_time(r.month, r.amount_due, r.amount_paid, r.paid_on):
            run += 1
        else:
            run = 0
    if run >= months_on_time_required:
        return Candidacy(True, run, months_on_time_required, None)
    return Candidacy(
        False,
        run,
        months_on_time_required,
        Message(
            "held_back_on_time",
            {
                "months": run,
                "required": months_on_time_required,
                "settled_date": settled_on.isoformat(),
            },
        ),
    )
