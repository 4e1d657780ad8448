"""The case workflow: a household's path from kartlagt to kjøpt, with deadlines that do not slip.

*kartlagt → invitert → samtale → vurdert → tilbud sendt → akseptert / avslått → kjøpt /
avsluttet*. The allowed moves are data (:data:`TRANSITIONS`); an illegal move is refused
with a message naming both states and what is allowed. Each move has a date, a caseworker,
a note and may attach letters (documents) and assessments. Moving to *tilbud sendt* sets a
reply deadline (``letters.reply_working_days`` working days), *invitert* and *samtale* a
follow-up date. The repository (``storage.cases``) already writes the audit log for opening,
moving and deadlines; this module only adds entries for what the repository does not know
(attachments, bulk opening after a screening run, erasure of notes); the deletion of
closed cases removes their letter files once the database has committed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..domain.deadlines import add_working_days, reply_deadline
from ..domain.messages import Message
from ..domain.register import CASE_STATE_LABELS_NB, CASE_STATES
from ..errors import InputError
from ..storage.records import Case
from . import messages as _messages
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: Where a case may go from each state. Any open case may also be closed (avsluttet).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "ny": ("kartlagt", "invitert", "vedtak_sendt", "avsluttet"),
    "kartlagt": ("invitert", "vedtak_sendt", "avsluttet"),
    "invitert": ("samtale", "vedtak_sendt", "avsluttet"),
    "samtale": ("vurdert", "vedtak_sendt", "avsluttet"),
    "vurdert": ("tilbud_sendt", "vedtak_sendt", "avsluttet"),
    "vedtak_sendt": ("samtale", "vurdert", "tilbud_sendt", "avsluttet"),
    "tilbud_sendt": ("akseptert", "avslatt", "avsluttet"),
    "akseptert": ("kjopt", "avsluttet"),
    "avslatt": (),
    "kjopt": (),
    "avsluttet": (),
}
assert set(TRANSITIONS) == set(CASE_STATES)

#: Deadline kinds and their labels.
REPLY = "svarfrist"
FOLLOW_UP = "oppfolging"
REASSESSMENT = "revurdering"  # yearly re-assessment of a rent-to-own agreement (issue 14)
#: The reply deadlines of an invitation and of a granted pre-assessment (issue 11), and the
#: appeal deadline of a refusal (three weeks, forvaltningsloven § 29).
INVITATION_REPLY = "svarfrist_invitasjon"
DECISION_REPLY = "svarfrist_vedtak"
APPEAL = "klagefrist"
DEADLINE_LABELS_NB = {
    REPLY: "Svarfrist for tilbud",
    INVITATION_REPLY: "Svarfrist for invitasjon",
    DECISION_REPLY: "Svarfrist for vedtak",
    APPEAL: "Klagefrist",
    FOLLOW_UP: "Oppfølging",
    REASSESSMENT: "Årlig revurdering (leie til eie)",
}
#: Working days until the follow-up of an invitation or a talk (no declared setting yet).
FOLLOW_UP_WORKING_DAYS = 10
#: States that set a deadline when a case enters them.
DEADLINE_ON_ENTRY = {
    "tilbud_sendt": REPLY,
    "vedtak_sendt": DECISION_REPLY,
    "invitert": FOLLOW_UP,
    "samtale": FOLLOW_UP,
}


def label(state: str) -> str:
    return CASE_STATE_LABELS_NB.get(state, state)


def allowed_next(state: str) -> tuple[str, ...]:
    """The states a case in ``state`` may move to (empty for a closed case)."""
    return TRANSITIONS.get(state, ())


def check_move(from_state: str, to_state: str) -> None:
    """Refuse a move that is not in :data:`TRANSITIONS`, naming what is allowed."""
    if to_state not in CASE_STATES:
        raise InputError(
            Message(
                "case_state_unknown",
                {"state": to_state, "states_labels": [label(s) for s in CASE_STATES]},
            )
        )
    allowed = allowed_next(from_state)
    if to_state in allowed:
        return
    move = {"from_label": label(from_state), "to_label": label(to_state)}
    if not allowed:
        raise InputError(Message("case_move_closed", move))
    raise InputError(
        Message("case_move_refused", {**move, "states_labels": [label(s) for s in allowed]})
    )


def _deadline_on_entry(db: Register, case_id: int, state: str, on: date) -> int | None:
    kind = DEADLINE_ON_ENTRY.get(state)
    if kind is None:
        return None
    if kind in (REPLY, DECISION_REPLY):
        due = reply_deadline(on, int(Settings(db).get("letters.reply_working_days")))
    else:
        due = add_working_days(on, FOLLOW_UP_WORKING_DAYS)
    return int(db.cases.add_deadline(case_id, kind, due, DEADLINE_LABELS_NB[kind]))


def open_case(
    db: Register,
    household_id: int,
    *,
    state: str = "kartlagt",
    on: date | None = None,
    by: str = "",
    note: str = "",
) -> Case:
    """Open a case for a household that has no open case (refused otherwise)."""
    current = db.cases.current(household_id)
    if current is not None:
        raise InputError(
            Message("case_open_exists", {"case": current.id, "state_label": label(current.state)})
        )
    day = on or date.today()
    with db.transaction():
        case = db.cases.open(
            household_id, caseworker=by or db.actor, state=state, note=note, on=day
        )
        _deadline_on_entry(db, case.id, state, day)
    opened = db.cases.get(case.id)
    assert opened is not None
    return opened


def move_case(
    db: Register,
    case_id: int,
    to_state: str,
    *,
    on: date | None = None,
    by: str = "",
    note: str = "",
    documents: Sequence[int] = (),
    assessments: Sequence[int] = (),
    check: bool = True,
) -> Case:
    """Move a case to an allowed next state, with date, caseworker, note and attachments.

    Open deadlines of the previous step are marked done; the new state's deadline is set.
    ``check=False`` (a letter that was sent: the case follows what actually happened) skips
    the transition check but never reopens a closed case.
    """
    case = db.cases.get(case_id)
    if case is None:
        raise InputError(Message("case_missing", {"case": case_id}))
    if check or not allowed_next(case.state):
        check_move(case.state, to_state)
    day = on or date.today()
    with db.transaction():
        for deadline in db.cases.deadlines(case_id):
            if not deadline.done:
                db.cases.complete_deadline(deadline.id)
        db.cases.move(case_id, to_state, by=by or db.actor, note=note, on=day)
        _deadline_on_entry(db, case_id, to_state, day)
        if documents or assessments:
            attach(db, case_id, documents=documents, assessments=assessments)
    moved = db.cases.get(case_id)
    assert moved is not None
    return moved


def attach(
    db: Register, case_id: int, *, documents: Iterable[int] = (), assessments: Iterable[int] = ()
) -> None:
    """Attach produced letters and stored assessments to a case: the letters' and the
    assessments' ``case_id`` is set (an assessment belongs to one case; attaching it again
    moves it); the audit log records the ids only."""
    docs, found = list(documents), list(assessments)
    with db.transaction():
        for doc_id in docs:
            if not db.documents.attach(doc_id, case_id):
                raise InputError(f"Dokument nr. {doc_id} finnes ikke.")
        for assessment_id in found:
            if not db.assessments.set_case(assessment_id, case_id):
                raise InputError(f"Beregning nr. {assessment_id} finnes ikke.")
        db.audit.record(
            "changed", "case", case_id, {"attached_documents": docs, "attached_assessments": found}
        )


def attached_assessment_ids(db: Register, case_id: int) -> list[int]:
    """The case's assessments, oldest first (attached, stored on the case, or by a letter)."""
    return list(db.cases.attached_assessment_ids(case_id))


@dataclass(frozen=True)
class BulkResult:
    opened: list[int]  # case ids
    skipped: int  # households that already had an open case


def mark_screened(
    db: Register,
    run_id: int,
    household_ids: Sequence[int] | None = None,
    *,
    categories: Sequence[str] = (),
    on: date | None = None,
    by: str = "",
) -> BulkResult:
    """Open a *kartlagt* case for the chosen households of a screening run (one transaction).

    ``household_ids`` None means every household of the run (optionally only ``categories``).
    Households with an open case are skipped. One audit entry sums up the bulk step; the
    repository logs each case it opens.
    """
    in_run = db.screening.household_ids(run_id, categories)
    if not in_run and db.screening.run(run_id) is None:
        raise InputError(_messages.screening_missing(run_id))
    members = set(in_run)
    chosen = in_run if household_ids is None else [h for h in household_ids if h in members]
    open_ones = db.cases.open_household_ids()
    opened: list[int] = []
    with db.transaction():
        for household_id in chosen:
            if household_id in open_ones:
                continue
            case = open_case(
                db,
                household_id,
                state="kartlagt",
                on=on,
                by=by,
                note=_messages.screening_note(run_id),
            )
            opened.append(case.id)
        db.audit.record(
            "created",
            "cases_from_screening",
            run_id,
            {"opened": len(opened), "skipped": len(chosen) - len(opened)},
        )
    return BulkResult(opened, len(chosen) - len(opened))


def erase_closed_cases(db: Register, closed_before: date) -> int:
    """Blank the free-text notes of cases closed before a date (they may hold personal data).

    States, dates and ids stay for the statistics. The household itself and produced letters
    are not deleted here (``households.delete`` erases a household with its cases).
    Returns the number of cases erased; each is logged as deleted personal data.
    """
    return int(db.cases.erase_closed_notes(closed_before))


@dataclass(frozen=True)
class Deletion:
    """What :func:`delete_closed_cases` removed."""

    cases: int
    events: int
    deadlines: int
    documents: int
    assessments: int
    households: int
    files: int  # letter files removed from disk
    #: Recorded letter files still on disk afterwards (outside the data directory, or the
    #: removal failed): the caseworker must be told they stayed.
    kept: tuple[str, ...] = ()


def count_closed_cases(db: Register, closed_before: date) -> int:
    """How many cases :func:`delete_closed_cases` would delete."""
    return len(db.cases.closed_before(closed_before))


def delete_closed_cases(
    db: Register, closed_before: date, *, data_dir: Path | None = None
) -> Deletion:
    """Delete the cases closed before a date, as GDPR asks once they are no longer needed.

    Each case goes with its history (events), deadlines, assessments and letters: the
    documents' records, and after the transaction has committed, the PDF files at their
    recorded paths, only when they lie inside the app's data directory (``data_dir``,
    by default ``paths.data_dir()``); files already gone are fine. One ``deleted`` audit
    entry per case holds ids and counts only. Cases still open are never touched.

    The household stays (it is the tenant register), unless it no longer rents a unit and
    has no other case: then it is deleted too, with what remains of it (members, incomes,
    letters). All database changes happen in one transaction, which must not be the caller's
    (the files go only once it has committed).
    """
    if db.in_transaction:
        raise RuntimeError("delete_closed_cases commits its own transaction; call it outside one")
    with db.transaction():
        deleted = db.cases.delete_closed(closed_before)
    root = (data_dir or paths.data_dir()).resolve()
    removed = 0
    kept: list[str] = []
    for recorded in dict.fromkeys(deleted.paths):
        gone = _remove_file(Path(recorded), root)
        removed += gone
        if not gone and _still_there(Path(recorded)):
            kept.append(recorded)
    return Deletion(
        deleted.cases,
        deleted.events,
        deleted.deadlines,
        deleted.documents,
        deleted.assessments,
        deleted.households,
        removed,
        tuple(kept),
    )


def _still_there(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _remove_file(path: Path, root: Path) -> int:
    """Remove one recorded file when it lies inside ``root``; 1 when a file was removed."""
    try:
        target = path.resolve()
    except OSError:
        return 0
    if not target.is_relative_to(root) or not target.is_file():
        return 0
    try:
        target.unlink()
    except OSError:  # gone meanwhile, or not ours to remove: the record is deleted anyway
        return 0
    return 1


__all__ = [
    "APPEAL",
    "DECISION_REPLY",
    "DEADLINE_LABELS_NB",
    "INVITATION_REPLY",
    "FOLLOW_UP",
    "FOLLOW_UP_WORKING_DAYS",
    "REPLY",
    "TRANSITIONS",
    "BulkResult",
    "Deletion",
    "allowed_next",
    "attach",
    "attached_assessment_ids",
    "check_move",
    "count_closed_cases",
    "delete_closed_cases",
    "erase_closed_cases",
    "label",
    "mark_screened",
    "move_case",
    "open_case",
]
