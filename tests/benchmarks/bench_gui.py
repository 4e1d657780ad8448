"""Desktop app figures with a 100 000-household register (a script, not a test).

    python tests/benchmarks/bench_gui.py [--db /tmp/bench100k.db] [--households 100000] [--runs 3]

Prints, side by side in one run: start → tenant list shown for the app and for a bare PySide6
window with a table (each a fresh process, timed from spawn to the list painted; median of
``--runs``), and their ratio (target ≤ 2.5). Then, in this process: one search keystroke →
filtered list (< 100 ms, without the 150 ms typing pause), one input change → updated
assessment (< 50 ms), and resident memory (< 500 MB). The demo register is created once and
reused. The app's child runs the real start path (main.py's arguments, ``ui.app.start``):
the automatic backup it starts runs in a worker behind the shown window, so it is part of
the run but not of what the caseworker waits for.

Both children may cache compiled bytecode (an installed app has its .pyc files; the cache goes
to a temporary directory, not the source tree) and each is run once before the timed runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LEIETILEIE_HOME", tempfile.mkdtemp(prefix="bench-gui-"))
sys.path.insert(0, str(ROOT))

#: A bare PySide6 window with a table of 100 000 rows (the yardstick).
BARE = """
import sys
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

class Model(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 100_000
    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 10
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return f"{index.row()}:{index.column()}" if role == Qt.ItemDataRole.DisplayRole else None

app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(Model())
window.setCentralWidget(table)
window.resize(1280, 720)
window.show()
app.processEvents()
table.viewport().repaint()
print("shown", table.model().rowCount(), flush=True)
"""

#: The app's real start path, what ``python main.py --db FILE`` does (main.parse_args →
#: ui.app.start: translations, the register opened, the window shown, the automatic backup
#: started in its worker), up to the tenant list painted.
APP = """
import sys
sys.path.insert(0, {root!r})
import main
args = main.parse_args(["--db", {db!r}, "--lang", "nb"])
from leietileie.ui.app import start
app, window, backup = start(args.db, args.demo, args.lang)
app.processEvents()
tenants = window.views["tenants"]
tenants.table.viewport().repaint()
print("shown", tenants.model.rowCount(), flush=True)
if backup is not None:
    backup.wait()  # not timed: the list is on screen; the copy finishes behind it
    print("backup", backup.problem or "ok", flush=True)
"""


CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
CHILD_ENV["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="bench-gui-pyc-")


def start_to_list(code: str) -> tuple[float, int]:
    """Seconds from spawning a Python process running ``code`` to its «shown» line."""
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=CHILD_ENV
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    rest = child.stdout.read()
    child.wait(timeout=120)
    if not line.startswith("shown"):
        raise SystemExit(f"the child did not show its list (exit {child.returncode})")
    for later in rest.splitlines():
        if later.startswith("backup") and later != "backup ok":
            print(f"  the automatic backup failed: {later}", flush=True)
    _drop_backups()
    return elapsed, int(line.split()[1])


def _drop_backups() -> None:
    """The app's automatic backups of the benchmark register (a copy per start): removed, so
    that the runs do not fill the disk."""
    folder = Path(os.environ["LEIETILEIE_HOME"]) / "backups"
    for copy in folder.glob("leietileie-*.db"):
        copy.unlink()


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def ensure_register(path: Path, households: int) -> None:
    if path.exists():
        return
    from leietileie.services.demo import create_demo
    from leietileie.storage import Database

    with Database.open(path) as db:
        if db.households.count() < households:
            print(f"creating a {households} household demo register in {path} (once) …", flush=True)
            t = time.perf_counter()
            create_demo(db, households=households, seed=1)
            print(f"  done in {time.perf_counter() - t:.0f} s", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.db"))
    parser.add_argument("--households", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    ensure_register(args.db, args.households)

    app_code = APP.format(root=str(ROOT), db=str(args.db))
    start_to_list(BARE), start_to_list(app_code)  # warm-up: bytecode cache, file cache
    bare_times, app_times, count = [], [], 0
    for _ in range(args.runs):  # interleaved, so both see the same machine load
        bare_times.append(start_to_list(BARE)[0])
        elapsed, count = start_to_list(app_code)
        app_times.append(elapsed)
    bare, app_start = statistics.median(bare_times), statistics.median(app_times)
    print(f"households in register:            {count:>9,}".replace(",", " "))
    print(f"bare PySide6 window with a table:   {bare * 1000:8.0f} ms  (median of {args.runs})")
    print(
        f"start → tenant list shown:          {app_start * 1000:8.0f} ms  (median of {args.runs})"
    )
    print(f"ratio app / bare window:            {app_start / bare:8.2f}    (target ≤ 2.5)")

    from PySide6.QtWidgets import QApplication

    from leietileie.storage import Database
    from leietileie.ui.app import make_app
    from leietileie.ui.context import AppContext
    from leietileie.ui.main_window import MainWindow

    app = make_app(lang="nb")
    ctx = AppContext(Database.open(args.db))
    window = MainWindow(ctx)
    window.resize(1280, 720)
    window.show()
    tenants = window.views["tenants"]
    QApplication.processEvents()

    times = []
    for word in ("hans", "berg", "veien 1", "D0001", "0101"):
        tenants.search.setText(word[:-1])
        tenants.apply_query()
        tenants.search.setText(word)
        t = time.perf_counter()
        tenants.apply_query()  # what the 150 ms typing pause triggers
        tenants.table.viewport().repaint()
        QApplication.processEvents()
        times.append(time.perf_counter() - t)
    print(
        f"search keystroke → filtered list:   {statistics.median(times) * 1000:8.1f} ms median, "
        f"{max(times) * 1000:.1f} ms worst  (target < 100; plus the 150 ms typing pause)"
    )
    tenants.search.clear()
    tenants.apply_query()

    window.show_view("assessment")
    assessment = window.views["assessment"]
    QApplication.processEvents()
    times = []
    for term in (31, 32, 33, 34, 35, 36, 37, 38, 39, 40) * 3:
        t = time.perf_counter()
        assessment.inputs.term.setValue(term)  # recomputes and updates the figures
        assessment.results.repaint()
        times.append(time.perf_counter() - t)
    print(
        f"input change → updated assessment:  {statistics.median(times) * 1000:8.1f} ms median, "
        f"{max(times) * 1000:.1f} ms worst  (target < 50; charts follow after 120 ms)"
    )
    t = time.perf_counter()
    assessment.update_charts()
    QApplication.processEvents()
    print(f"charts and schedule redrawn:        {(time.perf_counter() - t) * 1000:8.1f} ms")
    print(f"resident memory:                    {rss_mb():8.0f} MB  (target < 500)")
    window.close()
    app.quit()


if __name__ == "__main__":
    main()
