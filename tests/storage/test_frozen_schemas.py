"""Frozen databases from past schema versions upgrade for ever (architecture habit 17).

``tests/data/schema/v3-demo.db``: schema version 3 (before the audit hash chain), made by
the app of that version: ``leietileie demo --households 12 --seed 7`` and one screening run,
then VACUUM. Never regenerate it; add a new file for each new schema version.
"""

import shutil
from pathlib import Path

import pytest

from leietileie.services import register as service
from leietileie.storage import Database
from leietileie.storage.maintenance import check
from leietileie.storage.schema import latest_version

FROZEN = sorted((Path(__file__).resolve().parents[1] / "data" / "schema").glob("v*.db"))


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.name)
def test_frozen_database_upgrades_and_checks_ok(frozen, tmp_path):
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    before = check(path)
    assert before.ok, before.lines_nb()  # an old database is a valid backup as it is
    with Database.open(path) as db:
        assert db.schema_version == latest_version()
        assert db.households.count() == 12
        entries = db.audit.count()
        assert entries >= 2
        db.audit.record("changed", "household", 1)
    report = check(path)
    assert report.ok, report.lines_nb()
    assert report.audit_problems == []


@pytest.mark.parametrize("frozen", FROZEN, ids=lambda p: p.name)
def test_frozen_database_restores_as_a_backup(frozen, tmp_path):
    live = tmp_path / "register.db"
    Database.open(live).close()
    service.restore(frozen, live)
    assert check(live).ok
    with Database.open(live) as db:
        assert db.households.count() == 12
        assert db.audit.list(action="restored")
    assert frozen.stat().st_size > 0
