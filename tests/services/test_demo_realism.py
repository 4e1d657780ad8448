"""Issue 12: a demo register that earns trust (expected values worked out by hand)."""

from __future__ import annotations

import hashlib
import math
from datetime import date
from pathlib import Path

import pytest

from leietileie.services.assessment import evaluate, registered_scenario
from leietileie.services.demo import create_demo
from leietileie.services.showcase import prepare_showcase, showcase_household_id
from leietileie.services.statistics import programme_statistics
from leietileie.storage import Database

ON = date(2026, 11, 25)
#: SIFO's childcare reference, kr a month: barnehage 1st/2nd child, reduced 1st/2nd, AKS.
CHILDCARE_PRICES = (1_200, 840, 667, 466, 3_704)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    db = Database.open(folder / "demo.db")
    create_demo(db, households=400, seed=3, today=ON)
    households = [db.households.get(i) for i in db.households.id_map().values()]
    units = {u.unit_id: u for u in db.units.list(limit=10_000)}
    yield db, households, units, folder
    db.close()


def test_every_household_lives_in_a_unit_that_fits(demo):
    """One bedroom for the applicant (with a partner), one per other adult, one per two
    children; at most one bedroom to spare."""
    _, households, units, _ = demo
    for household in households:
        roles = [p.role for p in household.members]
        needed = 1 + roles.count("adult") + math.ceil(roles.count("child") / 2)
        bedrooms = units[household.tenancy.unit_id].bedrooms
        assert needed <= bedrooms <= needed + 1, (household.external_id, roles, bedrooms)
    # a couple with three children needs 1 + 2 = 3; a single person 1
    sizes = {(len(h.members), units[h.tenancy.unit_id].bedrooms) for h in households}
    assert (1, 1) in sizes and not any(b >= 3 for n, b in sizes if n == 1)


def test_ages_fit_together(demo):
    _, households, _, _ = demo
    for household in households:
        ages = {p.role: [] for p in household.members}
        for person in household.members:
            ages[person.role].append(person.age_on(ON))
        parents = ages["applicant"] + ages.get("co_applicant", [])
        if "co_applicant" in ages:
            assert abs(ages["applicant"][0] - ages["co_applicant"][0]) <= 20
        for child in ages.get("child", []) + ages.get("adult", []):
            assert any(18 <= parent - child <= 46 for parent in parents), household.external_id


def test_childcare_expenses_follow_the_sifo_prices(demo):
    _, households, _, _ = demo
    with_childcare = [h for h in households if h.other_fixed_costs_monthly]
    assert len(with_childcare) >= 20
    sums = {0.0}
    for price in CHILDCARE_PRICES:
        sums |= {s + price for s in sums} | {s + 2 * price for s in sums}
    for household in households:
        children = [p.age_on(ON) for p in household.members if p.role == "child"]
        if not any(1 <= age <= 9 for age in children):
            assert household.other_fixed_costs_monthly == 0, household.external_id
        assert household.other_fixed_costs_monthly in sums, household.other_fixed_costs_monthly
    # a household whose only child is 1–5 pays one kindergarten place: 1 200 or (reduced) 667
    single_place = [
        h.other_fixed_costs_monthly
        for h in with_childcare
        if [1 <= p.age_on(ON) <= 5 for p in h.members if p.role == "child"] == [True]
    ]
    assert single_place and set(single_place) <= {1_200, 667}


def test_existing_loans_carry_interest(demo):
    """Instalments of an annuity at the loan's rate: more is paid back than was borrowed."""
    _, households, _, _ = demo
    debts = [d for h in households for d in h.debts]
    assert {d.kind for d in debts} == {"studielån", "billån", "forbrukslån"}
    terms = {"studielån": 20, "billån": 5, "forbrukslån": 5}
    for debt in debts:
        assert debt.monthly_payment * 12 * terms[debt.kind] > debt.balance


def test_the_showcase_household_is_a_realistic_case(demo):
    db, _, _, _ = demo
    household = db.households.get(showcase_household_id(db))
    assert household.external_id == "DEMO-000000"
    roles = sorted(p.role for p in household.members)
    assert roles == ["applicant", "child", "child", "co_applicant"]
    ages = sorted(p.age_on(ON) for p in household.members)
    assert ages == [5, 9, 36, 39]
    unit = db.units.get_by_unit_id(household.tenancy.unit_id)
    assert unit.bedrooms == 2  # 1 for the couple + 1 for two children
    assert household.tenancy.arrears == 0 and (ON - household.tenancy.start).days > 5 * 365
    # kindergarten for the 5-year-old (1 200, income above 669 050) + AKS for the 9-year-old
    assert household.other_fixed_costs_monthly == 1_200 + 3_704
    # studielån 185 000 at 5.5 % over 20 years: 185 000 × 0.0068788 = 1 272.6 → 1 270
    assert [(d.kind, d.balance, d.monthly_payment) for d in household.debts] == [
        ("studielån", 185_000, 1_270)
    ]
    assert household.tax_free_income_monthly == 2 * 1_766
    assessment = evaluate(registered_scenario(db, household.id, on=ON))
    assert assessment.verdict in ("eligible", "eligible_with_grant")
    grant = assessment.to_json()["financing"]["grant"]
    assert grant <= 0.1 * unit.valuation  # a modest grant, not most of the price


@pytest.fixture(scope="module")
def showcase(tmp_path_factory):
    folder = tmp_path_factory.mktemp("showcase")
    db = Database.open(folder / "demo.db")
    create_demo(db, households=300, seed=1, today=ON)
    prepare_showcase(db, on=ON)
    yield db, folder
    db.close()


def _entered(db, state):
    return [
        case_id
        for (case_id,) in db.conn.execute(
            "SELECT DISTINCT case_id FROM case_events WHERE to_state = ?", (state,)
        )
    ]


def test_cases_at_offer_sent_have_their_letters(showcase):
    db, folder = showcase
    offered = _entered(db, "tilbud_sendt")
    assert len(offered) >= 4
    for case_id in offered:
        case = db.cases.get(case_id)
        letters = [
            d
            for d in db.documents.for_household(case.household_id)
            if d.kind == "letter_offer" and d.case_id == case_id
        ]
        assert len(letters) == 1, case_id
        path = Path(letters[0].path)
        assert path.parent == folder / "brev" and path.exists()
        assert hashlib.sha256(path.read_bytes()).hexdigest() == letters[0].sha256
        assert letters[0].assessment_id is not None


def test_statistics_add_up(showcase):
    db, _ = showcase
    (figures,) = [f for f in programme_statistics(db) if f.year == ON.year]
    assert figures.screened == 300
    run = db.screening.latest_run()
    verdicts = [r.category for r in db.screening.results(run)]
    assert figures.can_buy_now == verdicts.count("kan_kjope_na")
    assert figures.can_buy_with_grant == verdicts.count("kan_kjope_med_tilskudd")
    assert figures.invited >= figures.offers_sent >= figures.accepted >= figures.purchases >= 1
    offer_letters = [
        r
        for r in db.conn.execute(
            "SELECT id FROM documents WHERE kind = 'letter_offer' AND case_id IS NOT NULL"
        )
    ]
    assert figures.offers_sent == len(offer_letters) == len(_entered(db, "tilbud_sendt"))
    assert figures.purchases == len(_entered(db, "kjopt"))
    # startlån and grants: the purchased cases' own assessments, summed by hand here
    startlan = grants = 0.0
    for case_id in _entered(db, "kjopt"):
        (assessment_id,) = db.cases.attached_assessment_ids(case_id)
        stored = db.assessments.get(assessment_id)
        startlan += stored.result["financing"]["startlan"]
        grants += stored.result["financing"]["grant"]
    assert figures.startlan == startlan > 0
    assert figures.grants == grants
