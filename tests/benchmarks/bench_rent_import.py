"""Benchmark of the rent-ledger import (not collected by pytest).

    python tests/benchmarks/bench_rent_import.py [--households 100000] [--months 60]
        [--rows N] [--work DIR] [--db postgresql://user@host:port/postgres]

Makes a demo register of N households (kept in DIR with ``--work`` and reused), writes a
ledger CSV as a municipality's export would have it (Windows-1252, ``;``, decimal comma,
dd.mm.yyyy; streamed to the file, never held), then imports it into a copy of the register
and prints, each step run in a fresh process: the import (N × months rows, every month
new), a re-import of the same file (every month replaced) and a dry run, with the seconds,
rows per second and the process's peak resident memory: the anonymous part (``RssAnon``
sampled every 10 ms: what the import holds, with the interpreter and the app's modules, about
50 MB) and ``ru_maxrss`` (which also counts the register file's pages SQLite maps into memory,
up to 512 MB, and touches when it opens the register).

``--db postgresql://…/postgres`` runs the same into PostgreSQL: a database
``bench_rent_<pid>`` is created on that server for the run and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

TODAY = date(2026, 11, 25)


def kr(value: float) -> str:
    whole, _, cents = f"{value:,.2f}".partition(".")
    return whole.replace(",", " ") + ("" if cents == "00" else "," + cents)


def write_ledger(ids: list[str], path: Path, months: int, rows: int | None, seed: int = 1) -> int:
    """The ledger of ``ids`` × ``months`` (at most ``rows`` rows), written line by line."""
    rng = random.Random(seed)
    first = TODAY.year * 12 + TODAY.month - 1 - months
    written = 0
    limit = rows if rows is not None else len(ids) * months
    with path.open("w", encoding="cp1252", newline="\r\n") as out:
        out.write("husstand_id;måned;forfalt;betalt;betalt_dato\n")
        for external_id in ids:
            rent = rng.randrange(6000, 16000) + rng.choice((0, 0.5))
            for index in range(first, first + months):
                if written == limit:
                    return written
                year, month = index // 12, index % 12 + 1
                due = date(year, month, 1)
                luck = rng.random()
                written += 1
                if luck < 0.03:
                    out.write(f"{external_id};{year}-{month:02d};{kr(rent)};;\n")
                    continue
                late = luck < 0.12
                days = rng.randrange(16, 40) if late else rng.randrange(-5, 14)
                paid_on = due + timedelta(days=days)
                out.write(
                    f"{external_id};{year}-{month:02d};{kr(rent)};{kr(rent)};{paid_on:%d.%m.%Y}\n"
                )
    return written


def _status_kb(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


class AnonymousPeak(threading.Thread):
    """The peak of the process's anonymous resident memory (``RssAnon``: the heap, not the
    register file's pages that SQLite maps into memory, which ``ru_maxrss`` counts too),
    sampled every 10 ms."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = self.start_kb = _status_kb("RssAnon")
        self.running = True

    def run(self) -> None:
        while self.running:
            self.peak = max(self.peak, _status_kb("RssAnon"))
            time.sleep(0.01)

    def stop(self) -> float:
        self.running = False
        self.join()
        self.peak = max(self.peak, _status_kb("RssAnon"))
        return self.peak / 1024


def child(location: str, ledger: Path, dry_run: bool) -> None:
    """One import in this (fresh) process; prints its figures as JSON (and appends them to
    figures.jsonl beside the ledger)."""
    from leietileie.services.importing import ImportOptions, import_file
    from leietileie.storage import Database

    target: str | Path = location if "://" in location else Path(location)
    with Database.open(target) as db:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        sampler = AnonymousPeak()
        sampler.start()
        started = time.perf_counter()
        result = import_file(db, "rent", ledger, ImportOptions(dry_run=dry_run), today=TODAY)
        took = time.perf_counter() - started
        anon = sampler.stop()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert not result.problems, result.problems[:5]
        count = db.conn.execute("SELECT count(*) FROM rent_payments").fetchone()[0]
    figures = {
        "engine": "PostgreSQL" if "://" in location else "SQLite",
        "dry_run": dry_run,
        "took": took,
        "rows_per_s": result.rows / took,
        "anon_peak_mb": anon,
        "anon_before_mb": sampler.start_kb / 1024,
        "peak_mb": peak,
        "base_mb": base,
        "inserted": result.inserted,
        "updated": result.updated,
        "count": count,
    }
    with (ledger.parent / "figures.jsonl").open("a") as log:
        log.write(json.dumps(figures) + "\n")
    print(json.dumps(figures))


def run_child(location: str, ledger: Path, dry_run: bool) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", location, "--ledger", str(ledger)]
    if dry_run:
        command.append("--dry-run")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def make_register(location: str | Path, households: int) -> None:
    """The demo register, made in a child process: Linux counts a parent's resident memory at
    fork in the child's ``ru_maxrss``, so the measuring children must come from a small
    parent."""
    command = [sys.executable, __file__, "--make", str(location), "--households", str(households)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(command, check=True, env=env)


def make(location: str | Path, households: int) -> None:
    from leietileie.services.demo import create_demo
    from leietileie.storage import Database

    started = time.perf_counter()
    with Database.open(location) as db:
        create_demo(db, households=households, seed=1, today=TODAY)
        with db.transaction():  # the demo's own history: the first import then inserts all
            db.conn.execute("DELETE FROM rent_payments")
        if not isinstance(location, str):
            db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    print(f"demo register, {households} households: {time.perf_counter() - started:.1f} s")


def external_ids(location: str | Path) -> list[str]:
    from leietileie.storage import Database

    with Database.open(location) as db:
        return sorted(db.households.id_map())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--months", type=int, default=60)
    parser.add_argument("--rows", type=int, help="at most this many rows (months enough)")
    parser.add_argument("--work", type=Path)
    parser.add_argument("--db", help="postgresql://…/postgres: run it there too")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--make", help=argparse.SUPPRESS)
    parser.add_argument("--ledger", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--dry-run", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.ledger, args.dry_run)
        return
    if args.make:
        make(args.make if "://" in args.make else Path(args.make), args.households)
        return
    months = args.months
    if args.rows is not None:
        months = -(-args.rows // args.households)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-rent-"))
    work.mkdir(parents=True, exist_ok=True)
    template = work / f"register-{args.households}.db"
    if not template.exists():
        make_register(template, args.households)
    ledger = work / f"husleie-{args.households}x{months}-{args.rows or 'all'}.csv"
    if not ledger.exists():
        started = time.perf_counter()
        rows = write_ledger(external_ids(template), ledger, months, args.rows)
        print(f"ledger written: {time.perf_counter() - started:.1f} s")
    else:
        rows = sum(1 for _ in ledger.open("rb")) - 1
    print(f"ledger: {rows} rows, {ledger.stat().st_size / 1e6:.0f} MB")
    target = work / "bench.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copy(template, target)
    report("SQLite", str(target), ledger, rows)
    if args.db:
        import psycopg

        name = f"bench_rent_{os.getpid()}"
        with psycopg.connect(args.db, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        url = args.db.rpartition("/")[0] + "/" + name
        try:
            make_register(url, args.households)
            report("PostgreSQL", url, ledger, rows)
        finally:
            with psycopg.connect(args.db, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def report(engine: str, location: str, ledger: Path, rows: int) -> None:
    for label, dry_run in (("import", False), ("re-import", False), ("dry run", True)):
        f = run_child(location, ledger, dry_run)
        print(
            f"{engine} {label}: {f['took']:.1f} s, {rows / f['took']:,.0f} rows/s,"
            f" peak anonymous RSS {f['anon_peak_mb']:.0f} MB (before {f['anon_before_mb']:.0f}"
            f" MB); ru_maxrss {f['peak_mb']:.0f} MB (before {f['base_mb']:.0f} MB, with the"
            " register's memory-mapped pages);"
            f" {f['inserted']:.0f} new, {f['updated']:.0f} replaced;"
            f" rent_payments rows: {f['count']:.0f}"
        )


if __name__ == "__main__":
    main()
