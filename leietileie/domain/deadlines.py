"""Working days in Norway: reply deadlines that skip weekends and public holidays.

A letter's reply deadline (svarfrist) is a number of working days after the letter's date.
Saturdays, Sundays and the Norwegian public holidays (helligdager, 1 and 17 May; from the
``holidays`` package, country "NO") are not working days. Christmas Eve and New Year's Eve are
ordinary working days in law; a municipality that closes then can pass them as ``extra_closed``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def _holidays_of_year(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NO", years=year).keys())


def is_public_holiday(day: date) -> bool:
    """True on a Norwegian public holiday (helligdag or høytidsdag)."""
    return day in _holidays_of_year(day.year)


def is_working_day(day: date, extra_closed: Iterable[date] = ()) -> bool:
    """Monday to Friday, not a public holiday and not one of ``extra_closed``."""
    closed = extra_closed if isinstance(extra_closed, frozenset | set) else frozenset(extra_closed)
    return day.weekday() < 5 and not is_public_holiday(day) and day not in closed


def add_working_days(start: date, days: int, extra_closed: Iterable[date] = ()) -> date:
    """The day ``days`` working days after ``start`` (``start`` itself does not count).

    ``add_working_days(date(2026, 3, 30), 10)`` skips Maundy Thursday, Good Friday and Easter
    Monday and gives 16 April 2026. ``days`` = 0 gives ``start`` moved forward to a working day.
    """
    if days < 0:
        raise ValueError(f"days must be 0 or more, not {days}")
    closed = frozenset(extra_closed)
    if days == 0:
        return next_working_day(start, closed, inclusive=True)
    day = start
    left = days
    while left:
        day += timedelta(days=1)
        if is_working_day(day, closed):
            left -= 1
    return day


def next_working_day(
    day: date, extra_closed: Iterable[date] = (), *, inclusive: bool = False
) -> date:
    """The first working day after ``day`` (or ``day`` itself when ``inclusive`` and it is one)."""
    closed = frozenset(extra_closed)
    candidate = day if inclusive else day + timedelta(days=1)
    while not is_working_day(candidate, closed):
        candidate += timedelta(days=1)
    return candidate


def reply_deadline(letter_date: date, working_days: int, extra_closed: Iterable[date] = ()) -> date:
    """A letter's reply deadline: ``working_days`` working days after its date."""
    return add_working_days(letter_date, working_days, extra_closed)


def working_days_between(start: date, end: date, extra_closed: Iterable[date] = ()) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when ``end`` <= ``start``)."""
    closed = frozenset(extra_closed)
    count = 0
    day = start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day, closed):
            count += 1
    return count
