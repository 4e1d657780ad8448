"""Screening runs as typed rows: the run, its households, its ranked index and a page."""

from datetime import date

from leietileie.storage.screening_lists import ResultPageRow, ranked_results, result_page

from .conftest import make_household, make_unit


def _run(db):
    db.units.insert(make_unit())
    a = db.households.insert(make_household("H-1"))
    b = db.households.insert(make_household("H-2", unit_id=None))
    rows = [
        (a.id, "ja", 3e6, 2.9e6, 2.8e6, 14000.0, 500.0, [], {"rank": 2}),
        (b.id, "rart", None, None, None, None, None, ["lav_inntekt"], {"rank": 1}),
    ]
    run = db.screening.store_run(2026, date(2026, 5, 1), rows, settings={"on": "2026-05-01"})
    return run, a.id, b.id


def test_run_is_typed_and_lists_its_households(db):
    run_id, a, b = _run(db)
    run = db.screening.run(run_id)
    assert run == {
        "id": run_id,
        "created_at": run["created_at"],
        "rules_year": 2026,
        "on_date": date(2026, 5, 1),
        "household_count": 2,
        "settings": {"on": "2026-05-01"},
    }
    assert run["created_at"][:4].isdigit() and db.screening.run(run_id + 1) is None
    assert sorted(db.screening.household_ids(run_id)) == [a, b]
    assert db.screening.household_ids(run_id, ("ja", "nei")) == [a]
    assert db.screening.household_ids(run_id + 1) == []


def test_ranked_index_and_page_rows(db):
    run_id, a, b = _run(db)
    ranked = ranked_results(db.conn, run_id, ("ja", "nei", "annet"))
    assert ranked.ids == [b, a]
    assert ranked.category == [2, 0]  # an unknown verdict counts as the last one
    assert ranked.reasons == [("lav_inntekt",), ()]
    page = result_page(db.conn, run_id, [a, b, 999], ResultPageRow)
    assert set(page) == {a, b}
    assert (
        page[a].name == "Kari Nordmann og Ola Nordmann"
        and page[a].address == "Storgata 1, 0150 Eksempelby"
    )
    assert page[b].address == "" and page[b].price is None and page[b].reasons == ("lav_inntekt",)
    assert page[a].figures == {"rank": 2} and page[a].size == 3
