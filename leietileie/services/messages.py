"""The services' refusals as messages (code + figures), in every language of the app.

Registered into ``domain.messages`` so that one renderer serves every surface: the command
line prints ``InputError.problems`` (bokmål), the app renders ``InputError.messages`` in its
language. ``*_label(s)`` parameters are bokmål labels the app translates as labels.
"""

from __future__ import annotations

from ..domain.messages import Message, register

TEMPLATES: dict[str, dict[str, str]] = {
    "nb": {
        "setting_orgnr": (
            "{setting_label}: «{value}» er ikke et gyldig organisasjonsnummer (9 siffer med "
            "kontrollsiffer)"
        ),
        "setting_bool": "{setting_label}: må være ja eller nei",
        "setting_choice": "{setting_label}: «{value}» er ikke tillatt; velg en av {choices}",
        "setting_number": "{setting_label}: «{value}» er ikke et tall",
        "setting_integer": "{setting_label}: må være et helt tall",
        "setting_range": "{setting_label}: må være mellom {low} og {high}",
        "case_state_unknown": "Ukjent saksstatus «{state}». Kjente statuser: {states_labels}.",
        "case_move_closed": (
            "Saken kan ikke gå fra «{from_label}» til «{to_label}». «{from_label}» er avsluttet og "
            "kan ikke flyttes videre."
        ),
        "case_move_refused": (
            "Saken kan ikke gå fra «{from_label}» til «{to_label}». Tillatt herfra: "
            "{states_labels}."
        ),
        "case_open_exists": "Husstanden har allerede en åpen sak (nr. {case}, «{state_label}»).",
        "case_missing": "Sak nr. {case} finnes ikke.",
        "screening_missing": "Kartlegging nr. {run} finnes ikke.",
        "screening_note": "Kartlegging nr. {run}",
        "household_missing": "husstand {household}: finnes ikke",
        "household_no_unit": "husstand {household}: leier ingen bolig; velg en bolig",
        "unit_missing": "bolig {unit}: finnes ikke",
        "unit_no_valuation": "bolig {unit}: mangler takst (pris); registrer takst før beregning",
    },
    "nn": {
        "setting_orgnr": (
            "{setting_label}: «{value}» er ikkje eit gyldig organisasjonsnummer (9 siffer med "
            "kontrollsiffer)"
        ),
        "setting_bool": "{setting_label}: må vere ja eller nei",
        "setting_choice": "{setting_label}: «{value}» er ikkje tillatt; vel ein av {choices}",
        "setting_number": "{setting_label}: «{value}» er ikkje eit tal",
        "setting_integer": "{setting_label}: må vere eit heilt tal",
        "setting_range": "{setting_label}: må vere mellom {low} og {high}",
        "case_state_unknown": "Ukjent saksstatus «{state}». Kjende statusar: {states_labels}.",
        "case_move_closed": (
            "Saka kan ikkje gå frå «{from_label}» til «{to_label}». «{from_label}» er avslutta og "
            "kan ikkje flyttast vidare."
        ),
        "case_move_refused": (
            "Saka kan ikkje gå frå «{from_label}» til «{to_label}». Tillatt herifrå: "
            "{states_labels}."
        ),
        "case_open_exists": "Hushaldet har allereie ei open sak (nr. {case}, «{state_label}»).",
        "case_missing": "Sak nr. {case} finst ikkje.",
        "screening_missing": "Kartlegging nr. {run} finst ikkje.",
        "screening_note": "Kartlegging nr. {run}",
        "household_missing": "hushald {household}: finst ikkje",
        "household_no_unit": "hushald {household}: leiger ingen bustad; vel ein bustad",
        "unit_missing": "bustad {unit}: finst ikkje",
        "unit_no_valuation": "bustad {unit}: manglar takst (pris); registrer takst før berekning",
    },
    "en": {
        "setting_orgnr": (
            "{setting_label}: «{value}» is not a valid organisation number (9 digits with a check "
            "digit)"
        ),
        "setting_bool": "{setting_label}: must be yes or no",
        "setting_choice": "{setting_label}: «{value}» is not allowed; choose one of {choices}",
        "setting_number": "{setting_label}: «{value}» is not a number",
        "setting_integer": "{setting_label}: must be a whole number",
        "setting_range": "{setting_label}: must be between {low} and {high}",
        "case_state_unknown": "Unknown case status «{state}». Known statuses: {states_labels}.",
        "case_move_closed": (
            "The case cannot go from «{from_label}» to «{to_label}». «{from_label}» is final and "
            "cannot be moved on."
        ),
        "case_move_refused": (
            "The case cannot go from «{from_label}» to «{to_label}». Allowed from here: "
            "{states_labels}."
        ),
        "case_open_exists": "The household already has an open case (no. {case}, «{state_label}»).",
        "case_missing": "Case no. {case} does not exist.",
        "screening_missing": "Screening no. {run} does not exist.",
        "screening_note": "Screening no. {run}",
        "household_missing": "household {household}: does not exist",
        "household_no_unit": "household {household}: rents no dwelling; choose a dwelling",
        "unit_missing": "dwelling {unit}: does not exist",
        "unit_no_valuation": "dwelling {unit}: no valuation (price); register a valuation before "
        "assessing",
    },
}

register(TEMPLATES)

#: The note a case opened from a screening carries (stored as text on the case's history).
SCREENING_NOTE_PREFIX = "Kartlegging nr. "


def screening_note(run_id: int) -> str:
    return SCREENING_NOTE_PREFIX + str(run_id)


def stored_note_message(note: str) -> Message | None:
    """The message behind a note the services wrote on a case's history (only the screening
    note has one); None for a note a caseworker typed. Stored notes are text in the register,
    so this one known form is recognised by its prefix and number, not by a pattern."""
    rest = note.removeprefix(SCREENING_NOTE_PREFIX)
    if rest != note and rest.isdigit():
        return Message("screening_note", {"run": int(rest)})
    return None
