"""Issue 13 on the command line: a register on a network share gets one warning line on
stderr; the command runs as it would anyway and its exit status is its own."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from leietileie import netfs
from leietileie.cli import main

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the share is faked through Linux's mountinfo"
)

WARNING = (
    "Advarsel: registeret ligger på en nettverksdisk (cifs): SQLite-filer på delte disker kan "
    "bli skadet når flere bruker dem. Vil kontoret dele ett register, bruk kontorets database "
    "(PostgreSQL): --db postgresql://bruker@vert/database"
)


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder that mountinfo says is a CIFS share (the rest of the machine is local ext4)."""
    folder = (tmp_path / "kontor").resolve()
    folder.mkdir()
    info = tmp_path / "mountinfo"
    info.write_text(
        "21 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
        f"40 21 0:50 / {folder} rw,relatime shared:30 - cifs //fil01/kontor rw,vers=3.1.1\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(netfs, "MOUNTINFO", info)
    return folder


def test_a_register_on_a_share_is_warned_about_once_and_the_command_works(share, capsys):
    db = str(share / "leie.db")
    assert main(["--db", db, "demo", "--households", "3", "--seed", "2"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Demoregister: 3 husstander")
    assert err.splitlines() == [WARNING]
    assert main(["--db", db, "check"]) == 0
    out, err = capsys.readouterr()
    assert "Resultat: OK" in out
    assert err.splitlines() == [WARNING]


def test_the_exit_status_stays_the_commands_own(share, capsys):
    """No database there: screen refuses (exit 2) as it would on a local disk."""
    assert main(["--db", str(share / "mangler.db"), "screen"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == WARNING
    assert err[1].endswith(
        "her finnes ingen database (lag en med «leietileie import» eller «leietileie demo»)"
    )


def test_a_register_on_a_local_disk_gets_no_warning(share, tmp_path, capsys):
    local = tmp_path / "lokal"
    local.mkdir()
    assert main(["--db", str(local / "leie.db"), "demo", "--households", "2"]) == 0
    assert capsys.readouterr().err == ""


def test_the_default_register_on_a_share_is_warned_about(share, monkeypatch, capsys):
    monkeypatch.setenv("LEIETILEIE_HOME", str(share / "data"))
    assert main(["demo", "--households", "2"]) == 0
    assert capsys.readouterr().err.splitlines() == [WARNING]


def test_commands_that_open_no_register_do_not_warn(share, tmp_path, capsys):
    db = str(share / "leie.db")
    assert main(["--db", db, "template", "tenants", str(tmp_path / "mal.csv")]) == 0
    assert capsys.readouterr().err == ""
    scenario = Path(__file__).resolve().parent / "data" / "scenario_example.json"
    assert main(["--db", db, "assess", str(scenario)]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) and err == ""


def test_the_check_creates_nothing_before_the_command_has_checked_its_input(
    share, monkeypatch, capsys
):
    """Bad input changes nothing: the default register's folder is not created by the check."""
    home = share / "data"
    monkeypatch.setenv("LEIETILEIE_HOME", str(home))
    assert main(["screen", "--on", "2026-02-31"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == WARNING and err[1].startswith("--on: ")
    assert not home.exists()
