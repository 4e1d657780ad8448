"""Rule groups a letter cites: verified against their source, or confirmed by someone in the
municipality (audited) before any letter is printed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from ..domain.assess import Assessment
from ..errors import InputError
from .letter_messages import message
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]
#: Screening categories (services.screening.CATEGORIES) that can buy now.


#: The command-line way to confirm the rule groups (printed by the command line only).
CONFIRM_RULES_HINT = "På kommandolinjen: leietileie letters --confirm-rules"


# --- Rule groups: verified, or confirmed by the municipality --------------------------------


def _confirmation_key(year: int, group: str) -> str:
    return f"rules.confirmed.{year}.{group}"


def group_confirmation(
    database: Register, year: int, name: str, source: str
) -> dict[str, Any] | None:
    """Who confirmed this rule group (for this source) and when; None if nobody has."""
    confirmed = database.settings.get(_confirmation_key(year, name), None)
    if isinstance(confirmed, dict) and confirmed.get("source") == source:
        return confirmed
    return None


def unconfirmed_groups(database: Register, assessment: Assessment) -> list[str]:
    """Rule groups the letter cites that are neither verified nor confirmed for this source."""
    year = assessment.scenario.year
    out = []
    for name, group in assessment.rules.groups().items():
        if not group.verified and group_confirmation(database, year, name, group.source) is None:
            out.append(name)
    return out


def _rules_confirmed_or_refuse(database: Register) -> None:
    """Refuse a whole batch at once (one message, nothing written) when the rule year in use
    has groups nobody has confirmed."""
    from .assessment import rules_for

    year = Settings(database).year()
    missing = [
        name
        for name, group in rules_for(year).groups().items()
        if not group.verified and group_confirmation(database, year, name, group.source) is None
    ]
    if missing:
        raise InputError(
            [message("letters_rules_unconfirmed", names=", ".join(missing), year=year)],
            cli_hints=[CONFIRM_RULES_HINT],
        )


def confirm_rule_groups(
    database: Register, year: int, groups: Sequence[str] | None = None, *, by: str = ""
) -> list[str]:
    """Record that someone checked these rule groups of ``year`` against their sources.

    ``groups`` None = every unverified group. Who and when go in the audit log; a later change
    of a group's source needs a new confirmation. Returns the groups confirmed.
    """
    from .assessment import rules_for

    rules = rules_for(year)
    available = rules.groups()
    names = [n for n, g in available.items() if not g.verified] if groups is None else list(groups)
    unknown = [n for n in names if n not in available]
    if unknown:
        known = ", ".join(available)
        raise InputError([message("rule_group_unknown", name=n, known=known) for n in unknown])
    actor = by or database.actor
    at = datetime.now().astimezone().isoformat(timespec="seconds")
    with database.transaction():
        for name in names:
            source = available[name].source
            database.settings.set(
                _confirmation_key(year, name), {"by": actor, "at": at, "source": source}
            )
            database.audit.record(
                "changed",
                "rules",
                f"{year}.{name}",
                {"confirmed": True, "source": source},
                actor=actor,
            )
    return names
