"""Settings (key → JSON value), the municipality profile and dated rule adjustments."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ...errors import InputError
from ..common import from_json, now, to_json
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    pass

MUNICIPALITY_KEY = "municipality"


@dataclass(frozen=True)
class RuleAdjustment:
    id: int
    year: int
    key: str
    value: float
    valid_from: date
    by: str
    at: str
    note: str


class SettingsRepository(Repository):
    def get(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else from_json(row[0])

    def set(self, key: str, value: Any) -> None:
        with self.session.transaction():
            self.conn.execute(
                self.session.dialect.upsert("settings", ("key", "value"), ("key",)),
                (key, to_json(value)),
            )
            AuditLog(self.session).record("changed", "setting", key)

    def all(self) -> dict[str, Any]:
        return {k: from_json(v) for k, v in self.conn.execute("SELECT key, value FROM settings")}

    def municipality(self) -> dict[str, Any]:
        """The municipality profile (name, org_no, address, appeal_body, signer, ...)."""
        value = self.get(MUNICIPALITY_KEY, {})
        return dict(value) if isinstance(value, dict) else {}

    def set_municipality(self, profile: dict[str, Any]) -> None:
        self.set(MUNICIPALITY_KEY, profile)

    def add_rule_adjustment(
        self, year: int, key: str, value: float, valid_from: date, note: str = ""
    ) -> int:
        """A caseworker's dated change of a rate (kept forever; the newest valid one wins).

        A negative, non-finite or non-numeric value is refused (InputError) and nothing is
        stored: the rule files allow no negative figure, so neither do adjustments.
        """
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InputError(f"justering {key}: «{value}» er ikke et tall")
        if not math.isfinite(value) or value < 0:
            raise InputError(
                f"justering {key}: {value} er ikke tillatt; verdien må være 0 eller mer"
            )
        with self.session.transaction():
            new_id = self.session.insert_returning_id(
                "INSERT INTO rule_adjustments (year, key, value, valid_from, by, at, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (year, key, value, valid_from.isoformat(), self.session.actor, now(), note),
            )
            AuditLog(self.session).record("changed", "rule_adjustment", new_id, {"key": key})
        return new_id

    def rule_adjustments(self, year: int | None = None) -> list[RuleAdjustment]:
        clause, params = ("WHERE year = ?", [year]) if year is not None else ("", [])
        rows = self.conn.execute(
            "SELECT id, year, key, value, valid_from, by, at, note FROM rule_adjustments"
            f" {clause} ORDER BY valid_from, id",
            params,
        ).fetchall()
        return [
            RuleAdjustment(r[0], r[1], r[2], r[3], date.fromisoformat(r[4]), r[5], r[6], r[7])
            for r in rows
        ]

    def effective_adjustments(self, year: int, on: date) -> dict[str, float]:
        """key → value of the newest adjustment valid on ``on``."""
        result: dict[str, float] = {}
        for adj in self.rule_adjustments(year):
            if adj.valid_from <= on:
                result[adj.key] = adj.value
        return result
