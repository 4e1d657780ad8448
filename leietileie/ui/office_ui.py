"""Working side by side in the office database (issue 13), the app's part.

* :func:`conflict_text`: the message when a colleague saved the household first, naming who
  and when (from the audit log, through ``services.office_link``).
* :class:`OfficeListener`: listens for a colleague's changes (PostgreSQL's LISTEN/NOTIFY) on
  a connection of its own, in a QThread that never touches a widget; a notice from another
  session refreshes the open lists (``households_changed``, coalesced). A lost connection is
  shown in the status bar, not in a dialog, and the thread tries again. Stopped on close.
* The office database's address in the app's settings (without a password), and the switch
  from one register to another.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QThread, QTimer, Signal

from ..domain.register import RegisteredHousehold
from ..errors import ConflictError
from ..services import office_link
from ..storage import Database
from . import fmt
from .context import AppContext

translate = QCoreApplication.translate

#: The app's setting holding the office database's URL (never with a password).
OFFICE_URL = "office/url"
#: How long the listener waits for notices before it looks at its stop flag (seconds).
POLL_S = 0.25
#: How long the listener waits before it tries a lost connection again (seconds).
RETRY_S = 5.0
#: Notices within this many milliseconds refresh the lists once.
COALESCE_MS = 300


# The conflict message ----------------------------------------------------------------------


def conflict_text(
    db: Database, before: RegisteredHousehold, exc: ConflictError, buttons: bool = True
) -> str:
    """«Husstanden ble endret av … kl. … (…) etter at du åpnet den.» from the household's
    latest audit entry; the storage's own message when there is none. ``buttons``: the
    message offers «Last inn på nytt» and «Avbryt» (the editor is open)."""
    change = None if before.id is None else office_link.last_change(db, before.id)
    if change is None:
        return str(exc)
    when, day = change.at.strftime("%H:%M"), fmt.day(change.at.date())
    if change.action == "deleted":
        text = translate(
            "Office", "Husstanden ble slettet av {actor} kl. {time} ({date}) etter at du åpnet den."
        )
    else:
        text = translate(
            "Office", "Husstanden ble endret av {actor} kl. {time} ({date}) etter at du åpnet den."
        )
    text = text.format(actor=change.actor, time=when, date=day)
    if not buttons:
        return (
            text
            + " "
            + translate(
                "Office", "Endringen din er ikke lagret: last inn på nytt og gjør den igjen."
            )
        )
    return (
        text
        + "\n\n"
        + translate(
            "Office",
            "Endringene dine er ikke lagret. «Last inn på nytt» henter den lagrede versjonen "
            "(endringene dine forkastes); «Avbryt» lar deg fortsette i skjemaet.",
        )
    )


# The office database's address -------------------------------------------------------------


def stored_url() -> str:
    """The office database the app opened last ('' for the local file)."""
    value = QSettings().value(OFFICE_URL, "")
    return str(value) if value else ""


def remember_url(url: str) -> None:
    """Remember the office database for the next start, always without a password."""
    QSettings().setValue(OFFICE_URL, office_link.without_password(url))


def forget_url() -> None:
    """Back to the local file on the next start."""
    QSettings().remove(OFFICE_URL)


# Listening for a colleague's changes -------------------------------------------------------


class _ListenThread(QThread):
    changed = Signal(object)  # list[office_link.Change]
    lost = Signal(str)
    back = Signal()

    def __init__(self, location: Path | str, stop: threading.Event):
        super().__init__()
        self.location = location
        self.stop = stop

    def run(self) -> None:
        listener: office_link.ChangeListener | None = None
        was_lost = False
        while not self.stop.is_set():
            try:
                if listener is None:
                    listener = office_link.ChangeListener(self.location)
                    if was_lost:
                        self.back.emit()
                        was_lost = False
                changes = listener.wait(POLL_S)
                if changes:
                    self.changed.emit(changes)
            except OSError as exc:  # Unavailable: the office database is gone for now
                if listener is not None:
                    listener.close()
                    listener = None
                if not was_lost:
                    self.lost.emit(str(exc))
                    was_lost = True
                self.stop.wait(RETRY_S)
            except Exception as exc:  # noqa: BLE001 - a listener must never take the app down
                print(f"leietileie: endringsvarsler stoppet: {exc!r}", file=sys.stderr)
                break
        if listener is not None:
            listener.close()


class OfficeListener(QObject):
    """Refreshes the open lists when a colleague changes households or cases."""

    #: a notice from another session arrived (after coalescing)
    refreshed = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.lost_message = ""
        self._stop = threading.Event()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(COALESCE_MS)
        self.timer.timeout.connect(self._refresh)
        self.thread = _ListenThread(ctx.db_path, self._stop)
        self.thread.changed.connect(self._changes)
        self.thread.lost.connect(self._lost)
        self.thread.back.connect(self._back)
        self.thread.start()

    def _changes(self, changes: list[office_link.Change]) -> None:
        if any(change.pid not in self.ctx.own_pids for change in changes):
            self.timer.start()

    def _refresh(self) -> None:
        self.ctx.households_changed.emit()
        self.refreshed.emit()

    def _lost(self, message: str) -> None:
        self.lost_message = message
        self.ctx.connection_lost.emit(message)

    def _back(self) -> None:
        self.lost_message = ""
        # the main window reconnects and reads everything again (what colleagues changed
        # meanwhile too); its old connection is dead, so no refresh on it here
        self.ctx.connection_back.emit()

    def stop(self) -> None:
        """Stop listening and wait for the thread (at most one poll, or a connection
        attempt's timeout when the server is unreachable)."""
        self._stop.set()
        self.timer.stop()
        self.thread.wait()


def start_listening(ctx: AppContext, parent: QObject | None = None) -> OfficeListener | None:
    """The listener for an office database; None for a file."""
    if not ctx.is_office:
        return None
    return OfficeListener(ctx, parent)
