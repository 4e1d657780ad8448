"""The detail pane's text for one household: members, incomes, debts, unit, rent, cases, documents."""

from __future__ import annotations

from datetime import date
from html import escape

from ..domain.identity import mask
from ..domain.model import INCOME_LABELS_NB, ROLE_LABELS_NB
from ..domain.output import VERDICT_LABELS_NB
from ..domain.register import CASE_STATE_LABELS_NB
from ..services.ui_support import HouseholdDetail
from . import fmt

_STYLE = (
    "<style>h2{margin:0 0 4px 0;font-size:15pt} h3{margin:10px 0 2px 0;font-size:11pt;"
    "color:#1f4e79} td{padding:1px 8px 1px 0;white-space:nowrap} .r{text-align:right} .m{color:#666}</style>"
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
            f"{escape(INCOME_LABELS_NB.get(i.kind, i.kind))} {fmt.kr(i.annual)}" for i in p.incomes
        )
        age = f"{p.age_on(today)} år" if p.birth_date else ""
        rows.append([escape(p.name), ROLE_LABELS_NB.get(p.role, p.role), age,
                     escape(mask(p.national_id)), incomes or "<span class='m'>ingen inntekt</span>"])  # fmt: skip
    return "<h3>Medlemmer og inntekter</h3>" + _table(rows)


def _economy(detail: HouseholdDetail) -> str:
    h = detail.household
    rows = [
        ["Skattefrie inntekter", fmt.kr(h.tax_free_income_monthly) + " /mnd"],
        ["Oppsparte midler", fmt.kr(h.savings)],
        ["Andre faste utgifter", fmt.kr(h.other_fixed_costs_monthly) + " /mnd"],
    ]
    for d in h.debts:
        rows.append([f"Gjeld ({escape(d.kind)})", f"{fmt.kr(d.balance)}, {fmt.kr(d.monthly_payment)} /mnd"])
    if h.living_costs_monthly_override is not None:
        reason = escape(h.living_costs_override_reason) or "uten begrunnelse"
        rows.append(["Levekostnader (satt)", f"{fmt.kr(h.living_costs_monthly_override)} /mnd – {reason}"])
    return "<h3>Økonomi</h3>" + _table(rows)


def _tenancy(detail: HouseholdDetail) -> str:
    t, u = detail.household.tenancy, detail.unit
    if t is None:
        return "<h3>Leieforhold</h3><p class='m'>Leier ingen kommunal bolig.</p>"
    rows = [["Bolig", escape(t.unit_id) + (f" – {escape(u.full_address)}" if u else "")],
            ["Husleie", fmt.kr(t.rent_monthly) + " /mnd"],
            ["Restanse", fmt.kr(t.arrears)],
            ["Leid fra", fmt.day(t.start)]]  # fmt: skip
    history = detail.rent_history
    if history:
        on_time = sum(1 for p in history if p.on_time)
        late = [p.month[5:] + "." + p.month[:4] for p in history if not p.on_time]
        text = f"{on_time} av {len(history)} måneder betalt i tide"
        if late:
            text += f" <span style='color:#b00020'>(for sent eller ikke betalt: {', '.join(late)})</span>"
        rows.append(["Husleie siste år", text])
    if u is not None:
        tenure = "selveier" if u.tenure == "freehold" else "borettslag/aksje"
        rows.append(["Boligen", f"{tenure}, takst {fmt.kr(u.valuation)}, "
                     f"felleskost. {fmt.kr(u.common_costs_monthly)} /mnd"])  # fmt: skip
    return "<h3>Leieforhold</h3>" + _table(rows)


def _cases(detail: HouseholdDetail) -> str:
    out = ["<h3>Saker</h3>"]
    if not detail.cases:
        out.append("<p class='m'>Ingen saker.</p>")
    for case, events in detail.cases:
        state = CASE_STATE_LABELS_NB.get(case.state, case.state)
        out.append(f"<p><b>Sak {case.id}</b> – {state}, åpnet {fmt.day(case.opened_on)}</p>")
        rows = [[escape(e.at[:10]), CASE_STATE_LABELS_NB.get(e.to_state, e.to_state),
                 escape(e.by), escape(e.note)] for e in events]  # fmt: skip
        out.append(_table(rows))
    if detail.assessments:
        a = detail.assessments[0]
        verdict = VERDICT_LABELS_NB.get(a.verdict, a.verdict)
        out.append(f"<p>Siste beregning {escape(a.created_at[:10])}: <b>{verdict}</b> "
                   f"({len(detail.assessments)} lagret)</p>")  # fmt: skip
    if detail.screening is not None:
        verdict = VERDICT_LABELS_NB.get(detail.screening.verdict, detail.screening.verdict)
        out.append(f"<p>Kartlegging: {verdict}</p>")
    return "".join(out)


def _documents(detail: HouseholdDetail) -> str:
    if not detail.documents:
        return "<h3>Dokumenter</h3><p class='m'>Ingen brev er laget.</p>"
    rows = [[escape(d.created_at[:10]), escape(d.kind), escape(d.language), escape(d.path)]
            for d in detail.documents]  # fmt: skip
    return "<h3>Dokumenter</h3>" + _table(rows)


def detail_html(detail: HouseholdDetail, today: date | None = None) -> str:
    h = detail.household
    head = f"<h2>{escape(h.name)}</h2><p class='m'>Husstand {escape(h.external_id)}"
    if h.phone or h.email:
        head += f" · {escape(h.phone)} · {escape(h.email)}"
    head += "</p>"
    parts = [_STYLE, head, _members(detail, today or date.today()), _economy(detail),
             _tenancy(detail), _cases(detail), _documents(detail)]  # fmt: skip
    if h.notes:
        parts.append(f"<h3>Notater</h3><p>{escape(h.notes)}</p>")
    return "".join(parts)
