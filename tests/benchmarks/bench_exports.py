"""Time the export writers (a script; pytest does not collect tests/benchmarks).

    python tests/benchmarks/bench_exports.py [--rows 100000] [--pdf-rows 2000]

XLSX and CSV are timed for 100 000 rows × 15 columns (targets: < 10 s and < 2 s). The PDF
is timed for 2 000 rows: a PDF list is for a meeting or an archive, not for a whole register
(2 000 rows is about 50 pages).

Side by side in the same run, the same rows go through pandas → XlsxWriter (``DataFrame`` from
the rows, then ``to_excel(engine="xlsxwriter")``), the way a data analyst would write them.
Target (issue 12): our XLSX writer at least 2 × faster. pandas is not a dependency of the
project; install it into the environment for the benchmark (``pip install pandas``); without
it the comparison is skipped with a message.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.exports import Column, Table, write_csv, write_pdf, write_xlsx  # noqa: E402

COLUMNS = [
    Column("fnr", "Fødselsnummer", "identity"),
    Column("navn", "Navn"),
    Column("adresse", "Adresse"),
    Column("kommentar", "Begrunnelse"),
    Column("vurdering", "Vurdering"),
    Column("inntekt", "Samlet inntekt", "money"),
    Column("husleie", "Husleie per år", "money"),
    Column("maks_lan", "Maks startlån", "money"),
    Column("pris", "Boligens pris", "money"),
    Column("tilskudd", "Tilskudd", "money"),
    Column("overskudd", "Overskudd etter stresstest", "money"),
    Column("rente", "Rente", "percent"),
    Column("personer", "Personer", "integer"),
    Column("innflyttet", "Innflyttet", "date"),
    Column("aar", "År til kjøp", "decimal", decimals=1),
]
VERDICTS = ["kan kjøpe nå", "kan kjøpe med tilskudd", "kan kjøpe om 3 år", "ikke aktuelt nå"]


def make_table(rows: int, seed: int = 1) -> Table:
    rnd = random.Random(seed)
    data = []
    start = date(1990, 1, 1)
    for i in range(rows):
        data.append(
            (
                f"{rnd.randrange(10**11):011d}",
                f"Åse Øvrebø {i}",
                f"Storgata {rnd.randrange(1, 200)}, 0{rnd.randrange(100, 999)} Oslo",
                "Inntekten er stabil, botid over tre år og ingen restanse" if i % 3 else "",
                VERDICTS[i % 4],
                rnd.randrange(200_000, 900_000),
                rnd.randrange(80_000, 200_000),
                rnd.uniform(1e6, 4e6),
                rnd.randrange(1_500_000, 5_000_000),
                rnd.choice([0, 150_000, 300_000]),
                rnd.uniform(-50_000, 80_000),
                0.0489,
                rnd.randrange(1, 7),
                start + timedelta(days=rnd.randrange(12_000)),
                rnd.choice([0.0, 1.5, 3.0]),
            )
        )
    return Table(
        "Kartlegging av leietakere 2026",
        COLUMNS,
        data,
        assumptions=[("Husbanken-rente", "4,89 %"), ("Stresstest", "+3 prosentpoeng")],
        generated_at=datetime(2026, 11, 24, 9, 0),
        rule_year=2026,
    )


def timed(label: str, write, table: Table, path: Path) -> float:  # type: ignore[no-untyped-def]
    began = time.perf_counter()
    write(table, path)
    elapsed = time.perf_counter() - began
    size = path.stat().st_size / 1e6
    print(f"{label:<44} {elapsed:6.2f} s   {size:6.1f} MB", flush=True)
    return elapsed


def pandas_writer():  # type: ignore[no-untyped-def]
    """``write(table, path)`` through pandas → XlsxWriter, or None when pandas is missing."""
    try:
        import pandas as pd
    except ImportError:
        return None

    def write(table: Table, path: Path) -> None:
        frame = pd.DataFrame(list(table.rows), columns=[c.header for c in table.columns])
        frame.to_excel(path, index=False, sheet_name="Liste", engine="xlsxwriter")

    return write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--pdf-rows", type=int, default=2_000)
    args = parser.parse_args()
    table = make_table(args.rows)
    small = make_table(args.pdf_rows)
    print(f"{len(COLUMNS)} columns")
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        ours = timed(
            f"XLSX {args.rows} rows (target < 10 s)", write_xlsx, table, out / "liste.xlsx"
        )
        pandas = pandas_writer()
        if pandas is None:
            print("pandas → XlsxWriter: skipped (pandas is not installed: pip install pandas)")
        else:
            theirs = timed(
                f"pandas → XlsxWriter, same {args.rows} rows", pandas, table, out / "pandas.xlsx"
            )
            ratio = theirs / ours
            verdict = "met" if ratio >= 2 else "NOT met"
            print(f"{'XLSX: ours vs pandas (target ≥ 2 ×)':<44} {ratio:6.2f} ×   {verdict}")
        timed(f"CSV  {args.rows} rows (target < 2 s)", write_csv, table, out / "liste.csv")
        timed(f"PDF  {args.pdf_rows} rows", write_pdf, small, out / "liste.pdf")


if __name__ == "__main__":
    main()
