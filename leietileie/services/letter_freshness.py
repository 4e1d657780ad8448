"""Fresh figures before a new letter: the stored assessment compared with the register, the rule
year, the rate adjustments and its age; assessed again (with the changes in words) when
anything changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain.assess import Assessment
from ..domain.model import Scenario
from ..domain.scenario_io import scenario_to_dict
from ..errors import InputError
from .assessment import evaluate, parse_scenario, registered_scenario, replay, store_assessment
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]
#: Screening categories (services.screening.CATEGORIES) that can buy now.


# --- Fresh figures ------------------------------------------------------------------------


def _flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(_flatten(item, f"{prefix}.{key}" if prefix else str(key)))
        return out
    if isinstance(value, list):
        out = {}
        for i, item in enumerate(value):
            out.update(_flatten(item, f"{prefix}[{i}]"))
        out.setdefault(f"{prefix}.count", len(value))
        return out
    return {prefix: value}


#: Norwegian words for the parts of a scenario, for the list of what changed.
_PATH_WORDS = {
    "household": "husstand",
    "dwelling": "bolig",
    "members": "person",
    "incomes": "inntekt",
    "debts": "gjeld",
    "age": "alder",
    "annual": "per år",
    "kind": "type",
    "role": "rolle",
    "sex": "kjønn",
    "balance": "saldo",
    "monthly_payment": "per måned",
    "savings": "sparepenger",
    "car": "bil",
    "tax_free_income_monthly": "skattefrie inntekter per måned",
    "other_fixed_costs_monthly": "andre faste utgifter per måned",
    "current_rent_monthly": "husleie per måned",
    "living_costs_monthly_override": "levekostnader satt av saksbehandler",
    "living_costs_override_reason": "begrunnelse for levekostnader",
    "transit_pass": "periodekort",
    "pregnant": "gravid",
    "price": "pris (takst)",
    "tenure": "eierform",
    "common_costs_monthly": "felleskostnader per måned",
    "other_running_costs_monthly": "andre boutgifter per måned",
    "shared_debt": "fellesgjeld",
    "count": "antall",
}


def _readable(path: str) -> str:
    """ "household.members[0].incomes[1].annual" -> "husstand, person 1, inntekt 2, per år"."""
    parts = []
    for piece in path.split("."):
        name, _, index = piece.partition("[")
        word = _PATH_WORDS.get(name, name)
        parts.append(f"{word} {int(index.rstrip(']')) + 1}" if index else word)
    return ", ".join(parts)


def differences(stored: Mapping[str, Any], fresh: Mapping[str, Any]) -> list[str]:
    """What changed between two scenario dicts (household and dwelling), as readable lines:
    "husstand, person 1, inntekt 1, per år: 520000 → 260000"."""
    out = []
    for part in ("household", "dwelling"):
        old, new = _flatten(stored.get(part, {}), part), _flatten(fresh.get(part, {}), part)
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                out.append(f"{_readable(key)}: {old.get(key, '–')} → {new.get(key, '–')}")
    return out


def _stored_on(created_at: str) -> date:
    return datetime.fromisoformat(created_at).date()


def _current_assessment(
    database: Register, household_id: int, on: date
) -> tuple[int, Assessment, list[str]]:
    """The household's assessment for a new letter: the stored one when it is still true for
    the register and young enough, else a new one (stored), with what changed."""
    settings = Settings(database)
    stored = database.assessments.latest(household_id)
    if stored is None:
        scenario = registered_scenario(database, household_id, on=on)
        adjustments = settings.adjustments(scenario.year, on)
        assessment = evaluate(scenario, adjustments)
        new_id = store_assessment(
            database, household_id, assessment, adjustments=adjustments, kind="letter"
        )
        return new_id, assessment, []
    inputs = stored.inputs
    old = inputs.get("scenario", inputs)
    unit_id = inputs.get("unit_id") if isinstance(inputs.get("unit_id"), str) else None
    previous = parse_scenario(old)
    year = settings.year()
    adjustments = settings.adjustments(year, on)
    financing = previous.financing
    stored_adjustments = inputs.get("adjustments") or {}
    if isinstance(stored_adjustments, dict) and stored_adjustments != adjustments:
        # Default rates follow the rate adjustments, as in a new assessment; rates a caseworker
        # typed for this case stay.
        try:
            then: tuple[float, float] | None = settings.default_rates(
                previous.year, stored_adjustments
            )
        except InputError:  # the stored rule year has no rule file any more: rates stay
            then = None
        if (financing.startlan_rate, financing.bank_rate) == then:
            startlan_rate, bank_rate = settings.default_rates(year, adjustments)
            financing = replace(financing, startlan_rate=startlan_rate, bank_rate=bank_rate)
    fresh = registered_scenario(
        database, household_id, on=on, unit_id=unit_id, financing=financing, year=year
    )
    changes = differences(old, scenario_to_dict(fresh))
    if previous.year != fresh.year:
        changes.append(f"regelår: {previous.year} → {fresh.year}")
    if dict(inputs.get("adjustments") or {}) != dict(adjustments):
        changes.append(
            f"satsjusteringer: {dict(inputs.get('adjustments') or {})} → {dict(adjustments)}"
        )
    # Age by the clock, not the letter's date: a letter dated ahead or back does not make a
    # new assessment young or old (what differs for that date shows in the inputs above).
    age = (date.today() - _stored_on(stored.created_at)).days
    limit = int(settings.get("letters.stale_days"))
    if age > limit:
        changes.append(f"beregningen er {age} dager gammel (grense {limit})")
    if not changes:
        return int(stored.id), replay(stored.inputs), []
    scenario = Scenario(
        fresh.year,
        fresh.household,
        fresh.dwelling,
        fresh.financing,
        fresh.label,
        {**fresh.extra, **({"unit_id": unit_id} if unit_id else {})},
    )
    assessment = evaluate(scenario, adjustments)
    new_id = store_assessment(
        database, household_id, assessment, adjustments=adjustments, kind="letter"
    )
    return new_id, assessment, changes
