"""The follow-up's writes (issue 14): rent-to-own agreements on the household's case with a
yearly re-assessment deadline, savings, actions on rent arrears, payment agreements, closing an
arrears case, and the two lists written to a file. Each checks its input first (a Norwegian
message naming the field) and is audited; the reads and rules are in :mod:`.followup`."""

from __future__ import annotations

import math
from datetime import date
from typing import TYPE_CHECKING

from ..domain import arrears as ar
from ..domain import pathway as pw
from ..domain import payment_agreement as pa
from ..domain.messages import Message, register
from ..errors import InputError
from ..storage.queries import followup as fq
from . import messages as _messages  # noqa: F401 - registers household_missing, case_missing
from .cases import REASSESSMENT
from .cases import open_case as _open_case
from .followup import REASSESSMENT_NOTE, _domain_agreement, _view, escalation_rules
from .hold_back import _ledger

if TYPE_CHECKING:
    from ..storage.register import Register

register(
    {
        "nb": {
            "followup_date": (
                "{field_label}: «{value}» er ikke en dato (dd.mm.åååå eller ÅÅÅÅ-MM-DD)"
            ),
            "followup_amount": "{field_label}: «{value}» må være et tall på 0 eller mer",
            "followup_amount_positive": "{field_label}: «{value}» må være et tall større enn 0",
            "followup_action_kind": "Tiltak: «{value}» er ukjent; bruk en av {choices}",
            "followup_outcome": "Utfall: «{value}» er ukjent; bruk en av {choices}",
            "followup_no_arrears_case": "husstand {household}: har ingen åpen restansesak",
            "followup_case_other_household": (
                "Sak nr. {case} hører til en annen husstand enn husstand {household}"
            ),
            "followup_case_closed": "Sak nr. {case} er avsluttet; velg en åpen sak",
            "followup_payment_agreement_active": (
                "husstand {household}: har allerede en løpende nedbetalingsavtale (nr. {id})"
            ),
            "followup_agreement_missing": "Leie til eie-avtale nr. {id} finnes ikke",
            "followup_agreement_status": "Avtalestatus: «{value}» er ukjent; bruk en av {choices}",
        },
        "nn": {
            "followup_date": (
                "{field_label}: «{value}» er ikkje ein dato (dd.mm.åååå eller ÅÅÅÅ-MM-DD)"
            ),
            "followup_amount": "{field_label}: «{value}» må vere eit tal på 0 eller meir",
            "followup_amount_positive": "{field_label}: «{value}» må vere eit tal større enn 0",
            "followup_action_kind": "Tiltak: «{value}» er ukjent; bruk eitt av {choices}",
            "followup_outcome": "Utfall: «{value}» er ukjent; bruk eitt av {choices}",
            "followup_no_arrears_case": "hushald {household}: har inga open restansesak",
            "followup_case_other_household": (
                "Sak nr. {case} høyrer til eit anna hushald enn hushald {household}"
            ),
            "followup_case_closed": "Sak nr. {case} er avslutta; vel ei open sak",
            "followup_payment_agreement_active": (
                "hushald {household}: har alt ein løpande nedbetalingsavtale (nr. {id})"
            ),
            "followup_agreement_missing": "Leige til eige-avtale nr. {id} finst ikkje",
            "followup_agreement_status": "Avtalestatus: «{value}» er ukjent; bruk ein av {choices}",
        },
        "en": {
            "followup_date": "{field_label}: “{value}” is not a date (dd.mm.yyyy or YYYY-MM-DD)",
            "followup_amount": "{field_label}: “{value}” must be a number of 0 or more",
            "followup_amount_positive": "{field_label}: “{value}” must be a number above 0",
            "followup_action_kind": "Action: “{value}” is unknown; use one of {choices}",
            "followup_outcome": "Outcome: “{value}” is unknown; use one of {choices}",
            "followup_no_arrears_case": "household {household}: has no open arrears case",
            "followup_case_other_household": (
                "Case no. {case} belongs to another household than household {household}"
            ),
            "followup_case_closed": "Case no. {case} is closed; choose an open case",
            "followup_payment_agreement_active": (
                "household {household}: already has a running payment agreement (no. {id})"
            ),
            "followup_agreement_missing": "Rent-to-own agreement no. {id} does not exist",
            "followup_agreement_status": "Agreement status: “{value}” is unknown; use one of "
            "{choices}",
        },
    }
)


# -- input checks ------------------------------------------------------------------------------


def _day(value: object, label: str) -> date:
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if "." in text:
            d, m, y = text.split(".")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(Message("followup_date", {"field_label": label, "value": value})) from None


def _amount(value: object, label: str, positive: bool = False) -> float:
    try:
        if isinstance(value, bool):
            raise ValueError
        if isinstance(value, int | float):
            number = float(value)
        else:
            number = float(str(value).replace(" ", "").replace("\u00a0", "").replace(",", "."))
    except ValueError:
        number = math.nan
    if not math.isfinite(number) or number < 0 or (positive and number <= 0):
        code = "followup_amount_positive" if positive else "followup_amount"
        raise InputError(Message(code, {"field_label": label, "value": value}))
    return number


def _household(db: Register, household_id: int) -> None:
    if not fq.household_exists(db.session, household_id):
        raise InputError(Message("household_missing", {"household": household_id}))


# -- writes ------------------------------------------------------------------------------------


def create_agreement(
    db: Register,
    household_id: int,
    *,
    start_date: date,
    price_year0: float,
    valuation_year0: float,
    savings_year0: float,
    monthly_saving_target: float,
    option_expiry: date,
    conditions: str = "",
    case_id: int | None = None,
    unit_ref: int | None = None,
) -> int:
    """Store a rent-to-own agreement on the household's case (the given case, else its open
    case, else a new case) with its yearly re-assessment deadline; the agreement's id."""
    _household(db, household_id)
    start = _day(start_date, "Startdato")
    expiry = _day(option_expiry, "Opsjonen utløper")
    try:
        agreement = pw.Agreement(
            start_date=start,
            price_year0=price_year0,
            valuation_year0=valuation_year0,
            savings_year0=savings_year0,
            monthly_saving_target=monthly_saving_target,
            option_expiry=expiry,
            conditions=conditions,
        )
    except pw.PathwayError as exc:
        raise InputError(list(exc.messages)) from None
    if case_id is not None:
        case = db.cases.get(case_id)
        if case is None:
            raise InputError(Message("case_missing", {"case": case_id}))
        if case.household_id != household_id:
            raise InputError(
                Message(
                    "followup_case_other_household", {"case": case_id, "household": household_id}
                )
            )
        if case.closed_on is not None:
            raise InputError(Message("followup_case_closed", {"case": case_id}))
    if unit_ref is None:
        unit_ref = _unit_ref(db, household_id)
    with db.transaction():
        if case_id is None:
            current = db.cases.current(household_id)
            if current is None:
                current = _open_case(
                    db, household_id, on=start, note="Leie til eie-avtale", state="akseptert"
                )
            case_id = current.id
        new_id = db.pathway.add_agreement(
            household_id,
            start_date=start,
            price_year0=float(price_year0),
            valuation_year0=float(valuation_year0),
            savings_year0=float(savings_year0),
            monthly_saving_target=float(monthly_saving_target),
            option_expiry=expiry,
            conditions=conditions,
            case_id=case_id,
            unit_ref=unit_ref,
        )
        due = pw.reassessment_due(agreement, None)
        if due is not None:
            db.cases.add_deadline(case_id, REASSESSMENT, due, REASSESSMENT_NOTE)
    return new_id


def _unit_ref(db: Register, household_id: int) -> int | None:
    return fq.unit_ref_of(db.session, household_id)


def set_agreement_status(db: Register, agreement_id: int, status: str) -> int:
    """Exercise, expire or cancel a rent-to-own agreement; its new version. A status other
    than active closes the open re-assessment deadlines of its case."""
    if status not in pw.AGREEMENT_STATUSES:
        raise InputError(
            Message(
                "followup_agreement_status",
                {"value": status, "choices": ", ".join(pw.AGREEMENT_STATUSES)},
            )
        )
    record = db.pathway.agreement(agreement_id)
    if record is None:
        raise InputError(Message("followup_agreement_missing", {"id": agreement_id}))
    with db.transaction():
        version = db.pathway.set_status(agreement_id, status, record.version)
        if status != "active" and record.case_id is not None:
            for deadline in db.cases.deadlines(record.case_id):
                if deadline.kind == REASSESSMENT and not deadline.done:
                    db.cases.complete_deadline(deadline.id)
    return version


def complete_reassessment(db: Register, agreement_id: int, on: date) -> date | None:
    """Mark the open re-assessment deadline done (assessed ``on``) and set the next one a year
    later (never after the option expiry); the next due date (None when none follows)."""
    record = db.pathway.agreement(agreement_id)
    if record is None:
        raise InputError(Message("followup_agreement_missing", {"id": agreement_id}))
    day = _day(on, "Dato")
    agreement = _domain_agreement(record)
    due = pw.reassessment_due(agreement, day, day)
    with db.transaction():
        if record.case_id is None:
            return due
        for deadline in db.cases.deadlines(record.case_id):
            if deadline.kind == REASSESSMENT and not deadline.done:
                db.cases.complete_deadline(deadline.id)
        if due is not None and due > day:
            db.cases.add_deadline(record.case_id, REASSESSMENT, due, REASSESSMENT_NOTE)
    return due


def record_savings(
    db: Register, household_id: int, on_date: date, balance: float, source: str = "manual"
) -> None:
    """Add (or correct) a household's savings balance on a date."""
    _household(db, household_id)
    day = _day(on_date, "Dato")
    amount = _amount(balance, "Saldo")
    db.pathway.record_savings(household_id, day, amount, source)


def _kind_choices() -> str:
    return ", ".join(ar.ACTION_KINDS)


def log_action(db: Register, household_id: int, kind: str, on_date: date, note: str = "") -> int:
    """Log an action on the household's arrears case (opened on ``on_date`` when none is open;
    a note needs no case). A notice or an eviction petition is recorded on the open case as its
    outcome so far. The action's id."""
    _household(db, household_id)
    if kind not in ar.ACTION_KINDS:
        raise InputError(
            Message("followup_action_kind", {"value": kind, "choices": _kind_choices()})
        )
    day = _day(on_date, "Dato")
    with db.transaction():
        case_id: int | None = None
        current = db.arrears.open_case_for(household_id)
        if current is not None:
            case_id = current.id
        elif kind != "note":
            case_id = db.arrears.open_case(household_id, day)
        action_id = db.arrears.log_action(household_id, kind, day, note, arrears_case_id=case_id)
        if case_id is not None and kind in ("notice", "eviction_petition"):
            db.arrears.set_outcome(
                case_id, "notice_given" if kind == "notice" else "eviction_petition"
            )
    return action_id


def create_payment_agreement(
    db: Register,
    household_id: int,
    start_month: str,
    monthly_amount: float,
    total_amount: float,
    on: date,
) -> int:
    """A payment agreement (nedbetalingsavtale) on the household's arrears case (opened when
    none is open), logged as an action; refused while another agreement is still running."""
    _household(db, household_id)
    day = _day(on, "Dato")
    try:
        pa.schedule(start_month, monthly_amount, total_amount)
    except ar.ArrearsError as exc:
        raise InputError(list(exc.messages)) from None
    rules = escalation_rules(db)
    with db.read():
        existing = db.arrears.payment_agreements_for(household_id)
        ledger: list[ar.LedgerMonth] = []
        if any(p.status == "active" for p in existing):
            for _hid, rows in db.arrears.ledger_of([household_id], ar.month_of(day)):
                ledger = _ledger(rows)
    live = {p.id: _view(p, ledger, day, rules).status for p in existing if p.status == "active"}
    for pid, status in live.items():
        if status == "active":
            raise InputError(
                Message("followup_payment_agreement_active", {"household": household_id, "id": pid})
            )
    with db.transaction():
        for pid, status in live.items():
            db.arrears.set_agreement_status(pid, status)
        current = db.arrears.open_case_for(household_id)
        case_id = current.id if current is not None else db.arrears.open_case(household_id, day)
        new_id = db.arrears.add_payment_agreement(
            household_id, start_month, float(monthly_amount), float(total_amount), day, case_id
        )
        db.arrears.log_action(
            household_id,
            "payment_agreement",
            day,
            f"{float(monthly_amount):.2f} kr/mnd fra {start_month},"
            f" i alt {float(total_amount):.2f} kr",
            arrears_case_id=case_id,
        )
    return new_id


def close_arrears_case(db: Register, household_id: int, outcome: str, on: date) -> int:
    """Close the household's open arrears case with its outcome; running payment agreements
    take their status from the ledger (settled when the case is settled). The case's id."""
    _household(db, household_id)
    if outcome not in ar.OUTCOMES:
        raise InputError(
            Message("followup_outcome", {"value": outcome, "choices": ", ".join(ar.OUTCOMES)})
        )
    day = _day(on, "Dato")
    current = db.arrears.open_case_for(household_id)
    if current is None:
        raise InputError(Message("followup_no_arrears_case", {"household": household_id}))
    rules = escalation_rules(db)
    with db.read():
        running = [
            p for p in db.arrears.payment_agreements_for(household_id) if p.status == "active"
        ]
        ledger: list[ar.LedgerMonth] = []
        for _hid, rows in db.arrears.ledger_of([household_id], ar.month_of(day)):
            ledger = _ledger(rows)
    with db.transaction():
        db.arrears.close_case(current.id, day, outcome)
        for p in running:
            status = _view(p, ledger, day, rules).status
            if status == "active" and outcome == "settled":
                status = "settled"
            if status != "active":
                db.arrears.set_agreement_status(p.id, status)
    return current.id
