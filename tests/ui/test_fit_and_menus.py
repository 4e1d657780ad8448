"""Issue 12: the window fits a 1 280 × 720 screen in every language; the menu bar; --version."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from leietileie import __version__
from leietileie.ui.app import TRANSLATIONS
from leietileie.ui.views.registry import NAMES

ROOT = Path(__file__).resolve().parents[2]
SCREEN = QSize(1280, 720)


@pytest.fixture
def language(request, qapp):  # type: ignore[no-untyped-def]
    """Install the UI language given by the test's parameter, remove it afterwards."""
    from leietileie.ui.app import install_qt_translation, install_translation

    lang = request.param
    install_qt_translation(qapp, lang)
    if lang != "nb":  # the bokmål plural forms are installed for every test (conftest)
        assert install_translation(qapp, lang)
    yield lang
    for translator in [
        qapp.property("leietileie_translator"),
        *(qapp.property("leietileie_qt_translators") or []),
    ]:
        if translator is not None:
            qapp.removeTranslator(translator)
    qapp.setProperty("leietileie_translator", None)
    qapp.setProperty("leietileie_qt_translators", None)
    qapp.setProperty("leietileie_language", None)


@pytest.mark.parametrize("language", ["nb", "nn", "en"], indirect=True)
def test_every_view_fits_1280x720_and_the_window_never_resizes_itself(
    qtbot, qapp, ctx, language
) -> None:
    from leietileie.ui.app import _showcase_household
    from leietileie.ui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(SCREEN)
    window.show()
    household = _showcase_household(ctx)
    assert household is not None
    window.select_household(household)
    for name in (*NAMES, "assessment", "tenants"):
        window.show_view(name)
        qapp.processEvents()
        view = window.views[name]
        if name == "assessment":
            view.update_charts()  # type: ignore[attr-defined]
        area = window.stack.currentWidget()
        hint = view.minimumSizeHint()
        # the view fits the room it has at 1 280 × 720: no scrolling sideways or down
        assert hint.width() <= area.width(), (language, name, hint)
        assert hint.height() <= area.height(), (language, name, hint)
        assert window.minimumSizeHint().width() <= 1280 and window.minimumSizeHint().height() <= 720
        assert window.size() == SCREEN, (language, name, window.size())


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768)])
def test_a_screenshot_is_exactly_the_size_asked_for(qapp, tmp_path, demo_db_path, size) -> None:
    from leietileie.ui.app import screenshot

    target = tmp_path / "shot.png"
    assert screenshot(target, "assessment", demo_db_path, demo=False, lang=None, size=size) == 0
    assert QImage(str(target)).size() == size


def test_the_detail_pane_wraps_instead_of_scrolling_sideways(qtbot, qapp, window) -> None:
    tenants = window.views["tenants"]
    window.resize(SCREEN)
    tenants.table.selectRow(0)
    tenants.detail.setFixedWidth(260)
    qapp.processEvents()
    assert tenants.detail.toPlainText().strip()
    assert tenants.detail.horizontalScrollBar().maximum() == 0


def test_the_menu_bar_has_fil_rediger_brev_hjelp(window) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fil", "&Rediger", "&Brev", "&Hjelp"]
    keys = set(window.menu_actions)
    assert {
        "new",
        "import",
        "export",
        "backup",
        "restore",
        "backups",
        "data_dir",
        "quit",
        "undo",
        "redo",
        "copy",
        "letter",
        "print",
        "guide",
        "shortcuts",
        "about",
    } <= keys
    assert window.menu_actions["guide"].shortcut().toString() == "F1"
    assert window.menu_actions["copy"].shortcut().toString() == "Ctrl+C"
    assert window.menu_actions["new"].shortcut().toString() == "Ctrl+N"


def test_the_about_box_names_version_licence_rule_year_and_database(qtbot, window) -> None:
    from leietileie.ui import guide

    dialog = guide.show_about(window)
    qtbot.addWidget(dialog)
    text = dialog.label.text()
    assert __version__ in text
    assert "EUPL-1.2" in text
    assert str(window.ctx.settings.year()) in text
    assert str(window.ctx.db_path) in text


def test_the_shortcut_list_names_every_menu_shortcut(qtbot, window) -> None:
    from leietileie.ui import guide

    dialog = guide.show_shortcuts(window, window.menu_actions)
    qtbot.addWidget(dialog)
    shown = {
        (dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
        for r in range(dialog.table.rowCount())
    }
    assert ("Brukerveiledning", "F1") in shown
    assert ("Kopier", "Ctrl+C") in shown
    assert ("Lag brev", "Ctrl+B") in shown


def test_main_py_version() -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"Leie til eie {__version__}"


def test_no_command_line_flags_in_the_apps_texts() -> None:
    """What the app shows never tells the caseworker to type a command-line option."""
    sources = [
        m.findtext("source") or ""
        for m in ET.parse(TRANSLATIONS / "leietileie_en.ts").iter("message")
    ]
    assert len(sources) > 500
    assert [s for s in sources if re.search(r"(^|\s)--[a-z]", s)] == []


# Fast to open ---------------------------------------------------------------------------

START_PATH = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from leietileie.ui.app import make_app
from leietileie.storage import Database
from leietileie.ui.context import AppContext
from leietileie.ui.main_window import MainWindow

app = make_app(lang="nb")
window = MainWindow(AppContext(Database.open(Path({db!r}))))
window.show()
app.processEvents()
heavy = ("pandas", "reportlab", "xlsxwriter", "openpyxl", "PySide6.QtPdf", "PySide6.QtCharts",
         "PySide6.QtPrintSupport", "leietileie.exports", "leietileie.letters",
         "leietileie.ui.views.screening_page")
print(sorted(m for m in sys.modules if m in heavy))
print(sorted(dict.keys(window.views)))
"""


def test_the_start_path_builds_only_the_tenant_list_and_loads_no_pdf_or_export_modules(
    tmp_path, demo_db_path
) -> None:
    env = dict(os.environ, LEIETILEIE_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    code = START_PATH.format(root=str(ROOT), db=str(demo_db_path))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    loaded, built = done.stdout.strip().splitlines()[-2:]
    assert loaded == "[]"
    assert built == "['tenants']"


def test_kartlegging_loads_its_last_run_only_when_shown(qtbot, window, monkeypatch) -> None:
    from leietileie.ui.views import screening_page

    calls = []
    real = screening_page.run_info
    monkeypatch.setattr(
        screening_page, "run_info", lambda *a, **k: calls.append(a) or real(*a, **k)
    )
    window.show_view("tenants")
    assert "screening" not in dict.keys(window.views) and calls == []
    window.show_view("screening")
    assert calls
