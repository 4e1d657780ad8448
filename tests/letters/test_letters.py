"""Letters as PDF: figures, deadline, language, fonts, determinism, hostile input."""

import io
import re
from dataclasses import replace
from datetime import date

import pypdf
import pytest

from leietileie.letters import LANGUAGES, LETTER_TYPES, combine_pdfs, render_letter
from leietileie.letters.fields import letter_fields
from leietileie.letters.formatting import kr, long_date
from leietileie.letters.sample import (
    sample_assessment,
    sample_household,
    sample_profile,
    sample_request,
)
from leietileie.letters.texts import all_strings, load_texts, placeholders

PROFILE = sample_profile()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"[ \u00a0]+", " ", text)


def plain(value: str) -> str:
    return value.replace("\u00a0", " ")


@pytest.fixture(scope="module")
def offer_nb() -> bytes:
    return render_letter(sample_request("offer", "nb"), PROFILE)


def test_offer_shows_the_assessments_figures(offer_nb):
    a = sample_request().assessment
    text = pdf_text(offer_nb)
    for amount in (
        a.plan.price,
        a.plan.startlan,
        a.plan.equity,
        a.plan.total_need,
        a.monthly_payment,
        a.monthly_cost_owning,
        a.monthly_cost_owning_after_tax,
        a.monthly_cost_renting,
        a.rentefradrag_monthly,
        a.max_total_loan,
    ):
        assert plain(kr(amount)) in text, amount
    assert "2 591 090 kr" in text


def test_deadline_is_ten_working_days_across_easter(offer_nb):
    # Letter dated Monday 30 March 2026; Maundy Thursday, Good Friday and Easter Monday skipped.
    text = pdf_text(offer_nb)
    assert "30. mars 2026" in text
    assert "senest 16. april 2026" in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "nb",
            [
                "Tilbud om å kjøpe boligen",
                "Svarfrist",
                "Saksbehandler",
                "Beregningsgrunnlag",
                "Side 1 av",
            ],
        ),
        (
            "nn",
            [
                "Tilbod om å kjøpe bustaden",
                "Svarfrist",
                "Sakshandsamar",
                "Berekningsgrunnlag",
                "Side 1 av",
            ],
        ),
        (
            "en",
            [
                "Offer to buy the home",
                "Reply deadline",
                "Case officer",
                "Calculation basis",
                "Page 1 of",
                "16 April 2026",
            ],
        ),
    ],
)
def test_each_language_has_its_own_words(language, words):
    text = pdf_text(render_letter(sample_request("offer", language), PROFILE))
    for word in words:
        assert word in text, word


def test_date_formats():
    day = date(2026, 11, 24)
    assert long_date(day, "nb") == "24. november 2026"
    assert long_date(day, "nn") == "24. november 2026"
    assert long_date(day, "en") == "24 November 2026"
    assert plain(kr(1234567)) == "1 234 567 kr"


def fonts_of(data: bytes) -> list[dict]:
    reader = pypdf.PdfReader(io.BytesIO(data))
    fonts = {}
    for page in reader.pages:
        for ref in (page["/Resources"].get("/Font") or {}).values():
            fonts[ref.get_object()["/BaseFont"]] = ref.get_object()
    return list(fonts.values())


@pytest.mark.parametrize("letter_type", LETTER_TYPES)
def test_every_font_is_embedded_truetype(letter_type):
    fonts = fonts_of(render_letter(sample_request(letter_type, "nb"), PROFILE))
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        if descriptor is None:  # composite font: look in the descendant
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_same_input_gives_same_bytes(offer_nb):
    assert render_letter(sample_request("offer", "nb"), PROFILE) == offer_nb


def test_metadata_is_set(offer_nb):
    meta = pypdf.PdfReader(io.BytesIO(offer_nb)).metadata
    assert meta.title == "Tilbud om kjøp av bolig"
    assert meta.author == "Eksempel kommune"
    assert "2026/1417-3" in meta.subject


def test_hostile_name_and_address_do_not_break_anything():
    hostile = '<b>Ole</b> & "Dole" <script>' + "Ø" * 180
    household = sample_household(name=hostile, last="Brødrene&Co<")
    request = sample_request(
        household=household,
        reference="<ref>&1",
        recipient_address=("Gate " + "x" * 150, "0001 <Oslo> & omegn"),
    )
    unit = replace(request.unit, address="Lønnebakken <12> & " + "Y" * 120, share_no="<17>")
    data = render_letter(replace(request, unit=unit), sample_profile(name="Bø & <Sauherad>"))
    text = pdf_text(data)
    assert "<b>Ole</b> &" in text
    assert "<ref>&1" in text
    assert len(pypdf.PdfReader(io.BytesIO(data)).pages) <= 6


def test_preassessment_refusal_has_reasons_and_appeal():
    request = sample_request("preassessment", "nb", assessment=sample_assessment(price=4_600_000))
    assert request.assessment.verdict == "not_eligible"
    text = pdf_text(render_letter(request, PROFILE))
    assert "Vi kan ikke forhåndsgodkjenne startlån" in text
    assert "tre uker" in text and "kommunens klagenemnd" in text
    assert "Det mangler" in text
    assert "forvaltningsloven" in text


def test_preassessment_approval_in_nynorsk_and_english():
    nn = pdf_text(render_letter(sample_request("preassessment", "nn"), PROFILE))
    # Two applicants (søker and medsøker) are addressed together: "De", not "Du".
    assert "De får førehandsgodkjent eit startlån på inntil 2 591 090 kr" in nn
    assert "tre veker" in nn
    en = pdf_text(render_letter(sample_request("preassessment", "en"), PROFILE))
    assert "You are pre-approved for a start-up loan of up to 2 591 090 kr" in en
    assert "three weeks" in en


def test_grant_appears_when_the_plan_has_one():
    request = sample_request(assessment=sample_assessment(price=2_900_000, grant_max=500_000))
    assert request.assessment.plan.grant > 0
    text = pdf_text(render_letter(request, PROFILE))
    assert plain(kr(request.assessment.plan.grant)) in text
    assert "Tilskudd fra kommunen" in text


def test_combined_pdf_has_every_page(offer_nb):
    invitation = render_letter(sample_request("invitation", "nb"), PROFILE)
    combined = combine_pdfs([offer_nb, invitation], title="Utskrift")
    pages = [len(pypdf.PdfReader(io.BytesIO(d)).pages) for d in (offer_nb, invitation, combined)]
    sheets = [n + n % 2 for n in pages[:2]]  # every letter starts on a new sheet (duplex)
    assert pages[2] == sheets[0] + sheets[1]
    reader = pypdf.PdfReader(io.BytesIO(combined), strict=True)
    assert reader.metadata.title == "Utskrift"
    assert "Vil dere eie boligen dere bor i?" in reader.pages[sheets[0]].extract_text()
    assert "Side 1 av" in reader.pages[sheets[0]].extract_text()


def test_invitation_may_leave_out_the_appendix():
    short = render_letter(sample_request("invitation", "nb", with_appendix=False), PROFILE)
    assert "Beregningsgrunnlag" not in pdf_text(short)
    with pytest.raises(ValueError):
        sample_request("offer", "nb", with_appendix=False)


# Placeholders that are filled by the layout itself, not from letter_fields().
LOCAL_FIELDS = {
    "page_label": {"page", "pages"},
    "available_left": {"amount"},
    "available_missing": {"amount"},
}
SUGGESTION_FIELDS = {"s_term_years", "s_grant", "s_monthly_saving", "s_months"}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("letter_type", LETTER_TYPES)
def test_every_placeholder_has_a_data_field(language, letter_type):
    texts = load_texts(language, letter_type)
    fields = set(letter_fields(sample_request(letter_type, language), PROFILE, texts))
    for key, value in texts.items():
        allowed = fields | LOCAL_FIELDS.get(key, set())
        if key.startswith("suggestion_"):
            allowed |= SUGGESTION_FIELDS
        for text in all_strings(value):
            missing = placeholders(text) - allowed
            assert not missing, f"{language}/{letter_type}: {key} uses {missing}"


@pytest.mark.parametrize("letter_type", LETTER_TYPES)
def test_languages_have_the_same_texts(letter_type):
    keys = {lang: {k for k, _ in load_texts(lang, letter_type).items()} for lang in LANGUAGES}
    assert keys["nb"] == keys["nn"] == keys["en"]
