"""Command-line bugs of issue 12 (item 5): the global ``--db`` after the command, ``check`` on a
file that does not exist or on a folder, ``backup`` into a folder that does not exist."""

from __future__ import annotations

import pytest

from leietileie.cli import main


def _files(folder):
    return sorted(p.relative_to(folder) for p in folder.rglob("*"))


@pytest.fixture
def register_file(tmp_path):
    path = tmp_path / "register.db"
    assert main(["--db", str(path), "demo", "--households", "5"]) == 0
    return path


def test_db_after_the_command_is_accepted(tmp_path, capsys):
    path = tmp_path / "etter.db"
    assert main(["demo", "--db", str(path), "--households", "4"]) == 0
    assert "4 husstander" in capsys.readouterr().out
    assert path.is_file()
    assert main(["check", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"Database: {path}" in out and "Resultat: OK" in out


def test_db_before_the_command_is_not_overwritten_by_the_command(tmp_path, capsys):
    path = tmp_path / "foran.db"
    assert main(["--db", str(path), "demo", "--households", "3"]) == 0
    assert path.is_file()
    assert main(["--db", str(path), "check"]) == 0
    assert f"Database: {path}" in capsys.readouterr().out


def test_check_of_a_file_that_does_not_exist_says_so_and_creates_nothing(tmp_path, capsys):
    missing = tmp_path / "finnes-ikke.db"
    assert main(["--db", str(missing), "check"]) == 2
    captured = capsys.readouterr()
    assert f"«{missing}»: filen finnes ikke" in captured.err
    assert "Fremmednøkler" not in captured.out and "Revisjonslogg" not in captured.out
    assert "Traceback" not in captured.err
    assert _files(tmp_path) == []


def test_check_of_a_folder_says_it_is_a_folder(tmp_path, capsys):
    folder = tmp_path / "mappe"
    folder.mkdir()
    assert main(["--db", str(folder), "check"]) == 2
    captured = capsys.readouterr()
    assert f"«{folder}» er en mappe" in captured.err
    assert "disken er full" not in captured.err + captured.out
    assert "Fremmednøkler" not in captured.out
    assert _files(tmp_path) == [folder.relative_to(tmp_path)]


def test_backup_into_a_folder_that_does_not_exist_is_refused(register_file, tmp_path, capsys):
    before = _files(tmp_path)
    target = tmp_path / "finnes" / "ikke" / "kopi.db"
    assert main(["--db", str(register_file), "backup", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"«{target.parent}»: mappen finnes ikke" in err
    assert not (tmp_path / "finnes").exists()
    assert _files(tmp_path) == before


def test_backup_onto_a_folder_is_refused(register_file, tmp_path, capsys):
    before = _files(tmp_path)
    assert main(["--db", str(register_file), "backup", str(tmp_path)]) == 2
    assert f"«{tmp_path}» er en mappe" in capsys.readouterr().err
    assert _files(tmp_path) == before


def test_backup_into_an_existing_folder_still_works(register_file, tmp_path, capsys):
    target = tmp_path / "kopi.db"
    assert main(["--db", str(register_file), "backup", str(target)]) == 0
    assert target.is_file()
    assert main(["--db", str(target), "check"]) == 0
    assert "Resultat: OK" in capsys.readouterr().out


def test_a_backup_outside_the_backup_folder_is_recorded_as_copied_elsewhere(
    register_file, tmp_path
):
    from datetime import date

    from leietileie.paths import backup_dir
    from leietileie.services import backup_record

    assert backup_record.last_copied() is None
    assert main(["--db", str(register_file), "backup", str(backup_dir() / "inne.db")]) == 0
    assert backup_record.last_copied() is None  # the automatic backup folder is not elsewhere
    assert main(["--db", str(register_file), "backup", str(tmp_path / "ute.db")]) == 0
    assert backup_record.last_copied() == date.today()
    assert (backup_record.record_path().stat().st_mode & 0o777) == 0o600
