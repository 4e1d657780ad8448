"""The letters' bodies: (a) offer, (b) invitation, (c) pre-assessment (a decision)."""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.platypus import Flowable, KeepTogether, Paragraph

from .blocks import (
    DWELLING_VALUE_SHARE,
    bullets,
    closing,
    comparison_sentence,
    dwelling_rows,
    figure_table,
    financing_rows,
    monthly_rows,
    paragraphs,
    subheading,
)
from .formatting import kr
from .model import LetterRequest
from .styles import Styles
from .texts import Texts


def _plan_parts(request: LetterRequest) -> dict[str, int]:
    p = request.assessment.plan
    return {
        "equity": p.equity,
        "bank_loan": p.bank_loan,
        "startlan": p.startlan,
        "grant": p.grant,
        "dokumentavgift": p.dokumentavgift,
    }


def _monthly(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    a = request.assessment
    return [
        KeepTogether(
            [
                subheading(texts, "monthly_heading", st),
                *paragraphs(texts, "monthly_intro", fields, st),
                figure_table(monthly_rows(texts, fields), st),
                Paragraph(
                    comparison_sentence(
                        texts, fields, a.monthly_cost_owning_after_tax, a.monthly_cost_renting
                    ),
                    st.body,
                ),
            ]
        )
    ]


def _financing(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    return [
        KeepTogether(
            [
                subheading(texts, "financing_heading", st),
                *paragraphs(texts, "financing_intro", fields, st),
                figure_table(financing_rows(texts, fields, _plan_parts(request)), st),
            ]
        )
    ]


def _terms(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    p, f = request.assessment.plan, request.assessment.scenario.financing
    items = []
    if p.startlan:
        items += texts.fmt_list("terms_startlan", fields)
        if request.assessment.establishment_fee or f.instalment_fee:  # municipal fees (policy)
            items += texts.fmt_list("terms_fees", fields)
        if f.interest_only_years:
            items += texts.fmt_list("terms_interest_only", fields)
    if p.bank_loan:
        items += texts.fmt_list("terms_bank", fields)
    if p.grant:
        items += texts.fmt_list("terms_grant", fields)
    if not items:
        return []
    return [subheading(texts, "terms_heading", st), *bullets(items, st)]


def offer(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(a) Tilbud om kjøp av bolig."""
    story: list[Flowable] = [Paragraph(texts.fmt("heading", fields), st.heading)]
    story += paragraphs(texts, "intro", fields, st)
    story += [
        subheading(texts, "dwelling_heading", st),
        *paragraphs(texts, "dwelling_intro", fields, st),
    ]
    cooperative = request.assessment.scenario.dwelling.tenure == "cooperative"
    rows = dwelling_rows(texts, fields, cooperative)
    story.append(KeepTogether(figure_table(rows, st, value_share=DWELLING_VALUE_SHARE)))
    story += _financing(request, texts, fields, st)
    story += _monthly(request, texts, fields, st)
    story += _terms(request, texts, fields, st)
    story += [
        subheading(texts, "conditions_heading", st),
        *bullets(texts.fmt_list("conditions", fields), st),
    ]
    story += [subheading(texts, "reply_heading", st), *paragraphs(texts, "reply", fields, st)]
    story += closing(texts, fields, st)
    return story


def invitation(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(b) Invitasjon til samtale om kjøp av bolig."""
    story: list[Flowable] = [Paragraph(texts.fmt("heading", fields), st.heading)]
    story += paragraphs(texts, "intro", fields, st)
    story += [subheading(texts, "estimate_heading", st), *paragraphs(texts, "estimate", fields, st)]
    story.append(
        figure_table(
            [
                (texts.label("label_price"), fields["price"], ""),
                (texts.label("label_loans_total"), fields["loans_total"], ""),
                (
                    texts.label("label_monthly_cost_after_tax"),
                    fields["monthly_cost_after_tax"],
                    "total",
                ),
                (texts.label("label_rent_today"), fields["rent_today"], "head"),
            ],
            st,
        )
    )
    story += [subheading(texts, "meeting_heading", st), *paragraphs(texts, "meeting", fields, st)]
    story += bullets(texts.fmt_list("bring", fields), st)
    story += [subheading(texts, "reply_heading", st), *paragraphs(texts, "reply", fields, st)]
    story += closing(texts, fields, st, attachments=request.with_appendix)
    return story


def _reasons(request: LetterRequest, texts: Texts, fields: Mapping[str, str]) -> list[str]:
    """The decision's reasons and, for a refusal, what would make the case work."""
    a = request.assessment
    out = texts.fmt_list("reasons_facts", fields)
    if a.verdict == "not_eligible":
        for reason in a.reasons:
            key = "reason_" + reason.code
            if key in texts:
                out.append(texts.fmt(key, fields))
    return out


def suggestion_fields(
    term_years: int, grant: int, monthly_saving: int, months: int
) -> dict[str, str]:
    """The extra fields of a ``suggestion_*`` text."""
    return {
        "s_term_years": str(term_years),
        "s_grant": kr(grant),
        "s_monthly_saving": kr(monthly_saving),
        "s_months": str(months),
    }


def _suggestions(request: LetterRequest, texts: Texts, fields: Mapping[str, str]) -> list[str]:
    out = []
    for s in request.assessment.suggestions:
        key = "suggestion_" + s.code + ("_term" if s.code == "grant" and s.term_years else "")
        if key in texts:
            values = suggestion_fields(s.term_years, s.grant, s.monthly_saving, s.months)
            out.append(texts.raw(key).format_map({**fields, **values}))
    return out


def preassessment(
    request: LetterRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(c) Forhåndsvurdering av startlån: an individual decision with reasons and appeal."""
    a = request.assessment
    positive = a.verdict != "not_eligible"
    suggestions = [] if positive else _suggestions(request, texts, fields)
    # a refusal promises what could help later only when it prints suggestions
    decision = "decision_yes" if positive else "decision_no" if suggestions else "decision_no_plain"
    story: list[Flowable] = [Paragraph(texts.fmt("heading", fields), st.heading)]
    story += [subheading(texts, "decision_heading", st)]
    story += paragraphs(texts, decision, fields, st)
    if positive and a.plan.grant:
        story += paragraphs(texts, "decision_grant", fields, st)
    if positive:
        story += _financing(request, texts, fields, st)
        story += _monthly(request, texts, fields, st)
        story += _terms(request, texts, fields, st)
        story += [
            subheading(texts, "conditions_heading", st),
            *bullets(texts.fmt_list("conditions", fields), st),
        ]
    story += [
        subheading(texts, "reasons_heading", st),
        *paragraphs(texts, "reasons_rules", fields, st),
    ]
    story += bullets(_reasons(request, texts, fields), st)
    if a.scenario.household.children:
        story += paragraphs(texts, "reasons_children", fields, st)
    if suggestions:
        story += [subheading(texts, "suggestions_heading", st), *bullets(suggestions, st)]
    if positive:
        story += paragraphs(texts, "advice", fields, st)
    story += [
        subheading(texts, "reply_heading", st),
        *paragraphs(texts, "reply_yes" if positive else "reply_no", fields, st),
    ]
    story += [subheading(texts, "appeal_heading", st), *paragraphs(texts, "appeal", fields, st)]
    story += closing(texts, fields, st, decision=True)
    return story


BODIES = {"offer": offer, "invitation": invitation, "preassessment": preassessment}
