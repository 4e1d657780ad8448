"""Issue 15 item 8: the engine says things as message objects (code + figures), rendered per
surface and language; the fixed output keeps its strings (bokmål) with the codes beside them."""

from __future__ import annotations

import json

from leietileie.domain.assess import assess
from leietileie.domain.messages import Message, render
from leietileie.domain.model import Dwelling, Financing, Household, Income, Member, Scenario
from leietileie.domain.output import assessment_json
from leietileie.rules import load_rules


def test_a_message_is_a_code_and_its_figures():
    m = Message("grant_above_max", {"grant_needed": 150_000, "grant_max": 100_000})
    assert m.to_json() == {"code": "grant_above_max", "grant_needed": 150_000, "grant_max": 100_000}
    assert m.text() == "Det trengs 150 000 kr i tilskudd, mer enn kommunens grense på 100 000 kr."
    assert (
        render(m, "nn")
        == "Det trengst 150 000 kr i tilskot, meir enn grensa til kommunen på 100 000 kr."
    )
    assert (
        render(m, "en")
        == "A grant of 150 000 kr is needed, more than the municipality's limit of 100 000 kr."
    )


def test_codes_in_a_message_are_named_in_the_language():
    m = Message("flexibility_quota", {"check": "bank_ltv"})
    assert m.text() == (
        "Belåningsgrad (utlånsforskriften) er ikke oppfylt: banken må bruke "
        "fleksibilitetskvoten (utlånsforskriften)."
    )
    assert render(m, "en").startswith("Loan-to-value (utlånsforskriften) is not met")
    kinds = Message("temporary_income", {"kinds": ["aap", "unemployment_benefit"]})
    assert (
        kinds.text()
        == "Midlertidig inntekt (Arbeidsavklaringspenger (AAP), Dagpenger) bør vurderes særskilt."
    )


def _assessment():
    household = Household(members=(Member("applicant", 40, incomes=(Income("aap", 250_000),)),))
    scenario = Scenario(
        2026,
        household,
        Dwelling(price=3_000_000, tenure="freehold"),
        Financing(startlan_rate=0.0489, bank_rate=0.052, term_years=35),
    )
    return assess(scenario, load_rules(2026))


def test_warnings_are_messages_and_the_output_keeps_its_strings_with_codes_beside():
    a = _assessment()
    codes = [w.code for w in a.warnings]
    assert "temporary_income" in codes and "long_term" in codes
    data = json.loads(json.dumps(assessment_json(a)))
    # the fixed field keeps its bokmål strings, in the same order as the codes beside it
    assert data["warnings"] == [w.text() for w in a.warnings]
    assert (
        "Løpetid over 30 år krever varig lav inntekt og særskilt begrunnelse." in data["warnings"]
    )
    assert {"code": "long_term", "years": 30} in data["warning_codes"]
    assert {"code": "temporary_income", "kinds": ["aap"]} in data["warning_codes"]
    for check in data["checks"]:
        assert isinstance(check["detail"], str) and check["detail_code"]["code"].startswith(
            "check_"
        )
    for reason in data["reasons"]:
        assert (
            reason["text"]
            == Message(
                reason["code"], {k: v for k, v in reason.items() if k not in ("code", "text")}
            ).text()
        )


def test_the_app_no_longer_parses_the_engine_sentences():
    from pathlib import Path

    source = (Path(__file__).resolve().parents[2] / "leietileie/ui/domain_text.py").read_text(
        encoding="utf-8"
    )
    for sentence in (
        "Tilgjengelig til lån",
        "Betjeningsevnen er for svak:",
        "Satser som bør kontrolleres",
        "Midlertidig inntekt",
        "Lengre nedbetalingstid",
    ):
        assert sentence not in source
