"""What the app says about a damaged, locked or too new register is worded for the app: the
menu to use, never a command-line command (issue 12, item 4). The command line keeps its
own wording."""

from __future__ import annotations

import sqlite3
import sys

import pytest

from leietileie.cli import main as cli_main
from leietileie.storage import Database
from leietileie.ui import app, crash

RESTORE_MENU = "Fil → Sikkerhetskopi og gjenoppretting → Gjenopprett fra sikkerhetskopi"


def _no_command_line(text: str) -> None:
    assert "leietileie " not in text, text
    assert "--" not in text, text
    assert "«leietileie" not in text, text


@pytest.fixture
def damaged(tmp_path):
    path = tmp_path / "skadet.db"
    path.write_bytes(b"Dette er ikke en database. " * 200)
    return path


@pytest.fixture
def too_new(tmp_path):
    path = tmp_path / "nyere.db"
    Database.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('leietileie', '0099_from_the_future', 'x')"
    )
    conn.commit()
    conn.close()
    return path


@pytest.fixture
def keep_excepthook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)


def _start(path, answers):
    assert app.run(path, False, "nb") == 1
    assert [kind for kind, _ in answers] == ["error"]
    return answers[0][1]


def test_starting_on_a_damaged_register_points_to_the_menu(qapp, damaged, answers, keep_excepthook):
    text = _start(damaged, answers)
    assert f"Databasen {damaged} er skadet" in text
    assert RESTORE_MENU in text
    _no_command_line(text)


def test_starting_on_a_register_from_a_newer_release(qapp, too_new, answers, keep_excepthook):
    text = _start(too_new, answers)
    assert f"Databasen {too_new} er laget av en nyere versjon av programmet" in text
    assert "Oppdater Leie til eie" in text and "ingenting er endret" in text
    _no_command_line(text)


@pytest.mark.parametrize(
    "exc",
    [
        sqlite3.OperationalError("database is locked"),
        sqlite3.DatabaseError("database disk image is malformed"),
        sqlite3.DatabaseError("file is not a database"),
    ],
)
def test_locked_and_damaged_driver_errors_are_worded_for_the_app(qapp, answers, exc):
    crash.excepthook(type(exc), exc, None)
    assert [kind for kind, _ in answers] == ["error"]
    _no_command_line(answers[0][1])


def test_a_backup_of_a_damaged_register_points_to_the_menu(
    qapp, window, damaged, answers, tmp_path, monkeypatch
):
    from leietileie.ui import backups
    from leietileie.ui.context import AppContext

    monkeypatch.setattr(AppContext, "db_path", property(lambda self: damaged))
    assert backups.make_backup(window, tmp_path / "kopi.db") is None
    assert [kind for kind, _ in answers] == ["error"]
    text = answers[0][1]
    assert "er skadet" in text and RESTORE_MENU in text
    _no_command_line(text)
    assert not (tmp_path / "kopi.db").exists()


def test_the_command_line_keeps_its_commands(damaged, too_new, capsys):
    assert cli_main(["--db", str(damaged), "screen"]) == 1
    err = capsys.readouterr().err
    assert "«leietileie check»" in err and "«leietileie restore FIL»" in err
    assert cli_main(["--db", str(too_new), "screen"]) == 1
    assert "Oppdater leietileie" in capsys.readouterr().err
