"""Frozen databases from released schema versions upgrade to the latest, losing nothing.

``tests/data/schema/vN.db`` was written once by the release whose newest migration was number N
(a small demo register, screened, with letters printed and cases moved along, plus a note a
caseworker typed; see ``freeze.sh`` beside them). The files never change: each future
migration must upgrade every one of them (Electrum keeps a wallet file from every past release
for the same reason). When a release adds a migration, freeze a file of the new version beside
these. There is no v1: the first schema (commit a048ef7) already had two steps.

Tests never open a committed file: they copy it to ``tmp_path`` first (even a read through
SQLite may leave ``-wal``/``-shm`` files or change the header), and the last test checks that
the committed files are byte for byte what they were when this module was imported.
"""

from __future__ import annotations

import hashlib
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
#: The committed files' bytes as this module found them (the last test compares).
COMMITTED = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FROZEN}

#: The migration steps each frozen file holds, in the order its release applied them, read
#: from ``git log`` of the schema module (the newest commit with that many steps, named after
#: each version). Migrations merged from parallel branches were applied in merge order, so
#: versions 4, 5 and 8 as released are not prefixes of today's step order: the upgrade must
#: apply the missing steps by name, whatever their position.
RELEASED_STEPS = {
    2: ("0001", "0002"),  # a048ef7
    3: ("0001", "0002", "0003"),  # ae06b96
    4: ("0001", "0002", "0003", "0005"),  # 069d950: the audit chain merged before 0004
    5: ("0001", "0002", "0003", "0004", "0005"),  # b2fcd72: 0004 merged after the chain
    6: ("0001", "0002", "0003", "0004", "0006", "0005"),  # 19c05aa
    7: ("0001", "0002", "0003", "0004", "0006", "0005", "0008"),  # cc611a9
    8: ("0001", "0002", "0003", "0004", "0006", "0005", "0008", "0010"),  # 57e89c7: no 0009
    9: ("0001", "0002", "0003", "0004", "0006", "0005", "0008", "0009", "0010"),  # 7b54f17
    10: ("0001", "0002", "0003", "0004", "0006", "0005", "0008", "0009", "0010", "0011"),
    11: ("0001", "0002", "0003", "0004", "0006", "0005", "0008", "0009", "0010", "0011", "0012"),
}

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


def _copy(frozen: Path, tmp_path: Path) -> Path:
    """A copy of a committed file to open (the committed file itself is never opened)."""
    path = tmp_path / frozen.name
    shutil.copyfile(frozen, path)
    return path


def test_there_are_frozen_files_of_released_versions():
    versions = [int(p.stem[1:]) for p in FROZEN]
    assert versions, "no frozen schema files in tests/data/schema"
    assert versions == sorted(set(versions))
    assert max(versions) <= latest_version()


def test_every_released_schema_version_has_a_frozen_file():
    """Versions 2 to 11 were released (version 1 never was); each has its file."""
    assert {int(p.stem[1:]) for p in FROZEN} >= set(range(2, 12))


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_file_holds_the_steps_its_release_applied(frozen, tmp_path):
    conn = sqlite3.connect(_copy(frozen, tmp_path))
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
    finally:
        conn.close()
    assert tuple(n[:4] for n in names) == RELEASED_STEPS[int(frozen.stem[1:])]


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_committed_file_is_in_rollback_journal_mode(frozen):
    """A WAL file (header bytes 18 and 19 are 2) leaves -wal/-shm beside itself whenever it is
    opened, even to read; a frozen file is left in rollback-journal mode (both 1)."""
    assert frozen.read_bytes()[18:20] == b"\x01\x01"


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_upgrades_to_latest_and_keeps_everything(frozen, tmp_path):
    path = _copy(frozen, tmp_path)
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


#: Columns a migration renamed: (table, old name) -> new name (0009 and 0013).
RENAMED = {
    ("screening_results", "verdict"): "category",
    ("households", "case_status"): "case_state",
}


def _values(path: Path) -> dict[str, dict[str, list[object]]]:
    """Every column's values of the kept tables and the audit log, in key order."""
    conn = sqlite3.connect(path)
    try:
        values: dict[str, dict[str, list[object]]] = {}
        for table in (*KEPT_TABLES, "audit_log"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY 1").fetchall()
            values[table] = {c: [r[i] for r in rows] for i, c in enumerate(columns)}
        return values
    finally:
        conn.close()


def _shape(path: Path) -> dict[tuple[str, str], object]:
    """The schema as SQLite reports it: each table's columns (name, type, not null, default,
    key) and foreign keys, each index's and trigger's SQL. Column order is left out: a column
    a migration adds comes last in an upgraded table."""
    conn = sqlite3.connect(path)
    try:
        shape: dict[tuple[str, str], object] = {}
        for kind, name, sql in conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        ):
            if kind == "table":
                columns = sorted(r[1:] for r in conn.execute(f"PRAGMA table_info({name})"))
                keys = sorted(r[2:] for r in conn.execute(f"PRAGMA foreign_key_list({name})"))
                shape[(kind, name)] = (columns, keys)
            else:
                shape[(kind, name)] = " ".join((sql or "").split())
        return shape
    finally:
        conn.close()


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_upgrade_keeps_every_value_of_every_column(frozen, tmp_path):
    """Each column the old file had still holds the same values row for row (under its new
    name where a migration renamed it); migrations only add columns, rows and log entries."""
    path = _copy(frozen, tmp_path)
    before = _values(path)
    Database.open(path).close()
    after = _values(path)
    for table, columns in before.items():
        for column, values in columns.items():
            renamed = RENAMED.get((table, column), column)
            assert renamed in after[table], f"{table}.{column} is gone"
            assert after[table][renamed][: len(values)] == values, f"{table}.{column} changed"


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_upgraded_schema_is_the_schema_of_a_new_register(frozen, tmp_path):
    """Whatever order its release applied the steps in, an upgraded file ends with the same
    tables, columns, keys, indexes and triggers as a register created by this release."""
    fresh = tmp_path / "new.db"
    Database.open(fresh).close()
    path = _copy(frozen, tmp_path)
    Database.open(path).close()
    assert _shape(path) == _shape(fresh)


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_upgrading_twice_changes_nothing_more(frozen, tmp_path):
    path = _copy(frozen, tmp_path)
    Database.open(path).close()
    once = _snapshot(path)
    Database.open(path).close()
    assert _snapshot(path) == once


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_checks_ok_before_and_after_the_upgrade(frozen, tmp_path):
    """An old database is a valid backup as it is; upgraded, its audit chain verifies and
    grows."""
    path = _copy(frozen, tmp_path)
    before = check(path)
    assert before.ok, before.lines_nb()
    with Database.open(path) as db:
        db.audit.record("changed", "household", 1)
    report = check(path)
    assert report.ok, report.lines_nb()
    assert report.audit_problems == []


@pytest.mark.parametrize("frozen", FROZEN, ids=[p.stem for p in FROZEN])
def test_frozen_database_restores_as_a_backup(frozen, tmp_path):
    (tmp_path / "backup").mkdir()
    backup = _copy(frozen, tmp_path / "backup")
    snapshot = _snapshot(backup)
    households = snapshot["counts"]["households"] - len(snapshot["deleted"])  # type: ignore[index, arg-type, operator]
    live = tmp_path / "register.db"
    Database.open(live).close()
    service.restore(backup, live)
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


def test_no_test_opened_a_committed_file_in_place():
    """Runs last: nothing beside the committed files (-wal, -shm, -journal) and every file
    byte for byte as this module found it."""
    left = sorted(
        p.name for p in SCHEMA_DIR.iterdir() if p.suffix != ".db" and p.name != "freeze.sh"
    )
    assert left == []
    assert {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FROZEN} == COMMITTED
