"""Follow-up of each household along its pathway (issue 14): rent-to-own agreements with
their savings against plan, and rent arrears with the next step on the escalation ladder.

Reads go through one ``db.read()`` snapshot and the repositories (``db.pathway``,
``db.arrears``); the rules are the domain's (``domain.pathway``, ``domain.arrears``) with the
municipality's thresholds from the settings (group «oppfølging»). The writes are in
:mod:`.followup_actions`; the screening's hold-back by the rent ledger in :mod:`.hold_back`.

Speed: the arrears list reads the ledger only of the households with a month not paid in full
(``db.arrears.households_with_shortfall``: a partial index, a few thousand of 100 000), plus
the few with an open arrears case or an active payment agreement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain import arrears as ar
from ..domain import pathway as pw
from ..domain import payment_agreement as pa
from ..domain.candidacy import Candidacy, candidate_again
from ..domain.messages import Message
from ..domain.rent import FULL_TOLERANCE
from ..errors import InputError
from ..storage.queries import followup as fq
from ..storage.records import (
    Action,
    AgreementRecord,
    ArrearsCase,
    PaymentAgreement,
    SavingsEntry,
)
from . import messages as _messages  # noqa: F401 - registers household_missing, case_missing
from .cases import DEADLINE_LABELS_NB, REASSESSMENT
from .hold_back import _cut, _ledger, _sums, months_on_time_required
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: The deadline note of the yearly re-assessment (``services.cases.DEADLINE_LABELS_NB``).
REASSESSMENT_NOTE = DEADLINE_LABELS_NB[REASSESSMENT]


# -- rules from the settings -------------------------------------------------------------------


def pathway_rules(db: Register) -> pw.PathwayRules:
    s = Settings(db)
    kr = s.get("followup.at_risk_arrears_kr")
    return pw.PathwayRules(
        behind_tolerance_months=float(s.get("followup.behind_tolerance_months")),
        at_risk_months=float(s.get("followup.at_risk_months")),
        stale_entry_months=int(s.get("followup.stale_entry_months")),
        behind_late_months=int(s.get("followup.behind_late_months")),
        at_risk_late_months=int(s.get("followup.at_risk_late_months")),
        at_risk_arrears_kr=None if kr is None else float(kr),
        offer_from_months=int(s.get("followup.offer_from_months")),
        offer_always_months=int(s.get("followup.offer_always_months")),
    )


def escalation_rules(db: Register) -> ar.EscalationRules:
    s = Settings(db)
    kr = s.get("arrears.reminder_after_kr")
    return ar.EscalationRules(
        reminder_after_days=int(s.get("arrears.reminder_after_days")),
        reminder_after_kr=None if kr is None else float(kr),
        talk_at_months=int(s.get("arrears.talk_at_months")),
        nav_referral_at_months=int(s.get("arrears.nav_referral_at_months")),
        notice_at_months=int(s.get("arrears.notice_at_months")),
        petition_after_notice_days=int(s.get("arrears.petition_after_notice_days")),
        ignore_below_kr=float(s.get("arrears.ignore_below_kr")),
        broken_after_missed=int(s.get("arrears.broken_after_missed")),
    )


# -- rows --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArrearsRow:
    household_id: int
    external_id: str
    name: str
    unit_id: str
    facts: ar.ArrearsFacts
    step: ar.Step
    last_action: tuple[str, date] | None
    open_case_id: int | None
    payment_agreement_status: str | None


@dataclass(frozen=True)
class PathwayRow:
    household_id: int
    external_id: str
    name: str
    agreement: AgreementRecord
    status: pw.PathwayStatus
    latest_savings: tuple[date, float] | None
    reassessment_due: date | None
    option_exercisable: bool


@dataclass(frozen=True)
class PaymentAgreementView:
    record: PaymentAgreement
    schedule: tuple[pa.Instalment, ...]
    kept: tuple[pa.KeptMonth, ...]
    status: str  # live status from the ledger (domain.payment_agreement.agreement_status)


@dataclass(frozen=True)
class HouseholdFollowup:
    household_id: int
    external_id: str
    name: str
    unit_id: str
    agreements: tuple[AgreementRecord, ...]
    pathway: tuple[tuple[AgreementRecord, pw.PathwayStatus], ...]
    savings: tuple[SavingsEntry, ...]
    facts: ar.ArrearsFacts
    step: ar.Step
    actions: tuple[Action, ...]
    payment_agreements: tuple[PaymentAgreementView, ...]
    arrears_cases: tuple[ArrearsCase, ...]
    candidacy: Candidacy


def _households(db: Register, ids: Sequence[int]) -> dict[int, tuple[str, str, str]]:
    """(external_id, name, unit_id) of the given households not deleted."""
    return fq.household_labels(db.session, ids)


def _view(
    record: PaymentAgreement,
    ledger: Sequence[ar.LedgerMonth],
    on: date,
    rules: ar.EscalationRules,
) -> PaymentAgreementView:
    plan = pa.schedule(record.start_month, record.monthly_amount, record.total_amount)
    kept = pa.kept_by_month(plan, ledger, on)
    live = record.status
    if record.status == "active":
        live = pa.agreement_status(plan, ledger, on, rules)
    return PaymentAgreementView(record, tuple(plan), tuple(kept), live)


def _domain_agreement(record: AgreementRecord) -> pw.Agreement:
    return pw.Agreement(
        start_date=record.start_date,
        price_year0=record.price_year0,
        valuation_year0=record.valuation_year0,
        savings_year0=record.savings_year0,
        monthly_saving_target=record.monthly_saving_target,
        option_expiry=record.option_expiry,
        conditions=record.conditions,
        status=record.status,
    )


def _last_reassessments(db: Register, case_ids: Sequence[int]) -> dict[int, date]:
    """Per case, the due date of its latest re-assessment deadline marked done."""
    return fq.last_done_deadlines(db.session, REASSESSMENT, case_ids)


def _facts_for(
    db: Register,
    ids: Sequence[int],
    on: date,
    owing_only: Iterable[int] = (),
    unfolded: Iterable[int] = (),
) -> dict[int, tuple[list[ar.LedgerMonth], ar.ArrearsFacts]]:
    """The domain's arrears facts (and the ledger they were computed from) of the given
    households on ``on``; households in ``owing_only`` are left out unless they owe, those in
    ``unfolded`` get their whole ledger (a payment agreement that began before ``_cut(on)``
    is judged month by month on it).

    Fast path for 100 000 households × 60 months: one aggregate over the households' ledger
    rows says (1) who owes anything now (overdue rent less everything paid by ``on``; a
    household of ``owing_only`` that owes nothing needs no ledger) and (2) the sums of the
    *settled past*: the months before ``cut`` (three months back), when none of their payments
    was made later than three months before ``on``. When everything paid covers those months,
    they are passed to the domain as one row (their dues and payments summed, dated in their
    last month): every figure ``arrears_facts`` gives (overdue, months late from the oldest unpaid
    month, the owed amount three months ago for the trend, the balance) is the same, because
    payments settle the oldest rent first, everything paid covers all rent before ``cut`` (so
    no month before it is the oldest unpaid, in any order) and the folded row is overdue and
    paid at both dates the rule looks at. A household whose oldest unpaid month is before
    ``cut`` (arrears of about three months and more) gets its whole ledger.
    ``tests/services/test_followup_speed.py`` checks the facts against the whole ledger's.
    """
    ids = sorted(set(ids))
    if not ids:
        return {}
    up_to = ar.month_of(on)
    cut = _cut(on)
    sums = _sums(db, ids, on)
    optional = set(owing_only)
    keep_whole = set(unfolded)
    folded: dict[int, ar.LedgerMonth] = {}
    whole: list[int] = []
    for s in sums:
        hid = s.household_id
        if hid in optional and s.due_overdue - s.paid_by_on <= FULL_TOLERANCE:
            continue
        if (
            hid not in keep_whole
            and s.last_before_cut is not None
            and not s.paid_late_before_cut
            and s.paid_by_on >= s.due_before_cut
        ):
            folded[hid] = ar.LedgerMonth(
                s.last_before_cut, s.due_before_cut, s.paid_before_cut, None
            )
        else:
            whole.append(hid)
    out: dict[int, tuple[list[ar.LedgerMonth], ar.ArrearsFacts]] = {}
    recent: dict[int, list[ar.LedgerMonth]] = {h: [] for h in folded}
    for hid, month, due, paid, paid_on in fq.ledger_from(db.session, list(folded), cut, up_to):
        recent[hid].append(ar.LedgerMonth(month, due, paid, paid_on))
    for hid, head in folded.items():
        ledger = [head, *recent[hid]]
        out[hid] = (ledger, ar.arrears_facts(ledger, on))
    for hid, ledger_rows in db.arrears.ledger_of(whole, up_to):
        ledger = _ledger(ledger_rows)
        out[hid] = (ledger, ar.arrears_facts(ledger, on))
    return out


def arrears_rows(db: Register, on: date) -> list[ArrearsRow]:
    """The arrears list on ``on``: every household with overdue rent, an open arrears case or
    an active payment agreement, with its facts, next step, last action, open arrears case and
    payment agreement status; most owed first."""
    rules = escalation_rules(db)
    with db.read():
        short = db.arrears.households_with_shortfall(ar.month_of(on))
        open_cases = {c.household_id: c.id for c in db.arrears.all_cases() if c.closed_on is None}
        agreements: dict[int, PaymentAgreement] = {}
        for p in db.arrears.payment_agreements():
            agreements[p.household_id] = p  # the latest one (ordered by start month)
        ids = sorted(set(short) | set(open_cases) | set(agreements))
        followed = set(open_cases) | set(agreements)
        facts = _facts_for(
            db,
            ids,
            on,
            owing_only=[h for h in short if h not in followed],
            unfolded=[h for h, p in agreements.items() if p.start_month < _cut(on)],
        )
        empty = ar.arrears_facts([], on)
        listed = [
            h
            for h in ids
            if h in open_cases
            or (h in agreements and agreements[h].status == "active")
            or (h in facts and facts[h][1].owed > 0)
        ]
        actions = db.arrears.actions_of(listed)
        people = _households(db, listed)
    out = []
    for hid in listed:
        if hid not in people:
            continue
        ledger, fact = facts.get(hid, ([], empty))
        pa_status: str | None = None
        if hid in agreements:
            pa_status = _view(agreements[hid], ledger, on, rules).status
        done = [(a.kind, a.on_date) for a in actions.get(hid, []) if a.on_date <= on]
        step = ar.next_step(fact, done, rules, on, pa_status)
        last = max(done, key=lambda d: d[1]) if done else None
        ext, name, unit = people[hid]
        out.append(
            ArrearsRow(hid, ext, name, unit, fact, step, last, open_cases.get(hid), pa_status)
        )
    out.sort(key=lambda r: (-r.facts.owed, r.external_id))
    return out


def pathway_rows(db: Register, on: date, include_ended: bool = False) -> list[PathwayRow]:
    """The rent-to-own agreements (active ones; all with ``include_ended``) with actual
    savings against plan, the rent ledger's arrears, the re-assessment due and whether the
    option may be exercised."""
    rules = pathway_rules(db)
    statuses: tuple[str, ...] = pw.AGREEMENT_STATUSES if include_ended else ("active",)
    with db.read():
        records = db.pathway.agreements(statuses)
        hids = sorted({r.household_id for r in records})
        latest = db.pathway.latest_savings(on)
        short = set(db.arrears.households_with_shortfall(ar.month_of(on)))
        owing = [h for h in hids if h in short]
        facts = _facts_for(db, owing, on, owing_only=owing)
        people = _households(db, hids)
        assessed = _last_reassessments(db, [r.case_id for r in records if r.case_id is not None])
    out = []
    for record in records:
        if record.household_id not in people:
            continue
        agreement = _domain_agreement(record)
        fact = facts.get(record.household_id)
        owed, late = (fact[1].owed, fact[1].months_late) if fact else (0.0, 0)
        last = latest.get(record.household_id)
        status = pw.status(agreement, [last] if last else [], on, owed, late, rules)
        last_assessed = assessed.get(record.case_id) if record.case_id is not None else None
        ext, name, _unit = people[record.household_id]
        out.append(
            PathwayRow(
                record.household_id,
                ext,
                name,
                record,
                status,
                last,
                pw.reassessment_due(agreement, last_assessed, on),
                pw.option_exercisable(agreement, on, status, rules),
            )
        )
    return out


def household_followup(db: Register, household_id: int, on: date) -> HouseholdFollowup:
    """Everything followed up on one household on ``on`` (refused when it does not exist)."""
    prules, erules = pathway_rules(db), escalation_rules(db)
    required = months_on_time_required(db)
    with db.read():
        people = _households(db, [household_id])
        if household_id not in people:
            raise InputError(Message("household_missing", {"household": household_id}))
        agreements = db.pathway.agreements_for(household_id)
        savings = db.pathway.savings_for(household_id)
        ledger: list[ar.LedgerMonth] = []
        for _hid, rows in db.arrears.ledger_of([household_id], ar.month_of(on)):
            ledger = _ledger(rows)
        actions = db.arrears.actions_for(household_id)
        payment = db.arrears.payment_agreements_for(household_id)
        cases = db.arrears.cases_for(household_id)
    facts = ar.arrears_facts(ledger, on)
    views = tuple(_view(p, ledger, on, erules) for p in payment)
    pa_status = views[-1].status if views else None
    done = [(a.kind, a.on_date) for a in actions if a.on_date <= on]
    step = ar.next_step(facts, done, erules, on, pa_status)
    saved = [(s.on_date, s.balance) for s in savings]
    pathway = []
    for record in agreements:
        agreement = _domain_agreement(record)
        pathway.append(
            (record, pw.status(agreement, saved, on, facts.owed, facts.months_late, prules))
        )
    settled = _settled_on(cases)
    candidacy = candidate_again(settled, ledger, on, required)
    ext, name, unit = people[household_id]
    return HouseholdFollowup(
        household_id,
        ext,
        name,
        unit,
        tuple(agreements),
        tuple(pathway),
        tuple(savings),
        facts,
        step,
        tuple(actions),
        views,
        tuple(cases),
        candidacy,
    )


def _settled_on(cases: Sequence[ArrearsCase]) -> date | None:
    """When the household's latest arrears case closed (None without a closed case)."""
    closed = [c.closed_on for c in cases if c.closed_on is not None]
    return max(closed) if closed else None
