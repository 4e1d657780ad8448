"""Benchmark screening and eligibility lists on a 100 000-household register (prints figures).

    python tests/benchmarks/bench_screening.py [--households N] [--db PATH]

Targets (issue 6): screening from database to stored results < 3 s; the XLSX list < 10 s;
the CSV list < 2 s. A demo register is created once at --db (default in /tmp) and reused.

Issue 9: the demo register's households carry childcare expenses and interest on existing debt
(database columns since schema 0010); tiltakssonen is the municipality's setting, so the batch
read from the database is given a mix of households in and outside the zone (15 % in). The
vectorised engine is timed on it and compared figure by figure with the scalar engine on a
sample, each household read from the register like a single assessment.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.domain.assess import assess  # noqa: E402
from leietileie.domain.model import Scenario  # noqa: E402
from leietileie.domain.register import to_dwelling, to_household  # noqa: E402
from leietileie.domain.vector import assess_batch  # noqa: E402
from leietileie.rules import load_rules  # noqa: E402
from leietileie.services.demo import create_demo  # noqa: E402
from leietileie.services.eligibility import DEFAULT_KEYS, export_eligibility  # noqa: E402
from leietileie.services.screening import ScreeningOptions, screen_register  # noqa: E402
from leietileie.services.settings import Settings  # noqa: E402
from leietileie.storage.database import Database  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument(
        "--sample", type=int, default=500, help="households compared with the scalar engine"
    )
    parser.add_argument(
        "--db", type=Path, default=Path(tempfile.gettempdir()) / "leietileie-bench-100k.db"
    )
    args = parser.parse_args()
    if not args.db.exists():
        start = time.perf_counter()
        db = Database.open(args.db)
        create_demo(db, households=args.households, seed=1)
        db.close()
        print(
            f"demo register of {args.households} households created in "
            f"{time.perf_counter() - start:.1f} s"
        )
    db = Database.open(args.db)
    options = ScreeningOptions.from_settings(Settings(db), on=date(2026, 11, 25), year=2026)
    start = time.perf_counter()
    outcome = screen_register(db, options)
    elapsed = time.perf_counter() - start
    parts = ", ".join(f"{k} {v:.2f} s" for k, v in outcome.timings.items())
    print(
        f"screening {len(outcome.ids)} households, database → stored results: "
        f"{elapsed:.2f} s ({parts}; target < 3 s)"
    )
    print(f"  counts: {outcome.counts()}")
    every_field(db, options, sample=args.sample)
    out = Path(tempfile.mkdtemp())
    keys = list(DEFAULT_KEYS)  # the list a caseworker exports by default (15 columns)
    for name, target in (("liste.xlsx", 10), ("liste.csv", 2)):
        start = time.perf_counter()
        export_eligibility(db, outcome.run_id, out / name, keys=keys)
        took = time.perf_counter() - start
        size = (out / name).stat().st_size / 1e6
        print(
            f"{name}: {len(outcome.ids)} rows × {len(keys)} columns in {took:.2f} s, "
            f"{size:.1f} MB (target < {target} s)"
        )
    db.close()


FIGURES = (
    "tax_annual",
    "net_income_monthly",
    "available_for_loans_monthly",
    "max_total_loan",
    "purchase_costs",
    "monthly_payment",
    "grant_needed",
    "bank_alone_sufficient",
)


def every_field(db: Database, options: ScreeningOptions, sample: int) -> None:
    """Tiltakssone, childcare and existing-interest households: time the vectorised engine on
    the whole register and compare a sample with the scalar engine, figure by figure."""
    rules = load_rules(options.year)
    ids, batch = db.households.screening_batch(options.on)
    n = len(ids)
    rng = np.random.default_rng(9)
    zone = (rng.random(n) < 0.15).astype(np.int64)
    childcare, interest = batch.h_childcare_annual, batch.h_existing_interest_annual
    batch = dataclasses.replace(batch, h_tiltakssonen=zone)
    start = time.perf_counter()
    result = assess_batch(rules, batch, options.financing)
    took = time.perf_counter() - start
    print(
        f"vectorised engine, {n} households ({int(zone.sum())} in tiltakssonen, "
        f"{int((childcare > 0).sum())} with "
        f"childcare, {int((interest > 0).sum())} with existing interest): "
        f"{took:.2f} s (target < 3 s)"
    )
    mismatches = 0
    chosen = rng.choice(n, size=min(sample, n), replace=False)
    for i in chosen.tolist():
        registered = db.households.get(ids[i])
        unit = db.units.get_by_unit_id(registered.tenancy.unit_id)
        household = to_household(registered, options.on, tiltakssonen=bool(zone[i]))
        scalar = assess(
            Scenario(options.year, household, to_dwelling(unit), options.financing), rules
        ).to_json()
        wrong = [k for k in FIGURES if getattr(result, k)[i] != scalar[k]]
        if wrong or result.verdict_names()[i] != scalar["verdict"]:
            mismatches += 1
            print(f"  household {ids[i]}: differs in {wrong or ['verdict']}")
    print(
        f"vectorised == scalar on a sample of {len(chosen)}: "
        f"{len(chosen) - mismatches} equal, {mismatches} differ"
    )


if __name__ == "__main__":
    main()
