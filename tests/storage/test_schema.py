import os
import stat

import pytest

from leietileie.storage import Database
from leietileie.storage.errors import CheckViolation, ForeignKeyViolation
from leietileie.storage.schema.migrations import latest_version, migration_names

from .conftest import make_household, make_unit

EXPECTED_TABLES = {
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
    "rule_adjustments",
    "audit_log",
}


def test_empty_to_latest(tmp_path):
    db = Database.open(tmp_path / "new.db")
    assert db.schema_version == latest_version() == len(migration_names())
    tables = {r[0] for r in db.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert EXPECTED_TABLES <= tables
    db.close()


def test_file_is_owner_only_and_wal(tmp_path):
    path = tmp_path / "private.db"
    db = Database.open(path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert db.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    db.close()


def test_reopening_does_not_migrate_again(tmp_path):
    Database.open(tmp_path / "a.db").close()
    db = Database.open(tmp_path / "a.db")
    assert db.schema_version == latest_version()
    db.close()


def test_version_1_database_with_data_upgrades(tmp_path):
    """A database at migration 1 (before the list columns) upgrades and backfills."""
    path = tmp_path / "v1.db"
    old = Database.open(path, migrate=False)
    old.migrate(stop_before="0002_list_columns")
    assert old.schema_version == 1
    old.conn.execute(
        "INSERT INTO units (unit_id, address, postcode, city, tenure, created_at, updated_at)"
        " VALUES ('B-1', 'Vei 1', '0150', 'By', 'freehold', 'x', 'x')"
    )
    old.conn.execute(
        "INSERT INTO households (external_id, unit_ref, rent_monthly, created_at, updated_at)"
        " VALUES ('H-1', 1, 9000, 'x', 'x')"
    )
    old.conn.execute(
        "INSERT INTO members (household_id, position, role, first_name, last_name, national_id)"
        " VALUES (1, 0, 'applicant', 'Åse', 'Ødegård', '15108695088')"
    )
    old.close()
    db = Database.open(path)
    assert db.schema_version == latest_version()
    (row,) = db.households.page()
    assert row.name == "Åse Ødegård"
    assert row.national_id_masked == "151086 *****"
    assert row.size == 1 and row.household_type == "single"
    assert db.households.get_by_external_id("H-1").members[0].first_name == "Åse"
    db.close()


def test_version_2_database_links_assessments_to_their_cases(tmp_path):
    """A database at migration 2 (assessments linked only by the audit log and letters)
    upgrades: each assessment gets the case it was attached to, the rest stay on none."""
    path = tmp_path / "v2.db"
    old = Database.open(path, migrate=False)
    old.migrate(stop_before="0003_assessment_case")
    assert old.schema_version == 2
    run = old.conn.execute
    run("INSERT INTO households (external_id, created_at, updated_at) VALUES ('H-1', 'x', 'x')")
    run("INSERT INTO households (external_id, created_at, updated_at) VALUES ('H-2', 'x', 'x')")
    run("INSERT INTO cases (household_id, state, opened_on) VALUES (1, 'invitert', '2025-01-01')")
    run("INSERT INTO cases (household_id, state, opened_on) VALUES (2, 'ny', '2025-01-01')")
    for _ in range(4):
        run(
            "INSERT INTO assessments (household_id, created_at, rules_year, inputs, result, "
            "verdict)"
            " VALUES (1, '2025-01-02', 2025, '{}', '{}', 'eligible')"
        )
    run(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES"
        " ('x', 'a', 'changed', 'case', '1', '{\"attached_assessments\": [1]}')"
    )
    run(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES"
        " ('x', 'a', 'changed', 'case', '2', '{\"attached_assessments\": [4]}')"
    )  # other household
    run(
        "INSERT INTO audit_log (at, actor, action, entity, entity_id, details) VALUES"
        " ('x', 'a', 'changed', 'case', '1', '{\"from\": \"ny\", \"to\": \"invitert\"}')"
    )
    run(
        "INSERT INTO documents (household_id, case_id, assessment_id, kind, path, sha256, "
        "created_at)"
        " VALUES (1, 1, 2, 'letter_offer', '/x.pdf', 'ab', 'x')"
    )
    old.conn.commit()
    old.close()
    db = Database.open(path)
    assert db.schema_version == latest_version()
    assert [db.assessments.get(i).case_id for i in (1, 2, 3, 4)] == [1, 1, None, None]
    assert db.cases.attached_assessment_ids(1) == [1, 2]
    assert len(db.assessments.for_household(1)) == 4
    assert db.documents.for_household(1)[0].assessment_id == 2
    index = db.conn.execute("SELECT name FROM sqlite_master WHERE name = 'assessments_case'")
    assert index.fetchone() is not None
    db.close()


def test_foreign_keys_are_enforced(db):
    with pytest.raises(ForeignKeyViolation):
        db.session.execute(
            "INSERT INTO members (household_id, position, role, first_name, last_name)"
            " VALUES (999, 0, 'applicant', 'A', 'B')"
        )


def test_check_constraints_refuse_bad_codes(db):
    db.units.insert(make_unit())
    with pytest.raises(CheckViolation):
        db.session.execute("UPDATE units SET tenure = 'selveier'")
    with pytest.raises(CheckViolation):
        db.session.execute("UPDATE units SET valuation = -1")


def test_deleting_household_cascades(db):
    db.units.insert(make_unit())
    h = db.households.insert(make_household())
    db.households.delete(h.id)
    for table in ("members", "incomes", "debts"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0
