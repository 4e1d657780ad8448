"""Issue 9 benchmark (screening database → stored results < 3 s at 100 000): the results are
built and stored with the cyclic garbage collector paused, and it is back on afterwards."""

import gc
import json
from datetime import date

import pytest

from leietileie.services.demo import create_demo
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database
from leietileie.storage.repositories.assessments import ScreeningRepository

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    create_demo(database, households=30, seed=7, today=ON)
    yield database
    database.close()


def _options(db):
    return ScreeningOptions.from_settings(Settings(db), on=ON, year=2026)


def test_the_collector_is_paused_while_results_are_stored_and_on_again_after(db, monkeypatch):
    seen = []
    store = ScreeningRepository.store_run

    def spy(*args, **kwargs):
        seen.append(gc.isenabled())
        return store(*args, **kwargs)

    monkeypatch.setattr(ScreeningRepository, "store_run", spy)
    assert gc.isenabled()
    outcome = screen_register(db, _options(db))
    assert seen == [False]
    assert gc.isenabled()
    # each household's reasons are stored as its own (lists shared by many are encoded once)
    stored = dict(
        db.conn.execute(
            "SELECT household_id, reasons FROM screening_results WHERE run_id = ?",
            (outcome.run_id,),
        ).fetchall()
    )
    assert len(stored) == len(outcome.ids) == 30
    for hid, reasons in zip(outcome.ids, outcome.reasons, strict=True):
        assert json.loads(stored[hid]) == list(reasons)


def test_the_collector_is_on_again_when_storing_fails(db, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ScreeningRepository, "store_run", fail)
    with pytest.raises(RuntimeError):
        screen_register(db, _options(db))
    assert gc.isenabled()
