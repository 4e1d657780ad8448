"""What a re-import needs to know about the stored register, read in a few bulk queries.

A re-import merges the file into the households already stored (services/import_merge.py):
it needs each household as stored (to keep what the caseworker owns and to say what
changed) and who holds which identity number (a person belongs to one household).
Reading household by household would cost 100 000 × 3 queries; this reads them in bulk.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...domain.model import Debt, Income
from ...domain.register import Person, RegisteredHousehold, Tenancy
from ..common import bool_or_none, parse_date
from ..session import Reader

_CHUNK = 20_000
_COLUMNS = (
    "h.id, h.version, h.external_id, u.unit_id, h.rent_monthly, h.tenancy_start, h.arrears,"
    " h.tax_free_income_monthly, h.savings, h.other_fixed_costs_monthly, h.car, h.phone,"
    " h.email, h.living_costs_override, h.living_costs_override_reason, h.notes, h.case_state,"
    " h.childcare_expenses_annual, h.existing_interest_annual"
)


def owners_by_national_id(conn: Reader) -> dict[str, str]:
    """Identity number → the husstand_id (external_id) of the household holding it."""
    rows = conn.execute(
        "SELECT m.national_id, h.external_id FROM members m JOIN households h"
        " ON h.id = m.household_id WHERE m.national_id != ''"
    )
    return {r[0]: r[1] for r in rows}


def load_many(conn: Reader, ids: Sequence[int]) -> dict[int, RegisteredHousehold]:
    """The stored households with these database ids, by id (members with their ids)."""
    found: dict[int, RegisteredHousehold] = {}
    for start in range(0, len(ids), _CHUNK):
        found.update(_load_chunk(conn, ids[start : start + _CHUNK]))
    return found


def _json(ids: Sequence[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _load_chunk(conn: Reader, ids: Sequence[int]) -> dict[int, RegisteredHousehold]:
    wanted = _json(ids)
    members: dict[int, list[tuple[Any, ...]]] = {}
    incomes: dict[int, list[Income]] = {}
    debts: dict[int, list[Debt]] = {}
    for row in conn.execute(
        "SELECT m.id, m.household_id, m.role, m.first_name, m.last_name, m.national_id,"
        " m.birth_date, m.sex, m.transit_pass, m.special_care_needs FROM members m"
        " WHERE m.household_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY m.household_id, m.position, m.id",
        (wanted,),
    ):
        members.setdefault(row[1], []).append(row)
    for member_id, kind, annual in conn.execute(
        "SELECT i.member_id, i.kind, i.annual FROM incomes i JOIN members m ON m.id = i.member_id"
        " WHERE m.household_id IN (SELECT value FROM json_each(?)) ORDER BY i.id",
        (wanted,),
    ):
        incomes.setdefault(member_id, []).append(Income(kind=kind, annual=annual))
    for household_id, kind, balance, payment in conn.execute(
        "SELECT household_id, kind, balance, monthly_payment FROM debts WHERE household_id IN"
        " (SELECT value FROM json_each(?)) ORDER BY household_id, position, id",
        (wanted,),
    ):
        debts.setdefault(household_id, []).append(Debt(kind, balance, payment))
    found: dict[int, RegisteredHousehold] = {}
    for r in conn.execute(
        f"SELECT {_COLUMNS} FROM households h LEFT JOIN units u ON u.id = h.unit_ref"
        " WHERE h.id IN (SELECT value FROM json_each(?))",
        (wanted,),
    ):
        hid = r[0]
        people = tuple(
            Person(
                role=m[2],
                first_name=m[3],
                last_name=m[4],
                national_id=m[5],
                birth_date=parse_date(m[6]),
                sex=m[7],
                incomes=tuple(incomes.get(m[0], ())),
                transit_pass=bool_or_none(m[8]),
                id=m[0],
                special_care_needs=bool(m[9]),
            )
            for m in members.get(hid, ())
        )
        tenancy = None
        if r[3] is not None:
            tenancy = Tenancy(r[3], r[4] or 0.0, parse_date(r[5]), r[6])
        found[hid] = RegisteredHousehold(
            external_id=r[2],
            members=people,
            tenancy=tenancy,
            tax_free_income_monthly=r[7],
            savings=r[8],
            debts=tuple(debts.get(hid, ())),
            other_fixed_costs_monthly=r[9],
            car=r[10],
            phone=r[11],
            email=r[12],
            living_costs_monthly_override=r[13],
            living_costs_override_reason=r[14],
            notes=r[15],
            case_state=r[16],
            id=hid,
            version=r[1],
            childcare_expenses_annual=r[17],
            existing_interest_annual=r[18],
        )
    return found
