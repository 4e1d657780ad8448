"""The whole register as a ``HouseholdBatch``, straight from SQL (no per-household objects).

Four plain scans, each without grouping or sorting in SQL: households with the unit they
rent, debts, members, incomes. NumPy sums the debts and incomes, picks the members of
households with a tenancy and puts them in (household, position) order.

The same four scans give the screening's other facts (``ScreeningFacts``: arrears, tenancy
years, the applicant's age, permanent and temporary income), so a screening reads the
register once.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Sequence
from datetime import date

import numpy as np

from ...domain.batch import FloatArray, HouseholdBatch, IntArray
from ...domain.model import TEMPORARY_INCOME
from ..errors import StorageBug
from ..session import Reader
from .screening_facts import ScreeningFacts

_HOUSEHOLDS = """
SELECT h.id, h.tax_free_income_monthly, h.other_fixed_costs_monthly, h.savings,
       CASE h.car WHEN 'petrol' THEN 1 WHEN 'electric' THEN 2 ELSE 0 END,
       coalesce(h.rent_monthly, 0), h.living_costs_override,
       coalesce(u.valuation, 0), CASE u.tenure WHEN 'cooperative' THEN 1 ELSE 0 END,
       u.common_costs_monthly, u.other_running_costs_monthly, u.shared_debt,
       h.childcare_expenses_annual, h.existing_interest_annual,
       h.arrears, (julianday(?) - julianday(h.tenancy_start)) / 365.25, h.gross_income
FROM households h
JOIN units u ON u.id = h.unit_ref
WHERE h.deleted_at IS NULL{only}
ORDER BY h.id
"""
_H_COLUMNS = 17

_DEBTS = "SELECT household_id, balance, monthly_payment FROM debts"

#: Three integers per member (fewer values fetched is faster): the id; household id × 64 +
#: position; ((birth date as yyyymmdd (0 without one) × 2 + special care needs) × 4 + sex
#: (1 F, 2 M)) × 16 + role (0 applicant … 3 child) × 4 + transit pass + 1. All of them in one
#: text («id,key,person,id,…»): one step of the database, no row objects, so that it can be
#: read on a second connection beside the households (``Register.read_beside``).
_MEMBERS = """
SELECT group_concat(CAST(m.id AS TEXT) || ',' || CAST(m.household_id * 64 + min(m.position, 63)
                    AS TEXT) || ',' ||
       CAST((((coalesce(CAST(replace(m.birth_date, '-', '') AS INTEGER), 0) * 2
          + m.special_care_needs) * 4
         + CASE m.sex WHEN 'F' THEN 1 WHEN 'M' THEN 2 ELSE 0 END) * 4
         + CASE m.role WHEN 'applicant' THEN 0 WHEN 'co_applicant' THEN 1 WHEN 'adult' THEN 2
                ELSE 3 END) * 4
       + coalesce(m.transit_pass, -1) + 1 AS TEXT), ',')
FROM members m
"""
_M_COLUMNS = 3


#: Limits a read to some households: a JSON list of ids bound as one parameter (``_scope``).
_IN_LIST = "IN (SELECT value FROM json_each(?))"


def _scope(household_ids: Sequence[int] | None) -> list[object]:
    """The parameter of ``_IN_LIST`` ([] when the whole register is read)."""
    if household_ids is None:
        return []
    return [json.dumps(sorted({int(i) for i in household_ids}))]


def ints_from_text(text: str | None, columns: int) -> np.ndarray:
    """Integers aggregated by the database into one text («a,b,c,a,b,c,…»), ``columns`` to a
    row. One text is one step of the database and no row objects, which is what lets such a
    read run on a second connection beside another (``Register.read_beside``)."""
    if not text:
        return np.zeros((0, columns), dtype=np.int64)
    values = np.fromstring(text, dtype=np.int64, sep=",")
    if len(values) % columns:
        raise StorageBug("the database's text of integers could not be read")
    return values.reshape(-1, columns)


def packed_members(conn: Reader, household_ids: Sequence[int] | None = None) -> np.ndarray:
    """Every member (of ``household_ids`` only, when given) as three integers
    (``_MEMBERS``), in no particular order."""
    where = "" if household_ids is None else f" WHERE m.household_id {_IN_LIST}"
    text = conn.execute(_MEMBERS + where, _scope(household_ids)).fetchone()[0]
    return ints_from_text(text, _M_COLUMNS)


#: Income kind codes: 0 wage-like, 1 pension, 2 capital income, 3 uføretrygd (wage-like);
#: + 4 for the kinds Husbanken asks to be flagged as temporary (``TEMPORARY_INCOME``).
_TEMPORARY = ", ".join(f"'{k}'" for k in TEMPORARY_INCOME)
_INCOMES = f"""
SELECT member_id, CASE kind WHEN 'pension' THEN 1 WHEN 'capital_income' THEN 2
                  WHEN 'disability_benefit' THEN 3 ELSE 0 END
                  + CASE WHEN kind IN ({_TEMPORARY}) THEN 4 ELSE 0 END, annual FROM incomes
"""

#: The role code of the applicant in the packed member column (``_MEMBERS``).
_APPLICANT = 0


def _fetch(
    conn: Reader, sql: str, columns: int, dtype: type, params: Sequence[object] = ()
) -> np.ndarray:
    rows = conn.execute(sql, params).fetchall()
    flat = itertools.chain.from_iterable(rows)  # NULL → nan for floats
    return np.fromiter(flat, dtype=dtype, count=len(rows) * columns).reshape(-1, columns)


def _positions(sorted_ids: IntArray, keys: IntArray) -> tuple[IntArray, np.ndarray]:
    """Where each key is in ``sorted_ids``, and which keys are there at all."""
    if len(sorted_ids) == 0:
        return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_ids, keys), len(sorted_ids) - 1)
    return pos, sorted_ids[pos] == keys


def _income_totals(
    conn: Reader, member_ids: IntArray, household_ids: Sequence[int] | None
) -> tuple[FloatArray, ...]:
    """Wage-like, pension, capital, uføretrygd and temporary income per member (in
    ``member_ids`` order); uføretrygd and the temporary kinds are also wage-like."""
    where = (
        ""
        if household_ids is None
        else f" WHERE member_id IN (SELECT id FROM members WHERE household_id {_IN_LIST})"
    )
    rows = _fetch(conn, _INCOMES + where, 3, np.float64, _scope(household_ids))
    n = len(member_ids)
    order = np.argsort(member_ids, kind="stable")
    pos, known = _positions(member_ids[order], rows[:, 0].astype(np.int64))
    target = order[pos[known]]
    code = rows[known, 1].astype(np.int64)
    kind = code & 3
    amount = rows[known, 2]

    def total(mask: np.ndarray) -> FloatArray:
        return np.bincount(target[mask], weights=amount[mask], minlength=n).astype(np.float64)

    wage_like = (kind == 0) | (kind == 3)
    temporary = code >= 4
    return total(wage_like), total(kind == 1), total(kind == 2), total(kind == 3), total(temporary)


def _ages(born: IntArray, on: date) -> IntArray:
    """Whole years on ``on`` from yyyymmdd (0 without a birth date), like Person.age_on."""
    year: IntArray = born // 10_000
    month_day: IntArray = born % 10_000
    before: IntArray = (on.month * 100 + on.day < month_day).astype(np.int64)
    ages: IntArray = np.where(born == 0, 0, on.year - year - before)
    result: IntArray = np.maximum(ages, 0).astype(np.int64)
    return result


def screening_batch(
    conn: Reader, on: date, tiltakssonen: bool = False
) -> tuple[list[int], HouseholdBatch]:
    """Every household with a tenancy, paired with its unit; ids in batch order.
    ``tiltakssonen`` is the municipality's (the register is one municipality)."""
    ids, batch, _ = screening_input(conn, on, tiltakssonen)
    return ids, batch


def _applicant_age(
    owner: IntArray, role: IntArray, age: IntArray, born: IntArray, n: int
) -> FloatArray:
    """Per household, its applicant's age (the first applicant by position when a household
    has more than one); NaN without an applicant or without the applicant's birth date."""
    out = np.full(n, np.nan, dtype=np.float64)
    applicant = np.flatnonzero(role == _APPLICANT)
    if len(applicant):
        # members are in (household, position) order: the first applicant of each household
        households, first = np.unique(owner[applicant], return_index=True)
        chosen = applicant[first]
        out[households] = np.where(born[chosen] == 0, np.nan, age[chosen])
    return out


def screening_input(
    conn: Reader,
    on: date,
    tiltakssonen: bool = False,
    members: Callable[[], np.ndarray] | None = None,
    household_ids: Sequence[int] | None = None,
) -> tuple[list[int], HouseholdBatch, ScreeningFacts]:
    """``screening_batch`` and the screening's facts about the same households, from the same
    scans (the facts' ``late_payments`` are the rent ledger's, read separately).

    ``members`` gives ``packed_members`` read elsewhere (on a second connection, while this
    one reads the households); should a household then have no member (one added in between),
    the members are read again here, after the households, as without it.
    ``household_ids``: only these households are read (a letter's gate), not the register."""
    scope = _scope(household_ids)
    only = "" if household_ids is None else f" AND h.id {_IN_LIST}"
    h = _fetch(
        conn, _HOUSEHOLDS.format(only=only), _H_COLUMNS, np.float64, [on.isoformat(), *scope]
    )
    ids = h[:, 0].astype(np.int64)
    n = len(ids)
    where = "" if household_ids is None else f" WHERE household_id {_IN_LIST}"
    debts = _fetch(conn, _DEBTS + where, 3, np.float64, scope)
    pos, known = _positions(ids, debts[:, 0].astype(np.int64))
    debt_balance = np.bincount(pos[known], weights=debts[known, 1], minlength=n)
    debt_payment = np.bincount(pos[known], weights=debts[known, 2], minlength=n)

    packed = packed_members(conn, household_ids) if members is None else members()
    owner, keep = _positions(ids, packed[:, 1] >> 6)
    if members is not None and np.count_nonzero(np.bincount(owner[keep], minlength=n)) < n:
        packed = packed_members(conn, household_ids)
        owner, keep = _positions(ids, packed[:, 1] >> 6)
    packed, owner = packed[keep], owner[keep]
    order = np.lexsort((packed[:, 0], packed[:, 1] & 63, owner))
    if not np.array_equal(order, np.arange(len(order))):
        packed, owner = packed[order], owner[order]
    person = packed[:, 2]
    wage, pension, capital, disability, temporary = _income_totals(
        conn, np.ascontiguousarray(packed[:, 0]), household_ids
    )
    ages = _ages(person >> 7, on)
    roles = (person >> 2) & 3

    def col(i: int) -> FloatArray:
        return np.ascontiguousarray(h[:, i])

    batch = HouseholdBatch(
        m_household=owner.astype(np.int64),
        m_age=ages,
        m_sex=(person >> 4) & 3,
        m_role=roles,
        m_transit=(person & 3) - 1,
        m_pregnant=np.zeros(len(person), dtype=np.int64),
        m_wage_income=wage,
        m_pension_income=pension,
        m_capital_income=capital,
        m_disability_income=disability,
        m_special_care=(person >> 6) & 1,
        h_tax_free_monthly=col(1),
        h_debt_balance=debt_balance.astype(np.float64),
        h_debt_payment_monthly=debt_payment.astype(np.float64),
        h_other_fixed_monthly=col(2),
        h_savings=col(3),
        h_car=h[:, 4].astype(np.int64),
        h_rent_monthly=col(5),
        h_override_monthly=col(6),
        d_price=col(7),
        d_tenure=h[:, 8].astype(np.int64),
        d_common_monthly=col(9),
        d_other_monthly=col(10),
        d_shared_debt=col(11),
        d_market_value=col(7),  # the valuation (takst) is both the price and the market value
        h_childcare_annual=col(12),
        h_existing_interest_annual=col(13),
        h_tiltakssonen=np.full(n, int(tiltakssonen), dtype=np.int64),
    )
    batch.validate()
    id_list = ids.tolist()
    temporary_income = np.bincount(owner, weights=temporary, minlength=n).astype(np.float64)
    facts = ScreeningFacts(
        ids=id_list,
        arrears=col(14),
        tenancy_years=col(15),
        applicant_age=_applicant_age(owner, roles, ages, person >> 7, n),
        has_valuation=h[:, 7] > 0,
        permanent_income=col(16) - temporary_income,
        temporary_income=temporary_income,
    )
    return id_list, batch, facts
