"""Benchmark screening and eligibility lists on a 100 000-household register (prints figures).

    python tests/benchmarks/bench_screening.py [--households N] [--db PATH]

Targets (issue 6): screening from database to stored results < 3 s; the XLSX list < 10 s;
the CSV list < 2 s. A demo register is created once at --db (default in /tmp) and reused.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.services.demo import create_demo  # noqa: E402
from leietileie.services.eligibility import DEFAULT_KEYS, export_eligibility  # noqa: E402
from leietileie.services.screening import ScreeningOptions, screen_register  # noqa: E402
from leietileie.services.settings import Settings  # noqa: E402
from leietileie.storage.database import Database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "leietileie-bench-100k.db")
    args = parser.parse_args()
    if not args.db.exists():
        start = time.perf_counter()
        db = Database.open(args.db)
        create_demo(db, households=args.households, seed=1)
        db.close()
        print(f"demo register of {args.households} households created in {time.perf_counter() - start:.1f} s")
    db = Database.open(args.db)
    options = ScreeningOptions.from_settings(Settings(db), on=date(2026, 11, 25), year=2026)
    start = time.perf_counter()
    outcome = screen_register(db, options)
    elapsed = time.perf_counter() - start
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in outcome.timings.items())
    print(f"screening {len(outcome.ids)} households, database → stored results: {elapsed:.2f} s ({parts}; target < 3 s)")
    print(f"  counts: {outcome.counts()}")
    out = Path(tempfile.mkdtemp())
    keys = list(DEFAULT_KEYS)  # the list a caseworker exports by default (15 columns)
    for name, target in (("liste.xlsx", 10), ("liste.csv", 2)):
        start = time.perf_counter()
        export_eligibility(db, outcome.run_id, out / name, keys=keys)
        took = time.perf_counter() - start
        size = (out / name).stat().st_size / 1e6
        print(f"{name}: {len(outcome.ids)} rows × {len(keys)} columns in {took:.2f} s, {size:.1f} MB (target < {target} s)")
    db.close()


if __name__ == "__main__":
    main()
