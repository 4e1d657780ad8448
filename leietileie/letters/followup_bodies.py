"""The bodies of the six follow-up letters (``followup.py``): pathway and rent arrears."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    HRFlowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from ..domain.legal import SOURCES
from .blocks import Row, bullets, closing, figure_table, grid_table, paragraphs, subheading
from .formatting import kr, safe
from .page import BODY_WIDTH
from .styles import INK, RULE, Styles
from .texts import Texts

if TYPE_CHECKING:
    from .followup import FollowupRequest

Body = Callable[["FollowupRequest", Texts, Mapping[str, str], Styles], list[Flowable]]

#: What a payment agreement cites for the consequences of breaking it (``domain.legal``).
AGREEMENT_LEGAL = (
    "husleieloven_9_9",
    "husleieloven_9_5",
    "husleieloven_9_7",
    "husleieloven_9_11",
    "tvangsfullbyrdelsesloven_4_18",
    "tvangsfullbyrdelsesloven_13_2",
    "tvangsfullbyrdelsesloven_13_6",
)


def legal_items(codes: Sequence[str], language: str) -> list[str]:
    """One bullet per source: «<b>husleieloven § 9-9</b> (heading): summary»."""
    out = []
    for code in codes:
        s = SOURCES[code]
        title = s.title.get(language, "")
        head = f"<b>{safe(s.cite(language))}</b>" + (f" ({safe(title)})" if title else "")
        out.append(f"{head}: {safe(s.summary.get(language, s.summary['nb']))}")
    return out


def _start(texts: Texts, fields: Mapping[str, str], st: Styles) -> list[Flowable]:
    return [
        Paragraph(texts.fmt("heading", fields), st.heading),
        *paragraphs(texts, "intro", fields, st),
    ]


def _section(
    texts: Texts, heading: str, key: str, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    return [subheading(texts, heading, st), *paragraphs(texts, key, fields, st)]


def _rows(
    texts: Texts, fields: Mapping[str, str], keys: Sequence[tuple[str, str, str]]
) -> list[Row]:
    """(label key, field, emphasis) -> table rows; a row whose field is empty is left out."""
    return [
        (texts.label(label), fields[name], emph) for label, name, emph in keys if fields.get(name)
    ]


def _signatures(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """Place/date and signature lines: the municipality left, each applicant right."""
    names = list(request.applicants) or [request.recipient_name]

    def lines() -> list[Flowable]:
        rule = HRFlowable(width="92%", thickness=0.5, color=INK, hAlign="LEFT", spaceAfter=1)
        return [
            Spacer(1, 11 * mm),
            rule,
            Paragraph(texts.label("sign_place_date"), st.small),
            Spacer(1, 11 * mm),
            HRFlowable(width="92%", thickness=0.5, color=INK, hAlign="LEFT", spaceAfter=1),
            Paragraph(texts.label("sign_signature"), st.small),
        ]

    left: list[Flowable] = [
        Paragraph(texts.fmt("sign_for_municipality", fields), st.cell_bold),
        *lines(),
        Paragraph(f"{fields['signer_name']}<br/>{fields['signer_title']}", st.cell),
    ]
    right: list[Flowable] = [Paragraph(texts.label("sign_for_tenant"), st.cell_bold)]
    for index, name in enumerate(names):
        right += [*lines(), Paragraph(safe(name), st.cell)]
        if index < len(names) - 1:
            right.append(Spacer(1, 4 * mm))
    half = BODY_WIDTH / 2
    table = Table([[left, right]], colWidths=[half, half], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ]
        )
    )
    return [
        KeepTogether(
            [
                subheading(texts, "sign_heading", st),
                *paragraphs(texts, "sign_intro", fields, st),
                table,
            ]
        )
    ]


def _privacy_only(texts: Texts, fields: Mapping[str, str], st: Styles) -> list[Flowable]:
    items = texts.fmt_list("privacy", fields)
    if fields.get("privacy_url"):
        items[-1] += " " + texts.fmt("privacy_more", fields)
    return [subheading(texts, "privacy_heading", st), *(Paragraph(t, st.body) for t in items)]


# --- Pathway ------------------------------------------------------------------------------


def rto_agreement(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(1) Leie-til-eie-avtale: parties, dwelling, figures, option, conditions, signatures."""
    story = _start(texts, fields, st)
    story += [subheading(texts, "parties_heading", st)]
    story.append(
        figure_table(
            _rows(
                texts,
                fields,
                (
                    ("label_landlord", "municipality", ""),
                    ("footer_org_nr", "org_nr", ""),
                    ("label_tenants", "applicants", ""),
                    ("label_household_id", "household_id", ""),
                ),
            ),
            st,
            value_share=0.6,
        )
    )
    story += [subheading(texts, "dwelling_heading", st)]
    story.append(
        figure_table(
            _rows(
                texts,
                fields,
                (
                    ("label_unit_full_address", "unit_full_address", ""),
                    ("label_unit_id", "unit_id", ""),
                    ("label_cadastre", "cadastre", ""),
                    ("label_tenure", "tenure", ""),
                    ("label_area", "area", ""),
                ),
            ),
            st,
            value_share=0.6,
        )
    )
    story += [subheading(texts, "figures_heading", st)]
    story.append(
        KeepTogether(
            figure_table(
                _rows(
                    texts,
                    fields,
                    (
                        ("label_start_date", "start_date", ""),
                        ("label_price_year0", "price_year0", "total"),
                        ("label_valuation_year0", "valuation_year0", ""),
                        ("label_savings_year0", "savings_year0", ""),
                        ("label_monthly_saving_target", "monthly_saving_target", ""),
                        ("label_term_months", "term_months", ""),
                        ("label_planned_savings", "planned_savings_at_expiry", "total"),
                        ("label_option_expiry", "option_expiry", "head"),
                    ),
                ),
                st,
                value_share=0.4,
            )
        )
    )
    story += _section(texts, "option_heading", "option", fields, st)
    conditions = texts.fmt_list("conditions", fields)
    if fields.get("agreement_conditions"):
        conditions.append(texts.fmt("conditions_agreed", fields))
    story += [subheading(texts, "conditions_heading", st), *bullets(conditions, st)]
    story += _section(texts, "follow_up_heading", "follow_up", fields, st)
    story += bullets(texts.fmt_list("behind_rules", fields), st)
    story += paragraphs(texts, "behind_consequences", fields, st)
    story += _privacy_only(texts, fields, st)
    story += _signatures(request, texts, fields, st)
    return story


def pathway_status(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(2) Yearly status letter: actual against plan, status and reasons, next re-assessment."""
    p = request.pathway
    assert p is not None  # checked by FollowupRequest
    story = _start(texts, fields, st)
    story += [subheading(texts, "figures_heading", st)]
    rows = _rows(
        texts,
        fields,
        (
            ("label_savings_year0", "savings_year0", ""),
            ("label_monthly_saving_target", "monthly_saving_target", ""),
            ("label_last_entry", "last_entry", ""),
            ("label_expected", "expected", ""),
            ("label_actual", "actual", "total"),
        )
        + (
            (("label_shortfall", "shortfall", ""), ("label_months_behind", "months_behind", ""))
            if p.shortfall > 0  # on plan: no shortfall rows
            else ()
        ),
    )
    rows.append((texts.label("label_status"), fields["status_label"], "head"))
    story.append(KeepTogether(figure_table(rows, st, value_share=0.4)))
    story += [subheading(texts, "reasons_heading", st)]
    story += bullets([safe(m.text(request.language)) for m in p.reasons], st)
    story += paragraphs(texts, "status_" + p.code, fields, st)
    if fields.get("next_reassessment"):  # none once the agreement has ended
        story += _section(texts, "reassessment_heading", "reassessment", fields, st)
    story += closing(texts, fields, st, attachments=False)
    return story


def option_offer(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(3) The offer to buy now that the option can be exercised."""
    story = _start(texts, fields, st)
    story += [subheading(texts, "figures_heading", st)]
    story.append(
        figure_table(
            _rows(
                texts,
                fields,
                (
                    ("label_unit_full_address", "unit_full_address", ""),
                    ("label_price_year0", "price_year0", "total"),
                    ("label_current_valuation", "current_valuation", ""),
                    ("label_current_valuation_date", "current_valuation_date", ""),
                    ("label_actual", "actual", ""),
                    ("label_option_expiry", "option_expiry", "head"),
                ),
            ),
            st,
            value_share=0.45,
        )
    )
    story += _section(texts, "financing_heading", "financing", fields, st)
    story += bullets(texts.fmt_list("financing_steps", fields), st)
    story += _section(texts, "reply_heading", "reply", fields, st)
    story += closing(texts, fields, st, attachments=False)
    return story


# --- Arrears ------------------------------------------------------------------------------


def _unpaid_table(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> Flowable:
    from .followup import month_name

    rows: list[Row] = [
        (month_name(month, request.language).capitalize(), kr(amount), "")
        for month, amount in request.unpaid_months
    ]
    rows.append((texts.label("label_owed_total"), fields["owed"], "total"))
    return KeepTogether(figure_table(rows, st, value_share=0.4))


def payment_reminder(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(4) Betalingsoppfordring: amount owed, the months, how to pay, 14 days."""
    story = _start(texts, fields, st)
    story.append(_unpaid_table(request, texts, fields, st))
    story += _section(texts, "pay_heading", "pay_account" if request.account else "pay", fields, st)
    story += _section(texts, "cannot_pay_heading", "cannot_pay", fields, st)
    story += _section(texts, "if_unpaid_heading", "if_unpaid", fields, st)
    story += bullets(legal_items(("husleieloven_9_9", "inkassoloven_9"), request.language), st)
    story += closing(texts, fields, st, attachments=False)
    return story


def arrears_talk(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(5) Invitation to a talk, with NAV's economic counselling (sosialtjenesteloven § 17)."""
    story = _start(texts, fields, st)
    story.append(_unpaid_table(request, texts, fields, st))
    story += _section(
        texts, "meeting_heading", "meeting_at" if request.meeting else "meeting_call", fields, st
    )
    story += paragraphs(texts, "topics_intro", fields, st)
    story += bullets(texts.fmt_list("topics", fields), st)
    story += _section(texts, "nav_heading", "nav", fields, st)
    story += bullets(
        legal_items(("sosialtjenesteloven_17", "husleieloven_9_11"), request.language), st
    )
    story += paragraphs(texts, "bring_intro", fields, st)
    story += bullets(texts.fmt_list("bring", fields), st)
    story += closing(texts, fields, st, attachments=False)
    return story


def payment_agreement(
    request: FollowupRequest, texts: Texts, fields: Mapping[str, str], st: Styles
) -> list[Flowable]:
    """(6) Nedbetalingsavtale: the debt, the schedule, breach, legal consequences, signatures."""
    from .followup import month_name

    story = _start(texts, fields, st)
    story += [subheading(texts, "parties_heading", st)]
    story.append(
        figure_table(
            _rows(
                texts,
                fields,
                (
                    ("label_landlord", "municipality", ""),
                    ("label_tenants", "applicants", ""),
                    ("label_unit_full_address", "unit_full_address", ""),
                    ("label_owed_total", "owed", "total"),
                ),
            ),
            st,
            value_share=0.6,
        )
    )
    story += _section(texts, "schedule_heading", "schedule_intro", fields, st)
    head = [
        texts.label("label_instalment_no"),
        texts.label("label_month"),
        texts.label("label_amount"),
    ]
    rows = [
        [str(n), month_name(i.month, request.language).capitalize(), kr(i.amount)]
        for n, i in enumerate(request.instalments, start=1)
    ]
    rows.append(["", texts.label("label_total"), fields["total_amount"]])
    widths = [BODY_WIDTH * 0.12, BODY_WIDTH * 0.38, BODY_WIDTH * 0.25]
    table = grid_table(head, rows, st, widths)
    table.setStyle(TableStyle([("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.8, RULE)]))
    story += [table, Spacer(1, 3 * mm)]
    story += _section(texts, "pay_heading", "pay_account" if request.account else "pay", fields, st)
    story += _section(texts, "broken_heading", "broken", fields, st)
    story += _section(texts, "legal_heading", "legal_intro", fields, st)
    story += bullets(legal_items(AGREEMENT_LEGAL, request.language), st)
    story += paragraphs(texts, "help", fields, st)
    story += _privacy_only(texts, fields, st)
    story += _signatures(request, texts, fields, st)
    return story


FOLLOWUP_BODIES: dict[str, Body] = {
    "rto_agreement": rto_agreement,
    "pathway_status": pathway_status,
    "option_offer": option_offer,
    "payment_reminder": payment_reminder,
    "arrears_talk": arrears_talk,
    "payment_agreement": payment_agreement,
}
