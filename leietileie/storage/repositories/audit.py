"""The append-only, tamper-evident audit log: who did what to which record, and when.

Triggers in the schema refuse UPDATE, DELETE and INSERT OR REPLACE on ``audit_log``. Each
entry stores the hash of the entry before it (``prev_hash``) and a SHA-256 of its own content
together with that (``hash``), so an entry changed, removed or slipped in afterwards (with the
triggers dropped) breaks the chain; ``leietileie check`` verifies the chain and the triggers,
and ``restore`` refuses a backup where either fails. Details must not repeat personal data
(no identity numbers, no incomes): ids and counts only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..audit_hash import entry_hash
from ..common import from_json, now, to_json
from ..records import AuditEntry
from ..schema.migrations import AUDIT_ACTIONS, AUDIT_TRIGGERS
from ..session import Connection
from .base import Repository

if TYPE_CHECKING:
    pass


def chain_problems(conn: Connection, limit: int = 20) -> list[str]:
    """Where the hash chain is broken (Norwegian lines; empty when intact)."""
    problems: list[str] = []
    previous = ""
    cursor = conn.execute(
        "SELECT id, at, actor, action, entity, entity_id, details, prev_hash, hash"
        " FROM audit_log ORDER BY id"
    )
    for row in cursor:
        entry_id, stored_prev, stored = row[0], row[7], row[8]
        if stored_prev != previous:
            problems.append(
                f"logglinje {entry_id}: peker ikke på linjen før (en linje er fjernet eller satt "
                "inn)"
            )
        elif stored != entry_hash(previous, *row[:7]):
            problems.append(f"logglinje {entry_id}: innholdet er endret etter at den ble skrevet")
        if len(problems) >= limit:
            break
        previous = stored
    return problems


def trigger_problems(conn: Connection, names: tuple[str, ...] | None = None) -> list[str]:
    """The triggers on ``audit_log`` compared with the expected set (Norwegian lines): one
    of ``names`` missing, a known one changed, or any other trigger at all (a ``BEFORE
    INSERT … RAISE(IGNORE)`` silences the log without breaking the chain)."""
    wanted = names if names is not None else tuple(AUDIT_TRIGGERS)
    found = {
        str(name): " ".join((sql or "").split())
        for name, sql in conn.execute(
            "SELECT name, sql FROM sqlite_master"
            " WHERE type = 'trigger' AND lower(tbl_name) = 'audit_log'"
        )
    }
    problems = []
    for name in wanted:
        if name not in found:
            problems.append(f"utløseren {name} mangler (loggen kan endres)")
    for name, sql in sorted(found.items()):
        known = AUDIT_TRIGGERS.get(name)
        if known is None:
            problems.append(f"ukjent utløser {name} på loggen (kan stanse eller endre logglinjer)")
        elif sql.rstrip(";") != " ".join(known.split()).rstrip(";"):
            problems.append(f"utløseren {name} er endret (loggen kan endres)")
    return problems


class AuditLog(Repository):
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
        conn = self.session
        with self.session.transaction():  # the previous hash cannot change under us
            self.session.lock_writes()  # (a transaction begun with a deferred lock takes it)
            last = conn.execute(
                "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"
            ).fetchone()
            # The id is part of the hashed content, so it is chosen here, under the write lock
            # (an append-only table: never reused), not by the INSERT.
            new_id, previous = (1, "") if last is None else (int(last[0]) + 1, str(last[1]))
            values = (
                now(),
                actor or self.session.actor,
                action,
                entity,
                "" if entity_id is None else str(entity_id),
                to_json(details or {}),
            )
            digest = entry_hash(previous, new_id, *values)
            conn.execute(
                "INSERT INTO audit_log"
                " (id, at, actor, action, entity, entity_id, details, prev_hash, hash)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (new_id, *values, previous, digest),
            )
        return new_id

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
        rows = self.session.execute(
            f"SELECT id, at, actor, action, entity, entity_id, details FROM audit_log {clause}"
            " ORDER BY id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset],
        ).fetchall()
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], from_json(r[6]) or {}) for r in rows]

    def count(self) -> int:
        return int(self.session.execute("SELECT count(*) FROM audit_log").fetchone()[0])
