"""Which engine a connection or a location belongs to (imports PostgreSQL's dialect, and
psycopg with it, only when an office database is used)."""

from __future__ import annotations

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


def is_url(location: object) -> bool:
    """Whether a register location is a database URL rather than a file path."""
    if not isinstance(location, str):
        return False
    head = location.split("/", 1)[0]
    return "://" in location or (head.endswith(":") and len(head) > 2)
