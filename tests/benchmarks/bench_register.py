"""Benchmark of the tenant register (not collected by pytest).

    python tests/benchmarks/bench_register.py [--households 100000] [--work DIR] [--only WHAT]

With ``--work DIR`` the demo register and the four import files are made once in DIR and
reused by later runs (delete DIR to rebuild them). ``--only csv|xlsx|queries|reimport``
runs one part.

Prints: creating a demo register; importing it from CSV and from XLSX; loading one
household; listing one page of 100 rows sorted by name; the screening batch; database size.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.services.demo import create_demo  # noqa: E402
from leietileie.services.import_columns import TENANT_COLUMNS, UNIT_COLUMNS  # noqa: E402
from leietileie.services.importing import import_file  # noqa: E402
from leietileie.storage import Database  # noqa: E402

ROLE_NB = {"applicant": "søker", "co_applicant": "medsøker", "adult": "voksen", "child": "barn"}
INCOME_NB = {
    "wage": "lønn",
    "disability_benefit": "uføretrygd",
    "aap": "aap",
    "pension": "pensjon",
    "other_taxable": "annen_skattepliktig",
}
CAR_NB = {"none": "ingen", "petrol": "bensin", "electric": "el"}


def kr(value: float) -> str:
    """Norwegian formatting, as a municipality's export would have it: 1 234 567,50."""
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", " ") + ("" if cents == "00" else "," + cents)


def unit_rows(db: Database) -> list[list[object]]:
    rows: list[list[object]] = []
    for u in db.units.list(limit=10**7):
        rows.append(
            [
                u.unit_id,
                u.address,
                u.postcode,
                u.city,
                "selveier" if u.tenure == "freehold" else "borettslag",
                kr(u.valuation or 0),
                u.valuation_date.strftime("%d.%m.%Y") if u.valuation_date else "",
                kr(u.common_costs_monthly),
                kr(u.other_running_costs_monthly),
                kr(u.area_m2 or 0),
                u.bedrooms,
                u.gnr,
                u.bnr,
                u.snr,
                u.share_no,
                kr(u.shared_debt),
            ]
        )
    return rows


def tenant_rows(db: Database, count: int) -> list[list[object]]:
    rows: list[list[object]] = []
    for hid in range(1, count + 1):
        h = db.households.get(hid)
        assert h is not None and h.tenancy is not None
        for p in h.members:
            incomes = {INCOME_NB[i.kind]: kr(i.annual) for i in p.incomes}
            row: list[object] = [
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
                t = h.tenancy
                debt = h.debts[0] if h.debts else None
                row += [
                    t.unit_id,
                    kr(t.rent_monthly),
                    t.start.strftime("%d.%m.%Y") if t.start else "",
                    kr(t.arrears),
                    kr(h.tax_free_income_monthly),
                    kr(h.savings),
                    kr(debt.balance) if debt else "",
                    kr(debt.monthly_payment) if debt else "",
                    kr(h.other_fixed_costs_monthly),
                    CAR_NB[h.car],
                    h.phone,
                    h.email,
                    kr(h.childcare_expenses_annual),
                    kr(h.existing_interest_annual),
                ]
            rows.append(row)
    return rows


def write_csv(path: Path, header: list[str], rows: list[list[object]]) -> None:
    with path.open("w", encoding="cp1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)


def write_xlsx(path: Path, header: list[str], rows: list[list[object]]) -> None:
    import xlsxwriter

    workbook = xlsxwriter.Workbook(
        str(path), {"constant_memory": True, "strings_to_numbers": False}
    )
    sheet = workbook.add_worksheet()
    sheet.write_row(0, 0, header)
    for index, row in enumerate(rows, start=1):
        sheet.write_row(index, 0, ["" if v is None else v for v in row])
    workbook.close()


def timed(label: str, func, *args, **kw):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func(*args, **kw)
    print(f"{label:<52} {time.perf_counter() - start:8.2f} s", flush=True)
    return result


def import_into(path: Path, units: Path, tenants: Path, label: str) -> None:
    with Database.open(path) as db:
        timed(f"import {units.suffix[1:].upper()} units", import_file, db, "units", units)
        result = timed(label, import_file, db, "tenants", tenants)
        assert result.committed and not result.problems, result.problems[:5]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None, help="reuse files made here before")
    parser.add_argument("--only", choices=("csv", "xlsx", "queries", "reimport"), default=None)
    args = parser.parse_args()
    n = args.households
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-register-"))
    work.mkdir(parents=True, exist_ok=True)
    demo = work / "demo.db"
    print(f"{n} households, working in {work}")
    if not (work / "tenants.xlsx").exists():
        for stale in work.glob("demo.db*"):
            stale.unlink()
        with Database.open(demo) as db:
            timed(f"create demo register ({n} households)", create_demo, db, n, 1)
            header_u = [c.name for c in UNIT_COLUMNS]
            header_t = [c.name for c in TENANT_COLUMNS]
            units, tenants = unit_rows(db), tenant_rows(db, n)
        print(f"  ({len(tenants)} member rows in the tenant file)")
        write_csv(work / "units.csv", header_u, units)
        write_csv(work / "tenants.csv", header_t, tenants)
        write_xlsx(work / "units.xlsx", header_u, units)
        write_xlsx(work / "tenants.xlsx", header_t, tenants)
    else:
        print("  (reusing the demo register and import files made before)")
    for kind, ext in (("csv", "csv"), ("xlsx", "xlsx")):
        if args.only not in (None, kind, "reimport") or (args.only == "reimport" and kind != "csv"):
            continue
        target = work / f"{kind}.db"
        for stale in work.glob(f"{kind}.db*"):
            stale.unlink()
        limit = "15" if kind == "csv" else "45"
        import_into(
            target,
            work / f"units.{ext}",
            work / f"tenants.{ext}",
            f"import {n} households from {kind.upper()} (target < {limit} s)",
        )
        if args.only in (None, "reimport") and kind == "csv":
            import_into(
                target,
                work / f"units.{ext}",
                work / f"tenants.{ext}",
                f"re-import the same {n} households from CSV",
            )
    if args.only in (None, "queries"):
        with Database.open(demo) as db:
            report_queries(db, n)
    size = demo.stat().st_size + (
        demo.with_name(demo.name + "-wal").stat().st_size
        if demo.with_name(demo.name + "-wal").exists()
        else 0
    )
    print(f"{'database size':<52} {size / 1e6:8.1f} MB")


def report_queries(db: Database, n: int) -> None:
    loads, pages, searches = [], [], []
    for i in range(50):
        start = time.perf_counter()
        db.households.get(1 + (i * 7919) % n)
        loads.append(time.perf_counter() - start)
        start = time.perf_counter()
        db.households.page(offset=(i * 997) % max(1, n - 100), limit=100, sort_key="name")
        pages.append(time.perf_counter() - start)
    for term in ("hansen", "ødegård", "9990", "zzz"):
        start = time.perf_counter()
        db.households.page(limit=100, search=term)
        searches.append(time.perf_counter() - start)
    ms = 1000
    print(f"{'load one household (median of 50)':<52} {statistics.median(loads) * ms:8.2f} ms")
    print(
        f"{'page of 100 sorted by name (median, target < 20 ms)':<52} "
        f"{statistics.median(pages) * ms:8.2f} ms"
    )
    print(f"{'page of 100 sorted by name (worst of 50)':<52} {max(pages) * ms:8.2f} ms")
    print(
        f"{'search, page of 100 (median of 4 terms)':<52} "
        f"{statistics.median(searches) * ms:8.2f} ms"
    )
    start = time.perf_counter()
    db.households.count()
    print(f"{'count all':<52} {(time.perf_counter() - start) * ms:8.2f} ms")
    start = time.perf_counter()
    ids, batch = db.households.screening_batch(date.today())
    print(
        f"{'screening batch (' + str(len(ids)) + ' households)':<52} "
        f"{time.perf_counter() - start:8.2f} s"
    )


if __name__ == "__main__":
    main()
