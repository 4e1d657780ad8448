"""The arrears list's fast path gives the domain's own facts (issue 14).

``followup.arrears_rows`` reads only the households with a shortfall, skips those who owe
nothing now, and folds the settled past of a ledger into one row before the domain judges
it. Here random ledgers (partial and missing payments, catch-ups, payments recorded late on
an old month, rent-free months) are judged both ways, on several days: the facts must be the
same as ``domain.arrears.arrears_facts`` on the whole ledger, and every household that owes
must be listed."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from leietileie.domain import arrears as ar
from leietileie.domain import payment_agreement as pa
from leietileie.services import followup as fu
from leietileie.services import followup_actions as fa
from leietileie.storage import Database

MONTHS = [f"{y}-{m:02d}" for y in (2025, 2026) for m in range(1, 13)][:23]  # to 2026-11


@pytest.fixture
def ledgers(register_location):
    db = Database.open(register_location, actor="tester")
    rng = random.Random(14)
    stamp = "2026-01-01T00:00:00"
    count = 60
    with db.transaction():
        db.session.execute_many(
            "INSERT INTO households (id, external_id, created_at, updated_at) VALUES (?, ?, ?, ?)",
            [(h, f"H-{h:03d}", stamp, stamp) for h in range(1, count + 1)],
        )
    full: dict[int, list[ar.LedgerMonth]] = {}
    rows = []
    for h in range(1, count + 1):
        rent = float(rng.choice((5_000, 8_000, 12_500)))
        ledger = []
        for month in MONTHS:
            due = 0.0 if rng.random() < 0.03 else rent
            luck = rng.random()
            first = date.fromisoformat(f"{month}-01")
            if luck < 0.12:
                paid, paid_on = 0.0, None
            elif luck < 0.2:
                paid, paid_on = due / 2, first + timedelta(days=rng.randrange(0, 40))
            elif luck < 0.3:  # a catch-up: two or three months at once
                paid, paid_on = due * rng.choice((2, 3)), first + timedelta(days=3)
            elif luck < 0.35:  # an old month paid much later, recorded on that month
                paid, paid_on = due, first + timedelta(days=rng.randrange(60, 300))
            else:
                paid, paid_on = due, first + timedelta(days=rng.randrange(0, 25))
            if h % 3 == 0:  # a third pay every month on time
                paid, paid_on = due, first + timedelta(days=4)
            ledger.append(ar.LedgerMonth(month, due, paid, paid_on))
            rows.append((h, month, due, paid, None if paid_on is None else paid_on.isoformat()))
        full[h] = ledger
    with db.transaction():
        db.rent.bulk_insert(rows)
    yield db, full
    db.close()


@pytest.mark.parametrize(
    "on", [date(2026, 11, 25), date(2026, 11, 10), date(2026, 6, 16), date(2025, 12, 31)]
)
def test_the_fast_arrears_facts_equal_the_domains_on_the_whole_ledger(ledgers, on):
    db, full = ledgers
    listed = {r.household_id: r for r in fu.arrears_rows(db, on)}
    owing = 0
    for h, ledger in full.items():
        upto = [r for r in ledger if r.month <= ar.month_of(on)]
        expected = ar.arrears_facts(upto, on)
        if expected.owed > 0:
            owing += 1
            assert h in listed, h
            got = listed[h].facts
            assert got.owed == pytest.approx(expected.owed, abs=1e-6)
            assert got.balance == pytest.approx(expected.balance, abs=1e-6)
            assert got.owed_3_months_ago == pytest.approx(expected.owed_3_months_ago, abs=1e-6)
            assert (got.months_late, got.oldest_unpaid, got.days_since_due, got.trend) == (
                expected.months_late,
                expected.oldest_unpaid,
                expected.days_since_due,
                expected.trend,
            ), h
        else:
            assert h not in listed, h
    assert owing >= 10  # the random ledgers do owe (the test compares something)


def test_pathway_rows_take_the_arrears_of_the_fast_path(ledgers):
    db, full = ledgers
    on = date(2026, 11, 25)
    for h in (1, 2, 3, 4):
        fa.create_agreement(
            db,
            h,
            start_date=date(2026, 1, 1),
            price_year0=2_000_000,
            valuation_year0=2_000_000,
            savings_year0=0,
            monthly_saving_target=1_000,
            option_expiry=date(2030, 1, 1),
        )
        fa.record_savings(db, h, date(2026, 11, 1), 10_000)  # on plan: 10 months × 1 000
    for row in fu.pathway_rows(db, on):
        facts = ar.arrears_facts(full[row.household_id], on)
        expected = "on_track"
        if facts.months_late >= 2:
            expected = "at_risk"
        elif facts.months_late >= 1:
            expected = "behind"
        assert row.status.code == expected, (row.household_id, facts)


def test_payment_agreements_are_judged_month_by_month_as_on_the_whole_ledger(ledgers):
    db, full = ledgers
    on = date(2026, 11, 25)
    starts = {1: "2025-06", 2: "2026-08", 4: "2026-10", 5: "2026-03"}  # before and after the cut
    for h, start in starts.items():
        db.arrears.add_payment_agreement(h, start, 1_000, 5_000, date(2025, 5, 20))
    rows = {r.household_id: r for r in fu.arrears_rows(db, on)}
    for h, start in starts.items():
        plan = pa.schedule(start, 1_000, 5_000)
        expected = pa.agreement_status(plan, full[h], on)
        assert rows[h].payment_agreement_status == expected, h
