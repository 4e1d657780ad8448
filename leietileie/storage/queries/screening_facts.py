"""Columns the screening needs beside the engine's batch, and the rows of eligibility lists.

Both read the whole register in one query each, in the batch's order (households with a
tenancy, by id), so that a 100 000-household register screens and exports in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from ...domain.model import TEMPORARY_INCOME
from ..session import Reader
from .listing import APPLICANT_NAME

_TEMPORARY = ", ".join(f"'{k}'" for k in TEMPORARY_INCOME)

_FACTS = f"""
SELECT h.id, h.arrears,
       (julianday(:on) - julianday(h.tenancy_start)) / 365.25,
       CAST(substr(:on, 1, 4) AS INTEGER) - CAST(substr(a.birth_date, 1, 4) AS INTEGER)
           - CASE WHEN substr(:on, 6, 5) < substr(a.birth_date, 6, 5) THEN 1 ELSE 0 END,
       CASE WHEN u.valuation IS NOT NULL AND u.valuation > 0 THEN 1 ELSE 0 END,
       h.gross_income - coalesce(t.temporary, 0), coalesce(t.temporary, 0)
FROM households h
JOIN units u ON u.id = h.unit_ref
LEFT JOIN members a ON a.household_id = h.id AND a.role = 'applicant'
LEFT JOIN (SELECT m.household_id, sum(i.annual) AS temporary
           FROM incomes i JOIN members m ON m.id = i.member_id
           WHERE i.kind IN ({_TEMPORARY})
           GROUP BY m.household_id) t ON t.household_id = h.id
WHERE h.deleted_at IS NULL
ORDER BY h.id
"""


@dataclass
class ScreeningFacts:
    ids: list[int]
    arrears: npt.NDArray[np.float64]
    tenancy_years: npt.NDArray[np.float64]  # NaN when the start is unknown
    applicant_age: npt.NDArray[np.float64]  # NaN when the birth date is unknown
    has_valuation: npt.NDArray[np.bool_]
    permanent_income: npt.NDArray[np.float64]
    temporary_income: npt.NDArray[np.float64]
    #: Months paid late or not in full in the last twelve (NaN without a recorded history).
    late_payments: npt.NDArray[np.float64] | None = None


def screening_facts(conn: Reader, on: date) -> ScreeningFacts:
    """Tenancy years and ages are computed by SQLite (NULL → NaN where a date is unknown)."""
    rows = conn.execute(_FACTS, {"on": on.isoformat()}).fetchall()
    table = np.array(rows, dtype=np.float64).reshape(-1, 7)  # None becomes NaN
    return ScreeningFacts(
        ids=table[:, 0].astype(np.int64).tolist(),
        arrears=np.ascontiguousarray(table[:, 1]),
        tenancy_years=np.ascontiguousarray(table[:, 2]),
        applicant_age=np.ascontiguousarray(table[:, 3]),
        has_valuation=table[:, 4] > 0,
        permanent_income=np.ascontiguousarray(table[:, 5]),
        temporary_income=np.ascontiguousarray(table[:, 6]),
    )


_LIST = """
SELECT r.household_id, h.external_id,
       {name}, coalesce(a.national_id, ''),
       u.unit_id, u.address, u.postcode, u.city, h.member_count, h.household_type,
       h.gross_income, h.rent_monthly, h.arrears, h.case_state,
       r.category, r.price, r.max_loan, r.loan_needed, r.monthly_cost, r.surplus_monthly,
       r.reasons, json_extract(r.figures, '$.rank') AS rank, json_extract(r.figures, '$.years'),
       json_extract(r.figures, '$.startlan'), json_extract(r.figures, '$.bank_loan'),
       json_extract(r.figures, '$.grant'), json_extract(r.figures, '$.grant_needed'),
       json_extract(r.figures, '$.alternative_unit')
FROM screening_results r
JOIN households h ON h.id = r.household_id
LEFT JOIN units u ON u.id = h.unit_ref
LEFT JOIN members a ON a.household_id = h.id AND a.role = 'applicant'
WHERE r.run_id = ? AND h.deleted_at IS NULL {where}
ORDER BY rank, r.household_id
"""

LIST_FIELDS = (
    "household_id",
    "external_id",
    "name",
    "national_id",
    "unit_id",
    "address",
    "postcode",
    "city",
    "size",
    "household_type",
    "gross_income",
    "rent",
    "arrears",
    "case_state",
    "category",
    "price",
    "max_loan",
    "loan_needed",
    "monthly_cost",
    "surplus_monthly",
    "reasons",
    "rank",
    "years",
    "startlan",
    "bank_loan",
    "grant",
    "grant_needed",
    "alternative_unit",
)


def list_rows(
    conn: Reader, run_id: int, categories: tuple[str, ...] = ()
) -> list[tuple[object, ...]]:
    """The stored results of a run joined with who and where, in rank order (reasons as JSON)."""
    where, params = "", list[object]([run_id])
    if categories:
        where = f"AND r.category IN ({', '.join('?' * len(categories))})"
        params += list(categories)
    rows = conn.execute(_LIST.format(where=where, name=APPLICANT_NAME), params).fetchall()
    # The last column (another free unit) is '' when the figures hold none.
    return [(*r[:-1], "" if r[-1] is None else r[-1]) for r in rows]
