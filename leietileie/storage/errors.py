"""Storage failures, split the way the user must hear them (qutebrowser's ``misc/sql.py``).

* :class:`Unavailable` (and :class:`Busy`, :class:`Corrupt`, :class:`SchemaTooNew`): the
  environment's fault (locked, unreadable, damaged, read-only, full disk, a newer release's
  schema). The caseworker or IT can act on it: one Norwegian sentence, no traceback. These are
  ``OSError`` subclasses, so the command line prints the message and exits with status 1, and
  the app shows it in a dialog.
* :class:`StorageBug` (and :class:`UniqueViolation`, :class:`ForeignKeyViolation`): our SQL is
  wrong or broke a constraint the code should have checked first. A bug: logged and reported.

No driver is imported here: ``dialect/<engine>.py`` classifies the driver's exceptions
(:func:`leietileie.storage.dialect.sqlite.storage_error`) into these types.
"""

from __future__ import annotations

from pathlib import Path

#: How long a writer waits for another writer's lock before giving up (seconds).
BUSY_TIMEOUT_S = 10


class StorageError(Exception):
    """Any failure of the register's storage."""


class Unavailable(StorageError, OSError):
    """The database cannot be used right now (see the message); the environment's fault."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "databasen kan ikke brukes"


class Busy(Unavailable):
    """Another process held the write lock for longer than the busy timeout."""


class Corrupt(Unavailable):
    """The file is damaged or not a database."""


class SchemaTooNew(Unavailable):
    """The database was made by a newer version of the app."""


class StorageBug(StorageError, RuntimeError):
    """Our SQL failed (syntax, a missing table, a constraint the code should have checked)."""


class UniqueViolation(StorageBug):
    """A UNIQUE or PRIMARY KEY constraint refused a row."""


class ForeignKeyViolation(StorageBug):
    """A FOREIGN KEY constraint refused a row or a delete."""


class CheckViolation(StorageBug):
    """A CHECK or NOT NULL constraint refused a row."""


# Names used before the split (issue 10); kept for callers.
DatabaseUnavailable = Unavailable
DatabaseBusy = Busy

_BUSY = ("database is locked", "database is busy", "database table is locked")


def is_busy(exc: BaseException) -> bool:
    """Whether an error's text says the database is locked (any engine's wording we know)."""
    return any(text in str(exc).lower() for text in _BUSY)


def busy_message(path: Path | str | None, seconds: float = BUSY_TIMEOUT_S) -> str:
    where = f"Databasen {path}" if path else "Databasen"
    return (
        f"{where} er opptatt: en annen bruker eller prosess skriver i den, og låsen ble ikke"
        f" ledig på {seconds:g} sekunder. Ingenting er endret; prøv igjen om litt."
    )


#: The command line's advice after "damaged": the app words it for its menus instead
#: (``ui/crash.py: app_wording``).
CORRUPT_CLI_HINT = (
    " Kontroller den med «leietileie check» og gjenopprett fra en sikkerhetskopi"
    " med «leietileie restore FIL»."
)


def message_nb(kind: str, path: Path | str | None, exc: BaseException | None = None) -> str:
    """One Norwegian line for a failure of the given kind."""
    where = f"databasen {path}" if path else "databasen"
    if kind == "busy":
        return busy_message(path)
    if kind == "cannot_open":
        return (
            f"Kan ikke åpne {where}: filen kan ikke leses eller mappen finnes ikke."
            " Kontroller at filen finnes og at du har lese- og skrivetilgang."
        )
    if kind == "corrupt":
        return (
            f"{where[0].upper()}{where[1:]} er skadet eller ikke en leietileie-database."
            + CORRUPT_CLI_HINT
        )
    if kind == "readonly":
        return (
            f"Kan ikke skrive i {where}: filen eller mappen er skrivebeskyttet."
            " Kontroller tilgangsrettighetene."
        )
    if kind == "full":
        return f"Kan ikke skrive i {where}: disken er full eller utilgjengelig."
    return f"Feil i {where}: {exc}"


def kind_from_text(exc: BaseException) -> str:
    """The failure kind read from an error's text (when no error code is at hand)."""
    text = str(exc).lower()
    if is_busy(exc):
        return "busy"
    if "unable to open" in text or "authorization denied" in text:
        return "cannot_open"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return "corrupt"
    if "readonly" in text or "read-only" in text:
        return "readonly"
    if "disk is full" in text or "disk i/o" in text or "full" in text:
        return "full"
    return "other"


def describe(exc: BaseException, path: Path | str | None = None) -> str:
    """One Norwegian line for a database failure caused by the environment."""
    return message_nb(kind_from_text(exc), path, exc)


_ENVIRONMENT_TYPES: dict[str, type[Unavailable]] = {"busy": Busy, "corrupt": Corrupt}


def environment_error(kind: str, path: Path | str | None, exc: BaseException) -> Unavailable:
    """The :class:`Unavailable` subclass for an environment failure kind, with its message."""
    return _ENVIRONMENT_TYPES.get(kind, Unavailable)(message_nb(kind, path, exc))


def unavailable(exc: BaseException, path: Path | str | None = None) -> Unavailable:
    """The matching :class:`Unavailable` for a driver error (to ``raise ... from``)."""
    return environment_error(kind_from_text(exc), path, exc)
