"""The follow-up commands (issue 14): ``arrears``, ``pathway`` and ``import savings``, through
``cli.main`` on both engines; wrong input exits 2 with a Norwegian message and changes
nothing."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.services import followup_actions as fa
from leietileie.storage import Database
from tests.storage.conftest import make_household, make_unit

ON = date(2026, 4, 20)


@pytest.fixture
def register(register_location):
    db = Database.open(register_location, actor="tester")
    for unit in ("B-001", "B-002"):
        db.units.insert(make_unit(unit))
    h1 = db.households.insert(make_household("H-1", "B-001")).id
    h2 = db.households.insert(make_household("H-2", "B-002")).id
    rows = []
    for month in ("2026-01", "2026-02", "2026-03", "2026-04"):
        rows.append((h1, month, 10_000.0, 0.0 if month >= "2026-03" else 10_000.0, None))
        rows.append((h2, month, 9_000.0, 9_000.0, f"{month}-05"))
    with db.transaction():
        db.rent.bulk_insert(rows)
    fa.log_action(db, h1, "reminder", date(2026, 3, 20))
    fa.create_agreement(
        db,
        h2,
        start_date=date(2026, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_000_000,
        savings_year0=10_000,
        monthly_saving_target=2_000,
        option_expiry=date(2030, 12, 31),
    )
    db.close()
    return str(register_location)


def _run(register, *argv):
    return main(["--db", register, *argv])


def test_arrears_lists_the_household_with_its_step(register, capsys):
    assert _run(register, "arrears", "--on", "20.04.2026") == 0
    out = capsys.readouterr().out
    assert "Husleierestanser per 20.04.2026: 1 husstander." in out
    line = next(line for line in out.splitlines() if line.startswith("H-1"))
    # March and April unpaid: 20 000 kr, 2 months, a reminder sent: next is the talk
    assert "20 000 kr" in line and "Betalingspåminnelse 20.03.2026" in line
    assert "Inviter til samtale" in line
    assert "H-2" not in out


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".pdf"])
def test_arrears_and_pathway_write_their_lists(register, tmp_path, suffix, capsys):
    out = tmp_path / f"restanser{suffix}"
    assert _run(register, "arrears", "--on", "2026-04-20", "--out", str(out)) == 0
    assert out.exists() and out.stat().st_size > 0
    assert (out.stat().st_mode & 0o777) == 0o600
    plan = tmp_path / f"avtaler{suffix}"
    assert _run(register, "pathway", "--on", "20.04.2026", "--out", str(plan)) == 0
    assert plan.exists()
    if suffix == ".csv":
        text = out.read_bytes().decode("utf-8-sig", errors="replace")
        rows = list(csv.reader(text.splitlines(), delimiter=";"))
        header = rows[0]
        h1 = next(r for r in rows if r and r[0] == "H-1")
        assert h1[header.index("Måneder")] == "2"
        assert h1[header.index("Neste steg")] == "Inviter til samtale"
        text = plan.read_bytes().decode("utf-8-sig", errors="replace")
        rows = list(csv.reader(text.splitlines(), delimiter=";"))
        h2 = next(r for r in rows if r and r[0] == "H-2")
        # no balance entered: the savings at start stand, so three months have no entry
        assert h2[rows[0].index("Status")] == "I faresonen"


def test_pathway_prints_actual_against_plan(register, capsys):
    assert _run(register, "pathway", "--on", "20.04.2026") == 0
    out = capsys.readouterr().out
    assert "Leie til eie per 20.04.2026: 1 avtaler." in out
    line = next(line for line in out.splitlines() if line.startswith("H-2"))
    assert "01.01.2027" in line  # the first yearly re-assessment


def test_wrong_options_exit_2_in_norwegian(register, tmp_path, capsys):
    assert _run(register, "arrears", "--on", "31.02.2026") == 2
    err = capsys.readouterr().err
    assert "--on" in err and "Traceback" not in err
    assert _run(register, "pathway", "--out", str(tmp_path / "liste.docx")) == 2
    err = capsys.readouterr().err
    assert "--out" in err and "Tillatte filtyper" in err
    assert not (tmp_path / "liste.docx").exists()


def _savings_file(tmp_path, text, encoding="cp1252"):
    path = tmp_path / "sparing.csv"
    path.write_bytes(text.encode(encoding))
    return path


def _balances(register):
    with Database.open(register if "://" in register else Path(register)) as db:
        hid = db.households.id_map()["H-2"]
        return [(s.on_date, s.balance, s.source) for s in db.pathway.savings_for(hid)]


def test_import_savings_reads_norwegian_numbers_and_dates(register, tmp_path, capsys):
    path = _savings_file(
        tmp_path,
        "husstand_id;dato;saldo\r\nH-2;31.01.2026;12 000,50\r\nH-2;2026-02-28;14 000\r\n",
    )
    assert _run(register, "import", "savings", str(path)) == 0
    assert "Sparesaldoer importert: 2 av 2 rader." in capsys.readouterr().out
    assert _balances(register) == [
        (date(2026, 1, 31), 12_000.5, "import"),
        (date(2026, 2, 28), 14_000.0, "import"),
    ]


def test_import_savings_refuses_an_unknown_household_and_stores_nothing(register, tmp_path, capsys):
    path = _savings_file(
        tmp_path,
        "husstand_id;dato;saldo\nH-2;31.01.2026;12 000\nH-9;31.01.2026;1 000\nH-2;32.01.2026;-5\n",
        "utf-8",
    )
    assert _run(register, "import", "savings", str(path)) == 2
    err = capsys.readouterr().err
    assert "rad 3, kolonne husstand_id: ukjent husstand «H-9»" in err
    assert "rad 4, kolonne dato: «32.01.2026» er ikke en dato" in err
    assert "rad 4, kolonne saldo: «-5» må være et beløp på 0 eller mer" in err
    assert "Traceback" not in err
    assert _balances(register) == []
    # --skip-invalid stores the valid row and reports the others
    assert _run(register, "import", "savings", str(path), "--skip-invalid") == 0
    captured = capsys.readouterr()
    assert "ukjent husstand «H-9»" in captured.err
    assert "1 av 3 rader, 2 hoppet over" in captured.out
    assert _balances(register) == [(date(2026, 1, 31), 12_000.0, "import")]


def test_import_savings_names_a_missing_column(register, tmp_path, capsys):
    path = _savings_file(tmp_path, "husstand_id;dato;beløp\nH-2;31.01.2026;1\n")
    assert _run(register, "import", "savings", str(path)) == 2
    assert "mangler kolonnen saldo" in capsys.readouterr().err
    assert _balances(register) == []
