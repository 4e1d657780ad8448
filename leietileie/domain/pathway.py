"""Follow-up of a rent-to-own agreement (leie til eie): actual savings against plan (issue 14).

A rent-to-own plan (``domain.rent_to_own``) becomes an **agreement** on the household's case:
start date, year-0 price and valuation, savings at start, a monthly saving target and the
option expiry (at most five years after the start). Month by month the household should hold
``savings_year0 + target × whole months since start``; the savings balances entered or imported
are compared with that, together with the rent ledger's arrears, to give a status: on track,
behind or at risk (or not started / ended). The thresholds are the municipality's, from the
settings, passed in as ``PathwayRules``.

Pure: no storage, no Qt. Messages (code + figures) say why; ``domain.messages`` renders them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .messages import Message

#: The option may run at most this many years from the start (the issue: option expiry ≤ 5
#: years; the municipality's leie-til-eie model holds the unit for a few years, domain.md §8).
MAX_OPTION_YEARS = 5

#: Agreement statuses (storage ``rto_agreements.status``); only ``active`` is followed up.
AGREEMENT_STATUSES = ("active", "exercised", "expired", "cancelled")

#: Pathway status codes, from best to worst, then the two outside the follow-up.
STATUS_CODES = ("on_track", "behind", "at_risk", "not_started", "ended")

STATUS_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "on_track": "I rute",
        "behind": "Etter plan",
        "at_risk": "I faresonen",
        "not_started": "Ikke startet",
        "ended": "Avsluttet",
    },
    "nn": {
        "on_track": "I rute",
        "behind": "Etter plan",
        "at_risk": "I faresona",
        "not_started": "Ikkje starta",
        "ended": "Avslutta",
    },
    "en": {
        "on_track": "On track",
        "behind": "Behind",
        "at_risk": "At risk",
        "not_started": "Not started",
        "ended": "Ended",
    },
}


class PathwayError(ValueError):
    """An agreement that breaks a rule; ``messages`` says which (one message per problem).

    The services turn it into an ``InputError(err.messages)`` (exit status 2, nothing saved)."""

    def __init__(self, messages: list[Message]):
        self.messages = list(messages)
        super().__init__("; ".join(m.text() for m in self.messages))


def add_years(day: date, years: int) -> date:
    """The same date ``years`` later; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier, when negative), on the month's last day when
    that day does not exist: 31 March − 1 month = 28 (29) February."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, d))
        except ValueError:
            continue
    raise AssertionError("unreachable")


def _last_day(day: date) -> bool:
    nxt = date.fromordinal(day.toordinal() + 1)
    return nxt.month != day.month


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` (0 when ``end`` is before ``start``).

    A month is complete on the same day of a later month; when that day does not exist (start on
    the 31st), on the last day of the month: 31 Jan → 28 Feb is one month, 15 Jan → 14 Feb none.
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day and not _last_day(end):
        months -= 1
    return max(0, months)


@dataclass(frozen=True)
class Agreement:
    """A rent-to-own agreement as signed. Constructing one checks its rules (``PathwayError``)."""

    start_date: date
    price_year0: float
    valuation_year0: float
    savings_year0: float
    monthly_saving_target: float
    option_expiry: date
    conditions: str = ""
    status: str = "active"

    def __post_init__(self) -> None:
        problems = agreement_problems(self)
        if problems:
            raise PathwayError(problems)

    @property
    def latest_expiry(self) -> date:
        """The latest option expiry the rules allow: five years after the start."""
        return add_years(self.start_date, MAX_OPTION_YEARS)

    @property
    def term_months(self) -> int:
        """Whole months from start to option expiry: the months the household saves."""
        return months_between(self.start_date, self.option_expiry)

    @property
    def planned_savings_at_expiry(self) -> float:
        return self.savings_year0 + self.monthly_saving_target * self.term_months


_AMOUNTS_POSITIVE = ("price_year0", "valuation_year0")
_AMOUNTS_NOT_NEGATIVE = ("savings_year0", "monthly_saving_target")


def agreement_problems(agreement: Agreement) -> list[Message]:
    """Every rule the agreement breaks (empty when it is valid). Used by the constructor; the
    services may call it on the fields they read to report all problems at once."""
    a = agreement
    out: list[Message] = []
    for name in _AMOUNTS_POSITIVE:
        value = getattr(a, name)
        if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
            out.append(Message("agreement_amount_not_positive", {"agreement_field": name}))
    for name in _AMOUNTS_NOT_NEGATIVE:
        value = getattr(a, name)
        if not isinstance(value, int | float) or not math.isfinite(value) or value < 0:
            out.append(Message("agreement_amount_negative", {"agreement_field": name}))
    if a.option_expiry <= a.start_date:
        out.append(
            Message(
                "agreement_expiry_before_start",
                {
                    "start_date": a.start_date.isoformat(),
                    "expiry_date": a.option_expiry.isoformat(),
                },
            )
        )
    elif a.option_expiry > add_years(a.start_date, MAX_OPTION_YEARS):
        out.append(
            Message(
                "agreement_expiry_too_late",
                {
                    "expiry_date": a.option_expiry.isoformat(),
                    "max_date": add_years(a.start_date, MAX_OPTION_YEARS).isoformat(),
                    "years": MAX_OPTION_YEARS,
                },
            )
        )
    if a.status not in AGREEMENT_STATUSES:
        out.append(
            Message(
                "agreement_status_unknown",
                {"status": a.status, "statuses": ", ".join(AGREEMENT_STATUSES)},
            )
        )
    return out


def expected_savings(agreement: Agreement, on: date) -> float:
    """What the household should hold on ``on``: savings at start plus the target for each whole
    month since the start (none before the start; no more months after the option expiry)."""
    months = min(months_between(agreement.start_date, on), agreement.term_months)
    return agreement.savings_year0 + agreement.monthly_saving_target * months


@dataclass(frozen=True)
class PathwayRules:
    """The municipality's thresholds for the pathway status (settings; defaults below).

    None of these is law: they are the office's follow-up practice, chosen so that one slip is
    tolerated and a trend is caught while there is still time before the option expires.

    * ``behind_tolerance_months`` = 1.0: a shortfall of *more than* one month's saving target
      is "behind"; one missed month is a normal slip (a month's expense, a late transfer).
    * ``at_risk_months`` = 3.0: a shortfall of three months' target or more is "at risk": a
      quarter's savings missing, the same three months at which rent arrears reach the notice
      step (``arrears.EscalationRules.notice_at_months``).
    * ``stale_entry_months`` = 3: no savings balance for three whole months is "at risk": we do
      not know, and a household that stops reporting is the one to call.
    * ``behind_late_months`` = 1: rent arrears of one month make an on-track pathway "behind"
      (saving while the rent is unpaid is not on track).
    * ``at_risk_late_months`` = 2: two months' rent arrears make the pathway "at risk", the same
      point at which the arrears rules invite to a talk and offer NAV's economic counselling.
    * ``at_risk_arrears_kr`` = None: a kroner threshold for "at risk" (off unless set).
    * ``offer_from_months`` = 12: the option offer can go out in the agreement's last year when
      the household is on track; ``offer_always_months`` = 3: in the last three months before
      expiry it goes out whatever the status (the household has a right to decide before the
      option lapses; the financing assessment at purchase decides whether it can buy).
    """

    behind_tolerance_months: float = 1.0
    at_risk_months: float = 3.0
    stale_entry_months: int = 3
    behind_late_months: int = 1
    at_risk_late_months: int = 2
    at_risk_arrears_kr: float | None = None
    offer_from_months: int = 12
    offer_always_months: int = 3


@dataclass(frozen=True)
class PathwayStatus:
    """A household's pathway on a day: the code, the figures and the reasons (messages)."""

    code: str  # one of STATUS_CODES
    on: date
    expected: float  # what the household should hold at the last balance's date (or ``on``)
    actual: float | None  # the last balance on or before ``on`` (savings_year0 when none)
    shortfall: float  # max(0, expected - actual)
    months_behind: float  # shortfall in months of the saving target (0 when no target)
    last_entry: date | None  # the date of the last balance (None: no balance entered yet)
    reasons: tuple[Message, ...]

    def label(self, language: str = "nb") -> str:
        return STATUS_LABELS.get(language, STATUS_LABELS["nb"])[self.code]


def _latest(savings: Iterable[tuple[date | str, float]], on: date) -> tuple[date, float] | None:
    best: tuple[date, float] | None = None
    for when, balance in savings:
        day = when if isinstance(when, date) else date.fromisoformat(when[:10])
        if day <= on and (best is None or day >= best[0]):
            best = (day, float(balance))
    return best


def status(
    agreement: Agreement,
    savings: Iterable[tuple[date | str, float]],
    on: date,
    arrears_kr: float = 0.0,
    late_months: int = 0,
    rules: PathwayRules | None = None,
) -> PathwayStatus:
    """The pathway's status on ``on``.

    ``savings`` are (date, balance) pairs (a date may be an ISO string, as stored), in any order.
    The last balance on or before ``on`` is compared with what the plan expected *on that
    balance's date* (a balance from March is judged against March's plan, not today's); its age
    is judged separately (stale). Without any balance, the savings at start stand on the start
    date. ``arrears_kr`` and ``late_months`` are the rent ledger's facts (``arrears.ArrearsFacts``:
    ``owed`` and ``months_late``). The worst rule decides: at risk, then behind, then on track;
    every rule that applies gives a reason.
    """
    rules = rules or PathwayRules()
    a = agreement
    latest = _latest(savings, on)
    if a.status != "active" or on > a.option_expiry:
        reason = (
            Message("pathway_ended", {"agreement_status": a.status})
            if a.status != "active"
            else Message("pathway_expired", {"expiry_date": a.option_expiry.isoformat()})
        )
        exp = expected_savings(a, on)
        actual = latest[1] if latest else None
        return PathwayStatus(
            "ended",
            on,
            exp,
            actual,
            max(0.0, exp - actual) if actual is not None else 0.0,
            0.0,
            latest[0] if latest else None,
            (reason,),
        )
    if on < a.start_date:
        return PathwayStatus(
            "not_started",
            on,
            a.savings_year0,
            None,
            0.0,
            0.0,
            None,
            (Message("pathway_not_started", {"start_date": a.start_date.isoformat()}),),
        )
    if latest is None or latest[0] < a.start_date:
        # nothing entered since the start: the savings at start stand on the start date
        as_of, actual = a.start_date, a.savings_year0 if latest is None else latest[1]
        last_entry = None if latest is None else latest[0]
    else:
        as_of, actual = latest
        last_entry = latest[0]
    expected = expected_savings(a, as_of)
    shortfall = max(0.0, expected - actual)
    target = a.monthly_saving_target
    months_behind = shortfall / target if target > 0 else 0.0

    at_risk: list[Message] = []
    behind: list[Message] = []
    if target > 0 and months_behind >= rules.at_risk_months:
        at_risk.append(
            Message(
                "pathway_shortfall_at_risk",
                {"shortfall": shortfall, "months_behind": months_behind},
            )
        )
    elif target > 0 and months_behind > rules.behind_tolerance_months:
        behind.append(
            Message(
                "pathway_shortfall_behind", {"shortfall": shortfall, "months_behind": months_behind}
            )
        )
    elif target <= 0 and shortfall > 0.5:
        behind.append(Message("pathway_below_start", {"shortfall": shortfall}))
    stale_months = months_between(as_of, on)
    if stale_months >= rules.stale_entry_months:
        at_risk.append(
            Message(
                "pathway_stale" if last_entry is not None else "pathway_no_entries",
                {"months": stale_months, "since_date": as_of.isoformat()},
            )
        )
    arrears_reason = Message("pathway_arrears", {"arrears_kr": arrears_kr, "months": late_months})
    if late_months >= rules.at_risk_late_months or (
        rules.at_risk_arrears_kr is not None and arrears_kr >= rules.at_risk_arrears_kr
    ):
        at_risk.append(arrears_reason)
    elif late_months >= rules.behind_late_months:
        behind.append(arrears_reason)

    if at_risk:
        code, reasons = "at_risk", (*at_risk, *behind)
    elif behind:
        code, reasons = "behind", tuple(behind)
    else:
        code = "on_track"
        reasons = (Message("pathway_on_track", {"actual": actual, "expected": expected}),)
    return PathwayStatus(
        code, on, expected, actual, shortfall, months_behind, last_entry, tuple(reasons)
    )


def reassessment_due(
    agreement: Agreement, last_assessed: date | None, on: date | None = None
) -> date | None:
    """When the yearly re-assessment with the current rule set is due (a deadline in Saker).

    The first falls on the start's first anniversary; after an assessment, a year after it. It
    is never later than the option expiry (the last assessment is the one at purchase). None when
    the agreement is no longer followed up (not active, or ``on`` after the option expiry). A
    date before ``on`` means the re-assessment is overdue.
    """
    if agreement.status != "active" or (on is not None and on > agreement.option_expiry):
        return None
    base = last_assessed if last_assessed is not None else agreement.start_date
    return min(add_years(base, 1), agreement.option_expiry)


def option_exercisable(
    agreement: Agreement,
    on: date,
    pathway: PathwayStatus | None = None,
    rules: PathwayRules | None = None,
) -> bool:
    """May the offer to exercise the option go out on ``on``?

    Decided here (issue 14 leaves it open): the option can be exercised from the start of the
    agreement's last year (``offer_from_months`` before expiry) when the pathway is on track,
    and in any case in the last ``offer_always_months`` before expiry, whatever the status (the
    household must be able to decide before the option lapses; the assessment at purchase decides
    the financing). Never after the expiry nor for an agreement that is not active.
    """
    rules = rules or PathwayRules()
    if agreement.status != "active" or on > agreement.option_expiry or on < agreement.start_date:
        return False
    expiry = agreement.option_expiry
    if on >= add_months(expiry, -rules.offer_always_months):
        return True
    on_track = pathway is not None and pathway.code == "on_track"
    return on_track and on >= add_months(expiry, -rules.offer_from_months)
