"""What the Kartlegging view reads: a run's ranked index (for counts and filters) and pages
of display rows, so a 100 000-household run is shown without loading every row."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.register import CASE_STATE_LABELS_NB
from .screening import CATEGORIES, CATEGORY_LABELS_NB, REASON_TEXTS_NB


@dataclass(frozen=True)
class RunInfo:
    id: int
    created_at: str
    rules_year: int
    on: date
    households: int


def run_info(db: Any, run_id: int | None = None) -> RunInfo | None:
    """The run (the latest when ``run_id`` is None), or None when there is none."""
    sql = "SELECT id, created_at, rules_year, on_date, household_count FROM screening_runs"
    row = (db.conn.execute(sql + " ORDER BY id DESC LIMIT 1").fetchone() if run_id is None
           else db.conn.execute(sql + " WHERE id = ?", (run_id,)).fetchone())  # fmt: skip
    if row is None:
        return None
    return RunInfo(row[0], row[1], row[2], date.fromisoformat(row[3]), row[4])


@dataclass
class ResultIndex:
    """Household ids in rank order with their category index and reason codes."""

    ids: list[int]
    category: list[int]
    reasons: list[tuple[str, ...]]

    def counts(self) -> dict[str, int]:
        found = [0] * len(CATEGORIES)
        for c in self.category:
            found[c] += 1
        return dict(zip(CATEGORIES, found, strict=True))

    def select(self, category: str | None = None, reason: str | None = None) -> list[int]:
        """Positions (into ``ids``) matching a category and a reason code."""
        want = None if category is None else CATEGORIES.index(category)
        return [i for i in range(len(self.ids))
                if (want is None or self.category[i] == want)
                and (reason is None or reason in self.reasons[i])]  # fmt: skip


def result_index(db: Any, run_id: int) -> ResultIndex:
    rows = db.conn.execute(
        "SELECT household_id, verdict, reasons FROM screening_results WHERE run_id = ?"
        " ORDER BY json_extract(figures, '$.rank'), household_id",
        (run_id,),
    ).fetchall()
    position = {name: i for i, name in enumerate(CATEGORIES)}
    return ResultIndex(
        ids=[r[0] for r in rows],
        category=[position.get(r[1], len(CATEGORIES) - 1) for r in rows],
        reasons=[tuple(json.loads(r[2])) if r[2] != "[]" else () for r in rows],
    )


_PAGE = """
SELECT r.household_id, h.external_id,
       coalesce((SELECT m.first_name || ' ' || m.last_name FROM members m WHERE m.household_id = h.id
                 ORDER BY m.role != 'applicant', m.position LIMIT 1), h.external_id),
       coalesce(u.address || ', ' || u.postcode || ' ' || u.city, ''), h.member_count,
       h.rent_monthly, h.case_status, r.verdict, r.price, r.monthly_cost, r.surplus_monthly,
       r.reasons, r.figures
FROM screening_results r JOIN households h ON h.id = r.household_id
LEFT JOIN units u ON u.id = h.unit_ref
WHERE r.run_id = ? AND r.household_id IN ({marks})
"""


@dataclass(frozen=True)
class ResultRow:
    household_id: int
    external_id: str
    name: str
    address: str
    size: int
    rent: float | None
    case_status: str
    category: str
    price: float | None
    monthly_cost: float | None
    surplus: float | None
    reasons: tuple[str, ...]
    figures: dict[str, Any]

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS_NB.get(self.category, self.category)

    @property
    def reason_text(self) -> str:
        return "; ".join(REASON_TEXTS_NB.get(code, code) for code in self.reasons)

    @property
    def case_label(self) -> str:
        return CASE_STATE_LABELS_NB.get(self.case_status, self.case_status)


def result_rows(db: Any, run_id: int, ids: Sequence[int]) -> dict[int, ResultRow]:
    """Display rows for some households of a run (a page), by household id."""
    out: dict[int, ResultRow] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start:start + 500])
        sql = _PAGE.format(marks=", ".join("?" * len(chunk)))
        for r in db.conn.execute(sql, [run_id, *chunk]).fetchall():
            out[r[0]] = ResultRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9],
                                  r[10], tuple(json.loads(r[11])), json.loads(r[12]))  # fmt: skip
    return out


__all__ = ["ResultIndex", "ResultRow", "RunInfo", "result_index", "result_rows", "run_info"]
