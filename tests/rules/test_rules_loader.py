import tomllib

import pytest

from leietileie.rules import RuleError, available_years, load_rules, with_adjustments
from leietileie.rules.loader import DEFAULT_DIR, load_file, parse_rules


def test_three_years_are_shipped_with_sources():
    assert {2024, 2025, 2026} <= set(available_years())
    for year in (2024, 2025, 2026):
        rules = load_rules(year)
        for name, group in rules.groups().items():
            assert group.source.startswith("http"), (year, name)
            assert isinstance(group.verified, bool)


def test_2024_reuses_2025_sifo_with_a_note():
    rules = load_rules(2024)
    assert rules.sifo.edition == 2025
    assert "2025" in rules.sifo.note


def _data(year=2026):
    with (DEFAULT_DIR / f"{year}.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_missing_figure_names_file_and_key():
    data = _data()
    del data["tax"]["personfradrag"]
    with pytest.raises(RuleError, match=r"2026.toml: tax.personfradrag: mangler"):
        parse_rules("2026.toml", data)


def test_malformed_figure_names_file_and_key():
    data = _data()
    data["bank"]["max_loan_to_value"] = "90 %"
    with pytest.raises(RuleError, match=r"2026.toml: bank.max_loan_to_value: må være et tall"):
        parse_rules("2026.toml", data)


def test_overlapping_sifo_bands_are_refused():
    data = _data()
    data["sifo"]["food"][1][0] = 0
    with pytest.raises(RuleError, match="sifo.food"):
        parse_rules("2026.toml", data)


def test_unknown_key_is_refused():
    data = _data()
    data["fees"]["etablerings_gebyr"] = 600
    with pytest.raises(RuleError, match="fees: ukjent nøkkel"):
        parse_rules("2026.toml", data)


def test_missing_year_and_broken_file(tmp_path):
    with pytest.raises(RuleError, match="regelsett for 1999 finnes ikke"):
        load_rules(1999)
    bad = tmp_path / "2030.toml"
    bad.write_text("[meta\nyear=", encoding="utf-8")
    with pytest.raises(RuleError, match="2030.toml: ikke gyldig TOML"):
        load_file(bad)


def test_adjustments_change_only_the_named_figure():
    rules = load_rules(2026)
    adjusted = with_adjustments(rules, {"startlan.policy_rate": 0.0425})
    assert adjusted.startlan.policy_rate == 0.0425
    assert rules.startlan.policy_rate == 0.04
    assert adjusted.tax == rules.tax
    with pytest.raises(RuleError, match="ukjent sats"):
        with_adjustments(rules, {"startlan.nope": 1.0})
