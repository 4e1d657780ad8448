"""The app on the office database (issue 13): one smoke test through the main window on
PostgreSQL, and what only the office database has (a colleague's change refreshing the open
lists, a password never shown or stored). The other GUI tests run on SQLite.
Skips without a PostgreSQL server, like the storage tests (tests/pg_server.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from urllib.parse import urlsplit

import pytest
from PySide6.QtCore import QSettings, QTimer

from leietileie.services import office_link
from leietileie.services.demo import create_demo
from leietileie.storage import Database
from leietileie.ui.context import AppContext

ON = date(2026, 11, 25)


@pytest.fixture
def office_url():
    import pg_server

    url = pg_server.create_database("ui")
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def office_window(qtbot, office_url):
    from leietileie.ui.main_window import MainWindow

    db = office_link.open_office(office_url, actor="anne")
    create_demo(db, households=20, seed=5, today=ON)
    ctx = AppContext(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    db.close()


def test_the_main_window_works_on_the_office_database(qtbot, office_window, answers):
    window = office_window
    ctx = window.ctx
    assert ctx.is_office and isinstance(ctx.db_path, str)
    assert "Kontorets database: postgresql://" in window.status_db.text()
    # the tenant list
    tenants = window.views["tenants"]
    assert tenants.model.rowCount() == 20
    tenants.table.selectRow(0)
    hid = tenants.selected_id()
    assert hid is not None and tenants.detail.toPlainText().strip()
    # a household opened in the editor, changed and saved (a worker connection to the URL)
    actions = tenants.actions_bar

    def change_phone() -> None:
        dialog = actions.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, change_phone)
            return
        assert dialog.fields["external_id"].text()
        dialog.fields["phone"].setText("48888888")
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, change_phone)
    actions.edit_household()
    assert answers == []
    from leietileie.services.household_edits import get_household

    assert get_household(ctx.db, hid).phone == "48888888"
    # the screening page loads and screens the register
    window.show_view("screening")
    page = window.views["screening"]
    page.run_screening()
    qtbot.waitUntil(
        lambda: page.model.run_id is not None and page.run_button.isEnabled(), timeout=60_000
    )
    assert page.model.rowCount() > 0
    assert answers == []


def test_a_colleagues_change_refreshes_the_open_list(qtbot, office_window, office_url):
    window = office_window
    assert window.listener is not None
    tenants = window.views["tenants"]
    assert tenants.model.rowCount() == 20
    qtbot.wait(300)  # the listener's connection is up
    with qtbot.waitSignal(window.listener.refreshed, timeout=10_000):
        with Database.open(office_url, actor="kollega") as colleague:
            model = colleague.households.get(colleague.households.page(0, 1)[0].id)
            colleague.households.insert(replace(model, id=None, external_id="KOLLEGA-1"))
    assert tenants.model.rowCount() == 21


def test_the_apps_own_save_is_not_a_colleagues_change(qtbot, office_window):
    from leietileie.services.household_edits import get_household, save_household

    window = office_window
    ctx = window.ctx
    refreshed: list[bool] = []
    window.listener.refreshed.connect(lambda: refreshed.append(True))
    qtbot.wait(300)
    hid = window.views["tenants"].model.household_id(0)
    before = get_household(ctx.db, hid)
    ctx.write(lambda db: save_household(db, before, replace(before, phone="49999999")))
    qtbot.wait(1500)  # notices come within a poll (0.25 s) and a coalescing pause (0.3 s)
    assert refreshed == []
    assert window.listener.thread.isRunning()


def test_the_listener_stops_when_the_window_closes(qtbot, office_window):
    listener = office_window.listener
    thread = listener.thread
    assert thread.isRunning()
    office_window.close()
    assert thread.isFinished()
    assert office_window.listener is None


def test_a_typed_password_is_neither_shown_nor_stored(qtbot, office_url, answers):
    """The test server trusts the loopback address, so any password connects."""
    from leietileie.ui.dialogs.office_dialog import OfficeDialog
    from leietileie.ui.main_window import MainWindow
    from leietileie.ui.office_ui import OFFICE_URL

    parts = urlsplit(office_url)
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText(parts.hostname)
    dialog.port.setValue(parts.port)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username)
    dialog.password.setText("hemmelig")
    assert dialog.test_connection()
    assert "Databasen er tom" in dialog.status.text() and "hemmelig" not in dialog.status.text()
    dialog.connect_office()
    db = dialog.opened
    assert db is not None
    try:
        stored = str(QSettings().value(OFFICE_URL))
        assert stored == office_url  # the same address, without the password
        ctx = AppContext(db)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        texts = [window.windowTitle(), window.status_db.text(), window.status_db.toolTip()]
        assert all("hemmelig" not in t for t in texts) and "***" in window.status_db.text()
        # the worker connections reopen the same place (with the password, in memory)
        assert ctx.write(lambda worker: office_link.session_pid(worker)) in ctx.own_pids
        window.close()
    finally:
        db.close()


def test_the_start_reopens_the_office_database_remembered(qtbot, office_url):
    from leietileie.ui.app import open_start_register
    from leietileie.ui.office_ui import remember_url

    remember_url(office_url)
    db, is_new, problem = open_start_register(None)
    try:
        assert db.display_location() == office_url and is_new and problem == ""
    finally:
        db.close()


def test_the_office_database_gone_on_start_opens_the_dialog_with_the_reason(
    qtbot, office_url, monkeypatch, tmp_path
):
    """Nothing listens on the port: the dialog says so in Norwegian; «Bruk lokal fil» then
    opens the local register file and forgets the office database."""
    from leietileie import paths
    from leietileie.ui.app import open_start_register
    from leietileie.ui.dialogs.office_dialog import OfficeDialog
    from leietileie.ui.office_ui import stored_url

    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "lokal.db")
    parts = urlsplit(office_url)
    gone = f"postgresql://{parts.username}@127.0.0.1:1/{parts.path.lstrip('/')}"
    QSettings().setValue("office/url", gone)
    seen: list[str] = []

    def answer(self):  # type: ignore[no-untyped-def]
        seen.append(self.status.text())
        self._local()
        return 0

    monkeypatch.setattr(OfficeDialog, "exec", answer)
    db, _is_new, _problem = open_start_register(None)
    try:
        assert db.is_file and db.path == tmp_path / "lokal.db"
    finally:
        db.close()
    assert len(seen) == 1 and seen[0].startswith("Får ikke kontakt med kontorets database")
    assert stored_url() == ""


def test_switching_from_a_file_to_the_office_database_and_back(
    qtbot, window, office_url, monkeypatch, tmp_path
):
    """Fil → Koble til kontorets database … replaces the window with one over the office
    database; Fil → Bruk lokal fil goes back to the local register file."""
    from leietileie import paths
    from leietileie.ui.dialogs.office_dialog import OfficeDialog
    from leietileie.ui.office_ui import remember_url, stored_url

    def connect(self):  # type: ignore[no-untyped-def]
        self.opened = office_link.open_office(office_url, actor="anne")
        remember_url(office_url)
        return 1

    monkeypatch.setattr(OfficeDialog, "exec", connect)
    window.menu_actions["office"].trigger()
    office = window.successor
    qtbot.addWidget(office)
    assert not window.isVisible() and office.isVisible()
    assert office.ctx.is_office and office.listener is not None
    assert "kontorets database postgresql://" in office.windowTitle()
    monkeypatch.setattr(paths, "default_db_path", lambda: tmp_path / "lokal.db")
    office.menu_actions["local"].trigger()
    local = office.successor
    qtbot.addWidget(local)
    assert local.ctx.db.is_file and local.ctx.db_path == tmp_path / "lokal.db"
    assert office.listener is None and stored_url() == ""
    local.close()
    local.ctx.db.close()


def _terminate_sessions(url: str) -> int:
    """Every session on the test's database is cut off, as when the server restarts."""
    import pg_server
    import psycopg

    name = url.rpartition("/")[2]
    with psycopg.connect(pg_server.admin_url(), autocommit=True) as admin:
        rows = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = %s AND pid <> pg_backend_pid()",
            (name,),
        ).fetchall()
    return len(rows)


def test_the_office_database_gone_and_back(qtbot, office_window, office_url, monkeypatch):
    """The listener notices the lost connection (a status-bar message, no dialog), connects
    again, and the window gets a new connection of its own on the same view."""
    from leietileie.ui import office_ui

    monkeypatch.setattr(office_ui, "RETRY_S", 0.2)
    window = office_window
    window.show_view("cases")
    qtbot.wait(300)
    with qtbot.waitSignal(window.ctx.connection_lost, timeout=10_000) as lost:
        assert _terminate_sessions(office_url) >= 2  # the window's and the listener's
    assert lost.args[0].startswith("Får ikke kontakt med kontorets database")
    assert window.status_backup.text() == "Ingen forbindelse med kontorets database"
    qtbot.waitUntil(lambda: window.successor is not None, timeout=10_000)
    fresh = window.successor
    qtbot.addWidget(fresh)
    assert fresh.current_name() == "cases" and fresh.ctx.is_office
    assert fresh.views["tenants"].model.rowCount() == 20  # its connection works
    assert fresh.status_backup.text() == ""
    fresh.close()
    fresh.ctx.db.close()


def test_a_save_the_office_database_refuses_keeps_the_editor_open(qtbot, office_window, answers):
    """The server cannot be reached when Lagre is pressed (a real psycopg failure): the
    Norwegian message is shown, the editor stays open with what was typed."""
    window = office_window
    ctx = window.ctx
    unreachable = office_url_with_port(ctx.db_path, 1)
    ctx.open_worker_db = lambda: Database.open(unreachable, actor="anne")  # type: ignore[method-assign]
    tenants = window.views["tenants"]
    tenants.table.selectRow(1)
    actions = tenants.actions_bar
    state: dict[str, object] = {}

    def type_and_save() -> None:
        dialog = actions.dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, type_and_save)
            return
        dialog.fields["phone"].setText("46666666")
        dialog.buttons.accepted.emit()
        state["open"] = dialog.isVisible()
        state["phone"] = dialog.fields["phone"].text()
        dialog.reject()

    QTimer.singleShot(0, type_and_save)
    actions.edit_household()
    assert state == {"open": True, "phone": "46666666"}
    assert len(answers) == 1 and answers[0][0] == "error"
    assert answers[0][1].startswith("Får ikke kontakt med kontorets database")


def office_url_with_port(url: str, port: int) -> str:
    parts = urlsplit(url)
    return parts._replace(netloc=f"{parts.username}@127.0.0.1:{port}").geturl()


def test_the_first_start_offers_the_office_database(qtbot, office_url, tmp_path, monkeypatch):
    from leietileie.ui.dialogs.office_dialog import OfficeDialog
    from leietileie.ui.dialogs.welcome_dialog import WelcomeDialog

    def connect(self):  # type: ignore[no-untyped-def]
        self.opened = office_link.open_office(office_url, actor="anne")
        return 1

    monkeypatch.setattr(OfficeDialog, "exec", connect)
    local = Database.open(tmp_path / "ny.db")
    try:
        dialog = WelcomeDialog(AppContext(local))
        qtbot.addWidget(dialog)
        assert dialog.buttons["office"].text() == "Koble til kontorets database …"
        with qtbot.waitSignal(dialog.accepted, timeout=5000):
            dialog.buttons["office"].click()
        assert dialog.office_db is not None and not dialog.office_db.is_file
        dialog.office_db.close()
    finally:
        local.close()
