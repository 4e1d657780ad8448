"""Benchmark the calculation engine (prints figures; not part of the test suite).

    python tests/benchmarks/bench_engine.py [--households N]

Targets (issue 2): one scalar assessment < 1 ms; vectorised screening of 100 000 synthetic
households < 250 ms (> 400 000 households/s); and how that compares with the scalar loop.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.domain.assess import assess  # noqa: E402
from leietileie.domain.batch import HouseholdBatch  # noqa: E402
from leietileie.domain.model import Dwelling, Financing, Household, Income, Member, Scenario  # noqa: E402
from leietileie.domain.vector import assess_batch  # noqa: E402
from leietileie.rules import load_rules  # noqa: E402


def synthetic_batch(n: int, seed: int = 1) -> HouseholdBatch:
    rng = np.random.default_rng(seed)
    sizes = rng.integers(1, 6, n)
    m = int(sizes.sum())
    household = np.repeat(np.arange(n), sizes)
    position = np.arange(m) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    role = np.where(position == 0, 0, np.where((position == 1) & (rng.random(m) < 0.5), 1, 3))
    age = np.where(role == 3, rng.integers(0, 18, m), rng.integers(20, 80, m))
    wage = np.where(role < 3, rng.uniform(0, 800_000, m), 0.0)
    return HouseholdBatch(
        m_household=household.astype(np.int64),
        m_age=age.astype(np.int64),
        m_sex=rng.integers(1, 3, m).astype(np.int64),
        m_role=role.astype(np.int64),
        m_transit=np.full(m, -1, dtype=np.int64),
        m_pregnant=np.zeros(m, dtype=np.int64),
        m_wage_income=wage,
        m_pension_income=np.where((role < 3) & (age > 67), rng.uniform(150_000, 400_000, m), 0.0),
        h_tax_free_monthly=rng.uniform(0, 5_000, n),
        h_debt_balance=rng.uniform(0, 300_000, n),
        h_debt_payment_monthly=rng.uniform(0, 3_000, n),
        h_other_fixed_monthly=rng.uniform(0, 3_000, n),
        h_savings=rng.uniform(0, 400_000, n),
        h_car=rng.integers(0, 3, n).astype(np.int64),
        h_rent_monthly=rng.uniform(7_000, 18_000, n),
        h_override_monthly=np.full(n, np.nan),
        d_price=rng.uniform(1_800_000, 5_500_000, n),
        d_tenure=rng.integers(0, 2, n).astype(np.int64),
        d_common_monthly=rng.uniform(1_000, 6_000, n),
        d_other_monthly=rng.uniform(500, 3_000, n),
        d_shared_debt=np.zeros(n),
    )


def scenario() -> Scenario:
    household = Household(
        members=(
            Member("applicant", 33, "F", (Income("wage", 430_000),)),
            Member("co_applicant", 36, "M", (Income("wage", 390_000),)),
            Member("child", 7, "M"),
        ),
        tax_free_income_monthly=2_012,
        other_fixed_costs_monthly=1_900,
        savings=120_000,
        current_rent_monthly=11_000,
    )
    return Scenario(2026, household, Dwelling(3_300_000, "freehold", 2_900, 1_800), financing())


def financing() -> Financing:
    return Financing(startlan_rate=0.0489, bank_rate=0.052, policy_rate=0.04, grant_max=300_000)


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    args = parser.parse_args()
    rules = load_rules(2026)
    s = scenario()
    assess(s, rules)
    runs = []
    for _ in range(2_000):
        start = time.perf_counter()
        assess(s, rules)
        runs.append(time.perf_counter() - start)
    scalar = statistics.median(runs)
    print(
        f"scalar assessment: median {scalar * 1e3:.3f} ms "
        f"(best {min(runs) * 1e3:.3f} ms; target < 1 ms)"
    )

    batch = synthetic_batch(args.households)
    assess_batch(rules, batch, financing())
    vector = best_of(lambda: assess_batch(rules, batch, financing()), 5)
    rate = args.households / vector
    print(
        f"vectorised: {args.households} households in {vector * 1e3:.1f} ms = "
        f"{rate:,.0f} households/s (target < 250 ms)"
    )
    print(
        f"scalar loop would take about {scalar * args.households:.1f} s: "
        f"vectorised is {scalar * args.households / vector:.0f}× faster"
    )


if __name__ == "__main__":
    main()
