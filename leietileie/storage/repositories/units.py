"""Dwellings (boliger): the units the municipality rents out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ...domain.register import Unit
from ...errors import ConflictError, InputError
from ..common import date_text, now, parse_date
from ..errors import CheckViolation, ForeignKeyViolation, StorageBug, UniqueViolation
from ..queries.listing import refresh_list_columns
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    pass

UNIT_COLUMNS = (
    "unit_id",
    "address",
    "postcode",
    "city",
    "tenure",
    "valuation",
    "valuation_date",
    "common_costs_monthly",
    "other_running_costs_monthly",
    "area_m2",
    "bedrooms",
    "gnr",
    "bnr",
    "snr",
    "share_no",
    "shared_debt",
)
_SELECT = f"SELECT id, version, {', '.join(UNIT_COLUMNS)} FROM units"


def unit_values(unit: Unit) -> tuple[Any, ...]:
    return (
        unit.unit_id,
        unit.address,
        unit.postcode,
        unit.city,
        unit.tenure,
        unit.valuation,
        date_text(unit.valuation_date),
        unit.common_costs_monthly,
        unit.other_running_costs_monthly,
        unit.area_m2,
        unit.bedrooms,
        unit.gnr,
        unit.bnr,
        unit.snr,
        unit.share_no,
        unit.shared_debt,
    )


def unit_from_row(row: Sequence[Any]) -> Unit:
    """A row of ``_SELECT`` (id, version, columns...) as a Unit."""
    (
        _id,
        _version,
        unit_id,
        address,
        postcode,
        city,
        tenure,
        valuation,
        valuation_date,
        common,
        other,
        area,
        bedrooms,
        gnr,
        bnr,
        snr,
        share_no,
        shared_debt,
    ) = row
    return Unit(
        unit_id=unit_id,
        address=address,
        postcode=postcode,
        city=city,
        tenure=tenure,
        valuation=valuation,
        valuation_date=parse_date(valuation_date),
        common_costs_monthly=common,
        other_running_costs_monthly=other,
        area_m2=area,
        bedrooms=bedrooms,
        gnr=gnr,
        bnr=bnr,
        snr=snr,
        share_no=share_no,
        shared_debt=shared_debt,
        id=_id,
    )


class UnitRepository(Repository):
    def get(self, id: int) -> Unit | None:
        row = self.conn.execute(f"{_SELECT} WHERE id = ?", (id,)).fetchone()
        return None if row is None else unit_from_row(row)

    def get_by_unit_id(self, unit_id: str) -> Unit | None:
        row = self.conn.execute(f"{_SELECT} WHERE unit_id = ?", (unit_id,)).fetchone()
        return None if row is None else unit_from_row(row)

    def version(self, id: int) -> int | None:
        row = self.conn.execute("SELECT version FROM units WHERE id = ?", (id,)).fetchone()
        return None if row is None else int(row[0])

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM units").fetchone()[0])

    def list(self, offset: int = 0, limit: int = 1000, vacant_only: bool = False) -> list[Unit]:
        """Units ordered by unit id; ``vacant_only`` leaves out the rented ones."""
        where = (
            "WHERE NOT EXISTS (SELECT 1 FROM households h WHERE h.unit_ref = units.id)"
            if vacant_only
            else ""
        )
        rows = self.conn.execute(
            f"{_SELECT} {where} ORDER BY unit_id LIMIT ? OFFSET ?", (limit, offset)
        ).fetchall()
        return [unit_from_row(r) for r in rows]

    def id_map(self) -> dict[str, int]:
        """unit_id (the municipality's id) → database id, for every unit."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT unit_id, id FROM units")}

    def insert(self, unit: Unit) -> Unit:
        with self.session.transaction():
            stamp = now()
            try:
                new_id = self.session.insert_returning_id(
                    f"INSERT INTO units ({', '.join(UNIT_COLUMNS)}, created_at, updated_at)"
                    f" VALUES ({', '.join('?' * len(UNIT_COLUMNS))}, ?, ?)",
                    (*unit_values(unit), stamp, stamp),
                )
            except CONSTRAINTS as exc:
                raise InputError(_integrity_message(unit, exc)) from exc
            AuditLog(self.session).record("created", "unit", new_id, {"unit_id": unit.unit_id})
        return _with_id(unit, new_id)

    def save(self, unit: Unit, expected_version: int) -> int:
        """Update a stored unit; return its new version. ConflictError if changed since."""
        if unit.id is None:
            raise ValueError("save() needs a stored unit; use insert()")
        sets = ", ".join(f"{c} = ?" for c in UNIT_COLUMNS)
        with self.session.transaction():
            try:
                cursor = self.session.execute(
                    f"UPDATE units SET {sets}, version = version + 1, updated_at = ?"
                    " WHERE id = ? AND version = ?",
                    (*unit_values(unit), now(), unit.id, expected_version),
                )
            except CONSTRAINTS as exc:
                raise InputError(_integrity_message(unit, exc)) from exc
            if cursor.rowcount != 1:
                raise _conflict("Boligen", unit.unit_id, self.version(unit.id))
            # The tenants' list columns (search text) carry the unit's id and address.
            refresh_list_columns(self.conn, self._tenants_of([unit.id]))
            AuditLog(self.session).record("changed", "unit", unit.id, {"unit_id": unit.unit_id})
        return expected_version + 1

    def delete(self, id: int, expected_version: int | None = None) -> None:
        unit = self.get(id)
        if unit is None:
            return
        with self.session.transaction():
            rented = self.conn.execute(
                "SELECT external_id FROM households WHERE unit_ref = ? LIMIT 1", (id,)
            ).fetchone()
            if rented:
                raise InputError(
                    f"Boligen {unit.unit_id} kan ikke slettes: den leies av husstand {rented[0]}."
                )
            params: tuple[Any, ...] = (id,)
            sql = "DELETE FROM units WHERE id = ?"
            if expected_version is not None:
                sql += " AND version = ?"
                params = (id, expected_version)
            if self.conn.execute(sql, params).rowcount != 1:
                raise _conflict("Boligen", unit.unit_id, self.version(id))
            AuditLog(self.session).record("deleted", "unit", id, {"unit_id": unit.unit_id})

    def bulk_upsert(self, units: Sequence[Unit]) -> tuple[int, int]:
        """Insert or update by unit_id in the caller's transaction; (inserted, updated)."""
        existing = self.id_map()
        stamp = now()
        new = [(*unit_values(u), stamp, stamp) for u in units if u.unit_id not in existing]
        old = [
            (*unit_values(u)[1:], stamp, existing[u.unit_id])
            for u in units
            if u.unit_id in existing
        ]
        self.conn.executemany(
            f"INSERT INTO units ({', '.join(UNIT_COLUMNS)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(UNIT_COLUMNS))}, ?, ?)",
            new,
        )
        sets = ", ".join(f"{c} = ?" for c in UNIT_COLUMNS[1:])
        self.conn.executemany(
            f"UPDATE units SET {sets}, version = version + 1, updated_at = ? WHERE id = ?", old
        )
        if old:  # tenants' search text carries the unit's address
            refresh_list_columns(self.conn, self._tenants_of([row[-1] for row in old]))
        return len(new), len(old)

    def _tenants_of(self, unit_ids: Sequence[int]) -> Sequence[int]:
        rows = self.conn.execute(
            "SELECT id FROM households WHERE " + self.session.dialect.in_ids("unit_ref"),
            ("[" + ",".join(str(int(i)) for i in unit_ids) + "]",),
        )
        return [r[0] for r in rows]


CONSTRAINTS = (UniqueViolation, CheckViolation, ForeignKeyViolation)


def _with_id(unit: Unit, new_id: int) -> Unit:
    from dataclasses import replace

    return replace(unit, id=new_id)


def _integrity_message(unit: Unit, exc: StorageBug) -> str:
    if isinstance(exc, UniqueViolation):
        return f"bolig_id {unit.unit_id!r} finnes allerede"
    return f"Boligen {unit.unit_id!r} har ugyldige verdier ({exc})"


def _conflict(what: str, label: str, current: int | None) -> ConflictError:
    if current is None:
        return ConflictError(f"{what} {label} er slettet av noen andre i mellomtiden.")
    return ConflictError(
        f"{what} {label} er endret av noen andre siden du åpnet den (nå versjon {current}). "
        "Last inn på nytt og gjør endringen igjen."
    )
