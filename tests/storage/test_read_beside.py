"""``Register.read_beside``: a long read on a second connection, in a thread, while the
register's own connection reads something else (the screening counts the rent ledger so)."""

from __future__ import annotations

import threading
from datetime import date

import numpy as np
import pytest

from leietileie.storage import Database
from leietileie.storage.errors import StorageBug, Unavailable
from leietileie.storage.records import RentPayment
from leietileie.storage.repositories.rent import late_for

from .conftest import make_household, make_unit

ON = date(2026, 11, 25)


def _with_ledger(db):
    db.units.insert(make_unit())
    first = db.households.insert(make_household("H-1")).id
    second = db.households.insert(make_household("H-2")).id
    db.households.insert(make_household("H-3"))  # no rent recorded
    # H-1: October paid on the 20th (late), September on time; H-2: August paid 100 kr short
    db.rent.record(first, RentPayment("2026-10", 9000, 9000, date(2026, 10, 20)))
    db.rent.record(first, RentPayment("2026-09", 9000, 9000, date(2026, 9, 2)))
    db.rent.record(second, RentPayment("2026-08", 9000, 8900, date(2026, 8, 1)))
    return first, second


def test_the_work_runs_on_another_connection_in_another_thread(db):
    first, second = _with_ledger(db)
    seen = {}

    def work(other):
        seen["thread"] = threading.get_ident()
        seen["other"] = other
        return other.rent.late_history(ON)

    history = db.read_beside(work).result()
    assert seen["thread"] != threading.get_ident()
    assert seen["other"] is not db and seen["other"].conn is not db.conn
    np.testing.assert_array_equal(history.household_ids, [first, second])
    np.testing.assert_array_equal(history.late, [1.0, 1.0])
    # households without a recorded month are NaN, in the order asked for
    np.testing.assert_array_equal(late_for(history, [3, second, first]), [np.nan, 1.0, 1.0])
    np.testing.assert_array_equal(db.rent.late_counts([3, second, first], ON), [np.nan, 1, 1])


def test_an_empty_ledger_gives_an_empty_history(db):
    history = db.read_beside(lambda other: other.rent.late_history(ON)).result()
    assert len(history.household_ids) == 0 and len(history.late) == 0


def test_what_the_work_raises_is_raised_by_result(db):
    def broken(other):
        raise ValueError("feil i lesingen")

    with pytest.raises(ValueError, match="feil i lesingen"):
        db.read_beside(broken).result()


def test_the_work_may_only_read(db):
    _with_ledger(db)

    def writes(other):
        other.session.execute("DELETE FROM rent_payments")

    with pytest.raises(StorageBug):
        db.read_beside(writes).result()
    assert db.rent.late_counts([1], ON)[0] == 1.0


def test_without_a_second_connection_the_work_runs_on_the_register(db, monkeypatch):
    _with_ledger(db)

    def refused(*args, **kwargs):
        raise Unavailable("for mange tilkoblinger")

    monkeypatch.setattr(Database, "open", refused)
    seen = {}

    def work(other):
        seen["other"] = other
        return other.rent.late_history(ON)

    history = db.read_beside(work).result()
    assert seen["other"] is db
    np.testing.assert_array_equal(history.late, [1.0, 1.0])


def test_the_second_connection_is_closed_before_the_result_is_handed_over(tmp_path, monkeypatch):
    """The caller may close the register as soon as it has the result; the register's
    connection must then be the last to close, which removes SQLite's log beside the file (a
    command-line demo left ``-wal`` and ``-shm`` behind when the thread's connection closed
    a moment later)."""
    path = tmp_path / "r.db"
    db = Database.open(path)
    db.units.insert(make_unit())
    closing = Database.close

    def slow_close(self):
        if self is not db:
            import time

            time.sleep(0.3)  # the thread's connection takes its time to close
        closing(self)

    monkeypatch.setattr(Database, "close", slow_close)
    assert db.read_beside(lambda other: other.units.count()).result() == 1
    db.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.db"]


def test_the_late_history_of_some_households_only(db):
    first, second = _with_ledger(db)
    history = db.rent.late_history(ON, household_ids=[second, 3])
    np.testing.assert_array_equal(history.household_ids, [second])
    np.testing.assert_array_equal(history.late, [1.0])
    assert len(db.rent.late_history(ON, household_ids=[]).household_ids) == 0
