"""Assess one scenario: load its rule set, apply dated rate adjustments, check the inputs.

Shared by the command line (``leietileie assess``), the assessment workspace and letters.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..domain.assess import Assessment, assess
from ..domain.living import floor_total
from ..domain.model import Scenario
from ..domain.scenario_io import (
    ScenarioError,
    check_override_floor,
    scenario_from_dict,
    scenario_to_dict,
)
from ..errors import InputError
from ..rules import RuleError, RuleSet, available_years, load_rules, with_adjustments


def rules_for(year: int, adjustments: Mapping[str, float] | None = None) -> RuleSet:
    try:
        rules = load_rules(year)
    except RuleError as exc:
        raise InputError([f"year: {exc}"]) from exc
    return with_adjustments(rules, dict(adjustments)) if adjustments else rules


def evaluate(scenario: Scenario, adjustments: Mapping[str, float] | None = None) -> Assessment:
    """Assess a scenario; an override below the social-assistance floor is refused."""
    rules = rules_for(scenario.year, adjustments)
    problems = check_override_floor(scenario, floor_total(rules.floor, scenario.household))
    if problems:
        raise InputError(problems)
    group = scenario.extra.get("municipality_group", 4)
    return assess(scenario, rules, municipality_group=group if isinstance(group, int) else 4)


def parse_scenario(data: Any) -> Scenario:
    try:
        return scenario_from_dict(data, available_years())
    except ScenarioError as exc:
        raise InputError(exc.problems) from exc


def load_scenario_file(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError([f"{path}: no such file"]) from exc
    except UnicodeDecodeError as exc:
        raise InputError([f"{path}: not UTF-8 text ({exc.reason})"]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError([f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"]) from exc
    return parse_scenario(data)


def save_scenario_file(scenario: Scenario, path: Path) -> None:
    """Write a scenario file atomically (temporary file, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(path)
