"""The append-only audit log: who did what to which record, and when.

Triggers in the schema refuse UPDATE and DELETE on ``audit_log``. Details must not repeat
personal data (no identity numbers, no incomes): ids and counts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .common import from_json, now, to_json
from .schema import AUDIT_ACTIONS

if TYPE_CHECKING:
    from .database import Database


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]


class AuditLog:
    def __init__(self, database: Database):
        self.database = database

    def record(
        self,
        action: str,
        entity: str,
        entity_id: str | int | None = None,
        details: dict[str, Any] | None = None,
        actor: str | None = None,
    ) -> int:
        """Append one entry (inside the caller's transaction when there is one)."""
        if action not in AUDIT_ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        cursor = self.database.conn.execute(
            "INSERT INTO audit_log (at, actor, action, entity, entity_id, details)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                now(),
                actor or self.database.actor,
                action,
                entity,
                "" if entity_id is None else str(entity_id),
                to_json(details or {}),
            ),
        )
        return int(cursor.lastrowid or 0)

    def list(
        self,
        entity: str | None = None,
        entity_id: str | int | None = None,
        action: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[AuditEntry]:
        """Newest first, optionally for one entity (and id) or one action."""
        where, params = [], []
        for column, value in (("entity", entity), ("entity_id", entity_id), ("action", action)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(str(value))
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = self.database.conn.execute(
            f"SELECT id, at, actor, action, entity, entity_id, details FROM audit_log {clause}"
            " ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], from_json(r[6]) or {}) for r in rows]

    def count(self) -> int:
        return int(self.database.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
