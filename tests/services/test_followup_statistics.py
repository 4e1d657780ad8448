"""Follow-up figures per year in the programme statistics (issue 14), counted by hand."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.services import followup_actions as fa
from leietileie.services.cases import move_case
from leietileie.services.statistics import programme_statistics, statistics_table
from leietileie.storage import Database
from tests.storage.conftest import make_household, make_unit


@pytest.fixture
def db(register_location):
    database = Database.open(register_location, actor="tester")
    yield database
    database.close()


def test_arrears_cases_agreements_prevented_evictions_and_purchases_per_year(db):
    ids = []
    for n in range(1, 6):
        db.units.insert(make_unit(f"B-00{n}"))
        ids.append(db.households.insert(make_household(f"H-{n}", f"B-00{n}")).id)
    h1, h2, h3, h4, h5 = ids
    # h1: opened 2024, a notice, settled 2025 -> an eviction prevented in 2025
    fa.log_action(db, h1, "reminder", date(2024, 3, 1))
    kept = fa.create_payment_agreement(db, h1, "2024-06", 1_000, 3_000, date(2024, 5, 20))
    db.arrears.set_agreement_status(kept, "kept")  # last instalment 2024-08: kept in 2024
    fa.log_action(db, h1, "notice", date(2024, 5, 10))
    fa.close_arrears_case(db, h1, "settled", date(2025, 1, 15))
    # h2: opened and closed on an agreement in 2025 without a notice: not a prevented eviction
    fa.log_action(db, h2, "call", date(2025, 2, 1))
    fa.close_arrears_case(db, h2, "agreement", date(2025, 6, 1))
    # ... then a payment agreement (a new case, 2025) paid as agreed: kept in 2025 (the ledger)
    fa.create_payment_agreement(db, h2, "2025-07", 500, 1_000, date(2025, 6, 20))
    with db.transaction():
        db.rent.bulk_insert(
            [
                (h2, "2025-07", 8_000.0, 8_500.0, "2025-07-03"),
                (h2, "2025-08", 8_000.0, 8_500.0, "2025-08-03"),
            ]
        )
    # h3: a petition and evicted: closed, not prevented; its broken agreement is not kept
    fa.log_action(db, h3, "reminder", date(2025, 3, 1))
    broken = fa.create_payment_agreement(db, h3, "2025-04", 1_000, 4_000, date(2025, 3, 5))
    db.arrears.set_agreement_status(broken, "broken")
    fa.log_action(db, h3, "eviction_petition", date(2025, 4, 20))
    fa.close_arrears_case(db, h3, "evicted", date(2025, 7, 1))
    # h4: an agreement exercised, its case bought in October 2025
    a4 = fa.create_agreement(
        db,
        h4,
        start_date=date(2023, 1, 1),
        price_year0=2_000_000,
        valuation_year0=2_000_000,
        savings_year0=0,
        monthly_saving_target=1_000,
        option_expiry=date(2027, 12, 31),
    )
    fa.set_agreement_status(db, a4, "exercised")
    case4 = db.pathway.agreement(a4).case_id
    move_case(db, case4, "kjopt", on=date(2025, 10, 1))  # opened as «akseptert»
    # h5: an agreement without a case, marked exercised now: counted this year
    a5 = db.pathway.add_agreement(
        h5,
        start_date=date(2024, 1, 1),
        price_year0=2_000_000,
        valuation_year0=2_000_000,
        monthly_saving_target=1_000,
        option_expiry=date(2028, 12, 31),
    )
    fa.set_agreement_status(db, a5, "exercised")

    figures = {f.year: f for f in programme_statistics(db)}
    this_year = date.today().year
    y24, y25 = figures[2024], figures[2025]
    assert (y24.arrears_opened, y24.arrears_closed, y24.payment_agreements_kept) == (1, 0, 1)
    assert (y24.evictions_prevented, y24.agreements_to_purchase) == (0, 0)
    # 2025: opened h2 (twice), h3; closed h1, h2, h3; kept h2; prevented h1; bought h4
    assert (y25.arrears_opened, y25.arrears_closed, y25.payment_agreements_kept) == (3, 3, 1)
    assert (y25.evictions_prevented, y25.agreements_to_purchase) == (1, 1)
    assert figures[this_year].agreements_to_purchase == 1
    table = statistics_table(db)
    assert "Utkastelser forhindret" in [c.header for c in table.columns]
    row = next(r for r in table.rows if r[0] == 2025)
    keys = [c.key for c in table.columns]
    assert row[keys.index("evictions_prevented")] == 1
