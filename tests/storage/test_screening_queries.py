"""Screening runs as typed rows: the run, its households, its ranked index and a page."""

import json
from datetime import date

from leietileie.storage.queries.screening_lists import ResultPageRow, ranked_results, result_page

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


def test_results_given_as_json_text_or_as_objects_are_stored_alike(db):
    a = db.households.insert(make_household("H-900", unit_id=None))
    b = db.households.insert(make_household("H-901", unit_id=None))
    as_objects = [
        (a.id, "kan_kjope_na", 1.0, 2.0, 3.0, 4.0, 5.0, ["r1", "ø"], {"rank": 1}),
        (b.id, "ikke_aktuelt", None, None, None, None, -1.5, [], {"rank": 2}),
    ]
    as_text = [(*r[:7], json.dumps(r[7], ensure_ascii=False), json.dumps(r[8])) for r in as_objects]
    first = db.screening.store_run(2026, date(2026, 5, 1), as_objects)
    second = db.screening.store_run(2026, date(2026, 5, 1), as_text)

    def stored(run):
        return [
            (r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), json.loads(r[8]))
            for r in db.conn.execute(
                "SELECT household_id, category, price, max_loan, loan_needed, monthly_cost,"
                " surplus_monthly, reasons, figures FROM screening_results WHERE run_id = ?"
                " ORDER BY household_id",
                (run,),
            ).fetchall()
        ]

    assert stored(first) == stored(second) == [tuple(r) for r in as_objects]


def test_one_households_result_is_looked_up_by_key(db, monkeypatch):
    """The letter dialog asks for one household's category in the latest run on the GUI
    thread: the answer comes from that household's row, never from reading the whole run."""
    from leietileie.services.register_reads import latest_screening_verdict

    first, a, b = _run(db)
    rows = [(a, "kan_kjope_na", 3e6, 2.9e6, 2.8e6, 14000.0, 500.0, [], {"rank": 1})]
    latest = db.screening.store_run(2026, date(2026, 6, 1), rows, settings={})
    assert latest > first

    def whole_run(*_args, **_kwargs):
        raise AssertionError("read the whole run")

    monkeypatch.setattr(db.screening, "results", whole_run)
    assert latest_screening_verdict(db, a) == "kan_kjope_na"  # the latest run's, not "ja"
    assert latest_screening_verdict(db, b) is None  # not in the latest run
    assert db.screening.result(first, b).category == "rart"


def test_a_screening_result_names_its_category_once():
    """Issue 15 item 9: a screening result holds a category (kan_kjope_na …), never a
    'verdict' (an assessment's own outcome); the list filter says the same."""
    import dataclasses

    from leietileie.storage import HouseholdFilters
    from leietileie.storage.records import ScreeningResult

    assert "category" in {f.name for f in dataclasses.fields(ScreeningResult)}
    assert not hasattr(ScreeningResult, "verdict")
    assert "latest_category" in {f.name for f in dataclasses.fields(HouseholdFilters)}
    assert "latest_verdict" not in {f.name for f in dataclasses.fields(HouseholdFilters)}
