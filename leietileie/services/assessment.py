"""Assess one scenario: load its rule set, apply dated rate adjustments, check the inputs.

Shared by the command line (``leietileie assess``), the assessment workspace and letters.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.assess import Assessment, assess
from ..domain.living import floor_total
from ..domain.messages import Message
from ..domain.model import Financing, Scenario
from ..domain.register import to_dwelling, to_household
from ..domain.scenario_io import (
    ScenarioError,
    check_override_floor,
    scenario_from_dict,
    scenario_to_dict,
)
from ..errors import InputError
from ..rules import RuleError, RuleSet, load_rules, with_adjustments
from . import messages as _messages  # noqa: F401 - registers the services' messages

if TYPE_CHECKING:
    from ..storage.register import Register


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
        # The year is checked when its rules are loaded (rules.loader: one message for all).
        return scenario_from_dict(data, None)
    except ScenarioError as exc:
        raise InputError(exc.problems) from exc


def load_scenario_file(path: Path) -> Scenario:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise InputError([f"{path}: filen finnes ikke"]) from exc
    except IsADirectoryError as exc:
        raise InputError([f"{path}: er en mappe, ikke en fil"]) from exc
    except PermissionError as exc:
        raise InputError([f"{path}: ingen tilgang til å lese filen"]) from exc
    except UnicodeDecodeError as exc:
        raise InputError([f"{path}: er ikke UTF-8-tekst ({utf8_problem_nb(exc)})"]) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(
            [
                f"{path}: er ikke gyldig JSON (linje {exc.lineno}, kolonne {exc.colno}:"
                f" {json_problem_nb(exc.msg)})"
            ]
        ) from exc
    except RecursionError as exc:
        raise InputError(
            [f"{path}: er ikke et gyldig scenario: dataene er nestet altfor dypt"]
        ) from exc
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise InputError(
            [f"{path}: er ikke et gyldig scenario: et tall har altfor mange sifre"]
        ) from exc
    return parse_scenario(data)


#: The json module's messages (CPython 3.11–3.13, C and Python decoders) in bokmål; matched
#: by their beginning (the Python decoder adds the character to "Invalid control character").
JSON_PROBLEMS_NB = (
    (
        "Expecting property name enclosed in double quotes",
        'her skal det stå et feltnavn i doble anførselstegn ("navn")',
    ),
    ("Expecting value", "her mangler en verdi"),
    ("Expecting ':' delimiter", "her mangler kolon (:) etter feltnavnet"),
    ("Expecting ',' delimiter", "her mangler komma (,) mellom to verdier"),
    (
        "Unterminated string starting at",
        "teksten som begynner her, mangler avsluttende anførselstegn",
    ),
    (
        "Invalid control character",
        "et kontrolltegn (for eksempel linjeskift eller tabulator) inne i en tekst",
    ),
    ("Invalid \\uXXXX escape", "ugyldig \\u-kode i en tekst"),
    ("Invalid \\escape", "ugyldig bruk av omvendt skråstrek (\\) i en tekst"),
    ("Extra data", "mer innhold etter slutten av scenarioet"),
    ("Illegal trailing comma before end of object", "komma rett før } (fjern det)"),
    ("Illegal trailing comma before end of array", "komma rett før ] (fjern det)"),
)

#: The UTF-8 decoder's reasons in bokmål.
UTF8_REASONS_NB = {
    "invalid start byte": "ugyldig første byte i et tegn",
    "invalid continuation byte": "ugyldig byte midt i et tegn",
    "unexpected end of data": "filen slutter midt i et tegn",
}


def json_problem_nb(message: str) -> str:
    """A ``json.JSONDecodeError.msg`` in bokmål (never the English text)."""
    for english, norwegian in JSON_PROBLEMS_NB:
        if message.startswith(english):
            return norwegian
    return "ugyldig JSON-syntaks"


def utf8_problem_nb(exc: UnicodeDecodeError) -> str:
    """Where a file stops being UTF-8 (line, column, the byte) and why, in bokmål."""
    data = bytes(exc.object)
    before = data[: exc.start]
    line = before.count(b"\n") + 1
    start_of_line = before.rfind(b"\n") + 1
    text_before = before[start_of_line:].decode("utf-8", errors="replace").lstrip("\ufeff")
    column = len(text_before) + 1
    reason = UTF8_REASONS_NB.get(exc.reason, "ugyldig byte")
    shown = f"0x{data[exc.start]:02X}" if exc.start < len(data) else "slutten"
    return f"linje {line}, kolonne {column}: byte {shown}, {reason}; lagre filen som UTF-8"


def save_scenario_file(scenario: Scenario, path: Path) -> None:
    """Write a scenario file atomically (temporary file, then rename)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(
        json.dumps(scenario_to_dict(scenario), ensure_ascii=False, indent=2) + "\n",
        encoding="utf-8",
    )
    tmp.replace(path)


# --- Assessments of registered households (stored on the case, replayable) ---------------


def registered_scenario(
    database: Register,
    household_id: int,
    *,
    unit_id: str | None = None,
    on: date | None = None,
    financing: Financing | None = None,
    year: int | None = None,
) -> Scenario:
    """The scenario for a household in the register and a unit (the one they rent by default),
    with the municipality's default financing."""
    from .settings import Settings

    household = database.households.get(household_id)
    if household is None:
        raise InputError([Message("household_missing", {"household": household_id})])
    wanted = unit_id or (household.tenancy.unit_id if household.tenancy else None)
    if not wanted:
        raise InputError([Message("household_no_unit", {"household": household.external_id})])
    unit = database.units.get_by_unit_id(wanted)
    if unit is None:
        raise InputError([Message("unit_missing", {"unit": wanted})])
    if not unit.valuation:
        raise InputError([Message("unit_no_valuation", {"unit": wanted})])
    settings = Settings(database)
    group = settings.get("municipality.group")
    year = year or settings.year()
    return Scenario(
        year=year,
        household=to_household(household, on or date.today(), settings.tiltakssonen()),
        dwelling=to_dwelling(unit),
        financing=financing or settings.default_financing(year, on),
        label=household.name,
        extra={
            "municipality_group": int(group) if str(group).isdigit() else 4,
            "unit_id": unit.unit_id,
        },
    )


def store_assessment(
    database: Register,
    household_id: int,
    assessment: Assessment,
    *,
    adjustments: Mapping[str, float] | None = None,
    kind: str = "manual",
) -> int:
    """Store the inputs, the rule set (year and adjustments) and the result on the household."""
    scenario = assessment.scenario
    unit = None
    unit_id = scenario.extra.get("unit_id")
    if isinstance(unit_id, str):
        found = database.units.get_by_unit_id(unit_id)
        unit = found.id if found is not None else None
    inputs = {
        "scenario": scenario_to_dict(scenario),
        "adjustments": dict(adjustments or {}),
        "unit_id": unit_id,
    }
    return int(
        database.assessments.add(
            household_id,
            scenario.year,
            inputs,
            assessment.to_json(),
            assessment.verdict,
            unit_ref=unit,
            kind=kind,
        )
    )


def replay(inputs: Mapping[str, Any]) -> Assessment:
    """Assess a stored assessment's inputs again: same rules and inputs give the same figures."""
    data = inputs.get("scenario", inputs)
    scenario = parse_scenario(data)
    unit_id = inputs.get("unit_id")
    if isinstance(unit_id, str):
        scenario = Scenario(
            scenario.year,
            scenario.household,
            scenario.dwelling,
            scenario.financing,
            scenario.label,
            {**scenario.extra, "unit_id": unit_id},
        )
    adjustments = inputs.get("adjustments") or {}
    return evaluate(scenario, adjustments if isinstance(adjustments, dict) else {})
