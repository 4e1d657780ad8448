"""Issue 14: rent arrears from the ledger, the escalation ladder, payment agreements and the way
back to the screening (domain.arrears). Rent is 10 000 kr a month, due on the 1st, on time
when paid in full by the 15th (domain.rent). Expected values are worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.domain import legal
from leietileie.domain.arrears import (
    OUTCOME_LABELS,
    OUTCOMES,
    STEP_LABELS,
    ArrearsError,
    EscalationRules,
    LedgerMonth,
    arrears_facts,
    next_step,
)
from leietileie.domain.candidacy import candidate_again
from leietileie.domain.messages import render
from leietileie.domain.payment_agreement import (
    Instalment,
    KeptMonth,
    agreement_status,
    kept_by_month,
    schedule,
)

RENT = 10_000.0


def paid(month: str, amount: float = RENT, day: int = 5, due: float = RENT) -> LedgerMonth:
    return LedgerMonth(month, due, amount, date.fromisoformat(f"{month}-{day:02d}"))


def unpaid(month: str, due: float = RENT) -> LedgerMonth:
    return LedgerMonth(month, due, 0.0, None)


# August paid; September unpaid; 4 000 paid on 10 October; November unpaid.
LEDGER = [
    paid("2026-08", day=3),
    unpaid("2026-09"),
    paid("2026-10", 4_000, day=10),
    unpaid("2026-11"),
]


# -- facts -------------------------------------------------------------------------------------


def test_facts_pay_the_oldest_rent_first_and_count_months_from_the_oldest_unpaid():
    f = arrears_facts(LEDGER, date(2026, 11, 20))
    # overdue Aug–Nov: 40 000; paid 10 000 + 4 000 = 14 000 → owed 26 000
    assert f.owed == 26_000 and f.balance == 26_000
    # 14 000 covers August and 4 000 of September: September is the oldest unpaid
    assert f.oldest_unpaid == "2026-09"
    assert f.months_late == 3  # September, October, November
    assert f.days_since_due == 80  # 1 Sep → 1 Oct 30, → 1 Nov 31, → 20 Nov 19
    # three months before (20 Aug): August's rent paid on 3 Aug → nothing owed; now 26 000
    assert (f.owed_3_months_ago, f.trend) == (0, "rising")


def test_this_months_rent_within_its_grace_is_in_the_balance_not_the_arrears():
    f = arrears_facts(LEDGER, date(2026, 11, 15))  # November on time until the 15th
    assert f.owed == 16_000  # Aug–Oct 30 000 − 14 000
    assert f.balance == 26_000  # November's 10 000 has fallen due
    assert f.months_late == 2
    f = arrears_facts(LEDGER, date(2026, 11, 16))
    assert (f.owed, f.months_late) == (26_000, 3)


def test_payments_after_the_day_do_not_count_yet():
    ledger = [unpaid("2026-08"), paid("2026-09", 20_000, day=25)]
    f = arrears_facts(ledger, date(2026, 9, 20))  # the 20 000 comes on 25 Sep
    assert (f.owed, f.oldest_unpaid, f.months_late) == (20_000, "2026-08", 2)
    f = arrears_facts(ledger, date(2026, 9, 26))
    assert (f.owed, f.oldest_unpaid, f.months_late, f.days_since_due) == (0, None, 0, 0)


def test_a_remainder_within_the_tolerance_is_no_arrears():
    f = arrears_facts([paid("2026-09", RENT - 0.4)], date(2026, 10, 1))
    assert f.owed == 0 and f.oldest_unpaid is None


def test_trend_falling_and_steady():
    # July and August unpaid (20 000 owed on 20 Aug); 15 000 paid each month Sep–Nov
    ledger = [unpaid("2026-07"), unpaid("2026-08")] + [
        paid(m, 15_000) for m in ("2026-09", "2026-10", "2026-11")
    ]
    f = arrears_facts(ledger, date(2026, 11, 20))
    # due Jul–Nov 50 000, paid 45 000 → 5 000; it was 20 000 → falling
    assert (f.owed, f.owed_3_months_ago, f.trend) == (5_000, 20_000, "falling")
    # 45 000 covers Jul–Oct and 5 000 of November: November is the oldest, 1 month late
    assert (f.oldest_unpaid, f.months_late, f.days_since_due) == ("2026-11", 1, 19)
    ledger = [unpaid("2026-07"), unpaid("2026-08")] + [
        paid(m) for m in ("2026-09", "2026-10", "2026-11")
    ]
    f = arrears_facts(ledger, date(2026, 11, 20))
    assert (f.owed, f.owed_3_months_ago, f.trend) == (20_000, 20_000, "steady")


def test_storage_rows_are_accepted_as_tuples_with_iso_dates():
    rows = [("2026-09", 10_000, 0, None), ("2026-10", 10_000, 10_000, "2026-10-03")]
    f = arrears_facts(rows, date(2026, 10, 20))
    assert (f.owed, f.oldest_unpaid) == (10_000, "2026-10")  # Sep paid by October's payment


# -- escalation ----------------------------------------------------------------------------------


def one_month(on: date):
    return arrears_facts([unpaid("2026-11")], on)


def test_reminder_more_than_14_days_after_the_due_date():
    # 15 Nov: 14 days after 1 Nov, still on time → no arrears, nothing to do
    step = next_step(one_month(date(2026, 11, 15)), [])
    assert step.code == "none" and step.reason.code == "arrears_none"
    step = next_step(one_month(date(2026, 11, 16)), [])  # 15 days
    assert step.code == "reminder"
    assert step.reason.text() == (
        "Eldste ubetalte husleie forfalt for 15 dager siden; restanse 10 000 kr."
    )
    assert step.legal == ()
    # a municipality that waits 20 days: on day 15 the arrears stand but no reminder yet
    step = next_step(one_month(date(2026, 11, 16)), [], EscalationRules(reminder_after_days=20))
    assert (step.code, step.reason.code) == ("none", "arrears_not_due")
    step = next_step(one_month(date(2026, 11, 22)), [], EscalationRules(reminder_after_days=20))
    assert step.code == "reminder"  # 21 days


def test_reminder_on_an_amount():
    rules = EscalationRules(reminder_after_days=60, reminder_after_kr=10_000)
    step = next_step(one_month(date(2026, 11, 16)), [], rules)
    assert (step.code, step.reason.code) == ("reminder", "arrears_reminder_kr")
    assert step.reason.text("en") == "Arrears are 10 000 kr, above the limit of 10 000 kr."
    rules = EscalationRules(reminder_after_days=60, reminder_after_kr=10_001)
    assert next_step(one_month(date(2026, 11, 16)), [], rules).code == "none"


def test_amounts_below_the_threshold_start_nothing():
    f = arrears_facts([paid("2026-11", RENT - 99)], date(2026, 11, 20))
    assert f.owed == 99
    assert next_step(f, []).code == "reminder"
    assert next_step(f, [], EscalationRules(ignore_below_kr=100)).code == "none"


TWO = [unpaid("2026-09"), unpaid("2026-10")]


def test_a_reminder_is_not_repeated_and_the_talk_comes_at_two_months():
    reminded = [("reminder", date(2026, 9, 20))]
    # 15 Oct: only September is late (October on time until the 15th)
    step = next_step(arrears_facts(TWO, date(2026, 10, 15)), reminded)
    assert (step.code, step.reason.code) == ("none", "arrears_steps_done")
    step = next_step(arrears_facts(TWO, date(2026, 10, 16)), reminded)
    assert step.code == "talk"
    assert step.reason.text("nn") == (
        "Restanse i 2 månader (20 000 kr): inviter hushaldet til ein samtale."
    )


def test_no_step_is_skipped_a_reminder_comes_first_even_at_two_months():
    assert next_step(arrears_facts(TWO, date(2026, 10, 16)), []).code == "reminder"


def test_a_reminder_from_an_earlier_settled_episode_does_not_count():
    old = [("reminder", date(2026, 8, 20))]  # before 1 Sep, the oldest unpaid due date
    assert next_step(arrears_facts(TWO, date(2026, 10, 16)), old).code == "reminder"


def test_nav_referral_after_the_talk_at_two_months_with_its_legal_sources():
    done = [("reminder", date(2026, 9, 20)), ("meeting", date(2026, 10, 20))]
    step = next_step(arrears_facts(TWO, date(2026, 10, 21)), done)
    assert step.code == "nav_referral"
    assert step.legal == ("sosialtjenesteloven_17", "husleieloven_9_11")
    assert "sosialtjenesteloven § 17" in step.reason.text()
    # a phone call counts as the talk too
    done = [("reminder", date(2026, 9, 20)), ("call", date(2026, 10, 20))]
    assert next_step(arrears_facts(TWO, date(2026, 10, 21)), done).code == "nav_referral"
    done += [("nav_referral", date(2026, 10, 21))]
    step = next_step(arrears_facts(TWO, date(2026, 10, 22)), done)
    assert (step.code, step.reason.code) == ("none", "arrears_steps_done")


THREE = [unpaid("2026-09"), unpaid("2026-10"), unpaid("2026-11")]
LADDER = [
    ("reminder", date(2026, 9, 20)),
    ("call", date(2026, 10, 20)),
    ("nav_referral", date(2026, 10, 21)),
]


def test_notice_at_three_months_not_at_two():
    step = next_step(arrears_facts(THREE, date(2026, 11, 15)), LADDER)  # 2 months late
    assert step.code == "none"
    step = next_step(arrears_facts(THREE, date(2026, 11, 16)), LADDER)  # 3 months late
    assert step.code == "notice"
    assert step.legal == (
        "husleieloven_9_9",
        "husleieloven_9_5",
        "husleieloven_9_7",
        "tvangsfullbyrdelsesloven_4_18",
    )
    assert step.reason.text() == (
        "Restanse i 3 måneder (30 000 kr): vurder varsel eller oppsigelse (husleieloven § 9-9)."
    )


def test_eviction_petition_at_the_earliest_14_days_after_the_notice():
    done = LADDER + [("notice", date(2026, 11, 20))]
    step = next_step(arrears_facts(THREE, date(2026, 12, 3)), done)  # 13 days
    assert (step.code, step.reason.code) == ("none", "arrears_wait_petition")
    assert step.reason.text() == (
        "Varsel er sendt; begjæring om utkastelse kan tidligst vurderes 04.12.2026."
    )
    step = next_step(arrears_facts(THREE, date(2026, 12, 4)), done)  # 14 days
    assert step.code == "eviction_petition"
    assert "tvangsfullbyrdelsesloven_13_2" in step.legal
    assert "tvangsfullbyrdelsesloven_4_18" in step.legal
    done += [("eviction_petition", date(2026, 12, 4))]
    assert next_step(arrears_facts(THREE, date(2026, 12, 5)), done).code == "none"


def test_an_active_payment_agreement_holds_the_ladder_a_broken_one_does_not():
    f = arrears_facts(THREE, date(2026, 11, 16))
    step = next_step(f, LADDER, payment_agreement="active")
    assert step.code == "payment_agreement_follow_up"
    assert step.reason.text("en") == (
        "The payment agreement is running: follow up that it is kept (arrears 30 000 kr)."
    )
    assert next_step(f, LADDER, payment_agreement="broken").code == "notice"


def test_every_step_and_outcome_has_a_label_in_three_languages():
    for language in ("nb", "nn", "en"):
        assert set(OUTCOME_LABELS[language]) == set(OUTCOMES)
        assert len(STEP_LABELS[language]) == 7
    assert OUTCOME_LABELS["nn"]["evicted"] == "Utkasta"
    assert OUTCOME_LABELS["en"]["eviction_petition"] == "Eviction petitioned"


def test_every_cited_source_exists_with_three_summaries_and_a_lovdata_address():
    from leietileie.domain.arrears import STEP_LEGAL

    cited = {code for codes in STEP_LEGAL.values() for code in codes}
    for code in cited | set(legal.SOURCES):
        s = legal.source(code)
        assert s.url.startswith("https://lovdata.no/lov/")
        assert all(s.summary[lang] and s.law[lang] for lang in ("nb", "nn", "en"))
    assert legal.source("husleieloven_9_9").cite() == "husleieloven § 9-9"
    assert legal.source("sosialtjenesteloven_17").cite("nn") == "sosialtenestelova § 17"
    assert legal.citations(["husleieloven_9_9", "tvangsfullbyrdelsesloven_4_18"]) == (
        "husleieloven § 9-9, tvangsfullbyrdelsesloven § 4-18"
    )
    with pytest.raises(KeyError):
        legal.source("husleieloven_99")


# -- payment agreement -------------------------------------------------------------------------


def test_schedule_ends_with_the_remainder():
    # 10 000 at 3 000 a month: 3 000, 3 000, 3 000 and the remaining 1 000
    assert schedule("2026-12", 3_000, 10_000) == [
        Instalment("2026-12", 3_000),
        Instalment("2027-01", 3_000),
        Instalment("2027-02", 3_000),
        Instalment("2027-03", 1_000),
    ]
    assert schedule("2026-01", 2_500, 10_000) == [
        Instalment(m, 2_500) for m in ("2026-01", "2026-02", "2026-03", "2026-04")
    ]
    assert schedule("2026-01", 5_000, 1_200) == [Instalment("2026-01", 1_200)]
    # in whole øre: 3 × 333,33 = 999,99 and a last 0,01
    plan = schedule("2026-01", 333.33, 1_000)
    assert [i.amount for i in plan] == [333.33, 333.33, 333.33, 0.01]


def test_schedule_refuses_amounts_that_are_not_positive_and_bad_months():
    with pytest.raises(ArrearsError) as err:
        schedule("2026-01", 0, -5)
    assert [m.code for m in err.value.messages] == ["schedule_amount_not_positive"] * 2
    assert render(err.value.messages[0], "nb") == "Månedlig beløp må være større enn 0"
    assert render(err.value.messages[1], "en") == "Total amount must be greater than 0"
    for month in ("2026-13", "26-01", "2026-1", ""):
        with pytest.raises(ArrearsError) as err:
            schedule(month, 1_000, 2_000)
        assert err.value.messages[0].code == "schedule_month_invalid"


PLAN = schedule("2026-12", 3_000, 10_000)


def test_kept_month_by_month_counts_what_is_paid_beyond_the_rent():
    ledger = [
        paid("2026-12", 13_000),  # 3 000 toward: 3 000 of 3 000 → kept
        paid("2027-01", 10_000),  # nothing toward: 3 000 of 6 000 → missed
        paid("2027-02", 16_000),  # 6 000 toward: 9 000 of 9 000 → kept (caught up)
        paid("2027-03", 11_000),  # 1 000 toward: 10 000 of 10 000 → kept
    ]
    assert kept_by_month(PLAN, ledger) == [
        KeptMonth("2026-12", True, 3_000),
        KeptMonth("2027-01", False, 0),
        KeptMonth("2027-02", True, 6_000),
        KeptMonth("2027-03", True, 1_000),
    ]
    assert agreement_status(PLAN, ledger) == "kept"
    # judged once a month's on-time day has passed: on 10 Feb, December and January only
    assert [k.month for k in kept_by_month(PLAN, ledger, date(2027, 2, 10))] == [
        "2026-12",
        "2027-01",
    ]


def test_kept_within_the_tolerance():
    ledger = [paid("2026-12", 12_999.6)]  # 2 999,60 toward 3 000: within 0,50 kr
    assert kept_by_month(PLAN, ledger)[0].kept is True
    ledger = [paid("2026-12", 12_999.4)]  # 2 999,40: 0,60 short
    assert kept_by_month(PLAN, ledger)[0].kept is False


def test_agreement_broken_after_two_missed_instalments_in_a_row():
    ledger = [paid("2026-12", 13_000), paid("2027-01", 10_000), paid("2027-02", 10_000)]
    assert agreement_status(PLAN, ledger) == "broken"
    assert agreement_status(PLAN, ledger, rules=EscalationRules(broken_after_missed=3)) == (
        "active"
    )
    assert agreement_status(PLAN, ledger[:2]) == "active"  # one missed
    # a month not in the ledger is missed once its on-time day has passed
    assert agreement_status(PLAN, ledger[:1], date(2027, 2, 16)) == "broken"
    assert agreement_status(PLAN, ledger[:1], date(2027, 2, 15)) == "active"


def test_agreement_settled_when_paid_off_ahead_of_the_schedule():
    ledger = [paid("2026-12", 20_000)]  # 10 000 toward in the first month
    assert agreement_status(PLAN, ledger, date(2027, 1, 1)) == "settled"


# -- screening candidate again -----------------------------------------------------------------

SETTLED = date(2026, 3, 10)
SIX = [paid(m) for m in ("2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09")]


def test_candidate_again_after_exactly_six_months_on_time():
    # April–September judged on 1 Oct (September's on-time day, the 15th, has passed)
    c = candidate_again(SETTLED, SIX, date(2026, 10, 1))
    assert (c.eligible, c.months_on_time, c.reason) == (True, 6, None)
    assert candidate_again(SETTLED, SIX, date(2026, 10, 1)).eligible is True


def test_five_months_on_time_holds_the_household_back_and_says_why():
    c = candidate_again(SETTLED, SIX, date(2026, 9, 15))  # September not judged yet
    assert (c.eligible, c.months_on_time) == (False, 5)
    assert c.reason is not None
    assert c.reason.text() == (
        "Holdes tilbake: betalt i tide i bare 5 av 6 måneder siden oppgjøret 10.03.2026."
    )
    assert render(c.reason, "en") == (
        "Held back: rent paid on time in only 5 of 6 months since the settlement on 10.03.2026."
    )


def test_a_late_month_starts_the_count_again():
    ledger = [paid("2026-04", day=20)] + SIX[1:]  # April paid on the 20th: late
    c = candidate_again(SETTLED, ledger, date(2026, 10, 1))
    assert (c.eligible, c.months_on_time) == (False, 5)
    # the settlement month itself does not count (its rent fell due before the settlement)
    ledger = [paid("2026-03", day=5)] + SIX[:5]
    assert candidate_again(SETTLED, ledger, date(2026, 9, 16)).months_on_time == 5


def test_arrears_hold_a_household_back():
    ledger = SIX + [unpaid("2026-10")]
    c = candidate_again(SETTLED, ledger, date(2026, 10, 16))
    assert c.eligible is False and c.reason is not None
    assert c.reason.text("nn") == "Blir halden tilbake: restanse på 10 000 kr."
    # no arrears case at all and nothing owed: a candidate
    assert candidate_again(None, SIX, date(2026, 10, 1)).eligible is True


# -- a household's full path -------------------------------------------------------------------


def test_full_path_from_arrears_through_a_payment_agreement_to_screening_candidate():
    # January paid; February and March unpaid: 20 000 owed on 16 March, two months late
    ledger = [paid("2026-01"), unpaid("2026-02"), unpaid("2026-03")]
    facts = arrears_facts(ledger, date(2026, 3, 16))
    assert (facts.owed, facts.months_late, facts.oldest_unpaid) == (20_000, 2, "2026-02")
    done: list[tuple[str, date]] = []
    for day, expected in [
        (date(2026, 3, 16), "reminder"),
        (date(2026, 3, 17), "talk"),
        (date(2026, 3, 20), "nav_referral"),
    ]:
        step = next_step(arrears_facts(ledger, day), done)
        assert step.code == expected
        done.append(({"talk": "meeting"}.get(step.code, step.code), day))
    assert candidate_again(None, ledger, date(2026, 3, 20)).eligible is False  # arrears

    # a payment agreement: 20 000 at 5 000 a month, April–July, paid with the rent (15 000)
    plan = schedule("2026-04", 5_000, 20_000)
    assert [i.month for i in plan] == ["2026-04", "2026-05", "2026-06", "2026-07"]
    ledger += [paid(m, 15_000) for m in ("2026-04", "2026-05", "2026-06", "2026-07")]
    # 16 April: Jan–Apr due 40 000, paid 25 000 → 15 000 owed; the agreement holds the ladder
    facts = arrears_facts(ledger, date(2026, 4, 16))
    assert (facts.owed, facts.trend) == (15_000, "rising")  # 16 Jan: nothing owed
    assert agreement_status(plan, ledger, date(2026, 4, 16)) == "active"
    assert next_step(facts, done, payment_agreement="active").code == (
        "payment_agreement_follow_up"
    )
    assert [k.kept for k in kept_by_month(plan, ledger, date(2026, 7, 16))] == [True] * 4
    assert agreement_status(plan, ledger, date(2026, 7, 16)) == "kept"
    facts = arrears_facts(ledger, date(2026, 7, 16))
    assert facts.owed == 0  # 70 000 due Jan–Jul, 10 000 + 4 × 15 000 paid
    assert next_step(facts, done).code == "none"

    # settled with July's payment on 5 July; then rent paid on time August–January
    settled = date(2026, 7, 5)
    ledger += [paid(m) for m in ("2026-08", "2026-09", "2026-10", "2026-11", "2026-12")]
    ledger += [paid("2027-01")]
    held = candidate_again(settled, ledger, date(2027, 1, 15))  # January not judged yet
    assert (held.eligible, held.months_on_time) == (False, 5)
    assert candidate_again(settled, ledger, date(2027, 1, 16)).eligible is True
