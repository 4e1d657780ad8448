"""Programme statistics per year, as municipalities report the sale of rental dwellings to
Husbanken: tenants screened and their ownership potential, invited, offers sent, accepted,
purchases completed, units freed, and the startlån and grants to the municipality's tenants.

* *Screened* counts each household once per year, with the verdict of its latest run that
  year (the run's «per» date decides the year).
* *Invited*, *offers sent*, *accepted* and *purchases* count cases that entered the state in
  the year (the move's effective date).
* *Units freed* counts purchases of the unit the household rented (the purchase assessment's
  dwelling is the rented one, or no other dwelling is recorded).
* *Startlån* and *grants* are summed from the assessment on each completed purchase: the
  case's latest assessment (``assessments.case_id``), else the household's latest
  assessment made on or before the purchase date, else its latest assessment.

Follow-up (issue 14):

* *Arrears cases opened* / *closed* count arrears cases by the year of their opening / closing.
* *Payment agreements kept* count payment agreements paid as agreed (stored as kept, or judged
  kept from the rent ledger by ``domain.payment_agreement.agreement_status``), in the year of
  their last instalment.
* *Evictions prevented* count arrears cases closed as settled or on a payment agreement after a
  warning/notice or an eviction petition was logged on them, in the year they closed.
* *From agreement to purchase* counts rent-to-own agreements exercised, in the year the
  household's case reached «kjøpt» (else the year the agreement was marked exercised).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from ..exports import Column, Table
from ..storage.queries import statistics as stored

if TYPE_CHECKING:
    from ..storage.register import Register

MOVES = {
    "invitert": "invited",
    "tilbud_sendt": "offers_sent",
    "akseptert": "accepted",
    "kjopt": "purchases",
}
POTENTIAL = {
    "kan_kjope_na": "can_buy_now",
    "kan_kjope_med_tilskudd": "can_buy_with_grant",
    "kan_kjope_om_n_ar": "can_buy_in_years",
    "kan_kjope_med_banklan": "can_buy_with_bank_loan",
}


@dataclass
class YearFigures:
    year: int
    screened: int = 0
    can_buy_now: int = 0
    can_buy_with_grant: int = 0
    can_buy_in_years: int = 0
    can_buy_with_bank_loan: int = 0
    invited: int = 0
    offers_sent: int = 0
    accepted: int = 0
    purchases: int = 0
    units_freed: int = 0
    startlan: float = 0.0
    grants: float = 0.0
    arrears_opened: int = 0
    arrears_closed: int = 0
    payment_agreements_kept: int = 0
    evictions_prevented: int = 0
    agreements_to_purchase: int = 0


COLUMNS: tuple[Column, ...] = (
    Column("year", "År", "integer"),
    Column("screened", "Leietakere kartlagt", "integer"),
    Column("can_buy_now", "Kan kjøpe nå", "integer"),
    Column("can_buy_with_grant", "Kan kjøpe med tilskudd", "integer"),
    Column("can_buy_in_years", "Kan kjøpe om noen år", "integer"),
    Column("can_buy_with_bank_loan", "Kan kjøpe med banklån", "integer"),
    Column("invited", "Invitert", "integer"),
    Column("offers_sent", "Tilbud sendt", "integer"),
    Column("accepted", "Akseptert", "integer"),
    Column("purchases", "Kjøp gjennomført", "integer"),
    Column("units_freed", "Boliger frigjort", "integer"),
    Column("startlan", "Startlån", "money"),
    Column("grants", "Tilskudd", "money"),
    Column("arrears_opened", "Restansesaker åpnet", "integer"),
    Column("arrears_closed", "Restansesaker avsluttet", "integer"),
    Column("payment_agreements_kept", "Nedbetalingsavtaler overholdt", "integer"),
    Column("evictions_prevented", "Utkastelser forhindret", "integer"),
    Column("agreements_to_purchase", "Fra leie til eie-avtale til kjøp", "integer"),
)
assert [c.key for c in COLUMNS] == [f.name for f in fields(YearFigures)]


def _amounts(result: dict[str, Any]) -> tuple[float, float]:
    financing = result.get("financing") or {}
    startlan = financing.get("startlan", result.get("startlan", 0)) or 0
    grant = financing.get("grant", result.get("grant", 0)) or 0
    return float(startlan), float(grant)


def _purchase_assessment(db: Register, purchase: stored.Purchase) -> Any:
    """The case's latest assessment, else the household's latest by the purchase date."""
    if purchase.assessment_id is not None:
        found = db.assessments.get(purchase.assessment_id)
        if found is not None:
            return found
    return db.assessments.latest_by(purchase.household_id, purchase.on)


def _followup(db: Register, at: Callable[[int], YearFigures]) -> None:
    """The follow-up figures of issue 14 (see the module)."""
    from ..domain import arrears as ar
    from ..domain import payment_agreement as pa
    from .followup import escalation_rules

    today = date.today()
    rules = escalation_rules(db)
    cases = db.arrears.all_cases()
    for case in cases:
        at(case.opened_on.year).arrears_opened += 1
        if case.closed_on is not None:
            at(case.closed_on.year).arrears_closed += 1
    closed_well = [
        c for c in cases if c.closed_on is not None and c.outcome in ("settled", "agreement")
    ]
    if closed_well:
        actions = db.arrears.actions_of(sorted({c.household_id for c in closed_well}))
        for case in closed_well:
            assert case.closed_on is not None
            if any(
                a.kind in ("notice", "eviction_petition")
                and (
                    a.arrears_case_id == case.id
                    or (a.arrears_case_id is None and case.opened_on <= a.on_date <= case.closed_on)
                )
                for a in actions.get(case.household_id, [])
            ):
                at(case.closed_on.year).evictions_prevented += 1
    agreements = db.arrears.payment_agreements()
    active = sorted({p.household_id for p in agreements if p.status == "active"})
    ledgers = {
        hid: [ar.LedgerMonth(r.month, r.amount_due, r.amount_paid, r.paid_on) for r in rows]
        for hid, rows in db.arrears.ledger_of(active)
    }
    for p in agreements:
        plan = pa.schedule(p.start_month, p.monthly_amount, p.total_amount)
        status = p.status
        if status == "active":
            status = pa.agreement_status(plan, ledgers.get(p.household_id, []), today, rules)
        if status == "kept":
            at(int(plan[-1].month[:4])).payment_agreements_kept += 1
    for agreement in db.pathway.agreements(("exercised",)):
        year: int | None = None
        if agreement.case_id is not None:
            bought = [e for e in db.cases.events(agreement.case_id) if e.to_state == "kjopt"]
            if bought:
                year = int(bought[-1].at[:4])
        if year is None:
            marked = [
                e
                for e in db.audit.list("rto_agreement", agreement.id, "changed")
                if e.details.get("status") == "exercised"
            ]
            year = int(marked[0].at[:4]) if marked else agreement.option_expiry.year
        at(year).agreements_to_purchase += 1


def programme_statistics(db: Register, years: Sequence[int] = ()) -> list[YearFigures]:
    """One row per year with any screening or case activity (or the years asked for)."""
    out: dict[int, YearFigures] = defaultdict(lambda: YearFigures(0))

    def at(year: int) -> YearFigures:
        figures = out[year]
        figures.year = year
        return figures

    for screened in stored.screened_by_year(db.session):
        figures = at(screened.year)
        figures.screened += screened.count
        if screened.key in POTENTIAL:
            name = POTENTIAL[screened.key]
            setattr(figures, name, getattr(figures, name) + screened.count)
    for moved in stored.moves_by_year(db.session, tuple(MOVES)):
        setattr(at(moved.year), MOVES[moved.key], moved.count)
    for purchase in stored.purchases(db.session):
        figures = at(purchase.on.year)
        found = _purchase_assessment(db, purchase)
        if found is None or found.unit_ref is None or found.unit_ref == purchase.unit_ref:
            figures.units_freed += 1
        if found is not None:
            startlan, grant = _amounts(found.result)
            figures.startlan += startlan
            figures.grants += grant
    _followup(db, at)
    chosen = sorted(set(years) if years else set(out))
    return [out[y] if y in out else YearFigures(y) for y in chosen]


def statistics_table(db: Register, years: Sequence[int] = ()) -> Table:
    rows = [tuple(getattr(f, c.key) for c in COLUMNS) for f in programme_statistics(db, years)]
    name = ""
    try:
        name = str(db.settings.municipality().get("name") or "")
    except (AttributeError, KeyError):
        name = ""
    return Table(
        title="Salg av kommunale utleieboliger til leietakere",
        columns=list(COLUMNS),
        rows=rows,
        subtitle=name,
        generated_at=datetime.now().replace(microsecond=0),
        assumptions=[
            ("Kartlagt", "Hver husstand én gang per år, med siste kartlegging det året"),
            ("Invitert, tilbud, akseptert, kjøp", "Saker som kom til statusen i året"),
            ("Boliger frigjort", "Kjøp av boligen husstanden leide"),
            ("Startlån og tilskudd", "Fra beregningen på saken ved gjennomført kjøp"),
            ("Restansesaker", "Åpnet og avsluttet i året"),
            ("Nedbetalingsavtaler overholdt", "Betalt som avtalt, i året for siste avdrag"),
            (
                "Utkastelser forhindret",
                "Restansesaker avsluttet som gjort opp eller med nedbetalingsavtale etter varsel"
                " eller begjæring om utkastelse",
            ),
            ("Fra leie til eie-avtale til kjøp", "Avtaler der opsjonen er benyttet"),
        ],
    )


__all__ = ["COLUMNS", "YearFigures", "programme_statistics", "statistics_table"]
