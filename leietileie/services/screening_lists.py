"""What the Kartlegging view reads: a run's ranked index (for counts and filters) and pages
of display rows, so a 100 000-household run is shown without loading every row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from ..domain.register import CASE_STATE_LABELS_NB
from ..storage.queries.screening_lists import ResultPageRow, ranked_results, result_page
from .screening import CATEGORIES, CATEGORY_LABELS_NB, REASON_TEXTS_NB

if TYPE_CHECKING:
    from ..storage.register import Register


@dataclass(frozen=True)
class RunInfo:
    id: int
    created_at: str
    rules_year: int
    on: date
    households: int


def run_info(db: Register, run_id: int | None = None) -> RunInfo | None:
    """The run (the latest when ``run_id`` is None), or None when there is none."""
    if run_id is None:
        run_id = db.screening.latest_run()
    run = None if run_id is None else db.screening.run(run_id)
    if run is None:
        return None
    return RunInfo(
        run["id"], run["created_at"], run["rules_year"], run["on_date"], run["household_count"]
    )


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
        return [
            i
            for i in range(len(self.ids))
            if (want is None or self.category[i] == want)
            and (reason is None or reason in self.reasons[i])
        ]


def result_index(db: Register, run_id: int) -> ResultIndex:
    """The run's households in rank order; an unknown verdict counts as the last category."""
    ranked = ranked_results(db.session, run_id, CATEGORIES)
    return ResultIndex(ranked.ids, ranked.category, ranked.reasons)


@dataclass(frozen=True)
class ResultRow(ResultPageRow):
    """A household's row of a run, with its labels in Norwegian."""

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS_NB.get(self.category, self.category)

    @property
    def reason_text(self) -> str:
        return "; ".join(REASON_TEXTS_NB.get(code, code) for code in self.reasons)

    @property
    def case_label(self) -> str:
        return CASE_STATE_LABELS_NB.get(self.case_state, self.case_state)


def result_rows(db: Register, run_id: int, ids: Sequence[int]) -> dict[int, ResultRow]:
    """Display rows for some households of a run (a page), by household id."""
    return result_page(db.session, run_id, ids, ResultRow)


__all__ = ["ResultIndex", "ResultRow", "RunInfo", "result_index", "result_rows", "run_info"]
