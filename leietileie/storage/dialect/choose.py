"""Which engine a connection or a location belongs to (imports PostgreSQL's dialect, and
psycopg with it, only when an office database is used)."""

from __future__ import annotations

import re
from types import ModuleType
from typing import Any


def engine_of(conn: Any) -> ModuleType:
    """The dialect module (``sqlite`` or ``postgresql``) a connection belongs to. PostgreSQL's
    module (and psycopg with it) is imported only when an office database is used."""
    if getattr(conn, "engine_name", None) == "postgresql":
        from . import postgresql

        return postgresql
    from . import sqlite

    return sqlite


_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]+):")
#: Schemes someone may type for a database, with or without the ``//``.
_DATABASE_SCHEMES = ("postgresql", "postgres", "pgsql", "sqlite", "mysql", "mariadb", "mssql")


def is_url(location: object) -> bool:
    """Whether a register location is meant as a database URL rather than a file path:
    ``scheme://…``, or a database scheme followed by a colon (``postgres:/x`` is a mistyped
    URL, never a file name). A drive letter (``C:``) is a path."""
    if not isinstance(location, str):
        return False
    match = _SCHEME.match(location)
    if match is None:
        return False
    rest = location[match.end() :]
    return rest.startswith("//") or match.group(1).lower().startswith(_DATABASE_SCHEMES)
