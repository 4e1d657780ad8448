"""A screening run never blocks editing on the office database: while a run's results are
being stored, a colleague's save goes through at once (issue 13)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from leietileie.storage import Database
from leietileie.storage.errors import Busy

from .conftest import make_household, make_unit


def test_a_save_goes_through_while_a_screening_run_is_being_stored(register_location):
    if not isinstance(register_location, str):
        pytest.skip("SQLite has one writer at a time: its file lock is the design")
    with Database.open(register_location, actor="kari") as first:
        first.units.insert(make_unit())
        stored = first.households.insert(make_household())
    screener = Database.open(register_location, actor="ola")
    editor = Database.open(register_location, actor="kari")
    editor.set_busy_timeout(0.5)
    try:
        with screener.session.transaction(deferred_lock=True) as session:
            session.execute(
                "INSERT INTO screening_runs (created_at, created_by, rules_year, on_date)"
                " VALUES ('2026-11-30', 'ola', 2026, ?)",
                (date(2026, 11, 30).isoformat(),),
            )
            # the run's results are being written: a colleague saves a household meanwhile
            household = editor.households.get(stored.id)
            assert editor.households.save(replace(household, savings=1234.0)) == 2
            # the run's own audit entry takes the write lock when it needs it
            session.audit.record("created", "screening_run", 1, {"count": 0})
        assert editor.households.get(stored.id).savings == 1234.0
        assert screener.audit.count() >= 3
    finally:
        screener.close()
        editor.close()


def test_a_writer_still_waits_for_one_holding_the_lock(register_location):
    """Outside a deferred transaction the write lock is taken at BEGIN: a second writer gets
    the busy message after its timeout (the same as SQLite's)."""
    first = Database.open(register_location, actor="kari")
    second = Database.open(register_location, actor="ola")
    second.set_busy_timeout(0.3)
    try:
        with first.transaction():
            first.audit.record("created", "test", 1)
            with pytest.raises(Busy, match="opptatt"), second.transaction():
                second.audit.record("created", "test", 2)
    finally:
        first.close()
        second.close()


def test_a_deferred_writer_that_cannot_get_the_lock_gets_the_busy_message_and_recovers(
    register_location,
):
    """The lock is wanted inside a savepoint (the audit entry of a screening run) while a
    colleague holds it: the run gets the busy message, its transaction is rolled back whole,
    and the connection works afterwards (no 'ROLLBACK TO SAVEPOINT' on a finished one)."""
    if not isinstance(register_location, str):
        pytest.skip("SQLite takes the lock at BEGIN IMMEDIATE")
    holder = Database.open(register_location, actor="kari")
    screener = Database.open(register_location, actor="ola")
    screener.set_busy_timeout(0.3)
    try:
        with holder.transaction():
            holder.audit.record("created", "test", 1)
            with pytest.raises(Busy, match="opptatt"):
                with screener.session.transaction(deferred_lock=True) as session:
                    session.execute(
                        "INSERT INTO screening_runs (created_at, created_by, rules_year,"
                        " on_date) VALUES ('2026-11-30', 'ola', 2026, '2026-11-30')"
                    )
                    session.audit.record("created", "screening_run", 1, {"count": 0})
        assert not screener.in_transaction
        assert screener.session.scalar("SELECT count(*) FROM screening_runs") == 0
        screener.audit.record("created", "test", 2)  # the connection still works
        assert screener.audit.count() == 2
    finally:
        holder.close()
        screener.close()
