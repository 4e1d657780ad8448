"""The list filters by income kind and latest verdict, and the one-query search page."""

from dataclasses import replace
from datetime import date

from leietileie.storage import HouseholdFilters
from leietileie.storage.queries import listing

from .conftest import make_household, make_unit


def _register(db, n=10):
    db.units.insert(make_unit())
    for i in range(n):
        h = make_household(f"H-{i:03d}")
        members = h.members if i % 2 else h.members[:1]  # odd ones have a disability benefit
        db.households.insert(replace(h, members=members))
    return [r.id for r in db.households.page(0, n, "external_id")]


def test_income_kinds_and_latest_category(db):
    ids = _register(db)
    disability = HouseholdFilters(income_kinds=("disability_benefit",))
    assert db.households.count(filters=disability) == 5
    assert db.households.count(filters=HouseholdFilters(income_kinds=("wage",))) == 10
    assert (
        db.households.count(filters=HouseholdFilters(income_kinds=("x", "disability_benefit"))) == 5
    )
    old = [(h, "ja", *[None] * 5, [], {}) for h in ids]
    db.screening.store_run(2026, date(2026, 1, 1), old)
    db.screening.store_run(2026, date(2026, 2, 1), [(ids[0], "ja", *[None] * 5, [], {})])
    assert db.households.count(filters=HouseholdFilters(latest_category="ja")) == 1
    both = replace(disability, latest_category="ja")
    assert db.households.count(filters=both) == 0


def test_search_page_agrees_with_page(db):
    _register(db)
    for search, filters in [
        ("", HouseholdFilters(income_kinds=("disability_benefit",))),
        ("h-00", None),
        ("nordmann", HouseholdFilters(has_tenancy=True)),
    ]:
        for key, descending in [("external_id", False), ("size", True), ("name", False)]:
            expected = db.households.page(2, 4, key, descending, search, filters)
            found = listing.search_page(db.conn, 2, 4, key, descending, search, filters)
            assert found == expected and found
