"""Rent arrears (issue 14): arrears cases with their outcome, the actions logged on a
household (reminder, call, meeting, referral to NAV, payment agreement, notice, eviction
petition) and payment agreements (nedbetalingsavtaler), plus the ledger facts the arrears
list needs, read fast from the rent ledger.

The rules (how much is owed, months late, the next step, whether an agreement is kept) are
the domain's (``domain.arrears``); this module stores and reads. The ledger facts come in two
steps: the households with a month not paid in full (the partial index
``rent_payments_short``, a few thousand of 100 000), then their ledger rows, oldest first.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ...domain.arrears import ACTION_KINDS, OUTCOMES
from ...domain.payment_agreement import AGREEMENT_STATUSES
from ...errors import ConflictError
from ..common import now
from ..records import Action, ArrearsCase, LedgerRow, PaymentAgreement
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    pass


#: ``domain.rent.FULL_TOLERANCE`` as frozen in the partial index of migration 0012: a query
#: must spell the index's condition the same way to use it.
SHORT_SQL = "amount_due - amount_paid > 0.5"


def _day(value: object) -> date | None:
    return None if value is None or value == "" else date.fromisoformat(str(value))


class ArrearsRepository(Repository):
    # Arrears cases ------------------------------------------------------------------------

    def open_case(self, household_id: int, opened_on: date) -> int:
        """Open an arrears case (one open case per household: the open one is returned)."""
        with self.session.transaction():
            current = self.open_case_for(household_id)
            if current is not None:
                return current.id
            new_id = self.session.insert_returning_id(
                "INSERT INTO arrears_cases (household_id, opened_on, created_by) VALUES (?, ?, ?)",
                (household_id, opened_on.isoformat(), self.session.actor),
            )
            AuditLog(self.session).record(
                "created", "arrears_case", new_id, {"household_id": household_id}
            )
        return new_id

    def close_case(self, case_id: int, closed_on: date, outcome: str) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown arrears outcome {outcome!r}")
        with self.session.transaction():
            cursor = self.session.execute(
                "UPDATE arrears_cases SET closed_on = ?, outcome = ?"
                " WHERE id = ? AND closed_on IS NULL",
                (closed_on.isoformat(), outcome, case_id),
            )
            if cursor.rowcount != 1:
                raise ConflictError(f"restansesaken {case_id} er allerede avsluttet")
            AuditLog(self.session).record("changed", "arrears_case", case_id, {"outcome": outcome})

    def set_outcome(self, case_id: int, outcome: str) -> None:
        """Record an outcome on an open case without closing it (notice given, petition)."""
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown arrears outcome {outcome!r}")
        with self.session.transaction():
            self.session.execute(
                "UPDATE arrears_cases SET outcome = ? WHERE id = ?", (outcome, case_id)
            )
            AuditLog(self.session).record("changed", "arrears_case", case_id, {"outcome": outcome})

    def open_case_for(self, household_id: int) -> ArrearsCase | None:
        row = self.session.first(
            "SELECT id, household_id, opened_on, closed_on, outcome FROM arrears_cases"
            " WHERE household_id = ? AND closed_on IS NULL ORDER BY id DESC LIMIT 1",
            (household_id,),
        )
        return None if row is None else _case(row)

    def cases_for(self, household_id: int) -> list[ArrearsCase]:
        rows = self.session.all(
            "SELECT id, household_id, opened_on, closed_on, outcome FROM arrears_cases"
            " WHERE household_id = ? ORDER BY opened_on, id",
            (household_id,),
        )
        return [_case(r) for r in rows]

    def all_cases(self) -> list[ArrearsCase]:
        """Every arrears case of a household not deleted (for statistics)."""
        rows = self.session.all(
            "SELECT c.id, c.household_id, c.opened_on, c.closed_on, c.outcome"
            " FROM arrears_cases c JOIN households h ON h.id = c.household_id"
            " WHERE h.deleted_at IS NULL ORDER BY c.opened_on, c.id"
        )
        return [_case(r) for r in rows]

    # Actions ------------------------------------------------------------------------------

    def log_action(
        self,
        household_id: int,
        kind: str,
        on_date: date,
        note: str = "",
        document_id: int | None = None,
        arrears_case_id: int | None = None,
    ) -> int:
        """Log an action on the household (audited); its id."""
        if kind not in ACTION_KINDS:
            raise ValueError(f"unknown arrears action {kind!r}")
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO arrears_actions (household_id, arrears_case_id, kind, on_date, note,"
                " document_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    household_id,
                    arrears_case_id,
                    kind,
                    on_date.isoformat(),
                    note,
                    document_id,
                    now(),
                    self.session.actor,
                ),
            )
            AuditLog(self.session).record(
                "created", "arrears_action", new_id, {"household_id": household_id, "kind": kind}
            )
        return new_id

    def actions_for(self, household_id: int) -> list[Action]:
        rows = self.session.all(
            "SELECT id, household_id, arrears_case_id, kind, on_date, note, document_id,"
            " created_by FROM arrears_actions WHERE household_id = ? ORDER BY on_date, id",
            (household_id,),
        )
        return [_action(r) for r in rows]

    def actions_of(self, household_ids: Sequence[int]) -> dict[int, list[Action]]:
        """The actions of many households (for the arrears list), oldest first."""
        if not household_ids:
            return {}
        out: dict[int, list[Action]] = {}
        ids = "[" + ",".join(str(int(i)) for i in household_ids) + "]"
        rows = self.session.all(
            "SELECT id, household_id, arrears_case_id, kind, on_date, note, document_id,"
            " created_by FROM arrears_actions WHERE "
            + self.session.dialect.in_ids("household_id")
            + " ORDER BY household_id, on_date, id",
            (ids,),
        )
        for r in rows:
            out.setdefault(int(r[1]), []).append(_action(r))
        return out

    # Payment agreements -------------------------------------------------------------------

    def add_payment_agreement(
        self,
        household_id: int,
        start_month: str,
        monthly_amount: float,
        total_amount: float,
        on: date,
        arrears_case_id: int | None = None,
    ) -> int:
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO payment_agreements (household_id, arrears_case_id, start_month,"
                " monthly_amount, total_amount, status, created_on, created_by)"
                " VALUES (?, ?, ?, ?, ?, 'active', ?, ?)",
                (
                    household_id,
                    arrears_case_id,
                    start_month,
                    monthly_amount,
                    total_amount,
                    on.isoformat(),
                    self.session.actor,
                ),
            )
            AuditLog(self.session).record(
                "created", "payment_agreement", new_id, {"household_id": household_id}
            )
        return new_id

    def set_agreement_status(self, id: int, status: str) -> None:
        if status not in AGREEMENT_STATUSES:
            raise ValueError(f"unknown payment agreement status {status!r}")
        with self.session.transaction():
            self.session.execute(
                "UPDATE payment_agreements SET status = ? WHERE id = ?", (status, id)
            )
            AuditLog(self.session).record("changed", "payment_agreement", id, {"status": status})

    def payment_agreements_for(self, household_id: int) -> list[PaymentAgreement]:
        rows = self.session.all(
            "SELECT id, household_id, arrears_case_id, start_month, monthly_amount,"
            " total_amount, status, created_on, created_by FROM payment_agreements"
            " WHERE household_id = ? ORDER BY start_month, id",
            (household_id,),
        )
        return [_agreement(r) for r in rows]

    def payment_agreements(self) -> list[PaymentAgreement]:
        """Every payment agreement of a household not deleted (lists and statistics)."""
        rows = self.session.all(
            "SELECT p.id, p.household_id, p.arrears_case_id, p.start_month, p.monthly_amount,"
            " p.total_amount, p.status, p.created_on, p.created_by FROM payment_agreements p"
            " JOIN households h ON h.id = p.household_id WHERE h.deleted_at IS NULL"
            " ORDER BY p.household_id, p.start_month, p.id"
        )
        return [_agreement(r) for r in rows]

    # The ledger ---------------------------------------------------------------------------

    def households_with_shortfall(self, up_to_month: str | None = None) -> list[int]:
        """Households not deleted with at least one month (up to ``up_to_month``, YYYY-MM)
        not paid in full: read from the partial index, not the whole ledger."""
        where = "r.amount_due - r.amount_paid > 0.5"  # SHORT_SQL, on the alias r
        params: list[object] = []
        if up_to_month is not None:
            where += " AND r.month <= ?"
            params.append(up_to_month)
        return [
            int(r[0])
            for r in self.session.all(
                # INDEXED BY: SQLite's planner would rather walk the whole unique index
                # (PostgreSQL's dialect drops the hint; its planner picks the partial index)
                f"SELECT DISTINCT r.household_id FROM rent_payments r INDEXED BY"
                f" rent_payments_short"
                f" JOIN households h ON h.id = r.household_id"
                f" WHERE {where} AND h.deleted_at IS NULL ORDER BY r.household_id",
                params,
            )
        ]

    def ledger_of(
        self, household_ids: Sequence[int], up_to_month: str | None = None
    ) -> Iterator[tuple[int, list[LedgerRow]]]:
        """(household_id, its ledger rows oldest first) for the given households."""
        if not household_ids:
            return
        ids = "[" + ",".join(str(int(i)) for i in household_ids) + "]"
        sql = (
            "SELECT household_id, month, amount_due, amount_paid, paid_on FROM rent_payments"
            " WHERE " + self.session.dialect.in_ids("household_id")
        )
        params: list[object] = [ids]
        if up_to_month is not None:
            sql += " AND month <= ?"
            params.append(up_to_month)
        cursor = self.session.execute(sql + " ORDER BY household_id, month", params)
        current: int | None = None
        rows: list[LedgerRow] = []
        for hid, month, due, paid, paid_on in cursor:
            if hid != current:
                if current is not None:
                    yield current, rows
                current, rows = int(hid), []
            rows.append(LedgerRow(str(month), float(due), float(paid), _day(paid_on)))
        if current is not None:
            yield current, rows


def _case(r: Sequence[object]) -> ArrearsCase:
    return ArrearsCase(
        int(r[0]),  # type: ignore[call-overload]
        int(r[1]),  # type: ignore[call-overload]
        date.fromisoformat(str(r[2])),
        _day(r[3]),
        None if r[4] is None else str(r[4]),
    )


def _action(r: Sequence[object]) -> Action:
    return Action(
        id=int(r[0]),  # type: ignore[call-overload]
        household_id=int(r[1]),  # type: ignore[call-overload]
        arrears_case_id=None if r[2] is None else int(r[2]),  # type: ignore[call-overload]
        kind=str(r[3]),
        on_date=date.fromisoformat(str(r[4])),
        note=str(r[5]),
        document_id=None if r[6] is None else int(r[6]),  # type: ignore[call-overload]
        created_by=str(r[7]),
    )


def _agreement(r: Sequence[object]) -> PaymentAgreement:
    return PaymentAgreement(
        id=int(r[0]),  # type: ignore[call-overload]
        household_id=int(r[1]),  # type: ignore[call-overload]
        arrears_case_id=None if r[2] is None else int(r[2]),  # type: ignore[call-overload]
        start_month=str(r[3]),
        monthly_amount=float(r[4]),  # type: ignore[arg-type]
        total_amount=float(r[5]),  # type: ignore[arg-type]
        status=str(r[6]),
        created_on=date.fromisoformat(str(r[7])),
        created_by=str(r[8]),
    )
