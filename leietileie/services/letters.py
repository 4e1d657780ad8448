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
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.messages import Message
from ..domain.register import Unit
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
from ..letters.styles import styles
from ..letters.texts import load_texts
from ..storage.screening_facts import screening_facts

# Split out of this module; imported under their own names so callers keep their import paths.
from . import messages as _messages  # noqa: F401  (registers household_missing)
from .assessment import replay
from .cases import DEADLINE_LABELS_NB, REPLY, allowed_next, move_case, open_case
from .letter_freshness import _current_assessment
from .letter_freshness import differences as differences
from .letter_messages import message, reason
from .letter_rules import CONFIRM_RULES_HINT as CONFIRM_RULES_HINT
from .letter_rules import _rules_confirmed_or_refuse
from .letter_rules import confirm_rule_groups as confirm_rule_groups
from .letter_rules import group_confirmation as group_confirmation
from .letter_rules import unconfirmed_groups as unconfirmed_groups
from .letter_sender import check_logo as check_logo
from .letter_sender import profile_from_json as profile_from_json
from .letter_sender import profile_from_settings as profile_from_settings
from .letter_sender import profile_to_json as profile_to_json
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
    #: What changed since the stored assessment (empty when it was fresh), as messages
    change_messages: tuple[Message, ...] = ()
    #: What to check (old valuation, characters no font has), as messages
    warning_messages: tuple[Message, ...] = ()

    @property
    def changes(self) -> tuple[str, ...]:
        """What changed, in bokmål (the command line's language)."""
        return tuple(m.text() for m in self.change_messages)

    @property
    def warnings(self) -> tuple[str, ...]:
        """The warnings in bokmål (the command line's language)."""
        return tuple(m.text() for m in self.warning_messages)


@dataclass
class BatchResult:
    letters: list[ProducedLetter] = field(default_factory=list)
    combined: Path | None = None
    #: households refused and why: messages (``letter_messages``), each surface renders them
    problem_messages: list[str | Message] = field(default_factory=list)
    warning_messages: list[Message] = field(default_factory=list)
    cancelled: bool = False

    @property
    def problems(self) -> list[str]:
        """The refusals in bokmål (the command line's language)."""
        return [m.text() if isinstance(m, Message) else m for m in self.problem_messages]

    @property
    def warnings(self) -> list[str]:
        """The warnings in bokmål."""
        return [m.text() for m in self.warning_messages]


@dataclass
class Prepared:
    """A new letter ready to render, with what the caseworker should see first."""

    request: LetterRequest
    assessment_id: int
    #: what changed since the stored assessment, as messages (``letter_messages``)
    change_messages: list[Message] = field(default_factory=list)
    #: what to check before printing, as messages (``letter_messages``)
    warning_messages: list[Message] = field(default_factory=list)

    @property
    def changes(self) -> list[str]:
        """What changed, in bokmål (the command line's language)."""
        return [m.text() for m in self.change_messages]

    @property
    def warnings(self) -> list[str]:
        """The warnings in bokmål (the command line's language)."""
        return [m.text() for m in self.warning_messages]


# --- Households ---------------------------------------------------------------------------


def find_household(database: Register, key: str | int) -> Any:
    """A household by its register id (husstand_id) or its database id."""
    household = database.households.get_by_external_id(str(key))
    if household is None and str(key).isdigit():
        household = database.households.get(int(key))
    if household is None:
        raise InputError([Message("household_missing", {"household": str(key)})])
    return household


def eligible_household_ids(database: Register) -> list[int]:
    """Households the latest screening found able to buy (with or without a grant)."""
    run_id = database.screening.latest_run()
    if run_id is None:
        raise InputError(
            [message("letter_no_screening")],
            cli_hints=["--eligible: kjør 'leietileie screen' først"],
        )
    return [
        r.household_id for r in database.screening.results(run_id) if r.verdict in ELIGIBLE_VERDICTS
    ]


# --- The screening's gate -----------------------------------------------------------------


def gate_reasons(
    database: Register, household_ids: Sequence[int], on: date
) -> dict[int, list[Message]]:
    """Per household, the screening filters that exclude it (reasons as messages; [] = none).

    The same filters and settings as ``leietileie screen`` (services.screening).
    """
    from .screening import ScreeningOptions, _filter_reasons

    wanted = set(household_ids)
    options = ScreeningOptions.from_settings(Settings(database), on=on)
    facts = screening_facts(database.session, on)
    facts.late_payments = database.rent.late_counts(facts.ids, on)
    out: dict[int, list[Message]] = {hid: [] for hid in wanted}
    index = {hid: i for i, hid in enumerate(facts.ids) if hid in wanted}
    for code, mask in _filter_reasons(options, facts):
        for hid, i in index.items():
            if bool(mask[i]):
                out[hid].append(reason(code))
    return out


# --- Preparing a new letter ---------------------------------------------------------------


def _unit(database: Register, unit_id: object) -> Unit:
    unit = database.units.get_by_unit_id(str(unit_id)) if unit_id else None
    if unit is None:
        raise InputError([message("letter_unit_missing", unit=str(unit_id))])
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


def _warnings(database: Register, request: LetterRequest) -> list[Message]:
    who = request.household.external_id
    out = []
    unit = request.unit
    limit = int(Settings(database).get("letters.valuation_max_months"))
    if request.letter_type != "invitation":
        if unit.valuation_date is None:
            out.append(message("letter_valuation_undated", household=who, unit=unit.unit_id))
        elif _months_between(unit.valuation_date, request.letter_date) >= limit:
            valued = f"{unit.valuation_date:%d.%m.%Y}"
            out.append(
                message(
                    "letter_valuation_old",
                    household=who,
                    unit=unit.unit_id,
                    valued=valued,
                    months=limit,
                )
            )
    names = [request.household.name, *request.recipient_address]
    missing = sorted(set().union(*(unsupported_chars(text) for text in names)))
    if missing:
        shown = " ".join(f"{ch} (U+{ord(ch):04X})" for ch in missing)
        out.append(message("letter_glyphs", household=who, chars=shown))
    return out


def prepare(
    database: Register,
    household_id: int,
    letter_type: str,
    language: str,
    on: date,
    reference: str | None = None,
    *,
    gate: Mapping[int, list[Message]] | None = None,
    prepared_by: str = "",
    decided_by: str = "",
    individual: bool = True,
    with_appendix: bool = True,
) -> Prepared:
    """Everything a new letter needs, after the checks above (InputError when refused)."""
    household = find_household(database, household_id)
    who = household.external_id
    if letter_type in GATED:
        reasons = (gate or gate_reasons(database, [household.id], on)).get(household.id, [])
        if reasons:
            letter = message(f"letter_kind_{letter_type}")
            raise InputError(
                [message("letter_gated", household=who, letter=letter, reasons=list(reasons))]
            )
    assessment_id, assessment, changes = _current_assessment(database, household.id, on)
    if letter_type == "offer" and assessment.verdict == "not_eligible":
        raise InputError(
            [message("letter_not_eligible", household=who)],
            cli_hints=["Forhåndsvurdering: --type preassessment"],
        )
    missing = unconfirmed_groups(database, assessment)
    if missing:
        names, year = ", ".join(missing), assessment.scenario.year
        raise InputError(
            [message("letter_rules_unconfirmed", household=who, names=names, year=year)],
            cli_hints=[CONFIRM_RULES_HINT],
        )
    prepared = prepared_by or database.actor
    decider = ""
    if letter_type == "preassessment":
        refusal = assessment.verdict == "not_eligible"
        if refusal and not individual:
            raise InputError([message("letter_refusal_in_batch", household=who)])
        two_person = bool(Settings(database).get("letters.two_person_rule"))
        decider = decided_by.strip()
        if two_person and (not decider or decider == prepared):
            raise InputError(
                [message("letter_two_person", household=who, prepared=prepared)],
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
        raise InputError([message("letter_not_stored", household=request.household.external_id)])
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
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / file_name(
        request.household.external_id, request.letter_type, request.language, request.letter_date
    )
    # Recorded before the file is written, in one transaction with the write: a letter the
    # database refuses to record (a role without the right, the two-person rule) leaves no
    # file, and a file that cannot be written leaves no record.
    with database.transaction():
        digest, document_id = _record(
            database, request, path, data, prepared.assessment_id, profile
        )
        write_private(path, data)
    return ProducedLetter(
        _household_id(request),
        request.household.external_id,
        path,
        digest,
        document_id,
        prepared.assessment_id,
        tuple(prepared.change_messages),
        tuple(prepared.warning_messages),
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
            result.problem_messages += exc.messages
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
                result.problem_messages += exc.messages
            if progress is not None and not progress(done, total):
                result.cancelled = True
                break
        pdfs = []
        for prepared, rendered in ready:
            data = rendered()
            letter = _finish(database, prepared, data, out_dir, profile)
            result.letters.append(letter)
            result.warning_messages += list(letter.warning_messages)
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
    if details is not None and details.letter_type not in LETTER_TYPES:  # issue 14's letters
        from .followup_letters import reprint_followup_document

        return reprint_followup_document(database, document_id, out_dir)
    row = repository.document(document_id)
    if details is None or row is None or row[1] is None:
        raise InputError([message("letter_no_details", document=document_id)])
    stored = database.assessments.get(int(row[1]))
    if stored is None:
        raise InputError([message("letter_assessment_gone", document=document_id)])
    household = database.households.get(int(row[0]))
    if household is None:
        raise InputError([message("letter_household_gone", document=document_id)])
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
        raise InputError([message("letter_reprint_differs", document=document_id)])
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / file_name(
        household.external_id, details.letter_type, str(row[2]), request.letter_date
    )
    with database.transaction():  # logged before the file is written, as a new letter is
        database.audit.record("printed", "document", document_id, {"reprint": True})
        write_private(path, data)
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
