"""Benchmark of the follow-up lists (issue 14; not collected by pytest).

    python tests/benchmarks/bench_followup.py [--households 100000] [--months 60]
        [--short-share 0.05] [--agreements 0.02] [--db sqlite|postgresql] [--work DIR]

Builds a register of N households with ``months`` months of rent ledger each (100 000 × 60 =
6 M rows) by bulk SQL inserts (``session.execute_many``, not the import): most households pay
in full (some late), ``--short-share`` of them have months not paid in full (an arrears
episode of one to five months: 70 % caught up later by one larger payment; of the arrears
left standing, 90 % began in the last eight months), ``--agreements`` of them a rent-to-own
agreement with monthly savings balances, and some arrears cases with actions and payment
agreements. Then prints the time of ``arrears_rows`` and ``pathway_rows`` (the goal: < 1 s
each once the ledger is loaded). ``--db postgresql`` uses a throwaway database on the server
of ``LEIETILEIE_TEST_PG`` (dropped afterwards).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from leietileie.services.followup import arrears_rows, pathway_rows  # noqa: E402
from leietileie.storage import Database  # noqa: E402

TODAY = date(2026, 11, 25)
CHUNK = 50_000


def _months(count: int) -> list[str]:
    last = TODAY.year * 12 + TODAY.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(last - count + 1, last + 1)]


def _flush(db: Database, sql: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        db.session.execute_many(sql, rows)
        rows.clear()


def build(db: Database, households: int, months: int, short_share: float, rto: float) -> None:
    rng = random.Random(1)
    stamp = "2026-11-25T08:00:00"
    month_list = _months(months)
    with db.transaction():
        _flush(
            db,
            "INSERT INTO households (id, external_id, rent_monthly, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (h, f"H{h:06d}", 6_000 + (h * 37) % 10_000, stamp, stamp)
                for h in range(1, households + 1)
            ],
        )
    ledger_sql = (
        "INSERT INTO rent_payments (household_id, month, amount_due, amount_paid, paid_on)"
        " VALUES (?, ?, ?, ?, ?)"
    )
    rows: list[tuple[object, ...]] = []
    standing: list[int] = []
    for h in range(1, households + 1):
        rent = float(6_000 + (h * 37) % 10_000)
        short = rng.random() < short_share
        if short:
            length = rng.randrange(1, 6)
            # most episodes are caught up (paid later with one larger payment); arrears left
            # standing are mostly recent (older ones end in an agreement, a notice or a move)
            catch_up = rng.random() < 0.7
            recent = not catch_up and rng.random() < 0.9
            start = months - rng.randrange(1, 9) if recent else rng.randrange(0, months)
            if not catch_up:
                standing.append(h)
        for i, month in enumerate(month_list):
            if short and start <= i < start + length:
                paid = rng.choice((0.0, rent / 2))
                rows.append((h, month, rent, paid, f"{month}-10" if paid else None))
            elif short and catch_up and i == start + length:
                rows.append((h, month, rent, rent * (1 + length), f"{month}-05"))
            else:
                day = rng.randrange(16, 28) if rng.random() < 0.08 else rng.randrange(1, 15)
                rows.append((h, month, rent, rent, f"{month}-{day:02d}"))
        if len(rows) >= CHUNK:
            with db.transaction():
                _flush(db, ledger_sql, rows)
    with db.transaction():
        _flush(db, ledger_sql, rows)
        # rent-to-own agreements with monthly savings balances
        agreements = [h for h in range(1, households + 1) if rng.random() < rto]
        _flush(
            db,
            "INSERT INTO rto_agreements (household_id, start_date, price_year0, valuation_year0,"
            " savings_year0, monthly_saving_target, option_expiry, conditions, status,"
            " created_at, created_by) VALUES (?, ?, 3000000, 3000000, 10000, 2500, ?, '',"
            " 'active', ?, 'bench')",
            [(h, "2024-01-01", "2028-12-31", stamp) for h in agreements],
        )
        savings = []
        for h in agreements:
            balance = 10_000.0
            for month in _months(34):
                balance += 2_500 * rng.choice((1.0, 1.0, 1.0, 0.5, 0.0))
                savings.append((h, f"{month}-28", balance, "import", stamp, "bench"))
        _flush(
            db,
            "INSERT INTO savings_entries (household_id, on_date, balance, source, created_at,"
            " created_by) VALUES (?, ?, ?, ?, ?, ?)",
            savings,
        )
        # an open arrears case with a reminder for the households whose arrears stand
        cases = standing
        _flush(
            db,
            "INSERT INTO arrears_cases (household_id, opened_on, created_by) VALUES (?, ?, 'b')",
            [(h, "2026-06-20") for h in cases],
        )
        _flush(
            db,
            "INSERT INTO arrears_actions (household_id, kind, on_date, note, created_at,"
            " created_by) VALUES (?, 'reminder', '2026-06-20', '', ?, 'bench')",
            [(h, stamp) for h in cases],
        )
        _flush(
            db,
            "INSERT INTO payment_agreements (household_id, start_month, monthly_amount,"
            " total_amount, status, created_on, created_by)"
            " VALUES (?, '2026-07', 1000, 6000, 'active', '2026-06-25', 'bench')",
            [(h,) for h in cases[::3]],
        )
    db.conn.execute("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--short-share", type=float, default=0.05)
    parser.add_argument("--agreements", type=float, default=0.02)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--reuse", action="store_true", help="time a register built before")
    args = parser.parse_args()
    url = None
    if args.db == "postgresql":
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        from pg_server import create_database, drop_database

        url = create_database("benchfollowup")
        location: str | Path = url
    else:
        work = args.work or Path(tempfile.mkdtemp(prefix="bench-followup-"))
        work.mkdir(parents=True, exist_ok=True)
        location = work / f"followup-{args.households}x{args.months}.db"
        if location.exists() and not args.reuse:
            location.unlink()
    try:
        with Database.open(location, actor="bench") as db:
            started = time.perf_counter()
            if (
                not args.reuse
                or url is not None
                or db.session.first("SELECT count(*) FROM households") == (0,)
            ):
                build(db, args.households, args.months, args.short_share, args.agreements)
            rows = db.session.first("SELECT count(*) FROM rent_payments")
            print(
                f"{db.engine_name}: built {args.households} households, {rows[0] if rows else 0}"
                f" ledger rows in {time.perf_counter() - started:.1f} s"
            )
            for name, run in (("arrears_rows", arrears_rows), ("pathway_rows", pathway_rows)):
                times = []
                for _ in range(3):
                    started = time.perf_counter()
                    result = run(db, TODAY)
                    times.append(time.perf_counter() - started)
                print(
                    f"{name}: {len(result)} rows, best {min(times):.3f} s, first {times[0]:.3f} s"
                )
    finally:
        if url is not None:
            drop_database(url)


if __name__ == "__main__":
    main()
