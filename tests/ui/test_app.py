"""Starting the app: no display, screenshots, the welcome flow, long work with Cancel, settings."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from leietileie.storage import Database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="only X11/Wayland systems can lack a display"
)
def test_without_a_display_main_prints_one_line_and_exits_2(tmp_path) -> None:
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    env = {k: v for k, v in os.environ.items() if k not in hidden}
    env["LEIETILEIE_HOME"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "--screenshot" in lines[0]
    assert not (tmp_path / "leietileie.db").exists()


@pytest.mark.parametrize(
    "view", ["tenants", "assessment", "plan", "screening", "cases", "settings"]
)
def test_screenshot_writes_a_png_for_each_view(qapp, tmp_path, demo_db_path, view) -> None:
    from leietileie.ui.app import screenshot

    target = tmp_path / f"{view}.png"
    assert screenshot(target, view, demo_db_path, demo=False, lang=None) == 0
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_screenshot_from_the_command_line(tmp_path, demo_db_path) -> None:
    env = dict(os.environ, LEIETILEIE_HOME=str(tmp_path))
    target = tmp_path / "cli.png"
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            str(demo_db_path),
            "--screenshot",
            str(target),
            "--view",
            "assessment",
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert target.stat().st_size > 10_000


def test_a_long_operation_can_be_cancelled(qtbot) -> None:
    from leietileie.ui.worker import run_task

    started = threading.Event()
    outcome: list[object] = []

    def work(progress):  # type: ignore[no-untyped-def]
        for step in range(1_000_000):
            started.set()
            if progress(step, 1_000_000) is False:
                raise RuntimeError("avbrutt")
            threading.Event().wait(0.001)
        return "ferdig"

    task = run_task(None, "Langt arbeid", work, outcome.append, outcome.append)
    assert started.wait(5)
    from PySide6.QtWidgets import QPushButton

    button = task.dialog.findChild(QPushButton)
    assert button.text() == "Avbryt"
    button.click()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], RuntimeError)
    assert not task.thread.isRunning()


def test_the_worker_delivers_the_result_on_the_gui_thread(qtbot) -> None:
    from PySide6.QtCore import QThread

    from leietileie.ui.worker import run_task

    seen: list[object] = []
    run_task(
        None,
        "Kort",
        lambda progress: 42,
        lambda result: seen.append((result, QThread.currentThread().isMainThread())),
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]


def test_the_welcome_flow_creates_a_demo_register(qtbot, tmp_path) -> None:
    from leietileie.ui.context import AppContext
    from leietileie.ui.dialogs.welcome_dialog import WelcomeDialog

    db = Database.open(tmp_path / "ny.db")
    ctx = AppContext(db)
    dialog = WelcomeDialog(ctx, demo_households=40)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.buttons["demo"].click()
    assert db.households.count() == 40
    assert ctx.municipality_name() != "Kommunen"
    db.close()


def test_the_import_dialog_checks_before_writing(qtbot, ctx, tmp_path) -> None:
    from leietileie.ui.dialogs.import_dialog import ImportDialog

    csv = tmp_path / "boliger.csv"
    csv.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\nX1;Gata 1;12;Sted;selveier\n"
        "X2;Gata 2;0123;Sted;slott\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("units"))
    dialog.path.setText(str(csv))
    dialog.load_columns()
    assert dialog.mapping_boxes["bolig_id"].currentData() == "bolig_id"
    count = ctx.db.units.count()
    task = dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert "eierform" in dialog.report.toPlainText()
    assert ctx.db.units.count() == count


def test_settings_refuse_an_invalid_org_number_and_keep_rate_changes(qtbot, window, ctx) -> None:
    window.show_view("settings")
    view = window.views["settings"]
    view.editors["municipality.org_no"].setText("123")
    assert not view.save()
    assert "Organisasjonsnummer" in view.message.text()
    view.editors["municipality.org_no"].setText("")
    view.editors["municipality.name"].setText("Testkommune")
    assert view.save()
    assert ctx.settings.get("municipality.name") == "Testkommune"
    assert "Testkommune" in window.windowTitle()
    panel = view.rules_panel
    panel.value.setText("4,5")
    assert panel.add_adjustment()
    assert panel.adjustments.rowCount() == 1
    assert ctx.db.settings.rule_adjustments()[0].value == pytest.approx(0.045)


def test_the_english_translation_is_built_and_loaded(qapp, ctx) -> None:
    from leietileie.ui.app import TRANSLATIONS, install_translation
    from leietileie.ui.main_window import MainWindow

    assert (TRANSLATIONS / "leietileie_en.qm").exists()
    assert install_translation(qapp, "en")
    try:
        window = MainWindow(ctx)
        assert window.nav.item(0).text() == "Tenants"
        assert (
            window.views["tenants"].actions_bar.buttons["new"].text().replace("&", "")
            == "New household"
        )
        window.close()
    finally:
        qapp.removeTranslator(qapp.property("leietileie_translator"))


def test_saving_the_settings_is_a_background_write(qtbot, window, ctx, monkeypatch) -> None:
    """Issue 15 item 4: the settings are saved through AppContext.write (a worker thread with
    its own connection and the GUI's short busy timeout), not on the window's connection."""
    calls = []
    real_write = ctx.write

    def spy(fn, title=""):
        calls.append(title)
        return real_write(fn, title)

    monkeypatch.setattr(ctx, "write", spy)
    window.show_view("settings")
    view = window.views["settings"]
    view.editors["municipality.name"].setText("Bakgrunnskommune")
    assert view.save()
    assert calls == ["Lagrer innstillingene …"]
    assert ctx.settings.get("municipality.name") == "Bakgrunnskommune"
