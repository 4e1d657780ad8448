"""Benchmark of the rent-ledger import (not collected by pytest).

    python tests/benchmarks/bench_rent_import.py [--households 100000] [--months 12] [--work DIR]

Makes a demo register of N households (kept in DIR with ``--work`` and reused), writes a
ledger CSV as a municipality's export would have it (Windows-1252, ``;``, decimal comma,
dd.mm.yyyy), then prints: the import into the register (N × months rows), a re-import of
the same file (every month replaced), and a dry run.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.services.demo import create_demo  # noqa: E402
from leietileie.services.importing import ImportOptions, import_file  # noqa: E402
from leietileie.storage import Database  # noqa: E402

TODAY = date(2026, 11, 25)


def kr(value: float) -> str:
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", " ") + ("" if cents == "00" else "," + cents)


def write_ledger(db: Database, path: Path, months: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    ids = sorted(db.households.id_map())
    first = TODAY.year * 12 + TODAY.month - 1 - months
    lines = ["husstand_id;måned;forfalt;betalt;betalt_dato"]
    for external_id in ids:
        rent = rng.randrange(6000, 16000) + rng.choice((0, 0.5))
        for index in range(first, first + months):
            year, month = index // 12, index % 12 + 1
            due = date(year, month, 1)
            luck = rng.random()
            if luck < 0.03:
                lines.append(f"{external_id};{year}-{month:02d};{kr(rent)};;")
                continue
            late = luck < 0.12
            paid_on = due + timedelta(days=rng.randrange(16, 40) if late else rng.randrange(-5, 14))
            lines.append(
                f"{external_id};{year}-{month:02d};{kr(rent)};{kr(rent)};{paid_on:%d.%m.%Y}"
            )
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return len(lines) - 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=12)
    parser.add_argument("--work", type=Path)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-rent-"))
    work.mkdir(parents=True, exist_ok=True)
    template = work / f"register-{args.households}.db"
    if not template.exists():
        started = time.perf_counter()
        with Database.open(template) as db:
            create_demo(db, households=args.households, seed=1, today=TODAY)
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"demo register, {args.households} households: {time.perf_counter() - started:.1f} s")
    ledger = work / f"husleie-{args.households}x{args.months}.csv"
    with Database.open(template) as db:
        if not ledger.exists():
            rows = write_ledger(db, ledger, args.months)
        else:
            rows = sum(1 for _ in ledger.open("rb")) - 1
    print(f"ledger: {rows} rows, {ledger.stat().st_size / 1e6:.0f} MB")
    target = work / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, target)
    with Database.open(target) as db:
        with db.transaction():  # the demo's own history: the first import then inserts all
            db.conn.execute("DELETE FROM rent_payments")
        for label, options in (
            ("import", ImportOptions()),
            ("re-import", ImportOptions()),
            ("dry run", ImportOptions(dry_run=True)),
        ):
            started = time.perf_counter()
            result = import_file(db, "rent", ledger, options, today=TODAY)
            took = time.perf_counter() - started
            assert not result.problems, result.problems[:5]
            print(
                f"{label}: {took:.1f} s ({result.inserted} new, {result.updated} replaced,"
                f" {rows / took:,.0f} rows/s)"
            )
        count = db.conn.execute("SELECT count(*) FROM rent_payments").fetchone()[0]
        print(f"rent_payments rows: {count}")


if __name__ == "__main__":
    main()
