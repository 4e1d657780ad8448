"""A refusal's wording (issue 11, item 2): the children's paragraph reads as one sentence
about the family, and the intro promises what could help later only when it is printed."""

import io
import re
from dataclasses import replace

import pypdf
import pytest

from leietileie.domain.assess import assess
from leietileie.domain.model import Household, Income, Member
from leietileie.letters import render_letter
from leietileie.letters.sample import sample_profile, sample_request, sample_scenario
from leietileie.rules import load_rules

RULES = load_rules(2026)
POOR = Member("applicant", 40, "F", (Income("disability_benefit", 120_000),))


def refusal(children: int):
    members = (POOR, *(Member("child", 5 + i, "F") for i in range(children)))
    household = Household(members=members, savings=60_000, current_rent_monthly=11_000)
    a = assess(replace(sample_scenario(), household=household), RULES)
    assert a.verdict == "not_eligible"
    return a


def text(assessment, language: str) -> str:
    request = sample_request("preassessment", language, assessment=assessment)
    pages = pypdf.PdfReader(io.BytesIO(render_letter(request, sample_profile()))).pages
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in pages))


@pytest.mark.parametrize(
    ("language", "children", "sentence"),
    [
        ("nb", 1, "Et lån som familien ikke kan leve med, er ikke til det beste for barnet."),
        ("nb", 2, "Et lån som familien ikke kan leve med, er ikke til det beste for barna."),
        ("nn", 1, "Eit lån som familien ikkje kan leve med, er ikkje til det beste for barnet."),
        ("nn", 2, "Eit lån som familien ikkje kan leve med, er ikkje til det beste for borna."),
    ],
)
def test_the_childrens_budget_sentence_is_about_the_family(language, children, sentence):
    assert sentence in text(refusal(children), language)


SUGGESTIONS = {
    "nb": ("hva som kan gjøre at du kan få lån senere", "Nedenfor forklarer vi hvorfor."),
    "nn": ("kva som kan gjere at du kan få lån seinare", "Nedanfor forklarar vi kvifor."),
    "en": ("what could make it possible for you to get a loan later", "Below we explain why."),
}
HEADINGS = {
    "nb": "Dette kan gjøre at du får lån senere",
    "nn": "Dette kan gjere at du får lån seinare",
    "en": "What could help you get a loan later",
}


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
def test_a_refusal_promises_what_could_help_only_when_it_says_it(language):
    promise, plain = SUGGESTIONS[language]
    # 520 000 kr a year and no savings: a longer term and saving would help
    earner = Member("applicant", 40, "F", (Income("wage", 520_000),))
    household = Household(members=(earner,), savings=0, current_rent_monthly=11_000)
    helped = assess(replace(sample_scenario(), household=household), RULES)
    assert helped.verdict == "not_eligible"
    assert {s.code for s in helped.suggestions} == {"longer_term", "save"}
    shown = text(helped, language)
    assert promise in shown and HEADINGS[language] in shown
    # a refusal where nothing within the limits helps (the engine's "none"): no promise
    hopeless = refusal(0)
    assert [s.code for s in hopeless.suggestions] == ["none"]
    for without in (text(hopeless, language), text(replace(helped, suggestions=()), language)):
        assert promise not in without and HEADINGS[language] not in without
        assert plain in without
