"""Issue 10 item 3: ``leietileie demo`` never mixes fiction into a municipality's register."""

from __future__ import annotations

from datetime import date

import pytest
from storage.conftest import make_household, make_unit

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.services.demo import create_demo
from leietileie.storage import Database

BODO = {"name": "Bodø kommune", "org_no": "972418013", "signer": "Anne Saksbehandler"}


def snapshot(path):
    with Database.open(path) as db:
        return (
            db.settings.all(),
            sorted(db.households.id_map()),
            sorted(db.units.id_map()),
            [tuple(r) for r in db.conn.execute("SELECT * FROM households ORDER BY id")],
            db.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0],
        )


@pytest.fixture
def real_register(tmp_path):
    path = tmp_path / "kommune.db"
    with Database.open(path) as db:
        db.settings.set_municipality(BODO)
        db.settings.set("grant.enabled", False)
        db.units.insert(make_unit("B-001"))
        db.households.insert(make_household("H-1", "B-001"))
    return path


def test_demo_on_a_real_register_refuses_and_changes_nothing(real_register, capsys):
    before = snapshot(real_register)
    assert main(["--db", str(real_register), "demo", "--households", "20"]) == 2
    err = capsys.readouterr().err
    assert "Demoregisteret lages ikke her" in err and "Ingenting er endret" in err
    assert "1 husstander som ikke er demodata (f.eks. H-1)" in err
    assert "«Bodø kommune»" in err
    assert "leietileie --db demo.db demo" in err  # how to make one elsewhere
    assert snapshot(real_register) == before
    with Database.open(real_register) as db:
        assert db.settings.municipality() == BODO
        assert db.settings.get("grant.enabled") is False


def test_a_municipality_profile_alone_is_real_data(tmp_path):
    """A register set up (name, signer) before its first import is still the municipality's."""
    path = tmp_path / "oppsatt.db"
    with Database.open(path) as db:
        db.settings.set_municipality(BODO)
        with pytest.raises(InputError):
            create_demo(db, 5, today=date(2026, 1, 15))
        assert db.settings.municipality() == BODO
        assert db.households.id_map() == {}


def test_municipality_settings_from_the_settings_page_are_real_data(tmp_path):
    from leietileie.services.settings import Settings

    with Database.open(tmp_path / "s.db") as db:
        Settings(db).set("municipality.name", "Vadsø kommune")
        with pytest.raises(InputError, match="Vadsø kommune"):
            create_demo(db, 5, today=date(2026, 1, 15))
        assert db.households.id_map() == {}


def test_own_grant_policy_without_profile_is_real_data(tmp_path):
    with Database.open(tmp_path / "g.db") as db:
        db.settings.set("grant.max_amount", 250_000)
        with pytest.raises(InputError):
            create_demo(db, 5, today=date(2026, 1, 15))
        assert db.settings.get("grant.max_amount") == 250_000


def test_demo_on_an_empty_or_demo_database_still_works(tmp_path, capsys):
    path = str(tmp_path / "demo.db")
    assert main(["--db", path, "demo", "--households", "10"]) == 0
    assert main(["--db", path, "demo", "--households", "12", "--seed", "2"]) == 0  # re-run
    assert "Demoregister: 12 husstander" in capsys.readouterr().out
