"""Issue 13: every command works with ``--db postgresql://…`` (demo, import, screen, letters,
check, backup; restore is refused with the way to do it), and a lost connection is one
Norwegian line, exit 1, no traceback."""

from __future__ import annotations

import os
import shutil
import socket
import stat
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pg_server
import pytest

from leietileie.cli import main
from leietileie.services.demo import create_demo
from leietileie.services.showcase import letters_folder, prepare_showcase
from leietileie.storage import Database, maintenance

DATA = Path(__file__).parent.parent / "data"
ROOT = Path(__file__).resolve().parents[2]
ON = date(2026, 11, 25)


@pytest.fixture
def office():
    url = pg_server.create_database("cli")
    yield url
    pg_server.drop_database(url)


def _count(url, table):
    with Database.open(url) as db:
        return db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def _admin(sql, *params):
    import psycopg

    with psycopg.connect(pg_server.admin_url(), autocommit=True) as conn:
        return conn.execute(sql, params).fetchall()


def _in(url, sql):
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(sql)


# demo, import, screen, letters ------------------------------------------------------------


def test_demo_fills_an_empty_office_database_and_refuses_a_real_one(office, capsys):
    assert main(["--db", office, "demo", "--households", "30"]) == 0
    assert "Demoregister: 30 husstander" in capsys.readouterr().out
    assert _count(office, "households") == 30
    assert main(["--db", office, "demo", "--households", "30"]) == 0  # a demo: updated
    assert _count(office, "households") == 30
    _in(
        office,
        "INSERT INTO units (unit_id, address, postcode, city, tenure, created_at,"
        " updated_at) VALUES ('B-1', 'Storgata 1', '0150', 'By', 'freehold', 'x', 'x')",
    )
    assert main(["--db", office, "demo", "--households", "30"]) == 2
    assert "ekte register" in capsys.readouterr().err


def test_import_units_tenants_and_rent_into_the_office_database(office, tmp_path, capsys):
    for name in ("boliger_cp1252.csv", "leietakere_cp1252.csv", "husleie_cp1252.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    for kind, name in (
        ("units", "boliger_cp1252.csv"),
        ("tenants", "leietakere_cp1252.csv"),
        ("rent", "husleie_cp1252.csv"),
    ):
        assert main(["--db", office, "import", kind, str(tmp_path / name)]) == 0, name
    capsys.readouterr()
    assert _count(office, "households") == 2  # H1 and H2 (tests/data)
    assert _count(office, "rent_payments") == 6
    # A bad file changes nothing in the office database either.
    bad = tmp_path / "feil.csv"
    shutil.copy(DATA / "leietakere_feil.csv", bad)
    assert main(["--db", office, "import", "tenants", str(bad)]) == 2
    assert "Ingenting importert" in capsys.readouterr().err
    assert _count(office, "households") == 2


def test_screen_and_letters_on_the_office_database(office, tmp_path, capsys):
    assert main(["--db", office, "demo", "--households", "60"]) == 0
    showcase_letters = _count(office, "documents")  # the demo's cases have their offers
    out_list = tmp_path / "liste.csv"
    assert main(["--db", office, "screen", "--out", str(out_list)]) == 0
    assert "Kan kjøpe nå" in capsys.readouterr().out
    assert out_list.exists()
    assert main(["--db", office, "letters", "--confirm-rules"]) == 0
    capsys.readouterr()
    folder = tmp_path / "brev"
    # the demo's old valuations are warnings: accepted here (issue 11, item 9)
    letters = ["letters", "--eligible", "--out", str(folder), "--godta-advarsler"]
    assert main(["--db", office, *letters]) == 0
    written = [line.split("\t")[1] for line in capsys.readouterr().out.splitlines()]
    assert written and all(Path(p).exists() and p.endswith(".pdf") for p in written)
    assert _count(office, "documents") == showcase_letters + len(written)


def test_the_demo_letters_of_an_office_database_go_to_the_data_folder(
    office, tmp_path, monkeypatch, _isolated_home
):
    """Its URL is no folder: ``Path(url).parent / "brev"`` made a folder ``postgresql:`` in
    the current directory."""
    monkeypatch.chdir(tmp_path)
    with Database.open(office) as db:
        create_demo(db, households=40, seed=2, today=ON)
        assert letters_folder(db) == _isolated_home / "brev"
        prepare_showcase(db, on=ON)
    assert list((_isolated_home / "brev").glob("*.pdf"))
    assert not any(tmp_path.iterdir())


# check, backup, restore -------------------------------------------------------------------


def test_check_on_the_office_database(office, capsys):
    assert main(["--db", office, "demo", "--households", "5"]) == 0
    capsys.readouterr()
    assert main(["--db", office, "check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Database: {office}"
    assert lines[1].startswith("Tjener: PostgreSQL ")
    assert "Fremmednøkler: håndheves av PostgreSQL" in lines
    assert "Revisjonslogg: ok" in lines
    assert lines[-1] == "Resultat: OK"


def test_check_finds_a_disabled_trigger_and_a_changed_audit_entry(office, capsys):
    assert main(["--db", office, "demo", "--households", "5"]) == 0
    _in(office, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change")
    capsys.readouterr()
    assert main(["--db", office, "check"]) == 1
    out = capsys.readouterr().out
    assert "utløseren audit_log_no_change er slått av" in out and "Resultat: FEIL" in out
    _in(office, "UPDATE audit_log SET actor = 'noen andre' WHERE id = 1")
    _in(office, "ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change")
    assert main(["--db", office, "check"]) == 1
    out = capsys.readouterr().out
    assert "logglinje 1: innholdet er endret" in out
    _in(office, "DROP TRIGGER audit_log_no_truncate ON audit_log")
    assert main(["--db", office, "check"]) == 1
    assert "utløseren audit_log_no_truncate mangler" in capsys.readouterr().out


def test_check_of_an_office_database_never_used_changes_nothing(office, capsys):
    assert main(["--db", office, "check"]) == 1
    assert "Skjemaversjon: 0 (nyeste" in capsys.readouterr().out
    tables = _admin(
        "SELECT count(*) FROM pg_database WHERE datname = %s", office.rpartition("/")[2]
    )
    assert tables == [(1,)]
    import psycopg

    with psycopg.connect(office) as conn:
        assert conn.execute("SELECT to_regclass('audit_log')").fetchone()[0] is None


def test_office_trigger_names_are_those_the_office_database_gets():
    from leietileie.storage.dialect.postgresql import APPEND_ONLY_AUDIT

    made = " ".join(APPEND_ONLY_AUDIT)
    for name in maintenance.OFFICE_AUDIT_TRIGGERS:
        assert f"CREATE TRIGGER {name} " in made


def test_backup_of_the_office_database_is_a_pg_dump_file_owner_only(office, tmp_path, capsys):
    if maintenance.find_pg_dump() is None:
        pytest.skip("pg_dump is not installed")
    assert main(["--db", office, "demo", "--households", "5"]) == 0
    target = tmp_path / "kontor.dump"
    assert main(["--db", office, "backup", str(target)]) == 0
    assert f"Sikkerhetskopi skrevet: {target}" in capsys.readouterr().out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    assert [p.name for p in tmp_path.iterdir()] == ["kontor.dump"]  # no temporary left
    pg_restore = Path(maintenance.find_pg_dump()).with_name("pg_restore")
    listing = subprocess.run(
        [str(pg_restore), "--list", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE DATA public households" in listing
    with Database.open(office) as db:
        assert db.audit.list(action="exported")[0].details == {"backup": "kontor.dump"}


def test_backup_refuses_a_url_with_a_password(office, tmp_path, capsys):
    with_password = office.replace("postgres@", "postgres:hemmelig@")
    assert main(["--db", with_password, "backup", str(tmp_path / "k.dump")]) == 2
    err = capsys.readouterr().err
    assert "~/.pgpass" in err and "hemmelig" not in err
    assert not list(tmp_path.iterdir())


def test_backup_without_pg_dump_names_what_to_install(office, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(maintenance, "find_pg_dump", lambda: None)
    assert main(["--db", office, "backup", str(tmp_path / "k.dump")]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and "postgresql-client" in err
    assert not list(tmp_path.iterdir())


def test_restore_onto_the_office_database_is_refused_with_the_way_to_do_it(
    office, tmp_path, capsys
):
    assert main(["--db", office, "demo", "--households", "5"]) == 0
    dump = tmp_path / "k.dump"
    dump.write_bytes(b"PGDMP")
    capsys.readouterr()
    assert main(["--db", office, "restore", str(dump)]) == 2
    err = capsys.readouterr().err
    assert "pg_restore" in err and "Ingenting er endret" in err
    assert _count(office, "households") == 5


# A lost connection --------------------------------------------------------------------------


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "command", [["demo", "--households", "5"], ["screen"], ["check"], ["import", "units", "x.csv"]]
)
def test_a_server_that_does_not_answer_is_one_line_exit_1(command, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.csv").write_text("bolig_id;adresse\n", encoding="utf-8")  # the file exists:
    # a missing one is refused before the register is opened (exit 2)
    url = f"postgresql://postgres@127.0.0.1:{_free_port()}/ingen"
    assert main(["--db", url, *command]) == 1
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1
    assert err[0].startswith("feil: Får ikke kontakt med kontorets database postgresql://")


def test_the_server_going_away_mid_command_is_one_line_exit_1(office, tmp_path):
    """The backend is terminated while ``demo`` writes: the rollback on the dead connection
    fails too; the command still says it in one line, with no traceback."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LEIETILEIE_HOME": str(tmp_path)}
    process = subprocess.Popen(
        [sys.executable, "-m", "leietileie", "--db", office, "demo", "--households", "20000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    name = office.rpartition("/")[2]
    deadline = time.monotonic() + 60
    killed: list[tuple[bool]] = []
    while not killed and time.monotonic() < deadline and process.poll() is None:
        killed = _admin(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s"
            " AND application_name = 'leietileie' AND state = 'idle in transaction'",
            name,
        )
        time.sleep(0.05)
    out, err = process.communicate(timeout=120)
    assert killed, "the demo never wrote (or was too quick to catch)"
    assert process.returncode == 1, err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("feil: Får ikke kontakt med kontorets database")
    assert _count(office, "households") == 0  # the demo's transaction was rolled back


def test_the_first_failure_is_told_not_the_rollback_after_it(office, capsys, monkeypatch):
    """A statement fails because the server went away; the rollback after it fails on the
    dead connection with a driver error of its own: the line tells the first."""
    import psycopg

    from leietileie.commands import register as commands
    from leietileie.storage.errors import Unavailable

    def lost(args):
        try:
            raise Unavailable("Får ikke kontakt med kontorets database: serveren forsvant")
        except Unavailable:
            raise psycopg.OperationalError("the connection is closed") from None

    monkeypatch.setattr(commands, "run_check", lost)
    assert main(["--db", office, "check"]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == ["feil: Får ikke kontakt med kontorets database: serveren forsvant"]
