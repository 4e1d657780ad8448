"""The app's link to the office database (issue 13): the connection's address, who changed a
household last, and notices of a colleague's changes.

* :class:`OfficeConnection` holds what the connection dialog asks for (host, port, database,
  user, or a PostgreSQL service name; TLS) and builds the ``postgresql://`` URL. A password is
  never part of the stored URL: libpq reads it from ``~/.pgpass`` or the service file, or the
  caseworker types it at connect time and it is kept in memory only (or in the system keyring
  when the optional ``keyring`` package is installed).
* :func:`last_change` reads who changed a household last, and when, from the audit log (the
  conflict message names them).
* :func:`install_change_notices` creates (``storage.change_notices``) statement-level
  triggers on ``households`` and ``cases`` that send
  ``NOTIFY leietileie_changes, '<entity>:<id>'`` (``*`` for several rows) when a write
  transaction commits; :class:`ChangeListener` waits for them on a connection of its own
  (the app runs it in a thread, never on the GUI thread).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ..storage import Database, StorageError, change_notices
from ..storage.dialect.choose import is_url
from ..storage.engine import location_of

#: The channel the change notices are sent on.
CHANNEL = change_notices.CHANNEL
#: TLS modes the dialog offers (libpq's ``sslmode``); ``prefer`` is libpq's default.
SSL_MODES = ("prefer", "require", "verify-full")
DEFAULT_PORT = 5432
KEYRING_SERVICE = "leietileie"


# The connection's address ---------------------------------------------------------------


@dataclass(frozen=True)
class OfficeConnection:
    """What the connection dialog asks for. Either ``service`` (a name in the PostgreSQL
    service file) or ``host``/``port``; ``database`` is always needed."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    service: str = ""
    sslmode: str = "prefer"
    ca_file: str = ""

    def problems(self) -> list[str]:
        """What is missing or wrong, one Norwegian line per field (empty when usable)."""
        found = []
        if not self.service.strip() and not self.host.strip():
            found.append("Vert: skriv tjenerens navn eller adresse, eller fyll inn Tjeneste.")
        if not self.database.strip():
            found.append("Database: skriv databasens navn.")
        if not 0 < self.port < 65536:
            found.append("Port: et tall fra 1 til 65535 (vanligvis 5432).")
        if self.sslmode not in SSL_MODES:
            found.append(f"TLS: velg en av {', '.join(SSL_MODES)}.")
        if self.ca_file.strip() and not Path(self.ca_file).expanduser().is_file():
            found.append(f"CA-fil: finner ikke {self.ca_file}.")
        if self.sslmode == "verify-full" and self.ca_file.strip() == "" and not _default_ca():
            found.append(
                "TLS: verify-full krever kontorets CA-sertifikat: velg CA-filen "
                "(eller legg den i ~/.postgresql/root.crt)."
            )
        return found

    def url(self, password: str = "") -> str:
        """The ``postgresql://`` URL; with ``password`` only for connecting (never stored)."""
        user = quote(self.user.strip(), safe="")
        if password:
            user += ":" + quote(password, safe="")
        netloc = f"{user}@" if user else ""
        if not self.service.strip():
            host = self.host.strip()
            if ":" in host and not host.startswith("["):
                host = f"[{host}]"  # an IPv6 address
            netloc += host + ("" if self.port == DEFAULT_PORT else f":{self.port}")
        query = []
        if self.service.strip():
            query.append(f"service={quote(self.service.strip(), safe='')}")
        if self.sslmode != "prefer":
            query.append(f"sslmode={self.sslmode}")
        if self.ca_file.strip():
            ca = str(Path(self.ca_file.strip()).expanduser())
            query.append(f"sslrootcert={quote(ca, safe='/')}")
        tail = "?" + "&".join(query) if query else ""
        return f"postgresql://{netloc}/{quote(self.database.strip(), safe='')}{tail}"

    @classmethod
    def from_url(cls, url: str) -> OfficeConnection:
        """The fields of a URL (a stored one, to fill the dialog in again); the password, if
        the URL has one, is left out."""
        parts = urlsplit(url)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        try:
            port = parts.port or DEFAULT_PORT
        except ValueError:
            port = DEFAULT_PORT
        return cls(
            host=parts.hostname or "",
            port=port,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
            service=query.get("service", ""),
            sslmode=query.get("sslmode", "prefer")
            if query.get("sslmode", "prefer") in SSL_MODES
            else "prefer",
            ca_file=query.get("sslrootcert", ""),
        )


def _default_ca() -> bool:
    return (Path.home() / ".postgresql" / "root.crt").is_file()


def without_password(url: str) -> str:
    """``url`` with any password taken out (what may be stored in the app's settings)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", "@", 1)
    return parts._replace(netloc=netloc).geturl()


def is_office_location(location: object) -> bool:
    """Whether a register location is the office database (a URL) rather than a file."""
    return is_url(location)


def display(location: Path | str) -> str:
    """A location as shown to the caseworker: the path, or the URL without its password."""
    if isinstance(location, Path) or not is_url(location):
        return str(location)
    from ..storage.dialect.postgresql import display_url

    return display_url(str(location))


# Opening ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    """What a connection test found: the address shown, and the register's schema version
    (0: an empty database that is set up when the caseworker connects)."""

    shown: str
    schema_version: int


def probe(url: str) -> Probe:
    """Try the connection without changing anything; Unavailable (a Norwegian message) when
    it cannot be made, ValueError for a mistyped address."""
    location = location_of(url)
    with Database.open(location, migrate=False) as db:
        return Probe(db.display_location(), db.schema_version)


def open_office(url: str, actor: str | None = None) -> Database:
    """Open (and, when empty, set up) the office database; the change notices are installed
    when the connected role may (see :func:`install_change_notices`)."""
    db = Database.open(location_of(url), actor=actor)
    install_change_notices(db)
    return db


def needs_password(exc: BaseException) -> bool:
    """Whether a failed connection asked for a password it did not get (libpq's wording)."""
    text = str(exc).lower()
    return any(
        words in text
        for words in (
            "no password supplied",
            "password authentication failed",
            "password is required",
        )
    )


# The optional system keyring ------------------------------------------------------------


def _keyring() -> Any:
    try:
        import keyring  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _keyring_name(connection: OfficeConnection) -> str:
    return without_password(connection.url())


def keyring_password(connection: OfficeConnection) -> str:
    """The password kept in the system keyring for this address ('' without one)."""
    ring = _keyring()
    if ring is None:
        return ""
    try:
        return str(ring.get_password(KEYRING_SERVICE, _keyring_name(connection)) or "")
    except Exception:  # noqa: BLE001 - a locked or missing keyring means: ask for it
        return ""


def keep_in_keyring(connection: OfficeConnection, password: str) -> bool:
    """Keep the password in the system keyring (False when there is none)."""
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(KEYRING_SERVICE, _keyring_name(connection), password)
    except Exception:  # noqa: BLE001 - no keyring backend: the password stays in memory
        return False
    return True


# Who changed a household ----------------------------------------------------------------


@dataclass(frozen=True)
class LastChange:
    """The latest audit entry for a record: who, what (``changed``, ``deleted`` …), when
    (local time)."""

    actor: str
    action: str
    at: datetime


def last_change(db: Database, household_id: int) -> LastChange | None:
    """Who changed the household last, and when (its latest audit entry), or None."""
    entries = db.audit.list(entity="household", entity_id=household_id, limit=1)
    if not entries:
        return None
    entry = entries[0]
    at = datetime.fromisoformat(entry.at)
    return LastChange(entry.actor, entry.action, at.astimezone() if at.tzinfo else at)


# Change notices ---------------------------------------------------------------------------


def is_office(db: Database) -> bool:
    return db.engine_name == "postgresql"


def install_change_notices(db: Database) -> bool:
    """Create the triggers that announce committed changes to households and cases (once;
    later calls find them and change nothing). False on SQLite, and when the connected role
    may not create them (then the office's owner role installs them, e.g. on its first start);
    the app works without: lists are refreshed on the caseworker's own changes only."""
    try:
        return change_notices.install(db)
    except (StorageError, OSError) as exc:  # a missing right is not the caseworker's problem
        print(f"leietileie: endringsvarsler er ikke satt opp: {exc}", file=sys.stderr)
        return False


def session_pid(db: Database) -> int | None:
    """The server process of a connection (a notice's ``pid`` names the writer's), or None
    on SQLite."""
    return change_notices.backend_pid(db)


@dataclass(frozen=True)
class Change:
    """One notice: ``entity`` (``household`` or ``case``), ``id`` (None: several rows) and
    the server process of the session that wrote it."""

    entity: str
    id: int | None
    pid: int

    @classmethod
    def parse(cls, payload: str, pid: int) -> Change:
        entity, _, ident = payload.partition(":")
        return cls(entity, int(ident) if ident.isdigit() else None, pid)


class ChangeListener:
    """Listens for change notices on a connection of its own. :meth:`wait` blocks for at most
    ``timeout`` seconds (run it in a thread); Unavailable when the connection is lost."""

    def __init__(self, location: Path | str):
        self.listener = change_notices.Listener(location)

    @property
    def pid(self) -> int:
        return self.listener.pid

    def wait(self, timeout: float) -> list[Change]:
        """The notices that arrive within ``timeout`` seconds (an empty list: none)."""
        return [Change.parse(payload, pid) for payload, pid in self.listener.wait(timeout)]

    def close(self) -> None:
        self.listener.close()
