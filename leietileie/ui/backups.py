"""Sikkerhetskopi in the app: make one, restore one, show where they are, remind the caseworker.

A backup the caseworker saves somewhere else than the automatic backup folder (a network drive,
a USB stick) counts as "copied elsewhere"; when none has been for a month, the status bar says so.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import paths
from ..errors import InputError
from ..services import backup_record
from . import fmt, messages
from .domain_text import translate as domain_tr

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from .main_window import MainWindow

REMIND_AFTER = timedelta(days=30)
LAST_COPIED = "backup/last_copied"
FIRST_USE = "backup/first_use"


def _stored_day(key: str) -> date | None:
    value = QSettings().value(key)
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def last_copied() -> date | None:
    """The last day a backup was saved elsewhere: recorded by every backup, the app's and
    ``leietileie backup``'s (services.backup_record); older releases kept it in QSettings."""
    days = [day for day in (backup_record.last_copied(), _stored_day(LAST_COPIED)) if day]
    return max(days) if days else None


def reminder(today: date | None = None) -> str:
    """The reminder text when no backup was copied elsewhere for a month ('' otherwise)."""
    today = today or date.today()
    last = last_copied()
    since = last or _stored_day(FIRST_USE)
    if since is None:
        QSettings().setValue(FIRST_USE, today.isoformat())
        return ""
    if today - since <= REMIND_AFTER:
        return ""
    if last is None:
        return translate(
            "Backups",
            "Ingen sikkerhetskopi er lagret utenfor denne maskinen. Velg Fil → Sikkerhetskopi.",
        )
    return translate(
        "Backups", "Siste sikkerhetskopi lagret et annet sted: {}. Ta en ny (Fil → Sikkerhetskopi)."
    ).format(fmt.day(last))


def failure_text(exc: BaseException) -> str:
    """Why a backup or a restore failed, in the app's words (a damaged register is restored
    through the menu, not with a command)."""
    from .crash import environment_message

    return environment_message(exc) or domain_tr(str(exc))


def choose_backup_target(parent: QWidget) -> Path | None:
    """Where to save a backup (tests replace this)."""
    suggested = str(Path.home() / f"leietileie-sikkerhetskopi-{date.today():%Y%m%d}.db")
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Backups", "Lagre sikkerhetskopi"),
        suggested,
        translate("Backups", "Database (*.db)"),
    )
    return Path(name) if name else None


def choose_backup_source(parent: QWidget) -> Path | None:
    """Which backup to restore (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Backups", "Gjenopprett fra sikkerhetskopi"),
        str(paths.backup_dir()),
        translate("Backups", "Database (*.db)"),
    )
    return Path(name) if name else None


def office_backup_note(window: MainWindow) -> bool:
    """The office database is backed up on its server, not copied from the app: say so
    (True) instead of treating its address as a file."""
    if not window.ctx.is_office:
        return False
    messages.info(
        window,
        translate("Backups", "Sikkerhetskopi"),
        translate(
            "Backups",
            "Kontorets database sikkerhetskopieres på databasetjeneren; spør IT. "
            "Sikkerhetskopi og gjenoppretting her gjelder bare en lokal registerfil.",
        ),
    )
    return True


def make_backup(window: MainWindow, target: Path | None = None) -> Path | None:
    from ..services.register import backup

    if office_backup_note(window):
        return None
    target = target or choose_backup_target(window)
    if target is None:
        return None
    if target.suffix == "":
        target = target.with_suffix(".db")
    try:
        written = backup(window.ctx.db_path, target)
    except (OSError, InputError) as exc:
        messages.error(
            window,
            translate("Backups", "Sikkerhetskopi"),
            translate("Backups", "Sikkerhetskopien kunne ikke lagres: {}").format(
                failure_text(exc)
            ),
        )
        return None
    window.show_backup_problem(reminder())  # the backup recorded itself (services.backup_record)
    messages.info(
        window,
        translate("Backups", "Sikkerhetskopi"),
        translate("Backups", "Sikkerhetskopien er lagret i {}").format(written),
    )
    return written


def restore_backup(window: MainWindow, source: Path | None = None) -> bool:
    """Restore a backup over the open register; the program closes afterwards (to reopen it)."""
    from ..services.register import restore

    if office_backup_note(window):
        return False
    source = source or choose_backup_source(window)
    if source is None:
        return False
    question = translate(
        "Backups",
        "Erstatte registeret med sikkerhetskopien {}? Dagens database tas vare på først, "
        "og programmet lukkes etterpå.",
    ).format(source.name)
    if not messages.confirm(window, translate("Backups", "Gjenopprett"), question):
        return False
    db_path = window.ctx.db_path
    window.ctx.db.close()
    try:
        kept = restore(source, db_path)
    except (OSError, InputError) as exc:
        messages.error(
            window,
            translate("Backups", "Gjenoppretting feilet"),
            failure_text(exc)
            + "\n\n"
            + translate("Backups", "Registeret er uendret. Programmet lukkes; start det på nytt."),
        )
        window.close()
        return False
    text = translate("Backups", "Registeret er gjenopprettet fra {}.").format(source.name)
    if kept is not None:
        text += " " + translate("Backups", "Den forrige databasen er tatt vare på i {}.").format(
            kept
        )
    messages.info(
        window,
        translate("Backups", "Gjenopprett"),
        text + "\n\n" + translate("Backups", "Programmet lukkes nå; start det på nytt."),
    )
    window.close()
    return True


def backup_list(directory: Path | None = None) -> list[Path]:
    folder = directory or paths.backup_dir()
    return sorted(folder.glob("*.db"), reverse=True)


def show_backups(window: MainWindow) -> str:
    folder = paths.backup_dir()
    found = backup_list(folder)
    lines = [
        translate("Backups", "Automatiske sikkerhetskopier (ved hver oppstart): {}").format(folder)
    ]
    if found:
        lines.append(translate("Backups", "Nyeste: {}").format(found[0].name))
    last = last_copied()
    lines.append(
        translate("Backups", "Sist lagret et annet sted: {}").format(fmt.day(last))
        if last
        else translate("Backups", "Ingen sikkerhetskopi er lagret et annet sted ennå.")
    )
    text = "\n".join(lines)
    messages.info(window, translate("Backups", "Sikkerhetskopier"), text)
    return text


def open_folder(window: QWidget, folder: Path) -> bool:
    """Open ``folder`` in the file manager; say so when that is not possible."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    messages.info(
        window,
        translate("Backups", "Mappe"),
        translate(
            "Backups", "Fant ikke et program som kan vise mappen. Den ligger her:\n{}"
        ).format(folder),
    )
    return False


def open_data_dir(window: QWidget) -> bool:
    return open_folder(window, paths.data_dir())
