"""Screening the register: agreement with the scalar engine, filters, ranking, storage, lists."""

import csv
import io
from datetime import date

import numpy as np
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from leietileie.cli import main
from leietileie.domain.assess import assess
from leietileie.domain.model import Scenario
from leietileie.domain.register import to_dwelling, to_household
from leietileie.rules import load_rules
from leietileie.services.demo import create_demo
from leietileie.services.eligibility import export_eligibility
from leietileie.services.screening import (
    CATEGORIES,
    ScreeningCancelled,
    ScreeningOptions,
    screen_register,
)
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path, register_location):
    database = Database.open(register_location)
    create_demo(database, households=300, seed=7, today=ON)
    settings = Settings(database)
    settings.set("grant.enabled", True)
    settings.set("grant.max_amount", 400_000)
    yield database
    database.close()


def options(db, **changes):
    base = ScreeningOptions.from_settings(Settings(db), on=ON, year=2026)
    return ScreeningOptions(**{**base.__dict__, **changes})


def test_each_result_equals_the_scalar_assessment(db):
    opts = options(db, max_arrears=1e9, max_age=120, min_age=0)
    outcome = screen_register(db, opts)
    rules = load_rules(2026)
    stored = {r.household_id: r for r in db.screening.results(outcome.run_id)}
    assert len(stored) == len(outcome.ids) > 250
    for household_id in outcome.ids:
        registered = db.households.get(household_id)
        unit = db.units.get_by_unit_id(registered.tenancy.unit_id)
        if not unit.valuation:
            continue
        scenario = Scenario(2026, to_household(registered, ON), to_dwelling(unit), opts.financing)
        scalar = assess(scenario, rules).to_json()
        figures = stored[household_id].figures
        for key in (
            "tax_annual",
            "net_income_monthly",
            "living_costs_monthly",
            "available_for_loans_monthly",
            "purchase_costs",
            "monthly_payment",
            "grant_needed",
        ):
            assert figures[key] == scalar[key], (household_id, key)
        for key in ("startlan", "bank_loan", "grant", "equity"):
            assert figures[key] == scalar["financing"][key], (household_id, key)
        assert figures["engine_verdict"] == scalar["verdict"]
        assert stored[household_id].max_loan == scalar["max_total_loan"]


def test_categories_cover_the_register_and_are_ranked(db):
    outcome = screen_register(db, options(db))
    counts = outcome.counts()
    assert sum(counts.values()) == len(outcome.ids)
    assert counts["kan_kjope_na"] > 0 and counts["ikke_aktuelt"] > 0
    assert sorted(outcome.rank.tolist()) == list(range(1, len(outcome.ids) + 1))
    by_rank = np.argsort(outcome.rank)
    cats = outcome.category[by_rank]
    assert (np.diff(cats) >= 0).all(), "categories in order: now, with grant, later, not now"
    now = by_rank[cats == 0]
    surplus = outcome.result.surplus_monthly[now]
    assert (np.diff(surplus) <= 0).all(), "largest surplus first"
    later = np.flatnonzero(outcome.category == 2)
    assert np.all(outcome.years_to_buy[later] <= 5)


def test_filters_exclude_with_a_reason(db):
    strict = screen_register(db, options(db, max_arrears=0, min_tenancy_years=50))
    assert strict.counts()["ikke_aktuelt"] == len(strict.ids)
    assert all("tenancy_too_short" in reasons for reasons in strict.reasons)
    arrears = [i for i, r in enumerate(strict.reasons) if "arrears" in r]
    assert arrears, "the demo register has tenants with arrears"
    lenient = screen_register(db, options(db, max_arrears=1e9, min_age=0, max_age=120))
    assert (
        lenient.counts()["kan_kjope_na"]
        >= screen_register(db, options(db)).counts()["kan_kjope_na"]
    )


def test_run_is_stored_with_its_rule_set_and_audited(db):
    outcome = screen_register(db, options(db))
    row = db.conn.execute(
        "SELECT rules_year, on_date, settings FROM screening_runs WHERE id = ?", (outcome.run_id,)
    ).fetchone()
    assert row[0] == 2026 and row[1] == "2026-11-25"
    assert '"policy_rate"' in row[2]
    assert any(e.entity == "screening_run" for e in db.audit.list())


def test_cancel_stops_before_anything_is_stored(db):
    before = db.screening.latest_run()
    with pytest.raises(ScreeningCancelled):
        screen_register(db, options(db), progress=lambda done, total: done < 2)
    assert db.screening.latest_run() == before


def test_xlsx_list_has_numbers_no_formulas_and_assumptions(db, tmp_path):
    outcome = screen_register(db, options(db))
    path = export_eligibility(
        db,
        outcome.run_id,
        tmp_path / "liste.xlsx",
        keys=["rank", "result", "name", "price", "startlan", "surplus"],
    )
    wb = load_workbook(path)
    ws = wb.worksheets[0]
    # the first line is the confidentiality marking (issue 11), the column headers follow
    assert ws["A1"].value.startswith("Unntatt offentlighet")
    assert [c.value for c in ws[2]] == [
        "Rang",
        "Resultat",
        "Søker",
        "Pris",
        "Startlån",
        "Overskudd/mnd",
    ]
    assert ws.freeze_panes == "A3"
    assert isinstance(ws.cell(3, 4).value, int | float)
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    assert len(wb.worksheets) == 2
    labels = [r[0].value for r in wb.worksheets[1].iter_rows()]
    assert "Regelsett (inntektsår)" in labels
    assert any(e.action == "exported" for e in db.audit.list())


def test_csv_list_opens_as_norwegian_excel(db, tmp_path):
    registered = db.households.get(1)
    hostile = registered.members[0].__class__(
        **{**registered.members[0].__dict__, "first_name": '=HYPERLINK("http://x","y")'}
    )
    db.households.save(
        registered.with_members((hostile, *registered.members[1:])), registered.version
    )
    outcome = screen_register(db, options(db, max_arrears=1e9, min_age=0, max_age=120))
    path = export_eligibility(
        db, outcome.run_id, tmp_path / "liste.csv", keys=["name", "national_id", "price"]
    )
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Søker", "Fødselsnummer", "Pris"]
    names = [r[0] for r in rows[1:]]
    assert any(n.startswith("'=HYPERLINK") for n in names)
    assert all(r[1] == "" or r[1].endswith("*****") for r in rows[1:]), "masked by default"


def test_pdf_list_reads_back(db, tmp_path):
    outcome = screen_register(db, options(db))
    path = export_eligibility(
        db, outcome.run_id, tmp_path / "liste.pdf", categories=["kan_kjope_na"]
    )
    text = PdfReader(path).pages[0].extract_text()
    assert "Kartlegging" in text and "Side 1 av" in text


def test_cli_screen_prints_summary_and_writes_list(tmp_path, capsys):
    db_path = tmp_path / "cli.db"
    assert main(["--db", str(db_path), "demo", "--households", "120", "--seed", "2"]) == 0
    assert (
        main(
            [
                "--db",
                str(db_path),
                "screen",
                "--on",
                "2026-11-25",
                "--out",
                str(tmp_path / "l.xlsx"),
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    assert "Kan kjøpe nå" in out and (tmp_path / "l.xlsx").exists()
    assert main(["--db", str(db_path), "screen", "--out", str(tmp_path / "l.txt")]) == 2
    assert "Tillatte filtyper" in capsys.readouterr().err


def test_all_categories_have_labels():
    from leietileie.services.screening import CATEGORY_LABELS_NB

    assert set(CATEGORY_LABELS_NB) == set(CATEGORIES)


def test_free_unit_that_fits_is_offered_where_the_own_unit_is_out_of_reach(db):
    opts = options(db, include_free_units=True, max_arrears=1e9, min_age=0, max_age=120)
    outcome = screen_register(db, opts)
    offered = [i for i, unit in enumerate(outcome.alternative_unit) if unit]
    assert offered, "the demo register has vacant units that help someone"
    rules = load_rules(2026)
    vacant = {u.unit_id for u in db.units.list(0, 10_000, vacant_only=True)}
    for index in offered[:20]:
        unit = db.units.get_by_unit_id(outcome.alternative_unit[index])
        assert unit.unit_id in vacant
        registered = db.households.get(outcome.ids[index])
        adults = sum(1 for p in registered.members if p.role != "child" or p.age_on(ON) >= 18)
        children = len(registered.members) - adults
        others = sum(
            1
            for p in registered.members
            if p.role == "adult" or (p.role == "child" and p.age_on(ON) >= 18)
        )
        assert unit.bedrooms >= 1 + others + (children + 1) // 2
        scalar = assess(
            Scenario(2026, to_household(registered, ON), to_dwelling(unit), opts.financing), rules
        )
        assert (
            scalar.verdict in ("eligible", "eligible_with_grant")
            or outcome.alternative_category[index] == 2
        )
        assert "free_unit_fits" in outcome.reasons[index]
        assert outcome.alternative_category[index] < outcome.category[index]
    stored = db.screening.for_household(outcome.ids[offered[0]])
    assert stored.figures["alternative_unit"] == outcome.alternative_unit[offered[0]]


def test_list_names_the_vacant_unit_that_fits(db, tmp_path):
    outcome = screen_register(
        db, options(db, include_free_units=True, max_arrears=1e9, min_age=0, max_age=120)
    )
    path = export_eligibility(
        db, outcome.run_id, tmp_path / "l.csv", keys=["external_id", "alternative_unit"]
    )
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Husstand", "Annen ledig bolig"]
    offered = {u for u in outcome.alternative_unit if u}
    assert offered and offered == {r[1] for r in rows[1:] if r[1]}


def test_late_rent_payments_exclude_with_a_reason(db):
    lenient = dict(max_arrears=1e9, min_age=0, max_age=120)
    ids = db.households.screening_batch(ON)[0]
    late = db.rent.late_counts(ids, ON)
    assert (late > 0).any() and (late == 0).any()
    strict = screen_register(db, options(db, max_late_payments=0, **lenient))
    flagged = {ids[i] for i, r in enumerate(strict.reasons) if "late_rent" in r}
    assert flagged == {ids[i] for i in range(len(ids)) if late[i] > 0}
    ignored = screen_register(db, options(db, max_late_payments=None, **lenient))
    assert not any("late_rent" in r for r in ignored.reasons)
    assert ignored.counts()["kan_kjope_na"] >= strict.counts()["kan_kjope_na"]


def test_only_temporary_income_can_be_excluded(db):
    from leietileie.domain.model import TEMPORARY_INCOME

    outcome = screen_register(
        db, options(db, exclude_temporary_income=True, max_arrears=1e9, min_age=0, max_age=120)
    )
    expected = set()
    for household_id in outcome.ids:
        kinds = [
            i.kind
            for p in db.households.get(household_id).members
            for i in p.incomes
            if i.annual > 0
        ]
        if kinds and all(k in TEMPORARY_INCOME for k in kinds):
            expected.add(household_id)
    flagged = {
        outcome.ids[i] for i, r in enumerate(outcome.reasons) if "temporary_income_only" in r
    }
    assert expected and flagged == expected


def test_the_collector_is_paused_for_the_whole_run_and_back_on_after(db, monkeypatch):
    """Reading 100 000 households makes millions of objects the cyclic collector would walk
    for nothing: it is off while the register is read, not only while results are stored,
    and on again afterwards (also when the run fails)."""
    import gc

    from leietileie.storage.repositories.households import HouseholdRepository

    seen = []
    read = HouseholdRepository.screening_input

    def reading(*args, **kwargs):
        seen.append(gc.isenabled())
        return read(*args, **kwargs)

    monkeypatch.setattr(HouseholdRepository, "screening_input", reading)
    screen_register(db, options(db))
    assert seen == [False] and gc.isenabled()

    def failing(*args, **kwargs):
        raise RuntimeError("broken read")

    monkeypatch.setattr(HouseholdRepository, "screening_input", failing)
    with pytest.raises(RuntimeError):
        screen_register(db, options(db))
    assert gc.isenabled()


def test_a_screening_does_not_load_the_follow_up_lists_or_the_holiday_calendar():
    """The hold-back by the rent ledger is all a screening needs of the follow-up: importing
    the follow-up lists pulled in cases, deadlines and the holiday calendar (0.07 s of a
    100 000-household run from the command line)."""
    import subprocess
    import sys

    code = (
        "import sys; import leietileie.services.screening, leietileie.services.hold_back;"
        " print(sorted(m for m in ('holidays', 'leietileie.services.cases',"
        " 'leietileie.services.followup') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
