"""The letters' pure inputs: who sends, to whom, about what, with which figures.

Layout code depends on these dataclasses and on the domain only, never on storage: the
service (``leietileie.services.letters``) reads the database and builds them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from ..domain.assess import Assessment
from ..domain.deadlines import reply_deadline
from ..domain.register import RegisteredHousehold, Unit

#: offer = (a) Tilbud om kjøp av bolig; invitation = (b) Invitasjon til samtale om kjøp av
#: bolig; preassessment = (c) Forhåndsvurdering av startlån (an individual decision).
LETTER_TYPES: Final = ("offer", "invitation", "preassessment")
LANGUAGES: Final = ("nb", "nn", "en")
#: Letter types that are individual decisions (enkeltvedtak) and carry appeal information.
DECISIONS: Final = ("preassessment",)
#: The appeal body setting's default: printed in each language's words (appeal_body_default).
DEFAULT_APPEAL_BODY: Final = "kommunens klagenemnd"
#: The wording a profile made today gets (``MunicipalityProfile.wording``).
CURRENT_WORDING: Final = 1


@dataclass(frozen=True)
class MunicipalityProfile:
    """The sender: what the letterhead, the signature and the legal texts need."""

    name: str
    org_nr: str
    address_lines: tuple[str, ...]
    department: str = "Boligkontoret"
    visiting_address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    privacy_url: str = ""
    logo_path: str | None = None
    #: The municipality's official language form (målform): "nb" or "nn".
    malform: str = "nb"
    signer_name: str = ""
    signer_title: str = ""
    #: The body that decides an appeal the municipality does not grant itself.
    appeal_body: str = DEFAULT_APPEAL_BODY
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    #: Reply deadline in working days after the letter's date.
    reply_working_days: int = 15
    #: How long a positive pre-assessment (forhåndsgodkjenning) is valid.
    preapproval_valid_months: int = 6
    #: GDPR art. 13: the controller (behandlingsansvarlig; empty = the municipality) and how
    #: to reach the data protection officer; years the case is kept after it is closed.
    controller: str = ""
    dpo_contact: str = ""
    retention_years: int = 10
    #: Who signs: (login, full name, title) per person (setting ``letters.people``). A letter
    #: stores the login of who prepared and who decided it and prints their names.
    people: tuple[tuple[str, str, str], ...] = ()
    #: Which wording the profile's letters use, so that reprints of letters printed before a
    #: change stay byte-identical (0: profiles stored before this field). From 1: the names
    #: of who prepared/decided are looked up, and the default appeal body is worded per
    #: language.
    wording: int = 0

    def person(self, login: str, caseworker: bool = False) -> tuple[str, str]:
        """The (name, title) to print for a login: from ``people``; for the caseworker who
        prepared the letter, the profile's contact name when the login is not listed; else the
        text as given (a name typed for who decided)."""
        if self.wording < 1:
            return login, ""
        for known, name, title in self.people:
            if known.casefold() == login.strip().casefold():
                return name, title
        if caseworker and (self.contact_name or self.signer_name):
            return self.contact_name or self.signer_name, ""
        return login, ""

    @property
    def return_address(self) -> str:
        """One line for above the window: "Eksempel kommune, Postboks 1, 1234 Sted"."""
        return ", ".join((self.name, *self.address_lines))


@dataclass(frozen=True)
class LetterRequest:
    """One letter: its type and language, the household, the dwelling and the figures.

    ``assessment`` is the (replayed) stored assessment; the letter prints its figures and
    nothing it computes itself except the reply deadline.
    """

    letter_type: str
    language: str
    household: RegisteredHousehold
    unit: Unit
    assessment: Assessment
    letter_date: date
    reference: str
    #: The recipient's postal address lines; empty = the offered unit's address.
    recipient_address: tuple[str, ...] = ()
    #: Overrides the profile's working-day deadline when set.
    deadline: date | None = None
    #: Include the appendix "Beregningsgrunnlag" (always for offers and decisions).
    with_appendix: bool = True
    #: Who prepared the letter (saksbehandler) and, for a decision, who made it (beslutter).
    prepared_by: str = ""
    decided_by: str = ""

    def __post_init__(self) -> None:
        if not self.with_appendix and self.letter_type != "invitation":
            raise ValueError("only an invitation may leave out the calculation appendix")
        if self.letter_type not in LETTER_TYPES:
            raise ValueError(
                f"letter type must be one of {', '.join(LETTER_TYPES)}, not {self.letter_type!r}"
            )
        if self.language not in LANGUAGES:
            raise ValueError(
                f"language must be one of {', '.join(LANGUAGES)}, not {self.language!r}"
            )

    @property
    def is_decision(self) -> bool:
        return self.letter_type in DECISIONS

    def reply_by(self, profile: MunicipalityProfile) -> date:
        if self.deadline is not None:
            return self.deadline
        return reply_deadline(self.letter_date, profile.reply_working_days)

    def address_lines(self) -> tuple[str, ...]:
        if self.recipient_address:
            return self.recipient_address
        unit = self.unit
        return tuple(x for x in (unit.address, f"{unit.postcode} {unit.city}".strip()) if x)
