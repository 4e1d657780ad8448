"""`restore` works exactly when the current database is damaged, and `check`/`restore` accept
paths with characters that mean something in a SQLite URI (#, ?, %)."""

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from leietileie import cli
from leietileie.services import register as service
from leietileie.storage import Database
from leietileie.storage.maintenance import check

from .conftest import make_household, make_unit

ENV = {**os.environ, "PYTHONPATH": os.getcwd()}


def _register(path, households=3):
    with Database.open(path) as db:
        db.units.insert(make_unit())
        for i in range(households):
            db.households.insert(make_household(f"H-{i}"))
    return path


def _run(*args):
    return subprocess.run(
        [sys.executable, "-m", "leietileie", *args],
        capture_output=True,
        text=True,
        env=ENV,
        timeout=120,
    )


def _checkpoint(path):
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def test_restore_over_a_database_whose_header_is_garbage(tmp_path):
    live = _register(tmp_path / "register.db")
    copy = tmp_path / "kopi.db"
    assert _run("--db", str(live), "backup", str(copy)).returncode == 0
    _checkpoint(live)
    with open(live, "r+b") as handle:  # the first page: "file is not a database"
        handle.write(os.urandom(4096))
    for side in ("-wal", "-shm"):
        (tmp_path / f"register.db{side}").unlink(missing_ok=True)
    broken = live.read_bytes()
    done = _run("--db", str(live), "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "skadde databasen er flyttet til" in done.stdout
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("skadet-")]
    assert len(aside) == 1 and aside[0].read_bytes() == broken  # kept exactly as it was
    assert str(aside[0]) in done.stdout
    assert check(live).ok
    with Database.open(live) as db:
        assert db.households.count() == 3
        assert db.audit.list(action="restored")
    assert stat.S_IMODE(os.stat(live).st_mode) == 0o600


def test_restore_over_a_database_with_a_damaged_page(tmp_path):
    live = _register(tmp_path / "register.db", households=200)
    copy = service.backup(live, tmp_path / "kopi.db")
    _checkpoint(live)
    size = live.stat().st_size
    with open(live, "r+b") as handle:  # a page in the middle: integrity_check fails
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(b"\xff" * 4096)
    assert not check(live).ok
    result = service.restore_file(copy, live)
    assert result.damaged and result.kept is not None and result.kept.exists()
    assert check(live).ok
    with Database.open(live) as db:
        assert db.households.count() == 200


def test_restore_when_the_database_is_missing(tmp_path):
    live = _register(tmp_path / "register.db")
    copy = service.backup(live, tmp_path / "kopi.db")
    live.unlink()
    for side in ("-wal", "-shm"):
        (tmp_path / f"register.db{side}").unlink(missing_ok=True)
    assert service.restore(copy, live) is None
    assert check(live).ok


@pytest.mark.parametrize("name", ["a#b.db", "hvorfor?.db", "100%.db", "x#?%25y.db"])
def test_check_backup_restore_with_uri_characters_in_the_path(tmp_path, name, capsys):
    folder = tmp_path / "mappe #?%"
    folder.mkdir()
    live = _register(folder / name)
    report = check(live)
    assert report.ok, report.lines_nb()
    copy = folder / f"kopi {name}"
    assert cli.main(["--db", str(live), "backup", str(copy)]) == 0
    assert check(copy).ok
    assert cli.main(["--db", str(live), "check"]) == 0
    assert cli.main(["--db", str(live), "restore", str(copy)]) == 0
    out = capsys.readouterr().out
    assert "Resultat: OK" in out and "Gjenopprettet" in out
    strays = [p.name for p in tmp_path.iterdir() if p.name != folder.name]
    assert strays == []  # no file opened at a truncated path


def test_a_directory_where_the_database_should_be_is_one_line_exit_1(tmp_path, capsys):
    path = tmp_path / "register.db"
    path.mkdir()
    assert cli.main(["--db", str(path), "screen"]) == 1
    assert cli.main(["--db", str(path), "backup", str(tmp_path / "k.db")]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("Kan ikke åpne databasen") == 2, err


def test_sigkill_during_restore_over_a_damaged_database_loses_nothing(tmp_path):
    """Kill `leietileie restore` at different moments: the damaged file is always either
    still in place or moved aside whole, the database is never half-written, and running
    restore again then succeeds."""
    import signal
    import time

    live = _register(tmp_path / "register.db")
    copy = service.backup(live, tmp_path / "kopi.db")
    conn = sqlite3.connect(copy)  # make the copy large enough to take a while
    conn.execute("CREATE TABLE ballast (b BLOB)")
    conn.executemany("INSERT INTO ballast VALUES (?)", [(os.urandom(1 << 20),) for _ in range(40)])
    conn.commit()
    conn.close()
    assert check(copy).ok
    _checkpoint(live)
    for side in ("-wal", "-shm"):
        (tmp_path / f"register.db{side}").unlink(missing_ok=True)
    broken = b"\x00ikke en database\x00" * 5000

    def moment(name):
        if name == "early":
            return lambda: True
        if name == "copying":  # the restored copy is being written beside the database
            return lambda: any(p.name.endswith(".part") for p in tmp_path.iterdir())
        return lambda: any(p.name.startswith("skadet-") for p in tmp_path.iterdir())

    seen = set()
    for name in ("early", "copying", "moved"):
        live.write_bytes(broken)
        for old in [*tmp_path.glob("skadet-*"), *tmp_path.glob(".*.part")]:
            old.unlink()
        process = subprocess.Popen(
            [sys.executable, "-m", "leietileie", "--db", str(live), "restore", str(copy)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=ENV,
        )
        reached = moment(name)
        deadline = time.monotonic() + 30
        while not reached() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.0005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        aside = [p for p in tmp_path.glob("skadet-*") if not p.name.endswith(("-wal", "-shm"))]
        if live.exists() and live.read_bytes() == broken:
            assert aside == []  # not yet touched
            seen.add("untouched")
        elif live.exists():
            assert check(live).ok, name  # restored whole (maybe not yet audited)
            assert len(aside) == 1 and aside[0].read_bytes() == broken
            seen.add("restored")
        else:  # killed between the two renames: the damaged file is kept whole
            assert len(aside) == 1 and aside[0].read_bytes() == broken
            seen.add("between")
    assert "untouched" in seen and len(seen) >= 2
    done = _run("--db", str(live), "restore", str(copy))
    assert done.returncode == 0, done.stderr
    assert check(live).ok


def test_file_names_that_are_not_utf8(tmp_path):
    """Database, backup and list names with bytes that are not UTF-8 (an old Samba share):
    everything works, and what is printed or logged shows the name readably."""
    live = tmp_path / os.fsdecode(b"register-\xff.db")
    copy = tmp_path / os.fsdecode(b"kopi-\xe6\xf8.db")
    listing = tmp_path / os.fsdecode(b"liste-\xe5.csv")

    def run(*args):
        return subprocess.run(
            [sys.executable, "-m", "leietileie", *(os.fsencode(a) for a in args)],
            capture_output=True,
            env=ENV,
            timeout=120,
        )

    steps = [
        ("--db", live, "demo", "--households", "5"),
        ("--db", live, "backup", copy),
        ("--db", live, "check"),
        ("--db", live, "restore", copy),
        ("--db", live, "screen", "--on", "2026-06-01", "--out", listing),
    ]
    for step in steps:
        done = run(*step)
        assert done.returncode == 0, (step, done.stderr.decode("utf-8", "replace"))
        assert b"Traceback" not in done.stderr
    assert check(live).ok and check(copy).ok and listing.exists()
    with Database.open(live) as db:
        details = [e.details for e in db.audit.list(action="exported")]
    assert any(str(d.get("file", "")).endswith("liste-\ufffd.csv") for d in details), details


def test_backup_of_a_damaged_database_is_an_environment_error(tmp_path, capsys):
    """The app's start-up backup catches OSError; the command line says it in one line."""
    from leietileie.storage.errors import DatabaseUnavailable

    live = tmp_path / "register.db"
    live.write_bytes(b"\x00ikke en database" * 500)
    with pytest.raises(DatabaseUnavailable, match="skadet eller ikke en leietileie-database"):
        service.auto_backup(live, directory=tmp_path / "kopier")
    assert cli.main(["--db", str(live), "backup", str(tmp_path / "k.db")]) == 1
    err = capsys.readouterr().err
    assert "leietileie restore" in err and "Traceback" not in err
    assert not (tmp_path / "k.db").exists()
    assert not [p for p in tmp_path.rglob("*.part")]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("database is locked", "er opptatt"),
        ("unable to open database file", "Kan ikke åpne databasen"),
        ("file is not a database", "er skadet"),
        ("database disk image is malformed", "er skadet"),
        ("attempt to write a readonly database", "skrivebeskyttet"),
        ("database or disk is full", "disken er full"),
    ],
)
def test_each_environment_failure_has_its_sentence(message, expected):
    from leietileie.storage.errors import describe

    text = describe(sqlite3.OperationalError(message), "/data/register.db")
    assert expected in text and "/data/register.db" in text


def test_restore_over_a_sound_world_readable_file_leaves_it_owner_only(tmp_path):
    """The backup is copied into the existing file (its mode stayed 0644): the restored
    register is 0600 like every file we write."""
    db = _register(tmp_path / "register.db")
    copy = service.backup(db, tmp_path / "kopi.db")
    os.chmod(db, 0o644)
    service.restore(copy, db)
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    for suffix in ("-wal", "-shm"):
        side = tmp_path / f"register.db{suffix}"
        assert not side.exists() or stat.S_IMODE(os.stat(side).st_mode) == 0o600


def test_check_of_random_bytes_says_which_checks_did_not_run(tmp_path, capsys):
    junk = tmp_path / "register.db"
    junk.write_bytes(bytes(range(256)) * 64)
    assert cli.main(["--db", str(junk), "check"]) == 1
    out = capsys.readouterr().out
    assert "Integritet: FEIL" in out
    assert "Fremmednøkler: ikke kontrollert" in out and "Fremmednøkler: ok" not in out
    assert "Revisjonslogg: ikke kontrollert" in out and "Revisjonslogg: ok" not in out
