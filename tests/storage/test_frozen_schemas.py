"""Frozen databases from released schema versions upgrade to the latest, losing nothing.

``tests/data/schema/vN.db`` was written once by the release whose newest migration was number N
(a small demo register, screened, with letters printed and cases moved along, plus a note a
caseworker typed). The files never change: each future migration must upgrade every one of
them (Electrum keeps a wallet file from every past release for the same reason). When a
release adds a migration, freeze a file of the new version beside these.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from leietileie.services import register as service
from leietileie.storage import Database
from leietileie.storage.maintenance import check
from leietileie.storage.schema.migrations import latest_version

SCHEMA_DIR = Path(__file__).resolve().parents[1] / "data" / "schema"
FROZEN = sorted(SCHEMA_DIR.glob("v*.db"), key=lambda p: int(p.stem[1:]))

#: Tables whose rows a migration must carry over one for one.
KEPT_TABLES = (
    "units",
    "households",
    "members",
    "incomes",
    "debts",
    "rent_payments",
    "cases",
    "case_events",
    "deadlines",
    "assessments",
    "screening_runs",
    "screening_results",
    "documents",
    "settings",
)


def _snapshot(path: Path) -> dict[str, object]:
    """What the frozen file holds, read with plain sqlite3 before any of our code opens it."""
    conn = sqlite3.connect(path)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in KEPT_TABLES}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(households)")}
        deleted = (
            [r[0] for r in conn.execute("SELECT id FROM households WHERE deleted_at IS NOT NULL")]
            if "deleted_at" in columns
            else []
        )
        return {
            "counts": counts,
            "deleted": deleted,
            "audit": conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
            "notes": conn.execute(
                "SELECT external_id, notes FROM households WHERE notes != '' ORDER BY id"
            ).fetchall(),
            "states": conn.execute("SELECT id, state FROM cases ORDER BY id").fetchall(),
            "documents": conn.execute(
                "SELECT id, household_id, sha256 FROM documents ORDER BY id"
            ).fetchall(),
            "people": conn.execute(
                "SELECT household_id, first_name, last_name, national_id FROM members ORDER BY id"
            ).fetchall(),
        }
    finally:
        conn.close()


def test_there_are_frozen_files_of_released_versions():
    versions = [int(p.stem[1:]) for p in FROZEN]
    assert versions, "no frozen schema files in tests/data/schema"
    assert versions == sorted(set(versions))
    assert max(versions) <= latest_version()


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_upgrades_to_latest_and_keeps_everything(frozen, tmp_path):
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    before = _snapshot(path)
    version = int(frozen.stem[1:])
    conn = sqlite3.connect(path)
    applied = conn.execute("SELECT count(*) FROM _sqlite_migrations").fetchone()[0]
    conn.close()
    assert applied == version, "the file's name must be its schema version"

    db = Database.open(path)
    try:
        assert db.schema_version == latest_version()
        assert db.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        after = _snapshot(path)
        assert after["counts"] == before["counts"]
        assert after["audit"] >= before["audit"]  # migrations may only add to the log
        assert after["notes"] == before["notes"] and before["notes"]
        assert after["states"] == before["states"] and before["states"]
        assert after["documents"] == before["documents"] and before["documents"]
        assert after["people"] == before["people"]
        # Every live household and every stored assessment still loads through the
        # repositories; a soft-deleted one stays deleted (and is still there to restore).
        assert after["deleted"] == before["deleted"]
        for (household_id,) in db.conn.execute("SELECT id FROM households").fetchall():
            found = db.households.get(household_id)
            assert (found is None) == (household_id in before["deleted"])  # type: ignore[operator]
        for (assessment_id,) in db.conn.execute("SELECT id FROM assessments").fetchall():
            assert db.assessments.get(assessment_id) is not None
    finally:
        db.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_upgrading_twice_changes_nothing_more(frozen, tmp_path):
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    Database.open(path).close()
    once = _snapshot(path)
    Database.open(path).close()
    assert _snapshot(path) == once


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_checks_ok_before_and_after_the_upgrade(frozen, tmp_path):
    """An old database is a valid backup as it is; upgraded, its audit chain verifies and
    grows."""
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    before = check(path)
    assert before.ok, before.lines_nb()
    with Database.open(path) as db:
        db.audit.record("changed", "household", 1)
    report = check(path)
    assert report.ok, report.lines_nb()
    assert report.audit_problems == []


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_restores_as_a_backup(frozen, tmp_path):
    snapshot = _snapshot(frozen)
    households = snapshot["counts"]["households"] - len(snapshot["deleted"])  # type: ignore[index, arg-type, operator]
    live = tmp_path / "register.db"
    Database.open(live).close()
    service.restore(frozen, live)
    assert check(live).ok
    with Database.open(live) as db:
        assert db.households.count() == households
        assert db.audit.list(action="restored")


def test_migration_0009_keeps_each_screening_result_under_its_category(tmp_path):
    """The frozen schema-3 register's results (22 ikke_aktuelt, 7 kan_kjope_na, 1
    kan_kjope_med_tilskudd, read from the file with plain sqlite3) keep their category in the
    renamed column, and the repository and statistics read them from it."""
    path = tmp_path / "v3.db"
    shutil.copyfile(SCHEMA_DIR / "v3.db", path)
    db = Database.open(path)
    try:
        columns = [r[1] for r in db.conn.execute("PRAGMA table_info(screening_results)")]
        assert "category" in columns and "verdict" not in columns
        (run,) = [r[0] for r in db.conn.execute("SELECT DISTINCT run_id FROM screening_results")]
        results = db.screening.results(run)
        counts = {
            c: sum(1 for r in results if r.category == c) for c in {r.category for r in results}
        }
        assert counts == {"ikke_aktuelt": 22, "kan_kjope_na": 7, "kan_kjope_med_tilskudd": 1}
        assert len(db.screening.results(run, "kan_kjope_na")) == 7
    finally:
        db.close()


def test_migration_0013_keeps_each_households_case_state(tmp_path):
    """The frozen schema-11 register's households keep their case step in the renamed column
    (read from the file with plain sqlite3 first), and the list rows carry it as case_state."""
    path = tmp_path / "v11.db"
    shutil.copyfile(SCHEMA_DIR / "v11.db", path)
    conn = sqlite3.connect(path)
    before = dict(conn.execute("SELECT id, case_status FROM households").fetchall())
    conn.close()
    assert set(before.values()) - {"ny"}, "the frozen file should hold households past 'ny'"
    db = Database.open(path)
    try:
        columns = [r[1] for r in db.conn.execute("PRAGMA table_info(households)")]
        assert "case_state" in columns and "case_status" not in columns
        after = dict(db.conn.execute("SELECT id, case_state FROM households").fetchall())
        assert after == before
        rows = db.households.page(0, 100)
        assert {r.id: r.case_state for r in rows} == {
            k: v for k, v in before.items() if k in {r.id for r in rows}
        }
    finally:
        db.close()
