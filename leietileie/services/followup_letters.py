"""Produce the follow-up letters of issue 14 (pathway and rent arrears) from the register.

``produce_followup_letter(db, household_id, kind, on, language, out_dir)`` reads what the
letter needs (the rent-to-own agreement and its status, or the rent ledger's arrears and the
payment agreement) through ``services.followup``'s rules and settings, refuses a letter that
does not apply (no agreement, option not yet exercisable, nothing owed …) with a Norwegian
``InputError``, renders it (``letters.followup``), writes it owner-only through a temporary file
and records it as the other letters are recorded: a ``documents`` row (audited as *printed*)
with its ``letter_details`` (date, reference, who prepared it, the sender profile as printed
and the letter's figures). An arrears letter also logs its action on the household's arrears
case, linked to the document (reminder → *reminder*, invitation to a talk → *meeting*, payment
agreement → *payment_agreement*); the option offer puts its reply deadline in Saker.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..domain import arrears as ar
from ..domain import pathway as pw
from ..domain import payment_agreement as pa
from ..domain.deadlines import reply_deadline
from ..domain.messages import Message
from ..domain.register import RegisteredHousehold, Unit
from ..domain.rent import FULL_TOLERANCE
from ..errors import InputError
from ..letters import LANGUAGES, MunicipalityProfile, combine_pdfs
from ..letters.followup import (
    ARREARS_TYPES,
    FOLLOWUP_TYPES,
    PATHWAY_TYPES,
    FollowupRequest,
    render_followup_letter,
)
from ..letters.followup_json import request_from_json, request_to_json
from ..storage.records import AgreementRecord
from . import followup_letter_messages as _followup_letter_messages  # noqa: F401 - registers them
from .cases import DEADLINE_LABELS_NB, REPLY
from .followup import (
    _domain_agreement,
    _last_reassessments,
    _view,
    escalation_rules,
    pathway_rules,
)
from .hold_back import _ledger
from .letter_messages import message
from .letter_sender import profile_from_json
from .letters import (
    archived_letter,
    find_household,
    profile_from_settings,
    profile_to_json,
    write_private,
)

if TYPE_CHECKING:
    from ..storage.register import Register

#: Norwegian names of the letter types, used in file names.
FILE_NAMES: Final = {
    "rto_agreement": "leie-til-eie-avtale",
    "pathway_status": "statusbrev",
    "option_offer": "tilbud-opsjon",
    "payment_reminder": "betalingsoppfordring",
    "arrears_talk": "samtale-restanse",
    "payment_agreement": "nedbetalingsavtale",
}
#: The action an arrears letter logs on the household.
ACTION_FOR: Final = {
    "payment_reminder": "reminder",
    "arrears_talk": "meeting",
    "payment_agreement": "payment_agreement",
}
#: Days a payment reminder gives to pay (the same 14 days as inkassoloven § 9's warning).
REMINDER_DAYS: Final = 14


@dataclass(frozen=True)
class ProducedFollowupLetter:
    household_id: int
    external_id: str
    kind: str
    path: Path
    sha256: str
    document_id: int
    #: The arrears action logged with the letter (None for a pathway letter).
    action_id: int | None
    request: FollowupRequest


def _check(kind: str, language: str) -> None:
    problems = []
    if kind not in FOLLOWUP_TYPES:
        problems.append(
            Message("followup_letter_kind", {"value": kind, "choices": ", ".join(FOLLOWUP_TYPES)})
        )
    if language not in LANGUAGES:
        problems.append(
            Message(
                "followup_letter_language", {"value": language, "choices": ", ".join(LANGUAGES)}
            )
        )
    if problems:
        raise InputError(problems)


def file_name(external_id: str, kind: str, language: str, on: date) -> str:
    safe_id = re.sub(r"[^0-9A-Za-z_-]+", "_", external_id)[:60] or "husstand"
    return f"{safe_id}-{FILE_NAMES[kind]}-{language}-{on.isoformat()}.pdf"


def applicants(household: RegisteredHousehold) -> tuple[str, ...]:
    """The applicant and the co-applicant by name (the parties of an agreement)."""
    return tuple(
        p.name
        for role in ("applicant", "co_applicant")
        for p in household.members
        if p.role == role
    )


def _home(db: Register, household: RegisteredHousehold) -> Unit | None:
    if household.tenancy is None or not household.tenancy.unit_id:
        return None
    return db.units.get_by_unit_id(household.tenancy.unit_id)


def _address(unit: Unit | None) -> tuple[str, ...]:
    if unit is None:
        return ()
    return tuple(x for x in (unit.address, f"{unit.postcode} {unit.city}".strip()) if x)


def unpaid_months(ledger: list[ar.LedgerMonth], on: date) -> tuple[tuple[str, float], ...]:
    """The overdue months still unpaid on ``on`` and what is left of each: everything paid by
    ``on`` settles the oldest rent first (``domain.arrears``), so the amounts add up to
    ``arrears_facts(...).owed``."""
    paid = 0.0
    for row in ledger:
        when = row.paid_on or ar.month_due_date(row.month)
        paid += row.amount_paid if when <= on else 0.0
    out = []
    for row in ledger:
        if ar.month_last_on_time(row.month) >= on:
            continue
        covered = min(row.amount_due, paid)
        paid -= covered
        left = row.amount_due - covered
        if left > FULL_TOLERANCE:
            out.append((row.month, left))
    return tuple(out)


# --- Building the request -------------------------------------------------------------------


def _pathway_request(
    db: Register, household: RegisteredHousehold, kind: str, on: date, base: dict[str, Any]
) -> tuple[FollowupRequest, int | None, AgreementRecord]:
    hid = int(household.id or 0)
    records = db.pathway.agreements_for(hid)
    if not records:
        raise InputError(
            Message("followup_letter_no_agreement", {"household": household.external_id})
        )
    active = [r for r in records if r.status == "active"]
    record = (active or records)[-1]
    agreement = _domain_agreement(record)
    rules = pathway_rules(db)
    ledger: list[ar.LedgerMonth] = []
    for _hid, rows in db.arrears.ledger_of([hid], ar.month_of(on)):
        ledger = _ledger(rows)
    facts = ar.arrears_facts(ledger, on)
    saved = [(s.on_date, s.balance) for s in db.pathway.savings_for(hid)]
    status = pw.status(agreement, saved, on, facts.owed, facts.months_late, rules)
    last = None
    if record.case_id is not None:
        last = _last_reassessments(db, [record.case_id]).get(record.case_id)
    deadline = None
    if kind == "option_offer":
        if not pw.option_exercisable(agreement, on, status, rules):
            expiry = agreement.option_expiry
            raise InputError(
                Message(
                    "followup_letter_option_closed",
                    {
                        "household": household.external_id,
                        "on_date": on.isoformat(),
                        "from_date": pw.add_months(expiry, -rules.offer_from_months).isoformat(),
                        "always_date": pw.add_months(
                            expiry, -rules.offer_always_months
                        ).isoformat(),
                        "expiry_date": expiry.isoformat(),
                    },
                )
            )
        profile: MunicipalityProfile = base["profile"]
        deadline = min(reply_deadline(on, profile.reply_working_days), agreement.option_expiry)
    unit = db.units.get(record.unit_ref) if record.unit_ref is not None else None
    unit = unit or _home(db, household)
    request = FollowupRequest(
        letter_type=kind,
        language=base["language"],
        recipient_name=household.name,
        letter_date=on,
        reference=base["reference"] or f"{on.year}/{household.external_id}-L{record.id}",
        household_ref=household.external_id,
        recipient_address=_address(_home(db, household) or unit),
        applicants=applicants(household),
        unit=unit,
        agreement=agreement,
        pathway=status,
        next_reassessment=pw.reassessment_due(agreement, last, on),
        pathway_rules=rules,
        deadline=deadline,
        prepared_by=base["prepared_by"],
    )
    return request, record.case_id, record


def _arrears_request(
    db: Register, household: RegisteredHousehold, kind: str, on: date, base: dict[str, Any]
) -> tuple[FollowupRequest, int | None]:
    hid = int(household.id or 0)
    rules = escalation_rules(db)
    ledger: list[ar.LedgerMonth] = []
    for _hid, rows in db.arrears.ledger_of([hid], ar.month_of(on)):
        ledger = _ledger(rows)
    facts = ar.arrears_facts(ledger, on)
    instalments: tuple[pa.Instalment, ...] = ()
    case_id: int | None = None
    who = household.external_id
    if kind == "payment_agreement":
        agreements = db.arrears.payment_agreements_for(hid)
        if not agreements:
            raise InputError(Message("followup_letter_no_payment_agreement", {"household": who}))
        chosen = agreements[-1]
        running = [p for p in agreements if _view(p, ledger, on, rules).status == "active"]
        chosen = running[-1] if running else chosen
        instalments = tuple(
            pa.schedule(chosen.start_month, chosen.monthly_amount, chosen.total_amount)
        )
        case_id = chosen.arrears_case_id
    elif facts.owed <= 0:
        raise InputError(Message("followup_letter_nothing_owed", {"household": who}))
    profile: MunicipalityProfile = base["profile"]
    deadline = None
    if kind == "payment_reminder":
        deadline = on + timedelta(days=REMINDER_DAYS)
    elif kind == "arrears_talk":
        deadline = reply_deadline(on, profile.reply_working_days)
    home = _home(db, household)
    request = FollowupRequest(
        letter_type=kind,
        language=base["language"],
        recipient_name=household.name,
        letter_date=on,
        reference=base["reference"] or f"{on.year}/{who}-R{hid}-{on:%m%d}",
        household_ref=who,
        recipient_address=_address(home),
        applicants=applicants(household),
        unit=home,
        arrears=facts,
        unpaid_months=unpaid_months(ledger, on),
        instalments=instalments,
        escalation=rules,
        deadline=deadline,
        account=base["account"],
        meeting=base["meeting"],
        prepared_by=base["prepared_by"],
    )
    return request, case_id


def _figures(request: FollowupRequest) -> dict[str, Any]:
    """What the letter said, kept with it (letter_details.extra)."""
    out: dict[str, Any] = {"deadline": request.deadline.isoformat() if request.deadline else ""}
    if request.agreement is not None:
        a = request.agreement
        out.update(
            price_year0=a.price_year0,
            monthly_saving_target=a.monthly_saving_target,
            option_expiry=a.option_expiry.isoformat(),
        )
    if request.pathway is not None:
        out.update(status=request.pathway.code, expected=request.pathway.expected)
    if request.arrears is not None:
        out.update(owed=request.arrears.owed, months_late=request.arrears.months_late)
    if request.instalments:
        out["schedule"] = [[i.month, i.amount] for i in request.instalments]
    out["request"] = request_to_json(request)  # for an exact reprint
    return out


# --- Producing ------------------------------------------------------------------------------


def produce_followup_letter(
    db: Register,
    household_id: int | str,
    kind: str,
    on: date,
    language: str | None,
    out_dir: Path,
    *,
    profile: MunicipalityProfile | None = None,
    prepared_by: str = "",
    reference: str | None = None,
    account: str = "",
    meeting: str = "",
) -> ProducedFollowupLetter:
    """Check, render, write and record one follow-up letter (see the module's docstring).

    ``language`` None: the municipality's målform. ``account``: where to pay (empty: as on the
    rent invoice); ``meeting``: a proposed time for the talk, as the caseworker writes it.
    """
    profile = profile or profile_from_settings(db)
    lang = language or profile.malform
    _check(kind, lang)
    household = find_household(db, household_id)
    hid = int(household.id)
    base: dict[str, Any] = {
        "language": lang,
        "profile": profile,
        "reference": reference,
        "prepared_by": prepared_by or db.actor,
        "account": account,
        "meeting": meeting,
    }
    case_id: int | None = None
    arrears_case: int | None = None
    if kind in PATHWAY_TYPES:
        request, case_id, _record = _pathway_request(db, household, kind, on, base)
    else:
        request, arrears_case = _arrears_request(db, household, kind, on, base)
    data = render_followup_letter(request, profile)
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / file_name(household.external_id, kind, lang, on)
    write_private(path, data)
    digest = hashlib.sha256(data).hexdigest()
    action_id: int | None = None
    with db.transaction():
        if case_id is None and kind in PATHWAY_TYPES:
            current = db.cases.current(hid)
            case_id = None if current is None else int(current.id)
        document_id = int(
            db.documents.add(
                hid, f"letter_{kind}", str(path), digest, language=lang, case_id=case_id
            )
        )
        db.letter_details.add(
            document_id,
            letter_type=kind,
            letter_date=on.isoformat(),
            reference=request.reference,
            prepared_by=request.prepared_by,
            profile=profile_to_json(profile),
            extra=_figures(request),
        )
        if kind == "option_offer" and case_id is not None and request.deadline is not None:
            db.cases.add_deadline(case_id, REPLY, request.deadline, DEADLINE_LABELS_NB[REPLY])
        if kind in ARREARS_TYPES:
            if arrears_case is None:
                current_case = db.arrears.open_case_for(hid)
                arrears_case = (
                    current_case.id if current_case is not None else db.arrears.open_case(hid, on)
                )
            action_id = db.arrears.log_action(
                hid,
                ACTION_FOR[kind],
                on,
                f"brev: {FILE_NAMES[kind]} ({request.reference})",
                document_id=document_id,
                arrears_case_id=arrears_case,
            )
    return ProducedFollowupLetter(
        hid, household.external_id, kind, path, digest, document_id, action_id, request
    )


@dataclass
class FollowupBatch:
    letters: list[ProducedFollowupLetter] = field(default_factory=list)
    #: One PDF of every letter for printing (``utskrift-<type>-<lang>-<date>.pdf``), or None.
    combined: Path | None = None
    #: Households refused and why (messages; each surface renders them in its language).
    problem_messages: list[str | Message] = field(default_factory=list)


def produce_followup_batch(
    db: Register,
    household_ids: Sequence[int | str],
    kind: str,
    on: date,
    language: str | None,
    out_dir: Path,
    *,
    profile: MunicipalityProfile | None = None,
    prepared_by: str = "",
    account: str = "",
) -> FollowupBatch:
    """One letter per household (e.g. a payment reminder to everyone the arrears list says is
    due one), each recorded as above, then one combined file for printing (0600, written
    through a temporary file). A household the letter does not apply to is reported in
    ``problem_messages`` and skipped; the others are produced."""
    profile = profile or profile_from_settings(db)
    lang = language or profile.malform
    _check(kind, lang)
    result = FollowupBatch()
    pdfs = []
    for key in household_ids:
        try:
            letter = produce_followup_letter(
                db,
                key,
                kind,
                on,
                lang,
                out_dir,
                profile=profile,
                prepared_by=prepared_by,
                account=account,
            )
        except InputError as exc:
            result.problem_messages += exc.messages
            continue
        result.letters.append(letter)
        pdfs.append(letter.path.read_bytes())
    if pdfs:
        name = f"utskrift-{FILE_NAMES[kind]}-{lang}-{on.isoformat()}.pdf"
        result.combined = out_dir / name
        write_private(result.combined, combine_pdfs(pdfs, title=name, author=profile.name))
    return result


def reprint_followup_document(db: Register, document_id: int, out_dir: Path) -> tuple[Path, bytes]:
    """Print a sent follow-up letter again from what it was printed with (the inputs and the
    sender profile stored with it), checked against its sha256; audited as printed."""
    details = db.letter_details.get(document_id)
    row = db.letter_details.document(document_id)
    if details is None or row is None or "request" not in details.extra:
        raise InputError([message("letter_no_details", document=document_id)])
    request = request_from_json(details.extra["request"])
    data = archived_letter(db, document_id, row[3])
    if data is None:
        data = render_followup_letter(request, profile_from_json(details.profile))
        if hashlib.sha256(data).hexdigest() != row[3]:
            raise InputError([message("letter_reprint_differs", document=document_id)])
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / file_name(
        request.household_ref, request.letter_type, request.language, request.letter_date
    )
    with db.transaction():  # logged before the file is written, as a new letter is
        db.audit.record("printed", "document", document_id, {"reprint": True})
        write_private(path, data)
    return path, data
