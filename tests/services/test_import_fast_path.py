"""The import's fast path gives exactly what the exact, row-by-row path gives.

Good files, the test data's bad file and many randomly damaged files are parsed both ways;
households and problems must be identical (the fast path hands anything unusual to the
exact path, which names the problems).
"""

from __future__ import annotations

import csv
import random
from datetime import date
from pathlib import Path

import pytest

from leietileie.services.demo import create_demo
from leietileie.services.import_columns import TENANT_COLUMNS, UNIT_COLUMNS
from leietileie.services.import_rows import Problems
from leietileie.services.importing import ImportOptions, _parse_tenants, import_file, load_table
from leietileie.storage import Database

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 1, 15)
ROLE_NB = {"applicant": "søker", "co_applicant": "medsøker", "adult": "voksen", "child": "barn"}
INCOME_NB = {
    "wage": "lønn",
    "disability_benefit": "uføretrygd",
    "aap": "aap",
    "pension": "pensjon",
    "other_taxable": "annen_skattepliktig",
}
CAR_NB = {"none": "ingen", "petrol": "bensin", "electric": "el"}

#: What a damaged cell may become (some harmless, most not).
DAMAGE = [
    "",
    "abc",
    "-5",
    "12345678901",
    "1.234,5",
    "1,5",
    "31.02.2020",
    "2020-13-01",
    "x",
    "SØKER",
    "barn",
    "voksen",
    "medsøker",
    "K",
    "m",
    "el",
    "diesel",
    "0",
    "=1+1",
    "15108695088",
    "01010100050",
    "1 234,50",
    "99999999999",
    "kr 400",
    "400 kr",
    "D000001",
    "D999999",
    "   ",
    "01.01.1900",
    "15.10.1986",
    "3000000",
    # issue 10: limits, long texts, two-digit years, H-numbers, non-finite numbers
    "A" * 101,
    "A" * 100,
    "4" * 31,
    "e@" + "e" * 260,
    "05.01.68",
    "01.01.2099",
    "31.12.1899",
    "NaN",
    "inf",
    "1e400",
    "9" * 400,
    "1 000 000 000",
    "20 000 001",
    "15508649573",
    "100 001",
]


def _kr(value: float) -> str:
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", " ") + ("" if cents == "00" else "," + cents)


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> tuple[Path, list[str], list[list[str]]]:
    """A demo register of 150 households written as a tenant file's header and rows."""
    work = tmp_path_factory.mktemp("fast")
    with Database.open(work / "demo.db") as db:
        create_demo(db, 150, seed=7, today=TODAY)
        units = [
            [
                u.unit_id,
                u.address,
                u.postcode,
                u.city,
                "selveier" if u.tenure == "freehold" else "borettslag",
                _kr(u.valuation or 0),
            ]
            for u in db.units.list(limit=10_000)
        ]
        rows: list[list[str]] = []
        for hid in range(1, 151):
            h = db.households.get(hid)
            assert h is not None and h.tenancy is not None
            for p in h.members:
                incomes = {INCOME_NB[i.kind]: _kr(i.annual) for i in p.incomes}
                row = [
                    h.external_id,
                    ROLE_NB[p.role],
                    p.first_name,
                    p.last_name,
                    p.national_id,
                    p.birth_date.strftime("%d.%m.%Y") if p.birth_date else "",
                    {"F": "K", "M": "M", None: ""}[p.sex],
                ]
                row += [incomes.get(name, "") for name in INCOME_NB.values()]
                if p.role == "applicant":
                    t, debt = h.tenancy, (h.debts[0] if h.debts else None)
                    row += [
                        t.unit_id,
                        _kr(t.rent_monthly),
                        t.start.strftime("%d.%m.%Y") if t.start else "",
                        _kr(t.arrears),
                        _kr(h.tax_free_income_monthly),
                        _kr(h.savings),
                        _kr(debt.balance) if debt else "",
                        _kr(debt.monthly_payment) if debt else "",
                        _kr(h.other_fixed_costs_monthly),
                        CAR_NB[h.car],
                        h.phone,
                        h.email,
                        _kr(h.childcare_expenses_annual),
                        _kr(h.existing_interest_annual),
                    ]
                else:
                    row += [""] * 14
                rows.append(row)
    units_csv = work / "boliger.csv"
    with units_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([c.name for c in UNIT_COLUMNS[:6]])
        writer.writerows(units)
    return units_csv, [c.name for c in TENANT_COLUMNS], rows


def _both_ways(db: Database, path: Path) -> None:
    table, columns, labels, decimal = load_table(path, "tenants", ImportOptions(decimal=","))
    results = []
    for fast in (True, False):
        problems = Problems()
        households, groups = _parse_tenants(
            db, table, columns, labels, decimal, problems, TODAY, None, 1, fast=fast
        )
        results.append((households, groups, problems.lines()))
    (fast_h, fast_g, fast_p), (exact_h, exact_g, exact_p) = results
    assert fast_p == exact_p, sorted(set(fast_p) ^ set(exact_p))
    assert fast_g == exact_g
    differ = [(a, b) for a, b in zip(fast_h, exact_h, strict=False) if a != b]
    assert not differ and len(fast_h) == len(exact_h), differ[:1]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_good_file_gives_the_same_households(register, tmp_path):
    units_csv, header, rows = register
    with Database.open(tmp_path / "r.db") as db:
        import_file(db, "units", units_csv, today=TODAY)
        _both_ways(db, _write(tmp_path / "t.csv", header, rows))


def test_test_data_files_give_the_same_households_and_problems(tmp_path):
    with Database.open(tmp_path / "r.db") as db:
        import_file(db, "units", DATA / "boliger_cp1252.csv", today=TODAY)
        _both_ways(db, DATA / "leietakere_cp1252.csv")
        _both_ways(db, DATA / "leietakere_feil.csv")
        _both_ways(db, DATA / "leietakere.xlsx")


@pytest.mark.parametrize("seed", range(12))
def test_damaged_files_give_the_same_households_and_problems(register, tmp_path, seed):
    units_csv, header, rows = register
    rng = random.Random(seed)
    damaged = [list(r) for r in rows]
    for _ in range(40):
        row = rng.choice(damaged)
        row[rng.randrange(len(row))] = rng.choice(DAMAGE)
    if seed % 3 == 0:  # duplicated people and households, missing and extra cells
        damaged.insert(5, list(damaged[9]))
        damaged[20] = damaged[20][:4]
        damaged[30] = damaged[30] + ["extra"]
    if seed % 4 == 1:  # a column left out and the columns in another order
        drop = rng.randrange(4, len(header))
        order = [i for i in range(len(header)) if i != drop]
        rng.shuffle(order)
        header = [header[i] for i in order]
        damaged = [[r[i] if i < len(r) else "" for i in order] for r in damaged]
    with Database.open(tmp_path / "r.db") as db:
        import_file(db, "units", units_csv, today=TODAY)
        _both_ways(db, _write(tmp_path / "t.csv", header, damaged))
