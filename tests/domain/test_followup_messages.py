"""Issue 14: every follow-up message (pathway, arrears, screening again) has its text in
bokmål, nynorsk and English, with the same figures, and renders its parameters the Norwegian
way (kroner with thin grouping, months with a decimal comma, dates as dd.mm.yyyy)."""

from __future__ import annotations

import string

from leietileie.domain.followup_messages import TEMPLATES
from leietileie.domain.messages import LANGUAGES, Message, render


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_followup_message_exists_in_three_languages_with_the_same_figures():
    codes = set(TEMPLATES["nb"])
    for language in LANGUAGES:
        assert set(TEMPLATES[language]) == codes, language
        for code in codes:
            assert _fields(TEMPLATES[language][code]) == _fields(TEMPLATES["nb"][code]), code


SAMPLE: dict[str, object] = {
    "agreement_field": "monthly_saving_target",
    "agreement_status": "expired",
    "start_date": "2026-01-01",
    "expiry_date": "2031-01-02",
    "max_date": "2031-01-01",
    "since_date": "2026-03-01",
    "notice_date": "2026-11-20",
    "until_date": "2026-12-04",
    "settled_date": "2026-03-10",
    "years": 5,
    "status": "paused",
    "statuses": "active, exercised",
    "actual": 75_000,
    "expected": 80_000,
    "shortfall": 5_000,
    "months_behind": 1.25,
    "months": 3,
    "arrears_kr": 12_345,
    "owed": 1_234_567,
    "threshold_kr": 5_000,
    "days": 15,
    "value": "2026-13",
    "required": 6,
}


def test_every_followup_message_renders_in_every_language():
    for language in LANGUAGES:
        for code, template in TEMPLATES[language].items():
            params = {name: SAMPLE[name] for name in _fields(template)}
            text = render(Message(code, params), language)
            assert "{" not in text and text, (language, code)


def test_parameters_render_the_norwegian_way_in_every_language():
    m = Message("pathway_shortfall_behind", {"shortfall": 6_250, "months_behind": 1.25})
    # 1,25 months shown with one decimal, half away from zero: 1,3
    assert render(m, "nb") == "Sparingen ligger 6 250 kr etter planen (1,3 måneders sparemål)."
    assert render(m, "en").startswith("Savings are 6 250 kr behind the plan (1,3 months")
    m = Message("pathway_stale", {"months": 4, "since_date": "2026-03-01"})
    assert "01.03.2026" in render(m, "nn")
    m = Message("agreement_amount_negative", {"agreement_field": "savings_year0"})
    assert render(m, "en") == "Savings at start cannot be negative"
