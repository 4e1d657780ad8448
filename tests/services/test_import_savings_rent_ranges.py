"""`import savings` and `import rent` hold their amounts and dates to the tenant import's
rules: a balance up to the tenant file's limit for savings (100 000 000 kr), dates from
01.01.1900 to a year after today. Refused rows name row, column and rule; nothing is stored."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from leietileie.cli import main
from leietileie.storage import Database
from tests.storage.conftest import make_household, make_unit


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.db"
    with Database.open(path, actor="tester") as db:
        db.units.insert(make_unit("B-001"))
        db.households.insert(make_household("H-1", "B-001"))
    return path


def _counts(path):
    with Database.open(path) as db:
        savings = db.conn.execute("SELECT count(*) FROM savings_entries").fetchone()[0]
        rent = db.conn.execute("SELECT count(*) FROM rent_payments").fetchone()[0]
        return savings, rent


def _import(register, tmp_path, kind, text):
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    return main(["--db", str(register), "import", kind, str(path)])


# a year after today: the last date any import accepts (29 February → 28 February)
TODAY = date.today()
try:
    LAST = TODAY.replace(year=TODAY.year + 1)
except ValueError:
    LAST = TODAY.replace(year=TODAY.year + 1, day=28)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("H-1;31.01.2026;99999999999", 'rad 2, saldo "99999999999": er over 100 000 000 kr'),
        ("H-1;31.01.2026;100000000,01", 'rad 2, saldo "100000000,01": er over 100 000 000 kr'),
        (
            "H-1;01.10.0001;1 000",
            f'rad 2, dato "01.10.0001": ligger utenfor 01.01.1900–{LAST:%d.%m.%Y}',
        ),
        (
            "H-1;31.12.1899;1 000",
            f'rad 2, dato "31.12.1899": ligger utenfor 01.01.1900–{LAST:%d.%m.%Y}',
        ),
        (
            f"H-1;{LAST + timedelta(days=1):%d.%m.%Y};1 000",
            f'rad 2, dato "{LAST + timedelta(days=1):%d.%m.%Y}": ligger utenfor',
        ),
        ("H-1;31.12.2099;1 000", 'rad 2, dato "31.12.2099": ligger utenfor 01.01.1900–'),
    ],
)
def test_savings_outside_the_rules_are_refused(register, tmp_path, capsys, line, expected):
    capsys.readouterr()
    assert _import(register, tmp_path, "savings", f"husstand_id;dato;saldo\n{line}\n") == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert _counts(register) == (0, 0)


def test_savings_at_the_edges_of_the_rules_are_stored(register, tmp_path, capsys):
    text = f"husstand_id;dato;saldo\nH-1;01.01.1900;100 000 000\nH-1;{LAST:%d.%m.%Y};0\n"
    assert _import(register, tmp_path, "savings", text) == 0, capsys.readouterr().err
    assert _counts(register) == (2, 0)


@pytest.mark.parametrize("paid_on", ["01.10.0001", "31.12.1899"])
def test_rent_paid_before_1900_is_refused(register, tmp_path, capsys, paid_on):
    text = f"husstand_id;måned;forfalt;betalt;betalt_dato\nH-1;2025-10;9000;9000;{paid_on}\n"
    capsys.readouterr()
    assert _import(register, tmp_path, "rent", text) == 2
    err = capsys.readouterr().err
    assert f'rad 2, betalt_dato "{paid_on}": ligger utenfor 01.01.1900–' in err, err
    assert "Traceback" not in err
    assert _counts(register) == (0, 0)
