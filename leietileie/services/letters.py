"""Produce letters: one, or a batch for a selection (archive files + one file for printing).

The letter's figures come from a stored assessment (replayed from its stored inputs and rule
set), so printing the same letter again gives the same figures. A household without a stored
assessment is assessed with the municipality's defaults and that assessment is stored first.
Each produced PDF is recorded on the household's case with its assessment (inputs, rule
set), file hash, language and date; the document repository writes the audit entry.

This is the only module of the letters feature that touches storage.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.register import Unit
from ..errors import InputError
from ..letters import (
    LANGUAGES,
    LETTER_TYPES,
    LetterRequest,
    MunicipalityProfile,
    combine_pdfs,
    render_letter,
)
from .assessment import evaluate, registered_scenario, replay, store_assessment
from .settings import Settings

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]
#: Screening categories (services.screening.CATEGORIES) that can buy now.
ELIGIBLE_VERDICTS = ("kan_kjope_na", "kan_kjope_med_tilskudd", "eligible", "eligible_with_grant")


@dataclass(frozen=True)
class ProducedLetter:
    household_id: int
    external_id: str
    path: Path
    sha256: str
    document_id: int
    assessment_id: int


@dataclass
class BatchResult:
    letters: list[ProducedLetter] = field(default_factory=list)
    combined: Path | None = None
    problems: list[str] = field(default_factory=list)
    cancelled: bool = False


def profile_from_settings(database: Any) -> MunicipalityProfile:
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
        raise InputError(["Innstillinger, kommune: mangler telefon og e-post; brevet må si hvor "
                          "mottakeren kan svare"])  # fmt: skip
    return MunicipalityProfile(
        name=value("name") or "Kommunen",
        org_nr=f"{org[:3]} {org[3:6]} {org[6:]}" if len(org) == 9 else org,
        address_lines=tuple(x for x in (value("address"), city_line) if x),
        department=value("unit", "department") or "Boligkontoret",
        phone=str(raw.get("phone") or ""),
        email=str(raw.get("email") or ""),
        website=str(raw.get("website") or ""),
        privacy_url=str(raw.get("privacy_url") or raw.get("website") or ""),
        logo_path=value("logo_path") or None,
        malform=value("malform") or "nb",
        signer_name=signer,
        signer_title=value("signer_title"),
        appeal_body=value("appeal_body") or "Statsforvalteren",
        contact_name=signer or value("unit", "department"),
        contact_phone=phone,
        contact_email=email,
        reply_working_days=int(settings.get("letters.reply_working_days")),
    )


def find_household(database: Any, key: str | int) -> Any:
    """A household by its register id (husstand_id) or its database id."""
    household = database.households.get_by_external_id(str(key))
    if household is None and str(key).isdigit():
        household = database.households.get(int(key))
    if household is None:
        raise InputError([f"husstand {key}: finnes ikke"])
    return household


def eligible_household_ids(database: Any) -> list[int]:
    """Households the latest screening found able to buy (with or without a grant)."""
    run_id = database.screening.latest_run()
    if run_id is None:
        raise InputError(["--eligible: ingen kartlegging er kjørt ennå (kjør 'leietileie screen')"])
    return [r.household_id for r in database.screening.results(run_id) if r.verdict in ELIGIBLE_VERDICTS]


def _stored_assessment(database: Any, household_id: int, on: date) -> tuple[int, Any]:
    stored = database.assessments.latest(household_id)
    if stored is None:
        assessment = evaluate(registered_scenario(database, household_id, on=on))
        stored_id = store_assessment(database, household_id, assessment, kind="letter")
        stored = database.assessments.get(stored_id)
    return stored.id, replay(stored.inputs)


def _unit(database: Any, unit_id: object) -> Unit:
    unit = database.units.get_by_unit_id(str(unit_id)) if unit_id else None
    if unit is None:
        raise InputError([f"bolig {unit_id}: finnes ikke (beregningen mangler bolig)"])
    return unit  # type: ignore[no-any-return]


def _recipient_address(database: Any, household: Any, offered: Unit) -> tuple[str, ...]:
    home = offered
    if household.tenancy and household.tenancy.unit_id != offered.unit_id:
        home = database.units.get_by_unit_id(household.tenancy.unit_id) or offered
    return tuple(x for x in (home.address, f"{home.postcode} {home.city}".strip()) if x)


def prepare(database: Any, household_id: int, letter_type: str, language: str, on: date,
            reference: str | None = None) -> tuple[LetterRequest, int]:
    """The letter request for a household from its stored assessment; and that assessment's id."""
    household = find_household(database, household_id)
    assessment_id, assessment = _stored_assessment(database, household.id, on)
    if letter_type == "offer" and assessment.verdict == "not_eligible":
        raise InputError([f"husstand {household.external_id}: kan ikke kjøpe etter siste beregning; "
                          "send forhåndsvurdering (--type preassessment) i stedet for tilbud"])  # fmt: skip
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
    )
    return request, assessment_id


def _file_name(external_id: str, letter_type: str, language: str, on: date) -> str:
    safe_id = re.sub(r"[^0-9A-Za-z_-]+", "_", external_id)[:60] or "husstand"
    return f"{safe_id}-{letter_type}-{language}-{on.isoformat()}.pdf"


def _record(database: Any, request: LetterRequest, household_id: int, path: Path, data: bytes,
            assessment_id: int) -> tuple[str, int]:
    digest = hashlib.sha256(data).hexdigest()
    case = database.cases.current(household_id)
    document_id = database.documents.add(
        household_id, f"letter_{request.letter_type}", str(path), digest, language=request.language,
        case_id=case.id if case is not None else None, assessment_id=assessment_id,
    )  # fmt: skip
    return digest, int(document_id)


def produce_letter(database: Any, household_id: int, out_dir: Path, *, letter_type: str = "offer",
                   language: str | None = None, on: date | None = None,
                   profile: MunicipalityProfile | None = None) -> tuple[ProducedLetter, bytes]:
    """Render, write and record one letter; returns it and its bytes (for a preview)."""
    profile = profile or profile_from_settings(database)
    lang = language or profile.malform
    _check(letter_type, lang)
    day = on or date.today()
    request, assessment_id = prepare(database, household_id, letter_type, lang, day)
    data = render_letter(request, profile)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / _file_name(request.household.external_id, letter_type, lang, day)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    hid = int(request.household.id)
    digest, document_id = _record(database, request, hid, path, data, assessment_id)
    return ProducedLetter(hid, request.household.external_id, path, digest, document_id, assessment_id), data


def produce_batch(database: Any, household_ids: Sequence[int | str], out_dir: Path, *,
                  letter_type: str = "offer", language: str | None = None, on: date | None = None,
                  progress: Progress | None = None, combined_name: str | None = None) -> BatchResult:
    """One PDF per household for the archive, then one combined PDF for printing.

    A household that cannot get this letter is reported in ``problems`` and skipped; the
    others are produced. ``progress`` returning False stops after the current letter.
    """
    profile = _profile_checked(database, letter_type, language)
    lang = language or profile.malform
    day = on or date.today()
    result = BatchResult()
    pdfs: list[bytes] = []
    total = len(household_ids)
    for done, key in enumerate(household_ids, start=1):
        try:
            letter, data = produce_letter(database, int(find_household(database, key).id), out_dir,
                                          letter_type=letter_type, language=lang, on=day, profile=profile)  # fmt: skip
            result.letters.append(letter)
            pdfs.append(data)
        except InputError as exc:
            result.problems += exc.problems
        if progress is not None and not progress(done, total):
            result.cancelled = True
            break
    if pdfs:
        name = combined_name or f"utskrift-{letter_type}-{lang}-{day.isoformat()}.pdf"
        result.combined = out_dir / name
        result.combined.write_bytes(combine_pdfs(pdfs, title=name, author=profile.name))
    return result


def _check(letter_type: str, language: str) -> None:
    problems = []
    if letter_type not in LETTER_TYPES:
        problems.append(f"--type: «{letter_type}» er ikke tillatt; velg en av {', '.join(LETTER_TYPES)}")
    if language not in LANGUAGES:
        problems.append(f"--lang: «{language}» er ikke tillatt; velg en av {', '.join(LANGUAGES)}")
    if problems:
        raise InputError(problems)


def _profile_checked(database: Any, letter_type: str, language: str | None) -> MunicipalityProfile:
    profile = profile_from_settings(database)
    _check(letter_type, language or profile.malform)
    return profile
