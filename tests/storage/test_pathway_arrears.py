"""Issue 14's tables on both engines: agreements and savings, arrears cases, actions and
payment agreements, and the ledger read for the arrears list (the households with a month
not paid in full, from a partial index, then their rows)."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from leietileie.errors import ConflictError
from leietileie.storage import Database
from leietileie.storage.errors import CheckViolation
from leietileie.storage.records import RentPayment

from .conftest import make_household, make_unit


@pytest.fixture
def two(db):
    db.units.insert(make_unit("B-001"))
    db.units.insert(make_unit("B-002"))
    first = db.households.insert(make_household("H-1", "B-001"))
    second = db.households.insert(make_household("H-2", "B-002"))
    return db, first.id, second.id


def test_an_agreement_is_stored_read_and_its_status_changed_with_its_version(two):
    db, h1, _ = two
    agreement_id = db.pathway.add_agreement(
        h1,
        start_date=date(2026, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_100_000,
        savings_year0=20_000,
        monthly_saving_target=3_500,
        option_expiry=date(2030, 12, 31),
        conditions="Husstanden sparer fast hver måned.",
    )
    stored = db.pathway.agreement(agreement_id)
    assert stored is not None
    assert (stored.start_date, stored.option_expiry, stored.status, stored.version) == (
        date(2026, 1, 1),
        date(2030, 12, 31),
        "active",
        1,
    )
    assert stored.monthly_saving_target == 3_500 and stored.savings_year0 == 20_000
    assert [a.id for a in db.pathway.agreements()] == [agreement_id]
    assert db.pathway.set_status(agreement_id, "exercised", expected_version=1) == 2
    assert db.pathway.agreements() == []  # no longer active
    with pytest.raises(ConflictError):
        db.pathway.set_status(agreement_id, "cancelled", expected_version=1)
    actions = [(e.action, e.entity) for e in db.audit.list(entity="rto_agreement")]
    assert actions == [("changed", "rto_agreement"), ("created", "rto_agreement")]


def test_an_option_expiring_before_its_start_is_refused_by_the_database(two):
    db, h1, _ = two
    with pytest.raises(CheckViolation):
        db.pathway.add_agreement(
            h1,
            start_date=date(2026, 1, 1),
            price_year0=3_000_000,
            valuation_year0=3_000_000,
            monthly_saving_target=1_000,
            option_expiry=date(2025, 12, 31),
        )


def test_savings_are_recorded_imported_and_the_latest_read_per_household(two):
    db, h1, h2 = two
    db.pathway.record_savings(h1, date(2026, 1, 31), 23_000)
    with db.transaction():
        written = db.pathway.bulk_savings(
            [
                (h1, date(2026, 2, 28), 26_600),
                (h2, date(2026, 2, 28), 5_000),
                (h1, date(2026, 1, 31), 23_500),
            ]  # a corrected balance replaces the old one
        )
    assert written == 3
    assert [(e.on_date, e.balance, e.source) for e in db.pathway.savings_for(h1)] == [
        (date(2026, 1, 31), 23_500, "import"),
        (date(2026, 2, 28), 26_600, "import"),
    ]
    assert db.pathway.latest_savings(date(2026, 2, 1)) == {h1: (date(2026, 1, 31), 23_500)}
    assert db.pathway.latest_savings(date(2026, 3, 1)) == {
        h1: (date(2026, 2, 28), 26_600),
        h2: (date(2026, 2, 28), 5_000),
    }


def test_an_arrears_case_its_actions_and_a_payment_agreement(two):
    db, h1, h2 = two
    case_id = db.arrears.open_case(h1, date(2026, 3, 20))
    assert db.arrears.open_case(h1, date(2026, 3, 25)) == case_id  # one open case
    db.arrears.log_action(h1, "reminder", date(2026, 3, 20), arrears_case_id=case_id)
    db.arrears.log_action(h1, "call", date(2026, 4, 2), note="Avtalt møte")
    db.arrears.log_action(h2, "note", date(2026, 4, 3))
    with pytest.raises(ValueError):
        db.arrears.log_action(h1, "threat", date(2026, 4, 3))
    assert [a.kind for a in db.arrears.actions_for(h1)] == ["reminder", "call"]
    assert {k: [a.kind for a in v] for k, v in db.arrears.actions_of([h1, h2]).items()} == {
        h1: ["reminder", "call"],
        h2: ["note"],
    }
    agreement = db.arrears.add_payment_agreement(
        h1, "2026-05", 1_500, 9_000, on=date(2026, 4, 10), arrears_case_id=case_id
    )
    db.arrears.set_agreement_status(agreement, "kept")
    (stored,) = db.arrears.payment_agreements_for(h1)
    assert (stored.start_month, stored.monthly_amount, stored.total_amount, stored.status) == (
        "2026-05",
        1_500,
        9_000,
        "kept",
    )
    db.arrears.close_case(case_id, date(2026, 11, 1), "agreement")
    assert db.arrears.open_case_for(h1) is None
    (closed,) = db.arrears.cases_for(h1)
    assert (closed.closed_on, closed.outcome) == (date(2026, 11, 1), "agreement")
    with pytest.raises(ConflictError):
        db.arrears.close_case(case_id, date(2026, 11, 2), "settled")


def test_the_ledger_of_households_with_a_shortfall_only(two):
    db, h1, h2 = two
    for month, paid in (("2026-01", 9_000), ("2026-02", 8_999.6), ("2026-03", 4_000)):
        db.rent.record(h1, RentPayment(month, 9_000, paid, date.fromisoformat(f"{month}-05")))
    db.rent.record(h2, RentPayment("2026-01", 9_000, 9_000, date(2026, 1, 5)))
    # 8 999.60 is within 0.50 kr of the rent: paid in full (domain.rent.FULL_TOLERANCE)
    assert db.arrears.households_with_shortfall() == [h1]
    assert db.arrears.households_with_shortfall(up_to_month="2026-02") == []
    ((hid, rows),) = list(db.arrears.ledger_of([h1]))
    assert hid == h1 and [r.month for r in rows] == ["2026-01", "2026-02", "2026-03"]
    assert rows[2].amount_paid == 4_000 and rows[2].paid_on == date(2026, 3, 5)
    db.households.soft_delete(h1, db.households.get(h1).version)
    assert db.arrears.households_with_shortfall() == []


@pytest.mark.sqlite_only
def test_the_shortfall_query_reads_the_partial_index(tmp_path):
    with Database.open(tmp_path / "r.db"):
        sql = (
            "SELECT DISTINCT r.household_id FROM rent_payments r INDEXED BY rent_payments_short"
            " JOIN households h ON h.id = r.household_id"
            " WHERE r.amount_due - r.amount_paid > 0.5 AND h.deleted_at IS NULL"
        )
        conn = sqlite3.connect(tmp_path / "r.db")
        plan = " ".join(str(r[3]) for r in conn.execute("EXPLAIN QUERY PLAN " + sql))
        conn.close()
        assert "rent_payments_short" in plan
