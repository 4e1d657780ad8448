"""GUI tests: real widgets, offscreen, over a small demo register made once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from leietileie.services.demo import create_demo
from leietileie.storage import Database

DEMO_HOUSEHOLDS = 60


@pytest.fixture(scope="session", autouse=True)
def _bokmal_plurals(qapp):  # type: ignore[no-untyped-def]
    """The app's bokmål plural forms, as the app installs them on start."""
    from leietileie.ui.app import install_translation

    assert install_translation(qapp, "nb")


@pytest.fixture(autouse=True)
def _bokmal_after_each_test(qapp):  # type: ignore[no-untyped-def]
    """Messages render in the app's language (``domain_text.app_language``): a test that
    installs nynorsk or English must not leave it for the next test."""
    yield
    qapp.setProperty("leietileie_language", "nb")


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread():  # type: ignore[no-untyped-def]
    """As in the app (``ui.app.collect_on_the_gui_thread``): no automatic collection during a
    GUI test, so a worker thread never collects (and deletes) a widget; the test's garbage is
    collected here, on the GUI thread, afterwards."""
    import gc

    was_enabled = gc.isenabled()
    gc.disable()
    yield
    gc.collect()
    if was_enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """The app's QSettings (window size, language, backup reminder) in a fresh place per test."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


#: A modal dialog open this long in a test is one nobody will answer (seconds).
MODAL_PATIENCE_S = 5.0


@pytest.fixture(autouse=True)
def _no_forgotten_modal_dialog(qapp):  # type: ignore[no-untyped-def]
    """A modal dialog that a test did not expect would block the whole run for ever (CI has
    no one to click it). A watchdog closes any modal dialog left open for MODAL_PATIENCE_S
    and fails the test with the dialog's text. Tests that answer a dialog on purpose do so
    within milliseconds and never meet the watchdog."""
    import time

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: dict[int, float] = {}
    stuck: list[str] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            seen.clear()
            return
        first = seen.setdefault(id(dialog), time.monotonic())
        if time.monotonic() - first < MODAL_PATIENCE_S:
            return
        text = dialog.windowTitle()
        if isinstance(dialog, QMessageBox):
            text += f": {dialog.text()} {dialog.informativeText()}".rstrip()
        stuck.append(f"{type(dialog).__name__} «{text}»")
        seen.pop(id(dialog), None)
        dialog.reject()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(look)
    timer.start()
    yield
    timer.stop()
    assert not stuck, f"a modal dialog was left open and closed by the watchdog: {stuck}"


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with Database.open(path) as db:
        create_demo(db, households=DEMO_HOUSEHOLDS, seed=3)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture(scope="session")
def showcase_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo register prepared like the app's screenshots (a showcase household)."""
    from leietileie.services.showcase import prepare_showcase

    path = tmp_path_factory.mktemp("translation") / "showcase.db"
    with Database.open(path) as db:
        create_demo(db, households=60, seed=1)
        prepare_showcase(db)
    return path


@pytest.fixture
def demo_db_path(_demo_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "register.db"
    shutil.copy(_demo_template, target)
    return target


@pytest.fixture
def ctx(qapp, demo_db_path: Path):  # type: ignore[no-untyped-def]
    from leietileie.ui.context import AppContext

    db = Database.open(demo_db_path, actor="tester")
    context = AppContext(db)
    yield context
    db.close()


@pytest.fixture
def window(qtbot, ctx):  # type: ignore[no-untyped-def]
    from leietileie.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.show()
    return win


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Message boxes answered automatically; the shown messages are recorded."""
    from leietileie.ui import messages

    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        messages, "error", lambda parent, title, text: shown.append(("error", text))
    )
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(
        messages, "bug_report", lambda parent, title, text, details: shown.append(("bug", text))
    )
    return shown
