from datetime import date

import pytest

from leietileie.domain.deadlines import (
    add_working_days,
    is_public_holiday,
    is_working_day,
    next_working_day,
    reply_deadline,
    working_days_between,
)


def test_ten_working_days_across_easter_2026():
    # 2 Apr Maundy Thursday, 3 Apr Good Friday, 6 Apr Easter Monday are holidays.
    assert reply_deadline(date(2026, 3, 30), 10) == date(2026, 4, 16)


def test_weekend_is_skipped():
    assert add_working_days(date(2026, 11, 20), 1) == date(2026, 11, 23)  # Friday -> Monday


def test_constitution_day_and_may_day():
    assert is_public_holiday(date(2026, 5, 17))
    assert is_public_holiday(date(2026, 5, 1))
    assert not is_working_day(date(2026, 5, 14))  # Ascension Day
    assert add_working_days(date(2026, 4, 30), 1) == date(2026, 5, 4)


def test_christmas_and_extra_closed_days():
    assert add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 24)
    assert add_working_days(date(2026, 12, 23), 1, [date(2026, 12, 24)]) == date(2026, 12, 28)


def test_next_working_day():
    assert next_working_day(date(2026, 4, 1)) == date(2026, 4, 7)
    assert next_working_day(date(2026, 4, 7), inclusive=True) == date(2026, 4, 7)
    assert add_working_days(date(2026, 4, 4), 0) == date(2026, 4, 7)


def test_working_days_between_agrees_with_add():
    start = date(2026, 3, 30)
    for n in range(0, 40):
        end = add_working_days(start, n)
        assert working_days_between(start, end) == n


def test_negative_days_refused():
    with pytest.raises(ValueError):
        add_working_days(date(2026, 1, 1), -1)
