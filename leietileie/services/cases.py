"""The case workflow: a household's path from kartlagt to kjøpt, with deadlines that do not slip.

*kartlagt → invitert → samtale → vurdert → tilbud sendt → akseptert / avslått → kjøpt /
avsluttet*. The allowed moves are data (:data:`TRANSITIONS`); an illegal move is refused
with a message naming both states and what is allowed. Each move has a date, a caseworker,
a note and may attach letters (documents) and assessments. Moving to *tilbud sendt* sets a
reply deadline (``letters.reply_working_days`` working days), *invitert* and *samtale* a
follow-up date. The repository (``storage.cases``) already writes the audit log for opening,
moving and deadlines; this module only adds entries for what the repository does not know
(attachments, bulk opening after a screening run, erasure of notes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.deadlines import add_working_days, reply_deadline
from ..domain.register import CASE_STATE_LABELS_NB, CASE_STATES
from ..errors import InputError
from ..storage.cases import CLOSING_STATES, Case
from .settings import Settings

#: Where a case may go from each state. Any open case may also be closed (avsluttet).
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "ny": ("kartlagt", "invitert", "avsluttet"),
    "kartlagt": ("invitert", "avsluttet"),
    "invitert": ("samtale", "avsluttet"),
    "samtale": ("vurdert", "avsluttet"),
    "vurdert": ("tilbud_sendt", "avsluttet"),
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
DEADLINE_LABELS_NB = {REPLY: "Svarfrist for tilbud", FOLLOW_UP: "Oppfølging"}
#: Working days until the follow-up of an invitation or a talk (no declared setting yet).
FOLLOW_UP_WORKING_DAYS = 10
#: States that set a deadline when a case enters them.
DEADLINE_ON_ENTRY = {"tilbud_sendt": REPLY, "invitert": FOLLOW_UP, "samtale": FOLLOW_UP}


def label(state: str) -> str:
    return CASE_STATE_LABELS_NB.get(state, state)


def allowed_next(state: str) -> tuple[str, ...]:
    """The states a case in ``state`` may move to (empty for a closed case)."""
    return TRANSITIONS.get(state, ())


def check_move(from_state: str, to_state: str) -> None:
    """Refuse a move that is not in :data:`TRANSITIONS`, naming what is allowed."""
    if to_state not in CASE_STATES:
        known = ", ".join(label(s) for s in CASE_STATES)
        raise InputError(f"Ukjent saksstatus «{to_state}». Kjente statuser: {known}.")
    allowed = allowed_next(from_state)
    if to_state in allowed:
        return
    if not allowed:
        what = f"«{label(from_state)}» er avsluttet og kan ikke flyttes videre."
    else:
        what = "Tillatt herfra: " + ", ".join(f"«{label(s)}»" for s in allowed) + "."
    raise InputError(
        f"Saken kan ikke gå fra «{label(from_state)}» til «{label(to_state)}». {what}"
    )


def _rewrite_date(db: Any, case_id: int, on: date) -> None:
    """Give the latest event of a case the effective date ``on`` (the audit log keeps the
    time the move was recorded)."""
    row = db.conn.execute(
        "SELECT id, at FROM case_events WHERE case_id = ? ORDER BY id DESC LIMIT 1", (case_id,)
    ).fetchone()
    if row is not None and not str(row[1]).startswith(on.isoformat()):
        db.conn.execute(
            "UPDATE case_events SET at = ? WHERE id = ?", (on.isoformat() + str(row[1])[10:], row[0])
        )


def _deadline_on_entry(db: Any, case_id: int, state: str, on: date) -> int | None:
    kind = DEADLINE_ON_ENTRY.get(state)
    if kind is None:
        return None
    if kind == REPLY:
        due = reply_deadline(on, int(Settings(db).get("letters.reply_working_days")))
    else:
        due = add_working_days(on, FOLLOW_UP_WORKING_DAYS)
    return int(db.cases.add_deadline(case_id, kind, due, DEADLINE_LABELS_NB[kind]))


def open_case(
    db: Any, household_id: int, *, state: str = "kartlagt", on: date | None = None,
    by: str = "", note: str = "",
) -> Case:  # fmt: skip
    """Open a case for a household that has no open case (refused otherwise)."""
    current = db.cases.current(household_id)
    if current is not None:
        raise InputError(
            f"Husstanden har allerede en åpen sak (nr. {current.id}, «{label(current.state)}»)."
        )
    day = on or date.today()
    with db.transaction():
        case = db.cases.open(household_id, caseworker=by or db.actor, state=state, note=note)
        if day != date.today():
            db.conn.execute("UPDATE cases SET opened_on = ? WHERE id = ?", (day.isoformat(), case.id))
            _rewrite_date(db, case.id, day)
        _deadline_on_entry(db, case.id, state, day)
    opened = db.cases.get(case.id)
    assert opened is not None
    return opened


def move_case(
    db: Any, case_id: int, to_state: str, *, on: date | None = None, by: str = "",
    note: str = "", documents: Sequence[int] = (), assessments: Sequence[int] = (),
) -> Case:  # fmt: skip
    """Move a case to an allowed next state, with date, caseworker, note and attachments.

    Open deadlines of the previous step are marked done; the new state's deadline is set.
    """
    case = db.cases.get(case_id)
    if case is None:
        raise InputError(f"Sak nr. {case_id} finnes ikke.")
    check_move(case.state, to_state)
    day = on or date.today()
    with db.transaction():
        for deadline in db.cases.deadlines(case_id):
            if not deadline.done:
                db.cases.complete_deadline(deadline.id)
        moved = db.cases.move(case_id, to_state, by=by or db.actor, note=note)
        _rewrite_date(db, case_id, day)
        if to_state in CLOSING_STATES and day != date.today():
            db.conn.execute("UPDATE cases SET closed_on = ? WHERE id = ?", (day.isoformat(), case_id))
        _deadline_on_entry(db, case_id, to_state, day)
        if documents or assessments:
            attach(db, case_id, documents=documents, assessments=assessments)
    moved = db.cases.get(case_id)
    assert moved is not None
    return moved


def attach(
    db: Any, case_id: int, *, documents: Iterable[int] = (), assessments: Iterable[int] = ()
) -> None:
    """Attach produced letters and stored assessments to a case (ids only in the audit log)."""
    docs, found = list(documents), list(assessments)
    with db.transaction():
        for doc_id in docs:
            cursor = db.conn.execute("UPDATE documents SET case_id = ? WHERE id = ?", (case_id, doc_id))
            if cursor.rowcount == 0:
                raise InputError(f"Dokument nr. {doc_id} finnes ikke.")
        for assessment_id in found:
            if db.assessments.get(assessment_id) is None:
                raise InputError(f"Beregning nr. {assessment_id} finnes ikke.")
        db.audit.record("changed", "case", case_id,
                        {"attached_documents": docs, "attached_assessments": found})  # fmt: skip


def attached_assessment_ids(db: Any, case_id: int) -> list[int]:
    """Assessments attached to a case, oldest first (directly or through an attached letter)."""
    ids: list[int] = []
    rows = db.conn.execute(
        "SELECT json_extract(details, '$.attached_assessments') FROM audit_log"
        " WHERE entity = 'case' AND entity_id = ? AND action = 'changed' ORDER BY id",
        (str(case_id),),
    ).fetchall()
    for (found,) in rows:
        ids += [int(i) for i in json.loads(found or "[]")]
    ids += [r[0] for r in db.conn.execute(
        "SELECT assessment_id FROM documents WHERE case_id = ? AND assessment_id IS NOT NULL"
        " ORDER BY id", (case_id,)).fetchall()]  # fmt: skip
    return list(dict.fromkeys(ids))


@dataclass(frozen=True)
class BulkResult:
    opened: list[int]  # case ids
    skipped: int  # households that already had an open case


def mark_screened(
    db: Any, run_id: int, household_ids: Sequence[int] | None = None, *,
    categories: Sequence[str] = (), on: date | None = None, by: str = "",
) -> BulkResult:  # fmt: skip
    """Open a *kartlagt* case for the chosen households of a screening run (one transaction).

    ``household_ids`` None means every household of the run (optionally only ``categories``).
    Households with an open case are skipped. One audit entry sums up the bulk step; the
    repository logs each case it opens.
    """
    sql = "SELECT household_id FROM screening_results WHERE run_id = ?"
    params: list[Any] = [run_id]
    if categories:
        sql += f" AND verdict IN ({', '.join('?' * len(categories))})"
        params += list(categories)
    in_run = [r[0] for r in db.conn.execute(sql, params).fetchall()]
    if not in_run and db.conn.execute("SELECT 1 FROM screening_runs WHERE id = ?", (run_id,)).fetchone() is None:
        raise InputError(f"Kartlegging nr. {run_id} finnes ikke.")
    members = set(in_run)
    chosen = in_run if household_ids is None else [h for h in household_ids if h in members]
    open_ones = {r[0] for r in db.conn.execute(
        "SELECT household_id FROM cases WHERE closed_on IS NULL").fetchall()}  # fmt: skip
    opened: list[int] = []
    with db.transaction():
        for household_id in chosen:
            if household_id in open_ones:
                continue
            case = open_case(db, household_id, state="kartlagt", on=on, by=by,
                             note=f"Kartlegging nr. {run_id}")  # fmt: skip
            opened.append(case.id)
        db.audit.record("created", "cases_from_screening", run_id,
                        {"opened": len(opened), "skipped": len(chosen) - len(opened)})  # fmt: skip
    return BulkResult(opened, len(chosen) - len(opened))


def erase_closed_cases(db: Any, closed_before: date) -> int:
    """Blank the free-text notes of cases closed before a date (they may hold personal data).

    States, dates and ids stay for the statistics. The household itself and produced letters
    are not deleted here (``households.delete`` erases a household with its cases).
    Returns the number of cases erased; each is logged as deleted personal data.
    """
    ids = [r[0] for r in db.conn.execute(
        "SELECT id FROM cases WHERE closed_on IS NOT NULL AND closed_on < ?",
        (closed_before.isoformat(),)).fetchall()]  # fmt: skip
    with db.transaction():
        for case_id in ids:
            notes = db.conn.execute(
                "UPDATE case_events SET note = '' WHERE case_id = ? AND note != ''", (case_id,)
            ).rowcount
            notes += db.conn.execute(
                "UPDATE deadlines SET note = '' WHERE case_id = ? AND note != ''", (case_id,)
            ).rowcount
            db.audit.record("deleted", "case_notes", case_id, {"notes": notes})
    return len(ids)


__all__ = [
    "DEADLINE_LABELS_NB", "FOLLOW_UP", "FOLLOW_UP_WORKING_DAYS", "REPLY", "TRANSITIONS",
    "BulkResult", "allowed_next", "attach", "attached_assessment_ids", "check_move",
    "erase_closed_cases", "label", "mark_screened", "move_case", "open_case",
]  # fmt: skip
