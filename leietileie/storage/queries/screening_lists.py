"""A screening run as the Kartlegging view reads it: the ranked index of every household
(for counts and filters) and display rows for a page of households."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from ..session import Reader
from .listing import APPLICANT_NAME


@dataclass
class RankedResults:
    """A run's households in rank order (columns, not row objects: 100 000 rows load fast).

    ``category`` is each household's category as a position in the order asked for;
    ``reasons`` its reason codes.
    """

    ids: list[int]
    category: list[int]
    reasons: list[tuple[str, ...]]


def ranked_results(conn: Reader, run_id: int, categories: Sequence[str]) -> RankedResults:
    """The run's households by rank; a category not in ``categories`` counts as the last."""
    rows = conn.execute(
        "SELECT household_id, category, reasons FROM screening_results WHERE run_id = ?"
        " AND household_id NOT IN (SELECT id FROM households WHERE deleted_at IS NOT NULL)"
        " ORDER BY json_extract(figures, '$.rank'), household_id",
        (run_id,),
    ).fetchall()
    position = {name: i for i, name in enumerate(categories)}
    last = len(categories) - 1
    return RankedResults(
        ids=[r[0] for r in rows],
        category=[position.get(r[1], last) for r in rows],
        reasons=[tuple(json.loads(r[2])) if r[2] != "[]" else () for r in rows],
    )


_PAGE = f"""
SELECT r.household_id, h.external_id, {APPLICANT_NAME},
       coalesce(u.address || ', ' || u.postcode || ' ' || u.city, ''), h.member_count,
       h.rent_monthly, h.case_state, r.category, r.price, r.monthly_cost, r.surplus_monthly,
       r.reasons, r.figures
FROM screening_results r JOIN households h ON h.id = r.household_id
LEFT JOIN units u ON u.id = h.unit_ref
WHERE r.run_id = ? AND r.household_id IN ({{marks}})
"""
_CHUNK = 500


@dataclass(frozen=True)
class ResultPageRow:
    """One household of a run as the view shows it."""

    household_id: int
    external_id: str
    name: str
    address: str
    size: int
    rent: float | None
    case_state: str
    category: str
    price: float | None
    monthly_cost: float | None
    surplus: float | None
    reasons: tuple[str, ...]
    figures: dict[str, Any]


RowT = TypeVar("RowT", bound=ResultPageRow)


def result_page(
    conn: Reader,
    run_id: int,
    ids: Sequence[int],
    row_type: type[RowT],
) -> dict[int, RowT]:
    """Display rows for some households of a run (a page), by household id, as
    ``row_type`` (``ResultPageRow`` or a subclass that adds labels, say)."""
    out: dict[int, RowT] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        sql = _PAGE.format(marks=", ".join("?" * len(chunk)))
        for r in conn.execute(sql, [run_id, *chunk]).fetchall():
            out[r[0]] = row_type(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                tuple(json.loads(r[11])),
                json.loads(r[12]),
            )
    return out


__all__ = ["RankedResults", "ResultPageRow", "ranked_results", "result_page"]
