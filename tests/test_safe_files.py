"""Every file we write: owner-only before any data, beside the target, renamed on success,
removed on failure, and never through a symlink we did not create (safe_files)."""

from __future__ import annotations

import os
import stat

import pytest

from leietileie import cli, paths
from leietileie.errors import InputError
from leietileie.exports import Column, Table, write_csv, write_pdf, write_xlsx
from leietileie.safe_files import atomic_target, atomic_write_bytes, atomic_write_text
from leietileie.storage import Database


def _mode(path):
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def open_umask():
    old = os.umask(0)
    yield
    os.umask(old)


def test_new_and_replaced_files_are_owner_only(tmp_path, open_umask):
    target = tmp_path / "rapport.txt"
    target.write_text("gammel", encoding="utf-8")
    target.chmod(0o644)
    atomic_write_text(target, "ny 15108695088")
    assert target.read_text(encoding="utf-8") == "ny 15108695088"
    assert _mode(target) == 0o600
    fresh = atomic_write_bytes(tmp_path / "ny.bin", b"x")
    assert _mode(fresh) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ny.bin", "rapport.txt"]


def test_the_temporary_file_is_beside_the_target_and_private_before_data(tmp_path, open_umask):
    with atomic_target(tmp_path / "liste.csv") as temporary:
        assert temporary.parent == tmp_path
        assert temporary.exists() and temporary.stat().st_size == 0
        assert _mode(temporary) == 0o600
        temporary.write_bytes(b"data")
    assert (tmp_path / "liste.csv").read_bytes() == b"data"


def test_a_failure_removes_the_temporary_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "liste.csv"
    target.write_bytes(b"forrige")
    with pytest.raises(RuntimeError):
        with atomic_target(target) as temporary:
            temporary.write_bytes(b"halv")
            raise RuntimeError("avbrutt")
    assert target.read_bytes() == b"forrige"
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


def test_a_planted_symlink_is_refused_and_its_target_untouched(tmp_path):
    victim = tmp_path / "offer.txt"
    victim.write_text("viktig", encoding="utf-8")
    link = tmp_path / "rapport.txt"
    link.symlink_to(victim)
    with pytest.raises(InputError, match="symbolsk lenke"):
        atomic_write_text(link, "personopplysninger")
    assert victim.read_text(encoding="utf-8") == "viktig" and link.is_symlink()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["offer.txt", "rapport.txt"]


def test_a_directory_or_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="er en mappe"):
        atomic_write_text(tmp_path, "x")
    with pytest.raises(InputError, match="finnes ikke"):
        atomic_write_text(tmp_path / "mangler" / "x.txt", "x")


COLUMNS = [Column("fnr", "Fødselsnummer", "identity"), Column("navn", "Navn")]


@pytest.mark.parametrize(
    ("writer", "suffix"), [(write_csv, "csv"), (write_xlsx, "xlsx"), (write_pdf, "pdf")]
)
def test_exports_refuse_a_symlink_and_are_owner_only(tmp_path, writer, suffix, open_umask):
    table = Table("Liste", COLUMNS, [("15108695088", "Kari")])
    victim = tmp_path / "offer"
    victim.write_bytes(b"viktig")
    link = tmp_path / f"liste.{suffix}"
    link.symlink_to(victim)
    with pytest.raises(InputError, match="symbolsk lenke"):
        writer(table, link)
    assert victim.read_bytes() == b"viktig"
    target = tmp_path / f"ekte.{suffix}"
    writer(table, target)
    assert _mode(target) == 0o600


def test_backup_refuses_a_symlink_and_leaves_nothing_behind(tmp_path, capsys):
    db = tmp_path / "register.db"
    Database.open(db).close()
    victim = tmp_path / "offer.db"
    victim.write_bytes(b"viktig")
    link = tmp_path / "kopi.db"
    link.symlink_to(victim)
    assert cli.main(["--db", str(db), "backup", str(link)]) == 2
    assert "symbolsk lenke" in capsys.readouterr().err
    assert victim.read_bytes() == b"viktig" and link.is_symlink()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".part", ".tmp"))]


def test_backups_are_owner_only_in_a_private_folder(tmp_path, open_umask, monkeypatch):
    monkeypatch.setenv("LEIETILEIE_HOME", str(tmp_path / "hjem"))
    db = paths.default_db_path()
    Database.open(db).close()
    from leietileie.services.register import auto_backup

    made = auto_backup(db)
    assert made is not None and _mode(made) == 0o600
    assert _mode(paths.backup_dir()) == 0o700 and _mode(paths.data_dir()) == 0o700


def test_check_target_proves_the_folder_writable_and_leaves_nothing(tmp_path):
    from leietileie.safe_files import check_target

    assert check_target(tmp_path / "ny.csv") == tmp_path / "ny.csv"
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(InputError, match="Kan ikke skrive i mappen «/proc»"):
        check_target("/proc/ny.csv")


@pytest.mark.parametrize("folder", ["/proc", "/sys"])
def test_screen_refuses_a_folder_it_cannot_write_before_storing_a_run(tmp_path, capsys, folder):
    """/proc and /sys exist and look writable to root (os.access says yes), but no file can
    be made there: the target's folder is proved by making the temporary file, first."""
    from leietileie.services.demo import create_demo

    register = tmp_path / "register.db"
    with Database.open(register) as db:
        create_demo(db, 10, 3)
    assert cli.main(["--db", str(register), "screen", "--out", f"{folder}/liste.csv"]) == 2
    err = capsys.readouterr().err
    assert f"--out: Kan ikke skrive i mappen «{folder}»" in err and "Traceback" not in err
    with Database.open(register) as db:
        assert db.conn.execute("SELECT count(*) FROM screening_runs").fetchone()[0] == 0
    assert not os.path.exists(f"{folder}/liste.csv")


def test_letter_folders_are_made_owner_only(tmp_path, open_umask):
    """Folders made for letters hold identity numbers: 0700 whatever the umask."""
    from datetime import date

    from leietileie.paths import default_db_path
    from leietileie.services.letters import (
        confirm_rule_groups,
        gate_reasons,
        produce_letter,
        reprint_document,
    )
    from leietileie.services.settings import Settings

    assert cli.main(["demo", "--households", "25", "--seed", "3"]) == 0
    assert cli.main(["screen"]) == 0
    with Database.open(default_db_path(), actor="kari") as db:
        confirm_rule_groups(db, Settings(db).year())
        run = db.screening.latest_run()
        buyers = [r.household_id for r in db.screening.results(run) if r.category == "kan_kjope_na"]
        gate = gate_reasons(db, buyers, date.today())
        household = next(h for h in buyers if not gate[h])
        letter, _ = produce_letter(db, household, tmp_path / "brev", letter_type="offer")
        path, _ = reprint_document(db, letter.document_id, tmp_path / "igjen")
    assert _mode(tmp_path / "brev") == 0o700 and _mode(letter.path) == 0o600
    assert _mode(tmp_path / "igjen") == 0o700 and _mode(path) == 0o600


def test_followup_letter_folders_are_made_owner_only(tmp_path, open_umask):
    from leietileie.services.followup_letters import reprint_followup_document
    from tests.letters import test_followup_letters as followup

    database, hid = next(followup.db.__wrapped__(tmp_path))
    try:
        followup._agreement(database, hid)
        letter = followup.produce(
            database, hid, "rto_agreement", followup.ON, "nb", tmp_path / "ut"
        )
        path, _ = reprint_followup_document(database, letter.document_id, tmp_path / "igjen")
    finally:
        database.close()
    assert _mode(tmp_path / "ut") == 0o700 and _mode(letter.path) == 0o600
    assert _mode(tmp_path / "igjen") == 0o700 and _mode(path) == 0o600
