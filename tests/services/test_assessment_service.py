"""Assessing registered households: scenario from the register, storing, replaying."""

from datetime import date

import pytest

from leietileie.errors import InputError
from leietileie.services.assessment import evaluate, registered_scenario, replay, store_assessment
from leietileie.services.demo import create_demo
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    create_demo(database, households=40, seed=4, today=ON)
    yield database
    database.close()


def test_registered_household_is_assessed_for_the_unit_it_rents(db):
    household = db.households.get(1)
    scenario = registered_scenario(db, 1, on=ON)
    unit = db.units.get_by_unit_id(household.tenancy.unit_id)
    assert scenario.dwelling.price == unit.valuation
    assert scenario.household.current_rent_monthly == household.tenancy.rent_monthly
    assert scenario.financing == Settings(db).default_financing()
    assert scenario.extra["unit_id"] == unit.unit_id


def test_stored_assessment_replays_to_the_same_figures(db):
    Settings(db).repo.add_rule_adjustment(2026, "startlan.policy_rate", 0.045, date(2026, 1, 1))
    adjustments = Settings(db).adjustments(2026, ON)
    assessment = evaluate(registered_scenario(db, 2, on=ON), adjustments)
    stored_id = store_assessment(db, 2, assessment, adjustments=adjustments)
    stored = db.assessments.get(stored_id)
    assert stored.rules_year == 2026 and stored.verdict == assessment.verdict
    again = replay(stored.inputs)
    assert again.to_json() == stored.result
    assert again.stress_rate == pytest.approx(0.07)


def test_unknown_household_and_unit_are_named(db):
    with pytest.raises(InputError, match="husstand 9999"):
        registered_scenario(db, 9999)
    with pytest.raises(InputError, match="bolig NOPE"):
        registered_scenario(db, 1, unit_id="NOPE")
