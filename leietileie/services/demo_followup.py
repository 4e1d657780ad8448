"""The demo register's follow-up (issue 14): rent arrears at every escalation step, payment
agreements active, kept, broken and settled, closed arrears cases of each outcome, and
rent-to-own agreements with savings on track, behind, at risk, not started, near the option
expiry and exercised; so that each list and chart has realistic content.

Deterministic for a seed. At most ``GROUP`` households per kind (whatever the register's
size), written through the services and repositories (audited), so that a demo of 100 000
households stays fast; the rent ledger of the households concerned is adjusted to match.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from ..domain import pathway as pw
from ..domain.arrears import month_due_date, month_of
from . import followup_actions as fa

if TYPE_CHECKING:
    from ..storage.register import Register

#: Households per kind of follow-up, at most.
GROUP = 40

LedgerRow = tuple[int, str, float, float, str | None]


def _month(today: date, back: int) -> str:
    return month_of(pw.add_months(today.replace(day=1), -back))


def add_followup(db: Register, rent_rows: Sequence[LedgerRow], today: date, seed: int) -> None:
    """Add the follow-up to a demo register whose rent ledger is ``rent_rows`` (in the caller's
    transaction). Does nothing when the register already has follow-up data (a re-run)."""
    if db.arrears.all_cases() or db.pathway.agreements(pw.AGREEMENT_STATUSES):
        return
    rng = np.random.default_rng(seed + 1414)
    ledger: dict[int, list[LedgerRow]] = defaultdict(list)
    for row in rent_rows:
        ledger[row[0]].append(row)
    households = sorted(ledger)[1:]  # the first is the showcase household: left alone
    owing = [h for h in households if ledger[h][-1][3] == 0.0]
    paying = [h for h in households if ledger[h][-1][3] > 0.0 and len(ledger[h]) >= 12]
    size = max(1, min(GROUP, len(households) // 50))
    _arrears_ladder(db, owing[: 6 * size], ledger, today)
    _closed_cases(db, paying[: 6 * size], ledger, today, rng)
    _pathway(db, paying[6 * size : 6 * size + 7 * size], ledger, today, rng)


def _oldest_unpaid(rows: list[LedgerRow]) -> str:
    month = rows[-1][1]
    for row in reversed(rows):
        if row[3] > 0:
            break
        month = row[1]
    return month


def _arrears_ladder(
    db: Register, owing: list[int], ledger: dict[int, list[LedgerRow]], today: date
) -> None:
    """Open arrears at every step: nothing done yet, reminded, talked, referred to NAV,
    warned (waiting, or a petition due), and on an active payment agreement."""
    for j, hid in enumerate(owing):
        stage = j % 7
        if stage == 0:
            continue  # nothing done: the next step is the reminder
        due = month_due_date(_oldest_unpaid(ledger[hid]))

        def on(days: int, due: date = due) -> date:
            return max(date(today.year, 1, 1), min(today, due + timedelta(days=days)))

        fa.log_action(db, hid, "reminder", on(18), "Purring sendt")
        if stage >= 2:
            kind = "meeting" if stage % 2 == 0 else "call"
            fa.log_action(db, hid, kind, on(40), "Samtale om restansen")
        if stage >= 3:
            fa.log_action(db, hid, "nav_referral", on(42), "Henvist til økonomisk rådgivning")
        if stage == 4:
            fa.log_action(db, hid, "notice", today - timedelta(days=5), "Varsel om oppsigelse")
        if stage == 5:
            fa.log_action(db, hid, "notice", today - timedelta(days=30), "Varsel om oppsigelse")
        if stage == 6:
            owed = sum(r[2] - r[3] for r in ledger[hid])
            fa.create_payment_agreement(
                db, hid, _month(today, -1), max(500.0, round(owed / 6, -2)), owed, today
            )


def _closed_cases(
    db: Register,
    paying: list[int],
    ledger: dict[int, list[LedgerRow]],
    today: date,
    rng: np.random.Generator,
) -> None:
    """Arrears cases of this year, closed with each outcome; payment agreements
    kept (the ledger shows the instalments), broken and settled; some cases after a warning
    (an eviction prevented when they end settled or on an agreement)."""
    outcomes = ("settled", "agreement", "notice_given", "eviction_petition", "evicted", "moved")
    rewrites: list[LedgerRow] = []
    for j, hid in enumerate(paying):
        outcome = outcomes[j % len(outcomes)]
        # this year's cases only: the statistics of a demo register keep the years of its
        # screenings (the programme statistics show one row per year with any activity)
        first = date(today.year, 1, 1)
        span = max(1, (today - first).days - 60)
        opened = first + timedelta(days=int(rng.integers(0, span)))
        closed = max(
            opened,
            min(today - timedelta(days=5), opened + timedelta(days=int(rng.integers(55, 90)))),
        )
        fa.log_action(db, hid, "reminder", opened, "Purring sendt")
        fa.log_action(db, hid, "call", opened + timedelta(days=14), "Samtale om restansen")
        warned = outcome in ("notice_given", "eviction_petition", "evicted") or j % 4 == 0
        if warned:
            fa.log_action(db, hid, "notice", opened + timedelta(days=30), "Varsel om oppsigelse")
        if outcome in ("eviction_petition", "evicted"):
            fa.log_action(
                db, hid, "eviction_petition", opened + timedelta(days=50), "Begjæring sendt"
            )
        if outcome in ("agreement", "settled", "notice_given"):
            start = month_of(opened)
            case = db.arrears.open_case_for(hid)
            pid = db.arrears.add_payment_agreement(
                hid, start, 2_250, 4_500, opened, case.id if case else None
            )
            status = {"agreement": "kept", "settled": "settled", "notice_given": "broken"}[outcome]
            db.arrears.set_agreement_status(pid, status)
            if status == "kept":
                months = {start, month_of(pw.add_months(opened, 1))}
                rewrites += [
                    (h, m, due, due + 2_250, paid_on)
                    for h, m, due, _paid, paid_on in ledger[hid]
                    if m in months and paid_on
                ]
        fa.close_arrears_case(db, hid, outcome, closed)
    if rewrites:
        db.rent.bulk_insert(rewrites)


def _pathway(
    db: Register,
    households: list[int],
    ledger: dict[int, list[LedgerRow]],
    today: date,
    rng: np.random.Generator,
) -> None:
    """Rent-to-own agreements on track, behind, at risk (short or no recent balance), not
    started, near the option expiry (the offer can go out), and exercised, with their monthly
    savings balances."""
    kinds = ("on_track", "behind", "at_risk", "stale", "not_started", "near_expiry", "exercised")
    savings: list[tuple[int, date, float]] = []
    for j, hid in enumerate(households):
        kind = kinds[j % len(kinds)]
        if kind == "not_started":
            start = pw.add_months(today.replace(day=1), 2)
        elif kind in ("near_expiry", "exercised"):
            start = pw.add_months(today.replace(day=1), -int(rng.integers(50, 58)))
        else:
            start = pw.add_months(today.replace(day=1), -int(rng.integers(6, 40)))
        target = float(round(rng.uniform(1_500, 4_500), -2))
        savings0 = float(round(rng.uniform(5_000, 60_000), -3))
        rent = ledger[hid][-1][2]
        price = float(round(rent * 12 * rng.uniform(18, 26), -4))
        # Without a case: the showcase (services.showcase) opens the demo's cases and takes
        # any case in the register as a sign that it has already run.
        aid = db.pathway.add_agreement(
            hid,
            start_date=start,
            price_year0=price,
            valuation_year0=float(round(price * rng.uniform(0.97, 1.08), -4)),
            savings_year0=savings0,
            monthly_saving_target=target,
            option_expiry=pw.add_years(start, pw.MAX_OPTION_YEARS),
            conditions="Husstanden sparer fast hver måned og betaler husleien i tide.",
        )
        months = pw.months_between(start, today)
        stop = months - (5 if kind == "stale" else 0)
        short = {"behind": 2.0, "at_risk": 4.0}.get(kind, 0.0)
        for m in range(1, stop + 1):
            day = pw.add_months(start, m) - timedelta(days=1)
            missing = short * min(1.0, m / max(1, stop))
            balance = savings0 + target * (m - missing) + float(rng.integers(0, 300))
            savings.append((hid, day, max(0.0, round(balance, -1))))
        if kind == "exercised":
            fa.set_agreement_status(db, aid, "exercised")
    if savings:
        db.pathway.bulk_savings(savings)
