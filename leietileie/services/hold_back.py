"""The screening's hold-back by the rent ledger (issue 14): households with overdue rent above
the municipality's limit, or whose settled arrears are too recent, are not candidates now.

Its own module, apart from the follow-up lists (``services.followup``, which shares the
ledger helpers below), so that a screening imports only what it needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ..domain import arrears as ar
from ..domain import pathway as pw
from ..domain.candidacy import Candidacy, candidate_again
from ..domain.rent import DUE_DAY
from ..storage.queries import followup as fq
from ..storage.records import LedgerRow
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register


def months_on_time_required(db: Register) -> int:
    """Months paid on time after settled arrears before a household is screened again."""
    return int(Settings(db).get("arrears.months_on_time_required"))


def _ledger(rows: Iterable[LedgerRow]) -> list[ar.LedgerMonth]:
    return [ar.LedgerMonth(r.month, r.amount_due, r.amount_paid, r.paid_on) for r in rows]


def _last_overdue_month(on: date) -> str:
    """The latest month whose rent is overdue on ``on`` (its on-time day has passed)."""
    month = ar.month_of(on)
    return month if ar.month_last_on_time(month) < on else ar.month_of(pw.add_months(on, -1))


def _sums(db: Register, ids: Sequence[int], on: date) -> list[fq.LedgerSums]:
    return fq.ledger_sums(
        db.session,
        ids,
        on=on,
        up_to=ar.month_of(on),
        last_overdue=_last_overdue_month(on),
        cut=_cut(on),
        settled_by=pw.add_months(on, -3),
        # a payment without a date counts from its month's due date (domain.arrears._paid_by)
        undated_counts_in_last_month=on.day >= DUE_DAY,
    )


def _cut(on: date) -> str:
    """The first month of a ledger's recent part (``_facts_for``): three months back, so that
    every month before it was already overdue three months before ``on`` (the trend's date)."""
    return ar.month_of(pw.add_months(on, -3))


# -- screening: held back by arrears -----------------------------------------------------------

#: Screening reason codes for a household held back by its rent ledger (services.screening).
HELD_BACK_OWING = "arrears_ledger"
HELD_BACK_ON_TIME = "arrears_on_time"


def held_back(db: Register, on: date, max_arrears: float) -> dict[int, Candidacy]:
    """The households the screening holds back on ``on`` because of their rent ledger, with
    the domain's reason (``domain.candidacy.candidate_again``): overdue rent above the
    municipality's limit (``screening.max_arrears``), or arrears settled (an arrears case
    closed as settled or on an agreement) less than ``arrears.months_on_time_required``
    months of rent paid on time ago. Only the households with a month not paid in full
    (``households_with_shortfall``) and those with such a closed case read their ledger."""
    required = months_on_time_required(db)
    with db.read():
        short = db.arrears.households_with_shortfall(ar.month_of(on))
        settled: dict[int, date] = {}
        for case in db.arrears.all_cases():
            if (
                case.closed_on is not None
                and case.closed_on <= on
                and case.outcome in ("settled", "agreement")
            ):
                settled[case.household_id] = max(
                    case.closed_on, settled.get(case.household_id, case.closed_on)
                )
        # what is owed now, from the ledger sums: overdue rent less everything paid by ``on``
        # (the domain's rule, given to it below as one row: its due date has passed, so all
        # of it is overdue and every payment counts)
        owing = {
            x.household_id: ar.LedgerMonth(
                _last_overdue_month(on), x.due_overdue, x.paid_by_on, None
            )
            for x in _sums(db, short, on)
            if x.due_overdue - x.paid_by_on > max_arrears
        }
        ledgers = {
            hid: _ledger(rows)
            for hid, rows in db.arrears.ledger_of(sorted(settled), ar.month_of(on))
        }
    out: dict[int, Candidacy] = {}
    for hid, total in owing.items():
        candidacy = candidate_again(settled.get(hid), [total], on, required)
        if not candidacy.eligible:
            out[hid] = candidacy
    for hid, day in settled.items():
        if hid in out:
            continue
        candidacy = candidate_again(day, ledgers.get(hid, []), on, required)
        if candidacy.eligible or candidacy.reason is None:
            continue
        if candidacy.reason.code == "held_back_arrears" and hid not in out:
            continue  # owing below the limit: the limit decides (above)
        out[hid] = candidacy
    return out


def held_back_code(candidacy: Candidacy) -> str:
    """The screening reason code for a household held back (``held_back``)."""
    if candidacy.reason is not None and candidacy.reason.code == "held_back_arrears":
        return HELD_BACK_OWING
    return HELD_BACK_ON_TIME
