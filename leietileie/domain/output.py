"""An assessment as JSON (scenario-format.md's output) and as a readable breakdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .living import ITEM_LABELS_NB
from .model import ROLE_LABELS_NB
from .money import format_kr, format_percent, round_kr

if TYPE_CHECKING:
    from .assess import Assessment

VERDICT_LABELS_NB = {
    "eligible": "Kan kjøpe",
    "eligible_with_grant": "Kan kjøpe med tilskudd",
    "not_eligible": "Kan ikke kjøpe nå",
}
FLOOR_LABELS_NB = {
    "single": "Enslig",
    "couple": "Par",
    "sharing": "Andre voksne (bofellesskap)",
    "children": "Barn",
}


def assessment_json(a: Assessment) -> dict[str, object]:
    b, p = a.budget, a.plan
    return {
        "year": a.scenario.year,
        "rules": a.rules.name,
        "gross_income_annual": round_kr(b.gross_income_annual),
        "tax_annual": round_kr(b.tax_annual),
        "tax_by_member": [{"role": t.role, "tax_annual": t.total} for t in b.member_taxes],
        "net_income_monthly": round_kr(b.net_income_monthly),
        "living_costs_monthly": round_kr(b.living_costs_monthly),
        "living_costs_sifo_monthly": round_kr(b.living_costs_sifo_monthly),
        "living_costs_floor_monthly": round_kr(b.living_costs_floor_monthly),
        "fixed_obligations_monthly": round_kr(b.fixed_obligations_monthly),
        "housing_running_costs_monthly": round_kr(b.housing_running_costs_monthly),
        "available_for_housing_monthly": round_kr(b.available_for_housing_monthly),
        "available_for_loans_monthly": round_kr(b.available_for_loans_monthly),
        "stress_rate": round(a.stress_rate, 6),
        "bank_stress_rate": round(a.bank_stress_rate, 6),
        "max_total_loan": a.max_total_loan,
        "purchase_costs": p.purchase_costs,
        "financing": {
            "equity": p.equity,
            "bank_loan": p.bank_loan,
            "startlan": p.startlan,
            "grant": p.grant,
        },
        "grant_needed": a.grant_needed,
        "monthly_payment": a.monthly_payment,
        "monthly_payment_bank": a.monthly_payment_bank,
        "monthly_payment_startlan": a.monthly_payment_startlan,
        "monthly_fees": a.monthly_fees,
        "monthly_cost_owning": a.monthly_cost_owning,
        "rentefradrag_monthly": a.rentefradrag_monthly,
        "monthly_cost_owning_after_tax": a.monthly_cost_owning_after_tax,
        "monthly_cost_renting": a.monthly_cost_renting,
        "surplus_monthly": round_kr(a.surplus_monthly),
        "bostotte_estimate_renting_monthly": round_kr(a.bostotte_renting.monthly),
        "bostotte_estimate_owning_monthly": round_kr(a.bostotte_owning.monthly),
        "establishment_fee": round_kr(a.rules.fees.establishment_fee) if p.startlan > 0 else 0,
        "checks": [
            {"code": c.code, "label": c.label, "passed": c.passed, "value": round(c.value, 4), "limit": round(c.limit, 4), "detail": c.detail}
            for c in a.checks
        ],
        "verdict": a.verdict,
        "reasons": [r.to_json() for r in a.reasons],
        "suggestions": [s.to_json() for s in a.suggestions],
        "warnings": list(a.warnings),
    }


def _line(label: str, amount: float, width: int = 46) -> str:
    return f"  {label:<{width}}{format_kr(amount):>16}"


def explain(a: Assessment) -> str:
    """A breakdown a caseworker can follow, in Norwegian, with every figure traced."""
    b, p, f = a.budget, a.plan, a.scenario.financing
    out = [f"Beregning for inntektsåret {a.scenario.year} (regelsett {a.rules.name})", "", "Inntekt og skatt (per år)"]
    out.append(_line("Brutto skattepliktig inntekt", b.gross_income_annual))
    for t in b.member_taxes:
        role = ROLE_LABELS_NB.get(t.role, t.role)
        out.append(_line(f"Skatt {role.lower()} (trygdeavg. {format_kr(t.tax.trygdeavgift)}, trinnskatt {format_kr(t.tax.trinnskatt)})", t.total, 46))
    out.append(_line("Skatt i alt", b.tax_annual))
    out += ["", "Budsjett (per måned)"]
    out.append(_line("Netto inntekt etter skatt", b.net_income_monthly - b.tax_free_income_monthly))
    out.append(_line("Skattefrie inntekter (barnetrygd o.l.)", b.tax_free_income_monthly))
    out.append(_line("= Netto inntekt", b.net_income_monthly))
    for item, amount in b.sifo.lines().items():
        if amount:
            out.append(_line(f"   SIFO: {ITEM_LABELS_NB[item]}", amount))
    out.append(_line("SIFO referansebudsjett", b.living_costs_sifo_monthly))
    for key, amount in b.floor_lines.items():
        out.append(_line(f"   Sosialhjelpsnorm: {FLOOR_LABELS_NB[key]}", amount))
    out.append(_line("Sosialhjelpsnorm (nedre grense)", b.living_costs_floor_monthly))
    source = "saksbehandlers tall" if b.living_costs_overridden else "høyeste av SIFO og normen"
    out.append(_line(f"− Levekostnader ({source})", b.living_costs_monthly))
    out.append(_line("− Faste forpliktelser (gjeld, barnehage o.l.)", b.fixed_obligations_monthly))
    out.append(_line("= Tilgjengelig til bolig", b.available_for_housing_monthly))
    out.append(_line("− Bokostnader (felleskost. og drift)", b.housing_running_costs_monthly))
    out.append(_line("= Tilgjengelig til lån", b.available_for_loans_monthly))
    out += ["", "Betjeningsevne"]
    out.append(f"  Kalkulasjonsrente startlån {format_percent(a.stress_rate)} (styringsrente {format_percent(f.policy_rate)} + påslag), {f.term_years} år, {'annuitet' if f.repayment == 'annuity' else 'serie'}")
    out.append(_line("Største samlede lån budsjettet bærer", a.max_total_loan))
    for c in a.checks:
        out.append(f"  [{'OK' if c.passed else 'IKKE OK'}] {c.label}: {c.detail}")
    out += ["", "Finansieringsplan"]
    out.append(_line("Kjøpesum", p.price))
    out.append(_line(f"Omkostninger (dokumentavgift {format_kr(p.dokumentavgift)}, {p.tinglysing_documents} tinglysinger)", p.purchase_costs, 46))
    out.append(_line("= Samlet behov", p.total_need))
    out.append(_line("Egenkapital", p.equity))
    out.append(_line("Banklån", p.bank_loan))
    out.append(_line("Startlån", p.startlan))
    out.append(_line("Tilskudd", p.grant))
    out += ["", "Månedlig kostnad"]
    out.append(_line(f"Terminbeløp første måned (inkl. gebyr {format_kr(a.monthly_fees)})", a.monthly_payment))
    out.append(_line("Eie: terminbeløp + bokostnader", a.monthly_cost_owning))
    out.append(_line("Eie etter rentefradrag", a.monthly_cost_owning_after_tax))
    out.append(_line("Leie i dag", a.monthly_cost_renting))
    out.append(_line("Bostøtte som leier (anslag)", a.bostotte_renting.monthly))
    out.append(_line("Bostøtte som eier (anslag)", a.bostotte_owning.monthly))
    out += ["", f"Konklusjon: {VERDICT_LABELS_NB[a.verdict]}"]
    out += [f"  – {r.text}" for r in a.reasons]
    if a.suggestions:
        out.append("Dette kan få saken til å gå:")
        out += [f"  – {s.text}" for s in a.suggestions]
    if a.warnings:
        out.append("Merk:")
        out += [f"  – {w}" for w in a.warnings]
    return "\n".join(out)
