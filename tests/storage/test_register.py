"""The register's units of work: write(actor) and read() hand out sessions that know which
they are; repositories work on them."""

from __future__ import annotations

import pytest

from leietileie.storage import Database, Register, StorageBug
from leietileie.storage.repositories.households import HouseholdRepository

from .conftest import make_household, make_unit


def test_database_is_the_register():
    assert Database is Register


def test_write_as_an_actor_commits_once_and_logs_who(tmp_path):
    db = Register.open(tmp_path / "r.db", actor="tester")
    db.units.insert(make_unit())
    with db.write(actor="Siv") as session:
        added = HouseholdRepository(session).insert(make_household())
        assert db.in_transaction
    assert not db.in_transaction
    (entry,) = db.audit.list(entity="household")
    assert (entry.actor, entry.entity_id) == ("Siv", str(added.id))
    assert db.session.actor == "tester"  # the unit of work's actor does not stick
    db.close()


def test_a_failed_write_leaves_nothing(tmp_path):
    db = Register.open(tmp_path / "r.db", actor="tester")
    db.units.insert(make_unit())
    with pytest.raises(RuntimeError), db.write() as session:
        HouseholdRepository(session).insert(make_household())
        raise RuntimeError("stop")
    assert db.households.count() == 0 and db.audit.list(entity="household") == []
    db.close()


def test_read_is_read_only(tmp_path):
    db = Register.open(tmp_path / "r.db", actor="tester")
    db.units.insert(make_unit())
    with db.read() as session:
        assert session.scalar("SELECT count(*) FROM units") == 1
        assert session.column("SELECT unit_id FROM units") == ["B-001"]
        with pytest.raises(StorageBug, match="read-only"):
            session.execute("DELETE FROM units")
        with pytest.raises(StorageBug, match="read-only"):
            HouseholdRepository(session).insert(make_household())
    assert db.units.get_by_unit_id("B-001") is not None
    db.close()


def test_insert_returning_id_is_the_database_s_id(tmp_path):
    db = Register.open(tmp_path / "r.db", actor="tester")
    with db.write() as session:
        session.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
        first = session.insert_returning_id("INSERT INTO t (v) VALUES (?)", ("a",))
        second = session.insert_returning_id("INSERT INTO t (v) VALUES (?)", ("b",))
    assert (first, second) == (1, 2)
    assert db.session.all("SELECT id, v FROM t ORDER BY id") == [(1, "a"), (2, "b")]
    db.close()


def test_a_write_through_the_register_inside_read_is_refused_not_lost(tmp_path):
    db = Register.open(tmp_path / "r.db", actor="tester")
    with db.read(), pytest.raises(StorageBug, match="read-only"):
        db.units.insert(make_unit())
    assert db.units.get_by_unit_id("B-001") is None
    db.units.insert(make_unit())  # after read() the register writes again
    assert db.units.get_by_unit_id("B-001") is not None
    db.close()


def test_a_repository_writes_and_audits_through_its_session(tmp_path):
    """A repository holds a Session, never the register: its transaction, actor and audit log
    are the session's."""
    db = Register.open(tmp_path / "r.db", actor="tester")
    repo = HouseholdRepository(db.session)
    with repo.session.transaction():
        repo.session.audit.record("changed", "household", 7, {"x": 1}, actor=repo.session.actor)
    (entry,) = db.audit.list(entity="household")
    assert (entry.actor, entry.entity_id, entry.details) == ("tester", "7", {"x": 1})
    db.close()
