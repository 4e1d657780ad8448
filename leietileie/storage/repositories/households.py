"""Households with their members, incomes, debts and tenancy (one aggregate)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from ...domain.model import Debt, Income
from ...domain.register import Person, RegisteredHousehold, Tenancy
from ...errors import ConflictError, InputError
from ..common import bool_or_none, date_text, int_or_none, now, parse_date
from ..queries import listing
from .audit import AuditLog
from .base import Repository

if TYPE_CHECKING:
    from collections.abc import Callable

    import numpy as np

    from ...domain.batch import HouseholdBatch
    from ..queries.screening_facts import ScreeningFacts

#: unit_id → (units.id, "unit_id address city")
UnitLookup = dict[str, tuple[int, str]]

HH_COLUMNS = (
    "external_id",
    "unit_ref",
    "rent_monthly",
    "tenancy_start",
    "arrears",
    "tax_free_income_monthly",
    "savings",
    "other_fixed_costs_monthly",
    "car",
    "phone",
    "email",
    "living_costs_override",
    "living_costs_override_reason",
    "notes",
    "case_state",
    "childcare_expenses_annual",
    "existing_interest_annual",
)
_HH_SELECT = (
    f"SELECT h.id, h.version, u.unit_id, {', '.join('h.' + c for c in HH_COLUMNS)}"
    " FROM households h LEFT JOIN units u ON u.id = h.unit_ref"
)
_MEMBER_INSERT = (
    "INSERT INTO members (household_id, position, role, first_name, last_name,"
    " national_id, birth_date, sex, transit_pass, special_care_needs)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INCOME_INSERT = "INSERT INTO incomes (member_id, kind, annual) VALUES (?, ?, ?)"
_DEBT_INSERT = (
    "INSERT INTO debts (household_id, position, kind, balance, monthly_payment)"
    " VALUES (?, ?, ?, ?, ?)"
)


class HouseholdRepository(Repository):
    # Reading --------------------------------------------------------------------------

    def get(self, id: int) -> RegisteredHousehold | None:
        row = self.conn.execute(
            f"{_HH_SELECT} WHERE h.id = ? AND h.deleted_at IS NULL", (id,)
        ).fetchone()
        return None if row is None else self._load(row)

    def get_by_external_id(self, external_id: str) -> RegisteredHousehold | None:
        row = self.conn.execute(
            f"{_HH_SELECT} WHERE h.external_id = ? AND h.deleted_at IS NULL", (external_id,)
        ).fetchone()
        return None if row is None else self._load(row)

    def external_id_deleted(self, external_id: str) -> bool:
        """True when the external id belongs to a soft-deleted household."""
        row = self.conn.execute(
            "SELECT 1 FROM households WHERE external_id = ? AND deleted_at IS NOT NULL",
            (external_id,),
        ).fetchone()
        return row is not None

    def version(self, id: int) -> int | None:
        row = self.conn.execute("SELECT version FROM households WHERE id = ?", (id,)).fetchone()
        return None if row is None else int(row[0])

    def id_map(self) -> dict[str, int]:
        """external_id (husstand_id) → database id, for every household."""
        return {r[0]: r[1] for r in self.conn.execute("SELECT external_id, id FROM households")}

    def _load(self, row: Sequence[Any]) -> RegisteredHousehold:
        hid, version, unit_code = row[0], row[1], row[2]
        v = dict(zip(HH_COLUMNS, row[3:], strict=True))
        tenancy = None
        if unit_code is not None:
            tenancy = Tenancy(
                unit_id=unit_code,
                rent_monthly=v["rent_monthly"] or 0.0,
                start=parse_date(v["tenancy_start"]),
                arrears=v["arrears"],
            )
        debts = tuple(
            Debt(kind=r[0], balance=r[1], monthly_payment=r[2])
            for r in self.conn.execute(
                "SELECT kind, balance, monthly_payment FROM debts WHERE household_id = ?"
                " ORDER BY position, id",
                (hid,),
            )
        )
        return RegisteredHousehold(
            external_id=v["external_id"],
            members=self._members(hid),
            tenancy=tenancy,
            tax_free_income_monthly=v["tax_free_income_monthly"],
            savings=v["savings"],
            debts=debts,
            other_fixed_costs_monthly=v["other_fixed_costs_monthly"],
            car=v["car"],
            phone=v["phone"],
            email=v["email"],
            case_state=v["case_state"],
            living_costs_monthly_override=v["living_costs_override"],
            living_costs_override_reason=v["living_costs_override_reason"],
            notes=v["notes"],
            childcare_expenses_annual=v["childcare_expenses_annual"],
            existing_interest_annual=v["existing_interest_annual"],
            id=hid,
            version=version,
        )

    def _members(self, hid: int) -> tuple[Person, ...]:
        incomes: dict[int, list[Income]] = {}
        for member_id, kind, annual in self.conn.execute(
            "SELECT i.member_id, i.kind, i.annual FROM incomes i JOIN members m"
            " ON m.id = i.member_id WHERE m.household_id = ? ORDER BY i.id",
            (hid,),
        ):
            incomes.setdefault(member_id, []).append(Income(kind=kind, annual=annual))
        rows = self.conn.execute(
            "SELECT id, role, first_name, last_name, national_id, birth_date, sex, transit_pass,"
            " special_care_needs FROM members WHERE household_id = ? ORDER BY position, id",
            (hid,),
        )
        return tuple(
            Person(
                role=r[1],
                first_name=r[2],
                last_name=r[3],
                national_id=r[4],
                birth_date=parse_date(r[5]),
                sex=r[6],
                incomes=tuple(incomes.get(r[0], ())),
                transit_pass=bool_or_none(r[7]),
                id=r[0],
                special_care_needs=bool(r[8]),
            )
            for r in rows
        )

    # Writing --------------------------------------------------------------------------

    def insert(self, household: RegisteredHousehold) -> RegisteredHousehold:
        """Store a new household; returns it with its id and version 1."""
        with self.session.transaction():
            ids = self.bulk_write([household], audit=False)
            new_id = ids[0]
            AuditLog(self.session).record(
                "created", "household", new_id, {"external_id": household.external_id}
            )
        return replace(household, id=new_id, version=1)

    def save(self, household: RegisteredHousehold, expected_version: int | None = None) -> int:
        """Update a stored household (or insert a new one); return the new version.

        Raises ConflictError when someone else saved it after ``expected_version``
        (default: the household's own ``version``).
        """
        if household.id is None:
            return self.insert(household).version
        expected = household.version if expected_version is None else expected_version
        with self.session.transaction():
            cursor = self.conn.execute(
                "UPDATE households SET version = version + 1, updated_at = ?"
                " WHERE id = ? AND version = ?",
                (now(), household.id, expected),
            )
            if cursor.rowcount != 1:
                raise _conflict(household, self.version(household.id))
            self.bulk_write(
                [household],
                audit=False,
                known_ids={household.external_id: household.id},
                bump_version=False,
            )
            AuditLog(self.session).record(
                "changed", "household", household.id, {"external_id": household.external_id}
            )
        return expected + 1

    def soft_delete(self, id: int, expected_version: int) -> int:
        """Mark a household deleted (kept whole, with when and by whom); the new version.

        ConflictError when someone changed or deleted it after ``expected_version``."""
        return self._mark(id, expected_version, deleted=True)

    def restore(self, id: int, expected_version: int) -> int:
        """Take back a soft delete: the same row with everything attached; the new version.

        ConflictError when the household changed after the delete (``expected_version``)."""
        return self._mark(id, expected_version, deleted=False)

    def _mark(self, id: int, expected_version: int, deleted: bool) -> int:
        stamp = now()
        with self.session.transaction():
            cursor = self.conn.execute(
                "UPDATE households SET version = version + 1, updated_at = ?,"
                " deleted_at = ?, deleted_by = ?"
                " WHERE id = ? AND version = ?"
                " AND CASE WHEN deleted_at IS NULL THEN 1 ELSE 0 END = ?",
                (
                    stamp,
                    stamp if deleted else None,
                    self.session.actor if deleted else None,
                    id,
                    expected_version,
                    int(deleted),
                ),
            )
            if cursor.rowcount != 1:
                row = self.conn.execute(
                    "SELECT external_id, version, deleted_at FROM households WHERE id = ?", (id,)
                ).fetchone()
                name = row[0] if row is not None else str(id)
                if row is None or (deleted and row[2] is not None):
                    raise ConflictError(
                        f"Husstanden {name} er slettet av noen andre i mellomtiden."
                    )
                raise ConflictError(
                    f"Husstanden {name} er endret av noen andre i mellomtiden (din versjon "
                    f"{expected_version}, nå versjon {row[1]}). Last inn på nytt."
                )
            action = "deleted" if deleted else "restored"
            self.session.audit.record(action, "household", id, {"soft": True})
        return expected_version + 1

    def delete(self, id: int, expected_version: int | None = None) -> None:
        """Erase a household with everything that hangs on it (members, cases, documents).

        Not undoable; the app's delete is :meth:`soft_delete`."""
        with self.session.transaction():
            row = self.conn.execute(
                "SELECT external_id, version FROM households WHERE id = ?", (id,)
            ).fetchone()
            if row is None:
                return
            if expected_version is not None and row[1] != expected_version:
                raise ConflictError(
                    f"Husstanden {row[0]} er endret av noen andre siden du åpnet den. "
                    "Last inn på nytt før du sletter."
                )
            self.conn.execute("DELETE FROM households WHERE id = ?", (id,))
            AuditLog(self.session).record("deleted", "household", id, {"external_id": row[0]})

    def bulk_write(
        self,
        households: Sequence[RegisteredHousehold],
        audit: bool = True,
        known_ids: dict[str, int] | None = None,
        bump_version: bool = True,
        units: UnitLookup | None = None,
    ) -> list[int]:
        """Insert or replace households by external_id, in the caller's transaction.

        Members, incomes and debts of a replaced household are replaced, and the list
        columns (listing.py) are written with the row. Returns the database ids in input
        order. Raises InputError for a tenancy on an unknown unit. Callers writing many
        chunks pass ``known_ids`` and ``units`` (from ``unit_lookup``) to read them once.
        """
        units = units if units is not None else self.unit_lookup()
        existing = known_ids if known_ids is not None else self.id_map()
        stamp = now()
        columns = (*HH_COLUMNS, *listing.LIST_COLUMNS)
        new_rows, later = self._split(households, existing, units, stamp)
        self.conn.executemany(
            f"INSERT INTO households ({', '.join(columns)}, created_at, updated_at)"
            f" VALUES ({', '.join('?' * len(columns))}, ?, ?)",
            new_rows,
        )
        if new_rows:  # the ids the database allocated, by external_id
            existing.update(
                (r[0], int(r[1]))
                for r in self.conn.execute(
                    "SELECT external_id, id FROM households WHERE "
                    + self.session.dialect.in_texts("external_id"),
                    (_json_texts([r[0] for r in new_rows]),),
                )
            )
        ids = [existing[h.external_id] for h in households]
        old_rows = [(*values, stamp, existing[external_id]) for external_id, values in later]
        sets = ", ".join(f"{c} = ?" for c in columns)
        bump = ", version = version + 1" if bump_version else ""
        self.conn.executemany(
            f"UPDATE households SET {sets}{bump}, deleted_at = NULL, deleted_by = NULL,"
            " updated_at = ? WHERE id = ?",
            old_rows,
        )
        replaced = [r[-1] for r in old_rows]
        if replaced:
            # Incomes go with their members (ON DELETE CASCADE).
            for table in ("members", "debts"):
                self.conn.execute(
                    f"DELETE FROM {table} WHERE {self.session.dialect.in_ids('household_id')}",
                    (_json_ids(replaced),),
                )
        self._write_members(households, ids)
        if audit:
            AuditLog(self.session).record(
                "imported", "household", None, {"inserted": len(new_rows), "updated": len(old_rows)}
            )
        return ids

    def unit_lookup(self) -> UnitLookup:
        """unit_id → (database id, the unit's part of a household's search text)."""
        return {
            r[0]: (r[1], r[2])
            for r in self.conn.execute(
                "SELECT unit_id, id, unit_id || ' ' || address || ' ' || city FROM units"
            )
        }

    def _split(
        self,
        households: Sequence[RegisteredHousehold],
        existing: dict[str, int],
        units: UnitLookup,
        stamp: str,
    ) -> tuple[list[tuple[Any, ...]], list[tuple[str, tuple[Any, ...]]]]:
        """Rows to insert (households not stored yet; the database allocates their ids) and
        (external_id, values) to update (stored ones, and a repeat within the batch)."""
        new_rows: list[tuple[Any, ...]] = []
        later: list[tuple[str, tuple[Any, ...]]] = []
        inserting: set[str] = set()
        for h in households:
            values = _household_values(h, units)
            if h.external_id in existing or h.external_id in inserting:
                later.append((h.external_id, values))
            else:
                inserting.add(h.external_id)
                new_rows.append((*values, stamp, stamp))
        return new_rows, later

    def _write_members(self, households: Sequence[RegisteredHousehold], ids: list[int]) -> None:
        members: list[tuple[Any, ...]] = []
        debts: list[tuple[Any, ...]] = []
        for h, hid in zip(households, ids, strict=True):
            for position, p in enumerate(h.members):
                members.append(
                    (
                        hid,
                        position,
                        p.role,
                        p.first_name,
                        p.last_name,
                        p.national_id,
                        date_text(p.birth_date),
                        p.sex,
                        int_or_none(p.transit_pass),
                        int(p.special_care_needs),
                    )
                )
            debts.extend(
                (hid, pos, d.kind, d.balance, d.monthly_payment) for pos, d in enumerate(h.debts)
            )
        self.conn.executemany(_MEMBER_INSERT, members)
        # The member ids the database allocated, by (household, position).
        member_ids = {
            (r[0], r[1]): r[2]
            for r in self.conn.execute(
                "SELECT household_id, position, id FROM members WHERE "
                + self.session.dialect.in_ids("household_id"),
                (_json_ids(ids),),
            )
        }
        incomes = [
            (member_ids[(hid, position)], i.kind, i.annual)
            for h, hid in zip(households, ids, strict=True)
            for position, p in enumerate(h.members)
            for i in p.incomes
            if i.annual
        ]
        self.conn.executemany(_INCOME_INSERT, incomes)
        self.conn.executemany(_DEBT_INSERT, debts)

    # Lists and batches ----------------------------------------------------------------

    def count(self, search: str = "", filters: listing.HouseholdFilters | None = None) -> int:
        return listing.count(self.conn, search, filters)

    def page(
        self,
        offset: int = 0,
        limit: int = 100,
        sort_key: str = "name",
        descending: bool = False,
        search: str = "",
        filters: listing.HouseholdFilters | None = None,
    ) -> list[listing.HouseholdRow]:
        return listing.page(self.conn, offset, limit, sort_key, descending, search, filters)

    def screening_batch(
        self, on: date, tiltakssonen: bool = False
    ) -> tuple[list[int], HouseholdBatch]:
        from ..queries.batch import screening_batch

        return screening_batch(self.conn, on, tiltakssonen)

    def screening_input(
        self,
        on: date,
        tiltakssonen: bool = False,
        members: Callable[[], np.ndarray] | None = None,
        household_ids: Sequence[int] | None = None,
    ) -> tuple[list[int], HouseholdBatch, ScreeningFacts]:
        """``screening_batch`` and the screening's facts about the same households, read
        together (``queries.batch.screening_input``; ``members``, ``household_ids``: see
        there)."""
        from ..queries.batch import screening_input

        return screening_input(self.conn, on, tiltakssonen, members, household_ids)

    def packed_members(self) -> np.ndarray:
        """Every member as three integers for the screening (``queries.batch``)."""
        from ..queries.batch import packed_members

        return packed_members(self.conn)


def _household_values(h: RegisteredHousehold, units: UnitLookup) -> tuple[Any, ...]:
    """HH_COLUMNS then listing.LIST_COLUMNS."""
    t = h.tenancy
    unit_ref = None
    unit_text = ""
    if t is not None:
        found = units.get(t.unit_id)
        if found is None:
            raise InputError(f"husstand {h.external_id}: bolig_id {t.unit_id!r} finnes ikke")
        unit_ref, unit_text = found
    return (
        h.external_id,
        unit_ref,
        t.rent_monthly if t else None,
        date_text(t.start) if t else None,
        t.arrears if t else 0.0,
        h.tax_free_income_monthly,
        h.savings,
        h.other_fixed_costs_monthly,
        h.car,
        h.phone,
        h.email,
        h.living_costs_monthly_override,
        h.living_costs_override_reason,
        h.notes,
        h.case_state,
        h.childcare_expenses_annual,
        h.existing_interest_annual,
        *listing.list_values(h.external_id, h.members, unit_text),
    )


def _json_texts(texts: Sequence[str]) -> str:
    import json

    return json.dumps(list(texts), ensure_ascii=False)


def _json_ids(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(i) for i in ids) + "]"


def _conflict(household: RegisteredHousehold, current: int | None) -> ConflictError:
    if current is None:
        return ConflictError(
            f"Husstanden {household.external_id} er slettet av noen andre i mellomtiden."
        )
    return ConflictError(
        f"Husstanden {household.external_id} ({household.name}) er endret av noen andre siden "
        f"du åpnet den (din versjon {household.version}, nå versjon {current}). "
        "Last inn på nytt og gjør endringen igjen."
    )
