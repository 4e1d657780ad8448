"""Storage errors are classified: the environment (a sentence the user can act on) apart from
bugs (our SQL, a constraint the code should have checked), by the driver's error code."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

import pytest

from leietileie import cli
from leietileie.storage import (
    Busy,
    Corrupt,
    Database,
    ForeignKeyViolation,
    StorageBug,
    Unavailable,
    UniqueViolation,
)
from leietileie.storage.dialect.sqlite import classify, storage_error


def test_a_file_that_is_not_a_database_is_corrupt_not_a_bug(tmp_path):
    path = tmp_path / "register.db"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(Corrupt, match="er skadet eller ikke en leietileie-database") as caught:
        Database.open(path)
    assert isinstance(caught.value, OSError) and not isinstance(caught.value, StorageBug)


def test_constraint_violations_are_typed_bugs(tmp_path):
    db = Database.open(tmp_path / "r.db")
    db.conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, code TEXT UNIQUE)")
    db.session.execute("INSERT INTO t (code) VALUES ('a')")
    with pytest.raises(UniqueViolation) as unique:
        db.session.execute("INSERT INTO t (code) VALUES ('a')")
    assert not isinstance(unique.value, OSError)
    with pytest.raises(ForeignKeyViolation):
        db.conn.execute(
            "CREATE TABLE child (id INTEGER PRIMARY KEY, t_id INTEGER REFERENCES t(id))"
        )
        db.session.execute("INSERT INTO child (t_id) VALUES (999)")
    with pytest.raises(StorageBug):
        db.session.execute("SELECT * FROM no_such_table")
    db.close()


def test_classified_by_error_code():
    busy = sqlite3.OperationalError("database is locked")
    busy.sqlite_errorcode = sqlite3.SQLITE_BUSY  # type: ignore[attr-defined]
    assert classify(busy) == "busy" and isinstance(storage_error(busy, "x.db"), Busy)
    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
    error = storage_error(readonly, "x.db")
    assert type(error) is Unavailable and "skrivebeskyttet" in str(error)
    # The code decides, not the words: a bug whose text mentions "full" stays a bug.
    wording = sqlite3.OperationalError("no such column: full")
    wording.sqlite_errorcode = sqlite3.SQLITE_ERROR  # type: ignore[attr-defined]
    assert classify(wording) == "bug" and isinstance(storage_error(wording), StorageBug)


def test_the_command_line_shows_a_bug_instead_of_dressing_it_as_the_environment(
    monkeypatch, capsys
):
    """Before, every sqlite3 error became «feil: Feil i databasen: …» with exit 1, bugs too."""

    def broken(args):
        raise sqlite3.OperationalError("no such table: households_typo")

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.setattr(parser, "parse_args", lambda argv: SimpleNamespace(func=broken))
    with pytest.raises(sqlite3.OperationalError, match="no such table"):
        cli.main(["x"])


def test_the_command_line_gives_one_sentence_for_the_environment(monkeypatch, capsys):
    def readonly(args):
        error = sqlite3.OperationalError("attempt to write a readonly database")
        error.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
        raise error

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    monkeypatch.setattr(
        parser, "parse_args", lambda argv: SimpleNamespace(func=readonly, db="r.db")
    )
    assert cli.main(["x"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("feil: Kan ikke skrive i databasen r.db")


def test_environment_message_for_callers_outside_storage(tmp_path):
    from leietileie.storage import DRIVER_ERRORS, SchemaTooNew, environment_message

    readonly = sqlite3.OperationalError("attempt to write a readonly database")
    readonly.sqlite_errorcode = sqlite3.SQLITE_READONLY  # type: ignore[attr-defined]
    assert "skrivebeskyttet" in environment_message(readonly, "r.db")
    bug = sqlite3.OperationalError("no such table: x")
    bug.sqlite_errorcode = sqlite3.SQLITE_ERROR  # type: ignore[attr-defined]
    assert environment_message(bug) is None
    assert environment_message(SchemaTooNew("nyere")) == "nyere"
    assert environment_message(ValueError("x")) is None
    assert isinstance(bug, DRIVER_ERRORS) and isinstance(UniqueViolation("u"), DRIVER_ERRORS)
