"""Cases: a household's path from kartlagt to kjøpt, with status history and deadlines."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from ...domain.register import CASE_STATE_LABELS_NB, CASE_STATES
from ...errors import InputError
from ..common import now
from ..records import Case, CaseEvent, Deadline, DeletedCases
from .audit import AuditLog
from .base import Repository
from .households import HouseholdRepository

if TYPE_CHECKING:
    pass

CLOSING_STATES = ("avslatt", "kjopt", "avsluttet")


def _check_state(state: str) -> None:
    if state not in CASE_STATES:
        allowed = ", ".join(CASE_STATE_LABELS_NB[s] for s in CASE_STATES)
        raise InputError(f"ukjent saksstatus {state!r}; tillatt: {allowed}")


class CaseRepository(Repository):
    def open(
        self,
        household_id: int,
        caseworker: str = "",
        state: str = "ny",
        note: str = "",
        on: date | None = None,
    ) -> Case:
        """Open a case ``on`` a day (today when None); the event keeps the recording time."""
        _check_state(state)
        day = on or date.today()
        with self.session.transaction():
            case_id = self.session.insert_returning_id(
                "INSERT INTO cases (household_id, state, opened_on, caseworker) VALUES (?, ?, ?, "
                "?)",
                (household_id, state, day.isoformat(), caseworker),
            )
            self._event(case_id, None, state, caseworker, note, on)
            self._set_household_status(household_id, state)
            AuditLog(self.session).record(
                "created", "case", case_id, {"household_id": household_id}
            )
        return Case(case_id, household_id, state, day, None, caseworker)

    def get(self, case_id: int) -> Case | None:
        row = self.conn.execute(
            "SELECT id, household_id, state, opened_on, closed_on, caseworker FROM cases"
            " WHERE id = ?",
            (case_id,),
        ).fetchone()
        return None if row is None else _case(row)

    def for_household(self, household_id: int) -> list[Case]:
        rows = self.conn.execute(
            "SELECT id, household_id, state, opened_on, closed_on, caseworker FROM cases"
            " WHERE household_id = ? ORDER BY id",
            (household_id,),
        ).fetchall()
        return [_case(r) for r in rows]

    def any(self) -> bool:
        """Whether the register has any case at all."""
        return self.conn.execute("SELECT 1 FROM cases LIMIT 1").fetchone() is not None

    def open_household_ids(self) -> set[int]:
        """The households that have an open case."""
        rows = self.conn.execute("SELECT household_id FROM cases WHERE closed_on IS NULL")
        return {int(r[0]) for r in rows}

    def current(self, household_id: int) -> Case | None:
        """The household's open case, if any."""
        cases = [c for c in self.for_household(household_id) if c.closed_on is None]
        return cases[-1] if cases else None

    def move(
        self, case_id: int, to_state: str, by: str = "", note: str = "", on: date | None = None
    ) -> Case:
        """Move a case to a new state ``on`` a day (today when None), recording the event
        (who, when, note); a closing state closes the case on that day."""
        _check_state(to_state)
        day = on or date.today()
        with self.session.transaction():
            case = self.get(case_id)
            if case is None:
                raise InputError(f"saken {case_id} finnes ikke")
            closed = day.isoformat() if to_state in CLOSING_STATES else None
            self.conn.execute(
                "UPDATE cases SET state = ?, closed_on = ? WHERE id = ?",
                (to_state, closed, case_id),
            )
            self._event(case_id, case.state, to_state, by or self.session.actor, note, on)
            self._set_household_status(case.household_id, to_state)
            AuditLog(self.session).record(
                "changed", "case", case_id, {"from": case.state, "to": to_state}
            )
        moved = self.get(case_id)
        assert moved is not None
        return moved

    def events(self, case_id: int) -> list[CaseEvent]:
        rows = self.conn.execute(
            "SELECT id, case_id, from_state, to_state, at, by, note FROM case_events"
            " WHERE case_id = ? ORDER BY id",
            (case_id,),
        ).fetchall()
        return [CaseEvent(*r) for r in rows]

    def attached_assessment_ids(self, case_id: int) -> list[int]:
        """The case's assessments (``assessments.case_id``), oldest first."""
        rows = self.conn.execute(
            "SELECT id FROM assessments WHERE case_id = ? ORDER BY id", (case_id,)
        ).fetchall()
        return [int(r[0]) for r in rows]

    def erase_closed_notes(self, closed_before: date) -> int:
        """Blank the notes of cases closed before a day (events and deadlines), each case
        logged as deleted personal data; returns the number of cases."""
        ids = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM cases WHERE closed_on IS NOT NULL AND closed_on < ?",
                (closed_before.isoformat(),),
            ).fetchall()
        ]
        with self.session.transaction():
            for case_id in ids:
                notes = self.conn.execute(
                    "UPDATE case_events SET note = '' WHERE case_id = ? AND note != ''", (case_id,)
                ).rowcount
                notes += self.conn.execute(
                    "UPDATE deadlines SET note = '' WHERE case_id = ? AND note != ''", (case_id,)
                ).rowcount
                AuditLog(self.session).record("deleted", "case_notes", case_id, {"notes": notes})
        return len(ids)

    def closed_before(self, day: date) -> list[int]:
        """The ids of cases closed before a day."""
        rows = self.conn.execute(
            "SELECT id FROM cases WHERE closed_on IS NOT NULL AND closed_on < ? ORDER BY id",
            (day.isoformat(),),
        ).fetchall()
        return [int(r[0]) for r in rows]

    def delete_closed(self, closed_before: date) -> DeletedCases:
        """Delete the cases closed before a day in one transaction: each with its events,
        deadlines, assessments and documents (those on the case and those of its
        assessments), one ``deleted`` audit entry per case with ids and counts only. A
        household that then rents no unit and has no case left is deleted too (with its
        remaining documents); the others keep their register entry, their status following
        their latest remaining case. Open cases are never touched."""
        totals = dict.fromkeys(("events", "deadlines", "documents", "assessments"), 0)
        paths: list[str] = []
        households: set[int] = set()
        ids: list[int] = []
        with self.session.transaction():
            ids = self.closed_before(closed_before)
            for case_id in ids:
                household_id = int(
                    self.conn.execute(
                        "SELECT household_id FROM cases WHERE id = ?", (case_id,)
                    ).fetchone()[0]
                )
                households.add(household_id)
                counts = self._delete_case(case_id, paths)
                for key, value in counts.items():
                    totals[key] += value
                AuditLog(self.session).record(
                    "deleted", "case", case_id, {"household_id": household_id, **counts}
                )
            gone = 0
            for household_id in sorted(households):
                if self._household_left(household_id, paths):
                    gone += 1
        return DeletedCases(cases=len(ids), households=gone, paths=tuple(paths), **totals)

    def _delete_case(self, case_id: int, paths: list[str]) -> dict[str, int]:
        run = self.conn.execute
        docs = run(
            "SELECT id, path FROM documents WHERE case_id = ? OR assessment_id IN"
            " (SELECT id FROM assessments WHERE case_id = ?)",
            (case_id, case_id),
        ).fetchall()
        paths += [str(r[1]) for r in docs if r[1]]
        if docs:  # "IN ()" is SQLite's leniency; PostgreSQL refuses it
            run(
                f"DELETE FROM documents WHERE id IN ({', '.join('?' * len(docs))})",
                [r[0] for r in docs],
            )
        counts = {
            "events": run(
                "SELECT count(*) FROM case_events WHERE case_id = ?", (case_id,)
            ).fetchone()[0],
            "deadlines": run(
                "SELECT count(*) FROM deadlines WHERE case_id = ?", (case_id,)
            ).fetchone()[0],
            "documents": len(docs),
            "assessments": run("DELETE FROM assessments WHERE case_id = ?", (case_id,)).rowcount,
        }
        run("DELETE FROM case_events WHERE case_id = ?", (case_id,))
        run("DELETE FROM deadlines WHERE case_id = ?", (case_id,))
        run("DELETE FROM cases WHERE id = ?", (case_id,))
        return {k: int(v) for k, v in counts.items()}

    def _household_left(self, household_id: int, paths: list[str]) -> bool:
        """After its cases went: delete a household that rents no unit and has no case left
        (True), else set its status from its latest remaining case."""
        run = self.conn.execute
        latest = run(
            "SELECT state FROM cases WHERE household_id = ? ORDER BY id DESC LIMIT 1",
            (household_id,),
        ).fetchone()
        if latest is not None:
            self._set_household_status(household_id, str(latest[0]))
            return False
        unit = run("SELECT unit_ref FROM households WHERE id = ?", (household_id,)).fetchone()
        if unit is None:
            return False
        if unit[0] is not None:
            self._set_household_status(household_id, "ny")
            return False
        paths += [
            str(r[0])
            for r in run(
                "SELECT path FROM documents WHERE household_id = ? AND path != ''", (household_id,)
            )
        ]
        HouseholdRepository(self.session).delete(household_id)
        return True

    def add_deadline(self, case_id: int, kind: str, due_on: date, note: str = "") -> int:
        with self.session.transaction():
            deadline_id = self.session.insert_returning_id(
                "INSERT INTO deadlines (case_id, kind, due_on, note) VALUES (?, ?, ?, ?)",
                (case_id, kind, due_on.isoformat(), note),
            )
            AuditLog(self.session).record("created", "deadline", deadline_id, {"case_id": case_id})
        return deadline_id

    def complete_deadline(self, deadline_id: int) -> None:
        with self.session.transaction():
            self.conn.execute(
                "UPDATE deadlines SET done = 1, done_at = ? WHERE id = ?", (now(), deadline_id)
            )
            AuditLog(self.session).record("changed", "deadline", deadline_id, {"done": True})

    def deadlines(self, case_id: int) -> list[Deadline]:
        return self._deadlines("d.case_id = ?", [case_id])

    def due(self, on: date, within_days: int = 0) -> list[Deadline]:
        """Open deadlines due on or before ``on`` + ``within_days`` (overdue included)."""
        limit = date.fromordinal(on.toordinal() + within_days).isoformat()
        return self._deadlines("d.done = 0 AND d.due_on <= ?", [limit])

    def overdue(self, on: date) -> list[Deadline]:
        return self._deadlines("d.done = 0 AND d.due_on < ?", [on.isoformat()])

    def _deadlines(self, where: str, params: list[object]) -> list[Deadline]:
        rows = self.conn.execute(
            "SELECT d.id, d.case_id, d.kind, d.due_on, d.done, d.note, c.household_id,"
            " h.external_id FROM deadlines d JOIN cases c ON c.id = d.case_id"
            f" JOIN households h ON h.id = c.household_id WHERE {where} ORDER BY d.due_on, d.id",
            params,
        ).fetchall()
        return [
            Deadline(r[0], r[1], r[2], date.fromisoformat(r[3]), bool(r[4]), r[5], r[6], r[7])
            for r in rows
        ]

    def _event(
        self,
        case_id: int,
        from_state: str | None,
        to_state: str,
        by: str,
        note: str,
        on: date | None,
    ) -> None:
        """An event at the recording time; given a day ``on``, with that date and the
        recording time's clock part."""
        at = now()
        if on is not None:
            at = on.isoformat() + at[10:]
        self.conn.execute(
            "INSERT INTO case_events (case_id, from_state, to_state, at, by, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (case_id, from_state, to_state, at, by, note),
        )

    def _set_household_status(self, household_id: int, state: str) -> None:
        self.conn.execute(
            "UPDATE households SET case_state = ?, updated_at = ? WHERE id = ?",
            (state, now(), household_id),
        )


def _case(row: tuple[object, ...]) -> Case:
    closed = row[4]
    return Case(
        id=int(str(row[0])),
        household_id=int(str(row[1])),
        state=str(row[2]),
        opened_on=date.fromisoformat(str(row[3])),
        closed_on=date.fromisoformat(str(closed)) if closed else None,
        caseworker=str(row[5]),
    )
