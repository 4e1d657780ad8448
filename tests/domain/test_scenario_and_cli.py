"""Scenario files and `leietileie assess` (scenario-format.md)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.domain.scenario_io import ScenarioError, scenario_from_dict, scenario_to_dict
from leietileie.services.assessment import evaluate, load_scenario_file, save_scenario_file

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "scenario_example.json"
REQUIRED_OUTPUT = [
    "year",
    "rules",
    "gross_income_annual",
    "tax_annual",
    "net_income_monthly",
    "living_costs_monthly",
    "living_costs_sifo_monthly",
    "living_costs_floor_monthly",
    "fixed_obligations_monthly",
    "housing_running_costs_monthly",
    "available_for_loans_monthly",
    "stress_rate",
    "max_total_loan",
    "purchase_costs",
    "financing",
    "monthly_payment",
    "monthly_cost_owning",
    "monthly_cost_renting",
    "verdict",
    "reasons",
]


def example() -> dict:
    return json.loads(EXAMPLE.read_text(encoding="utf-8"))


def test_assess_example_prints_every_required_field(capsys):
    assert main(["assess", str(EXAMPLE)]) == 0
    out = json.loads(capsys.readouterr().out)
    for key in REQUIRED_OUTPUT:
        assert key in out, key
    assert out["gross_income_annual"] == 790_000
    assert out["monthly_cost_renting"] == 11_500
    assert out["stress_rate"] == pytest.approx(0.065)
    f = out["financing"]
    if out["verdict"] != "not_eligible":
        assert (
            f["equity"] + f["bank_loan"] + f["startlan"] + f["grant"]
            == 3_000_000 + out["purchase_costs"]
        )
    else:
        assert out["reasons"] and out["reasons"][0]["code"] == "insufficient_servicing"
        assert out["reasons"][0]["shortfall_monthly"] > 0


def test_explain_prints_a_norwegian_breakdown(capsys):
    assert main(["assess", str(EXAMPLE), "--explain"]) == 0
    err = capsys.readouterr().err
    assert "Tilgjengelig til lån" in err
    assert "3 000 000 kr" in err  # price, Norwegian grouping
    assert "SIFO referansebudsjett" in err


def test_bad_scenario_exits_2_with_one_line_per_problem_and_no_traceback(tmp_path):
    data = example()
    data["household"]["members"][1]["age"] = 130
    data["dwelling"]["tenure"] = "leie"
    data["financing"]["term_years"] = 60
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "leietileie", "assess", str(path)], capture_output=True, text=True
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert "household.members[1].age: må være mellom 0 og 120, fikk 130" in lines
    assert any(line.startswith("dwelling.tenure:") for line in lines)
    assert any(line.startswith("financing.term_years: må være mellom 1 og 50") for line in lines)
    assert "Traceback" not in proc.stderr
    assert proc.stdout == ""


def test_not_json_is_an_input_error(tmp_path, capsys):
    path = tmp_path / "x.json"
    path.write_text("{not json", encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    assert "er ikke gyldig JSON" in capsys.readouterr().err


def test_override_below_floor_is_refused(capsys, tmp_path):
    data = example()
    data["household"]["living_costs_monthly_override"] = 10_000
    path = tmp_path / "o.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("household.living_costs_monthly_override:")
    assert "sosialhjelpsnormen" in err


def test_override_above_floor_is_used():
    data = example()
    data["household"]["living_costs_monthly_override"] = 30_000
    data["household"]["living_costs_override_reason"] = "faktisk forbruk"
    out = evaluate(scenario_from_dict(data)).to_json()
    assert out["living_costs_monthly"] == 30_000
    assert any("faktisk forbruk" in w for w in out["warnings"])


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (
            lambda d: d["household"]["members"].pop(0),
            "household.members: må ha nøyaktig én søker (applicant), fant 0",
        ),
        (lambda d: d["household"].update(savings=-1), "household.savings: må være mellom 0 og"),
        (
            lambda d: d["household"].update(car="tesla"),
            "household.car: må være en av none, petrol, electric",
        ),
        (
            lambda d: d["household"]["members"][0]["incomes"][0].update(kind="lotto"),
            "household.members[0].incomes[0].kind: må være en av",
        ),
        (lambda d: d["financing"].update(mode="bank_only"), "financing.mode: må være en av"),
        (lambda d: d["household"].update(saving=1), "household.saving: ukjent felt"),
        (
            lambda d: d["financing"].update(interest_only_years=9),
            "financing.interest_only_years: må være mellom 0 og 8",
        ),
        (
            lambda d: d["household"]["members"][3].pop("sex"),
            "household.members[3].sex: må fylles ut fra 10 år",
        ),
    ],
)
def test_each_bad_field_is_named(mutate, message):
    data = example()
    mutate(data)
    with pytest.raises(ScenarioError) as err:
        scenario_from_dict(data)
    assert any(p.startswith(message) for p in err.value.problems), err.value.problems


def test_scenario_round_trips_through_a_file(tmp_path):
    scenario = load_scenario_file(EXAMPLE)
    path = tmp_path / "saved.json"
    save_scenario_file(scenario, path)
    again = load_scenario_file(path)
    assert again == scenario
    assert evaluate(again).to_json() == evaluate(scenario).to_json()
    assert scenario_to_dict(again)["household"]["members"][3]["transit_pass"] is True


def test_cli_help_lists_assess(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "assess" in capsys.readouterr().out


def test_warnings_name_temporary_income_bank_rule_breaches_and_a_bank_that_could_lend_alone():
    data = example()
    data["household"]["members"][1]["incomes"] = [{"kind": "aap", "annual": 310000}]
    out = evaluate(scenario_from_dict(data)).to_json()
    assert any("Arbeidsavklaringspenger (AAP)" in w for w in out["warnings"])
    rich = example()
    rich["household"]["members"][0]["incomes"] = [{"kind": "wage", "annual": 1_400_000}]
    rich["household"]["savings"] = 600_000
    out = evaluate(scenario_from_dict(rich)).to_json()
    assert any("Banken kan trolig finansiere hele kjøpet" in w for w in out["warnings"])
    stretched = example()
    stretched["financing"]["mode"] = "bank_first"
    stretched["household"]["debts"] = [
        {"kind": "other", "balance": 3_000_000, "monthly_payment": 0}
    ]
    out = evaluate(scenario_from_dict(stretched)).to_json()
    failed = [c for c in out["checks"] if c["code"] == "bank_dti" and not c["passed"]]
    assert failed and any("fleksibilitetskvoten" in w for w in out["warnings"])


def _run_cli(tmp_path, data, name="s.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "leietileie", "assess", str(path)], capture_output=True, text=True
    )


def test_assess_accepts_the_issue_9_fields_and_prints_bank_alone_sufficient(tmp_path):
    data = example()
    data["dwelling"]["market_value"] = 3_400_000
    data["financing"]["interest_only_years"] = 8
    data["financing"].pop("policy_rate")
    data["household"]["members"][0]["incomes"].append({"kind": "capital_income", "annual": 10_000})
    data["household"]["members"][3]["special_care_needs"] = True
    proc = _run_cli(tmp_path, data)
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["bank_alone_sufficient"] is False
    # 2.5 % × 3 400 000 = 85 000 + 2 × 545 (deed + startlån) = 86 090
    assert out["purchase_costs"] == 86_090
    assert out["policy_rate"] == 0.04 and out["policy_rate_source"] == "rules"
    assert out["gross_income_annual"] == 800_000


def test_assess_rejects_out_of_range_issue_9_fields_one_line_each(tmp_path):
    data = example()
    data["dwelling"]["market_value"] = -5
    data["financing"]["interest_only_years"] = 9
    data["household"]["members"][0]["incomes"].append({"kind": "capital_income", "annual": -1})
    data["household"]["members"][3]["special_care_needs"] = "ja"
    proc = _run_cli(tmp_path, data)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert any(line.startswith("dwelling.market_value: må være mellom 1 og") for line in lines)
    assert any(
        line.startswith("financing.interest_only_years: må være mellom 0 og 8") for line in lines
    )
    assert any(
        line.startswith("household.members[0].incomes[1].annual: må være mellom 0 og")
        for line in lines
    )
    assert any(
        line.startswith("household.members[3].special_care_needs: må være true eller false")
        for line in lines
    )


def test_a_400_digit_number_and_deep_nesting_are_refused_plainly(tmp_path):
    data = example()
    text = json.dumps(data).replace('"savings": 40000', '"savings": ' + "9" * 400)
    proc = _run_cli(tmp_path, text, "big.json")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith("household.savings: må være mellom 0 og")
    assert len(proc.stderr) < 200  # the number is not repeated in full
    deep = _run_cli(tmp_path, "[" * 100_000 + "]" * 100_000, "deep.json")
    assert deep.returncode == 2 and "Traceback" not in deep.stderr
    assert "nestet" in deep.stderr
    label: object = 1
    for _ in range(25):
        label = [label]
    nested = _run_cli(tmp_path, json.dumps({"year": 2026, "label": label}), "n.json")
    assert nested.returncode == 2 and "nestet dypere" in nested.stderr


def test_a_missing_file_and_a_wrong_shape_are_said_in_norwegian(tmp_path, capsys):
    assert main(["assess", str(tmp_path / "finnes-ikke.json")]) == 2
    assert "filen finnes ikke" in capsys.readouterr().err
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    assert main(["assess", str(path)]) == 2
    assert "må være et objekt" in capsys.readouterr().err
