"""Database failures that are the environment's fault, as one clear Norwegian sentence.

A locked, unreadable, damaged or read-only database file, a full disk, or a schema newer
than this version of the app is not a bug: the caseworker (or IT) can act on it. These are
``OSError`` subclasses, so the command line prints the message and exits with status 1
(environment), and the app shows it in a dialog; real bugs (SQL errors in our code) stay
ordinary exceptions.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

#: How long a writer waits for another writer's lock before giving up (seconds).
BUSY_TIMEOUT_S = 10


class DatabaseUnavailable(OSError):
    """The database cannot be used right now (see the message)."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else "databasen kan ikke brukes"


class DatabaseBusy(DatabaseUnavailable):
    """Another process held the write lock for longer than the busy timeout."""


class SchemaTooNew(DatabaseUnavailable):
    """The database was made by a newer version of the app."""


_BUSY = ("database is locked", "database is busy", "database table is locked")


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, sqlite3.OperationalError) and any(
        text in str(exc).lower() for text in _BUSY
    )


def busy_message(path: Path | str | None, seconds: float = BUSY_TIMEOUT_S) -> str:
    where = f"Databasen {path}" if path else "Databasen"
    return (
        f"{where} er opptatt: en annen bruker eller prosess skriver i den, og låsen ble ikke"
        f" ledig på {seconds:g} sekunder. Ingenting er endret; prøv igjen om litt."
    )


def describe(exc: BaseException, path: Path | str | None = None) -> str:
    """One Norwegian line for a database failure caused by the environment."""
    text = str(exc).lower()
    where = f"databasen {path}" if path else "databasen"
    if is_busy(exc):
        return busy_message(path)
    if "unable to open" in text or "authorization denied" in text:
        return (
            f"Kan ikke åpne {where}: filen kan ikke leses eller mappen finnes ikke."
            " Kontroller at filen finnes og at du har lese- og skrivetilgang."
        )
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return (
            f"{where[0].upper()}{where[1:]} er skadet eller ikke en leietileie-database."
            " Kontroller den med «leietileie check» og gjenopprett fra en sikkerhetskopi"
            " med «leietileie restore FIL»."
        )
    if "readonly" in text or "read-only" in text:
        return (
            f"Kan ikke skrive i {where}: filen eller mappen er skrivebeskyttet."
            " Kontroller tilgangsrettighetene."
        )
    if "disk is full" in text or "disk i/o" in text or "full" in text:
        return f"Kan ikke skrive i {where}: disken er full eller utilgjengelig."
    return f"Feil i {where}: {exc}"


def unavailable(exc: BaseException, path: Path | str | None = None) -> DatabaseUnavailable:
    """The matching :class:`DatabaseUnavailable` for a sqlite3 error (to ``raise ... from``)."""
    cls = DatabaseBusy if is_busy(exc) else DatabaseUnavailable
    return cls(describe(exc, path))
