"""The rent ledger import (`leietileie import rent`, docs/import-rent.md)."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.services.import_columns import RENT_COLUMNS
from leietileie.services.import_rent import RentRows, parse_month
from leietileie.services.import_rows import Problems
from leietileie.services.importing import ImportCancelled, ImportOptions, import_file
from leietileie.services.tabular import read_table
from leietileie.services.templates import write_template
from leietileie.storage.records import RentPayment

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 1, 15)
HEADER = "husstand_id;måned;forfalt;betalt;betalt_dato\n"


@pytest.fixture
def files(tmp_path):
    for name in ("boliger_cp1252.csv", "leietakere_cp1252.csv", "husleie_cp1252.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    return tmp_path


@pytest.fixture
def register(db, files):
    """Households H1 and H2 (no rent history yet)."""
    for kind, name in (("units", "boliger_cp1252.csv"), ("tenants", "leietakere_cp1252.csv")):
        assert import_file(db, kind, files / name, today=TODAY).committed
    return db


def _import(db, path, **kw):
    return import_file(db, "rent", path, ImportOptions(**kw), today=TODAY)


def _ledger(tmp_path, *rows, name="l.csv"):
    path = tmp_path / name
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _payments(db):
    return db.conn.execute(
        "SELECT h.external_id, month, amount_due, amount_paid, paid_on FROM rent_payments r"
        " JOIN households h ON h.id = r.household_id ORDER BY 1, 2"
    ).fetchall()


def _id(db, external_id):
    return db.households.id_map()[external_id]


def test_windows_1252_semicolons_decimal_commas(register, files):
    db = register
    result = _import(db, files / "husleie_cp1252.csv")
    assert result.problems == [] and result.committed
    assert (result.rows, result.inserted, result.updated, result.skipped) == (6, 6, 0, 0)
    assert _payments(db) == [
        ("H1", "2025-10", 11500.0, 11500.0, "2025-10-01"),
        ("H1", "2025-11", 11500.0, 11500.0, "2025-11-20"),
        ("H1", "2025-12", 11500.0, 5000.5, "2025-12-14"),  # MM.YYYY
        ("H2", "2025-11", 9800.5, 9800.5, "2025-10-28"),  # paid in advance
        ("H2", "2025-12", 9800.5, 0.0, None),  # a date's month; betalt empty = 0
        ("H2", "2026-01", 9800.5, 0.0, None),
    ]
    history = db.rent.for_household(_id(db, "H1"), date(2026, 1, 15), months=3)
    assert [p.on_time for p in history] == [True, False, False]  # late; not in full
    assert db.rent.late_counts([_id(db, "H2")], date(2026, 1, 15), months=2)[0] == 1
    entries = db.audit.list(action="imported", entity="rent_payment")
    assert len(entries) == 1
    assert entries[0].details == {
        "file": "husleie_cp1252.csv",
        "inserted": 6,
        "updated": 0,
        "skipped": 0,
    }
    assert "Husleiemåneder importert: 6 nye, 0 oppdatert." == result.summary_nb()


def test_xlsx_with_date_cells_numbers_and_excel_serials(register, tmp_path):
    import xlsxwriter

    path = tmp_path / "reskontro.xlsx"
    workbook = xlsxwriter.Workbook(str(path))
    sheet = workbook.add_worksheet()
    day = workbook.add_format({"num_format": "dd.mm.yyyy"})
    sheet.write_row(0, 0, ["Husstand ID", "Maaned", "Forfalt", "Betalt", "Betalt dato"])
    sheet.write_row(1, 0, ["H1", "2025-11", 11500, 11500.5])
    sheet.write_datetime(1, 4, date(2025, 11, 3), day)
    sheet.write(2, 0, "H1")
    sheet.write_datetime(2, 1, date(2025, 12, 1), day)  # a month given as a date cell
    sheet.write_row(2, 2, [11500, 0])
    # Plain numbers where a month or date belongs (Excel serials without a date format): a
    # date is never a number, so the row is refused rather than guessed.
    sheet.write_row(3, 0, ["H2", 46023, 9800.5, 9800.5, 46024])
    workbook.close()
    result = _import(register, path)
    assert result.problems == [
        'rad 4, Maaned "46023": er ikke en måned (bruk åååå-mm, f.eks. 2026-01)',
        'rad 4, Betalt dato "46024": er et tall, ikke en dato',
    ]
    result = _import(register, path, skip_invalid=True)
    assert result.inserted == 2 and result.skipped == 1
    assert _payments(register) == [
        ("H1", "2025-11", 11500.0, 11500.5, "2025-11-03"),
        ("H1", "2025-12", 11500.0, 0.0, None),
    ]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (
            "H9;2025-11;100;100;01.11.2025",
            'rad 2, husstand_id "H9": finnes ikke i registeret (importer leietakerne først)',
        ),
        (";2025-11;100;;", "rad 2, husstand_id: mangler"),
        (
            "H1;13-2026;100;;",
            'rad 2, måned "13-2026": er ikke en måned (bruk åååå-mm, f.eks. 2026-01)',
        ),
        (
            "H1;2025-13;100;;",
            'rad 2, måned "2025-13": er ikke en måned (bruk åååå-mm, f.eks. 2026-01)',
        ),
        ("H1;nov;100;;", 'rad 2, måned "nov": er ikke en måned (bruk åååå-mm, f.eks. 2026-01)'),
        ("H1;;100;;", "rad 2, måned: mangler"),
        ("H1;1985-01;100;;", 'rad 2, måned "1985-01": ligger utenfor 1990-01 til 2027-01'),
        ("H1;2027-02;100;;", 'rad 2, måned "2027-02": ligger utenfor 1990-01 til 2027-01'),
        ("H1;2025-11;;;", "rad 2, forfalt: mangler"),
        ("H1;2025-11;-5;;", 'rad 2, forfalt "-5": kan ikke være negativ'),
        ("H1;2025-11;mye;;", 'rad 2, forfalt "mye": er ikke et tall'),
        ("H1;2025-11;100;-100;01.11.2025", 'rad 2, betalt "-100": kan ikke være negativ'),
        ("H1;2025-11;100;x;01.11.2025", 'rad 2, betalt "x": er ikke et tall'),
        ("H1;2025-11;100;100;", "rad 2, betalt_dato: mangler (påkrevd når betalt er over 0)"),
        (
            "H1;2025-11;100;100;32.11.2025",
            'rad 2, betalt_dato "32.11.2025": er ikke en dato (bruk dd.mm.åååå)',
        ),
        (
            "H1;2025-11;100;100;01.12.2026",
            'rad 2, betalt_dato "01.12.2026": mer enn ett år etter måneden 2025-11 (skrivefeil?)',
        ),
    ],
)
def test_each_problem_is_named_by_row_and_column(register, tmp_path, row, message):
    result = _import(register, _ledger(tmp_path, row))
    assert result.problems == [message]
    assert not result.committed and _payments(register) == []
    report = tmp_path / "l-importrapport.txt"
    assert result.report_path == report and message in report.read_text(encoding="utf-8")


def test_prepayment_and_a_late_payment_within_a_year_are_fine(register, tmp_path):
    path = _ledger(tmp_path, "H1;2025-11;100;100;15.01.2024", "H1;2025-12;100;100;31.12.2026")
    assert _import(register, path).problems == []


def test_the_same_household_month_twice(register, tmp_path):
    path = _ledger(
        tmp_path,
        "H1;2025-11;100;100;01.11.2025",
        "H2;2025-11;100;;",
        "H1;11.2025;200;200;02.11.2025",
        "H1;2025-12;100;;",
    )
    result = _import(register, path)
    assert result.problems == [
        'rad 4, måned "11.2025": står to ganger for husstand H1 (også på rad 2)'
    ]
    result = _import(register, path, skip_invalid=True)
    # which of the two rows is right is unknown: neither is imported
    assert result.committed and (result.inserted, result.skipped) == (2, 2)
    assert [(r[0], r[1]) for r in _payments(register)] == [("H1", "2025-12"), ("H2", "2025-11")]


def test_all_or_nothing_leaves_the_database_unchanged(register, files, tmp_path):
    db = register
    _import(db, files / "husleie_cp1252.csv")
    before = _payments(db)
    audit = len(db.audit.list(limit=10_000))
    path = _ledger(tmp_path, "H1;2025-10;1;1;01.10.2025", "H2;2026-02;1;;", "H9;2025-10;1;;")
    result = _import(db, path)
    assert not result.committed and len(result.problems) == 1
    assert _payments(db) == before and len(db.audit.list(limit=10_000)) == audit
    assert "Ingenting importert: 1 problem(er)" in result.summary_nb()


def test_skip_invalid_imports_the_good_rows(register, tmp_path):
    path = _ledger(
        tmp_path,
        "H1;2025-10;100;100;01.10.2025",
        "H9;2025-10;1;;",
        "H2;2025-10;-1;;",
        "H2;2025-11;100;;",
    )
    result = _import(register, path, skip_invalid=True)
    assert result.committed and (result.inserted, result.updated, result.skipped) == (2, 0, 2)
    assert len(result.problems) == 2 and result.report_path.exists()
    assert [(r[0], r[1]) for r in _payments(register)] == [("H1", "2025-10"), ("H2", "2025-11")]
    assert "2 hoppet over" in result.summary_nb()


def test_dry_run_writes_nothing_but_counts(register, files):
    db = register
    result = _import(db, files / "husleie_cp1252.csv", dry_run=True)
    assert (result.inserted, result.updated, result.committed) == (6, 0, False)
    assert _payments(db) == [] and db.audit.list(entity="rent_payment") == []
    assert "ville blitt importert: 6 nye" in result.summary_nb()


def test_reimport_replaces_the_same_household_month(register, files, tmp_path):
    db = register
    _import(db, files / "husleie_cp1252.csv")
    path = _ledger(tmp_path, "H2;2025-12;9800,50;9800,50;05.12.2025", "H2;2026-02;9800,50;;")
    result = _import(db, path)
    assert (result.inserted, result.updated) == (1, 1)
    rows = _payments(db)
    assert len(rows) == 7
    assert ("H2", "2025-12", 9800.5, 9800.5, "2025-12-05") in rows
    again = _import(db, files / "husleie_cp1252.csv")
    assert (again.inserted, again.updated) == (0, 6) and len(_payments(db)) == 7
    assert len(db.audit.list(action="imported", entity="rent_payment")) == 3


def test_reimport_replaces_a_payment_recorded_by_hand(register, tmp_path):
    db = register
    db.rent.record(_id(db, "H1"), RentPayment("2025-11", 100, 0, None))
    assert db.rent.recorded_months() == {(_id(db, "H1"), "2025-11")}
    result = _import(db, _ledger(tmp_path, "H1;2025-11;100;100;03.11.2025"))
    assert (result.inserted, result.updated) == (0, 1)
    assert db.rent.for_household(_id(db, "H1"), TODAY, 3)[0].on_time


def test_headers_are_matched_like_the_other_kinds_and_mapping_overrides(register, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text(
        "HUSSTAND ID,Maaned,Forfalt,Innbetalt,Betalt-dato\nH1,2025-11,100.50,100.50,2025-11-02\n",
        encoding="utf-8",
    )
    assert _import(register, path).problems == []  # betalt not found: 0, the date kept
    assert _payments(register)[0][2:] == (100.5, 0.0, "2025-11-02")
    _import(register, path, mapping={"betalt": "Innbetalt"})
    assert _payments(register)[0][2:] == (100.5, 100.5, "2025-11-02")
    path.write_text("husstand_id;betalt\nH1;1\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        _import(register, path)
    assert info.value.problems == [
        "kolonnen «måned» mangler (påkrevd)",
        "kolonnen «forfalt» mangler (påkrevd)",
    ]


def test_progress_can_cancel_and_nothing_is_written(register, files):
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < total // 2 or total == 0

    with pytest.raises(ImportCancelled):
        import_file(register, "rent", files / "husleie_cp1252.csv", progress=progress, today=TODAY)
    assert seen and _payments(register) == []


@pytest.mark.parametrize(
    ("value", "month"),
    [
        ("2026-01", "2026-01"),
        ("2026-1", "2026-01"),
        ("01.2026", "2026-01"),
        ("1/2026", "2026-01"),
        ("31.01.2026", "2026-01"),
        ("2026-01-31", "2026-01"),
        (date(2026, 1, 31), "2026-01"),
    ],
)
def test_months(value, month):
    index = parse_month(value)
    assert f"{index // 12:04d}-{index % 12 + 1:02d}" == month


@pytest.mark.parametrize("value", [46053, 46053.0, "26-01-05", "05.01.26"])
def test_a_number_or_two_digit_year_is_never_a_month(value):
    with pytest.raises(ValueError):
        parse_month(value)


def test_the_fast_path_agrees_with_the_exact_path(register, tmp_path):
    rows = [
        "H1;2025-01;100;100;01.01.2025",
        "H1;2025-02;100;;",
        "H1;2025-03;100;100;",
        "H2;2025-01;100,5;100,5;01.01.2026",
        "H2;2025-02;100;100;01.02.2026",
        "H9;2025-01;1;;",
        "H1;2025-01;100;100;01.01.2025",
        "H2;2025-03;-1;;",
        "H2;2025-04;1;x;",
        "H2;2025-05;1;1;01.13.2025",
        "H2;2025-06;;;",
        "H2;2024-13;1;;",
        "H1;2025-04",
        "H1;2025-05;1;1;02.05.2025;ekstra",
        "H2;2025-07;0;0;03.07.2025",
    ]
    path = _ledger(tmp_path, *rows)
    table = read_table(path)
    columns = {c.name: i for i, c in enumerate(RENT_COLUMNS)}
    labels = {name: name for name in columns}

    def run(fast):
        problems = Problems()
        parser = RentRows(columns, labels, ",", register.households.id_map(), TODAY, problems)
        if not fast:
            parser.fast = lambda line, cells: None
        return parser.records(table), problems.lines()

    fast_records, fast_problems = run(True)
    exact_records, exact_problems = run(False)
    assert fast_records == exact_records and fast_problems == exact_problems
    assert len(fast_records) == 5 and len(fast_problems) == 9


def test_template_round_trips(register, tmp_path):
    csv_path = write_template("rent", tmp_path / "mal.csv")
    with csv_path.open("a", encoding="utf-8", newline="") as out:
        out.write("H1;2025-11;11 500;11 500;02.11.2025\r\n")
    assert _import(register, csv_path).inserted == 1
    xlsx_path = write_template("rent", tmp_path / "mal.xlsx")
    assert read_table(xlsx_path).headers == [c.name for c in RENT_COLUMNS]
    import openpyxl

    workbook = openpyxl.load_workbook(xlsx_path)
    assert workbook.sheetnames == ["husleiemåneder", "forklaring"]
    workbook.active.append(["H2", "2025-12", 9800.5, 9800.5, date(2025, 12, 1)])
    workbook.save(xlsx_path)
    result = _import(register, xlsx_path)
    assert result.problems == [] and result.inserted == 1
    assert ("H2", "2025-12", 9800.5, 9800.5, "2025-12-01") in _payments(register)


def test_cli_rent_import_and_template(register, files, tmp_path, capsys):
    db_path = str(register.path)
    template = tmp_path / "mal.xlsx"
    assert main(["--db", db_path, "template", "rent", str(template)]) == 0 and template.exists()
    bad = _ledger(tmp_path, "H1;2025-11;100;100;", "H9;2025-11;1;;", "H2;2025-11;1;1;01.11.2025")
    capsys.readouterr()
    assert main(["--db", db_path, "import", "rent", str(bad)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "rad 2, betalt_dato: mangler (påkrevd når betalt er over 0)",
        'rad 3, husstand_id "H9": finnes ikke i registeret (importer leietakerne først)',
        f"Ingenting importert. Rapport: {tmp_path / 'l-importrapport.txt'}",
    ]
    assert main(["--db", db_path, "import", "rent", str(bad), "--dry-run"]) == 2
    assert main(["--db", db_path, "import", "rent", str(bad), "--skip-invalid"]) == 0
    assert "1 nye" in capsys.readouterr().out
    good = files / "husleie_cp1252.csv"
    assert main(["--db", db_path, "import", "rent", str(good)]) == 0
    assert "5 nye, 1 oppdatert" in capsys.readouterr().out


KILL_SCRIPT = """
import sys, time
from datetime import date
from pathlib import Path
from leietileie.services import import_rent, importing

import_rent.RENT_CHUNK = 100  # many chunks inside the one transaction

def progress(done, total):
    if done > total // 2:
        print("writing", flush=True)
        time.sleep(0.05)
    return True

from leietileie.storage import Database
db = Database.open(sys.argv[1])
importing.import_file(db, "rent", Path(sys.argv[2]), progress=progress, today=date(2026, 1, 15))
print("done", flush=True)
"""


@pytest.mark.parametrize("kill", [True, False])
def test_sigkill_during_a_rent_import_leaves_all_or_nothing(tmp_path, kill):
    import os
    import signal
    import subprocess
    import sys

    from leietileie.services.demo import create_demo
    from leietileie.storage import Database
    from leietileie.storage.maintenance import check

    path = tmp_path / "register.db"
    with Database.open(path) as db:
        create_demo(db, households=150, seed=2, today=TODAY)
        ids = list(db.households.id_map())
    ledger = tmp_path / "reskontro.csv"
    ledger.write_text(
        HEADER
        + "".join(
            f"{h};2019-{m:02d};9000;9000;02.{m:02d}.2019\n" for h in ids for m in range(1, 13)
        ),
        encoding="utf-8",
    )
    process = subprocess.Popen(
        [sys.executable, "-c", KILL_SCRIPT, str(path), str(ledger)],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert process.stdout is not None
    writes = 0
    for line in process.stdout:
        writes += line.strip() == "writing"
        if kill and writes >= 5:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == (-signal.SIGKILL if kill else 0)
    assert check(path).ok
    with Database.open(path) as db:
        count = db.conn.execute("SELECT count(*) FROM rent_payments WHERE month LIKE '2019-%'")
        assert count.fetchone()[0] == (0 if kill else 150 * 12)
