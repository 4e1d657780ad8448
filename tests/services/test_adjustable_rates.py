"""Issue 15 item 2: one mechanism for the rates a caseworker adjusts (dated rule adjustments);
every adjustable key changes an assessment, one household and the screening alike."""

from datetime import date

import numpy as np
import pytest

from leietileie.errors import InputError
from leietileie.services.assessment import evaluate, registered_scenario
from leietileie.services.demo import create_demo
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import ADJUSTABLE_RATES, BY_KEY, Settings
from leietileie.storage.database import Database
from leietileie.ui.views.rules_panel import ADJUSTABLE

ON = date(2026, 11, 25)
FROM = date(2026, 11, 1)
# 2026 rule file: policy rate 4 %, stress margin 2.5 pp, Husbanken floating 4.640 %, bank 5.2 %
# (stress: +3 pp, at least 7 %); the municipal margin defaults to 0.25 pp.
NEW = {
    "startlan.policy_rate": 0.06,
    "startlan.stress_margin": 0.04,
    "husbanken_rates.floating": 0.07,
    "bank.default_rate": 0.09,
}


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    create_demo(database, households=40, seed=5, today=ON)
    yield database
    database.close()


def test_the_rules_panel_offers_exactly_the_adjustable_rates():
    assert tuple(key for key, _ in ADJUSTABLE) == ADJUSTABLE_RATES
    assert set(NEW) == set(ADJUSTABLE_RATES)


def test_rates_are_no_longer_settings():
    for key in ("assessment.startlan_rate", "assessment.bank_rate", "assessment.policy_rate"):
        assert key not in BY_KEY


def _assess(db, household_id):
    settings = Settings(db)
    scenario = registered_scenario(db, household_id, on=ON, year=2026)
    return scenario, evaluate(scenario, settings.adjustments(2026, ON))


def _household_with_both_loans(db):
    for household_id in sorted(db.households.id_map().values()):
        try:
            _, assessment = _assess(db, household_id)
        except InputError:  # a household without a valued unit
            continue
        if assessment.plan.bank_loan > 0 and assessment.plan.startlan > 0:
            return household_id
    raise AssertionError("the demo has no household with a bank loan and a startlån")


# The figure each adjustment moves, worked out by hand from the rules:
# kalkulasjonsrente = policy rate + margin; startlån rate = floating + 0.25 pp;
# bank stress rate = max(bank rate + 3 pp, 7 %).
EXPECTED = {
    "startlan.policy_rate": (lambda s, a: a.stress_rate, 0.065, 0.085),
    "startlan.stress_margin": (lambda s, a: a.stress_rate, 0.065, 0.08),
    "husbanken_rates.floating": (lambda s, a: s.financing.startlan_rate, 0.0489, 0.0725),
    "bank.default_rate": (lambda s, a: a.bank_stress_rate, 0.082, 0.12),
}


@pytest.mark.parametrize("key", ADJUSTABLE_RATES)
def test_every_adjustable_rate_changes_a_household_assessment(db, key):
    household_id = _household_with_both_loans(db)
    figure, before, after = EXPECTED[key]
    scenario, old = _assess(db, household_id)
    assert figure(scenario, old) == pytest.approx(before)
    db.settings.add_rule_adjustment(2026, key, NEW[key], FROM, "test")
    scenario, new = _assess(db, household_id)
    assert figure(scenario, new) == pytest.approx(after)
    assert new.to_json() != old.to_json()


@pytest.mark.parametrize("key", ADJUSTABLE_RATES)
def test_every_adjustable_rate_changes_the_screening(db, key):
    def results():
        outcome = screen_register(
            db, ScreeningOptions.from_settings(Settings(db), on=ON, year=2026)
        )
        r = outcome.result
        return np.stack([r.max_total_loan, r.monthly_payment, r.bank_loan, r.startlan])

    before = results()
    db.settings.add_rule_adjustment(2026, key, NEW[key], FROM, "test")
    after = results()
    assert not np.array_equal(np.nan_to_num(before), np.nan_to_num(after))


def test_an_adjustment_is_in_force_only_from_its_date(db):
    db.settings.add_rule_adjustment(2026, "bank.default_rate", 0.09, date(2026, 12, 1), "test")
    assert Settings(db).default_financing(2026, ON).bank_rate == pytest.approx(0.052)
    assert Settings(db).default_financing(2026, date(2026, 12, 1)).bank_rate == pytest.approx(0.09)


def test_rates_stored_the_older_ways_are_read_as_adjustments(db):
    settings = Settings(db)
    settings.repo.set("assessment.bank_rate", 0.06)  # a rate setting from before issue 15
    settings.repo.set("assessment.startlan_rate", 0.05)
    assert settings.adjustments(2026, ON) == {
        "bank.default_rate": 0.06,
        "husbanken_rates.floating": pytest.approx(0.0475),  # 5 % less the 0.25 pp margin
    }
    # an adjustment of the startlån rate itself (the old rules panel) is converted alike
    db.settings.add_rule_adjustment(2026, "startlan.default_rate", 0.055, FROM, "old")
    financing = settings.default_financing(2026, ON)
    assert financing.startlan_rate == pytest.approx(0.055)
    assert financing.bank_rate == pytest.approx(0.06)


def test_the_municipal_margin_is_part_of_the_startlan_rate(db):
    settings = Settings(db)
    assert settings.default_financing(2026, ON).startlan_rate == pytest.approx(0.0489)
    settings.set("startlan.municipal_margin", 0.001)
    assert settings.default_financing(2026, ON).startlan_rate == pytest.approx(0.0474)


def test_own_fees_mean_no_default_margin(db):
    """Own startlån fees and the margin are never both: with fees and no margin set, the
    startlån rate is Husbanken's floating rate alone (4.640 %)."""
    settings = Settings(db)
    settings.set("startlan.instalment_fee", 30)  # accepted: the default margin gives way
    assert settings.get("startlan.municipal_margin") == 0.0
    assert settings.default_financing(2026, ON).startlan_rate == pytest.approx(0.0464)
