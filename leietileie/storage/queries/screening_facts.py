"""What the screening knows beside the engine's batch, and the rows of eligibility lists.

The facts are read with the batch, from the same scans (``batch.screening_input``); a list
is one query over a run's stored results, so that a 100 000-household register screens and
exports in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ..session import Reader
from .listing import APPLICANT_NAME


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
