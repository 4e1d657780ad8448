"""Issue 13: moving a register file to the office database (``leietileie migrate-to URL``):
every table copied with its ids in one transaction, verified, all or nothing."""

from __future__ import annotations

import shutil
from datetime import date

import pg_server
import pytest

from leietileie.cli import main
from leietileie.domain.register import Unit
from leietileie.errors import InputError
from leietileie.services.demo import create_demo
from leietileie.services.showcase import prepare_showcase
from leietileie.storage import Database, transfer
from leietileie.storage.audit_hash import entry_hash
from leietileie.storage.maintenance import check
from leietileie.storage.transfer import TABLES, TransferFailed, copy_register

ON = date(2026, 11, 25)
NOTHING_CHANGED = "Ingenting er endret i kontorets database"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    """A register file with rows in every table: a demo register, a screening, cases moved
    along with assessments, letters and their details, a rule adjustment."""
    folder = tmp_path_factory.mktemp("source")
    path = folder / "register.db"
    with Database.open(path, actor="kari") as db:
        create_demo(db, households=40, seed=2, today=ON)
        prepare_showcase(db, on=ON, letters=folder / "brev")
        with db.transaction():
            db.conn.execute(
                "INSERT INTO rule_adjustments (year, key, value, valid_from, by, at, note)"
                " VALUES (2026, 'husbanken_rates.rate', 0.05, '2026-11-01', 'kari',"
                " '2026-11-25T10:00:00', 'test')"
            )
        # issue 14's tables: an agreement with savings, an arrears case with an action and a
        # payment agreement
        db.pathway.add_agreement(
            1,
            start_date=date(2026, 1, 1),
            price_year0=3_000_000,
            valuation_year0=3_000_000,
            monthly_saving_target=2_000,
            option_expiry=date(2030, 12, 31),
        )
        db.pathway.record_savings(1, date(2026, 10, 31), 25_000)
        case_id = db.arrears.open_case(2, date(2026, 10, 20))
        db.arrears.log_action(2, "reminder", date(2026, 10, 20), arrears_case_id=case_id)
        db.arrears.add_payment_agreement(2, "2026-12", 1_000, 6_000, on=ON, arrears_case_id=case_id)
    return path


@pytest.fixture
def source(demo_file, tmp_path):
    """A private copy of the demo file (a test may change it)."""
    path = tmp_path / "register.db"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture
def office():
    url = pg_server.create_database("mig")
    yield url
    pg_server.drop_database(url)


def _rows(conn, table, columns):
    rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
    return sorted((tuple(r) for r in rows), key=repr)


def _columns(conn, table):
    from leietileie.storage.dialect import sqlite as engine_sql

    return engine_sql.table_columns(conn, table)


def test_every_table_of_the_schema_is_copied_in_foreign_key_order(demo_file):
    """A new table (a later migration) must be added to TABLES: the copy refuses a file with
    a table it does not know, and a table comes after every table it points to."""
    with Database.open(demo_file) as db:
        tables = {
            r[0]
            for r in db.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
        assert tables - transfer.NOT_COPIED == {t for t, _ in TABLES}
        order = [t for t, _ in TABLES]
        for table in order:
            for fk in db.conn.execute(f"PRAGMA foreign_key_list('{table}')"):
                assert order.index(fk[2]) < order.index(table), (table, fk[2])


def test_the_demo_file_has_rows_in_every_table(demo_file):
    with Database.open(demo_file) as db:
        empty = [
            t for t, _ in TABLES if db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] == 0
        ]
    assert empty == []


def test_copy_register_copies_every_row_with_its_ids_and_the_audit_chain(source, office):
    with Database.open(source) as file_db:
        columns = {t: _columns(file_db.conn, t) for t, _ in TABLES}
        expected = {t: _rows(file_db.conn, t, columns[t]) for t, _ in TABLES}
        last = file_db.conn.execute("SELECT id, hash FROM audit_log ORDER BY id DESC").fetchone()
        with Database.open(office, actor="ola") as office_db:
            report = copy_register(file_db, office_db)
    assert [(c.table, c.source, c.target) for c in report.counts] == [
        (t, len(expected[t]), len(expected[t])) for t, _ in TABLES
    ]
    with Database.open(office) as office_db:
        for table, _ in TABLES:
            rows = _rows(office_db.conn, table, columns[table])
            if table == "audit_log":
                imported = [r for r in rows if r[0] == last[0] + 1]
                rows = [r for r in rows if r[0] != last[0] + 1]
            assert rows == expected[table], table
        # The entry the move appends continues the copied chain (hash of the last copied).
        entry = office_db.conn.execute(
            "SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash"
            " FROM audit_log WHERE id = ?",
            (last[0] + 1,),
        ).fetchone()
    assert imported and entry[3:6] == ("imported", "register", "")
    assert entry[2] == "ola"
    assert entry[7] == last[1]
    assert entry[8] == entry_hash(last[1], *entry[:7])
    assert '"from": "sqlite"' in entry[6] or '"from":"sqlite"' in entry[6]
    assert report.audit_entry == last[0] + 1
    verified = check(office)
    assert verified.ok, verified.lines_nb()


def test_new_rows_after_the_copy_get_ids_after_the_copied_ones(source, office):
    """Each identity sequence continues after max(id): without the reset the next unit would
    be given id 1, which a copied unit holds (a unique violation)."""
    with Database.open(source) as file_db, Database.open(office) as office_db:
        copy_register(file_db, office_db)
        highest = file_db.conn.execute("SELECT max(id) FROM units").fetchone()[0]
    with Database.open(office) as office_db, office_db.transaction():
        new = office_db.units.insert(
            Unit(
                unit_id="NY-1",
                address="Nygata 1",
                postcode="0150",
                city="Eksempelby",
                tenure="freehold",
            )
        )
    assert new.id == highest + 1


def _office_counts(url):
    with Database.open(url) as db:
        return {t: db.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t, _ in TABLES}


def test_an_office_database_with_data_is_refused_and_left_as_it_was(source, office):
    with Database.open(office) as office_db, office_db.transaction():
        office_db.audit.record("created", "unit", 1, {})
    with Database.open(source) as file_db, Database.open(office) as office_db:
        with pytest.raises(InputError, match="har allerede data .*revisjonslogg"):
            copy_register(file_db, office_db)
    assert _office_counts(office)["audit_log"] == 1
    assert sum(_office_counts(office).values()) == 1


def test_a_row_the_office_database_refuses_rolls_back_every_table(source, office):
    """SQLite keeps a text in an INTEGER column; PostgreSQL refuses it. The row is in the
    rent ledger, copied after units, households and members: none of them stays."""
    with Database.open(source) as file_db:
        file_db.conn.execute(
            "UPDATE rent_payments SET amount_paid = 'mye'"
            " WHERE id = (SELECT max(id) FROM rent_payments)"
        )
    with Database.open(source) as file_db, Database.open(office) as office_db:
        with pytest.raises(TransferFailed, match=r"husleiebetalinger \(rent_payments\)"):
            copy_register(file_db, office_db)
    assert set(_office_counts(office).values()) == {0}


def test_a_count_that_does_not_match_rolls_back(source, office, monkeypatch):
    copy = transfer._copy_table

    def lose_debts(source_db, session, table, label):
        if table == "debts":
            return 0  # as if the rows had not arrived
        return copy(source_db, session, table, label)

    monkeypatch.setattr(transfer, "_copy_table", lose_debts)
    with Database.open(source) as file_db, Database.open(office) as office_db:
        with pytest.raises(TransferFailed, match="Kopien stemmer ikke: gjeld"):
            copy_register(file_db, office_db)
    assert set(_office_counts(office).values()) == {0}


def test_ctrl_c_in_the_middle_rolls_everything_back(source, office):
    def interrupt(table, label, rows):
        if table == "members":
            raise KeyboardInterrupt

    with Database.open(source) as file_db, Database.open(office) as office_db:
        with pytest.raises(KeyboardInterrupt):
            copy_register(file_db, office_db, progress=interrupt)
        # The office database is usable afterwards, and empty.
        assert office_db.households.id_map() == {}
    assert set(_office_counts(office).values()) == {0}


def test_a_broken_audit_chain_in_the_file_is_refused(source, office):
    with Database.open(source) as file_db:
        file_db.conn.execute("DROP TRIGGER audit_log_no_update")
        file_db.conn.execute("UPDATE audit_log SET actor = 'noen andre' WHERE id = 1")
    with Database.open(source) as file_db, Database.open(office) as office_db:
        with pytest.raises(InputError, match="Revisjonsloggen i filen er ikke hel"):
            copy_register(file_db, office_db)
    assert set(_office_counts(office).values()) == {0}


def test_only_a_file_to_the_office_database(source, office, tmp_path):
    other = tmp_path / "annen.db"
    with Database.open(source) as file_db, Database.open(other) as file2:
        with pytest.raises(InputError, match="Målet må være kontorets database"):
            copy_register(file_db, file2)
    with Database.open(office) as office_db, Database.open(office) as office2:
        with pytest.raises(InputError, match="må være en registerfil"):
            copy_register(office_db, office2)


# The command line ---------------------------------------------------------------------------


def test_cli_migrate_to_prints_the_verified_counts(source, office, capsys):
    with Database.open(source) as file_db:
        households = file_db.conn.execute("SELECT count(*) FROM households").fetchone()[0]
        rent = file_db.conn.execute("SELECT count(*) FROM rent_payments").fetchone()[0]
    assert main(["--db", str(source), "migrate-to", office]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == len(TABLES)
    assert [line.split()[0] for line in lines] == [label for _, label in TABLES]
    grouped = f"{rent // 1000} {rent % 1000:03d}" if rent >= 1000 else str(rent)
    assert any(
        line.split() == ["husstander", str(households), "=", str(households)] for line in lines
    )
    assert any(
        line.endswith(f"{grouped} = {grouped}") and line.startswith("husleiebetalinger")
        for line in lines
    )
    for _, label in TABLES:  # a progress line per table on stderr
        assert f"  {label}: " in err
    assert _office_counts(office)["households"] == households


def test_cli_migrate_to_a_database_with_data_exits_2_and_says_nothing_changed(
    source, office, capsys
):
    assert main(["--db", str(source), "migrate-to", office]) == 0
    capsys.readouterr()
    assert main(["--db", str(source), "migrate-to", office]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "har allerede data" in err and NOTHING_CHANGED in err
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "target, said",
    [
        ("kopi.db", "er ikke kontorets database"),
        ("/tmp/kopi.sqlite", "er ikke kontorets database"),
        ("postgres:/x", "mangler «//»"),
        ("mysql://vert/db", "er ikke en database leietileie kan bruke"),
        ("postgresql://vert:port/db", "ugyldig portnummer"),
    ],
)
def test_cli_migrate_to_refuses_a_target_that_is_not_the_office_database(
    source, target, said, capsys
):
    with pytest.raises(SystemExit) as exited:
        main(["--db", str(source), "migrate-to", target])
    assert exited.value.code == 2
    assert said in capsys.readouterr().err


def test_cli_migrate_to_from_the_office_database_exits_2(office, capsys):
    assert main(["--db", office, "migrate-to", office]) == 2
    err = capsys.readouterr().err
    assert "--db er kontorets database" in err and NOTHING_CHANGED in err


def test_cli_migrate_to_from_a_missing_file_creates_nothing(tmp_path, office, capsys):
    missing = tmp_path / "finnes-ikke.db"
    assert main(["--db", str(missing), "migrate-to", office]) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert not missing.exists()


def test_cli_ctrl_c_during_migrate_to_says_avbrutt_and_nothing_changed(
    source, office, capsys, monkeypatch
):
    copy = transfer._copy_table

    def interrupted(source_db, session, table, label):
        if table == "cases":
            raise KeyboardInterrupt
        return copy(source_db, session, table, label)

    monkeypatch.setattr(transfer, "_copy_table", interrupted)
    assert main(["--db", str(source), "migrate-to", office]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert NOTHING_CHANGED in err and err.rstrip().endswith("avbrutt")
    assert set(_office_counts(office).values()) == {0}


def test_an_office_database_at_another_schema_version_is_refused(source, office):
    """Register.open upgrades both; an office database opened without upgrading (stopped
    before the last migration) is refused before anything is copied."""
    from leietileie.storage.schema.migrations import migration_names

    partial = Database.open(office, migrate=False)
    try:
        partial.migrate(stop_before=migration_names()[-1])
        with Database.open(source) as file_db:
            with pytest.raises(InputError, match="Skjemaversjonene er ulike: filen har"):
                copy_register(file_db, partial)
        assert partial.conn.execute("SELECT count(*) FROM households").fetchone()[0] == 0
    finally:
        partial.close()
