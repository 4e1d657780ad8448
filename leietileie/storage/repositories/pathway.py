"""Rent-to-own agreements on a household's case and the savings balances that follow them
(issue 14). The rules (expected savings, on track / behind / at risk) are the domain's
(``domain.pathway``); this module stores and reads."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from ...domain.pathway import AGREEMENT_STATUSES
from ...errors import ConflictError
from ..common import now
from ..records import AgreementRecord, SavingsEntry
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    pass


SAVINGS_SOURCES = ("manual", "import")


_AGREEMENT_COLUMNS = (
    "id, household_id, case_id, unit_ref, start_date, price_year0, valuation_year0,"
    " savings_year0, monthly_saving_target, option_expiry, conditions, status, created_at,"
    " created_by, version"
)


def _agreement(row: Sequence[object]) -> AgreementRecord:
    return AgreementRecord(
        id=int(row[0]),  # type: ignore[call-overload]
        household_id=int(row[1]),  # type: ignore[call-overload]
        case_id=None if row[2] is None else int(row[2]),  # type: ignore[call-overload]
        unit_ref=None if row[3] is None else int(row[3]),  # type: ignore[call-overload]
        start_date=date.fromisoformat(str(row[4])),
        price_year0=float(row[5]),  # type: ignore[arg-type]
        valuation_year0=float(row[6]),  # type: ignore[arg-type]
        savings_year0=float(row[7]),  # type: ignore[arg-type]
        monthly_saving_target=float(row[8]),  # type: ignore[arg-type]
        option_expiry=date.fromisoformat(str(row[9])),
        conditions=str(row[10]),
        status=str(row[11]),
        created_at=str(row[12]),
        created_by=str(row[13]),
        version=int(row[14]),  # type: ignore[call-overload]
    )


class PathwayRepository(Repository):
    # Agreements ---------------------------------------------------------------------------

    def add_agreement(
        self,
        household_id: int,
        *,
        start_date: date,
        price_year0: float,
        valuation_year0: float,
        monthly_saving_target: float,
        option_expiry: date,
        savings_year0: float = 0.0,
        conditions: str = "",
        case_id: int | None = None,
        unit_ref: int | None = None,
    ) -> int:
        """Store an agreement (checked by the domain before it comes here); its id."""
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO rto_agreements (household_id, case_id, unit_ref, start_date,"
                " price_year0, valuation_year0, savings_year0, monthly_saving_target,"
                " option_expiry, conditions, status, created_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'active', ?, ?)",
                (
                    household_id,
                    case_id,
                    unit_ref,
                    start_date.isoformat(),
                    price_year0,
                    valuation_year0,
                    savings_year0,
                    monthly_saving_target,
                    option_expiry.isoformat(),
                    conditions,
                    now(),
                    self.session.actor,
                ),
            )
            AuditLog(self.session).record(
                "created", "rto_agreement", new_id, {"household_id": household_id}
            )
        return new_id

    def agreement(self, id: int) -> AgreementRecord | None:
        row = self.session.first(
            f"SELECT {_AGREEMENT_COLUMNS} FROM rto_agreements WHERE id = ?", (id,)
        )
        return None if row is None else _agreement(row)

    def agreements_for(self, household_id: int) -> list[AgreementRecord]:
        rows = self.session.all(
            f"SELECT {_AGREEMENT_COLUMNS} FROM rto_agreements WHERE household_id = ?"
            " ORDER BY start_date, id",
            (household_id,),
        )
        return [_agreement(r) for r in rows]

    def agreements(self, statuses: Sequence[str] = ("active",)) -> list[AgreementRecord]:
        """Agreements of households not deleted, in the given statuses (all when empty)."""
        where = ""
        params: list[object] = []
        if statuses:
            where = f" AND a.status IN ({', '.join('?' * len(statuses))})"
            params = list(statuses)
        columns = ", ".join(f"a.{c.strip()}" for c in _AGREEMENT_COLUMNS.split(","))
        rows = self.session.all(
            f"SELECT {columns} FROM rto_agreements a JOIN households h ON h.id = a.household_id"
            f" WHERE h.deleted_at IS NULL{where} ORDER BY a.household_id, a.id",
            params,
        )
        return [_agreement(r) for r in rows]

    def set_status(self, id: int, status: str, expected_version: int) -> int:
        """Exercise, expire or cancel an agreement; the new version (ConflictError when it
        changed since ``expected_version``)."""
        if status not in AGREEMENT_STATUSES:
            raise ValueError(f"unknown agreement status {status!r}")
        with self.session.transaction():
            cursor = self.session.execute(
                "UPDATE rto_agreements SET status = ?, version = version + 1"
                " WHERE id = ? AND version = ?",
                (status, id, expected_version),
            )
            if cursor.rowcount != 1:
                raise ConflictError(
                    f"avtalen {id} er endret av en annen siden du åpnet den; last inn på nytt"
                )
            AuditLog(self.session).record("changed", "rto_agreement", id, {"status": status})
        return expected_version + 1

    # Savings ------------------------------------------------------------------------------

    def _savings_upsert(self) -> str:
        return self.session.dialect.upsert(
            "savings_entries",
            ("household_id", "on_date", "balance", "source", "created_at", "created_by"),
            ("household_id", "on_date"),
        )

    def record_savings(
        self, household_id: int, on_date: date, balance: float, source: str = "manual"
    ) -> None:
        """Add (or correct) the savings balance of a household on a date (audited)."""
        if source not in SAVINGS_SOURCES:
            raise ValueError(f"unknown savings source {source!r}")
        with self.session.transaction():
            self.session.execute(
                self._savings_upsert(),
                (household_id, on_date.isoformat(), balance, source, now(), self.session.actor),
            )
            AuditLog(self.session).record(
                "changed", "savings", household_id, {"on_date": on_date.isoformat()}
            )

    def bulk_savings(self, rows: Iterable[tuple[int, date, float]]) -> int:
        """(household_id, date, balance) rows from an import, in the caller's transaction;
        the number written (an existing date's balance is replaced)."""
        stamp, actor = now(), self.session.actor
        return self.session.execute_many(
            self._savings_upsert(),
            ((h, d.isoformat(), b, "import", stamp, actor) for h, d, b in rows),
        )

    def savings_for(self, household_id: int) -> list[SavingsEntry]:
        rows = self.session.all(
            "SELECT household_id, on_date, balance, source FROM savings_entries"
            " WHERE household_id = ? ORDER BY on_date",
            (household_id,),
        )
        return [SavingsEntry(int(r[0]), date.fromisoformat(r[1]), float(r[2]), r[3]) for r in rows]

    def latest_savings(self, on: date) -> dict[int, tuple[date, float]]:
        """Each household's latest balance on or before ``on`` (households with an entry)."""
        rows = self.session.all(
            "SELECT s.household_id, s.on_date, s.balance FROM savings_entries s"
            " JOIN (SELECT household_id, max(on_date) AS last FROM savings_entries"
            " WHERE on_date <= ? GROUP BY household_id) m"
            " ON m.household_id = s.household_id AND m.last = s.on_date",
            (on.isoformat(),),
        )
        return {int(r[0]): (date.fromisoformat(r[1]), float(r[2])) for r in rows}
