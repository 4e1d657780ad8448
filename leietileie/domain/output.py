"""An assessment as JSON (scenario-format.md's output) and as a readable breakdown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .living import ITEM_LABELS_NB
from .model import ROLE_LABELS_NB
from .money import format_kr, format_percent, round_kr, round_parts

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
    shown = b.shown()
    return {
        "year": a.scenario.year,
        "rules": a.rules.name,
        "gross_income_annual": round_kr(b.gross_income_annual),
        "tax_annual": b.tax_shown,
        "tax_by_member": [{"role": t.role, "tax_annual": t.total} for t in b.member_taxes],
        "net_income_monthly": shown["net_income_monthly"],
        "living_costs_monthly": shown["living_costs_monthly"],
        "living_costs_sifo_monthly": round_kr(b.living_costs_sifo_monthly),
        "living_costs_floor_monthly": round_kr(b.living_costs_floor_monthly),
        "fixed_obligations_monthly": shown["fixed_obligations_monthly"],
        "housing_running_costs_monthly": shown["housing_running_costs_monthly"],
        "available_for_housing_monthly": shown["available_for_housing_monthly"],
        "available_for_loans_monthly": shown["available_for_loans_monthly"],
        "policy_rate": round(a.policy_rate, 6),
        "policy_rate_source": "override" if a.policy_rate_overridden else "rules",
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
        "establishment_fee": a.establishment_fee,
        "bank_alone_sufficient": a.bank_alone_sufficient,
        "checks": [
            {
                "code": c.code,
                "label": c.label,
                "passed": c.passed,
                "value": round(c.value, 4),
                "limit": round(c.limit, 4),
                "detail": c.detail,
                "detail_code": c.message.to_json(),
            }
            for c in a.checks
        ],
        "verdict": a.verdict,
        "reasons": [r.to_json() for r in a.reasons],
        "suggestions": [s.to_json() for s in a.suggestions],
        "warnings": [w.text() for w in a.warnings],
        "warning_codes": [w.to_json() for w in a.warnings],
    }


def _line(label: str, amount: float, width: int = 46) -> str:
    return f"  {label:<{width}}{format_kr(amount):>16}"


def explain(a: Assessment) -> str:
    """A breakdown a caseworker can follow, in Norwegian, with every figure traced."""
    b, p, f = a.budget, a.plan, a.scenario.financing
    shown = b.shown()
    out = [
        f"Beregning for inntektsåret {a.scenario.year} (regelsett {a.rules.name})",
        "",
        "Inntekt og skatt (per år)",
    ]
    out.append(_line("Brutto skattepliktig inntekt", b.gross_income_annual))
    for t in b.member_taxes:
        role = ROLE_LABELS_NB.get(t.role, t.role)
        extra = (
            f", pensjonsfradrag {format_kr(t.tax.pension_credit)}" if t.tax.pension_credit else ""
        )
        out.append(
            _line(
                f"Skatt {role.lower()} (trygdeavg. {format_kr(t.tax.trygdeavgift)}, trinnskatt "
                f"{format_kr(t.tax.trinnskatt)}{extra})",
                t.total,
                46,
            )
        )
    out.append(_line("Skatt i alt", b.tax_shown))
    out += ["", "Budsjett (per måned)"]
    out.append(_line("Netto inntekt etter skatt", shown["after_tax_income_monthly"]))
    out.append(_line("Skattefrie inntekter (barnetrygd o.l.)", shown["tax_free_income_monthly"]))
    out.append(_line("= Netto inntekt", shown["net_income_monthly"]))
    sifo_lines = {k: v for k, v in b.sifo.lines().items() if v}
    sifo_total = round_kr(b.living_costs_sifo_monthly)
    for item, amount in zip(
        sifo_lines, round_parts(list(sifo_lines.values()), sifo_total), strict=True
    ):
        out.append(_line(f"   SIFO: {ITEM_LABELS_NB[item]}", amount))
    out.append(_line("SIFO referansebudsjett", sifo_total))
    floor_total = round_kr(b.living_costs_floor_monthly)
    for key, amount in zip(
        b.floor_lines, round_parts(list(b.floor_lines.values()), floor_total), strict=True
    ):
        out.append(_line(f"   Sosialhjelpsnorm: {FLOOR_LABELS_NB[key]}", amount))
    out.append(_line("Sosialhjelpsnorm (nedre grense)", floor_total))
    source = "saksbehandlers tall" if b.living_costs_overridden else "høyeste av SIFO og normen"
    out.append(_line(f"− Levekostnader ({source})", shown["living_costs_monthly"]))
    out.append(
        _line("− Faste forpliktelser (gjeld, barnehage o.l.)", shown["fixed_obligations_monthly"])
    )
    out.append(_line("= Tilgjengelig til bolig", shown["available_for_housing_monthly"]))
    out.append(
        _line("− Bokostnader (felleskost. og drift)", shown["housing_running_costs_monthly"])
    )
    out.append(_line("= Tilgjengelig til lån", shown["available_for_loans_monthly"]))
    out += ["", "Betjeningsevne"]
    origin = "satt av saksbehandler" if a.policy_rate_overridden else f"regelsett {a.rules.name}"
    out.append(
        f"  Kalkulasjonsrente startlån {format_percent(a.stress_rate)} (styringsrente "
        f"{format_percent(a.policy_rate)}, {origin}, + påslag), {f.term_years} år, "
        f"{'annuitet' if f.repayment == 'annuity' else 'serie'}"
    )
    if f.interest_only_years:
        out.append(
            f"  Avdragsfritt i {f.interest_only_years} år: lånet må betjenes over de "
            f"{f.term_years - f.interest_only_years} årene etter"
        )
    out.append(_line("Største samlede lån budsjettet bærer", a.max_total_loan))
    for c in a.checks:
        out.append(f"  [{'OK' if c.passed else 'IKKE OK'}] {c.label}: {c.detail}")
    out += ["", "Finansieringsplan"]
    out.append(_line("Kjøpesum", p.price))
    out.append(
        _line(
            f"Omkostninger (dokumentavgift {format_kr(p.dokumentavgift)}, {p.tinglysing_documents} "
            "tinglysinger)",
            p.purchase_costs,
            46,
        )
    )
    out.append(_line("= Samlet behov", p.total_need))
    out.append(_line("Egenkapital", p.equity))
    out.append(_line("Banklån", p.bank_loan))
    out.append(_line("Startlån", p.startlan))
    out.append(_line("Tilskudd", p.grant))
    out.append(
        f"  Banken alene kan finansiere kjøpet: {'ja' if a.bank_alone_sufficient else 'nei'}"
    )
    out += ["", "Månedlig kostnad"]
    fee_text = f" (inkl. kommunens gebyr {format_kr(a.monthly_fees)})" if a.monthly_fees else ""
    out.append(_line(f"Terminbeløp første måned{fee_text}", a.monthly_payment))
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
        out += [f"  – {w.text()}" for w in a.warnings]
    return "\n".join(out)
