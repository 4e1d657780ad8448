"""The assessment workspace: live results, scenario files, storing on the case."""

from __future__ import annotations

import json


def _workspace(window, ctx):  # type: ignore[no-untyped-def]
    window.views["tenants"].table.selectRow(4)
    window.show_view("assessment")
    view = window.views["assessment"]
    assert view.household is not None and view.assessment is not None
    return view


def test_workspace_updates_when_the_term_changes(qtbot, window, ctx) -> None:
    from leietileie.services.showcase import showcase_household_id

    window.select_household(showcase_household_id(ctx.db))  # a family whose loan can grow
    window.show_view("assessment")
    view = window.views["assessment"]
    assert view.household is not None and view.assessment is not None
    before = view.assessment
    max_loan_before = view.results.budget["max_loan"].text()
    view.inputs.term.setValue(45)
    assert view.assessment is not before
    assert view.assessment.scenario.financing.term_years == 45
    assert view.results.budget["max_loan"].text() != max_loan_before
    assert view.results.budget["max_loan"].text().endswith(" kr")
    qtbot.waitUntil(lambda: view.schedule.rowCount() in (45, 30), timeout=2000)


def test_every_input_reaches_the_engine(window, ctx) -> None:
    view = _workspace(window, ctx)
    view.inputs.price.setValue(2_500_000)
    view.inputs.repayment.setCurrentIndex(view.inputs.repayment.findData("serial"))
    view.inputs.mode.setCurrentIndex(view.inputs.mode.findData("bank_first"))
    view.inputs.startlan_rate.setValue(5.5)
    view.inputs.grant.setValue(300_000)
    s = view.assessment.scenario
    assert s.dwelling.price == 2_500_000
    assert (s.financing.repayment, s.financing.mode) == ("serial", "bank_first")
    assert s.financing.startlan_rate == 0.055 and s.financing.grant_max == 300_000
    assert len(view.assessment.checks) > 1  # bank rules shown in bank_first mode


def test_an_override_below_the_floor_is_shown_as_an_error(window, ctx) -> None:
    view = _workspace(window, ctx)
    view.inputs.override_on.setChecked(True)
    view.inputs.override.setValue(100)
    assert view.assessment is None
    assert "Kan ikke beregne" in view.results.verdict.text()


def test_a_saved_scenario_reopens_with_the_same_result(tmp_path, window, ctx) -> None:
    view = _workspace(window, ctx)
    view.inputs.term.setValue(35)
    view.inputs.savings.setValue(80_000)
    expected = view.assessment.to_json()
    path = view.save_file(tmp_path / "beregning.json")
    assert json.loads(path.read_text(encoding="utf-8"))["financing"]["term_years"] == 35
    view.inputs.term.setValue(20)
    assert view.assessment.to_json() != expected
    assert view.open_file(path)
    assert view.assessment.to_json() == expected
    assert view.inputs.term.value() == 35


def test_store_on_case_keeps_inputs_result_and_rule_year(window, ctx, answers) -> None:
    view = _workspace(window, ctx)
    new_id = view.store_on_case()
    stored = ctx.db.assessments.get(new_id)
    assert stored.household_id == view.household.id
    assert stored.rules_year == view.assessment.scenario.year
    assert stored.result["verdict"] == view.assessment.verdict
    assert stored.inputs["financing"]["term_years"] == view.inputs.term.value()
    case = ctx.db.cases.current(view.household.id)
    assert case is not None and stored.case_id == case.id
    again = ctx.db.assessments.get(view.store_on_case())
    assert again.case_id == case.id  # the same open case, not a new one
    assert ctx.db.cases.attached_assessment_ids(case.id)[-2:] == [new_id, again.id]


def test_rent_to_own_plan_follows_the_household(window, ctx) -> None:
    window.views["tenants"].table.selectRow(3)
    window.show_view("plan")
    plan_view = window.views["plan"]
    assert plan_view.plan is not None
    saved = plan_view.plan.savings_at_purchase
    plan_view.years.setValue(5)
    assert plan_view.plan.years == 5
    assert plan_view.plan.savings_at_purchase >= saved
    assert plan_view.values["saved"].text().endswith(" kr")
