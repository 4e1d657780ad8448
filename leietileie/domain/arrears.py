"""Rent arrears: the facts from the rent ledger, the next step, payment agreements (issue 14).

The ledger has one row a month per household: the month ('YYYY-MM'), the amount due, the
amount paid and the day it was paid (``rent_payments``). Rent falls due on ``rent.DUE_DAY`` and
counts as paid on time by ``rent.LAST_ON_TIME_DAY`` (``domain.rent``). From the ledger:

* ``arrears_facts`` — what is owed, for how many months, since when, and the trend;
* ``next_step`` — what the office does next by the municipality's ``EscalationRules``
  (reminder, talk, NAV referral, payment agreement follow-up, notice, eviction petition), with
  the reason as a message and the legal sources where the step has legal weight
  (``domain.legal``);
* payment agreements (nedbetalingsavtale): in :mod:`.payment_agreement`;
* ``candidate_again``: whether a household whose arrears are settled may be screened again.

Payments are applied to the oldest rent first (a payment settles the oldest open month), so
"months late" are the months from the oldest unpaid one. Pure: no storage, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from .messages import Message
from .pathway import add_months
from .rent import DUE_DAY, FULL_TOLERANCE, LAST_ON_TIME_DAY

#: Actions logged on a household (storage ``arrears_actions.kind``).
ACTION_KINDS = (
    "reminder",
    "call",
    "meeting",
    "nav_referral",
    "payment_agreement",
    "notice",
    "eviction_petition",
    "note",
)
#: Next-step codes, in the order of the escalation ladder.
STEP_CODES = (
    "none",
    "reminder",
    "talk",
    "nav_referral",
    "payment_agreement_follow_up",
    "notice",
    "eviction_petition",
)
#: Outcomes of an arrears case (storage ``arrears_cases.outcome``).
OUTCOMES = ("settled", "agreement", "notice_given", "eviction_petition", "evicted", "moved")
#: Payment agreement statuses (storage ``payment_agreements.status``).
TRENDS = ("rising", "falling", "steady")

OUTCOME_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "settled": "Gjort opp",
        "agreement": "Nedbetalingsavtale",
        "notice_given": "Oppsagt",
        "eviction_petition": "Begjært utkastelse",
        "evicted": "Utkastet",
        "moved": "Flyttet",
    },
    "nn": {
        "settled": "Gjort opp",
        "agreement": "Nedbetalingsavtale",
        "notice_given": "Oppsagd",
        "eviction_petition": "Kravd utkasting",
        "evicted": "Utkasta",
        "moved": "Flytta",
    },
    "en": {
        "settled": "Settled",
        "agreement": "Payment agreement",
        "notice_given": "Notice given",
        "eviction_petition": "Eviction petitioned",
        "evicted": "Evicted",
        "moved": "Moved",
    },
}
ACTION_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "reminder": "Betalingspåminnelse",
        "call": "Telefonsamtale",
        "meeting": "Møte",
        "nav_referral": "Henvist til NAV (økonomisk rådgivning)",
        "payment_agreement": "Nedbetalingsavtale",
        "notice": "Varsel/oppsigelse",
        "eviction_petition": "Begjæring om utkastelse",
        "note": "Notat",
    },
    "nn": {
        "reminder": "Betalingspåminning",
        "call": "Telefonsamtale",
        "meeting": "Møte",
        "nav_referral": "Vist til NAV (økonomisk rådgjeving)",
        "payment_agreement": "Nedbetalingsavtale",
        "notice": "Varsel/oppseiing",
        "eviction_petition": "Krav om utkasting",
        "note": "Notat",
    },
    "en": {
        "reminder": "Payment reminder",
        "call": "Phone call",
        "meeting": "Meeting",
        "nav_referral": "Referred to NAV (economic counselling)",
        "payment_agreement": "Payment agreement",
        "notice": "Warning/notice",
        "eviction_petition": "Eviction petition",
        "note": "Note",
    },
}
STEP_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "none": "Ingen",
        "reminder": "Send betalingspåminnelse",
        "talk": "Inviter til samtale",
        "nav_referral": "Tilby økonomisk rådgivning (NAV)",
        "payment_agreement_follow_up": "Følg opp nedbetalingsavtalen",
        "notice": "Vurder varsel/oppsigelse",
        "eviction_petition": "Vurder begjæring om utkastelse",
    },
    "nn": {
        "none": "Ingen",
        "reminder": "Send betalingspåminning",
        "talk": "Inviter til samtale",
        "nav_referral": "Tilby økonomisk rådgjeving (NAV)",
        "payment_agreement_follow_up": "Følg opp nedbetalingsavtalen",
        "notice": "Vurder varsel/oppseiing",
        "eviction_petition": "Vurder krav om utkasting",
    },
    "en": {
        "none": "None",
        "reminder": "Send a payment reminder",
        "talk": "Invite to a talk",
        "nav_referral": "Offer economic counselling (NAV)",
        "payment_agreement_follow_up": "Follow up the payment agreement",
        "notice": "Consider warning/notice",
        "eviction_petition": "Consider an eviction petition",
    },
}
TREND_LABELS: dict[str, dict[str, str]] = {
    "nb": {"rising": "Økende", "falling": "Synkende", "steady": "Stabil"},
    "nn": {"rising": "Aukande", "falling": "Søkkande", "steady": "Stabil"},
    "en": {"rising": "Rising", "falling": "Falling", "steady": "Steady"},
}


class ArrearsError(ValueError):
    """Bad input to a payment agreement; ``messages`` says which rule (one per problem)."""

    def __init__(self, messages: list[Message]):
        self.messages = list(messages)
        super().__init__("; ".join(m.text() for m in self.messages))


class LedgerMonth(NamedTuple):
    """One row of the rent ledger; a storage row ``(month, due, paid, paid_on)`` fits as is."""

    month: str  # 'YYYY-MM'
    amount_due: float
    amount_paid: float
    paid_on: date | None


def month_due_date(month: str) -> date:
    """The day the rent of ``month`` ('YYYY-MM') falls due."""
    return date.fromisoformat(f"{month}-{DUE_DAY:02d}")


def month_last_on_time(month: str) -> date:
    return date.fromisoformat(f"{month}-{LAST_ON_TIME_DAY:02d}")


def month_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def next_month(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    return f"{year:04d}-{mon:02d}"


def _rows(ledger: Iterable[LedgerMonth | Sequence[object]]) -> list[LedgerMonth]:
    out = []
    for row in ledger:
        if isinstance(row, LedgerMonth):
            out.append(row)
        else:
            month, due, paid, paid_on = row[0], row[1], row[2], row[3]
            if isinstance(paid_on, str):
                paid_on = date.fromisoformat(paid_on[:10]) if paid_on else None
            out.append(
                LedgerMonth(
                    str(month),
                    float(due or 0.0),  # type: ignore[arg-type]
                    float(paid or 0.0),  # type: ignore[arg-type]
                    paid_on if isinstance(paid_on, date) else None,
                )
            )
    return sorted(out, key=lambda r: r.month)


def _paid_by(row: LedgerMonth, on: date) -> float:
    """What of the row's payment had been paid on ``on`` (a payment without a date counts from
    the month's due date)."""
    when = row.paid_on or month_due_date(row.month)
    return row.amount_paid if when <= on else 0.0


def _overdue(row: LedgerMonth, on: date) -> bool:
    """Is the rent of ``row`` overdue on ``on``: its on-time day has passed?"""
    return month_last_on_time(row.month) < on


def _unpaid(rows: Sequence[LedgerMonth], on: date, counted: Sequence[LedgerMonth]) -> float:
    due = sum(r.amount_due for r in counted)
    paid = sum(_paid_by(r, on) for r in rows)
    left = due - paid
    return left if left > FULL_TOLERANCE else 0.0


def owed_on(ledger: Iterable[LedgerMonth | Sequence[object]], on: date) -> float:
    """Overdue rent on ``on``: the rent of the months whose on-time day has passed, less
    everything paid by ``on`` (never below zero; below ``rent.FULL_TOLERANCE`` is nothing)."""
    rows = _rows(ledger)
    return _unpaid(rows, on, [r for r in rows if _overdue(r, on)])


def balance_on(ledger: Iterable[LedgerMonth | Sequence[object]], on: date) -> float:
    """All rent fallen due by ``on`` (its due day reached, overdue or not) less everything paid
    by ``on``: the overdue rent plus this month's rent still within its grace."""
    rows = _rows(ledger)
    return _unpaid(rows, on, [r for r in rows if month_due_date(r.month) <= on])


@dataclass(frozen=True)
class ArrearsFacts:
    """What the ledger says on ``on``. Payments settle the oldest rent first.

    * ``owed``: overdue rent, the arrears: the rent of the months whose on-time day
      (``rent.LAST_ON_TIME_DAY``, the 15th) has passed, less everything paid by ``on`` (≥ 0; a
      remainder below ``rent.FULL_TOLERANCE`` is nothing). This month's rent is not arrears
      before its on-time day has passed (paid by the 15th is on time).
    * ``balance``: all rent fallen due (due day reached) less everything paid: ``owed`` plus the
      current month's rent while it is still within its grace.
    * ``oldest_unpaid``: the oldest overdue month not fully covered; ``months_late``: the overdue
      months from it to now (all unpaid, since payments go to the oldest first);
      ``days_since_due``: days from the oldest unpaid month's due date (``rent.DUE_DAY``) to
      ``on``.
    * ``trend``: ``owed`` now against ``owed`` three months before (same day of the month):
      ``rising``/``falling`` when it moved by more than ``trend_tolerance_kr``, else ``steady``.
    """

    on: date
    owed: float
    months_late: int
    oldest_unpaid: str | None
    days_since_due: int
    trend: str
    owed_3_months_ago: float
    balance: float


def arrears_facts(
    ledger: Iterable[LedgerMonth | Sequence[object]], on: date, trend_tolerance_kr: float = 1.0
) -> ArrearsFacts:
    """The arrears facts of one household's ledger on ``on`` (see ``ArrearsFacts``)."""
    rows = _rows(ledger)
    overdue = [r for r in rows if _overdue(r, on)]
    owed = _unpaid(rows, on, overdue)
    before = owed_on(rows, add_months(on, -3))
    if owed > before + trend_tolerance_kr:
        trend = "rising"
    elif owed < before - trend_tolerance_kr:
        trend = "falling"
    else:
        trend = "steady"
    oldest: str | None = None
    months_late = 0
    if owed > 0:
        paid = sum(_paid_by(r, on) for r in rows)
        for r in overdue:
            if r.amount_due <= 0:
                continue
            if oldest is None and paid + FULL_TOLERANCE < r.amount_due:
                oldest = r.month
            paid = max(0.0, paid - r.amount_due)
            if oldest is not None:
                months_late += 1
    days = (on - month_due_date(oldest)).days if oldest else 0
    balance = balance_on(rows, on)
    return ArrearsFacts(on, owed, months_late, oldest, days, trend, before, balance)


@dataclass(frozen=True)
class EscalationRules:
    """The municipality's escalation ladder for rent arrears (settings; defaults below).

    * ``reminder_after_days`` = 14: a payment reminder once the oldest unpaid rent is more than
      14 days past its due date, i.e. after the on-time day (``rent.LAST_ON_TIME_DAY`` = 15,
      14 days' grace); the same 14 days an inkassovarsel must give (inkassoloven § 9).
      ``reminder_after_kr`` (None: off) sends it as soon as that much is owed.
    * ``talk_at_months`` = 2: an invitation to a talk at two months' arrears (the issue).
    * ``nav_referral_at_months`` = 2: at the same point, the offer of NAV's economic counselling
      (sosialtjenesteloven § 17) and, with the tenant's consent or unless they reserve, notice to
      NAV (husleieloven § 9-11).
    * ``notice_at_months`` = 3: consider a warning/notice: about three months' unpaid rent is
      commonly found to be a material breach (husleieloven § 9-9; see ``domain.legal``).
    * ``petition_after_notice_days`` = 14: an eviction petition may be considered 14 days after
      the warning was sent (tvangsfullbyrdelsesloven § 4-18) if the arrears still stand.
    * ``ignore_below_kr``: owed amounts below this start nothing (default ``FULL_TOLERANCE``).
    * ``broken_after_missed`` = 2: a payment agreement is broken after two missed instalments in
      a row.
    """

    reminder_after_days: int = 14
    reminder_after_kr: float | None = None
    talk_at_months: int = 2
    nav_referral_at_months: int = 2
    notice_at_months: int = 3
    petition_after_notice_days: int = 14
    ignore_below_kr: float = FULL_TOLERANCE
    broken_after_missed: int = 2


#: Which logged action kinds count as a step done.
STEP_DONE_BY: dict[str, frozenset[str]] = {
    "reminder": frozenset({"reminder"}),
    "talk": frozenset({"call", "meeting"}),
    "nav_referral": frozenset({"nav_referral"}),
    "notice": frozenset({"notice"}),
    "eviction_petition": frozenset({"eviction_petition"}),
}
#: The legal sources cited for a step (``domain.legal`` codes).
STEP_LEGAL: dict[str, tuple[str, ...]] = {
    "none": (),
    "reminder": (),
    "talk": (),
    "nav_referral": ("sosialtjenesteloven_17", "husleieloven_9_11"),
    "payment_agreement_follow_up": (),
    "notice": (
        "husleieloven_9_9",
        "husleieloven_9_5",
        "husleieloven_9_7",
        "tvangsfullbyrdelsesloven_4_18",
    ),
    "eviction_petition": (
        "tvangsfullbyrdelsesloven_13_2",
        "tvangsfullbyrdelsesloven_4_18",
        "tvangsfullbyrdelsesloven_13_6",
    ),
}


@dataclass(frozen=True)
class Step:
    """The next step for a household: its code, why (a message) and the legal sources."""

    code: str  # one of STEP_CODES
    reason: Message
    legal: tuple[str, ...] = ()

    def label(self, language: str = "nb") -> str:
        return STEP_LABELS.get(language, STEP_LABELS["nb"])[self.code]


def next_step(
    facts: ArrearsFacts,
    actions_done: Iterable[tuple[str, date]],
    rules: EscalationRules | None = None,
    on: date | None = None,
    payment_agreement: str | None = None,
) -> Step:
    """The next step on ``on`` (default ``facts.on``).

    The ladder is climbed in order — reminder, talk, NAV referral, notice, eviction petition —
    and the first step that is due and not yet done in this arrears episode is returned: no step
    is skipped and none repeated. Only actions on or after the oldest unpaid rent's due date
    count (a reminder from an earlier, settled episode does not). An active payment agreement
    (``payment_agreement`` = its status, 'active') holds the ladder: the step is to follow it
    up; a broken one lets the ladder go on. When every due step is done, the step is 'none' with
    the reason saying what is awaited.
    """
    rules = rules or EscalationRules()
    on = on or facts.on
    if facts.owed < max(rules.ignore_below_kr, FULL_TOLERANCE) or facts.oldest_unpaid is None:
        return Step("none", Message("arrears_none"))
    if payment_agreement == "active":
        return Step(
            "payment_agreement_follow_up",
            Message("arrears_agreement_follow_up", {"owed": facts.owed}),
        )
    since = month_due_date(facts.oldest_unpaid)
    done: dict[str, date] = {}
    for kind, day in actions_done:
        if day >= since:
            for done_step, kinds in STEP_DONE_BY.items():
                if kind in kinds and (done_step not in done or day > done[done_step]):
                    done[done_step] = day

    def step(code: str, reason: Message) -> Step:
        return Step(code, reason, STEP_LEGAL[code])

    late = facts.months_late
    reminder_days = facts.days_since_due > rules.reminder_after_days
    reminder_kr = rules.reminder_after_kr is not None and facts.owed >= rules.reminder_after_kr
    if (reminder_days or reminder_kr) and "reminder" not in done:
        if reminder_days:
            return step(
                "reminder",
                Message(
                    "arrears_reminder_days", {"days": facts.days_since_due, "owed": facts.owed}
                ),
            )
        return step(
            "reminder",
            Message(
                "arrears_reminder_kr", {"owed": facts.owed, "threshold_kr": rules.reminder_after_kr}
            ),
        )
    if late >= rules.talk_at_months and "talk" not in done:
        return step("talk", Message("arrears_talk", {"months": late, "owed": facts.owed}))
    if late >= rules.nav_referral_at_months and "nav_referral" not in done:
        return step("nav_referral", Message("arrears_nav_referral", {"months": late}))
    if late >= rules.notice_at_months and "notice" not in done:
        return step("notice", Message("arrears_notice", {"months": late, "owed": facts.owed}))
    if "notice" in done and late >= rules.notice_at_months and "eviction_petition" not in done:
        earliest = done["notice"] + timedelta(days=rules.petition_after_notice_days)
        if on >= earliest:
            return step(
                "eviction_petition",
                Message(
                    "arrears_eviction_petition",
                    {
                        "notice_date": done["notice"].isoformat(),
                        "days": rules.petition_after_notice_days,
                    },
                ),
            )
        return Step("none", Message("arrears_wait_petition", {"until_date": earliest.isoformat()}))
    if not (reminder_days or reminder_kr):
        return Step(
            "none",
            Message("arrears_not_due", {"owed": facts.owed, "days": facts.days_since_due}),
        )
    return Step("none", Message("arrears_steps_done", {"owed": facts.owed, "months": late}))
