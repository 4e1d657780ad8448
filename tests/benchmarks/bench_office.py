"""Benchmark of the office database (issue 13; not collected by pytest).

    python tests/benchmarks/bench_office.py [--households 100000] [--work DIR]
        [--pg postgresql://postgres@127.0.0.1:PORT/postgres] [--workers 10] [--seconds 60]
        [--only import|screen|workers]

Measures, in the same run and on the same machine:
1. importing the same tenant file (CSV) into a SQLite file and into a PostgreSQL database
   (target: PostgreSQL at most 2 x SQLite);
2. screening the register from each (target: PostgreSQL at most 1.5 x SQLite);
3. ``--workers`` caseworker processes on the PostgreSQL register for ``--seconds``: each
   opens the register and loops over edit (load, change, save with its version), page of 100
   sorted by name, search, and (worker 0 every 15 s) a screening run, with a think time of
   20 ms between actions; then checks that every edit a worker reported is in the database
   (versions and audit entries) and none was lost. Prints the page-of-100 p95 (target < 100 ms).

Without ``--pg`` a throwaway cluster is started (tests/pg_server.py). With ``--work DIR`` the
demo register and import files are made once in DIR and reused.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))

import bench_register as br  # noqa: E402
import pg_server  # noqa: E402

from leietileie.errors import ConflictError  # noqa: E402
from leietileie.services.demo import create_demo  # noqa: E402
from leietileie.services.import_columns import TENANT_COLUMNS, UNIT_COLUMNS  # noqa: E402
from leietileie.services.importing import import_file  # noqa: E402
from leietileie.services.screening import ScreeningOptions, screen_register  # noqa: E402
from leietileie.services.settings import Settings  # noqa: E402
from leietileie.storage import Database  # noqa: E402

ON = date(2026, 11, 25)


def make_files(work: Path, n: int) -> None:
    if (work / "tenants.csv").exists():
        print("  (reusing the import files made before)")
        return
    demo = work / "demo.db"
    for stale in work.glob("demo.db*"):
        stale.unlink()
    with Database.open(demo) as db:
        br.timed(f"create demo register ({n} households)", create_demo, db, n, 1)
        br.write_csv(work / "units.csv", [c.name for c in UNIT_COLUMNS], br.unit_rows(db))
        br.write_csv(work / "tenants.csv", [c.name for c in TENANT_COLUMNS], br.tenant_rows(db, n))


def import_both(work: Path, pg_url: str, n: int) -> dict[str, float]:
    took: dict[str, float] = {}
    for name, target in (("sqlite", work / "office-sqlite.db"), ("postgresql", pg_url)):
        if isinstance(target, Path):
            for stale in work.glob(target.name + "*"):
                stale.unlink()
        with Database.open(target) as db:
            import_file(db, "units", work / "units.csv")
            start = time.perf_counter()
            result = import_file(db, "tenants", work / "tenants.csv")
            took[name] = time.perf_counter() - start
            assert result.committed and not result.problems, result.problems[:5]
        print(f"import {n} households from CSV into {name:<10} {took[name]:8.2f} s", flush=True)
    ratio = took["postgresql"] / took["sqlite"]
    print(f"  PostgreSQL / SQLite: {ratio:.2f} x (target <= 2 x)")
    return took


def screen_both(work: Path, pg_url: str) -> None:
    took: dict[str, float] = {}
    for name, target in (("sqlite", work / "office-sqlite.db"), ("postgresql", pg_url)):
        with Database.open(target) as db:
            options = ScreeningOptions.from_settings(Settings(db), on=ON, year=2026)
            best = float("inf")
            for _ in range(3):
                start = time.perf_counter()
                outcome = screen_register(db, options)
                best = min(best, time.perf_counter() - start)
            took[name] = best
            parts = ", ".join(f"{k} {v:.2f} s" for k, v in outcome.timings.items())
        print(f"screening {len(outcome.ids)} households on {name:<10} {best:6.2f} s ({parts})")
    ratio = took["postgresql"] / took["sqlite"]
    print(f"  PostgreSQL / SQLite: {ratio:.2f} x (target <= 1.5 x)")


def worker(index: int, url: str, seconds: float, households: int, out: mp.Queue) -> None:  # type: ignore[type-arg]
    rng = random.Random(index)
    edits = conflicts = errors = screens = 0
    pages: list[float] = []
    searches: list[float] = []
    edited: dict[int, int] = {}
    with Database.open(url, actor=f"saksbehandler{index}") as db:
        db.set_busy_timeout(10)
        options = ScreeningOptions.from_settings(Settings(db), on=ON, year=2026)
        deadline = time.monotonic() + seconds
        next_screen = time.monotonic() + 5
        while time.monotonic() < deadline:
            action = rng.random()
            try:
                if index == 0 and time.monotonic() >= next_screen:
                    screen_register(db, options)
                    screens += 1
                    next_screen = time.monotonic() + 15
                elif action < 0.4:
                    hid = rng.randint(1, min(households, 2_000))  # a hot set: real conflicts
                    household = db.households.get(hid)
                    if household is not None:
                        try:
                            db.households.save(replace(household, savings=household.savings + 1))
                            edits += 1
                            edited[hid] = edited.get(hid, 0) + 1
                        except ConflictError:
                            conflicts += 1
                elif action < 0.8:
                    offset = rng.randint(0, max(0, households - 100))
                    start = time.perf_counter()
                    db.households.page(offset=offset, limit=100, sort_key="name")
                    pages.append(time.perf_counter() - start)
                else:
                    term = rng.choice(("hansen", "olsen", "berg", "ødegård", "9990", "zzz"))
                    start = time.perf_counter()
                    db.households.page(limit=100, search=term)
                    searches.append(time.perf_counter() - start)
            except Exception as exc:  # noqa: BLE001 - counted and reported
                errors += 1
                print(f"worker {index}: {type(exc).__name__}: {exc}", file=sys.stderr)
            time.sleep(0.02)
    out.put(
        json.dumps(
            {
                "edits": edits,
                "conflicts": conflicts,
                "errors": errors,
                "screens": screens,
                "pages": pages,
                "searches": searches,
                "edited": edited,
            }
        )
    )


def workers(url: str, count: int, seconds: float, households: int) -> None:
    with Database.open(url) as db:
        before = dict(db.session.all("SELECT id, version FROM households WHERE id <= 2000"))
        audit_before = db.session.scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'household' AND action = 'changed'"
        )
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    procs = [
        ctx.Process(target=worker, args=(i, url, seconds, households, queue)) for i in range(count)
    ]
    for p in procs:
        p.start()
    results = [json.loads(queue.get(timeout=seconds + 300)) for _ in procs]
    for p in procs:
        p.join()
    edits = sum(r["edits"] for r in results)
    edited: dict[int, int] = {}
    for r in results:
        for hid, n in r["edited"].items():
            edited[int(hid)] = edited.get(int(hid), 0) + n
    with Database.open(url) as db:
        after = dict(db.session.all("SELECT id, version FROM households WHERE id <= 2000"))
        audit_after = db.session.scalar(
            "SELECT count(*) FROM audit_log WHERE entity = 'household' AND action = 'changed'"
        )
        chain = db.audit.count()
    found = sum(after[h] - before[h] for h in after)
    lost = sum(1 for h, n in edited.items() if after[h] - before[h] != n)
    pages = sorted(t for r in results for t in r["pages"])
    searches = sorted(t for r in results for t in r["searches"])
    p95 = pages[int(0.95 * (len(pages) - 1))] * 1000 if pages else float("nan")
    s95 = searches[int(0.95 * (len(searches) - 1))] * 1000 if searches else float("nan")
    print(f"{count} caseworker processes for {seconds:.0f} s on PostgreSQL:")
    print(
        f"  edits made {edits}, found in the database {found} (versions),"
        f" {audit_after - audit_before} (audit entries); households with a lost update: {lost}"
    )
    print(
        f"  conflicts reported to the caseworker {sum(r['conflicts'] for r in results)},"
        f" errors {sum(r['errors'] for r in results)},"
        f" screening runs {sum(r['screens'] for r in results)}, audit log {chain} entries"
    )
    print(
        f"  page of 100 sorted by name: {len(pages)} pages, median"
        f" {statistics.median(pages) * 1000:.1f} ms, p95 {p95:.1f} ms (target < 100 ms)"
    )
    print(f"  search page: {len(searches)} searches, p95 {s95:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--pg", default=None, help="a PostgreSQL server's maintenance URL")
    parser.add_argument("--workers", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--only", choices=("import", "screen", "workers"), default=None)
    args = parser.parse_args()
    if args.pg:
        import os

        os.environ[pg_server.ENV_URL] = args.pg
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-office-"))
    work.mkdir(parents=True, exist_ok=True)
    n = args.households
    print(f"{n} households, working in {work}")
    make_files(work, n)
    marker = work / "office-pg-url.txt"
    if args.only in (None, "import") or not marker.exists():
        url = pg_server.create_database("bench_office")
        import_both(work, url, n)
        marker.write_text(url)
    url = marker.read_text().strip()
    if args.only in (None, "screen"):
        screen_both(work, url)
    if args.only in (None, "workers"):
        workers(url, args.workers, args.seconds, n)


if __name__ == "__main__":
    main()
