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

import gc
import hashlib
import multiprocessing
import os
import re
import secrets
import sys
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.deadlines import is_public_holiday
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
from ..safe_files import check_target, create_private_file, fsync_path
from ..storage.repositories.rent import late_for

# Split out of this module; imported under their own names so callers keep their import paths.
from . import messages as _messages  # noqa: F401  (registers household_missing)
from .assessment import replay
from .cases import (
    APPEAL,
    DEADLINE_LABELS_NB,
    DECISION_REPLY,
    INVITATION_REPLY,
    REPLY,
    allowed_next,
    move_case,
    open_case,
)
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
ELIGIBLE_CATEGORIES = ("kan_kjope_na", "kan_kjope_med_tilskudd")
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
#: Letters of a batch recorded in one transaction (then their files renamed into place).
RECORD_GROUP = 25
#: The appeal period of an individual decision (forvaltningsloven § 29): three weeks.
APPEAL_WEEKS = 3


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
    #: Letters not written because of their warnings (``accept_warnings=False``): the
    #: households' ids and the warnings, known before any file was written
    held: list[str] = field(default_factory=list)
    held_messages: list[Message] = field(default_factory=list)

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
        r.household_id
        for r in database.screening.results(run_id)
        if r.category in ELIGIBLE_CATEGORIES
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
    # only the households asked about are read, not the register
    _, _, facts = database.households.screening_input(
        on, options.tiltakssonen, household_ids=sorted(wanted)
    )
    history = database.rent.late_history(on, household_ids=sorted(wanted))
    facts.late_payments = late_for(history, facts.ids)
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
                    letter=message(f"letter_the_{request.letter_type}"),
                )
            )
    if not str(Settings(database).get("letters.dpo_contact") or "").strip():
        out.append(message("letter_dpo_missing", household=who))
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
    try:
        request = _request(
            database,
            household,
            letter_type,
            language,
            on,
            reference,
            assessment_id,
            assessment,
            prepared_by=prepared_by,
            decided_by=decided_by,
            individual=individual,
            with_appendix=with_appendix,
        )
    except InputError as exc:
        if not changes:
            raise
        # refused on figures assessed again: the caseworker sees what changed, too
        heading = message("letter_changes_before_refusal", household=who)
        raise InputError([*exc.messages, heading, *changes], cli_hints=exc.cli_hints) from None
    return Prepared(request, assessment_id, changes, _warnings(database, request))


def _request(
    database: Register,
    household: Any,
    letter_type: str,
    language: str,
    on: date,
    reference: str | None,
    assessment_id: int,
    assessment: Any,
    *,
    prepared_by: str,
    decided_by: str,
    individual: bool,
    with_appendix: bool,
) -> LetterRequest:
    """The letter's request on a current assessment, after the checks that need it."""
    who = household.external_id
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
    return LetterRequest(
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
    data: bytes | _Rendered,
    assessment_id: int,
    profile: MunicipalityProfile,
) -> tuple[str, int]:
    digest = hashlib.sha256(data).hexdigest() if isinstance(data, bytes) else data.sha256
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
    kind, due = case_deadline(request, profile)
    deadlines = database.cases.deadlines(case.id)
    if kind == APPEAL:  # a refusal asks for no reply: its entry's reply deadline goes
        for d in deadlines:
            if d.kind == DECISION_REPLY and d.due_on == request.reply_by(profile) and not d.done:
                database.cases.complete_deadline(d.id)
    if not any(d.kind == kind and d.due_on == due and not d.done for d in deadlines):
        database.cases.add_deadline(case.id, kind, due, DEADLINE_LABELS_NB[kind])
    return int(case.id)


def case_deadline(request: LetterRequest, profile: MunicipalityProfile) -> tuple[str, date]:
    """The deadline a letter puts in Saker: the reply deadline of an offer, an invitation or
    a granted pre-assessment, or the appeal deadline of a refusal (three weeks from the
    letter's date, forvaltningsloven § 29; the period runs from when it reaches the
    applicant, so this is the earliest day it can end)."""
    if request.letter_type == "invitation":
        return INVITATION_REPLY, request.reply_by(profile)
    if request.letter_type == "offer":
        return REPLY, request.reply_by(profile)
    if request.assessment.verdict == "not_eligible":
        return APPEAL, request.letter_date + timedelta(weeks=APPEAL_WEEKS)
    return DECISION_REPLY, request.reply_by(profile)


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
    return _produced(prepared, path, digest, document_id)


def _produced(prepared: Prepared, path: Path, digest: str, document_id: int) -> ProducedLetter:
    request = prepared.request
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


def _record_group(
    database: Register,
    group: list[tuple[Prepared, _Rendered]],
    out_dir: Path,
    profile: MunicipalityProfile,
    result: BatchResult,
    pdfs: list[bytes],
) -> None:
    """Record rendered letters in one transaction, then rename their files into place.

    All records first: a letter the database refuses leaves no file (its temporary files are
    removed by the caller). The files were flushed in the worker; the folder is flushed once
    per group after the renames. When a rename fails, the transaction is rolled back and the
    files already renamed are removed, so no record is left without its file.
    """
    placed: list[Path] = []
    letters: list[ProducedLetter] = []
    try:
        with database.transaction():
            targets = []
            for prepared, rendered in group:
                request = prepared.request
                path = out_dir / file_name(
                    request.household.external_id,
                    request.letter_type,
                    request.language,
                    request.letter_date,
                )
                digest, document_id = _record(
                    database, request, path, rendered, prepared.assessment_id, profile
                )
                targets.append((path, rendered))
                letters.append(_produced(prepared, path, digest, document_id))
            for path, rendered in targets:
                check_target(path)
                os.replace(rendered.temporary, path)
                placed.append(path)
    except BaseException:
        for path in placed:
            path.unlink(missing_ok=True)
        raise
    fsync_path(out_dir)
    for letter, (_, rendered) in zip(letters, group, strict=True):
        result.letters.append(letter)
        result.warning_messages += list(letter.warning_messages)
        pdfs.append(rendered.data)
    group.clear()


def warm_up() -> None:
    """Load what every letter needs (fonts with their glyph tables, styles, texts, the
    public holidays its deadline skips) once."""
    styles()
    today = date.today()
    for year in (today.year, today.year + 1):  # imports the holiday calendars once
        is_public_holiday(date(year, 1, 1))
    unsupported_chars("\u00e6")
    for language in LANGUAGES:
        for letter_type in LETTER_TYPES:
            load_texts(language, letter_type)


@dataclass(frozen=True)
class _Rendered:
    """A letter rendered and written, fsynced, to a private temporary file beside its final
    name (in the worker that rendered it); the batch records it and renames it into place."""

    data: bytes
    sha256: str
    temporary: str


def _render_to_file(
    request: LetterRequest, profile: MunicipalityProfile, out_dir: str
) -> _Rendered:
    """Render one letter and write it owner-only to a temporary file beside its final name,
    flushed to disk; runs in a worker process (or this one for a small batch)."""
    data = render_letter(request, profile)
    final = Path(out_dir) / file_name(
        request.household.external_id, request.letter_type, request.language, request.letter_date
    )
    check_target(final)
    for _ in range(100):
        temporary = final.with_name(f".{final.name}.{secrets.token_hex(6)}.part")
        try:
            create_private_file(temporary)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"kunne ikke lage en midlertidig fil ved siden av {final}")
    try:
        fd = os.open(temporary, os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return _Rendered(data, hashlib.sha256(data).hexdigest(), str(temporary))


def _start_worker(spawned: bool) -> None:
    """A worker's start: load fonts, styles and texts (a spawned worker has nothing), then
    freeze what the worker has so far out of the garbage collector's sight. A forked worker
    inherits the caller's whole heap (a register, a demo just made): without the freeze,
    every full collection in the worker walks it and copies its pages (copy on write)."""
    if spawned:
        warm_up()
    gc.freeze()


class _Renderer:
    """Renders letters in worker processes while the caller prepares the next ones (or in
    this process for a small batch). ``submit`` returns a function giving the PDF bytes;
    ``submit_file`` one giving the letter written to a temporary file (``_Rendered``)."""

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
                max_workers=count,
                mp_context=context,
                initializer=_start_worker,
                initargs=(spawn,),
            )

    def submit(self, request: LetterRequest) -> Callable[[], bytes]:
        if self.pool is None:
            data = render_letter(request, self.profile)
            return lambda: data
        return self.pool.submit(render_letter, request, self.profile).result

    def submit_file(self, request: LetterRequest, out_dir: Path) -> Future[_Rendered]:
        if self.pool is None:
            done: Future[_Rendered] = Future()
            try:
                done.set_result(_render_to_file(request, self.profile, str(out_dir)))
            except Exception as exc:  # noqa: BLE001 - handed on to whoever takes the result
                done.set_exception(exc)
            return done
        return self.pool.submit(_render_to_file, request, self.profile, str(out_dir))

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
    accept_warnings: bool = True,
) -> BatchResult:
    """One PDF per household for the archive, then one combined PDF for printing.

    A household that cannot get this letter is reported in ``problems`` and skipped; the
    others are produced. ``progress`` returning False stops after the current letter.
    ``with_appendix=False`` leaves the calculation appendix out of invitations.
    ``accept_warnings=False`` (the command line without ``--godta-advarsler``) holds back
    a letter with warnings (old valuation, characters no font has, no DPO contact): it is
    neither written nor recorded, and reported in ``held``/``held_messages``. Large
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
    ready: deque[tuple[Prepared, Future[_Rendered]]] = deque()
    finished: list[tuple[Prepared, _Rendered]] = []
    pdfs: list[bytes] = []

    def record(wait: bool) -> None:
        """Take the rendered letters in order (those done, or all when ``wait``), and record
        them in groups: one transaction, then the files renamed into place."""
        while ready and (wait or ready[0][1].done()):
            prepared, future = ready.popleft()
            finished.append((prepared, future.result()))
            if len(finished) >= RECORD_GROUP:
                _record_group(database, finished, out_dir, profile, result, pdfs)
        if wait and finished:
            _record_group(database, finished, out_dir, profile, result, pdfs)

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
                if prepared.warning_messages and not accept_warnings:
                    result.held.append(prepared.request.household.external_id)
                    result.held_messages += prepared.warning_messages
                else:
                    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
                    ready.append((prepared, renderer.submit_file(prepared.request, out_dir)))
            except InputError as exc:
                result.problem_messages += exc.messages
            record(wait=False)
            if progress is not None and not progress(done, total):
                result.cancelled = True
                break
        record(wait=True)
    finally:
        renderer.close()
        for _, future in ready:  # not recorded (an error above): no file is left behind
            if future.done() and not future.cancelled() and future.exception() is None:
                Path(future.result().temporary).unlink(missing_ok=True)
        for _, rendered in finished:
            Path(rendered.temporary).unlink(missing_ok=True)
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
    archived = archived_letter(database, document_id, row[3])
    if archived is not None:
        return _write_reprint(database, document_id, out_dir, archived, household.external_id)
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
    return _write_reprint(database, document_id, out_dir, data, household.external_id)


def archived_letter(database: Register, document_id: int, sha256: str) -> bytes | None:
    """The sent letter's own file when it is still where it was written and unchanged (its
    hash is the recorded one): a reprint is then those bytes, whatever has changed since in
    the rule files, the letter texts or the register. None otherwise (then it is rendered
    again from what it was printed with, and refused if that differs)."""
    where = database.letter_details.document_path(document_id)
    if not where:
        return None
    path = Path(where)
    try:
        if path.is_symlink() or not path.is_file():
            return None
        data = path.read_bytes()
    except OSError:
        return None
    return data if hashlib.sha256(data).hexdigest() == sha256 else None


def _write_reprint(
    database: Register, document_id: int, out_dir: Path, data: bytes, household_ref: str
) -> tuple[Path, bytes]:
    """Write a reprint beside the others (the sent letter's file name), logged before the file
    is written, as a new letter is."""
    details = database.letter_details.get(document_id)
    row = database.letter_details.document(document_id)
    assert details is not None and row is not None
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = out_dir / file_name(
        household_ref,
        details.letter_type,
        str(row[2]),
        date.fromisoformat(details.letter_date),
    )
    with database.transaction():
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
