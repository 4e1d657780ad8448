"""Issue 9 item 9 from the register: childcare expenses, interest on existing debt and the
municipality's tiltakssone are stored, imported and screened, vectorised equal to scalar."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from leietileie.cli import main
from leietileie.domain.assess import assess
from leietileie.domain.model import Income
from leietileie.domain.register import Person, RegisteredHousehold, Tenancy, Unit
from leietileie.domain.vector import assess_batch
from leietileie.rules import load_rules
from leietileie.services.assessment import registered_scenario
from leietileie.services.demo import create_demo, real_data
from leietileie.services.importing import ImportOptions, import_file
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database
from leietileie.storage.errors import CheckViolation

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    yield database
    database.close()


def _single_parent(childcare: float = 30_000, interest: float = 20_000) -> RegisteredHousehold:
    return RegisteredHousehold(
        "H-1",
        (
            Person(
                "applicant",
                "Kari",
                "Nordmann",
                birth_date=date(1986, 10, 15),
                sex="F",
                incomes=(Income("wage", 500_000),),
            ),
            Person("child", "Per", "Nordmann", birth_date=date(2021, 3, 1), sex="M"),
        ),
        tenancy=Tenancy("B-1", 10_000, date(2015, 1, 1)),
        childcare_expenses_annual=childcare,
        existing_interest_annual=interest,
    )


def _add_unit(db: Database) -> None:
    db.units.insert(
        Unit(
            "B-1",
            "Storgata 1",
            "9990",
            "Eksempelby",
            "freehold",
            valuation=2_500_000,
            common_costs_monthly=0,
            other_running_costs_monthly=1_000,
        )
    )


def test_the_register_stores_childcare_and_existing_interest(db):
    _add_unit(db)
    stored = db.households.insert(_single_parent())
    again = db.households.get(stored.id)
    assert again.childcare_expenses_annual == 30_000
    assert again.existing_interest_annual == 20_000


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("childcare_expenses_annual", -1),
        ("childcare_expenses_annual", 1_000_001),
        ("existing_interest_annual", -0.5),
        ("existing_interest_annual", 10_000_001),
    ],
)
def test_the_database_refuses_out_of_range_amounts(db, column, value):
    _add_unit(db)
    stored = db.households.insert(_single_parent())
    with pytest.raises(CheckViolation):
        db.session.execute(f"UPDATE households SET {column} = ? WHERE id = ?", (value, stored.id))


def test_tax_from_the_register_worked_by_hand(db):
    """Kari, wage 500 000 kr, one child of 5 in kindergarten (30 000 kr a year documented),
    20 000 kr interest on existing debt, in a municipality in tiltakssonen (2026 figures,
    Skatteetaten/regjeringen.no, as in resources/rules/2026.toml):

    minstefradrag  min(46 % × 500 000, 95 700) = 95 700
    foreldrefradrag min(30 000, 15 000 for one child) = 15 000
    alminnelig inntekt 500 000 − 95 700 − 20 000 − 15 000 − 114 540 − 45 000 (finnmarksfradrag)
                      = 209 760, taxed at 18.5 % = 38 805.60
    trinnskatt  (318 300 − 226 100) × 1.7 % + (500 000 − 318 300) × 4.0 % = 1 567.40 + 7 268.00
    trygdeavgift 7.6 % × 500 000 = 38 000 (the phase-in limit 25 % × (500 000 − 99 650) is higher)
    tax = 38 805.60 + 8 835.40 + 38 000 = 85 641
    """
    _add_unit(db)
    stored = db.households.insert(_single_parent())
    Settings(db).set("municipality.tiltakssonen", True)
    rules = load_rules(2026)
    financing = Settings(db).default_financing()
    ids, batch = db.households.screening_batch(ON, Settings(db).tiltakssonen())
    result = assess_batch(rules, batch, financing)
    assert result.tax_annual[ids.index(stored.id)] == 85_641
    scalar = assess(registered_scenario(db, stored.id, on=ON, year=2026), rules)
    assert scalar.to_json()["tax_annual"] == pytest.approx(85_641, abs=0.5)
    # Without the register's fields it was taxed as if they were zero:
    Settings(db).set("municipality.tiltakssonen", False)
    db.conn.execute(
        "UPDATE households SET childcare_expenses_annual = 0, existing_interest_annual = 0"
    )
    _, plain = db.households.screening_batch(ON, False)
    # 22 % of (500 000 − 95 700 − 114 540 = 289 760) = 63 747.20, + 8 835.40 + 38 000
    # = 110 582.60, shown in whole kroner
    assert assess_batch(rules, plain, financing).tax_annual[0] == 110_583


def test_registered_scenario_carries_the_fields_and_the_zone(db):
    _add_unit(db)
    stored = db.households.insert(_single_parent())
    Settings(db).set("municipality.tiltakssonen", True)
    household = registered_scenario(db, stored.id, on=ON).household
    assert household.childcare_expenses_annual == 30_000
    assert household.existing_interest_annual == 20_000
    assert household.tiltakssonen is True


def test_vectorised_equals_scalar_on_a_register_with_such_households(db):
    """A demo register in tiltakssonen, its childcare and existing interest read from the
    database (not set on the batch): every household's figures equal the single assessment."""
    create_demo(db, households=150, seed=4, today=ON, tiltakssonen=True)
    settings = Settings(db)
    assert settings.tiltakssonen()
    rules = load_rules(2026)
    financing = settings.default_financing()
    ids, batch = db.households.screening_batch(ON, settings.tiltakssonen())
    assert batch.h_tiltakssonen.all()
    assert (batch.h_childcare_annual > 0).sum() >= 10
    assert (batch.h_existing_interest_annual > 0).sum() >= 10
    result = assess_batch(rules, batch, financing)
    verdicts = result.verdict_names()
    for i, household_id in enumerate(ids):
        scenario = registered_scenario(db, household_id, on=ON, year=2026)
        scalar = assess(scenario, rules, municipality_group=4).to_json()
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
        assert verdicts[i] == scalar["verdict"]
    # the screening service passes the municipality's zone on
    outcome = screen_register(db, ScreeningOptions.from_settings(settings, on=ON, year=2026))
    assert outcome.options.tiltakssonen is True
    assert np.array_equal(outcome.result.tax_annual, result.tax_annual)


def test_a_demo_in_tiltakssonen_is_still_a_demo(db, tmp_path, capsys):
    create_demo(db, households=20, seed=1, today=ON, tiltakssonen=True)
    assert real_data(db) == []
    create_demo(db, households=20, seed=1, today=ON)  # re-running switches it off again
    assert Settings(db).tiltakssonen() is False
    path = tmp_path / "cli.db"
    assert main(["--db", str(path), "demo", "--households", "10", "--tiltakssone"]) == 0
    with Database.open(path) as again:
        assert Settings(again).tiltakssonen() is True


UNITS_CSV = (
    "bolig_id;adresse;postnummer;poststed;eierform;takst\nB-1;Storgata 1;9990;By;selveier;2500000\n"
)
HEADER = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;lønn;bolig_id;husleie_mnd;"
    "barnehage_sfo_per_aar;gjeldsrenter_per_aar\n"
)


def _import(db: Database, tmp_path, text: str, name: str = "leietakere.csv"):
    units = tmp_path / "boliger.csv"
    units.write_text(UNITS_CSV, encoding="utf-8")
    import_file(db, "units", units, ImportOptions())
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return import_file(db, "tenants", path, ImportOptions(decimal=","), today=ON)


def test_the_tenant_file_may_carry_childcare_and_existing_interest(db, tmp_path):
    result = _import(
        db,
        tmp_path,
        HEADER
        + "H-1;søker;Kari;Nordmann;15108695088;15.10.1986;500000;B-1;10000;30 000;20000,50\n"
        + "H-1;barn;Per;Nordmann;;01.03.2021;;;;;\n",
    )
    assert result.committed, result.summary_nb()
    stored = db.households.get_by_external_id("H-1")
    assert stored.childcare_expenses_annual == 30_000
    assert stored.existing_interest_annual == 20_000.5
    # A later file without the columns leaves them alone (optional, additive columns).
    again = _import(
        db,
        tmp_path,
        "husstand_id;rolle;fornavn;etternavn;fødselsnummer;"
        "fødselsdato;lønn;bolig_id;husleie_mnd\n"
        "H-1;søker;Kari;Nordmann;15108695088;15.10.1986;510000;B-1;10000\n"
        "H-1;barn;Per;Nordmann;;01.03.2021;;;\n",
        "igjen.csv",
    )
    assert again.committed, again.summary_nb()
    kept = db.households.get_by_external_id("H-1")
    assert kept.childcare_expenses_annual == 30_000
    assert kept.existing_interest_annual == 20_000.5


def test_an_implausible_childcare_amount_is_refused_with_row_and_column(db, tmp_path):
    result = _import(
        db,
        tmp_path,
        HEADER + "H-1;søker;Kari;Nordmann;15108695088;15.10.1986;500000;B-1;10000;3000000;0\n",
    )
    assert not result.committed
    text = "\n".join(result.problems)
    assert "rad 2" in text and "barnehage_sfo_per_aar" in text
    assert db.households.get_by_external_id("H-1") is None
