"""Several processes on one database file (real processes, as in test_kill9.py): creating a
new database at once migrates it exactly once; a writer that cannot get the lock within the
busy timeout gets one clear Norwegian line and exit status 1, never a traceback; a database
from a newer version of the app is refused."""

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from leietileie import cli
from leietileie.storage import Database
from leietileie.storage.dialect import sqlite as sqlite_dialect
from leietileie.storage.errors import DatabaseBusy, SchemaTooNew
from leietileie.storage.maintenance import check
from leietileie.storage.schema.migrations import latest_version, migration_names

ENV = {**os.environ, "PYTHONPATH": os.getcwd()}

OPENER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    go = Path(sys.argv[2])
    while not go.exists():
        time.sleep(0.001)
    from leietileie.storage import Database
    with Database.open(sys.argv[1]) as db:
        with db.transaction():
            db.audit.record("created", "test", sys.argv[3])
        print(db.schema_version, flush=True)
    """
)

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    conn.execute("ROLLBACK")
    """
)


def _create_at_once(folder, processes=6):
    path, go = folder / "ny.db", folder / "go"
    started = [
        subprocess.Popen(
            [sys.executable, "-c", OPENER, str(path), str(go), str(i)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=ENV,
        )
        for i in range(processes)
    ]
    time.sleep(1.0)  # let every interpreter start and wait at the line
    go.touch()
    outputs = [p.communicate(timeout=60) for p in started]
    assert [p.returncode for p in started] == [0] * processes, [err for _, err in outputs]
    assert [out.strip() for out, _ in outputs] == [str(latest_version())] * processes
    conn = sqlite3.connect(path)
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    entries = conn.execute("SELECT count(*) FROM audit_log WHERE entity = 'test'").fetchone()[0]
    conn.close()
    assert applied == migration_names()  # each step exactly once
    assert entries == processes
    assert check(path).ok


def test_processes_creating_a_new_database_at_once_all_succeed(tmp_path):
    for trial in range(3):
        folder = tmp_path / f"forsøk{trial}"
        folder.mkdir()
        _create_at_once(folder)


SLOW_MIGRATOR = textwrap.dedent(
    """
    import sys, time
    from leietileie.storage.queries import listing
    from leietileie.storage import Database

    original = listing.refresh_list_columns

    def slow(conn, ids):  # a migration step that takes a while (a large register)
        original(conn, ids)
        print("migrating", flush=True)
        time.sleep(2.0)

    listing.refresh_list_columns = slow
    with Database.open(sys.argv[1]) as db:
        print(db.schema_version, flush=True)
    """
)


def test_a_second_process_waits_for_a_migration_in_progress(tmp_path):
    """Deterministic: the second process opens the file while the first is in the middle
    of migrating it; it must wait and then find nothing left to do."""
    path = tmp_path / "ny.db"
    first = subprocess.Popen(
        [sys.executable, "-c", SLOW_MIGRATOR, str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=ENV,
    )
    assert first.stdout is not None and first.stdout.readline().strip() == "migrating"
    second = subprocess.run(
        [sys.executable, "-c", OPENER, str(path), str(tmp_path), "andre"],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )
    out, err = first.communicate(timeout=60)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert second.stdout.strip() == out.strip() == str(latest_version())
    conn = sqlite3.connect(path)
    applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
    conn.close()
    assert applied == migration_names()


@pytest.fixture
def held_lock(tmp_path):
    """A database whose write lock another process holds for 30 s (killed afterwards)."""
    path = tmp_path / "opptatt.db"
    Database.open(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), "30"], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    yield path
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=10)


def test_a_lock_held_too_long_is_a_clear_error(held_lock, monkeypatch):
    monkeypatch.setattr(sqlite_dialect, "BUSY_TIMEOUT_MS", 1500)
    database = Database.open(held_lock)
    database.conn.execute("PRAGMA busy_timeout = 1500")
    started = time.monotonic()
    with pytest.raises(DatabaseBusy, match="er opptatt: en annen bruker"):
        with database.transaction():
            database.audit.record("created", "test", "x")
    assert time.monotonic() - started >= 1.0  # it waited before giving up
    database.close()


def test_the_command_line_waits_then_fails_in_norwegian(held_lock, tmp_path):
    """`leietileie backup` against a database locked for 30 s: after the 10 s busy timeout,
    a line saying it waits, then one clear line and exit 1; no traceback."""
    started = time.monotonic()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "leietileie",
            "--db",
            str(held_lock),
            "backup",
            str(tmp_path / "kopi.db"),
        ],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=60,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert "venter" in done.stderr.lower()
    assert "er opptatt" in done.stderr and "10 sekunder" in done.stderr
    assert 9 <= elapsed < 30


def test_a_database_from_a_newer_app_is_refused(tmp_path, capsys):
    path = tmp_path / "nyere.db"
    Database.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('leietileie', '0099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNew, match="nyere|Oppdater leietileie"):
        Database.open(path)
    assert cli.main(["--db", str(path), "screen"]) == 1
    err = capsys.readouterr().err
    assert "Oppdater leietileie" in err and "Traceback" not in err


def test_an_unreadable_database_is_one_line_exit_1(tmp_path, capsys):
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = tmp_path / "låst.db"
    Database.open(path).close()
    path.chmod(0)
    try:
        assert cli.main(["--db", str(path), "check"]) == 1
        assert cli.main(["--db", str(path), "screen"]) == 1
        assert cli.main(["--db", str(path), "backup", str(tmp_path / "k.db")]) == 1
    finally:
        path.chmod(0o600)
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("Kan ikke åpne databasen") >= 2, err


def test_a_file_that_is_not_a_database_is_one_line_exit_1(tmp_path, capsys):
    path = tmp_path / "tull.db"
    path.write_bytes(b"dette er ikke en database" * 200)
    assert cli.main(["--db", str(path), "screen"]) == 1
    err = capsys.readouterr().err
    assert "skadet eller ikke en leietileie-database" in err
    assert Path(path).read_bytes() == b"dette er ikke en database" * 200


def test_a_connection_with_a_short_busy_timeout_gives_up_soon_and_says_how_long(held_lock):
    """The app's GUI connection waits briefly (set_busy_timeout), not the default 10 s."""
    database = Database.open(held_lock)
    database.set_busy_timeout(0.5)
    started = time.monotonic()
    with pytest.raises(DatabaseBusy, match="ble ikke ledig på 0.5 sekunder"):
        with database.transaction():
            database.audit.record("created", "test", "x")
    assert 0.4 <= time.monotonic() - started < 5
    database.close()
