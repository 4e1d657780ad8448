"""The yearly aggregates behind the programme statistics: households screened per category,
cases entering states, and completed purchases (see ``services.statistics``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ..session import Reader

_SCREENED = """
WITH latest AS (
  SELECT CAST(substr(s.on_date, 1, 4) AS INTEGER) AS year, r.household_id, max(r.run_id) AS run_id
  FROM screening_results r JOIN screening_runs s ON s.id = r.run_id
  GROUP BY year, r.household_id)
SELECT l.year, r.category, count(*) FROM latest l
JOIN screening_results r ON r.run_id = l.run_id AND r.household_id = l.household_id
GROUP BY l.year, r.category
"""

_MOVES = """
SELECT CAST(substr(e.at, 1, 4) AS INTEGER), e.to_state, count(DISTINCT e.case_id)
FROM case_events e WHERE e.to_state IN ({marks})
GROUP BY 1, 2
"""

_PURCHASES = """
SELECT e.case_id, c.household_id, substr(e.at, 1, 10), h.unit_ref,
       (SELECT max(a.id) FROM assessments a WHERE a.case_id = c.id)
FROM case_events e JOIN cases c ON c.id = e.case_id JOIN households h ON h.id = c.household_id
WHERE e.to_state = 'kjopt' ORDER BY e.id
"""


@dataclass(frozen=True)
class YearCount:
    """How many of something (``key``: a screening category, a case state) in a year."""

    year: int
    key: str
    count: int


@dataclass(frozen=True)
class Purchase:
    """A case that entered *kjøpt*, on the move's date, with the unit the household rents and
    the case's latest assessment (None when the case has none)."""

    case_id: int
    household_id: int
    on: date
    unit_ref: int | None
    assessment_id: int | None = None


def screened_by_year(conn: Reader) -> list[YearCount]:
    """Households per year and category, each once a year with its latest run's category (the
    run's «per» date decides the year)."""
    return [YearCount(r[0], r[1], r[2]) for r in conn.execute(_SCREENED).fetchall()]


def moves_by_year(conn: Reader, states: Sequence[str]) -> list[YearCount]:
    """Cases that entered each of ``states`` per year (by the move's effective date)."""
    if not states:
        return []
    sql = _MOVES.format(marks=", ".join("?" * len(states)))
    return [YearCount(r[0], r[1], r[2]) for r in conn.execute(sql, list(states)).fetchall()]


def purchases(conn: Reader) -> list[Purchase]:
    """Every move into *kjøpt*, in the order recorded."""
    return [
        Purchase(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4])
        for r in conn.execute(_PURCHASES).fetchall()
    ]


__all__ = ["Purchase", "YearCount", "moves_by_year", "purchases", "screened_by_year"]
