"""Produce letters: one, or a batch for a selection (archive files + one file for printing).

Before a *new* letter (:func:`check_letter`, used by the command line and the app alike):

- the same gate as the screening: an offer or invitation to a household the screening
  filters exclude (rent arrears, short tenancy, temporary income only …) is refused;
- the rule groups the letter cites must be verified against their source, or confirmed by
  someone in the municipality (:func:`confirm_rule_groups`, audited);
- fresh figures: the stored assessment's inputs are compared with the register (household,
  members, incomes, dwelling, valuation) and the rate adjustments in force, and its age with
  ``letters.stale_days``; when anything changed the household is assessed again and the
  changes are reported;
- a refusal (avslag) is an individual decision: never made in a batch, and with the
  two-person rule (``letters.two_person_rule``) decided by someone other than who prepared it;
- warnings: a valuation older than ``letters.valuation_max_months``, characters in a name or
  address that no embedded font can draw.

A reprint of a letter already sent (:func:`reprint_document`) uses what it was printed with
(assessment, date, reference, sender profile) and gives the same bytes.

Each produced PDF is written owner-only through a temporary file, recorded on the
household's case with its assessment, and moves the case (invitert, tilbud sendt, vedtak
sendt) with the reply deadline. This is the only module of the letters feature that touches
storage.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.assess import Assessment
from ..domain.model import Scenario
from ..domain.register import Unit
from ..domain.scenario_io import scenario_to_dict
from ..errors import InputError
from ..exports.files import atomic_target
from ..letters import (
    LANGUAGES,
    LETTER_TYPES,
    LetterRequest,
    MunicipalityProfile,
    combine_pdfs,
    render_letter,
)
from ..letters.glyphs import unsupported_chars
from ..letters.page import logo_problem
from ..letters.styles import styles
from ..letters.texts import load_texts
from ..storage.screening_facts import screening_facts
from .assessment import evaluate, parse_scenario, registered_scenario, replay, store_assessment
from .cases import DEADLINE_LABELS_NB, REPLY, allowed_next, move_case, open_case
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]
#: Screening categories (services.screening.CATEGORIES) that can buy now.
ELIGIBLE_VERDICTS = ("kan_kjope_na", "kan_kjope_med_tilskudd", "eligible", "eligible_with_grant")
#: Norwegian names of the letter types, used in file names.
FILE_TYPE_NAMES = {
    "offer": "tilbud",
    "invitation": "invitasjon",
    "preassessment": "forhandsvurdering",
}
#: The case state a letter puts the household's case in.
CASE_STATE_FOR = {
    "invitation": "invitert",
    "offer": "tilbud_sendt",
    "preassessment": "vedtak_sendt",
}
#: The letter types the screening's filters gate (a decision may be sent to anyone who asks).
GATED = ("offer", "invitation")
#: Batches at least this large are rendered in worker processes.
POOL_MIN = 24
POOL_WORKERS = 2


@dataclass(frozen=True)
class ProducedLetter:
    household_id: int
    external_id: str
    path: Path
    sha256: str
    document_id: int
    assessment_id: int
    #: What changed since the stored assessment (empty when it was fresh).
    changes: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass
class BatchResult:
    letters: list[ProducedLetter] = field(default_factory=list)
    combined: Path | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False


@dataclass
class Prepared:
    """A new letter ready to render, with what the caseworker should see first."""

    request: LetterRequest
    assessment_id: int
    changes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --- The sender ---------------------------------------------------------------------------


def check_logo(path: str) -> str | None:
    """A problem with the logo file (Norwegian), or None (see ``letters.page.logo_problem``)."""
    return logo_problem(path)


def profile_from_settings(database: Register) -> MunicipalityProfile:
    """The sender as the settings describe it (a profile stored as one record fills gaps)."""
    settings = Settings(database)
    m = settings.municipality()
    raw = database.settings.municipality()

    def value(key: str, *fallbacks: str) -> str:
        for candidate in (m.get(key), *(raw.get(k) for k in fallbacks)):
            if candidate:
                return str(candidate)
        return ""

    city_line = f"{value('postcode')} {value('city')}".strip()
    org = value("org_no").replace(" ", "")
    signer = value("signer_name", "signer")
    phone, email = value("contact_phone", "phone"), value("contact_email", "email")
    if not (phone or email):
        raise InputError(
            [
                "Innstillinger, kommune: mangler telefon og e-post; brevet må si hvor "
                "mottakeren kan svare"
            ]
        )
    logo = value("logo_path") or None
    if logo is not None:
        problem = check_logo(logo)
        if problem:
            raise InputError([problem])
    name = value("name") or "Kommunen"
    return MunicipalityProfile(
        name=name,
        org_nr=f"{org[:3]} {org[3:6]} {org[6:]}" if len(org) == 9 else org,
        address_lines=tuple(x for x in (value("address"), city_line) if x),
        department=value("unit", "department") or "Boligkontoret",
        phone=str(raw.get("phone") or ""),
        email=str(raw.get("email") or ""),
        website=str(raw.get("website") or ""),
        privacy_url=str(raw.get("privacy_url") or raw.get("website") or ""),
        logo_path=logo,
        malform=value("malform") or "nb",
        signer_name=signer,
        signer_title=value("signer_title"),
        appeal_body=value("appeal_body") or "kommunens klagenemnd",
        contact_name=signer or value("unit", "department"),
        contact_phone=phone,
        contact_email=email,
        reply_working_days=int(settings.get("letters.reply_working_days")),
        controller=str(settings.get("letters.controller") or name),
        dpo_contact=str(settings.get("letters.dpo_contact") or ""),
        retention_years=int(settings.get("letters.retention_years")),
    )


def profile_to_json(profile: MunicipalityProfile) -> dict[str, Any]:
    data = asdict(profile)
    data["address_lines"] = list(profile.address_lines)
    return data


def profile_from_json(data: Mapping[str, Any]) -> MunicipalityProfile:
    known = set(MunicipalityProfile.__dataclass_fields__)
    values = {k: v for k, v in data.items() if k in known}
    values["address_lines"] = tuple(values.get("address_lines") or ())
    return MunicipalityProfile(**values)


# --- Households ---------------------------------------------------------------------------


def find_household(database: Register, key: str | int) -> Any:
    """A household by its register id (husstand_id) or its database id."""
    household = database.households.get_by_external_id(str(key))
    if household is None and str(key).isdigit():
        household = database.households.get(int(key))
    if household is None:
        raise InputError([f"husstand {key}: finnes ikke"])
    return household


#: The command-line way to confirm the rule groups (printed by the command line only).
CONFIRM_RULES_HINT = "På kommandolinjen: leietileie letters --confirm-rules"


def eligible_household_ids(database: Register) -> list[int]:
    """Households the latest screening found able to buy (with or without a grant)."""
    run_id = database.screening.latest_run()
    if run_id is None:
        raise InputError(
            ["Ingen kartlegging er kjørt ennå; kjør en kartlegging først"],
            cli_hints=["--eligible: kjør 'leietileie screen' først"],
        )
    return [
        r.household_id for r in database.screening.results(run_id) if r.verdict in ELIGIBLE_VERDICTS
    ]


# --- The screening's gate -----------------------------------------------------------------


def gate_reasons(
    database: Register, household_ids: Sequence[int], on: date
) -> dict[int, list[str]]:
    """Per household, the screening filters that exclude it (Norwegian reasons; [] = none).

    The same filters and settings as ``leietileie screen`` (services.screening).
    """
    from .screening import REASON_TEXTS_NB, ScreeningOptions, _filter_reasons

    wanted = set(household_ids)
    options = ScreeningOptions.from_settings(Settings(database), on=on)
    facts = screening_facts(database.session, on)
    facts.late_payments = database.rent.late_counts(facts.ids, on)
    out: dict[int, list[str]] = {hid: [] for hid in wanted}
    index = {hid: i for i, hid in enumerate(facts.ids) if hid in wanted}
    for code, mask in _filter_reasons(options, facts):
        for hid, i in index.items():
            if bool(mask[i]):
                out[hid].append(REASON_TEXTS_NB.get(code, code))
    return out


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
            [
                f"regelgruppene {', '.join(missing)} for {year} er ikke kontrollert mot kilden; "
                "kontroller og bekreft dem i Innstillinger før brev skrives ut"
            ],
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
        raise InputError(
            [f"regelgruppe «{n}» finnes ikke; kjente: {', '.join(available)}" for n in unknown]
        )
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


# --- Preparing a new letter ---------------------------------------------------------------


def _unit(database: Register, unit_id: object) -> Unit:
    unit = database.units.get_by_unit_id(str(unit_id)) if unit_id else None
    if unit is None:
        raise InputError([f"bolig {unit_id}: finnes ikke (beregningen mangler bolig)"])
    return unit


def _recipient_address(database: Register, household: Any, offered: Unit) -> tuple[str, ...]:
    home = offered
    if household.tenancy and household.tenancy.unit_id != offered.unit_id:
        home = database.units.get_by_unit_id(household.tenancy.unit_id) or offered
    return tuple(x for x in (home.address, f"{home.postcode} {home.city}".strip()) if x)


def _months_between(earlier: date, later: date) -> int:
    return (
        (later.year - earlier.year) * 12 + later.month - earlier.month - (later.day < earlier.day)
    )


def _warnings(database: Register, request: LetterRequest) -> list[str]:
    who = f"husstand {request.household.external_id}"
    out = []
    unit = request.unit
    limit = int(Settings(database).get("letters.valuation_max_months"))
    if request.letter_type != "invitation":
        if unit.valuation_date is None:
            out.append(f"{who}: taksten for bolig {unit.unit_id} har ingen dato")
        elif _months_between(unit.valuation_date, request.letter_date) >= limit:
            out.append(
                f"{who}: taksten for bolig {unit.unit_id} er fra {unit.valuation_date:%d.%m.%Y}, "
                "eldre "
                f"enn {limit} måneder; bestill ny takst før tilbudet sendes"
            )
    names = [request.household.name, *request.recipient_address]
    missing = sorted(set().union(*(unsupported_chars(text) for text in names)))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing)
        out.append(f"{who}: navn eller adresse har tegn som ingen innebygd skrift har: {shown}")
    return out


def prepare(
    database: Register,
    household_id: int,
    letter_type: str,
    language: str,
    on: date,
    reference: str | None = None,
    *,
    gate: Mapping[int, list[str]] | None = None,
    prepared_by: str = "",
    decided_by: str = "",
    individual: bool = True,
    with_appendix: bool = True,
) -> Prepared:
    """Everything a new letter needs, after the checks above (InputError when refused)."""
    household = find_household(database, household_id)
    who = f"husstand {household.external_id}"
    if letter_type in GATED:
        reasons = (gate or gate_reasons(database, [household.id], on)).get(household.id, [])
        if reasons:
            raise InputError(
                [
                    f"{who}: får ikke {FILE_TYPE_NAMES[letter_type]} fordi kartleggingens filtre "
                    f"utelater husstanden: {'; '.join(reasons)}"
                ]
            )
    assessment_id, assessment, changes = _current_assessment(database, household.id, on)
    if letter_type == "offer" and assessment.verdict == "not_eligible":
        raise InputError(
            [
                f"{who}: kan ikke kjøpe etter siste beregning; "
                "send forhåndsvurdering i stedet for tilbud"
            ],
            cli_hints=["Forhåndsvurdering: --type preassessment"],
        )
    missing = unconfirmed_groups(database, assessment)
    if missing:
        raise InputError(
            [
                f"{who}: regelgruppene {', '.join(missing)} for {assessment.scenario.year} er ikke "
                "kontrollert mot kilden; kontroller og bekreft dem i Innstillinger før brevet "
                "skrives ut"
            ],
            cli_hints=[CONFIRM_RULES_HINT],
        )
    prepared = prepared_by or database.actor
    decider = ""
    if letter_type == "preassessment":
        refusal = assessment.verdict == "not_eligible"
        if refusal and not individual:
            raise InputError(
                [
                    f"{who}: et avslag er et enkeltvedtak og lages ikke i bunke; en saksbehandler "
                    "må vurdere saken og lage vedtaket for denne husstanden alene"
                ]
            )
        two_person = bool(Settings(database).get("letters.two_person_rule"))
        decider = decided_by.strip()
        if two_person and (not decider or decider == prepared):
            raise InputError(
                [
                    f"{who}: tomannsregelen gjelder; vedtaket må fattes av en annen enn "
                    f"saksbehandleren ({prepared}); oppgi hvem som fatter vedtaket"
                ],
                cli_hints=["Beslutter: --decided-by NAVN"],
            )
        decider = decider or prepared
    unit = _unit(database, assessment.scenario.extra.get("unit_id"))
    request = LetterRequest(
        letter_type=letter_type,
        language=language,
        household=household,
        unit=unit,
        assessment=assessment,
        letter_date=on,
        reference=reference or f"{on.year}/{household.external_id}-{assessment_id}",
        recipient_address=_recipient_address(database, household, unit),
        prepared_by=prepared,
        decided_by=decider,
        with_appendix=with_appendix or letter_type != "invitation",
    )
    return Prepared(request, assessment_id, changes, _warnings(database, request))


def check_letter(
    database: Register, household_id: int, letter_type: str, on: date | None = None, **kwargs: Any
) -> Prepared:
    """Run every check of a new letter without printing (for the app: show reasons first).

    Note that a stale assessment is replaced by a new stored one, as a new letter would do.
    """
    profile = profile_from_settings(database)
    return prepare(
        database, household_id, letter_type, profile.malform, on or date.today(), **kwargs
    )


# --- Writing and recording ----------------------------------------------------------------


def file_name(external_id: str, letter_type: str, language: str, on: date) -> str:
    safe_id = re.sub(r"[^0-9A-Za-z_-]+", "_", external_id)[:60] or "husstand"
    return f"{safe_id}-{FILE_TYPE_NAMES[letter_type]}-{language}-{on.isoformat()}.pdf"


def _household_id(request: LetterRequest) -> int:
    household_id = request.household.id
    if household_id is None:
        raise InputError([f"husstand {request.household.external_id}: er ikke lagret i registeret"])
    return int(household_id)


def write_private(path: Path, data: bytes) -> None:
    """Owner-only (0600), through a temporary file beside the target renamed on success."""
    with atomic_target(path) as tmp:
        tmp.write_bytes(data)
        os.chmod(tmp, 0o600)


def _record(
    database: Register,
    request: LetterRequest,
    path: Path,
    data: bytes,
    assessment_id: int,
    profile: MunicipalityProfile,
) -> tuple[str, int]:
    digest = hashlib.sha256(data).hexdigest()
    hid = _household_id(request)
    with database.transaction():
        case_id = _move_case(database, request, profile)
        document_id = int(
            database.documents.add(
                hid,
                f"letter_{request.letter_type}",
                str(path),
                digest,
                language=request.language,
                case_id=case_id,
                assessment_id=assessment_id,
            )
        )
        outcome = ""
        if request.is_decision:
            outcome = "avslag" if request.assessment.verdict == "not_eligible" else "innvilget"
        database.letter_details.add(
            document_id,
            letter_type=request.letter_type,
            letter_date=request.letter_date.isoformat(),
            reference=request.reference,
            prepared_by=request.prepared_by,
            decided_by=request.decided_by,
            outcome=outcome,
            profile=profile_to_json(profile),
        )
    return digest, document_id


def _move_case(
    database: Register, request: LetterRequest, profile: MunicipalityProfile
) -> int | None:
    """Open or move the household's case to the letter's state; the reply deadline in Saker."""
    hid, target, day = (
        _household_id(request),
        CASE_STATE_FOR[request.letter_type],
        request.letter_date,
    )
    case = database.cases.current(hid)
    if case is None:
        case = open_case(
            database,
            hid,
            state=target,
            on=day,
            note=f"brev: {FILE_TYPE_NAMES[request.letter_type]}",
        )
    elif case.state != target:
        force = target not in allowed_next(case.state)
        case = move_case(
            database,
            case.id,
            target,
            on=day,
            note=f"brev: {FILE_TYPE_NAMES[request.letter_type]}",
            check=not force,
        )
    due = request.reply_by(profile)
    if not any(
        d.kind == REPLY and d.due_on == due and not d.done
        for d in database.cases.deadlines(case.id)
    ):
        database.cases.add_deadline(case.id, REPLY, due, DEADLINE_LABELS_NB[REPLY])
    return int(case.id)


def produce_letter(
    database: Register,
    household_id: int,
    out_dir: Path,
    *,
    letter_type: str = "offer",
    language: str | None = None,
    on: date | None = None,
    profile: MunicipalityProfile | None = None,
    prepared_by: str = "",
    decided_by: str = "",
) -> tuple[ProducedLetter, bytes]:
    """Check, render, write and record one letter; returns it and its bytes (for a preview)."""
    profile = profile or profile_from_settings(database)
    lang = language or profile.malform
    _check(letter_type, lang)
    day = on or date.today()
    prepared = prepare(
        database,
        household_id,
        letter_type,
        lang,
        day,
        prepared_by=prepared_by,
        decided_by=decided_by,
    )
    data = render_letter(prepared.request, profile)
    return _finish(database, prepared, data, out_dir, profile), data


def _finish(
    database: Register, prepared: Prepared, data: bytes, out_dir: Path, profile: MunicipalityProfile
) -> ProducedLetter:
    request = prepared.request
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(
        request.household.external_id, request.letter_type, request.language, request.letter_date
    )
    write_private(path, data)
    digest, document_id = _record(database, request, path, data, prepared.assessment_id, profile)
    return ProducedLetter(
        _household_id(request),
        request.household.external_id,
        path,
        digest,
        document_id,
        prepared.assessment_id,
        tuple(prepared.changes),
        tuple(prepared.warnings),
    )


def warm_up() -> None:
    """Load what every letter needs (fonts with their glyph tables, styles, texts) once."""
    styles()
    unsupported_chars("\u00e6")
    for language in LANGUAGES:
        for letter_type in LETTER_TYPES:
            load_texts(language, letter_type)


class _Renderer:
    """Renders letters in worker processes while the caller prepares the next ones (or in
    this process for a small batch). ``submit`` returns a function giving the PDF bytes."""

    def __init__(self, profile: MunicipalityProfile, workers: int | None, expected: int):
        self.profile = profile
        count = POOL_WORKERS if workers is None else workers
        self.pool: ProcessPoolExecutor | None = None
        if count > 1 and expected >= POOL_MIN:
            # Forking a process that runs Qt (the app) can deadlock in the child: start fresh.
            spawn = "PySide6.QtCore" in sys.modules
            if not spawn:
                warm_up()  # fonts, styles and texts loaded once, inherited by the forked workers
            context = multiprocessing.get_context("spawn" if spawn else None)
            self.pool = ProcessPoolExecutor(
                max_workers=count, mp_context=context, initializer=warm_up if spawn else None
            )

    def submit(self, request: LetterRequest) -> Callable[[], bytes]:
        if self.pool is None:
            data = render_letter(request, self.profile)
            return lambda: data
        return self.pool.submit(render_letter, request, self.profile).result

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


def produce_batch(
    database: Register,
    household_ids: Sequence[int | str],
    out_dir: Path,
    *,
    letter_type: str = "offer",
    language: str | None = None,
    on: date | None = None,
    progress: Progress | None = None,
    combined_name: str | None = None,
    prepared_by: str = "",
    decided_by: str = "",
    workers: int | None = None,
    with_appendix: bool = True,
) -> BatchResult:
    """One PDF per household for the archive, then one combined PDF for printing.

    A household that cannot get this letter is reported in ``problems`` and skipped; the
    others are produced. ``progress`` returning False stops after the current letter.
    ``with_appendix=False`` leaves the calculation appendix out of invitations. Large
    batches are rendered in worker processes; the print file is assembled at the end and
    written atomically.
    """
    profile = _profile_checked(database, letter_type, language)
    lang = language or profile.malform
    day = on or date.today()
    _rules_confirmed_or_refuse(database)
    result = BatchResult()
    households = []
    for key in household_ids:
        try:
            households.append(int(find_household(database, key).id))
        except InputError as exc:
            result.problems += exc.problems
    gate = gate_reasons(database, households, day) if letter_type in GATED and households else {}
    individual = len(household_ids) == 1
    total = len(households)
    ready: list[tuple[Prepared, Callable[[], bytes]]] = []
    renderer = _Renderer(profile, workers, total)
    try:
        for done, hid in enumerate(households, start=1):
            try:
                prepared = prepare(
                    database,
                    hid,
                    letter_type,
                    lang,
                    day,
                    gate=gate,
                    prepared_by=prepared_by,
                    decided_by=decided_by,
                    individual=individual,
                    with_appendix=with_appendix,
                )
                ready.append((prepared, renderer.submit(prepared.request)))
            except InputError as exc:
                result.problems += exc.problems
            if progress is not None and not progress(done, total):
                result.cancelled = True
                break
        pdfs = []
        for prepared, rendered in ready:
            data = rendered()
            letter = _finish(database, prepared, data, out_dir, profile)
            result.letters.append(letter)
            result.warnings += list(letter.warnings)
            pdfs.append(data)
    finally:
        renderer.close()
    if pdfs:
        name = (
            combined_name or f"utskrift-{FILE_TYPE_NAMES[letter_type]}-{lang}-{day.isoformat()}.pdf"
        )
        result.combined = out_dir / name
        write_private(result.combined, combine_pdfs(pdfs, title=name, author=profile.name))
    return result


# --- Reprint ------------------------------------------------------------------------------


def reprint_document(database: Register, document_id: int, out_dir: Path) -> tuple[Path, bytes]:
    """Print a sent letter again, exactly as it was sent (same bytes, checked by its hash)."""
    repository = database.letter_details
    details = repository.get(document_id)
    row = repository.document(document_id)
    if details is None or row is None or row[1] is None:
        raise InputError(
            [
                f"dokument {document_id}: ikke et brev med lagrede opplysninger; kan ikke skrives "
                "ut på nytt"
            ]
        )
    stored = database.assessments.get(int(row[1]))
    if stored is None:
        raise InputError(
            [f"dokument {document_id}: beregningen brevet bygde på, finnes ikke lenger"]
        )
    household = database.households.get(int(row[0]))
    if household is None:
        raise InputError(
            [f"dokument {document_id}: husstanden brevet gikk til, finnes ikke lenger"]
        )
    assessment = replay(stored.inputs)
    profile = profile_from_json(details.profile)
    unit = _unit(database, assessment.scenario.extra.get("unit_id"))
    request = LetterRequest(
        letter_type=details.letter_type,
        language=str(row[2]),
        household=household,
        unit=unit,
        assessment=assessment,
        letter_date=date.fromisoformat(details.letter_date),
        reference=details.reference,
        recipient_address=_recipient_address(database, household, unit),
        prepared_by=details.prepared_by,
        decided_by=details.decided_by,
    )
    data = render_letter(request, profile)
    if hashlib.sha256(data).hexdigest() != row[3]:
        raise InputError(
            [
                f"dokument {document_id}: utskriften blir ikke lik brevet som ble sendt (navn "
                "eller "
                "adresse er endret i registeret); bruk arkivkopien"
            ]
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / file_name(
        household.external_id, details.letter_type, str(row[2]), request.letter_date
    )
    write_private(path, data)
    database.audit.record("printed", "document", document_id, {"reprint": True})
    return path, data


def _check(letter_type: str, language: str) -> None:
    problems = []
    if letter_type not in LETTER_TYPES:
        problems.append(
            f"--type: «{letter_type}» er ikke tillatt; velg en av {', '.join(LETTER_TYPES)}"
        )
    if language not in LANGUAGES:
        problems.append(f"--lang: «{language}» er ikke tillatt; velg en av {', '.join(LANGUAGES)}")
    if problems:
        raise InputError(problems)


def _profile_checked(
    database: Register, letter_type: str, language: str | None
) -> MunicipalityProfile:
    profile = profile_from_settings(database)
    _check(letter_type, language or profile.malform)
    return profile
