"""Every setting declared once: key, type, default, label (architecture habit 6).

Settings are stored in the database (``SettingsRepository``) so that every caseworker of the
municipality who opens the same register works with the same assumptions. Window state and
personal preferences live in QSettings, not here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from ..domain.messages import Message
from ..domain.model import Financing
from ..errors import InputError
from ..rules import RuleSet
from . import messages as _messages  # noqa: F401 - registers the services' messages

if TYPE_CHECKING:
    from ..storage.register import Register


@dataclass(frozen=True)
class Setting:
    key: str
    kind: str  # text | int | float | rate | bool | choice | orgnr | path
    default: Any
    label: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[tuple[str, str], ...] = ()
    help: str = ""


def _current_year() -> int:
    """The default rule year: this calendar year (its rule file must exist; no fallback)."""
    return date.today().year


SETTINGS: tuple[Setting, ...] = (
    # Municipality profile (letterhead, signature, appeal information)
    Setting("municipality.name", "text", "", "Kommunens navn", "kommune"),
    Setting("municipality.org_no", "orgnr", "", "Organisasjonsnummer", "kommune", help="9 siffer"),
    Setting("municipality.unit", "text", "Boligkontoret", "Enhet", "kommune"),
    Setting("municipality.address", "text", "", "Postadresse", "kommune"),
    Setting("municipality.postcode", "text", "", "Postnummer", "kommune"),
    Setting("municipality.city", "text", "", "Poststed", "kommune"),
    Setting("municipality.logo_path", "path", "", "Logo (PNG eller JPG)", "kommune"),
    Setting(
        "municipality.malform",
        "choice",
        "nb",
        "Målform",
        "kommune",
        choices=(("nb", "Bokmål"), ("nn", "Nynorsk")),
    ),
    Setting("municipality.signer_name", "text", "", "Underskriver", "kommune"),
    Setting(
        "municipality.signer_title", "text", "Saksbehandler", "Underskrivers tittel", "kommune"
    ),
    Setting(
        "municipality.appeal_body",
        "text",
        "kommunens klagenemnd",
        "Klageinstans for vedtak om startlån",
        "kommune",
        help="Forvaltningsloven § 28 annet ledd: kommunens eget klageorgan (klagenemnd)",
    ),
    Setting(
        "municipality.tiltakssonen",
        "bool",
        False,
        "Kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)",
        "kommune",
        help="Lavere skatt: 18,5 % på alminnelig inntekt og finnmarksfradrag (Skatte-ABC)",
    ),
    Setting("municipality.contact_phone", "text", "", "Telefon", "kommune"),
    Setting("municipality.contact_email", "text", "", "E-post", "kommune"),
    Setting(
        "municipality.group",
        "choice",
        "4",
        "Kommunegruppe for bostøtte",
        "kommune",
        choices=(
            ("1", "1 – Oslo"),
            ("2", "2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum"),
            ("3", "3 – Kristiansand, Lillestrøm, Asker m.fl."),
            ("4", "4 – Øvrige kommuner"),
        ),
    ),
    # Defaults for new assessments
    Setting("assessment.year", "int", None, "Regelår", "beregning", minimum=2024, maximum=2100),
    # The rates (startlån, bank, policy rate, stress margin) are not settings: they are the rule
    # set's figures, changed by dated rule adjustments (ADJUSTABLE_RATES) in the rules panel.
    Setting("assessment.term_years", "int", 30, "Løpetid (år)", "beregning", 5, 50),
    Setting(
        "assessment.repayment",
        "choice",
        "annuity",
        "Nedbetaling",
        "beregning",
        choices=(("annuity", "Annuitet"), ("serial", "Serie")),
    ),
    Setting(
        "assessment.mode",
        "choice",
        "auto",
        "Finansiering",
        "beregning",
        choices=(
            ("auto", "Banklån først når banken kan låne noe, ellers bare startlån"),
            ("startlan_only", "Bare startlån"),
            ("bank_first", "Banklån først, startlån på toppen"),
        ),
    ),
    # Grant policy (tilskudd til etablering)
    Setting("grant.enabled", "bool", False, "Kommunen gir tilskudd til etablering", "tilskudd"),
    Setting("grant.max_amount", "int", 0, "Største tilskudd (kr)", "tilskudd", 0, 5_000_000),
    # Letters
    Setting("letters.reply_working_days", "int", 15, "Svarfrist (virkedager)", "brev", 1, 90),
    # Screening filters
    Setting(
        "screening.min_tenancy_years", "float", 0.0, "Leieforhold minst (år)", "kartlegging", 0, 50
    ),
    Setting(
        "screening.max_arrears",
        "int",
        5000,
        "Husleierestanse høyst (kr)",
        "kartlegging",
        0,
        1_000_000,
    ),
    Setting(
        "screening.max_late_payments",
        "int",
        2,
        "Måneder med for sen husleie siste år, høyst",
        "kartlegging",
        0,
        12,
    ),
    Setting(
        "screening.exclude_temporary_income",
        "bool",
        False,
        "Utelat husstander med bare midlertidig inntekt",
        "kartlegging",
    ),
    Setting("screening.min_age", "int", 18, "Søkers alder minst", "kartlegging", 18, 100),
    Setting("screening.max_age", "int", 75, "Søkers alder høyst", "kartlegging", 18, 120),
    Setting(
        "screening.horizon_years", "int", 5, "«Kan kjøpe om N år»: høyst N", "kartlegging", 1, 20
    ),
    Setting(
        "screening.include_free_units",
        "bool",
        False,
        "Prøv også ledige boliger som passer husstanden",
        "kartlegging",
    ),
    # Startlån fees and margin (issue 9): Husbanken's own fees do not apply to a startlån. A
    # municipality adds a margin (at most 0.25 pp, included in the startlån rate) or charges its
    # own documented fees instead, never both.
    # The startlån rate is Husbanken's floating rate plus this margin (domain.md §2); the default
    # is the most a municipality may add.
    Setting(
        "startlan.municipal_margin",
        "rate",
        0.0025,
        "Kommunalt påslag i startlånsrenten (høyst 0,25 pp)",
        "beregning",
        0.0,
        0.0025,
    ),
    Setting(
        "startlan.establishment_fee",
        "int",
        0,
        "Kommunens eget etableringsgebyr på startlån (kr)",
        "beregning",
        0,
        100_000,
    ),
    Setting(
        "startlan.instalment_fee",
        "int",
        0,
        "Kommunens eget termingebyr på startlån (kr)",
        "beregning",
        0,
        10_000,
    ),
    # Suggestions within policy
    Setting(
        "suggestions.saving_horizon_months",
        "int",
        60,
        "Forslag: sparing i høyst (måneder)",
        "beregning",
        1,
        600,
    ),
    Setting(
        "suggestions.term_age_limit",
        "int",
        None,
        "Forslag: løpetid ikke forbi alder (tom = ingen grense)",
        "beregning",
        50,
        120,
    ),
    # Letters (issue 11): privacy information, fresh figures, two-person rule
    Setting("letters.controller", "text", "", "Behandlingsansvarlig (tom = kommunen)", "brev"),
    Setting("letters.dpo_contact", "text", "", "Personvernombud (navn og e-post)", "brev"),
    Setting(
        "letters.people",
        "text",
        "",
        "Underskrivere (brukernavn = navn, tittel; …)",
        "brev",
        help="kari = Kari Nordmann, rådgiver; per = Per Hansen, leder",
    ),
    Setting(
        "letters.stale_days",
        "int",
        30,
        "Beregning eldre enn (dager) regnes ut på nytt",
        "brev",
        1,
        365,
    ),
    Setting(
        "letters.valuation_max_months",
        "int",
        12,
        "Advar når taksten er eldre enn (måneder)",
        "brev",
        1,
        120,
    ),
    Setting(
        "letters.two_person_rule",
        "bool",
        False,
        "Vedtak krever en annen beslutter enn saksbehandleren",
        "brev",
    ),
    Setting(
        "letters.retention_years", "int", 10, "Oppbevaring etter avsluttet sak (år)", "brev", 1, 100
    ),
    # Follow-up (issue 14): the pathway status (domain.pathway.PathwayRules) and the arrears
    # escalation ladder (domain.arrears.EscalationRules). Office practice, not law; the
    # defaults and their reasons are in docs/followup-rules.md.
    Setting(
        "followup.behind_tolerance_months",
        "float",
        1.0,
        "Leie til eie: «etter plan» når sparingen mangler mer enn (måneders sparemål)",
        "oppfølging",
        0,
        24,
    ),
    Setting(
        "followup.at_risk_months",
        "float",
        3.0,
        "Leie til eie: «i faresonen» når sparingen mangler minst (måneders sparemål)",
        "oppfølging",
        0,
        60,
    ),
    Setting(
        "followup.stale_entry_months",
        "int",
        3,
        "Leie til eie: «i faresonen» uten ny sparesaldo på (måneder)",
        "oppfølging",
        1,
        24,
    ),
    Setting(
        "followup.behind_late_months",
        "int",
        1,
        "Leie til eie: «etter plan» ved husleierestanse på (måneder)",
        "oppfølging",
        1,
        12,
    ),
    Setting(
        "followup.at_risk_late_months",
        "int",
        2,
        "Leie til eie: «i faresonen» ved husleierestanse på (måneder)",
        "oppfølging",
        1,
        12,
    ),
    Setting(
        "followup.at_risk_arrears_kr",
        "int",
        None,
        "Leie til eie: «i faresonen» ved restanse på minst (kr, tom = av)",
        "oppfølging",
        0,
        1_000_000,
    ),
    Setting(
        "followup.offer_from_months",
        "int",
        12,
        "Tilbud om kjøp kan sendes fra (måneder før opsjonen utløper, når i rute)",
        "oppfølging",
        0,
        60,
    ),
    Setting(
        "followup.offer_always_months",
        "int",
        3,
        "Tilbud om kjøp sendes uansett status (måneder før opsjonen utløper)",
        "oppfølging",
        0,
        60,
    ),
    Setting(
        "arrears.reminder_after_days",
        "int",
        14,
        "Restanse: betalingspåminnelse etter (dager etter forfall)",
        "oppfølging",
        0,
        90,
    ),
    Setting(
        "arrears.reminder_after_kr",
        "int",
        None,
        "Restanse: betalingspåminnelse straks restansen er minst (kr, tom = av)",
        "oppfølging",
        0,
        1_000_000,
    ),
    Setting(
        "arrears.talk_at_months",
        "int",
        2,
        "Restanse: inviter til samtale ved (måneder)",
        "oppfølging",
        1,
        12,
    ),
    Setting(
        "arrears.nav_referral_at_months",
        "int",
        2,
        "Restanse: tilby økonomisk rådgivning (NAV) ved (måneder)",
        "oppfølging",
        1,
        12,
    ),
    Setting(
        "arrears.notice_at_months",
        "int",
        3,
        "Restanse: vurder varsel/oppsigelse ved (måneder)",
        "oppfølging",
        1,
        24,
    ),
    Setting(
        "arrears.petition_after_notice_days",
        "int",
        14,
        "Restanse: vurder begjæring om utkastelse (dager etter varselet)",
        "oppfølging",
        14,
        365,
    ),
    Setting(
        "arrears.ignore_below_kr",
        "float",
        0.5,
        "Restanse: se bort fra beløp under (kr)",
        "oppfølging",
        0,
        10_000,
    ),
    Setting(
        "arrears.broken_after_missed",
        "int",
        2,
        "Nedbetalingsavtale: brutt etter (måneder uten betaling på rad)",
        "oppfølging",
        1,
        12,
    ),
    Setting(
        "arrears.months_on_time_required",
        "int",
        6,
        "Kartlegges igjen etter oppgjort restanse og betalt i tide i (måneder)",
        "oppfølging",
        1,
        36,
    ),
)
FEE_KEYS = ("startlan.establishment_fee", "startlan.instalment_fee")
MARGIN_KEY = "startlan.municipal_margin"
#: The rates a caseworker changes from a date in the rules panel: the one mechanism for rates.
#: Each is a rule-set figure (group.field) that the assessment and the screening use.
ADJUSTABLE_RATES = (
    "startlan.policy_rate",
    "husbanken_rates.floating",
    "bank.default_rate",
    "startlan.stress_margin",
)
#: Rates stored as settings before there was one mechanism, read as adjustments in force from
#: the start of the year (a dated adjustment replaces them from its date).
LEGACY_RATE_SETTINGS = {
    "assessment.policy_rate": "startlan.policy_rate",
    "assessment.bank_rate": "bank.default_rate",
    "assessment.startlan_rate": "startlan.default_rate",
}
#: An older adjustable key: the startlån rate itself, now Husbanken's rate plus the margin.
LEGACY_STARTLAN_RATE = "startlan.default_rate"
BY_KEY = {s.key: s for s in SETTINGS}
#: Names a profile record may use for the declared municipality settings.
PROFILE_ALIASES = {
    "contact_phone": "phone",
    "contact_email": "email",
    "unit": "department",
    "signer_name": "signer",
}


def validate(setting: Setting, value: Any) -> Any:
    """The value in its proper type, or InputError naming the setting and what is allowed."""
    where = f"{setting.label}"
    if value is None or value == "":
        if setting.kind in ("text", "path", "orgnr") or setting.default is None:
            return "" if setting.kind in ("text", "path", "orgnr") else None
    try:
        if setting.kind == "path" and setting.key == "municipality.logo_path":
            from .letter_messages import logo_message

            problem = logo_message(str(value).strip())
            if problem is not None:
                raise InputError(problem)
        if setting.key == "letters.people":
            from .letter_sender import parse_people

            parse_people(str(value))  # InputError naming the entry
        if setting.kind in ("text", "path"):
            return str(value).strip()
        if setting.kind == "orgnr":
            text = str(value).replace(" ", "")
            from stdnum.no import orgnr  # not on the app's start path (issue 12)

            if not orgnr.is_valid(text):
                raise InputError(Message("setting_orgnr", {"setting_label": where, "value": value}))
            return text
        if setting.kind == "bool":
            if isinstance(value, bool):
                return value
            raise InputError(Message("setting_bool", {"setting_label": where}))
        if setting.kind == "choice":
            allowed = [c for c, _ in setting.choices]
            if str(value) not in allowed:
                raise InputError(
                    Message(
                        "setting_choice",
                        {"setting_label": where, "value": value, "choices": ", ".join(allowed)},
                    )
                )
            return str(value)
        number = float(str(value).replace(",", ".").replace(" ", "").replace("\u00a0", ""))
    except ValueError as exc:
        raise InputError(
            Message("setting_number", {"setting_label": where, "value": value})
        ) from exc
    if not math.isfinite(number):
        raise InputError(Message("setting_number", {"setting_label": where, "value": value}))
    if setting.kind == "int":
        if not number.is_integer():
            raise InputError(Message("setting_integer", {"setting_label": where}))
        number = int(number)
    if (
        setting.minimum is not None
        and number < setting.minimum
        or setting.maximum is not None
        and number > setting.maximum
    ):
        raise InputError(
            Message(
                "setting_range",
                {
                    "setting_label": where,
                    "low": f"{setting.minimum:g}",
                    "high": f"{setting.maximum:g}",
                },
            )
        )
    return number


class Settings:
    """Typed access to the declared settings of one database."""

    def __init__(self, database: Register):
        self.repo = database.settings

    def get(self, key: str) -> Any:
        setting = BY_KEY[key]
        value = self.repo.get(key, None)
        if value is None and key.startswith("municipality."):
            # A profile stored as one record (the demo register, older databases).
            profile = self.repo.municipality()
            name = key.split(".", 1)[1]
            value = profile.get(name, profile.get(PROFILE_ALIASES.get(name, "")))
        if value is None:
            if key == "assessment.year":
                return _current_year()
            if key == MARGIN_KEY and self._own_fees():
                return 0.0  # own fees and the margin are never both: no margin unless one is set
            return setting.default
        return value

    def _own_fees(self, changed: dict[str, Any] | None = None) -> bool:
        changed = changed or {}
        return any(float((changed[k] if k in changed else self.get(k)) or 0) > 0 for k in FEE_KEYS)

    def _check_fee_policy(self, changed: dict[str, Any]) -> None:
        """A municipality that charges its own startlån fees may not also add the margin."""
        # Only a margin the municipality set counts here: the default margin gives way to fees.
        margin = changed[MARGIN_KEY] if MARGIN_KEY in changed else self.repo.get(MARGIN_KEY, None)
        if float(margin or 0.0) > 0 and self._own_fees(changed):
            raise InputError(
                "Startlån: en kommune som tar egne gebyrer kan ikke også ta påslag på Husbankens "
                "rente; "
                "sett påslaget til 0 eller gebyrene til 0"
            )

    def set(self, key: str, value: Any) -> Any:
        clean = validate(BY_KEY[key], value)
        self._check_fee_policy({key: clean})
        self.repo.set(key, clean)
        return clean

    def set_many(self, values: dict[str, Any]) -> None:
        """Validate all, then store all; nothing is stored when any value is refused."""
        problems: list[str | Message] = []
        clean: dict[str, Any] = {}
        for key, value in values.items():
            try:
                clean[key] = validate(BY_KEY[key], value)
            except InputError as exc:
                problems += exc.messages
        if not problems:
            try:
                self._check_fee_policy(clean)
            except InputError as exc:
                problems += exc.messages
        if problems:
            raise InputError(problems)
        for key, value in clean.items():
            self.repo.set(key, value)

    def group(self, name: str) -> dict[str, Any]:
        return {s.key: self.get(s.key) for s in SETTINGS if s.group == name}

    def municipality(self) -> dict[str, Any]:
        """The profile as a flat dict without the prefix (name, org_no, address, ...)."""
        return {key.split(".", 1)[1]: value for key, value in self.group("kommune").items()}

    def year(self) -> int:
        """The rule year chosen in the settings (this calendar year by default). A year
        without a rule file is not replaced by another: loading it is a RuleError."""
        return int(self.get("assessment.year"))

    def tiltakssonen(self) -> bool:
        """The municipality is in the Finnmark/Nord-Troms action zone (the register is one
        municipality, so every household in it is)."""
        return bool(self.get("municipality.tiltakssonen"))

    def grant_max(self) -> float:
        return float(self.get("grant.max_amount")) if self.get("grant.enabled") else 0.0

    def margin(self) -> float:
        return float(self.get(MARGIN_KEY) or 0.0)

    def adjustments(self, year: int | None = None, on: date | None = None) -> dict[str, float]:
        """The caseworkers' dated rate changes in force on a day (the newest wins), as rule-set
        keys (``ADJUSTABLE_RATES``). Rates stored the older ways are converted as they are read:
        a rate setting counts as an adjustment from the start; a startlån rate becomes
        Husbanken's floating rate (the startlån rate less the municipal margin)."""
        day = on or date.today()
        stored: list[tuple[str, float]] = []
        for old, key in LEGACY_RATE_SETTINGS.items():
            value = self.repo.get(old, None)
            if value is not None:
                stored.append((key, float(value)))
        for adj in self.repo.rule_adjustments(year if year is not None else self.year()):
            if adj.valid_from <= day:
                stored.append((adj.key, adj.value))
        out: dict[str, float] = {}
        for key, value in stored:
            if key == LEGACY_STARTLAN_RATE:
                key, value = "husbanken_rates.floating", round(max(0.0, value - self.margin()), 6)
            out[key] = value
        return out

    def rules(self, year: int | None = None, on: date | None = None) -> RuleSet:
        """The rule set of a year with the rate adjustments in force on a day."""
        from .assessment import rules_for  # the one place a missing rule year is reported

        number = year if year is not None else self.year()
        return rules_for(number, self.adjustments(number, on))

    def default_rates(self, year: int, adjustments: dict[str, float]) -> tuple[float, float]:
        """(startlån rate, bank rate) by default under a rule year and its adjustments: the
        startlån rate is Husbanken's floating rate plus the municipal margin."""
        from .assessment import rules_for

        rules = rules_for(year, adjustments)
        return round(rules.husbanken_rates.floating + self.margin(), 6), rules.bank.default_rate

    def default_financing(self, year: int | None = None, on: date | None = None) -> Financing:
        """The municipality's default assumptions for a rule year, on a day: the startlån rate
        is Husbanken's floating rate plus the municipal margin, the bank rate the rule set's,
        each after the rate adjustments in force. The policy rate and the stress margin are
        left to the rule set (with the same adjustments) when the scenario is assessed."""
        number = year if year is not None else self.year()
        startlan_rate, bank_rate = self.default_rates(number, self.adjustments(number, on))
        age_limit = self.get("suggestions.term_age_limit")
        return Financing(
            startlan_rate=startlan_rate,
            bank_rate=bank_rate,
            policy_rate=None,
            mode=str(self.get("assessment.mode")),
            term_years=int(self.get("assessment.term_years")),
            repayment=str(self.get("assessment.repayment")),
            grant_max=self.grant_max(),
            establishment_fee=float(self.get("startlan.establishment_fee") or 0),
            instalment_fee=float(self.get("startlan.instalment_fee") or 0),
            saving_horizon_months=int(self.get("suggestions.saving_horizon_months")),
            term_age_limit=None if age_limit is None else int(age_limit),
        )
