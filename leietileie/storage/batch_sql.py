"""The whole register as a ``HouseholdBatch``, straight from SQL (no per-household objects).

Two queries: one row per household with a tenancy (joined with the unit it rents and its
debt totals), one row per member of those households (with income totals by tax class).
"""

from __future__ import annotations

import sqlite3
from datetime import date

import numpy as np

from ..domain.batch import FloatArray, HouseholdBatch, IntArray

_HOUSEHOLDS = """
SELECT h.id, h.tax_free_income_monthly, coalesce(d.balance, 0), coalesce(d.payment, 0),
       h.other_fixed_costs_monthly, h.savings,
       CASE h.car WHEN 'petrol' THEN 1 WHEN 'electric' THEN 2 ELSE 0 END,
       coalesce(h.rent_monthly, 0), h.living_costs_override,
       coalesce(u.valuation, 0), CASE u.tenure WHEN 'cooperative' THEN 1 ELSE 0 END,
       u.common_costs_monthly, u.other_running_costs_monthly, u.shared_debt
FROM households h
JOIN units u ON u.id = h.unit_ref
LEFT JOIN (SELECT household_id, sum(balance) AS balance, sum(monthly_payment) AS payment
           FROM debts GROUP BY household_id) d ON d.household_id = h.id
ORDER BY h.id
"""

_MEMBERS = """
SELECT m.id, m.household_id,
       coalesce(CAST(substr(m.birth_date, 1, 4) AS INTEGER), 0),
       coalesce(CAST(substr(m.birth_date, 6, 2) AS INTEGER), 0),
       coalesce(CAST(substr(m.birth_date, 9, 2) AS INTEGER), 0),
       CASE m.sex WHEN 'F' THEN 1 WHEN 'M' THEN 2 ELSE 0 END,
       CASE m.role WHEN 'applicant' THEN 0 WHEN 'co_applicant' THEN 1 WHEN 'adult' THEN 2
            ELSE 3 END,
       coalesce(m.transit_pass, -1)
FROM members m
JOIN households h ON h.id = m.household_id
WHERE h.unit_ref IS NOT NULL
ORDER BY m.household_id, m.position, m.id
"""

_INCOMES = "SELECT member_id, kind = 'pension', annual FROM incomes"


def _income_totals(conn: sqlite3.Connection, member_ids: IntArray) -> tuple[FloatArray, FloatArray]:
    """Wage-like and pension income per member (in ``member_ids`` order)."""
    rows = np.array(conn.execute(_INCOMES).fetchall(), dtype=np.float64).reshape(-1, 3)
    n = len(member_ids)
    order = np.argsort(member_ids)
    sorted_ids = member_ids[order]
    owner = rows[:, 0].astype(np.int64)
    pos = np.minimum(np.searchsorted(sorted_ids, owner), max(n - 1, 0))
    known = (sorted_ids[pos] == owner) if n else np.zeros(len(owner), dtype=bool)
    target = order[pos[known]]
    pension = rows[known, 1] == 1
    amount = rows[known, 2]
    wage_total = np.bincount(target[~pension], weights=amount[~pension], minlength=n)
    pension_total = np.bincount(target[pension], weights=amount[pension], minlength=n)
    return wage_total.astype(np.float64), pension_total.astype(np.float64)


def _ages(year: IntArray, month: IntArray, day: IntArray, on: date) -> IntArray:
    """Whole years on ``on`` (0 without a birth date), like Person.age_on."""
    before = (on.month < month) | ((on.month == month) & (on.day < day))
    ages = on.year - year - before.astype(np.int64)
    ages = np.where(year == 0, 0, ages)
    return np.maximum(ages, 0).astype(np.int64)


def screening_batch(conn: sqlite3.Connection, on: date) -> tuple[list[int], HouseholdBatch]:
    """Every household with a tenancy, paired with its unit; ids in batch order."""
    h = np.array(conn.execute(_HOUSEHOLDS).fetchall(), dtype=np.float64).reshape(-1, 14)
    members = np.array(conn.execute(_MEMBERS).fetchall(), dtype=np.int64).reshape(-1, 8)
    member_ids, mi = members[:, 0], members[:, 1:]
    wage, pension = _income_totals(conn, member_ids)
    ids = h[:, 0].astype(np.int64)

    def col(i: int) -> FloatArray:
        return np.ascontiguousarray(h[:, i])

    batch = HouseholdBatch(
        m_household=np.searchsorted(ids, mi[:, 0]).astype(np.int64),
        m_age=_ages(mi[:, 1], mi[:, 2], mi[:, 3], on),
        m_sex=np.ascontiguousarray(mi[:, 4]),
        m_role=np.ascontiguousarray(mi[:, 5]),
        m_transit=np.ascontiguousarray(mi[:, 6]),
        m_pregnant=np.zeros(len(mi), dtype=np.int64),
        m_wage_income=wage,
        m_pension_income=pension,
        h_tax_free_monthly=col(1),
        h_debt_balance=col(2),
        h_debt_payment_monthly=col(3),
        h_other_fixed_monthly=col(4),
        h_savings=col(5),
        h_car=h[:, 6].astype(np.int64),
        h_rent_monthly=col(7),
        h_override_monthly=col(8),
        d_price=col(9),
        d_tenure=h[:, 10].astype(np.int64),
        d_common_monthly=col(11),
        d_other_monthly=col(12),
        d_shared_debt=col(13),
    )
    batch.validate()
    return ids.tolist(), batch
