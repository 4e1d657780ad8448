"""The detail pane's text for a household: members, incomes, debts, unit, rent, cases, documents."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from ..domain.categories import CATEGORY_LABELS_NB
from ..domain.identity import mask
from ..domain.model import INCOME_LABELS_NB, ROLE_LABELS_NB
from ..domain.output import VERDICT_LABELS_NB
from ..domain.register import CASE_STATE_LABELS_NB
from ..services.ui_support import HouseholdDetail
from . import fmt
from .domain_text import DOCUMENT_LABELS, note_text, translate

_STYLE = (
    "<style>h2{margin:0 0 4px 0;font-size:15pt} h3{margin:10px 0 2px 0;font-size:11pt;"
    "color:#1f4e79} td{padding:1px 8px 1px 0;vertical-align:top} "
    ".r{text-align:right;white-space:nowrap} .m{color:#666}</style>"
)


def _table(rows: list[list[str]], right: tuple[int, ...] = ()) -> str:
    out = ["<table>"]
    for row in rows:
        cells = "".join(
            f"<td class='r'>{c}</td>" if i in right else f"<td>{c}</td>" for i, c in enumerate(row)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return "".join(out)


def _members(detail: HouseholdDetail, today: date) -> str:
    rows = []
    for p in detail.household.members:
        incomes = ", ".join(
            f"{escape(translate(INCOME_LABELS_NB.get(i.kind, i.kind)))} "
            f"{fmt.kr(i.annual).replace(' ', '&nbsp;')}"
            for i in p.incomes
        )
        age = fmt.years(p.age_on(today)) if p.birth_date else ""
        facts = " · ".join(
            x
            for x in (
                escape(translate(ROLE_LABELS_NB.get(p.role, p.role))),
                age,
                escape(mask(p.national_id)),
            )
            if x
        )
        income = (
            incomes
            or "<span class='m'>"
            + QCoreApplication.translate("HouseholdDetail", "ingen inntekt")
            + "</span>"
        )
        # one block per member: wraps in a narrow pane instead of squeezing five columns
        rows.append(
            f"<p style='margin:2px 0 4px 0'><b>{escape(p.name)}</b> <span "
            f"class='m'>{facts}</span><br>"
            f"{income}</p>"
        )
    return (
        "<h3>"
        + QCoreApplication.translate("HouseholdDetail", "Medlemmer og inntekter")
        + "</h3>"
        + "".join(rows)
    )


def _economy(detail: HouseholdDetail) -> str:
    h = detail.household
    per_month = QCoreApplication.translate("HouseholdDetail", "{} /mnd")
    rows = [
        [
            QCoreApplication.translate("HouseholdDetail", "Skattefrie inntekter"),
            per_month.format(fmt.kr(h.tax_free_income_monthly)),
        ],
        [QCoreApplication.translate("HouseholdDetail", "Oppsparte midler"), fmt.kr(h.savings)],
        [
            QCoreApplication.translate("HouseholdDetail", "Andre faste utgifter"),
            per_month.format(fmt.kr(h.other_fixed_costs_monthly)),
        ],
    ]
    for d in h.debts:
        rows.append(
            [
                QCoreApplication.translate("HouseholdDetail", "Gjeld ({})").format(escape(d.kind)),
                f"{fmt.kr(d.balance)}, " + per_month.format(fmt.kr(d.monthly_payment)),
            ]
        )
    if h.living_costs_monthly_override is not None:
        reason = escape(h.living_costs_override_reason) or QCoreApplication.translate(
            "HouseholdDetail", "uten begrunnelse"
        )
        rows.append(
            [
                QCoreApplication.translate("HouseholdDetail", "Levekostnader (satt)"),
                per_month.format(fmt.kr(h.living_costs_monthly_override)) + f" – {reason}",
            ]
        )
    return (
        "<h3>" + QCoreApplication.translate("HouseholdDetail", "Økonomi") + "</h3>" + _table(rows)
    )


def _tenancy(detail: HouseholdDetail) -> str:
    t, u = detail.household.tenancy, detail.unit
    if t is None:
        return (
            "<h3>"
            + QCoreApplication.translate("HouseholdDetail", "Leieforhold")
            + "</h3><p class='m'>"
            + QCoreApplication.translate("HouseholdDetail", "Leier ingen kommunal bolig.")
            + "</p>"
        )
    rows = [
        [
            QCoreApplication.translate("HouseholdDetail", "Bolig"),
            escape(t.unit_id) + (f" – {escape(u.full_address)}" if u else ""),
        ],
        [
            QCoreApplication.translate("HouseholdDetail", "Husleie"),
            QCoreApplication.translate("HouseholdDetail", "{} /mnd").format(fmt.kr(t.rent_monthly)),
        ],
        [QCoreApplication.translate("HouseholdDetail", "Restanse"), fmt.kr(t.arrears)],
        [QCoreApplication.translate("HouseholdDetail", "Leid fra"), fmt.day(t.start)],
    ]
    history = detail.rent_history
    if history:
        on_time = sum(1 for p in history if p.on_time)
        late = [p.month[5:] + "." + p.month[:4] for p in history if not p.on_time]
        text = QCoreApplication.translate(
            "HouseholdDetail", "{} av {} måneder betalt i tide"
        ).format(on_time, len(history))
        if late:
            text += (
                " <span style='color:#b00020'>("
                + QCoreApplication.translate(
                    "HouseholdDetail", "for sent eller ikke betalt: {}"
                ).format(", ".join(late))
                + ")</span>"
            )
        rows.append([QCoreApplication.translate("HouseholdDetail", "Husleie siste år"), text])
    if u is not None:
        tenure = (
            QCoreApplication.translate("HouseholdDetail", "selveier")
            if u.tenure == "freehold"
            else QCoreApplication.translate("HouseholdDetail", "borettslag/aksje")
        )
        rows.append(
            [
                QCoreApplication.translate("HouseholdDetail", "Boligen"),
                QCoreApplication.translate(
                    "HouseholdDetail", "{}, takst {}, felleskost. {} /mnd"
                ).format(tenure, fmt.kr(u.valuation), fmt.kr(u.common_costs_monthly)),
            ]
        )
    return (
        "<h3>"
        + QCoreApplication.translate("HouseholdDetail", "Leieforhold")
        + "</h3>"
        + _table(rows)
    )


def _cases(detail: HouseholdDetail) -> str:
    out = ["<h3>" + QCoreApplication.translate("HouseholdDetail", "Saker") + "</h3>"]
    if not detail.cases:
        out.append(
            "<p class='m'>" + QCoreApplication.translate("HouseholdDetail", "Ingen saker.") + "</p>"
        )
    for case, events in detail.cases:
        state = escape(translate(CASE_STATE_LABELS_NB.get(case.state, case.state)))
        out.append(
            "<p><b>"
            + QCoreApplication.translate("HouseholdDetail", "Sak {}").format(case.id)
            + "</b> – "
            + QCoreApplication.translate("HouseholdDetail", "{}, åpnet {}").format(
                state, fmt.day(case.opened_on)
            )
            + "</p>"
        )
        rows = [
            [
                escape(fmt.day_text(e.at)),
                escape(translate(CASE_STATE_LABELS_NB.get(e.to_state, e.to_state))),
                escape(e.by),
                escape(note_text(e.note)),
            ]
            for e in events
        ]
        out.append(_table(rows))
    if detail.assessments:
        a = detail.assessments[0]
        verdict = escape(translate(VERDICT_LABELS_NB.get(a.verdict, a.verdict)))
        out.append(
            "<p>"
            + QCoreApplication.translate(
                "HouseholdDetail", "Siste beregning {}: <b>{}</b> ({} lagret)"
            ).format(escape(fmt.day_text(a.created_at)), verdict, len(detail.assessments))
            + "</p>"
        )
    if detail.screening is not None:
        code = detail.screening.category
        verdict = escape(
            translate(CATEGORY_LABELS_NB.get(code) or VERDICT_LABELS_NB.get(code, code))
        )
        out.append(
            "<p>"
            + QCoreApplication.translate("HouseholdDetail", "Kartlegging: {}").format(verdict)
            + "</p>"
        )
    return "".join(out)


def _documents(detail: HouseholdDetail) -> str:
    if not detail.documents:
        return (
            "<h3>"
            + QCoreApplication.translate("HouseholdDetail", "Dokumenter")
            + "</h3><p class='m'>"
            + QCoreApplication.translate("HouseholdDetail", "Ingen brev er laget.")
            + "</p>"
        )
    rows = [
        [
            escape(fmt.day_text(d.created_at)),
            escape(translate(DOCUMENT_LABELS.get(d.kind, d.kind))),
            escape(d.language),
            escape(d.path),
        ]
        for d in detail.documents
    ]
    return (
        "<h3>"
        + QCoreApplication.translate("HouseholdDetail", "Dokumenter")
        + "</h3>"
        + _table(rows)
    )


def detail_html(detail: HouseholdDetail, today: date | None = None) -> str:
    h = detail.household
    head = f"<h2>{escape(h.name)}</h2><p class='m'>" + QCoreApplication.translate(
        "HouseholdDetail", "Husstand {}"
    ).format(escape(h.external_id))
    if h.phone or h.email:
        head += f" · {escape(h.phone)} · {escape(h.email)}"
    head += "</p>"
    parts = [
        _STYLE,
        head,
        _members(detail, today or date.today()),
        _economy(detail),
        _tenancy(detail),
        _cases(detail),
        _documents(detail),
    ]
    if h.notes:
        parts.append(
            "<h3>"
            + QCoreApplication.translate("HouseholdDetail", "Notater")
            + f"</h3><p>{escape(h.notes)}</p>"
        )
    return "".join(parts)
