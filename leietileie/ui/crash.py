"""Two kinds of failure, two ways to report them (qutebrowser's misc/sql.py does the same).

* **The environment's fault** – a locked, read-only, full or damaged database, a folder that
  is gone, a disk that is full: :func:`environment_message` turns it into one Norwegian
  sentence the caseworker (or IT) can act on, shown in an ordinary error dialog.
* **A bug** – anything else: :func:`install_excepthook` writes the traceback to a log file in
  the user's data folder (owner-only, 0600) and shows a report dialog that says where the log
  is. The app keeps running; nothing crashes to the desktop.

Exceptions raised in a Qt slot end up in ``sys.excepthook``; exceptions in a background task
come back through ``worker.run_task``'s default error handler, which calls :func:`handle`.
"""

from __future__ import annotations

import errno
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from .. import paths
from ..errors import ConflictError, InputError
from ..os_messages import os_error_nb
from ..storage import DRIVER_ERRORS
from ..storage import environment_message as storage_environment_message
from ..storage.errors import CORRUPT_CLI_HINT, DatabaseUnavailable
from .domain_text import problem_texts

# errno values that are the environment's, not ours
_ENVIRONMENT_ERRNOS = {
    errno.ENOSPC,
    errno.EROFS,
    errno.EACCES,
    errno.EPERM,
    errno.EIO,
    errno.ENOENT,
    errno.EBUSY,
    getattr(errno, "EDQUOT", errno.ENOSPC),
}


def environment_message(exc: BaseException) -> str | None:
    """A sentence when ``exc`` is the environment's fault (None for a bug); a refusal's
    messages in the app's language, worded for the app (no command-line commands)."""
    if isinstance(exc, InputError):
        return app_wording("\n".join(problem_texts(exc)))
    if isinstance(exc, ConflictError | DatabaseUnavailable):
        return app_wording(str(exc))
    if isinstance(exc, DRIVER_ERRORS):  # storage tells the environment from a bug
        message = storage_environment_message(exc)
        return None if message is None else app_wording(message)
    if isinstance(exc, OSError) and exc.errno in _ENVIRONMENT_ERRNOS:
        return os_error_nb(exc)
    return None


#: storage/schema/runner.py's refusal of a register from a newer release (command-line words).
_TOO_NEW = re.compile(
    r"Databasen (?P<path>.+) har skjemaversjon (?P<found>\d+), men denne versjonen av"
    r" leietileie kjenner bare versjon (?P<known>\d+) \(ukjent: (?P<unknown>[^)]*)\)\."
    r" Oppdater leietileie før du åpner denne databasen; ingenting er endret\."
)


def app_wording(text: str) -> str:
    """A storage sentence written for the command line, told the app's way: the menu to use
    instead of a ``leietileie`` command (the command line keeps its own wording)."""
    text = text.replace(
        CORRUPT_CLI_HINT,
        " "
        + QCoreApplication.translate(
            "Crash",
            "Gjenopprett den fra en sikkerhetskopi: Fil → Sikkerhetskopi og gjenoppretting →"
            " Gjenopprett fra sikkerhetskopi.",
        ),
    )
    return _TOO_NEW.sub(
        lambda found: QCoreApplication.translate(
            "Crash",
            "Databasen {} er laget av en nyere versjon av programmet (skjemaversjon {}; denne"
            " versjonen kjenner bare versjon {}). Oppdater Leie til eie før du åpner denne"
            " databasen; ingenting er endret.",
        ).format(found["path"], found["found"], found["known"]),
        text,
    )


# What a write can fail with that is not a bug (environment_message says which are).
EXPECTED = (InputError, ConflictError, OSError, *DRIVER_ERRORS)


def message_or_raise(exc: BaseException) -> str:
    """The Norwegian message for an expected failure; a bug is raised again (to the hook)."""
    message = environment_message(exc)
    if message is None:
        raise exc
    return message


def log_dir() -> Path:
    """Where bug logs go: ``logs`` in the user's data folder (owner-only)."""
    folder = paths.data_dir() / "logs"
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def write_log(exc: BaseException) -> Path:
    """Write the traceback (and what version and platform) to a new owner-only log file."""
    from .. import __version__

    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    path = log_dir() / f"feil-{stamp}.log"
    text = (
        f"leietileie {__version__}, Python {sys.version.split()[0]}, {sys.platform}\n"
        f"{datetime.now().isoformat(timespec='seconds')}\n\n"
        + "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    )
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def show_environment_error(parent: QWidget | None, text: str) -> None:
    from . import messages

    messages.error(parent, QCoreApplication.translate("Crash", "Kan ikke fullføre"), text)


def show_bug(parent: QWidget | None, exc: BaseException) -> Path | None:
    """Log a bug and show the report dialog; returns the log file (None if it could not be
    written – the dialog then says so)."""
    from . import messages

    try:
        log: Path | None = write_log(exc)
    except OSError:
        log = None
    summary = f"{type(exc).__name__}: {exc}"
    if log is not None:
        text = QCoreApplication.translate(
            "Crash",
            "Det oppstod en feil i programmet. Handlingen som feilet, ble ikke fullført; "
            "programmet kan brukes videre.\n\nFeilen er skrevet til loggfilen\n{}\n\n"
            "Send loggfilen til brukerstøtte (den kan inneholde personopplysninger: "
            "send den på en sikker måte).",
        ).format(log)
    else:
        text = QCoreApplication.translate(
            "Crash",
            "Det oppstod en feil i programmet, og loggfilen kunne ikke skrives. "
            "Programmet kan brukes videre.",
        )
    messages.bug_report(
        parent, QCoreApplication.translate("Crash", "Feil i programmet"), text, summary
    )
    return log


def handle(exc: BaseException, parent: QWidget | None = None) -> None:
    """Report any exception the right way (environment message or bug report)."""
    message = environment_message(exc)
    if message is not None:
        show_environment_error(parent, message)
    else:
        show_bug(parent, exc)


_reporting = threading.local()


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the app: never a crash to the desktop."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    if getattr(_reporting, "busy", False):  # a failure while reporting: print, do not loop
        traceback.print_exception(kind, exc, tb)
        return
    _reporting.busy = True
    try:
        app = QApplication.instance()
        parent = app.activeWindow() if isinstance(app, QApplication) else None
        handle(exc, parent)
    finally:
        _reporting.busy = False


def install_excepthook() -> Callable[..., None]:
    """Install :func:`excepthook`; returns the previous hook."""
    previous = sys.excepthook
    sys.excepthook = excepthook
    return previous
