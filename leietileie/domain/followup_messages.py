"""The texts of the follow-up messages (issue 14: pathway and rent arrears), per language.

Registered into ``domain.messages`` at import (the bottom of that module), like the engine's own
templates; ``PARAMS`` renders this module's parameters: kroner, months with a decimal comma,
ISO dates as dd.mm.yyyy, field and status codes as words.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

from .money import format_kr

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        # agreement validation (domain.pathway)
        "agreement_amount_not_positive": "{agreement_field} må være større enn 0",
        "agreement_amount_negative": "{agreement_field} kan ikke være negativ",
        "agreement_expiry_before_start": (
            "Opsjonen kan ikke utløpe {expiry_date}, før eller samme dag som avtalen starter "
            "({start_date})"
        ),
        "agreement_expiry_too_late": (
            "Opsjonen kan løpe i høyst {years} år: utløp {expiry_date} er etter {max_date}"
        ),
        "agreement_status_unknown": ("Ukjent avtalestatus «{status}»; tillatt: {statuses}"),
        # pathway status (domain.pathway)
        "pathway_on_track": "Sparingen er i rute: {actual} mot {expected} etter planen.",
        "pathway_shortfall_behind": (
            "Sparingen ligger {shortfall} etter planen ({months_behind} måneders sparemål)."
        ),
        "pathway_shortfall_at_risk": (
            "Sparingen ligger {shortfall} etter planen ({months_behind} måneders sparemål): "
            "planen er i fare."
        ),
        "pathway_below_start": "Sparingen er {shortfall} lavere enn ved avtalens start.",
        "pathway_stale": (
            "Ingen ny saldo på {months} måneder (siste {since_date}): vi vet ikke om sparingen "
            "går etter planen."
        ),
        "pathway_no_entries": (
            "Ingen saldo registrert på {months} måneder siden avtalen startet ({since_date})."
        ),
        "pathway_arrears": "Husleierestanse på {arrears_kr}, {months} mnd. på etterskudd.",
        "pathway_not_started": "Avtalen starter {start_date}.",
        "pathway_ended": "Avtalen er avsluttet ({agreement_status}).",
        "pathway_expired": "Opsjonen utløp {expiry_date}.",
        # arrears steps (domain.arrears)
        "arrears_none": "Ingen restanse.",
        "arrears_reminder_days": (
            "Eldste ubetalte husleie forfalt for {days} dager siden; restanse {owed}."
        ),
        "arrears_reminder_kr": "Restansen er {owed}, over grensen på {threshold_kr}.",
        "arrears_talk": (
            "Restanse i {months} måneder ({owed}): inviter husstanden til en samtale."
        ),
        "arrears_nav_referral": (
            "Restanse i {months} måneder: tilby økonomisk rådgivning hos NAV "
            "(sosialtjenesteloven § 17)."
        ),
        "arrears_notice": (
            "Restanse i {months} måneder ({owed}): vurder varsel eller oppsigelse "
            "(husleieloven § 9-9)."
        ),
        "arrears_eviction_petition": (
            "Varsel sendt {notice_date}, og {days} dager har gått uten oppgjør: vurder begjæring "
            "om utkastelse (tvangsfullbyrdelsesloven § 4-18)."
        ),
        "arrears_wait_petition": (
            "Varsel er sendt; begjæring om utkastelse kan tidligst vurderes {until_date}."
        ),
        "arrears_not_due": (
            "Restanse på {owed}, {days} dager etter forfall: ingen påminnelse ennå etter reglene."
        ),
        "arrears_steps_done": (
            "Alle trinn som er aktuelle nå, er tatt; følg opp restansen på {owed}."
        ),
        "arrears_agreement_follow_up": (
            "Nedbetalingsavtalen løper: følg opp at den holdes (restanse {owed})."
        ),
        "schedule_amount_not_positive": "{agreement_field} må være større enn 0",
        "schedule_month_invalid": "Første måned «{value}» må skrives ÅÅÅÅ-MM",
        # screening again (domain.arrears)
        "held_back_arrears": "Holdes tilbake: restanse på {owed}.",
        "held_back_on_time": (
            "Holdes tilbake: betalt i tide i bare {months} av {required} måneder siden "
            "oppgjøret {settled_date}."
        ),
    },
    "nn": {
        "agreement_amount_not_positive": "{agreement_field} må vere større enn 0",
        "agreement_amount_negative": "{agreement_field} kan ikkje vere negativ",
        "agreement_expiry_before_start": (
            "Opsjonen kan ikkje gå ut {expiry_date}, før eller same dag som avtalen startar "
            "({start_date})"
        ),
        "agreement_expiry_too_late": (
            "Opsjonen kan gjelde i høgst {years} år: utløp {expiry_date} er etter {max_date}"
        ),
        "agreement_status_unknown": "Ukjend avtalestatus «{status}»; tillate: {statuses}",
        "pathway_on_track": "Sparinga er i rute: {actual} mot {expected} etter planen.",
        "pathway_shortfall_behind": (
            "Sparinga ligg {shortfall} etter planen ({months_behind} månaders sparemål)."
        ),
        "pathway_shortfall_at_risk": (
            "Sparinga ligg {shortfall} etter planen ({months_behind} månaders sparemål): "
            "planen er i fare."
        ),
        "pathway_below_start": "Sparinga er {shortfall} lågare enn då avtalen starta.",
        "pathway_stale": (
            "Ingen ny saldo på {months} månader (siste {since_date}): vi veit ikkje om sparinga "
            "går etter planen."
        ),
        "pathway_no_entries": (
            "Ingen saldo registrert på {months} månader sidan avtalen starta ({since_date})."
        ),
        "pathway_arrears": "Husleigerestanse på {arrears_kr}, {months} mnd. på etterskot.",
        "pathway_not_started": "Avtalen startar {start_date}.",
        "pathway_ended": "Avtalen er avslutta ({agreement_status}).",
        "pathway_expired": "Opsjonen gjekk ut {expiry_date}.",
        "arrears_none": "Ingen restanse.",
        "arrears_reminder_days": (
            "Eldste ubetalte husleige forfall for {days} dagar sidan; restanse {owed}."
        ),
        "arrears_reminder_kr": "Restansen er {owed}, over grensa på {threshold_kr}.",
        "arrears_talk": (
            "Restanse i {months} månader ({owed}): inviter hushaldet til ein samtale."
        ),
        "arrears_nav_referral": (
            "Restanse i {months} månader: tilby økonomisk rådgjeving hos NAV "
            "(sosialtenestelova § 17)."
        ),
        "arrears_notice": (
            "Restanse i {months} månader ({owed}): vurder varsel eller oppseiing "
            "(husleigelova § 9-9)."
        ),
        "arrears_eviction_petition": (
            "Varsel sendt {notice_date}, og {days} dagar har gått utan oppgjer: vurder krav om "
            "utkasting (tvangsfullføringslova § 4-18)."
        ),
        "arrears_wait_petition": (
            "Varsel er sendt; krav om utkasting kan tidlegast vurderast {until_date}."
        ),
        "arrears_not_due": (
            "Restanse på {owed}, {days} dagar etter forfall: inga påminning enno etter reglane."
        ),
        "arrears_steps_done": (
            "Alle trinn som er aktuelle no, er tekne; følg opp restansen på {owed}."
        ),
        "arrears_agreement_follow_up": (
            "Nedbetalingsavtalen løper: følg opp at han blir halden (restanse {owed})."
        ),
        "schedule_amount_not_positive": "{agreement_field} må vere større enn 0",
        "schedule_month_invalid": "Første månad «{value}» må skrivast ÅÅÅÅ-MM",
        "held_back_arrears": "Blir halden tilbake: restanse på {owed}.",
        "held_back_on_time": (
            "Blir halden tilbake: betalt i tide i berre {months} av {required} månader sidan "
            "oppgjeret {settled_date}."
        ),
    },
    "en": {
        "agreement_amount_not_positive": "{agreement_field} must be greater than 0",
        "agreement_amount_negative": "{agreement_field} cannot be negative",
        "agreement_expiry_before_start": (
            "The option cannot expire on {expiry_date}, before or on the agreement's start "
            "({start_date})"
        ),
        "agreement_expiry_too_late": (
            "The option may run for at most {years} years: expiry {expiry_date} is after {max_date}"
        ),
        "agreement_status_unknown": "Unknown agreement status «{status}»; allowed: {statuses}",
        "pathway_on_track": "Savings are on track: {actual} against {expected} in the plan.",
        "pathway_shortfall_behind": (
            "Savings are {shortfall} behind the plan ({months_behind} months of the saving target)."
        ),
        "pathway_shortfall_at_risk": (
            "Savings are {shortfall} behind the plan ({months_behind} months of the saving "
            "target): the plan is at risk."
        ),
        "pathway_below_start": "Savings are {shortfall} below the agreement's start.",
        "pathway_stale": (
            "No new balance for {months} months (last {since_date}): we do not know whether the "
            "savings follow the plan."
        ),
        "pathway_no_entries": (
            "No balance entered in the {months} months since the agreement started ({since_date})."
        ),
        "pathway_arrears": "Rent arrears of {arrears_kr}, {months} month(s) late.",
        "pathway_not_started": "The agreement starts on {start_date}.",
        "pathway_ended": "The agreement has ended ({agreement_status}).",
        "pathway_expired": "The option expired on {expiry_date}.",
        "arrears_none": "No arrears.",
        "arrears_reminder_days": (
            "The oldest unpaid rent fell due {days} days ago; arrears {owed}."
        ),
        "arrears_reminder_kr": "Arrears are {owed}, above the limit of {threshold_kr}.",
        "arrears_talk": "Arrears for {months} months ({owed}): invite the household to a talk.",
        "arrears_nav_referral": (
            "Arrears for {months} months: offer economic counselling at NAV "
            "(sosialtjenesteloven § 17)."
        ),
        "arrears_notice": (
            "Arrears for {months} months ({owed}): consider a warning or notice "
            "(husleieloven § 9-9)."
        ),
        "arrears_eviction_petition": (
            "Warning sent on {notice_date} and {days} days have passed without settlement: "
            "consider an eviction petition (tvangsfullbyrdelsesloven § 4-18)."
        ),
        "arrears_wait_petition": (
            "A warning has been sent; an eviction petition can be considered from {until_date}."
        ),
        "arrears_not_due": (
            "Arrears of {owed}, {days} days after the due date: no reminder yet under the rules."
        ),
        "arrears_steps_done": (
            "Every step due now has been taken; follow up the arrears of {owed}."
        ),
        "arrears_agreement_follow_up": (
            "The payment agreement is running: follow up that it is kept (arrears {owed})."
        ),
        "schedule_amount_not_positive": "{agreement_field} must be greater than 0",
        "schedule_month_invalid": "The first month «{value}» must be written YYYY-MM",
        "held_back_arrears": "Held back: arrears of {owed}.",
        "held_back_on_time": (
            "Held back: rent paid on time in only {months} of {required} months since the "
            "settlement on {settled_date}."
        ),
    },
}

FIELD_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "price_year0": "Pris år 0",
        "valuation_year0": "Takst år 0",
        "savings_year0": "Sparing ved start",
        "monthly_saving_target": "Månedlig sparemål",
        "monthly_amount": "Månedlig beløp",
        "total_amount": "Samlet beløp",
    },
    "nn": {
        "price_year0": "Pris år 0",
        "valuation_year0": "Takst år 0",
        "savings_year0": "Sparing ved start",
        "monthly_saving_target": "Månadleg sparemål",
        "monthly_amount": "Månadleg beløp",
        "total_amount": "Samla beløp",
    },
    "en": {
        "price_year0": "Price year 0",
        "valuation_year0": "Valuation year 0",
        "savings_year0": "Savings at start",
        "monthly_saving_target": "Monthly saving target",
        "monthly_amount": "Monthly amount",
        "total_amount": "Total amount",
    },
}
AGREEMENT_STATUS_LABELS: dict[str, dict[str, str]] = {
    "nb": {
        "active": "aktiv",
        "exercised": "opsjonen brukt",
        "expired": "utløpt",
        "cancelled": "avbrutt",
    },
    "nn": {
        "active": "aktiv",
        "exercised": "opsjonen nytta",
        "expired": "gått ut",
        "cancelled": "avbroten",
    },
    "en": {
        "active": "active",
        "exercised": "option exercised",
        "expired": "expired",
        "cancelled": "cancelled",
    },
}


def _kr(value: object, language: str) -> str:
    return format_kr(float(value)) if isinstance(value, int | float) else str(value)


def _months(value: object, language: str) -> str:
    """Months with one decimal, rounded half away from zero (1,25 → 1,3), decimal comma."""
    if isinstance(value, int | float) and math.isfinite(value):
        tenths = math.floor(abs(float(value)) * 10 + 0.5 + 1e-9)
        sign = "-" if value < 0 and tenths else ""
        return f"{sign}{tenths // 10},{tenths % 10}"
    return str(value)


def _date(value: object, language: str) -> str:
    if isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value))
        except ValueError:
            return str(value)
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _field(value: object, language: str) -> str:
    return FIELD_LABELS.get(language, FIELD_LABELS["nb"]).get(str(value), str(value))


def _agreement_status(value: object, language: str) -> str:
    labels = AGREEMENT_STATUS_LABELS.get(language, AGREEMENT_STATUS_LABELS["nb"])
    return labels.get(str(value), str(value))


PARAMS: dict[str, Callable[[object, str], str]] = {
    "owed": _kr,
    "expected": _kr,
    "actual": _kr,
    "arrears_kr": _kr,
    "threshold_kr": _kr,
    "months_behind": _months,
    "start_date": _date,
    "expiry_date": _date,
    "max_date": _date,
    "since_date": _date,
    "notice_date": _date,
    "until_date": _date,
    "settled_date": _date,
    "agreement_field": _field,
    "agreement_status": _agreement_status,
}
