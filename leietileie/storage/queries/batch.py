"""The whole register as a ``HouseholdBatch``, straight from SQL (no per-household objects).

Four plain scans, each without grouping or sorting in SQL: households with the unit they
rent, debts, members, incomes. NumPy sums the debts and incomes, picks the members of
households with a tenancy and puts them in (household, position) order.
"""

from __future__ import annotations

import itertools
from datetime import date

import numpy as np

from ...domain.batch import FloatArray, HouseholdBatch, IntArray
from ..session import Reader

_HOUSEHOLDS = """
SELECT h.id, h.tax_free_income_monthly, h.other_fixed_costs_monthly, h.savings,
       CASE h.car WHEN 'petrol' THEN 1 WHEN 'electric' THEN 2 ELSE 0 END,
       coalesce(h.rent_monthly, 0), h.living_costs_override,
       coalesce(u.valuation, 0), CASE u.tenure WHEN 'cooperative' THEN 1 ELSE 0 END,
       u.common_costs_monthly, u.other_running_costs_monthly, u.shared_debt,
       h.childcare_expenses_annual, h.existing_interest_annual
FROM households h
JOIN units u ON u.id = h.unit_ref
WHERE h.deleted_at IS NULL
ORDER BY h.id
"""
_H_COLUMNS = 14

_DEBTS = "SELECT household_id, balance, monthly_payment FROM debts"

#: Three integers per member (fewer values fetched is faster): the id; household id × 64 +
#: position; ((birth date as yyyymmdd (0 without one) × 2 + special care needs) × 4 + sex
#: (1 F, 2 M)) × 16 + role (0 applicant … 3 child) × 4 + transit pass + 1.
_MEMBERS = """
SELECT m.id, m.household_id * 64 + min(m.position, 63),
       (((coalesce(CAST(replace(m.birth_date, '-', '') AS INTEGER), 0) * 2
          + m.special_care_needs) * 4
         + CASE m.sex WHEN 'F' THEN 1 WHEN 'M' THEN 2 ELSE 0 END) * 4
         + CASE m.role WHEN 'applicant' THEN 0 WHEN 'co_applicant' THEN 1 WHEN 'adult' THEN 2
                ELSE 3 END) * 4
       + coalesce(m.transit_pass, -1) + 1
FROM members m
"""
_M_COLUMNS = 3

#: Income kind codes: 0 wage-like, 1 pension, 2 capital income, 3 uføretrygd (wage-like).
_INCOMES = """
SELECT member_id, CASE kind WHEN 'pension' THEN 1 WHEN 'capital_income' THEN 2
                  WHEN 'disability_benefit' THEN 3 ELSE 0 END, annual FROM incomes
"""


def _fetch(conn: Reader, sql: str, columns: int, dtype: type) -> np.ndarray:
    rows = conn.execute(sql).fetchall()
    flat = itertools.chain.from_iterable(rows)  # NULL → nan for floats
    return np.fromiter(flat, dtype=dtype, count=len(rows) * columns).reshape(-1, columns)


def _positions(sorted_ids: IntArray, keys: IntArray) -> tuple[IntArray, np.ndarray]:
    """Where each key is in ``sorted_ids``, and which keys are there at all."""
    if len(sorted_ids) == 0:
        return np.zeros(len(keys), dtype=np.int64), np.zeros(len(keys), dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_ids, keys), len(sorted_ids) - 1)
    return pos, sorted_ids[pos] == keys


def _income_totals(conn: Reader, member_ids: IntArray) -> tuple[FloatArray, ...]:
    """Wage-like, pension, capital and uføretrygd income per member (in ``member_ids`` order);
    uføretrygd is also part of the wage-like total."""
    rows = _fetch(conn, _INCOMES, 3, np.float64)
    n = len(member_ids)
    order = np.argsort(member_ids, kind="stable")
    pos, known = _positions(member_ids[order], rows[:, 0].astype(np.int64))
    target = order[pos[known]]
    kind = rows[known, 1]
    amount = rows[known, 2]

    def total(mask: np.ndarray) -> FloatArray:
        return np.bincount(target[mask], weights=amount[mask], minlength=n).astype(np.float64)

    wage_like = (kind == 0) | (kind == 3)
    return total(wage_like), total(kind == 1), total(kind == 2), total(kind == 3)


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
    h = _fetch(conn, _HOUSEHOLDS, _H_COLUMNS, np.float64)
    ids = h[:, 0].astype(np.int64)
    n = len(ids)
    debts = _fetch(conn, _DEBTS, 3, np.float64)
    pos, known = _positions(ids, debts[:, 0].astype(np.int64))
    debt_balance = np.bincount(pos[known], weights=debts[known, 1], minlength=n)
    debt_payment = np.bincount(pos[known], weights=debts[known, 2], minlength=n)

    packed = _fetch(conn, _MEMBERS, _M_COLUMNS, np.int64)
    owner, keep = _positions(ids, packed[:, 1] >> 6)
    packed, owner = packed[keep], owner[keep]
    order = np.lexsort((packed[:, 0], packed[:, 1] & 63, owner))
    if not np.array_equal(order, np.arange(len(order))):
        packed, owner = packed[order], owner[order]
    person = packed[:, 2]
    wage, pension, capital, disability = _income_totals(conn, np.ascontiguousarray(packed[:, 0]))

    def col(i: int) -> FloatArray:
        return np.ascontiguousarray(h[:, i])

    batch = HouseholdBatch(
        m_household=owner.astype(np.int64),
        m_age=_ages(person >> 7, on),
        m_sex=(person >> 4) & 3,
        m_role=(person >> 2) & 3,
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
    return ids.tolist(), batch
