"""Issue 9 in the screening: every household field, the result kan_kjope_med_banklan, settings."""

import csv
import dataclasses
from datetime import date

import numpy as np
import pytest

from leietileie.cli import main
from leietileie.domain.assess import assess
from leietileie.domain.categories import CATEGORIES, CATEGORY_LABELS_NB
from leietileie.domain.model import Income, Scenario
from leietileie.domain.register import (
    Person,
    RegisteredHousehold,
    Tenancy,
    Unit,
    to_dwelling,
    to_household,
)
from leietileie.domain.vector import assess_batch
from leietileie.errors import InputError
from leietileie.rules import load_rules
from leietileie.services.demo import create_demo
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    create_demo(database, households=200, seed=3, today=ON)
    Settings(database).set_many({"grant.enabled": True, "grant.max_amount": 400_000})
    database.units.insert(
        Unit(
            "RICH-1",
            "Bankveien 1",
            "0150",
            "By",
            "freehold",
            valuation=3_000_000,
            common_costs_monthly=2_000,
            other_running_costs_monthly=1_000,
        )
    )
    database.households.insert(
        RegisteredHousehold(
            "RICH",
            (
                Person(
                    "applicant",
                    "Rik",
                    "Person",
                    birth_date=date(1980, 1, 1),
                    sex="F",
                    incomes=(Income("wage", 1_400_000),),
                ),
            ),
            tenancy=Tenancy("RICH-1", 12_000, date(2015, 1, 1)),
            savings=600_000,
        )
    )
    yield database
    database.close()


def test_a_household_the_bank_can_finance_gets_its_own_result(db):
    outcome = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=ON, year=2026))
    rich = db.households.get_by_external_id("RICH").id
    index = outcome.ids.index(rich)
    assert CATEGORIES[outcome.category[index]] == "kan_kjope_med_banklan"
    assert "bank_alone_sufficient" in outcome.reasons[index]
    assert outcome.counts()["kan_kjope_med_banklan"] >= 1
    # ranked apart: after every household of the other results
    others = outcome.rank[outcome.category != CATEGORIES.index("kan_kjope_med_banklan")]
    assert outcome.rank[index] > others.max()
    stored = {r.household_id: r for r in db.screening.results(outcome.run_id)}
    assert stored[rich].figures["bank_alone_sufficient"] is True


def test_screen_only_kan_kjope_med_banklan(db, tmp_path, capsys):
    path = db.path
    db.close()
    out = tmp_path / "bank.csv"
    assert (
        main(
            [
                "--db",
                str(path),
                "screen",
                "--on",
                ON.isoformat(),
                "--only",
                "kan_kjope_med_banklan",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "Kan kjøpe med banklån" in printed
    with out.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    results = {r[1] for r in rows[1:] if len(r) > 1}
    assert results == {CATEGORY_LABELS_NB["kan_kjope_med_banklan"]}


def test_vectorised_equals_scalar_with_tiltakssone_childcare_and_existing_interest(db):
    """A register with households in tiltakssonen, with childcare expenses and with existing
    interest (the register has no columns for these: they are set on the batch and on the
    scalar households alike)."""
    rules = load_rules(2026)
    ids, batch = db.households.screening_batch(ON)
    n = len(ids)
    rng = np.random.default_rng(5)
    zone = (rng.random(n) < 0.3).astype(np.int64)
    childcare = np.where(rng.random(n) < 0.4, 36_000.0, 0.0)
    interest = np.where(rng.random(n) < 0.4, rng.uniform(5_000, 60_000, n), 0.0)
    batch = dataclasses.replace(
        batch,
        h_tiltakssonen=zone,
        h_childcare_annual=childcare,
        h_existing_interest_annual=interest,
    )
    financing = dataclasses.replace(Settings(db).default_financing(), interest_only_years=3)
    result = assess_batch(rules, batch, financing)
    assert zone.sum() and (childcare > 0).sum() and (interest > 0).sum()
    for i, household_id in enumerate(ids):
        registered = db.households.get(household_id)
        unit = db.units.get_by_unit_id(registered.tenancy.unit_id)
        household = dataclasses.replace(
            to_household(registered, ON),
            tiltakssonen=bool(zone[i]),
            childcare_expenses_annual=float(childcare[i]),
            existing_interest_annual=float(interest[i]),
        )
        scalar = assess(Scenario(2026, household, to_dwelling(unit), financing), rules).to_json()
        for key in (
            "tax_annual",
            "net_income_monthly",
            "available_for_loans_monthly",
            "max_total_loan",
            "purchase_costs",
            "monthly_payment",
            "grant_needed",
            "bank_alone_sufficient",
        ):
            assert getattr(result, key)[i] == scalar[key], (household_id, key)
        assert result.verdict_names()[i] == scalar["verdict"]


def test_the_policy_rate_is_the_rule_years_unless_a_caseworker_adjusts_it(db):
    settings = Settings(db)
    assert settings.default_financing(2026, ON).policy_rate is None  # the rule set's, 4 %
    assert settings.rules(2026, ON).startlan.policy_rate == 0.04
    db.settings.add_rule_adjustment(2026, "startlan.policy_rate", 0.0425, date(2026, 11, 1), "test")
    assert settings.rules(2026, ON).startlan.policy_rate == 0.0425


def test_a_municipality_with_own_fees_may_not_add_the_margin(db):
    settings = Settings(db)
    settings.set("startlan.municipal_margin", 0.0025)
    with pytest.raises(InputError, match="egne gebyrer"):
        settings.set("startlan.instalment_fee", 30)
    with pytest.raises(InputError, match="egne gebyrer"):
        settings.set_many({"startlan.establishment_fee": 500})
    assert settings.get("startlan.establishment_fee") == 0
    settings.set_many({"startlan.municipal_margin": 0.0, "startlan.instalment_fee": 30})
    assert settings.default_financing().instalment_fee == 30
    assert settings.default_financing().saving_horizon_months == 60


def test_statistics_and_the_eligibility_list_show_the_new_result(db):
    from leietileie.services.eligibility import eligibility_table
    from leietileie.services.statistics import programme_statistics, statistics_table

    outcome = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=ON, year=2026))
    # the demo's follow-up (issue 14) adds arrears cases of earlier years: this run's year
    (year,) = [y for y in programme_statistics(db) if y.year == ON.year]
    assert year.can_buy_with_bank_loan == outcome.counts()["kan_kjope_med_banklan"] >= 1
    assert "Kan kjøpe med banklån" in [c.header for c in statistics_table(db).columns]
    table = eligibility_table(db, outcome.run_id, categories=["kan_kjope_med_banklan"])
    assert table.rows and {row[1] for row in table.rows} == {"Kan kjøpe med banklån"}
    assumptions = dict(table.assumptions)
    assert assumptions["Styringsrente (kalkulasjonsrente + 2,5 pp)"] == "4,00 % (regelsett 2026)"
