"""Issue 9 item 6 in the assessment inputs: the policy-rate field follows the rule year."""

from __future__ import annotations

import dataclasses

import pytest
from support.scenarios import whole_scenario

from leietileie.domain.assess import assess
from leietileie.rules import load_rules


def _panel(qtbot):  # type: ignore[no-untyped-def]
    from leietileie.ui.views.assessment_inputs import InputsPanel

    panel = InputsPanel()
    qtbot.addWidget(panel)
    base = whole_scenario()
    base = dataclasses.replace(
        base, financing=dataclasses.replace(base.financing, policy_rate=None)
    )
    panel.load(base)
    return panel, base


def _choose_year(panel, year: int) -> None:  # type: ignore[no-untyped-def]
    panel.year.setCurrentIndex(panel.year.findData(year))


def test_switching_the_rule_year_shows_that_years_policy_rate(qtbot) -> None:
    # The rule files: policy rate 4.00 % for 2026 (from 18 Sep 2025), 4.50 % for 2024 (from
    # 15 Dec 2023); Husbanken's stress rate is the policy rate + 2.5 pp: 6.5 % and 7.0 %.
    panel, base = _panel(qtbot)
    assert panel.policy_rate.value() == pytest.approx(4.00)
    with qtbot.waitSignal(panel.changed):
        _choose_year(panel, 2024)
    assert panel.policy_rate.value() == pytest.approx(4.50)
    scenario = panel.scenario(base)
    assert scenario.year == 2024 and scenario.financing.policy_rate is None
    assessed = assess(scenario, load_rules(2024))
    assert assessed.stress_rate == pytest.approx(0.07)
    assert assessed.to_json()["policy_rate_source"] == "rules"
    # And back: the field follows the year again.
    _choose_year(panel, 2026)
    assert panel.policy_rate.value() == pytest.approx(4.00)
    assert panel.scenario(base).financing.policy_rate is None


def test_a_caseworkers_policy_rate_stays_when_the_year_changes(qtbot) -> None:
    # The caseworker sets 3.75 %: an override, kept (and used) in every rule year:
    # stress rate 3.75 + 2.5 = 6.25 %.
    panel, base = _panel(qtbot)
    panel.policy_rate.setValue(3.75)
    _choose_year(panel, 2024)
    assert panel.policy_rate.value() == pytest.approx(3.75)
    scenario = panel.scenario(base)
    assert scenario.financing.policy_rate == pytest.approx(0.0375)
    assessed = assess(scenario, load_rules(2024))
    assert assessed.stress_rate == pytest.approx(0.0625)
    assert assessed.to_json()["policy_rate_source"] == "override"
