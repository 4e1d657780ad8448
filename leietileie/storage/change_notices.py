"""Change notices on the office database (issue 13): who else changed households or cases.

:func:`install` creates statement-level triggers on ``households`` and ``cases`` that send
``NOTIFY leietileie_changes, '<entity>:<id>'`` (``*`` when a statement changed several rows;
one notice per statement, never one per row of an import). PostgreSQL delivers a notice when
the writing transaction commits, to every session that listens: :class:`Listener` is such a
session (a connection of its own; run :meth:`Listener.wait` in a thread). The notice names
the writer's server process (``pid``), so an app can tell its own changes from a colleague's
(:func:`backend_pid`). SQLite has no notices: :func:`install` does nothing there.

A second :func:`install` finds everything in place and changes nothing (no lock on the
tables then); a role that may not create triggers gets :class:`~.errors.Forbidden`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .dialect.choose import engine_of
from .engine import open_connection
from .errors import StorageError

if TYPE_CHECKING:
    from .register import Register

#: The channel the notices are sent on.
CHANNEL = "leietileie_changes"

INSTALL_SQL = r"""
DO $install$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'leietileie_change_notice')
       AND (SELECT count(*) FROM pg_trigger
            WHERE tgname LIKE 'leietileie\_notice\_%' AND NOT tgisinternal) = 6 THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(1818585445);  -- the register's write lock (WRITE_LOCK_KEY)
    CREATE OR REPLACE FUNCTION leietileie_change_notice() RETURNS trigger
    LANGUAGE plpgsql AS $notice$
    DECLARE
        n bigint;
        one text;
    BEGIN
        IF TG_OP = 'DELETE' THEN
            SELECT count(*), min(id)::text INTO n, one FROM old_rows;
        ELSE
            SELECT count(*), min(id)::text INTO n, one FROM new_rows;
        END IF;
        IF n > 0 THEN
            PERFORM pg_notify('leietileie_changes',
                              TG_ARGV[0] || ':' || CASE WHEN n = 1 THEN one ELSE '*' END);
        END IF;
        RETURN NULL;
    END
    $notice$;
    DROP TRIGGER IF EXISTS leietileie_notice_households_insert ON households;
    DROP TRIGGER IF EXISTS leietileie_notice_households_update ON households;
    DROP TRIGGER IF EXISTS leietileie_notice_households_delete ON households;
    DROP TRIGGER IF EXISTS leietileie_notice_cases_insert ON cases;
    DROP TRIGGER IF EXISTS leietileie_notice_cases_update ON cases;
    DROP TRIGGER IF EXISTS leietileie_notice_cases_delete ON cases;
    CREATE TRIGGER leietileie_notice_households_insert AFTER INSERT ON households
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('household');
    CREATE TRIGGER leietileie_notice_households_update AFTER UPDATE ON households
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('household');
    CREATE TRIGGER leietileie_notice_households_delete AFTER DELETE ON households
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('household');
    CREATE TRIGGER leietileie_notice_cases_insert AFTER INSERT ON cases
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('case');
    CREATE TRIGGER leietileie_notice_cases_update AFTER UPDATE ON cases
        REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('case');
    CREATE TRIGGER leietileie_notice_cases_delete AFTER DELETE ON cases
        REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION leietileie_change_notice('case');
END
$install$;
"""


def _is_postgresql(conn: Any) -> bool:
    return getattr(conn, "engine_name", None) == "postgresql"


def _typed(conn: Any, exc: Exception) -> Exception:
    translated: StorageError | None = engine_of(conn).translate_error(exc)
    return exc if translated is None else translated


def install(register: Register) -> bool:
    """Create the notice triggers (False on SQLite, where there are none); a StorageError
    (Forbidden for a role without the right) when they cannot be created."""
    conn: Any = register.conn
    if not _is_postgresql(conn):
        return False
    try:
        conn.raw.execute(INSTALL_SQL)  # one DO block: no parameters, no translation
    except Exception as exc:
        raise _typed(conn, exc) from exc
    return True


def backend_pid(register: Register) -> int | None:
    """The connection's server process (None on SQLite)."""
    conn: Any = register.conn
    if not _is_postgresql(conn):
        return None
    return int(conn.raw.info.backend_pid)


class Listener:
    """A connection of its own that listens on :data:`CHANNEL`. :meth:`wait` blocks for at
    most ``timeout`` seconds; Unavailable when the connection is lost."""

    def __init__(self, location: Path | str):
        self.conn: Any = cast(Any, open_connection(location))
        if not _is_postgresql(self.conn):
            self.conn.close()
            raise ValueError("change notices need the office database (PostgreSQL)")
        try:
            self.conn.raw.execute(f"LISTEN {CHANNEL}")
        except Exception as exc:
            self.conn.close()
            raise _typed(self.conn, exc) from exc

    @property
    def pid(self) -> int:
        return int(self.conn.raw.info.backend_pid)

    def wait(self, timeout: float) -> list[tuple[str, int]]:
        """The notices (payload, writer's server process) that arrive within ``timeout``."""
        try:
            return [
                (str(n.payload), int(n.pid))
                for n in self.conn.raw.notifies(timeout=timeout)
                if n.channel == CHANNEL
            ]
        except Exception as exc:
            raise _typed(self.conn, exc) from exc

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:  # noqa: BLE001 - a lost connection is closed already
            pass
