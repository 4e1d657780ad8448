"""Every template in nb, nn and en, for one and several persons, children and applicants:
plurals, forms of address, nynorsk verb forms, negative amounts (issue 11, item 11)."""

import io
import re
from dataclasses import replace

import pypdf
import pytest

from leietileie.domain.assess import assess
from leietileie.domain.model import Household, Income, Member
from leietileie.letters import LANGUAGES, LETTER_TYPES, render_letter
from leietileie.letters.blocks import closing
from leietileie.letters.fields import letter_fields
from leietileie.letters.sample import sample_profile, sample_request, sample_scenario
from leietileie.letters.styles import styles
from leietileie.letters.texts import load_texts
from leietileie.rules import load_rules

RULES = load_rules(2026)
PROFILE = sample_profile()

ADULT = Member("applicant", 40, "F", (Income("wage", 560_000),))
PARTNER = Member("co_applicant", 42, "M", (Income("wage", 380_000),))
POOR = Member("applicant", 40, "F", (Income("disability_benefit", 120_000),))


def child(age: int) -> Member:
    return Member("child", age, "F")


HOUSEHOLDS = {
    "alone": (ADULT,),
    "couple": (ADULT, PARTNER),
    "one_child": (ADULT, child(7)),
    "family": (ADULT, PARTNER, child(4), child(12)),
    "three_children": (ADULT, child(3), child(9), child(15)),
    "poor_one_child": (POOR, child(5)),
}


def assessment(members):
    base = sample_scenario()
    household = Household(members=members, savings=60_000, current_rent_monthly=11_000)
    return assess(replace(base, household=household), RULES)


def text_of(letter_type: str, language: str, name: str) -> str:
    request = sample_request(letter_type, language, assessment=assessment(HOUSEHOLDS[name]))
    data = render_letter(request, PROFILE)
    pages = pypdf.PdfReader(io.BytesIO(data)).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


CASES = [(t, lang, name) for t in LETTER_TYPES for lang in LANGUAGES for name in HOUSEHOLDS]


@pytest.fixture(scope="module")
def rendered():
    return {case: text_of(*case) for case in CASES}


@pytest.mark.parametrize(("letter_type", "language", "name"), CASES)
def test_wording(rendered, letter_type, language, name):
    text = rendered[(letter_type, language, name)]
    members = HOUSEHOLDS[name]
    children = sum(m.role == "child" for m in members)
    applicants = sum(m.role in ("applicant", "co_applicant") for m in members)
    # Plurals: never "1 personer", "1 personar", "1 people", "1 children", "1 barn".
    assert "{" not in text  # every placeholder filled
    assert not re.search(r"\b1 (personer|personar|people|persons|children|barn|born)\b", text)
    if letter_type == "preassessment":
        size = len(members)
        expected = {
            "nb": ("person", "personer"),
            "nn": ("person", "personar"),
            "en": ("person", "people"),
        }
        word = expected[language][size != 1]
        assert f"for {size} {word}" in text
        if children == 1:
            assert {"nb": "ett barn", "nn": "eitt barn", "en": "one child"}[language] in text
            assert not re.search(
                {"nb": r"\bbarna\b", "nn": r"\bborna\b", "en": r"the children"}[language], text
            )
        elif children > 1:
            assert {
                "nb": f"{children} barn",
                "nn": f"{children} born",
                "en": f"{children} children",
            }[language] in text
            assert re.search(
                {"nb": r"\bbarna\b", "nn": r"\bborna\b", "en": r"the children"}[language], text
            )
    # Address: one applicant is "du"; two are addressed together (dere / de, dykk).
    singular = r"\b(du|Du|deg|din|ditt|dine)\b"
    if language in ("nb", "nn"):
        if applicants > 1:
            assert not re.search(singular, text), re.search(singular, text)
            assert re.search(
                {"nb": r"\b(dere|Dere|deres)\b", "nn": r"\b(dykk|dykkar|De)\b"}[language], text
            )
        else:
            assert re.search(singular, text)
            assert not re.search(
                {"nb": r"\b(dere|Dere|deres)\b", "nn": r"\b(dykk|dykkar)\b"}[language], text
            )
    # Nynorsk verb forms.
    if language == "nn":
        for bokmal in ("Vi bruker", "forklarer", "Sparer", "betaler"):
            assert bokmal not in text
    # Negative amounts are said in words, never "det er −44 804 kr igjen".
    assert not re.search(r"\b(er|is) [−-]\s?\d", text)


def test_a_shortfall_is_said_as_missing(rendered):
    assert "mangler det" in rendered[("preassessment", "nb", "poor_one_child")]
    assert "manglar det" in rendered[("preassessment", "nn", "poor_one_child")]
    assert "short" in rendered[("preassessment", "en", "poor_one_child")]


def test_stress_rate_sentence_names_both_rates(rendered):
    text = rendered[("preassessment", "nb", "alone")]
    assert "kalkulasjonsrenten for startlån" in text and "i stedet for dagens rente" in text


def test_children_paragraph_is_about_this_familys_children(rendered):
    one = rendered[("preassessment", "nb", "one_child")]
    three = rendered[("preassessment", "nb", "three_children")]
    assert "ett barn i husstanden (7 år)" in one
    assert "3 barn i husstanden (3, 9 og 15 år)" in three
    assert "kan barnet bo videre" in one and "kan barna bo videre" in three


def test_privacy_text_is_complete_and_true(rendered):
    text = rendered[("offer", "nb", "alone")]
    assert "bare til å behandle denne saken" not in text
    for words in (
        "behandlingsansvarlig",
        "personvernombud",
        "artikkel 6 nr. 1 bokstav e",
        "kartlegging",
        "10 år",
        "innsyn",
        "rettet",
        "slettet",
        "Datatilsynet",
    ):
        assert words in text, words
    en = rendered[("offer", "en", "alone")]
    assert "controller" in en and "data protection officer" in en and "Datatilsynet" in en


def test_every_page_is_marked_exempt_from_public_access():
    data = render_letter(sample_request("offer", "nb"), PROFILE)
    for page in pypdf.PdfReader(io.BytesIO(data)).pages:
        assert (
            "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13"
            in page.extract_text()
        )


def test_dpo_contact_and_controller_come_from_the_profile():
    profile = replace(
        PROFILE,
        controller="Eksempel kommune v/kommunedirektøren",
        dpo_contact="personvernombud@eksempel.kommune.no",
        retention_years=7,
    )
    text = re.sub(
        r"\s+",
        " ",
        "".join(
            p.extract_text()
            for p in pypdf.PdfReader(
                io.BytesIO(render_letter(sample_request("invitation", "nb"), profile))
            ).pages
        ),
    )
    assert "Eksempel kommune v/kommunedirektøren er behandlingsansvarlig" in text
    assert "personvernombud@eksempel.kommune.no" in text and "7 år" in text


def test_offer_page_one_shows_borettslag_costs_beside_the_price():
    request = sample_request("offer", "nb")
    first = pypdf.PdfReader(io.BytesIO(render_letter(request, PROFILE))).pages[0].extract_text()
    assert "Andel av fellesgjeld" in first and "Felleskostnader per måned" in first
    assert "Dato for taksten" in first and "16. februar 2026" in first


def test_signature_is_kept_with_the_last_paragraph():
    request = sample_request("offer", "nb")
    texts = load_texts("nb", "offer")
    fields = letter_fields(request, PROFILE, texts)
    block = closing(texts, fields, styles())[-1]
    kept = block._content
    assert kept[0].__class__.__name__ == "Paragraph"
    assert "Datatilsynet" in kept[0].text  # the last privacy paragraph
    assert any("Med vennlig hilsen" in getattr(f, "text", "") for f in kept)
