"""Fresh figures before a new letter: the stored assessment compared with the register, the rule
year, the rate adjustments and its age; assessed again (with the changes in words) when
anything changed."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..domain.assess import Assessment
from ..domain.messages import Message
from ..domain.model import Scenario
from ..domain.money import format_kr
from ..domain.scenario_io import scenario_to_dict
from ..errors import InputError
from .assessment import evaluate, parse_scenario, registered_scenario, replay, store_assessment
from .letter_messages import message
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


#: Scenario fields that are amounts in kroner: shown as "554 639 kr", not as raw floats.
AMOUNT_FIELDS = frozenset(
    {
        "annual",
        "balance",
        "monthly_payment",
        "savings",
        "tax_free_income_monthly",
        "other_fixed_costs_monthly",
        "current_rent_monthly",
        "living_costs_monthly_override",
        "price",
        "common_costs_monthly",
        "other_running_costs_monthly",
        "shared_debt",
    }
)


def shown_value(key: str, value: Any) -> str:
    """A changed value as the caseworker reads it: amounts in whole kroner ("554 639 kr",
    rounded half away from zero), a missing value as "–", anything else as it is."""
    if value is None:
        return "–"
    leaf = key.rsplit(".", 1)[-1]
    if leaf in AMOUNT_FIELDS and isinstance(value, int | float) and not isinstance(value, bool):
        return format_kr(float(value))
    return str(value)


def difference_messages(stored: Mapping[str, Any], fresh: Mapping[str, Any]) -> list[Message]:
    """What changed between two scenario dicts (household and dwelling), as messages: the
    part's path (rendered in words per language, ``letter_messages.readable_path``), before and
    after."""
    out = []
    for part in ("household", "dwelling"):
        old, new = _flatten(stored.get(part, {}), part), _flatten(fresh.get(part, {}), part)
        for key in sorted(set(old) | set(new)):
            if old.get(key) != new.get(key):
                before, after = shown_value(key, old.get(key)), shown_value(key, new.get(key))
                out.append(message("letter_change", scenario_path=key, before=before, after=after))
    return out


def differences(stored: Mapping[str, Any], fresh: Mapping[str, Any]) -> list[str]:
    """What changed, as bokmål lines:
    "husstand, person 1, inntekt 1, per år: 520 000 kr → 260 000 kr"."""
    return [m.text() for m in difference_messages(stored, fresh)]


def _stored_on(created_at: str) -> date:
    return datetime.fromisoformat(created_at).date()


def _current_assessment(
    database: Register, household_id: int, on: date
) -> tuple[int, Assessment, list[Message]]:
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
    changes = difference_messages(old, scenario_to_dict(fresh))
    if previous.year != fresh.year:
        changes.append(message("letter_change_year", before=previous.year, after=fresh.year))
    if dict(inputs.get("adjustments") or {}) != dict(adjustments):
        before = str(dict(inputs.get("adjustments") or {}))
        changes.append(
            message("letter_change_adjustments", before=before, after=str(dict(adjustments)))
        )
    # Age by the clock, not the letter's date: a letter dated ahead or back does not make a
    # new assessment young or old (what differs for that date shows in the inputs above).
    age = (date.today() - _stored_on(stored.created_at)).days
    limit = int(settings.get("letters.stale_days"))
    if age > limit:
        changes.append(message("letter_change_age", days=age, most=limit))
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
