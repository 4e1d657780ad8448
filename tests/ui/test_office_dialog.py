"""«Koble til kontorets database» (issue 13) without a server: the menu, the fields, what is
missing, a remembered address; the password field is never filled in from anywhere."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from leietileie.ui.dialogs.office_dialog import OfficeDialog


def test_the_file_menu_opens_the_connection_dialog(window, monkeypatch):
    seen: dict[str, object] = {}

    def look(self):  # type: ignore[no-untyped-def]
        seen["title"] = self.windowTitle()
        seen["echo"] = self.password.echoMode()
        seen["note"] = self.findChild(type(self.status), "passwordNote").text()
        return 0

    monkeypatch.setattr(OfficeDialog, "exec", look)
    action = window.menu_actions["office"]
    assert action.text() == "&Koble til kontorets database …"
    assert window.menu_actions["local"].text() == "Bruk &lokal fil"
    action.trigger()
    assert seen["title"] == "Koble til kontorets database"
    assert seen["echo"] == QLineEdit.EchoMode.Password
    assert str(seen["note"]).startswith("Passord lagres ikke.")
    assert window.ctx.is_office is False  # cancelled: the file stays open


def test_missing_fields_are_named_and_nothing_is_opened(qtbot):
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    dialog.connect_office()
    assert dialog.opened is None
    lines = dialog.status.text().split("\n")
    assert [line.split(":")[0] for line in lines] == ["Vert", "Database"]


def test_verify_full_without_a_ca_file_is_refused_before_connecting(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.postgresql/root.crt
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    dialog.host.setText("db.kommune.no")
    dialog.database.setText("leie")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    assert dialog.connection().url() == "postgresql://db.kommune.no/leie?sslmode=verify-full"
    assert not dialog.test_connection()
    assert dialog.status.text().startswith("TLS: verify-full krever kontorets CA-sertifikat")


def test_the_dialog_fills_in_the_remembered_address_but_never_a_password(qtbot):
    QSettings().setValue("office/url", "postgresql://anne@db.kommune.no:6543/leie?sslmode=require")
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text()) == (
        "db.kommune.no",
        6543,
        "leie",
    )
    assert dialog.user.text() == "anne" and dialog.sslmode.currentData() == "require"
    assert dialog.password.text() == ""


def test_use_local_file_from_the_dialog(window, monkeypatch):
    def choose_local(self):  # type: ignore[no-untyped-def]
        self.local_button.click()
        return 0

    monkeypatch.setattr(OfficeDialog, "exec", choose_local)
    shown: list[str] = []
    monkeypatch.setattr(window.statusBar(), "showMessage", lambda text, ms=0: shown.append(text))
    window.menu_actions["office"].trigger()
    assert shown == ["Du bruker allerede en lokal fil."]  # a file already: nothing to switch


def test_a_file_register_shows_its_file_name(window, demo_db_path):
    assert window.status_db.text() == f"Database: {demo_db_path.name}"
    assert window.status_db.toolTip() == str(demo_db_path)
    assert window.listener is None  # no change notices for a file


def test_a_password_kept_in_the_system_keyring_is_used_when_none_is_typed(qtbot, monkeypatch):
    import sys

    class Ring:
        def get_password(self, service: str, name: str) -> str | None:
            return "fra-nøkkelringen" if name == "postgresql://anne@db/leie" else None

    monkeypatch.setitem(sys.modules, "keyring", Ring())
    dialog = OfficeDialog()
    qtbot.addWidget(dialog)
    assert dialog.keyring.isVisibleTo(dialog)
    dialog.host.setText("db")
    dialog.database.setText("leie")
    dialog.user.setText("anne")
    found = dialog._url()
    assert found is not None and found[1] == "postgresql://anne:fra-n%C3%B8kkelringen@db/leie"
    dialog.password.setText("skrevet")
    assert dialog._url()[1] == "postgresql://anne:skrevet@db/leie"


def test_the_first_start_offers_the_office_database_for_a_new_file(qtbot, ctx):
    from leietileie.ui.dialogs.welcome_dialog import WelcomeDialog

    dialog = WelcomeDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.buttons["office"].isVisibleTo(dialog)
    assert dialog.office_db is None
