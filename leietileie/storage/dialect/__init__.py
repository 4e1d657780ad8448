"""What differs between database engines, in one place per engine.

``dialect/sqlite.py`` is the only module that imports a database driver (the architecture
test checks it); issue 13 adds ``dialect/postgresql.py`` beside it with the same names.
:class:`Dialect` holds the SQL spellings that differ; the driver-facing functions (connect,
transactions, error classification, backup, integrity) are module functions of each dialect.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Dialect:
    """SQL spellings of one engine."""

    name: str
    #: The driver's parameter marker.
    placeholder: str
    #: ``col IN (…)`` for a list of ids passed as one JSON text parameter.
    in_json_ids: str
    #: Aggregate joining texts: ``{expr}`` and ``{sep}`` are filled in.
    string_agg: str
    #: Read one key of a JSON text column: ``{column}`` and ``{key}`` are filled in.
    json_field: str
    #: How a write transaction starts.
    begin_write: str
    #: Whether ``INSERT … RETURNING`` works.
    returning: bool = True
    #: How a read transaction (one consistent snapshot) starts.
    begin_read: str = "BEGIN"

    def marks(self, count: int) -> str:
        """``?, ?, ?`` (or ``%s, …``) for ``count`` parameters."""
        return ", ".join([self.placeholder] * count)

    def in_ids(self, column: str) -> str:
        """``column IN (…)`` over one JSON id-list parameter (integer ids)."""
        return f"{column} IN ({self.in_json_ids})"

    def in_texts(self, column: str) -> str:
        """``column IN (…)`` over one JSON list of texts."""
        return f"{column} IN (SELECT CAST(value AS TEXT) FROM json_each(?))"

    def agg(self, expr: str, sep: str) -> str:
        return self.string_agg.format(expr=expr, sep=sep)

    def json(self, column: str, key: str) -> str:
        return self.json_field.format(column=column, key=key)

    def upsert(self, table: str, columns: Sequence[str], key: Sequence[str]) -> str:
        """INSERT that updates the non-key columns when the key exists (both engines)."""
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in key)
        action = f"DO UPDATE SET {updates}" if updates else "DO NOTHING"
        return (
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({self.marks(len(columns))})"
            f" ON CONFLICT ({', '.join(key)}) {action}"
        )
