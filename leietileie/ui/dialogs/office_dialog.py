"""«Koble til kontorets database»: where the office's PostgreSQL database is, how to reach
it (TLS), and who connects. The password is never stored: it comes from ~/.pgpass or the
PostgreSQL service file, or is typed here and kept in memory until the app closes (or in the
system keyring when the optional ``keyring`` package is installed). The address, without a
password, is remembered so that the next start opens the office database again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import office_link
from ...services.office_link import OfficeConnection
from ...storage import Database
from ..worker import run_write

SSL_LABELS = {
    "prefer": QT_TRANSLATE_NOOP("OfficeDialog", "Kryptert når tjeneren kan (prefer)"),
    "require": QT_TRANSLATE_NOOP("OfficeDialog", "Alltid kryptert (require)"),
    "verify-full": QT_TRANSLATE_NOOP(
        "OfficeDialog", "Kryptert og tjenerens sertifikat kontrollert (verify-full)"
    ),
}


class OfficeDialog(QDialog):
    """After «Koble til», ``opened`` is the open office database (the caller works in it);
    ``use_local`` is set by «Bruk lokal fil»."""

    def __init__(
        self,
        parent: QWidget | None = None,
        location: Path | str | None = None,
        problem: str = "",
    ):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Koble til kontorets database"))
        self.opened: Database | None = None
        self.use_local = False
        start = (
            OfficeConnection.from_url(str(location))
            if location is not None and office_link.is_office_location(location)
            else OfficeConnection.from_url(_remembered())
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kontorets database er en PostgreSQL-database som alle saksbehandlerne bruker. "
                "Spør IT om vert, database og brukernavn, eller om navnet på tjenesten."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.service = self._line(form, self.tr("Tjeneste (service)"), start.service)
        self.service.setPlaceholderText(
            self.tr("navn i tjenestefilen (pg_service.conf); valgfritt")
        )
        self.host = self._line(form, self.tr("Vert"), start.host)
        self.host.setPlaceholderText(self.tr("f.eks. db.kommune.no"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(start.port)
        self.port.setGroupSeparatorShown(False)
        self.port.setAccessibleName(self.tr("Port"))
        form.addRow(self.tr("Port"), self.port)
        self.database = self._line(form, self.tr("Database"), start.database)
        self.user = self._line(form, self.tr("Brukernavn"), start.user)
        self.sslmode = QComboBox()
        for mode in office_link.SSL_MODES:
            self.sslmode.addItem(QCoreApplication.translate("OfficeDialog", SSL_LABELS[mode]), mode)
        self.sslmode.setCurrentIndex(max(0, self.sslmode.findData(start.sslmode)))
        self.sslmode.setAccessibleName(self.tr("TLS"))
        form.addRow(self.tr("TLS"), self.sslmode)
        self.ca_file = QLineEdit(start.ca_file)
        self.ca_file.setAccessibleName(self.tr("CA-fil"))
        self.ca_file.setPlaceholderText(self.tr("kontorets CA-sertifikat (for verify-full)"))
        choose = QPushButton(self.tr("Velg …"))
        choose.setAccessibleName(self.tr("Velg CA-fil"))
        choose.clicked.connect(self._choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
        form.addRow(self.tr("CA-fil"), ca_row)
        self.password = self._line(form, self.tr("Passord"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("tomt: ~/.pgpass eller tjenestefilen"))
        layout.addLayout(form)
        self.keyring = QCheckBox(self.tr("Husk passordet i systemets nøkkelring"))
        self.keyring.setVisible(office_link.keyring_available())
        layout.addWidget(self.keyring)
        note = QLabel(
            self.tr(
                "Passord lagres ikke. Et passord du skriver her, brukes bare til programmet "
                "lukkes; ellers hentes det fra ~/.pgpass eller PostgreSQL-tjenestefilen."
            )
        )
        note.setWordWrap(True)
        note.setObjectName("passwordNote")
        layout.addWidget(note)
        self.status = QLabel(problem)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Resultat"))
        self.status.setStyleSheet("color:#b00020" if problem else "")
        layout.addWidget(self.status)
        buttons = QDialogButtonBox()
        self.test_button = buttons.addButton(
            self.tr("&Test tilkoblingen"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.local_button = buttons.addButton(
            self.tr("Bruk &lokal fil"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.connect_button = buttons.addButton(
            self.tr("&Koble til"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = buttons.addButton(self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        self.test_button.clicked.connect(self.test_connection)
        self.local_button.clicked.connect(self._local)
        self.connect_button.clicked.connect(self.connect_office)
        cancel.clicked.connect(self.reject)
        self.connect_button.setDefault(True)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def _line(self, form: QFormLayout, label: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(label)
        form.addRow(label, edit)
        return edit

    def _choose_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg CA-fil"), "", self.tr("Sertifikater (*.crt *.pem);;Alle filer (*)")
        )
        if name:
            self.ca_file.setText(name)

    def connection(self) -> OfficeConnection:
        return OfficeConnection(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            service=self.service.text().strip(),
            sslmode=str(self.sslmode.currentData()),
            ca_file=self.ca_file.text().strip(),
        )

    def _say(self, text: str, problem: bool) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color:#b00020" if problem else "color:#1b5e20")

    def _url(self) -> tuple[OfficeConnection, str] | None:
        """The connection and the URL to connect with (with the typed or kept password);
        None after saying what is missing."""
        connection = self.connection()
        problems = connection.problems()
        if problems:
            self._say("\n".join(problems), True)
            return None
        password = self.password.text() or office_link.keyring_password(connection)
        return connection, connection.url(password)

    def _failed(self, exc: BaseException) -> None:
        from ..crash import message_or_raise

        text = message_or_raise(exc)
        if office_link.needs_password(exc) and not self.password.text():
            text += "\n" + self.tr("Skriv passordet i feltet Passord (det lagres ikke).")
            self.password.setFocus()
        self._say(text, True)

    def test_connection(self) -> bool:
        """Connect and tell what was found; nothing is changed in the database."""
        found = self._url()
        if found is None:
            return False
        _connection, url = found
        try:
            probe = run_write(self, self.tr("Kobler til …"), lambda: office_link.probe(url))
        except (OSError, ValueError) as exc:
            self._failed(exc)
            return False
        if probe.schema_version == 0:
            text = self.tr(
                "Tilkoblingen virker: {}. Databasen er tom; registeret settes opp når du "
                "kobler til."
            ).format(probe.shown)
        else:
            text = self.tr("Tilkoblingen virker: {}.").format(probe.shown)
        self._say(text, False)
        return True

    def connect_office(self) -> None:
        """Open the office database (set up when empty), remember its address without the
        password, and close."""
        from ..office_ui import remember_url

        found = self._url()
        if found is None:
            return
        connection, url = found
        try:
            self.opened = run_write(
                self, self.tr("Kobler til …"), lambda: office_link.open_office(url)
            )
        except (OSError, ValueError) as exc:
            self._failed(exc)
            return
        remember_url(connection.url())
        if self.keyring.isChecked() and self.password.text():
            office_link.keep_in_keyring(connection, self.password.text())
        self.accept()

    def _local(self) -> None:
        self.use_local = True
        self.reject()


def _remembered() -> str:
    from ..office_ui import stored_url

    return stored_url() or "postgresql:///"
