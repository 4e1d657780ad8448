import os
import sqlite3
import stat

import pytest

from leietileie.errors import InputError
from leietileie.services import register as service
from leietileie.storage import Database
from leietileie.storage.maintenance import backup, check

from .conftest import make_household, make_unit


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "live.db"
    with Database.open(path) as db:
        db.units.insert(make_unit())
        db.households.insert(make_household())
    return path


def test_backup_while_another_connection_writes(filled, tmp_path):
    live = Database.open(filled)
    live.conn.execute("BEGIN IMMEDIATE")
    live.conn.execute("UPDATE households SET notes = 'uncommitted'")
    target = backup(filled, tmp_path / "copy.db")
    live.conn.execute("ROLLBACK")
    live.close()
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert check(target).ok
    with Database.open(target) as copy:
        assert copy.households.get(1).notes == ""


def test_check_reports_ok_and_problems(filled, tmp_path):
    report = check(filled)
    assert report.ok and report.schema_version == report.latest_version
    conn = sqlite3.connect(filled)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DELETE FROM units")
    conn.commit()
    conn.close()
    broken = check(filled)
    assert not broken.ok and broken.foreign_key_problems
    assert "Resultat: FEIL" in broken.lines_nb()
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all" * 100)
    assert not check(garbage).ok


def test_restore_validates_and_keeps_current(filled, tmp_path):
    copy = service.backup(filled, tmp_path / "copy.db")
    with Database.open(filled) as db:
        db.households.delete(1)
    kept = service.restore(copy, filled)
    assert kept is not None and kept.exists()
    with Database.open(filled) as db:
        assert db.households.count() == 1
        assert db.audit.list(action="restored")
    with Database.open(kept) as old:
        assert old.households.count() == 0
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (a)").connection.close()
    with pytest.raises(InputError, match="ikke en leietileie-database"):
        service.restore(other, filled)


def test_auto_backup_rotates(filled, tmp_path):
    directory = tmp_path / "backups"
    made = [service.auto_backup(filled, keep=3, directory=directory) for _ in range(5)]
    remaining = sorted(directory.glob("leietileie-*.db"))
    assert len(remaining) == 3 and remaining == sorted(made[-3:])
    assert service.auto_backup(tmp_path / "missing.db", directory=directory) is None
