from datetime import date

import numpy as np
import openpyxl

from leietileie.cli import main
from leietileie.domain import identity
from leietileie.services.demo import create_demo
from leietileie.storage import Database
from leietileie.storage.maintenance import check


def _demo(path, n=300, seed=7):
    with Database.open(path) as db:
        create_demo(db, n, seed, today=date(2026, 1, 15))
        return [db.households.get(i) for i in range(1, n + 1)], db.units.list(limit=10_000)


def test_demo_is_deterministic_varied_and_valid(tmp_path):
    households, units = _demo(tmp_path / "a.db")
    again, _ = _demo(tmp_path / "b.db")
    assert households == again
    numbers = [p.national_id for h in households for p in h.members if p.national_id]
    assert len(numbers) == len(set(numbers))
    assert all(identity.is_valid(n) for n in numbers)
    assert any(identity.parse(n).is_d_number for n in numbers)
    kinds = {i.kind for h in households for p in h.members for i in p.incomes}
    assert {"wage", "disability_benefit", "aap", "pension"} <= kinds
    roles = {tuple(sorted({p.role for p in h.members})) for h in households}
    assert ("applicant", "child") in roles and ("applicant", "child", "co_applicant") in roles
    rents = [h.tenancy.rent_monthly for h in households]
    assert 7_000 <= min(rents) and max(rents) <= 18_000
    assert any(h.tenancy.arrears for h in households) and any(h.debts for h in households)
    prices = np.array([u.valuation for u in units])
    assert prices.min() >= 1_800_000 and prices.max() <= 5_500_000
    assert {u.tenure for u in units} == {"freehold", "cooperative"}
    child_ages = [
        p.age_on(date(2026, 1, 15)) for h in households for p in h.members if p.role == "child"
    ]
    assert min(child_ages) <= 2 and max(child_ages) >= 15


def test_demo_municipality_profile(tmp_path):
    from stdnum.no import orgnr

    _demo(tmp_path / "m.db", 5)
    with Database.open(tmp_path / "m.db") as db:
        profile = db.settings.municipality()
    assert orgnr.is_valid(profile["org_no"])
    # Startlån is a municipal decision: the appeal goes to the municipality's own appeal body.
    assert profile["appeal_body"] == "klagenemnda i Eksempel kommune"


def test_cli_round_trip(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    assert main(["--db", db, "demo", "--households", "20", "--seed", "3"]) == 0
    assert main(["--db", db, "check"]) == 0
    assert "Resultat: OK" in capsys.readouterr().out
    assert main(["--db", db, "template", "tenants", str(tmp_path / "t.xlsx")]) == 0
    header = next(openpyxl.load_workbook(tmp_path / "t.xlsx").active.iter_rows(values_only=True))
    assert header[:4] == ("husstand_id", "rolle", "fornavn", "etternavn")
    assert main(["--db", db, "template", "units", str(tmp_path / "u.csv")]) == 0
    assert (tmp_path / "u.csv").read_bytes().startswith(b"\xef\xbb\xbfbolig_id;adresse")
    assert main(["--db", db, "backup", str(tmp_path / "copy.db")]) == 0
    assert main(["--db", db, "restore", str(tmp_path / "copy.db")]) == 0
    assert check(tmp_path / "cli.db").ok


def test_cli_bad_import_exits_2_with_problem_lines(tmp_path, capsys):
    db = str(tmp_path / "cli.db")
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\n1;Vei 1;0150;By;leie\n", encoding="utf-8"
    )
    assert main(["--db", db, "import", "units", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert (
        err[0] == 'rad 2, eierform "leie": ukjent verdi; tillatt: selveier, eierseksjon,'
        " borettslag, aksjeleilighet"
    )
    assert (tmp_path / "bad-importrapport.txt").exists()
    assert main(["--db", db, "import", "units", str(bad), "--dry-run"]) == 2
    assert main(["--db", db, "import", "units", str(tmp_path / "missing.csv")]) == 2
    assert main(["--db", db, "demo", "--households", "0"]) == 2


def test_demo_enables_grants_and_screens_into_every_category(tmp_path, capsys):
    db = str(tmp_path / "grant.db")
    assert main(["--db", db, "demo", "--households", "600", "--seed", "1"]) == 0
    with Database.open(db) as database:
        assert database.settings.get("grant.enabled") is True
        assert database.settings.get("grant.max_amount") == 400_000
    capsys.readouterr()
    assert main(["--db", db, "screen"]) == 0
    counts = {}
    for line in capsys.readouterr().out.splitlines()[1:5]:
        label, _, count = line.strip().rpartition(" ")
        counts[label.strip()] = int(count)
    assert set(counts) == {
        "Kan kjøpe nå",
        "Kan kjøpe med tilskudd",
        "Kan kjøpe om noen år",
        "Ikke aktuelt nå",
    }, counts
    assert all(counts.values()), counts
    assert 0.08 <= counts["Kan kjøpe nå"] / sum(counts.values()) <= 0.25, counts
