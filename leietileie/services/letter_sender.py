"""The letters' sender: the municipality's profile from the settings, kept with each letter (so a
reprint is byte-identical), and the logo check."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from ..errors import InputError
from ..letters import (
    MunicipalityProfile,
)
from ..letters.model import CURRENT_WORDING, DEFAULT_APPEAL_BODY
from ..letters.page import logo_problem
from .letter_messages import logo_message, message
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

#: progress(done, total) -> False to cancel.
Progress = Callable[[int, int], bool]
#: Screening categories (services.screening.CATEGORIES) that can buy now.


# --- The sender ---------------------------------------------------------------------------


def check_logo(path: str) -> str | None:
    """A problem with the logo file (bokmål), or None (see ``letters.page.logo_problem``)."""
    return logo_problem(path)


def parse_people(text: str) -> tuple[tuple[str, str, str], ...]:
    """``letters.people``: "kari = Kari Nordmann, rådgiver; per = Per Hansen" as
    (login, full name, title) triples (InputError naming an entry that is not so)."""
    out = []
    for entry in (e.strip() for e in text.replace("\n", ";").split(";")):
        if not entry:
            continue
        login, sep, rest = entry.partition("=")
        name, _, title = rest.partition(",")
        if not sep or not login.strip() or not name.strip():
            raise InputError([message("letter_people_entry", entry=entry)])
        out.append((login.strip(), name.strip(), title.strip()))
    return tuple(out)


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
        raise InputError([message("letter_no_contact")])
    logo = value("logo_path") or None
    if logo is not None:
        problem = logo_message(logo)
        if problem is not None:
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
        appeal_body=value("appeal_body") or DEFAULT_APPEAL_BODY,
        contact_name=signer or value("unit", "department"),
        contact_phone=phone,
        contact_email=email,
        reply_working_days=int(settings.get("letters.reply_working_days")),
        controller=str(settings.get("letters.controller") or name),
        dpo_contact=str(settings.get("letters.dpo_contact") or ""),
        retention_years=int(settings.get("letters.retention_years")),
        people=parse_people(str(settings.get("letters.people") or "")),
        wording=CURRENT_WORDING,
    )


def profile_to_json(profile: MunicipalityProfile) -> dict[str, Any]:
    data = asdict(profile)
    data["address_lines"] = list(profile.address_lines)
    return data


def profile_from_json(data: Mapping[str, Any]) -> MunicipalityProfile:
    known = set(MunicipalityProfile.__dataclass_fields__)
    values = {k: v for k, v in data.items() if k in known}
    values["address_lines"] = tuple(values.get("address_lines") or ())
    values["people"] = tuple(tuple(p) for p in values.get("people") or ())
    return MunicipalityProfile(**values)
