"""Payment agreements (nedbetalingsavtaler) on rent arrears: the schedule of instalments,
whether each month was kept against the rent ledger, and the agreement's status. The ledger's
rules (months, on-time day, what counts as paid) are :mod:`.arrears`'s."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from datetime import date
from typing import NamedTuple

from .arrears import (
    ArrearsError,
    EscalationRules,
    LedgerMonth,
    _rows,
    month_last_on_time,
    next_month,
)
from .messages import Message
from .rent import FULL_TOLERANCE

AGREEMENT_STATUSES = ("active", "kept", "broken", "settled")


class Instalment(NamedTuple):
    month: str  # 'YYYY-MM'
    amount: float


def _valid_month(month: str) -> bool:
    if len(month) != 7 or month[4] != "-":
        return False
    try:
        date.fromisoformat(f"{month}-01")
    except ValueError:
        return False
    return True


def schedule(start_month: str, monthly_amount: float, total_amount: float) -> list[Instalment]:
    """The instalments: ``monthly_amount`` a month from ``start_month`` until ``total_amount``
    is paid; the last instalment is the remainder (amounts in whole øre). Refuses a bad month
    and amounts that are not positive (``ArrearsError``)."""
    problems: list[Message] = []
    if not isinstance(start_month, str) or not _valid_month(start_month):
        problems.append(Message("schedule_month_invalid", {"value": str(start_month)}))
    for name, value in (("monthly_amount", monthly_amount), ("total_amount", total_amount)):
        if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            problems.append(Message("schedule_amount_not_positive", {"agreement_field": name}))
    if problems:
        raise ArrearsError(problems)
    monthly_ore = round(monthly_amount * 100)
    total_ore = round(total_amount * 100)
    if monthly_ore <= 0 or total_ore <= 0:  # positive but below half an øre
        raise ArrearsError(
            [Message("schedule_amount_not_positive", {"agreement_field": "monthly_amount"})]
        )
    full, rest = divmod(total_ore, monthly_ore)
    amounts = [monthly_ore] * full + ([rest] if rest else [])
    out = []
    month = start_month
    for ore in amounts:
        out.append(Instalment(month, ore / 100))
        month = next_month(month)
    return out


class KeptMonth(NamedTuple):
    month: str
    kept: bool
    paid_towards: float  # this month's payment beyond this month's rent


def kept_by_month(
    plan: Sequence[Instalment],
    ledger: Iterable[LedgerMonth | Sequence[object]],
    on: date | None = None,
) -> list[KeptMonth]:
    """Month by month, was the agreement kept?

    A month's payment beyond that month's rent due counts toward the agreement. A month is kept
    when everything paid toward the agreement so far covers the instalments so far (within
    ``rent.FULL_TOLERANCE``): paying two instalments at once keeps the next month too, and a
    missed month caught up later is kept again from then. Months are judged once their on-time
    day has passed (with ``on``), or when they are in the ledger (without ``on``); a month not
    in the ledger has nothing paid toward the agreement.
    """
    by_month = {r.month: r for r in _rows(ledger)}
    out: list[KeptMonth] = []
    owed_so_far = 0.0
    paid_so_far = 0.0
    for inst in plan:
        row = by_month.get(inst.month)
        if on is not None:
            if month_last_on_time(inst.month) >= on:
                break
        elif row is None:
            break
        towards = max(0.0, row.amount_paid - row.amount_due) if row else 0.0
        owed_so_far += inst.amount
        paid_so_far += towards
        out.append(KeptMonth(inst.month, paid_so_far + FULL_TOLERANCE >= owed_so_far, towards))
    return out


def agreement_status(
    plan: Sequence[Instalment],
    ledger: Iterable[LedgerMonth | Sequence[object]],
    on: date | None = None,
    rules: EscalationRules | None = None,
) -> str:
    """'settled' when the whole amount is paid before the last instalment's month; 'kept' when it
    is paid as agreed (every month judged, the last one kept); 'broken' when the last
    ``rules.broken_after_missed`` judged months were all missed; otherwise 'active'."""
    rules = rules or EscalationRules()
    months = kept_by_month(plan, ledger, on)
    if not plan:
        return "settled"
    total = sum(i.amount for i in plan)
    paid = sum(m.paid_towards for m in months)
    if paid + FULL_TOLERANCE >= total:
        return (
            "kept"
            if len(months) == len(plan) and _paid_up_only_at_end(months, plan)
            else ("settled")
        )
    n = rules.broken_after_missed
    if n > 0 and len(months) >= n and not any(m.kept for m in months[-n:]):
        return "broken"
    return "active"


def _paid_up_only_at_end(months: Sequence[KeptMonth], plan: Sequence[Instalment]) -> bool:
    """True when the whole amount was reached only in the last instalment's month."""
    total = sum(i.amount for i in plan)
    return sum(m.paid_towards for m in months[:-1]) + FULL_TOLERANCE < total
