"""Environment errors get a Norwegian message, bugs a log file and a report dialog, and a
locked database makes the app say so quickly instead of freezing (issue 15 items 4 and 7)."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from leietileie.storage import Database
from leietileie.ui import crash

#: Another process that takes the database's write lock and keeps it (until killed).
HOLD_LOCK = (
    "import sqlite3, sys, time\n"
    "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
    "c.execute('BEGIN IMMEDIATE')\n"
    "print('locked', flush=True)\n"
    "time.sleep(60)\n"
)


@pytest.fixture
def home(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    folder = tmp_path / "home"
    monkeypatch.setenv("LEIETILEIE_HOME", str(folder))
    return folder


def test_a_bug_is_logged_owner_only_and_reported_with_the_log_path(qapp, home, answers):
    try:
        raise ZeroDivisionError("delt på null")
    except ZeroDivisionError:
        crash.excepthook(*sys.exc_info())
    (log,) = (home / "logs").glob("feil-*.log")
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: delt på null" in text and "Traceback" in text
    assert len(answers) == 1 and answers[0][0] == "bug"
    assert str(log) in answers[0][1]


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (sqlite3.OperationalError("database is locked"), "er opptatt"),
        (sqlite3.OperationalError("attempt to write a readonly database"), "skrivebeskyttet"),
        (sqlite3.DatabaseError("database disk image is malformed"), "skadet"),
        (
            OSError(errno.ENOSPC, "No space left on device", "/data/leietileie.db"),
            "ikke mer plass på disken",
        ),
    ],
)
def test_environment_errors_get_a_message_and_no_log(qapp, home, answers, exc, words):
    crash.excepthook(type(exc), exc, None)
    assert len(answers) == 1 and answers[0][0] == "error"
    assert words in answers[0][1]
    assert not (home / "logs").exists() or not list((home / "logs").iterdir())


def test_a_bug_in_a_background_task_is_reported_not_lost(qtbot, home, answers):
    from leietileie.ui.worker import run_task

    def work(progress):  # type: ignore[no-untyped-def]
        raise KeyError("mangler")

    task = run_task(None, "Test", work)
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    assert answers and answers[0][0] == "bug"
    assert len(list((home / "logs").glob("feil-*.log"))) == 1


def test_a_write_while_another_process_holds_the_lock_says_busy_quickly(
    qtbot, window, ctx, demo_db_path, answers
):
    """Another process (another caseworker's app) holds the write lock: saving shows the
    Norwegian busy message within the short timeout, nothing is written, and the window keeps
    handling events while it waits (the write runs in a worker thread)."""
    import threading

    from PySide6.QtCore import QTimer

    from leietileie.services import household_edits
    from leietileie.ui.context import GUI_BUSY_TIMEOUT_S

    before = ctx.db.households.get(ctx.db.households.page(offset=2, limit=1)[0].id)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(100)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    writers: list[str] = []
    real_save = household_edits.save_household

    def spy(db, old, new):  # type: ignore[no-untyped-def]
        writers.append(threading.current_thread().name)
        return real_save(db, old, new)

    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(demo_db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == "locked"
        household_edits.save_household = spy  # type: ignore[assignment]
        timer.start()
        started = time.monotonic()
        saved = window.views["tenants"].actions_bar.store_edit(
            before, replace(before, phone="46666666")
        )
        waited = time.monotonic() - started
    finally:
        timer.stop()
        household_edits.save_household = real_save  # type: ignore[assignment]
        other.kill()
        other.wait()
    assert not saved
    assert GUI_BUSY_TIMEOUT_S - 0.5 < waited < GUI_BUSY_TIMEOUT_S + 2  # not the 10 s default
    assert len(ticks) >= 5  # the GUI thread kept running its event loop while the write waited
    assert writers and writers[0] != threading.main_thread().name
    assert len(answers) == 1 and answers[0][0] == "error"
    assert "er opptatt" in answers[0][1] and "prøv igjen" in answers[0][1]
    assert ctx.db.households.get(before.id).phone == before.phone


def test_the_gui_connection_is_given_a_short_busy_timeout(qapp, tmp_path, monkeypatch):
    """app.run sets the short timeout on the connection it opens (not the 10 s default)."""
    from leietileie.ui import app

    opened: list[Database] = []
    real_open = app.open_register

    def spy(path):  # type: ignore[no-untyped-def]
        db, is_new, problem = real_open(path)
        opened.append(db)
        return db, False, problem

    monkeypatch.setattr(app, "open_register", spy)
    monkeypatch.setattr(app, "report_backup_state", lambda window, problem: None)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.run(tmp_path / "reg.db", demo=False, lang="nb") == 0
    assert opened[0].busy_timeout_ms == app.GUI_BUSY_TIMEOUT_S * 1000
    assert sys.excepthook is crash.excepthook
    for widget in qapp.topLevelWidgets():
        widget.close()
    opened[0].close()


def test_a_database_that_cannot_be_opened_is_a_message_not_a_traceback(
    qapp, tmp_path, monkeypatch, answers
):
    from leietileie.ui import app

    bad = tmp_path / "skadet.db"
    bad.write_bytes(b"dette er ikke en database" * 100)
    os.chmod(bad, 0o600)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app, "auto_backup", lambda path: None)
    assert app.run(bad, demo=False, lang="nb") == 1
    assert len(answers) == 1 and answers[0][0] == "error" and "skadet" in answers[0][1]
