"""The on-time-rent rule: one definition for the Python check and the SQL count.

A month's rent counts as paid on time when it was paid in full (within ``FULL_TOLERANCE``
kroner, rounding) no later than ``LAST_ON_TIME_DAY`` of the month it is due (rent falls due
on the 1st). A month with nothing due (rent-free) counts as on time. The storage layer builds
its SQL from these parameters; ``tests/storage/test_rent.py`` checks both agree on a table of
cases.
"""

from __future__ import annotations

from datetime import date

#: Rent falls due on this day of the month.
DUE_DAY = 1
#: The last day of the month a payment still counts as on time (14 days' grace).
LAST_ON_TIME_DAY = 15
#: A payment short of the amount due by less than this (kroner) counts as paid in full.
FULL_TOLERANCE = 0.5


def paid_in_full(amount_due: float, amount_paid: float) -> bool:
    return amount_paid + FULL_TOLERANCE >= amount_due


def paid_on_time(month: str, amount_due: float, amount_paid: float, paid_on: date | None) -> bool:
    """Was the rent of ``month`` (YYYY-MM) paid in full by ``LAST_ON_TIME_DAY``?"""
    if amount_due <= 0:  # nothing was due (a rent-free month)
        return True
    if paid_on is None or not paid_in_full(amount_due, amount_paid):
        return False
    return paid_on <= date.fromisoformat(f"{month}-{LAST_ON_TIME_DAY:02d}")
