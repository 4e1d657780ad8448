"""The follow-up service (issue 14): the arrears list and the pathway list from the ledger and
the agreements, one household's follow-up, and the writes (refused in Norwegian when bad)."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.errors import InputError
from leietileie.services import followup as fu
from leietileie.services import followup_actions as fa
from leietileie.storage import Database
from tests.storage.conftest import make_household, make_unit

ON = date(2026, 4, 20)


@pytest.fixture
def db(register_location):
    database = Database.open(register_location, actor="tester")
    yield database
    database.close()


@pytest.fixture
def three(db):
    for unit in ("B-001", "B-002", "B-003"):
        db.units.insert(make_unit(unit))
    ids = [db.households.insert(make_household(f"H-{n}", f"B-00{n}")).id for n in (1, 2, 3)]
    h1, h2, h3 = ids
    rows = []
    for month in ("2026-01", "2026-02", "2026-03", "2026-04"):
        # H-1 pays January on time, then nothing: Feb, Mar, Apr owed
        paid = 10_000.0 if month == "2026-01" else 0.0
        rows.append((h1, month, 10_000.0, paid, "2026-01-05" if paid else None))
        # H-2 pays every month on the 5th
        rows.append((h2, month, 9_000.0, 9_000.0, f"{month}-05"))
        # H-3 pays 8 000 of 8 000 except March (half)
        paid3 = 4_000.0 if month == "2026-03" else 8_000.0
        rows.append((h3, month, 8_000.0, paid3, f"{month}-05"))
    with db.transaction():
        db.rent.bulk_insert(rows)
    return db, h1, h2, h3


def test_the_arrears_list_has_the_households_owing_with_facts_and_the_next_step(three):
    db, h1, h2, h3 = three
    rows = fu.arrears_rows(db, ON)
    assert [r.external_id for r in rows] == ["H-1", "H-3"]  # most owed first, H-2 paid
    first = rows[0]
    assert first.household_id == h1 and first.unit_id == "B-001"
    assert first.name == "Kari Nordmann og Ola Nordmann"
    # Feb + Mar + Apr (April's on-time day, the 15th, has passed on the 20th)
    assert first.facts.owed == 30_000
    assert first.facts.months_late == 3
    assert first.facts.oldest_unpaid == "2026-02"
    assert first.facts.days_since_due == 28 + 31 + 19  # 1 Feb -> 20 Apr
    assert first.step.code == "reminder"  # nothing done yet: the ladder starts at the reminder
    assert first.last_action is None and first.open_case_id is None
    assert rows[1].facts.owed == 4_000 and rows[1].facts.months_late == 1


def test_logged_actions_move_the_ladder_and_open_an_arrears_case(three):
    db, h1, _h2, _h3 = three
    fa.log_action(db, h1, "reminder", date(2026, 2, 20), "sendt brev")
    row = fu.arrears_rows(db, ON)[0]
    assert row.step.code == "talk"  # 3 months late >= 2
    assert row.last_action == ("reminder", date(2026, 2, 20))
    case = db.arrears.open_case_for(h1)
    assert case is not None and row.open_case_id == case.id
    assert case.opened_on == date(2026, 2, 20)
    fa.log_action(db, h1, "meeting", date(2026, 3, 10))
    assert fu.arrears_rows(db, ON)[0].step.code == "nav_referral"
    fa.log_action(db, h1, "nav_referral", date(2026, 3, 10))
    assert fu.arrears_rows(db, ON)[0].step.code == "notice"  # 3 months >= notice_at_months
    fa.log_action(db, h1, "notice", date(2026, 4, 16))
    step = fu.arrears_rows(db, ON)[0].step
    assert step.code == "none"  # the petition waits 14 days after the notice (16 -> 30 April)
    assert fu.arrears_rows(db, date(2026, 4, 30))[0].step.code == "eviction_petition"
    assert db.arrears.open_case_for(h1).outcome == "notice_given"
    kinds = [e.action for e in db.audit.list(entity="arrears_action")]
    assert kinds == ["created"] * 4


def test_a_payment_agreement_holds_the_ladder_and_is_followed_month_by_month(three):
    db, h1, _h2, _h3 = three
    pid = fa.create_payment_agreement(db, h1, "2026-05", 5_000, 30_000, ON)
    row = fu.arrears_rows(db, ON)[0]
    assert row.step.code == "payment_agreement_follow_up"
    assert row.payment_agreement_status == "active"
    assert [a.kind for a in db.arrears.actions_for(h1)] == ["payment_agreement"]
    # a second agreement while the first runs is refused, nothing stored
    with pytest.raises(InputError, match="løpende nedbetalingsavtale"):
        fa.create_payment_agreement(db, h1, "2026-05", 1_000, 30_000, ON)
    # May and June: rent plus nothing toward the agreement -> broken after 2 missed months
    with db.transaction():
        db.rent.bulk_insert(
            [
                (h1, "2026-05", 10_000.0, 10_000.0, "2026-05-02"),
                (h1, "2026-06", 10_000.0, 10_000.0, "2026-06-02"),
            ]
        )
    view = fu.household_followup(db, h1, date(2026, 6, 20))
    (pa,) = view.payment_agreements
    assert pa.record.id == pid and len(pa.schedule) == 6  # 30 000 / 5 000
    assert [k.kept for k in pa.kept] == [False, False]
    assert pa.status == "broken"


def test_bad_input_is_refused_in_norwegian_naming_the_field_and_nothing_is_stored(three):
    db, h1, _h2, _h3 = three
    before = db.audit.count()
    with pytest.raises(InputError, match="Saldo"):
        fa.record_savings(db, h1, date(2026, 1, 31), -5)
    with pytest.raises(InputError, match="Dato"):
        fa.record_savings(db, h1, "31.02.2026", 5)
    with pytest.raises(InputError, match="Tiltak: «brev» er ukjent"):
        fa.log_action(db, h1, "brev", ON)
    with pytest.raises(InputError, match="finnes ikke"):
        fa.log_action(db, 999_999, "call", ON)
    with pytest.raises(InputError, match="ÅÅÅÅ-MM"):
        fa.create_payment_agreement(db, h1, "mai", 1_000, 3_000, ON)
    with pytest.raises(InputError, match="ingen åpen restansesak"):
        fa.close_arrears_case(db, h1, "settled", ON)
    with pytest.raises(InputError, match="Utfall"):
        fa.close_arrears_case(db, h1, "paid", ON)
    with pytest.raises(InputError, match="høyst 5 år"):
        fa.create_agreement(
            db,
            h1,
            start_date=date(2026, 1, 1),
            price_year0=3_000_000,
            valuation_year0=3_000_000,
            savings_year0=0,
            monthly_saving_target=3_000,
            option_expiry=date(2031, 1, 2),  # latest allowed is 2031-01-01
        )
    assert db.audit.count() == before
    assert db.pathway.agreements_for(h1) == [] and db.arrears.cases_for(h1) == []


def test_an_agreement_belongs_to_the_open_case_and_gets_a_yearly_reassessment(three):
    db, h1, h2, _h3 = three
    from leietileie.services.cases import open_case

    case = open_case(db, h1, on=date(2026, 1, 2))
    aid = fa.create_agreement(
        db,
        h1,
        start_date=date(2026, 1, 15),
        price_year0=3_000_000,
        valuation_year0=3_100_000,
        savings_year0=20_000,
        monthly_saving_target=3_500,
        option_expiry=date(2030, 12, 31),
        conditions="Fast sparing",
    )
    record = db.pathway.agreement(aid)
    assert record.case_id == case.id and record.unit_ref is not None
    deadlines = [d for d in db.cases.deadlines(case.id) if d.kind == "revurdering"]
    assert [(d.due_on, d.done) for d in deadlines] == [(date(2027, 1, 15), False)]
    # done a year on: the next one a year after the assessment
    assert fa.complete_reassessment(db, aid, date(2027, 1, 20)) == date(2028, 1, 20)
    deadlines = [d for d in db.cases.deadlines(case.id) if d.kind == "revurdering"]
    assert [(d.due_on, d.done) for d in deadlines] == [
        (date(2027, 1, 15), True),
        (date(2028, 1, 20), False),
    ]
    # a household without an open case gets one
    aid2 = fa.create_agreement(
        db,
        h2,
        start_date=date(2026, 1, 1),
        price_year0=2_000_000,
        valuation_year0=2_000_000,
        savings_year0=0,
        monthly_saving_target=2_000,
        option_expiry=date(2031, 1, 1),
    )
    case2 = db.cases.current(h2)
    assert case2 is not None and db.pathway.agreement(aid2).case_id == case2.id


def test_the_pathway_list_compares_savings_with_the_plan(three):
    db, h1, h2, h3 = three
    common = dict(
        start_date=date(2026, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_000_000,
        savings_year0=10_000,
        monthly_saving_target=2_000,
        option_expiry=date(2030, 12, 31),
    )
    for h in (h1, h2, h3):
        fa.create_agreement(db, h, **common)
    # plan on 1 April: 10 000 + 3 × 2 000 = 16 000
    fa.record_savings(db, h2, date(2026, 4, 1), 16_000)  # on plan, rent paid
    fa.record_savings(db, h3, date(2026, 4, 1), 13_000)  # 3 000 short = 1.5 months: behind
    fa.record_savings(db, h1, date(2026, 4, 1), 16_000)  # on plan but 3 months' rent owed
    rows = {r.external_id: r for r in fu.pathway_rows(db, ON)}
    assert rows["H-2"].status.code == "on_track"
    assert rows["H-2"].latest_savings == (date(2026, 4, 1), 16_000)
    assert rows["H-3"].status.code == "behind"
    assert rows["H-3"].status.shortfall == 3_000
    assert rows["H-1"].status.code == "at_risk"  # 3 months late >= 2
    assert all(r.reassessment_due == date(2027, 1, 1) for r in rows.values())
    assert not any(r.option_exercisable for r in rows.values())


def test_closing_an_arrears_case_settles_a_running_agreement(three):
    db, h1, _h2, _h3 = three
    pid = fa.create_payment_agreement(db, h1, "2026-05", 5_000, 30_000, ON)
    case_id = fa.close_arrears_case(db, h1, "settled", date(2026, 5, 2))
    (case,) = db.arrears.cases_for(h1)
    assert case.id == case_id and case.outcome == "settled"
    assert case.closed_on == date(2026, 5, 2)
    assert [p.status for p in db.arrears.payment_agreements_for(h1)] == ["settled"]
    assert pid
