"""The note a case opened from a screening carries is stored as a message (code + run id),
rendered per language, never read back from prose; an older database's sentence still reads."""

import json
from datetime import date

import pytest

from leietileie.services.cases import mark_screened, open_case
from leietileie.services.demo import create_demo
from leietileie.services.messages import note_message, note_text, screening_note
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "reg.db", actor="saksbehandler")
    create_demo(database, households=40, seed=3, today=ON)
    yield database
    database.close()


def test_a_case_opened_from_a_screening_stores_the_run_id_as_data(db):
    outcome = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=ON, year=2026))
    result = mark_screened(db, outcome.run_id, outcome.ids[:1], on=ON)
    (event,) = db.cases.events(result.opened[0])
    assert json.loads(event.note) == {"code": "screening_note", "run": outcome.run_id}
    assert note_message(event.note).params == {"run": outcome.run_id}
    run = outcome.run_id
    assert note_text(event.note) == f"Kartlegging nr. {run}"
    assert note_text(event.note, "nn") == f"Kartlegging nr. {run}"
    assert note_text(event.note, "en") == f"Screening no. {run}"


def test_the_note_of_an_older_database_is_still_recognised(db):
    # Before notes were stored as messages, the bokmål sentence itself was stored.
    case = open_case(db, 1, state="kartlagt", on=ON, note="Kartlegging nr. 7")
    (event,) = db.cases.events(case.id)
    assert note_message(event.note).params == {"run": 7}
    assert note_text(event.note, "en") == "Screening no. 7"


@pytest.mark.parametrize(
    "typed",
    [
        "Kartlegging nr. 7 – ring tilbake",
        "Kartlegging nr. sju",
        "Kartlegging nr. ٧",  # an Arabic-Indic digit is a digit to str.isdigit, not a run id
        '{"code": "screening_note", "run": "7"}',
        '{"code": "case_missing", "case": 7}',
        "{ikke json",
        "ring etter kl 15",
    ],
)
def test_a_note_a_caseworker_typed_is_left_alone(typed):
    assert note_message(typed) is None
    assert note_text(typed, "en") == typed


def test_a_stored_note_is_json_of_code_and_figures():
    assert json.loads(screening_note(12)) == {"code": "screening_note", "run": 12}


def test_exporting_a_screening_run_that_does_not_exist_is_refused_per_language(db):
    from leietileie.errors import InputError
    from leietileie.services.eligibility import eligibility_table

    with pytest.raises(InputError) as refused:
        eligibility_table(db, 999)
    assert refused.value.problems == ["Kartlegging nr. 999 finnes ikke."]
    assert refused.value.messages[0].text("en") == "Screening no. 999 does not exist."
    assert refused.value.messages[0].text("nn") == "Kartlegging nr. 999 finst ikkje."
