"""GUI tests: real widgets, offscreen, over a small demo register made once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from leietileie.services.demo import create_demo
from leietileie.storage import Database

DEMO_HOUSEHOLDS = 60


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "template.db"
    with Database.open(path) as db:
        create_demo(db, households=DEMO_HOUSEHOLDS, seed=3)
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
    monkeypatch.setattr(messages, "error", lambda parent, title, text: shown.append(("error", text)))
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    return shown
