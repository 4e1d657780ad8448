"""The services' refusals as messages (code + figures), in every language of the app.

Registered into ``domain.messages`` so that one renderer serves every surface: the command
line prints ``InputError.problems`` (bokmål), the app renders ``InputError.messages`` in its
language. ``*_label(s)`` parameters are bokmål labels the app translates as labels.
"""

from __future__ import annotations

import json

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

#: Notes the services write on a case's history are stored as a message, not as a sentence:
#: the JSON object of its code and figures (``{"code": "screening_note", "run": 12}``) in the
#: event's note, so each surface renders it in its language and nothing reads prose back.
STORED_NOTE_CODES = frozenset({"screening_note"})
#: Databases written before notes were stored as messages hold the bokmål sentence; it is
#: still recognised (``note_message``), by this prefix and a number only.
SCREENING_NOTE_PREFIX = "Kartlegging nr. "


def screening_missing(run_id: int) -> Message:
    """The refusal of a screening run that does not exist."""
    return Message("screening_missing", {"run": run_id})


def stored_note(message: Message) -> str:
    """The note text to store for a message the services write on a case's history."""
    if message.code not in STORED_NOTE_CODES:
        raise ValueError(f"not a stored note: {message.code!r}")
    return json.dumps(message.to_json(), ensure_ascii=False, sort_keys=True)


def screening_note(run_id: int) -> str:
    """The stored note of a case opened from screening run ``run_id``."""
    return stored_note(Message("screening_note", {"run": run_id}))


def note_message(note: str) -> Message | None:
    """The message behind a note the services wrote on a case's history; None for a note a
    caseworker typed. A note is read as a message when it is a stored message (JSON with a
    known code and whole-number figures); a note of an older database when it is exactly
    the old screening sentence (prefix and run number)."""
    if note.startswith("{"):
        try:
            data = json.loads(note)
        except ValueError:
            return None
        if not isinstance(data, dict) or data.get("code") not in STORED_NOTE_CODES:
            return None
        params = {k: v for k, v in data.items() if k != "code"}
        if set(params) != {"run"} or type(params["run"]) is not int:
            return None
        return Message(str(data["code"]), params)
    rest = note.removeprefix(SCREENING_NOTE_PREFIX)
    if rest != note and rest.isdigit() and rest.isascii():
        return Message("screening_note", {"run": int(rest)})
    return None


def note_text(note: str, language: str = "nb") -> str:
    """A case event's note as a surface shows it: a stored message rendered in ``language``,
    any other note (typed by a caseworker) unchanged."""
    message = note_message(note)
    return note if message is None else message.text(language)
