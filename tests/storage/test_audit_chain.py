"""The audit log is tamper-evident: REPLACE is refused, each entry hashes the one before,
`check` verifies the chain and the triggers, and `restore` refuses a tampered backup."""

import hashlib
import json
import sqlite3

import pytest

from leietileie import cli
from leietileie.errors import InputError
from leietileie.services import register as service
from leietileie.storage import Database
from leietileie.storage.maintenance import check
from leietileie.storage.schema.migrations import AUDIT_CHAIN_MIGRATION

from .conftest import make_household, make_unit


@pytest.fixture
def logged(tmp_path):
    path = tmp_path / "register.db"
    with Database.open(path, actor="kari") as db:
        db.units.insert(make_unit())
        db.households.insert(make_household("H-1"))
        with db.transaction():
            for i in range(5):
                db.audit.record("changed", "household", i, {"n": i})
    return path


def _raw(path):
    return sqlite3.connect(path, isolation_level=None)


@pytest.mark.parametrize(
    "statement",
    [
        "INSERT OR REPLACE INTO audit_log (id, at, actor, action, entity) "
        "VALUES (1, 'x', 'mallory', 'created', 'nothing')",
        "REPLACE INTO audit_log (id, at, actor, action, entity) "
        "VALUES (2, 'x', 'mallory', 'created', 'nothing')",
        "INSERT INTO audit_log (id, at, actor, action, entity) "
        "VALUES (3, 'x', 'mallory', 'created', 'nothing') "
        "ON CONFLICT(id) DO UPDATE SET actor = 'mallory'",
        "UPDATE audit_log SET actor = 'mallory' WHERE id = 1",
        "DELETE FROM audit_log WHERE id = 1",
    ],
)
def test_no_statement_rewrites_an_entry(logged, statement):
    conn = _raw(logged)
    before = conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall()
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        conn.execute(statement)
    assert conn.execute("SELECT * FROM audit_log ORDER BY id").fetchall() == before
    conn.close()
    assert check(logged).ok


def test_each_entry_hashes_the_previous_one(logged):
    """Worked by hand: sha256 of the JSON list [prev_hash, id, at, actor, action, entity,
    entity_id, details] (compact separators, UTF-8)."""
    conn = _raw(logged)
    rows = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    ).fetchall()
    conn.close()
    assert len(rows) >= 7
    previous = ""
    for row in rows:
        content = [previous, *row[:7]]
        text = json.dumps(content, ensure_ascii=False, separators=(",", ":"))
        assert row[7] == previous
        assert row[8] == hashlib.sha256(text.encode()).hexdigest()
        previous = row[8]


def _tamper(path, *statements):
    conn = _raw(path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    conn.execute("DROP TRIGGER audit_log_no_delete")
    for statement in statements:
        conn.execute(statement)
    conn.close()


def test_check_finds_dropped_triggers(logged, capsys):
    _tamper(logged)
    report = check(logged)
    assert not report.ok
    assert any("audit_log_no_update mangler" in line for line in report.audit_problems)
    assert cli.main(["--db", str(logged), "check"]) == 1
    assert "Revisjonslogg: FEIL" in capsys.readouterr().out


def test_check_finds_a_trigger_replaced_by_a_harmless_one(logged):
    conn = _raw(logged)
    conn.execute("DROP TRIGGER audit_log_no_replace")
    conn.execute(
        "CREATE TRIGGER audit_log_no_replace BEFORE INSERT ON audit_log BEGIN SELECT 1; END"
    )
    conn.close()
    assert any("audit_log_no_replace er endret" in p for p in check(logged).audit_problems)


SILENCER = "CREATE TRIGGER audit_silence BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END"


def test_check_finds_an_extra_trigger_that_silences_the_log(logged, capsys):
    """A BEFORE INSERT … RAISE(IGNORE) keeps every expected trigger and the chain intact,
    but no entry is ever written again: any trigger outside the expected set is a problem."""
    conn = _raw(logged)
    conn.execute(SILENCER)
    conn.close()
    with Database.open(logged, actor="kari") as db:
        before = db.audit.count()
        db.audit.record("changed", "household", 1, {"n": 99})
        assert db.audit.count() == before  # silenced
    report = check(logged)
    assert not report.ok
    assert any("ukjent utløser audit_silence" in p for p in report.audit_problems)
    assert cli.main(["--db", str(logged), "check"]) == 1
    assert "Revisjonslogg: FEIL" in capsys.readouterr().out


def test_restore_refuses_a_backup_with_an_extra_trigger(logged, tmp_path):
    copy = service.backup(logged, tmp_path / "kopi.db")
    conn = _raw(copy)
    conn.execute(SILENCER.replace("ON audit_log", "ON AUDIT_LOG"))
    conn.close()
    with pytest.raises(InputError, match="ukjent utløser audit_silence"):
        service.restore(copy, logged)


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (
            ["UPDATE audit_log SET actor = 'mallory' WHERE id = 3"],
            "logglinje 3: innholdet er endret",
        ),
        (["DELETE FROM audit_log WHERE id = 3"], "logglinje 4: peker ikke på linjen før"),
        (["UPDATE audit_log SET details = '{\"n\": 9}' WHERE id = 5"], "logglinje 5: innholdet"),
    ],
)
def test_check_finds_a_broken_chain_even_with_the_triggers_restored(logged, statements, expected):
    _tamper(logged, *statements)
    conn = _raw(logged)  # the tamperer puts the triggers back
    for name in ("audit_log_no_update", "audit_log_no_delete"):
        conn.execute(
            f"CREATE TRIGGER {name} BEFORE {'UPDATE' if 'update' in name else 'DELETE'}"
            " ON audit_log\nBEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
        )
    conn.close()
    report = check(logged)
    assert not report.ok
    assert not [p for p in report.audit_problems if "utløseren" in p]
    assert any(expected in p for p in report.audit_problems), report.audit_problems


@pytest.mark.parametrize("how", ["triggers", "chain"])
def test_restore_refuses_a_tampered_backup(logged, tmp_path, how):
    copy = service.backup(logged, tmp_path / "kopi.db")
    if how == "triggers":
        _tamper(copy)
    else:
        _tamper(copy, "DELETE FROM audit_log WHERE id = 2")
    with Database.open(logged) as db:
        before = db.households.count()
        db.households.insert(make_household("H-2"))
    with pytest.raises(InputError, match="kan ikke gjenopprettes"):
        service.restore(copy, logged)
    with Database.open(logged) as db:
        assert db.households.count() == before + 1  # nothing changed


def test_migration_hashes_the_entries_of_an_older_database(tmp_path):
    path = tmp_path / "gammel.db"
    old = Database.open(path, migrate=False)
    old.migrate(stop_before=AUDIT_CHAIN_MIGRATION)
    for i in range(4):
        old.conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, details)"
            " VALUES (?, 'ola', 'changed', 'household', ?, '{}')",
            (f"2025-01-0{i + 1}T00:00:00", str(i)),
        )
    old.close()
    assert check(path).ok  # a backup from before the chain is still a valid backup
    with Database.open(path) as db:
        db.audit.record("created", "unit", 1)
    report = check(path)
    assert report.ok, report.lines_nb()
    conn = _raw(path)
    hashes = [r[0] for r in conn.execute("SELECT hash FROM audit_log ORDER BY id")]
    conn.close()
    assert len(hashes) == 5 and all(len(h) == 64 for h in hashes)


def test_an_older_backup_is_restored_and_upgraded(tmp_path):
    source = tmp_path / "gammel.db"
    old = Database.open(source, migrate=False)
    old.migrate(stop_before=AUDIT_CHAIN_MIGRATION)
    old.conn.execute(
        "INSERT INTO audit_log (at, actor, action, entity) VALUES ('x', 'ola', 'created', 'unit')"
    )
    old.close()
    live = tmp_path / "register.db"
    Database.open(live).close()
    service.restore(source, live)
    assert check(live).ok


def _cut_the_tail(path, keep):
    """Drop the triggers, delete the newest entries, put the triggers back: the chain that
    remains is intact."""
    conn = _raw(path)
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'"
    ).fetchall()
    assert len(triggers) == 3
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(f"DELETE FROM audit_log WHERE id > {keep}")
    for _, sql in triggers:
        conn.execute(sql)
    conn.close()


def _last_id(path):
    conn = _raw(path)
    try:
        return conn.execute("SELECT max(id) FROM audit_log").fetchone()[0]
    finally:
        conn.close()


def test_check_finds_the_newest_entries_removed_after_it_recorded_the_head(logged, capsys):
    import os
    import stat

    from leietileie.storage import audit_anchor

    assert check(logged).ok  # records the head outside the file
    anchor = audit_anchor.anchor_file()
    assert stat.S_IMODE(os.stat(anchor).st_mode) == 0o600
    last = _last_id(logged)
    _cut_the_tail(logged, keep=last - 2)
    report = check(logged)
    assert not report.ok
    assert not [p for p in report.audit_problems if "utløser" in p]
    removed = f"logglinje {last} fantes"
    assert any(removed in p and "fjernet fra slutten" in p for p in report.audit_problems)
    assert cli.main(["--db", str(logged), "check"]) == 1
    assert "Revisjonslogg: FEIL" in capsys.readouterr().out
    assert not check(logged).ok  # a failed check does not move the anchor


def test_restore_refuses_a_backup_whose_newest_entries_were_removed(logged, tmp_path):
    copy = service.backup(logged, tmp_path / "kopi.db")  # records the copy's head
    _cut_the_tail(copy, keep=_last_id(copy) - 1)
    with pytest.raises(InputError, match="fjernet fra slutten"):
        service.restore(copy, logged)


def test_restoring_an_older_backup_is_not_taken_for_tampering(logged, tmp_path):
    copy = service.backup(logged, tmp_path / "kopi.db")
    with Database.open(logged, actor="kari") as db, db.transaction():
        for i in range(3):
            db.audit.record("changed", "household", 1, {"n": 10 + i})
    assert check(logged).ok  # the head now lies beyond the backup's
    service.restore(copy, logged)
    report = check(logged)
    assert report.ok, report.audit_problems


# the office database (PostgreSQL) -----------------------------------------------------------


@pytest.fixture
def office():
    import pg_server

    url = pg_server.create_database("anker")
    yield url
    pg_server.drop_database(url)


def _in(url, *statements):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        for sql in statements:
            conn.execute(sql)


def test_office_check_finds_an_extra_trigger_and_a_cut_tail(office, capsys):
    assert cli.main(["--db", office, "demo", "--households", "5"]) == 0
    assert cli.main(["--db", office, "check"]) == 0  # records the head
    _in(
        office,
        "CREATE FUNCTION stille() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$",
        "CREATE TRIGGER audit_silence BEFORE INSERT ON audit_log"
        " FOR EACH ROW EXECUTE FUNCTION stille()",
    )
    capsys.readouterr()
    assert cli.main(["--db", office, "check"]) == 1
    assert "ukjent utløser audit_silence" in capsys.readouterr().out
    _in(
        office,
        "DROP TRIGGER audit_silence ON audit_log",
        "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change",
        "DELETE FROM audit_log WHERE id > (SELECT max(id) - 2 FROM audit_log)",
        "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change",
    )
    assert cli.main(["--db", office, "check"]) == 1
    out = capsys.readouterr().out
    assert "fjernet fra slutten av loggen" in out and "utløser" not in out
