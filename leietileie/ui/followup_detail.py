"""One household's follow-up as text for a detail pane (issue 14): the rent-to-own agreement
(status, expected against actual savings) and the arrears history (the facts, the actions
logged, the payment agreements month by month, the arrears cases).

Used by the Oppfølging view's detail pane and under the tenant list's household detail.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..domain.arrears import ACTION_LABELS, OUTCOME_LABELS, STEP_LABELS, TREND_LABELS
from ..domain.pathway import STATUS_LABELS
from . import fmt
from .domain_text import message_text
from .models.followup_models import (
    STATUS_COLORS,
    agreement_status_text,
    label,
    legal_text,
    payment_agreement_text,
)

_STYLE = (
    "<style>h2{margin:0 0 4px 0;font-size:15pt} h3{margin:10px 0 2px 0;font-size:11pt;"
    "color:#1f4e79} h4{margin:6px 0 2px 0;font-size:10pt} "
    "td{padding:1px 8px 1px 0;vertical-align:top} .r{text-align:right;white-space:nowrap} "
    ".m{color:#666} .bad{color:#b00020}</style>"
)

translate = QCoreApplication.translate


def _kr(value: float) -> str:
    """An amount that never breaks over two lines."""
    return fmt.kr(value).replace(" ", "&nbsp;")


def _month(month: str) -> str:
    """'2026-03' → '03.2026'."""
    return f"{month[5:7]}.{month[:4]}" if len(month) >= 7 else month


def _table(rows: list[list[str]], right: tuple[int, ...] = ()) -> str:
    out = ["<table>"]
    for row in rows:
        cells = "".join(
            f"<td class='r'>{c}</td>" if i in right else f"<td>{c}</td>" for i, c in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def _agreements(f: Any) -> str:
    pathway = list(f.pathway)
    out = ["<h3>" + translate("FollowupDetail", "Leie til eie-avtale") + "</h3>"]
    if not pathway:
        out.append("<p class='m'>" + translate("FollowupDetail", "Ingen avtale.") + "</p>")
    for agreement, status in pathway:
        head = translate("FollowupDetail", "{}: {} – {}").format(
            escape(agreement_status_text(agreement.status)),
            fmt.day(agreement.start_date),
            fmt.day(agreement.option_expiry),
        )
        out.append(f"<p><b>{head}</b></p>")
        rows = [
            [translate("FollowupDetail", "Pris år 0"), _kr(agreement.price_year0)],
            [
                translate("FollowupDetail", "Sparemål"),
                translate("FollowupDetail", "{} /mnd").format(_kr(agreement.monthly_saving_target)),
            ],
        ]
        if status.code != "ended":
            color = STATUS_COLORS.get(status.code, "#333")
            rows.append(
                [
                    translate("FollowupDetail", "Status"),
                    f"<b style='color:{color}'>{escape(label(STATUS_LABELS, status.code))}</b>",
                ]
            )
            rows.append([translate("FollowupDetail", "Forventet spart"), _kr(status.expected)])
            actual = "–" if status.actual is None else _kr(status.actual)
            rows.append([translate("FollowupDetail", "Faktisk spart"), actual])
            if status.shortfall > 0:
                rows.append(
                    [
                        translate("FollowupDetail", "Mangler"),
                        f"<span class='bad'>{_kr(status.shortfall)}</span>",
                    ]
                )
            for reason in status.reasons:
                rows.append(["", f"<span class='m'>{escape(message_text(reason))}</span>"])
        if agreement.conditions:
            rows.append([translate("FollowupDetail", "Vilkår"), escape(agreement.conditions)])
        out.append(_table(rows))
    savings = list(f.savings)
    if savings:
        shown = savings[-4:]  # the latest balances, the latest first
        out.append(
            "<p>"
            + translate("FollowupDetail", "Sparing: {}").format(
                " · ".join(f"{fmt.day(s.on_date)}&nbsp;{_kr(s.balance)}" for s in reversed(shown))
            )
            + "</p>"
        )
    return "".join(out)


def _kept(months: Any) -> str:
    marks = []
    for m in months or []:
        mark = "✓" if m.kept else "<span class='bad'>✗</span>"
        marks.append(f"{_month(m.month)}&nbsp;{mark}")
    return " · ".join(marks)


def _arrears(f: Any) -> str:
    out = ["<h3>" + translate("FollowupDetail", "Restanse") + "</h3>"]
    facts = f.facts
    if facts.owed > 0:
        rows = [
            [translate("FollowupDetail", "Skylder"), f"<b>{_kr(facts.owed)}</b>"],
            [translate("FollowupDetail", "Måneder etter"), str(facts.months_late)],
            [translate("FollowupDetail", "Trend"), escape(label(TREND_LABELS, facts.trend))],
        ]
        step = f.step
        if step.code != "none" or step.reason is not None:
            text = f"<b>{escape(label(STEP_LABELS, step.code))}</b><br><span class='m'>"
            text += escape(message_text(step.reason))
            legal = legal_text(tuple(step.legal))
            if legal:
                text += " (" + escape(legal) + ")"
            rows.append([translate("FollowupDetail", "Neste steg"), text + "</span>"])
        out.append(_table(rows))
    else:
        out.append("<p class='m'>" + translate("FollowupDetail", "Ingen restanse.") + "</p>")
    actions = list(f.actions)
    out.append("<h4>" + translate("FollowupDetail", "Tiltak") + "</h4>")
    if actions:
        for a in reversed(actions):  # the latest first
            note = f" – {escape(a.note)}" if a.note else ""
            out.append(
                f"<p style='margin:0 0 2px 0'>{fmt.day(a.on_date)} "
                f"<b>{escape(label(ACTION_LABELS, a.kind))}</b>{note} "
                f"<span class='m'>({escape(a.created_by)})</span></p>"
            )
    else:
        out.append(
            "<p class='m'>" + translate("FollowupDetail", "Ingen tiltak er logget.") + "</p>"
        )
    agreements = list(f.payment_agreements)
    out.append("<h4>" + translate("FollowupDetail", "Nedbetalingsavtaler") + "</h4>")
    if not agreements:
        out.append(
            "<p class='m'>" + translate("FollowupDetail", "Ingen nedbetalingsavtale.") + "</p>"
        )
    for view in agreements:
        agreement, months = view.record, view.kept
        out.append(
            "<p>"
            + translate("FollowupDetail", "Fra {}: {} /mnd, i alt {} ({})").format(
                _month(agreement.start_month),
                _kr(agreement.monthly_amount),
                _kr(agreement.total_amount),
                escape(payment_agreement_text(view.status or agreement.status)),
            )
            + (f"<br>{_kept(months)}" if months else "")
            + "</p>"
        )
    cases = list(f.arrears_cases)
    if cases:
        out.append("<h4>" + translate("FollowupDetail", "Restansesaker") + "</h4>")
        rows = []
        for c in cases:
            if c.closed_on is None:
                state = translate("FollowupDetail", "åpen")
            else:
                state = translate("FollowupDetail", "avsluttet {}").format(fmt.day(c.closed_on))
            outcome = label(OUTCOME_LABELS, c.outcome) if c.outcome else ""
            rows.append(
                [
                    translate("FollowupDetail", "åpnet {}").format(fmt.day(c.opened_on)),
                    state,
                    escape(outcome),
                ]
            )
        out.append(_table(rows))
    candidacy = getattr(f, "candidacy", None)
    if candidacy is not None and candidacy.reason is not None and (cases or facts.owed > 0):
        out.append(
            "<p><b>"
            + translate("FollowupDetail", "Kartlegging")
            + ":</b> "
            + escape(message_text(candidacy.reason))
            + "</p>"
        )
    return "".join(out)


def has_followup(f: Any) -> bool:
    """Whether the household has anything to follow up (an agreement, arrears, a history)."""
    return bool(
        f.agreements or f.actions or f.payment_agreements or f.arrears_cases or f.facts.owed > 0
    )


def followup_html(f: Any, on: date | None = None, heading: bool = True) -> str:
    """The household's follow-up; ``heading`` adds its name (the Oppfølging view's pane)."""
    parts = [_STYLE]
    if heading:
        parts.append(
            f"<h2>{escape(f.name)}</h2><p class='m'>"
            + translate("FollowupDetail", "Husstand {}").format(escape(f.external_id))
            + (" · " + translate("FollowupDetail", "per {}").format(fmt.day(on)) if on else "")
            + "</p>"
        )
    parts += [_agreements(f), _arrears(f)]
    return "".join(parts)


def followup_section(db: Any, household_id: int, on: date | None = None) -> str:
    """The follow-up part of the tenant list's household detail ("" when there is nothing)."""
    from ..errors import InputError
    from ..services import followup

    try:
        found = followup.household_followup(db, household_id, on or date.today())
    except InputError:  # the household is gone
        return ""
    if not has_followup(found):
        return ""
    return followup_html(found, on, heading=False)
