"""The appendix "Beregningsgrunnlag": every input, assumption, rule and figure behind the letter.

An appeal body or the tenant can follow each number from the inputs to the verdict: the
household, the dwelling and the financing assumptions; the rule year and its sources; the
monthly budget; the checks with their figures; the first years of the repayment schedule.
"""

from __future__ import annotations

from collections.abc import Mapping

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Table,
    TableStyle,
)

from ..domain.assess import Assessment
from ..domain.financing import Check
from ..domain.money import round_kr, round_parts
from .blocks import cell, grid_table, plain_style
from .fields import SCHEDULE_YEARS
from .formatting import kr, percent, safe
from .page import BODY_WIDTH
from .styles import RULE, Styles
from .texts import Texts


def _label(texts: Texts, prefix: str, key: str) -> str:
    full = prefix + key
    return texts.label(full) if full in texts else safe(key)


def _pairs(rows: list[tuple[str, str]], st: Styles) -> Flowable:
    """Two label/value pairs per line, to keep the appendix short."""
    half = (len(rows) + 1) // 2
    left, right = rows[:half], rows[half:] + [("", "")] * (2 * half - len(rows))
    data = [[a, b, c, d] for (a, b), (c, d) in zip(left, right, strict=True)]
    return _pair_table(data, st, BODY_WIDTH / 2)


def _pair_table(data: list[list[str]], st: Styles, w: float) -> Flowable:
    widths = [w * 0.64, w * 0.36, w * 0.64, w * 0.36]
    cells = [
        [
            cell(v, st.cell if i % 2 == 0 else st.cell_right, widths[i] - 8)
            for i, v in enumerate(row)
        ]
        for row in data
    ]
    table = Table(cells, colWidths=widths, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            plain_style(st, [])
            + [
                ("ALIGN", (2, 0), (2, -1), "LEFT"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (2, 0), (2, -1), 12),
                ("TOPPADDING", (0, 0), (-1, -1), 1.4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.4),
            ]
        )
    )
    return table


def _household(a: Assessment, texts: Texts, st: Styles) -> list[Flowable]:
    h = a.scenario.household
    rows = []
    for m in h.members:
        incomes = (
            ", ".join(f"{_label(texts, 'income_', i.kind)} {kr(i.annual)}" for i in m.incomes)
            or "\u2013"
        )
        rows.append([_label(texts, "role_", m.role), str(m.age), incomes])
    head = [texts.label("a_member"), texts.label("a_age"), texts.label("a_income_annual")]
    out: list[Flowable] = [
        grid_table(head, rows, st, [BODY_WIDTH * 0.25, BODY_WIDTH * 0.1, BODY_WIDTH * 0.65])
    ]
    pairs = [
        (texts.label("a_tax_free"), kr(h.tax_free_income_monthly)),
        (texts.label("a_savings"), kr(h.savings)),
        (texts.label("a_other_fixed"), kr(h.other_fixed_costs_monthly)),
        (texts.label("a_car"), _label(texts, "car_", h.car)),
        (texts.label("a_rent"), kr(h.current_rent_monthly)),
        (texts.label("a_persons"), str(h.size)),
    ]
    for d in h.debts:
        pairs.append(
            (
                f"{texts.label('a_debt')}: {_label(texts, 'debt_', d.kind)}",
                f"{kr(d.balance)} / {kr(d.monthly_payment)}",
            )
        )
    out.append(_pairs(pairs, st))
    if h.living_costs_monthly_override is not None:
        reason = safe(h.living_costs_override_reason) or "\u2013"
        out.append(
            Paragraph(
                f"{texts.label('a_override')}: {kr(h.living_costs_monthly_override)} ({reason})",
                st.appendix_body,
            )
        )
    return out


def _assumptions(a: Assessment, texts: Texts, st: Styles, lang: str) -> Flowable:
    d, f = a.scenario.dwelling, a.scenario.financing
    pairs = [
        (texts.label("label_price"), kr(d.price)),
        (texts.label("label_tenure"), texts.label("tenure_" + d.tenure)),
        (texts.label("a_common_costs"), kr(d.common_costs_monthly)),
        (texts.label("a_other_running"), kr(d.other_running_costs_monthly)),
        (texts.label("a_shared_debt"), kr(d.shared_debt)),
        (texts.label("a_mode"), texts.label("mode_" + f.mode)),
        (texts.label("a_term"), f"{f.term_years} {texts.label('years')}"),
        (texts.label("a_repayment"), texts.label("repayment_" + f.repayment)),
        (texts.label("a_interest_only"), f"{f.interest_only_years} {texts.label('years')}"),
        (texts.label("a_startlan_rate"), percent(f.startlan_rate, lang, 3)),
        (texts.label("a_bank_rate"), percent(f.bank_rate, lang)),
        (texts.label("a_policy_rate"), percent(f.policy_rate, lang)),
        (texts.label("a_stress_rate"), percent(a.stress_rate, lang)),
        (texts.label("a_bank_stress_rate"), percent(a.bank_stress_rate, lang)),
        (texts.label("a_grant_max"), kr(f.grant_max)),
    ]
    if a.establishment_fee or f.instalment_fee:  # the municipality's own fees, if any (policy)
        pairs.append((texts.label("a_fees"), f"{kr(a.establishment_fee)} / {kr(f.instalment_fee)}"))
    return _pairs(pairs, st)


def _budget(a: Assessment, texts: Texts, st: Styles) -> Flowable:
    """The budget on the left, the SIFO reference budget's lines on the right."""
    b = a.budget
    shown = b.shown()  # rounded so that the lines add up to the totals
    left = [
        (texts.label("a_gross_income"), kr(b.gross_income_annual)),
        (texts.label("a_tax"), kr(b.tax_shown)),
        (texts.label("a_net_income"), kr(shown["net_income_monthly"])),
        (texts.label("a_living_costs"), "\u2212\u00a0" + kr(shown["living_costs_monthly"])),
        (texts.label("a_fixed"), "\u2212\u00a0" + kr(shown["fixed_obligations_monthly"])),
        (texts.label("a_available_housing"), kr(shown["available_for_housing_monthly"])),
        (texts.label("a_running"), "\u2212\u00a0" + kr(shown["housing_running_costs_monthly"])),
        (texts.label("a_available_loans"), kr(shown["available_for_loans_monthly"])),
        (texts.label("a_max_loan"), kr(a.max_total_loan)),
        (texts.label("a_floor_total"), kr(b.living_costs_floor_monthly)),
    ]
    lines = {item: v for item, v in b.sifo.lines().items() if v}
    sifo_total = round_kr(b.living_costs_sifo_monthly)
    right = [
        (_label(texts, "sifo_", item), kr(v))
        for item, v in zip(lines, round_parts(list(lines.values()), sifo_total), strict=True)
    ]
    right.append((texts.label("a_sifo_total"), kr(sifo_total)))
    rows = max(len(left), len(right))
    left += [("", "")] * (rows - len(left))
    right = [("", "")] * (rows - len(right)) + right
    data = [[a1, b1, a2, b2] for (a1, b1), (a2, b2) in zip(left, right, strict=True)]
    return _pair_table(data, st, BODY_WIDTH / 2)


def _check_value(check: Check, lang: str) -> tuple[str, str]:
    if check.code == "bank_ltv":
        return percent(check.value, lang, 1), percent(check.limit, lang, 0)
    return kr(check.value), kr(check.limit)


def _checks(a: Assessment, texts: Texts, st: Styles, lang: str) -> Flowable:
    rows = []
    for c in a.checks:
        value, limit = _check_value(c, lang)
        rows.append(
            [
                _label(texts, "check_", c.code),
                value,
                limit,
                texts.label("passed" if c.passed else "failed"),
            ]
        )
    head = [
        texts.label("a_check"),
        texts.label("a_value"),
        texts.label("a_limit"),
        texts.label("a_result"),
    ]
    return grid_table(
        head, rows, st, [BODY_WIDTH * 0.46, BODY_WIDTH * 0.2, BODY_WIDTH * 0.2, BODY_WIDTH * 0.14]
    )


def _schedule(a: Assessment, texts: Texts, fields: Mapping[str, str], st: Styles) -> list[Flowable]:
    if a.plan.startlan <= 0:
        return []
    yearly = a.startlan_schedule().yearly()[:SCHEDULE_YEARS]
    rows = [
        [
            str(int(y["year"])),
            kr(y["payment"] + y["fees"]),
            kr(y["interest"]),
            kr(y["repaid"]),
            kr(y["fees"]),
            kr(y["balance"]),
        ]
        for y in yearly
    ]
    head = [
        texts.label(k)
        for k in ("a_year", "a_paid", "a_interest", "a_repaid", "a_fees_paid", "a_balance")
    ]
    w = BODY_WIDTH / 6
    return [
        Paragraph(texts.fmt("a_schedule_heading", fields), st.appendix_heading),
        grid_table(head, rows, st, [w * 0.6] + [w * 1.08] * 5),
    ]


def _sources(a: Assessment, texts: Texts, fields: Mapping[str, str], st: Styles) -> list[Flowable]:
    out: list[Flowable] = [Paragraph(texts.fmt_list("a_rules_intro", fields)[0], st.appendix_body)]
    # No hedging to the citizen: a group that is not verified in the rule file cannot be
    # printed until the municipality has confirmed it (services.letters); the letter cites.
    for name, group in a.rules.groups().items():
        out.append(
            Paragraph(
                f"<b>{_label(texts, 'group_', name)}</b>: {safe(group.source)}", st.appendix_body
            )
        )
    return out


def appendix(
    request_language: str,
    a: Assessment,
    texts: Texts,
    fields: Mapping[str, str],
    st: Styles,
    refused: bool = False,
) -> list[Flowable]:
    lang = request_language
    story: list[Flowable] = [PageBreak(), Paragraph(texts.fmt("a_title", fields), st.heading)]
    story += [Paragraph(t, st.appendix_body) for t in texts.fmt_list("a_intro", fields)]
    sections: list[tuple[str, list[Flowable]]] = [
        ("a_household_heading", _household(a, texts, st)),
        ("a_assumptions_heading", [_assumptions(a, texts, st, lang)]),
        ("a_budget_heading", [_budget(a, texts, st)]),
        ("a_checks_heading", [_checks(a, texts, st, lang)]),
    ]
    for key, flowables in sections:
        story.append(CondPageBreak(30 * mm))
        story.append(KeepTogether([Paragraph(texts.label(key), st.appendix_heading), *flowables]))
    if not refused:  # a refused loan gets no repayment plan
        story += _schedule(a, texts, fields, st)
    story.append(Paragraph(texts.label("a_sources_heading"), st.appendix_heading))
    story += _sources(a, texts, fields, st)
    return story
