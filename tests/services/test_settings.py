from datetime import date

import pytest

from leietileie.errors import InputError
from leietileie.services.settings import SETTINGS, Settings
from leietileie.storage.database import Database


@pytest.fixture
def settings(tmp_path):
    db = Database.open(tmp_path / "s.db")
    yield Settings(db)
    db.close()


def test_every_setting_is_declared_once_with_a_label():
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    assert all(s.label for s in SETTINGS)


def test_defaults_and_typed_values(settings):
    assert settings.get("assessment.term_years") == 30
    assert settings.set("grant.max_amount", "400 000") == 400_000
    assert settings.grant_max() == 0  # the policy is off until enabled
    settings.set("grant.enabled", True)
    assert settings.grant_max() == 400_000
    assert settings.default_financing().grant_max == 400_000


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("municipality.org_no", "123456789", "gyldig organisasjonsnummer"),
        ("assessment.term_years", "60", "mellom 5 og 50"),
        ("grant.max_amount", "fem", "ikke et tall"),
        ("municipality.malform", "svensk", "velg en av nb, nn"),
    ],
)
def test_bad_values_are_refused_naming_the_setting(settings, key, value, message):
    with pytest.raises(InputError, match=message):
        settings.set(key, value)


def test_set_many_stores_nothing_when_one_value_is_bad(settings):
    with pytest.raises(InputError):
        settings.set_many({"assessment.term_years": 25, "grant.max_amount": "x"})
    assert settings.get("assessment.term_years") == 30


def test_profile_record_is_read_through_the_declared_keys(settings):
    settings.repo.set_municipality(
        {"name": "Lia kommune", "signer": "Kari Nordmann", "phone": "12345678"}
    )
    assert settings.get("municipality.name") == "Lia kommune"
    assert settings.get("municipality.signer_name") == "Kari Nordmann"
    assert settings.municipality()["contact_phone"] == "12345678"


def test_dated_policy_rate_change_applies_from_its_date(settings):
    settings.repo.add_rule_adjustment(2026, "startlan.policy_rate", 0.0375, date(2026, 12, 1))
    assert settings.adjustments(2026, date(2026, 11, 30)) == {}
    assert settings.adjustments(2026, date(2026, 12, 1)) == {"startlan.policy_rate": 0.0375}
