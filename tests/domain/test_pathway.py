"""Issue 14: a rent-to-own agreement followed over time (domain.pathway).

The agreement used throughout: start 1 Jan 2026, 50 000 kr saved at start, a target of
5 000 kr a month, option expiry 1 Jan 2029 (36 months). Expected savings on a day are
50 000 + 5 000 × whole months since 1 Jan 2026 (worked out by hand in each test).
"""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.domain.messages import render
from leietileie.domain.pathway import (
    Agreement,
    PathwayError,
    PathwayRules,
    add_months,
    agreement_problems,
    expected_savings,
    months_between,
    option_exercisable,
    reassessment_due,
    status,
)

START = date(2026, 1, 1)
EXPIRY = date(2029, 1, 1)


def agreement(**changes: object) -> Agreement:
    fields: dict[str, object] = {
        "start_date": START,
        "price_year0": 3_000_000,
        "valuation_year0": 3_100_000,
        "savings_year0": 50_000,
        "monthly_saving_target": 5_000,
        "option_expiry": EXPIRY,
    }
    fields.update(changes)
    return Agreement(**fields)  # type: ignore[arg-type]


# -- months and expected savings ---------------------------------------------------------------


def test_whole_months_count_on_the_same_day_or_the_last_day_of_a_short_month():
    assert months_between(date(2026, 1, 15), date(2026, 2, 14)) == 0
    assert months_between(date(2026, 1, 15), date(2026, 2, 15)) == 1
    # 31 Jan: February has no 31st, so its last day completes the month
    assert months_between(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert months_between(date(2026, 1, 31), date(2026, 2, 27)) == 0
    assert months_between(date(2026, 5, 1), date(2026, 4, 1)) == 0
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_expected_savings_grow_by_the_target_each_whole_month_and_stop_at_expiry():
    a = agreement()
    assert expected_savings(a, date(2025, 12, 1)) == 50_000  # before the start: no months
    assert expected_savings(a, START) == 50_000
    assert expected_savings(a, date(2026, 1, 31)) == 50_000  # not yet a whole month
    assert expected_savings(a, date(2026, 2, 1)) == 55_000  # 1 month
    assert expected_savings(a, date(2026, 7, 1)) == 80_000  # 6 months: 50 000 + 30 000
    # capped at the 36 months to expiry: 50 000 + 36 × 5 000 = 230 000
    assert expected_savings(a, date(2030, 6, 1)) == 230_000
    assert a.planned_savings_at_expiry == 230_000


# -- agreement validation ----------------------------------------------------------------------


def test_option_may_run_exactly_five_years_but_not_a_day_more():
    assert agreement(option_expiry=date(2031, 1, 1)).term_months == 60
    with pytest.raises(PathwayError) as err:
        agreement(option_expiry=date(2031, 1, 2))
    assert [m.code for m in err.value.messages] == ["agreement_expiry_too_late"]
    assert err.value.messages[0].text() == (
        "Opsjonen kan løpe i høyst 5 år: utløp 02.01.2031 er etter 01.01.2031"
    )


def test_five_years_from_29_february_ends_on_28_february():
    a = agreement(start_date=date(2028, 2, 29), option_expiry=date(2033, 2, 28))
    assert a.latest_expiry == date(2033, 2, 28)
    with pytest.raises(PathwayError):
        agreement(start_date=date(2028, 2, 29), option_expiry=date(2033, 3, 1))


def test_expiry_on_or_before_the_start_is_refused():
    for expiry in (START, date(2025, 12, 31)):
        with pytest.raises(PathwayError) as err:
            agreement(option_expiry=expiry)
        assert [m.code for m in err.value.messages] == ["agreement_expiry_before_start"]


def test_every_bad_amount_and_status_is_reported_at_once_in_three_languages():
    with pytest.raises(PathwayError) as err:
        agreement(
            price_year0=0,
            valuation_year0=-1,
            savings_year0=-1,
            monthly_saving_target=-5,
            status="paused",
        )
    codes = [m.code for m in err.value.messages]
    assert codes == [
        "agreement_amount_not_positive",
        "agreement_amount_not_positive",
        "agreement_amount_negative",
        "agreement_amount_negative",
        "agreement_status_unknown",
    ]
    first = err.value.messages[0]
    assert render(first, "nb") == "Pris år 0 må være større enn 0"
    assert render(first, "nn") == "Pris år 0 må vere større enn 0"
    assert render(first, "en") == "Price year 0 must be greater than 0"
    assert render(err.value.messages[3], "nb") == "Månedlig sparemål kan ikke være negativ"


def test_a_zero_saving_target_and_zero_savings_are_allowed():
    assert agreement_problems(agreement(savings_year0=0, monthly_saving_target=0)) == []


# -- status --------------------------------------------------------------------------------------


def test_on_track_when_the_balance_matches_the_plan_on_its_date():
    # balance 1 Jun 2026: 5 months → expected 75 000; 75 000 held → no shortfall
    s = status(agreement(), [(date(2026, 6, 1), 75_000)], date(2026, 6, 10))
    assert s.code == "on_track"
    assert (s.expected, s.actual, s.shortfall, s.months_behind) == (75_000, 75_000, 0, 0)
    assert s.last_entry == date(2026, 6, 1)
    assert s.reasons[0].text() == "Sparingen er i rute: 75 000 kr mot 75 000 kr etter planen."


def test_exactly_one_month_short_is_still_on_track_and_more_is_behind():
    # expected 75 000 on 1 Jun; 70 000 is 5 000 short = 1.0 month: tolerated (not *more* than 1)
    s = status(agreement(), [(date(2026, 6, 1), 70_000)], date(2026, 6, 10))
    assert (s.code, s.shortfall, s.months_behind) == ("on_track", 5_000, 1.0)
    # 69 999 is 5 001 short: 1.0002 months > 1 → behind
    s = status(agreement(), [(date(2026, 6, 1), 69_999)], date(2026, 6, 10))
    assert s.code == "behind"
    assert s.reasons[0].code == "pathway_shortfall_behind"
    assert s.reasons[0].text() == (
        "Sparingen ligger 5 001 kr etter planen (1,0 måneders sparemål)."
    )


def test_three_months_short_is_at_risk_and_just_under_is_behind():
    # expected 75 000; 60 000 is 15 000 short = exactly 3.0 months → at risk (≥ 3)
    s = status(agreement(), [(date(2026, 6, 1), 60_000)], date(2026, 6, 10))
    assert (s.code, s.months_behind) == ("at_risk", 3.0)
    assert s.reasons[0].code == "pathway_shortfall_at_risk"
    # 60 001 is 14 999 short = 2.9998 months → behind
    assert status(agreement(), [(date(2026, 6, 1), 60_001)], date(2026, 6, 10)).code == "behind"


def test_a_balance_is_judged_against_the_plan_on_its_own_date_and_the_latest_wins():
    entries = [(date(2026, 3, 1), 60_000), (date(2026, 5, 1), 70_000), (date(2026, 9, 1), 1)]
    # on 10 Jun the September entry is in the future and ignored; 1 May: 4 months → 70 000
    s = status(agreement(), entries, date(2026, 6, 10))
    assert (s.code, s.expected, s.actual, s.last_entry) == (
        "on_track",
        70_000,
        70_000,
        date(2026, 5, 1),
    )


def test_no_balance_for_three_months_is_at_risk_two_is_not():
    # last balance 1 Mar 2026 (2 months: 60 000 expected, held); 31 May: 2 whole months old
    entries = [(date(2026, 3, 1), 60_000)]
    assert status(agreement(), entries, date(2026, 5, 31)).code == "on_track"
    s = status(agreement(), entries, date(2026, 6, 1))  # 3 whole months old
    assert s.code == "at_risk"
    assert [m.code for m in s.reasons] == ["pathway_stale"]
    assert s.reasons[0].text() == (
        "Ingen ny saldo på 3 måneder (siste 01.03.2026): vi vet ikke om sparingen går etter planen."
    )


def test_no_balance_at_all_counts_from_the_start():
    # the 50 000 at start stand on 1 Jan: on track in February, at risk from 1 April
    assert status(agreement(), [], date(2026, 2, 15)).code == "on_track"
    s = status(agreement(), [], date(2026, 4, 1))
    assert s.code == "at_risk" and s.last_entry is None
    assert s.reasons[0].code == "pathway_no_entries"


def test_rent_arrears_make_the_pathway_behind_then_at_risk():
    entries = [(date(2026, 6, 1), 75_000)]  # savings on plan
    on = date(2026, 6, 10)
    assert status(agreement(), entries, on, arrears_kr=0, late_months=0).code == "on_track"
    s = status(agreement(), entries, on, arrears_kr=9_000, late_months=1)
    assert s.code == "behind" and s.reasons[0].code == "pathway_arrears"
    assert s.reasons[0].text() == "Husleierestanse på 9 000 kr, 1 mnd. på etterskudd."
    assert s.reasons[0].text("en") == "Rent arrears of 9 000 kr, 1 month(s) late."
    s = status(agreement(), entries, on, arrears_kr=18_000, late_months=2)
    assert s.code == "at_risk"
    # a kroner threshold set by the municipality also makes it at risk
    rules = PathwayRules(at_risk_arrears_kr=5_000)
    assert status(agreement(), entries, on, 5_000, 1, rules).code == "at_risk"
    assert status(agreement(), entries, on, 4_999, 1, rules).code == "behind"


def test_at_risk_lists_every_reason_worst_first():
    s = status(agreement(), [(date(2026, 6, 1), 69_000)], date(2026, 6, 10), 20_000, 2)
    # arrears → at risk; 6 000 short (1.2 months) → behind: both reasons, at risk first
    assert s.code == "at_risk"
    assert [m.code for m in s.reasons] == ["pathway_arrears", "pathway_shortfall_behind"]


def test_not_started_and_ended():
    s = status(agreement(), [], date(2025, 12, 31))
    assert s.code == "not_started"
    assert s.reasons[0].text("en") == "The agreement starts on 01.01.2026."
    s = status(agreement(), [], date(2029, 1, 2))  # the day after expiry
    assert s.code == "ended" and s.reasons[0].code == "pathway_expired"
    assert status(agreement(), [], date(2029, 1, 1)).code != "ended"  # expiry day still runs
    s = status(agreement(status="exercised"), [], date(2027, 1, 1))
    assert s.code == "ended"
    assert s.reasons[0].text("nn") == "Avtalen er avslutta (opsjonen nytta)."


def test_without_a_target_only_a_fall_below_the_start_is_behind():
    a = agreement(monthly_saving_target=0)
    assert status(a, [(date(2026, 6, 1), 50_000)], date(2026, 6, 2)).code == "on_track"
    s = status(a, [(date(2026, 6, 1), 40_000)], date(2026, 6, 2))
    assert (s.code, s.shortfall, s.months_behind) == ("behind", 10_000, 0.0)


def test_status_labels_in_three_languages():
    s = status(agreement(), [(date(2026, 6, 1), 60_000)], date(2026, 6, 10))
    assert (s.label("nb"), s.label("nn"), s.label("en")) == ("I faresonen", "I faresona", "At risk")


# -- re-assessment and option ------------------------------------------------------------------


def test_reassessment_is_due_on_the_first_anniversary_then_a_year_after_the_last():
    a = agreement()
    assert reassessment_due(a, None, date(2026, 6, 1)) == date(2027, 1, 1)
    assert reassessment_due(a, date(2027, 2, 10), date(2027, 3, 1)) == date(2028, 2, 10)
    # never later than the expiry: assessed 10 Jun 2028 → 10 Jun 2029 capped to 1 Jan 2029
    assert reassessment_due(a, date(2028, 6, 10), date(2028, 7, 1)) == EXPIRY
    # none once the agreement has ended
    assert reassessment_due(a, None, date(2029, 1, 2)) is None
    assert reassessment_due(agreement(status="cancelled"), None, date(2026, 6, 1)) is None


def test_option_offer_from_the_last_year_when_on_track_and_always_in_the_last_three_months():
    a = agreement()
    on_track = status(a, [(date(2028, 1, 1), 230_000)], date(2028, 1, 1))
    behind = status(a, [(date(2028, 1, 1), 100_000)], date(2028, 1, 1))
    assert on_track.code == "on_track" and behind.code == "at_risk"
    # the last year starts 1 Jan 2028 (12 months before 1 Jan 2029)
    assert option_exercisable(a, date(2027, 12, 31), on_track) is False
    assert option_exercisable(a, date(2028, 1, 1), on_track) is True
    assert option_exercisable(a, date(2028, 1, 1), behind) is False
    # from 1 Oct 2028 (3 months before expiry) whatever the status
    assert option_exercisable(a, date(2028, 9, 30), behind) is False
    assert option_exercisable(a, date(2028, 10, 1), behind) is True
    assert option_exercisable(a, date(2028, 10, 1), None) is True
    assert option_exercisable(a, EXPIRY, None) is True
    assert option_exercisable(a, date(2029, 1, 2), on_track) is False
    assert option_exercisable(agreement(status="expired"), date(2028, 12, 1), on_track) is False
