"""Query plans of the household list at the scale that matters (issue 9 benchmarks): the
soft-delete filter must not turn an index scan into a row lookup per household, and a
search must not compute the display name for every match."""

from __future__ import annotations

from typing import Any

import pytest

from leietileie.storage.queries import listing

pytestmark = pytest.mark.sqlite_only  # SQLite's query plans (EXPLAIN QUERY PLAN)


class _Recorder:
    """A Reader that remembers the statements it runs (then runs them)."""

    def __init__(self, conn: Any):
        self.conn = conn
        self.statements: list[tuple[str, list[Any]]] = []

    def execute(self, sql: str, parameters: Any = ()) -> Any:
        self.statements.append((sql, list(parameters)))
        return self.conn.execute(sql, parameters)


def _plan(db, sql: str, params: list[Any]) -> list[tuple[int, int, str]]:
    rows = db.conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
    return [(r[0], r[1], r[3]) for r in rows]


def test_a_page_sorted_by_name_walks_an_index_of_live_households(db):
    recorder = _Recorder(db.conn)
    listing.page(recorder, offset=50, limit=100, sort_key="name")
    ((sql, params),) = recorder.statements
    details = [d for _, _, d in _plan(db, sql, params)]
    # the partial index holds exactly the rows the list shows (deleted_at IS NULL), in order
    assert any("households_live_sort_name" in d for d in details), details
    assert not any("TEMP B-TREE" in d for d in details[:3]), details


def test_a_search_names_only_the_rows_of_its_page(db):
    recorder = _Recorder(db.conn)
    listing.search_page(recorder, 0, 100, "name", False, "hansen")
    ((sql, params),) = recorder.statements
    plan = _plan(db, sql, params)
    scans = [parent for _, parent, d in plan if d.startswith("SCAN h")]
    # the matches are found in the narrow index of live households' search text
    assert any("households_live_search" in d for _, _, d in plan), plan
    names = [parent for _, parent, d in plan if d.startswith("CORRELATED SCALAR SUBQUERY")]
    assert scans and names, plan
    # the name's subquery is not evaluated in the loop that reads (and sorts) every match
    assert not set(scans) & set(names), plan


def test_a_search_count_scans_the_search_index(db):
    recorder = _Recorder(db.conn)
    listing.count(recorder, "hansen")
    ((sql, params),) = recorder.statements
    details = [d for _, _, d in _plan(db, sql, params)]
    assert any("households_live_search" in d for d in details), details
