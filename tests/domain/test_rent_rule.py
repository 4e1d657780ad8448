"""The on-time-rent rule is defined once (domain.rent); the SQL count in storage is built from
its parameters and must agree with it on every case of a hand-worked table."""

import sqlite3
from datetime import date

import pytest

from leietileie.domain.rent import LAST_ON_TIME_DAY, paid_on_time
from leietileie.storage.repositories.rent import LATE_SQL, LATE_SQL_PARAMS

# (due, paid, paid_on, on time?) for the rent of March 2026, worked out from the rule: in full
# (short by less than 0.50 kr) no later than 15 March; nothing due is on time.
CASES = [
    (9000, 9000, date(2026, 3, 15), True),  # the last day of grace
    (9000, 9000, date(2026, 3, 16), False),  # a day late
    (9000, 9000, date(2026, 2, 27), True),  # paid early
    (9000, 9000, date(2026, 4, 2), False),  # paid the month after
    (9000, 8999.6, date(2026, 3, 1), True),  # 0.40 short: rounding
    (9000, 8999.4, date(2026, 3, 1), False),  # 0.60 short: not in full
    (9000, 8000, date(2026, 3, 2), False),  # part payment
    (9000, 0, None, False),  # not paid
    (0, 0, None, True),  # rent-free month
]


def test_the_last_on_time_day_is_the_fifteenth():
    assert LAST_ON_TIME_DAY == 15


@pytest.mark.parametrize(("due", "paid", "paid_on", "on_time"), CASES)
def test_domain_rule(due, paid, paid_on, on_time):
    assert paid_on_time("2026-03", due, paid, paid_on) is on_time


def test_sql_agrees_with_the_domain_rule_on_every_case():
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE TABLE rent_payments (household_id, month, amount_due, amount_paid, paid_on)"
    )
    conn.executemany(
        "INSERT INTO rent_payments VALUES (?, '2026-03', ?, ?, ?)",
        [
            (i, due, paid, None if on is None else on.isoformat())
            for i, (due, paid, on, _) in enumerate(CASES)
        ],
    )
    rows = conn.execute(
        f"SELECT household_id, {LATE_SQL} FROM rent_payments GROUP BY household_id ORDER BY "
        "household_id",
        LATE_SQL_PARAMS,
    ).fetchall()
    assert [bool(late) for _, late in rows] == [not on_time for *_, on_time in CASES]
