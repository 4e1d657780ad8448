"""The letters' refusals and warnings are messages with a text in every language."""

import re

import pytest

from leietileie.domain.messages import Message
from leietileie.services import letter_messages
from leietileie.services.screening import REASON_TEXTS_NB

FILTER_CODES = (
    "no_valuation",
    "tenancy_too_short",
    "arrears",
    "late_rent",
    "temporary_income_only",
    "age_below_min",
    "age_above_max",
)


def test_every_letter_message_has_every_language_with_the_same_placeholders():
    nb = letter_messages.TEMPLATES["nb"]
    for language in ("nn", "en"):
        table = letter_messages.TEMPLATES[language]
        assert set(table) == set(nb), language
        for code, text in nb.items():
            names = set(re.findall(r"\{(\w+)\}", text))
            assert set(re.findall(r"\{(\w+)\}", table[code])) == names, (language, code)


def test_the_screening_filters_reasons_read_as_the_screening_says_them_in_bokmal():
    for code in FILTER_CODES:
        assert letter_messages.reason(code).text() == REASON_TEXTS_NB[code]
    assert letter_messages.reason("arrears").text("en") == "Rent arrears above the limit"
    assert letter_messages.reason("something_new").text("en") == "something_new"


def test_a_refusal_with_several_reasons_joins_them_per_language():
    refusal = letter_messages.message(
        "letter_gated",
        household="H1",
        letter=Message("letter_kind_invitation"),
        reasons=[letter_messages.reason("arrears"), letter_messages.reason("age_below_min")],
    )
    assert refusal.text() == (
        "husstand H1: får ikke invitasjon fordi kartleggingens filtre utelater husstanden: "
        "Husleierestanse over grensen; Søker er yngre enn aldersgrensen"
    )
    assert refusal.text("en") == (
        "household H1: cannot get an invitation because the screening's filters leave the "
        "household out: Rent arrears above the limit; The applicant is younger than the age limit"
    )
    assert refusal.to_json()["reasons"] == [
        {"code": "screening_reason_arrears"},
        {"code": "screening_reason_age_below_min"},
    ]


def test_what_changed_since_the_stored_assessment_is_rendered_per_language():
    from leietileie.services.letter_freshness import difference_messages, differences

    stored = {"household": {"members": [{"incomes": [{"kind": "wage", "annual": 554638.5}]}]}}
    fresh = {"household": {"members": [{"incomes": [{"kind": "wage", "annual": 648700.0}]}]}}
    # amounts in whole kroner, half away from zero: 554 638,5 -> 554 639
    assert differences(stored, fresh) == [
        "husstand, person 1, inntekt 1, per år: 554 639 kr → 648 700 kr"
    ]
    (change,) = difference_messages(stored, fresh)
    assert change.text("en") == "household, person 1, income 1, per year: 554 639 kr → 648 700 kr"
    assert change.text("nn") == "hushald, person 1, inntekt 1, per år: 554 639 kr → 648 700 kr"
    ages = difference_messages(
        {"household": {"members": [{"age": 40}]}}, {"household": {"members": [{"age": 41}]}}
    )
    assert [m.text() for m in ages] == ["husstand, person 1, alder: 40 → 41"]  # not an amount
    age = letter_messages.message("letter_change_age", days=31, most=30)
    assert age.text() == "beregningen er 31 dager gammel (grense 30)"
    assert age.text("en") == "the assessment is 31 days old (limit 30)"
    assert age.text("nn") == "berekninga er 31 dagar gammal (grense 30)"


def test_a_logo_refusal_is_a_message_that_reads_as_before_in_bokmal(tmp_path):
    from leietileie.errors import InputError
    from leietileie.letters.page import logo_problem
    from leietileie.services.settings import BY_KEY, validate

    for path in (str(tmp_path), str(tmp_path / "borte.png")):
        problem = letter_messages.logo_message(path)
        assert problem is not None and problem.text() == logo_problem(path)
    folder = letter_messages.logo_message(str(tmp_path))
    assert folder.text("en") == (
        f"Settings, logo: {tmp_path} is not a regular file (choose a PNG or JPG file)"
    )
    assert folder.text("nn") == (
        f"Innstillingar, logo: {tmp_path} er ikkje ei vanleg fil (vel ei PNG- eller JPG-fil)"
    )
    big = tmp_path / "stor.png"
    big.write_bytes(b"\0" * 2_500_000)
    assert letter_messages.logo_message(str(big)).text() == (
        f"Innstillinger, logo: {big} er 2.5 MB; største tillatte logo er 2 MB"
    )
    assert letter_messages.logo_message(str(tmp_path / "borte.png")).code == "logo_unreadable"
    with pytest.raises(InputError) as refused:
        validate(BY_KEY["municipality.logo_path"], str(tmp_path))
    assert refused.value.messages[0].text("en").startswith("Settings, logo: ")
