"""Rent-payment history: what was due each month, what was paid and when.

A history of paying rent on time is strong evidence that a household can carry a mortgage
(domain.md §4); the screening counts late or missing payments over the last months.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ...domain.rent import DUE_DAY, FULL_TOLERANCE, LAST_ON_TIME_DAY
from ..common import date_text, parse_date
from ..records import RentPayment
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    import numpy as np
    import numpy.typing as npt


#: Days after the due date (the 1st of the month) a payment still counts as on time.
GRACE_DAYS = LAST_ON_TIME_DAY - DUE_DAY

#: ``sum(<month not paid on time>)`` over rent_payments rows: ``domain.rent.paid_on_time``
#: in SQL, with its parameters bound from the domain (``LATE_SQL_PARAMS``).
LATE_SQL = (
    "sum(CASE WHEN amount_due > 0 AND (paid_on IS NULL OR amount_paid + ? < amount_due"
    " OR paid_on > month || ?) THEN 1 ELSE 0 END)"
)
LATE_SQL_PARAMS = (FULL_TOLERANCE, f"-{LAST_ON_TIME_DAY:02d}")


def month_back(on: date, months: int) -> str:
    """The month (YYYY-MM) ``months`` before the month of ``on``."""
    index = on.year * 12 + on.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass(frozen=True)
class LateHistory:
    """Households with a recorded month in the window (ascending ids) and, for each, the
    months paid late or not in full (``RentPaymentRepository.late_history``)."""

    household_ids: npt.NDArray[np.int64]
    late: npt.NDArray[np.float64]


def late_for(history: LateHistory, ids: Sequence[int]) -> npt.NDArray[np.float64]:
    """The late counts in the order of ``ids``; NaN for a household without a recorded month
    (matched in NumPy: 100 000 households, no dict and lookup per id)."""
    import numpy as np  # not on the app's start path (issue 12)

    wanted = np.asarray(ids, dtype=np.int64)
    late = np.full(len(wanted), np.nan, dtype=np.float64)
    known = history.household_ids
    if len(known):
        pos = np.minimum(np.searchsorted(known, wanted), len(known) - 1)
        found = known[pos] == wanted
        late[found] = history.late[pos[found]]
    return late


_PAYMENT_COLUMNS = ("household_id", "month", "amount_due", "amount_paid", "paid_on")
_PAYMENT_KEY = ("household_id", "month")


class RentPaymentRepository(Repository):
    def record(self, household_id: int, payment: RentPayment) -> None:
        """Add or replace one month's payment (in a transaction, audited)."""
        with self.session.transaction():
            self.conn.execute(
                self._upsert(),
                (
                    household_id,
                    payment.month,
                    payment.amount_due,
                    payment.amount_paid,
                    date_text(payment.paid_on),
                ),
            )
            AuditLog(self.session).record(
                "changed", "rent_payment", household_id, {"month": payment.month}
            )

    def bulk_insert(self, rows: Sequence[tuple[int, str, float, float, str | None]]) -> None:
        """(household_id, month, due, paid, paid_on ISO) rows, in the caller's transaction."""
        self.conn.executemany(self._upsert(), rows)

    def bulk_add(self, rows: Sequence[tuple[int, str, float, float, str | None]]) -> None:
        """Rows for household months not yet recorded, in the caller's transaction: a plain
        INSERT (on PostgreSQL a binary COPY, several times faster than the upsert's
        statements). A month already recorded fails the transaction (UniqueViolation)."""
        columns = ", ".join(_PAYMENT_COLUMNS)
        marks = self.session.dialect.marks(len(_PAYMENT_COLUMNS))
        self.conn.executemany(f"INSERT INTO rent_payments ({columns}) VALUES ({marks})", rows)

    def any_recorded(self) -> bool:
        return self.conn.execute("SELECT 1 FROM rent_payments LIMIT 1").fetchone() is not None

    def recorded_between(
        self, ids: Sequence[int], first: str, last: str, batch: int = 2000
    ) -> Iterator[tuple[int, str]]:
        """(household_id, month) of the recorded months ``first`` … ``last`` of the households
        ``ids`` (ascending), read ``batch`` households at a time along the (household_id,
        month) index: memory bounded by a batch on both engines."""
        for start in range(0, len(ids), batch):
            low, high = ids[start], ids[min(start + batch, len(ids)) - 1]
            yield from self.conn.execute(
                "SELECT household_id, month FROM rent_payments WHERE household_id >= ?"
                " AND household_id <= ? AND month >= ? AND month <= ?",
                (low, high, first, last),
            ).fetchall()

    def _upsert(self) -> str:
        """Add a month's payment, or replace the figures of one already recorded."""
        return self.session.dialect.upsert("rent_payments", _PAYMENT_COLUMNS, _PAYMENT_KEY)

    def recorded_months(self) -> set[tuple[int, str]]:
        """(household_id, month) of every recorded payment (an import counts its updates)."""
        return set(self.conn.execute("SELECT household_id, month FROM rent_payments"))

    def for_household(self, household_id: int, on: date, months: int = 12) -> list[RentPayment]:
        """The last ``months`` months before ``on``'s month, oldest first."""
        rows = self.conn.execute(
            "SELECT month, amount_due, amount_paid, paid_on FROM rent_payments"
            " WHERE household_id = ? AND month >= ? AND month < ? ORDER BY month",
            (household_id, month_back(on, months), month_back(on, 0)),
        ).fetchall()
        return [RentPayment(r[0], r[1], r[2], parse_date(r[3])) for r in rows]

    def late_counts(
        self, ids: Sequence[int], on: date, months: int = 12
    ) -> npt.NDArray[np.float64]:
        """Months paid late or not in full during the last ``months`` months, per household
        (in the order of ``ids``; NaN where no history is recorded)."""
        return late_for(self.late_history(on, months), ids)

    def late_history(
        self, on: date, months: int = 12, household_ids: Sequence[int] | None = None
    ) -> LateHistory:
        """Every household's (or only ``household_ids``') count of months paid late or not in
        full during the last ``months`` months (households without a recorded month in them
        are absent).

        The domain's rule (``domain.rent``) in SQL, built from its parameters; ISO dates
        compare as text: paid after the last on-time day is late. The database aggregates the
        ledger and hands back one text (``queries.batch.ints_from_text``), not a row per
        household: a screening reads it on a second connection while the first reads the
        households, and one long step lets the two run side by side
        (``Register.read_beside``)."""
        from ..queries.batch import ints_from_text

        per_household = self.session.dialect.agg(
            "CAST(household_id AS TEXT) || ',' || CAST(late AS TEXT)", "','"
        )
        params: list[object] = [*LATE_SQL_PARAMS, month_back(on, months), month_back(on, 0)]
        only = ""
        if household_ids is not None:
            only = " AND " + self.session.dialect.in_ids("household_id")
            params.append(json.dumps(sorted({int(i) for i in household_ids})))
        text = self.conn.execute(
            f"SELECT {per_household} FROM (SELECT household_id, {LATE_SQL} AS late"
            f" FROM rent_payments WHERE month >= ? AND month < ?{only}"
            " GROUP BY household_id) AS h",
            params,
        ).fetchone()[0]
        import numpy as np  # not on the app's start path (issue 12)

        table = ints_from_text(text, 2)
        order = np.argsort(table[:, 0], kind="stable")
        return LateHistory(table[order, 0], table[order, 1].astype(np.float64))
