from datetime import date

import pytest

from leietileie.services.demo import create_demo
from leietileie.storage.database import Database
from leietileie.storage.records import RentPayment
from leietileie.storage.repositories.rent import month_back

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "r.db")
    create_demo(database, households=30, seed=5, today=ON)
    yield database
    database.close()


def test_month_back():
    assert month_back(ON, 0) == "2026-11"
    assert month_back(ON, 12) == "2025-11"
    assert month_back(date(2026, 1, 5), 1) == "2025-12"


@pytest.mark.parametrize(
    ("paid", "paid_on", "on_time"),
    [
        (9000, date(2026, 3, 14), True),
        (9000, date(2026, 3, 16), False),
        (8000, date(2026, 3, 2), False),
        (0, None, False),
    ],
)
def test_on_time_means_in_full_within_the_grace_days(paid, paid_on, on_time):
    assert RentPayment("2026-03", 9000, paid, paid_on).on_time is on_time


def test_recorded_payments_are_counted_late_or_on_time(db):
    for month in ("2026-08", "2026-09", "2026-10"):
        db.rent.record(1, RentPayment(month, 9000, 9000, date.fromisoformat(month + "-02")))
    db.rent.record(1, RentPayment("2026-10", 9000, 0, None))  # replaces: not paid
    history = db.rent.for_household(1, ON)
    assert [p.month for p in history][-3:] == ["2026-08", "2026-09", "2026-10"]
    assert [p.on_time for p in history][-3:] == [True, True, False]
    late = db.rent.late_counts([1], ON)[0]
    assert late == sum(1 for p in history if not p.on_time)
    assert any(e.entity == "rent_payment" for e in db.audit.list())


def test_demo_gives_tenants_in_arrears_a_history_of_missed_months(db):
    ids = [h for h in range(1, 31)]
    late = db.rent.late_counts(ids, ON)
    in_arrears = [i for i, h in enumerate(ids) if db.households.get(h).tenancy.arrears > 0]
    assert in_arrears and all(late[i] >= 1 for i in in_arrears)


def test_a_month_with_nothing_due_is_not_late(db):
    free = RentPayment("2026-07", 0, 0, None)
    assert free.on_time
    history = {p.month: p for p in db.rent.for_household(3, ON)}
    replaced_was_late = "2026-07" in history and not history["2026-07"].on_time
    before = db.rent.late_counts([3], ON)[0]
    db.rent.record(3, free)  # replaces July
    assert db.rent.late_counts([3], ON)[0] == before - replaced_was_late
