"""Re-importing the tenant file keeps what the caseworker owns (issue 10, item 1) and keeps
each person in one household (item 7). Expected values follow the rules in
docs/import-format.md («Ny import av samme fil»), not the code."""

from dataclasses import replace
from datetime import date

import pytest

from leietileie.domain.model import Debt, Income
from leietileie.services.importing import ImportOptions, import_file

TODAY = date(2026, 1, 15)
HEADER = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;kjønn;lønn;"
    "bolig_id;husleie_mnd;sparing"
)
ROWS = [
    "H1;søker;Åse;Ødegård;15108695088;;K;425 000;0101;11 500;25 000",
    "H1;medsøker;Per;Ødegård;30108299939;;M;310 000;;;",
    "H1;barn;Lise;Ødegård;;12.06.2015;K;;;;",
    "H2;søker;Ali;Hassan;45039012158;;M;235 000;0101;9 800;",
]


@pytest.fixture
def register(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n",
        encoding="utf-8",
    )
    assert import_file(db, "units", path, today=TODAY).committed
    return db


def _import(db, tmp_path, rows, header=HEADER, name="t.csv", **kw):
    path = tmp_path / name
    path.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return import_file(db, "tenants", path, ImportOptions(**kw), today=TODAY)


def _caseworker_edits(db):
    """What a caseworker does between two imports."""
    h1 = db.households.get_by_external_id("H1")
    applicant, co, child = h1.members
    members = (
        replace(
            applicant,
            transit_pass=True,
            incomes=applicant.incomes + (Income("sickness_benefit", 40_000.0),),
        ),
        replace(co, transit_pass=False, incomes=co.incomes + (Income("pension", 12_000.0),)),
        replace(child, special_care_needs=True),  # foreldrefradrag after 11 (issue 9)
    )
    h1 = replace(
        h1,
        members=members,
        notes="Ringt 3. januar; ønsker møte.",
        living_costs_monthly_override=21_000.0,
        living_costs_override_reason="Høye reiseutgifter",
        debts=(Debt("studielån", 200_000.0, 1_500.0),),
        phone="40000000",
        tax_free_income_monthly=1_766.0,
    )
    db.households.save(h1)
    case = db.cases.open(h1.id, caseworker="kari", state="kartlagt", note="første samtale")
    db.cases.move(case.id, "samtale", "kari", "avtalt møte")
    assessment = db.assessments.add(h1.id, 2026, {"x": 1}, {"y": 2}, "eligible", case_id=case.id)
    db.documents.add(
        h1.id, "tilbud", "/tmp/brev.pdf", "ab" * 32, case_id=case.id, assessment_id=assessment
    )
    return h1.id, case.id, assessment


def test_reimport_keeps_everything_the_caseworker_owns(register, tmp_path):
    assert _import(register, tmp_path, ROWS).committed
    hid, case_id, assessment = _caseworker_edits(register)
    again = _import(register, tmp_path, ROWS)
    assert again.committed and (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    h1 = register.households.get(hid)
    assert h1.notes == "Ringt 3. januar; ønsker møte." and h1.case_state == "samtale"
    assert h1.living_costs_monthly_override == 21_000.0
    assert h1.living_costs_override_reason == "Høye reiseutgifter"
    assert [p.transit_pass for p in h1.members] == [True, False, None]
    # Kinds of income the file has no column for, and columns the file lacks, stay.
    assert Income("sickness_benefit", 40_000.0) in h1.members[0].incomes
    assert Income("pension", 12_000.0) in h1.members[1].incomes
    assert h1.debts == (Debt("studielån", 200_000.0, 1_500.0),)
    assert h1.phone == "40000000" and h1.tax_free_income_monthly == 1_766.0
    assert register.cases.get(case_id).state == "samtale"
    assert len(register.cases.events(case_id)) == 2
    assert register.assessments.get(assessment) is not None
    assert len(register.documents.for_household(hid)) == 1


def test_reimport_of_a_changed_file_updates_only_its_columns_and_reports_changes(
    register, tmp_path
):
    assert _import(register, tmp_path, ROWS).committed
    hid, case_id, _ = _caseworker_edits(register)
    changed = [
        "H1;søker;Åse;Ødegård;15108695088;;K;430 000;0101;12 000;25 000",
        "H1;barn;Lise;Ødegård;;12.06.2015;K;;;;",
        "H1;barn;Nora;Ødegård;;01.03.2024;K;;;;",
        "H2;søker;Ali;Hassan;45039012158;;M;235 000;0101;9 800;",
    ]
    result = _import(register, tmp_path, changed)
    assert result.committed and (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    h1 = register.households.get(hid)
    assert [p.name for p in h1.members] == ["Åse Ødegård", "Lise Ødegård", "Nora Ødegård"]
    assert h1.tenancy.rent_monthly == 12_000
    assert h1.members[0].transit_pass is True
    assert h1.members[1].special_care_needs is True  # the caseworker's mark on Lise survives
    assert sorted((i.kind, i.annual) for i in h1.members[0].incomes) == [
        ("sickness_benefit", 40_000.0),
        ("wage", 430_000.0),
    ]
    assert h1.notes == "Ringt 3. januar; ønsker møte." and h1.case_state == "samtale"
    assert h1.living_costs_monthly_override == 21_000.0
    assert register.cases.get(case_id) is not None
    assert result.changes == [
        "husstand H1: husleie_mnd 11 500 → 12 000; Åse Ødegård: lønn 425 000 → 430 000;"
        " nytt medlem Nora Ødegård (barn); fjernet medlem Per Ødegård (medsøker)"
    ]
    report = result.report_path.read_text(encoding="utf-8")
    assert "Endringer (1 husstander):" in report and "nytt medlem Nora Ødegård" in report


def test_a_file_without_a_column_leaves_that_field_alone(register, tmp_path):
    assert _import(register, tmp_path, ROWS).committed
    header = "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;bolig_id;husleie_mnd"
    rows = [
        "H1;søker;Åse;Ødegård;15108695088;;0101;11 500",
        "H1;medsøker;Per;Ødegård;30108299939;;;",
        "H1;barn;Lise;Ødegård;;12.06.2015;;",
        "H2;søker;Ali;Hassan;45039012158;;0101;9 800",
    ]
    result = _import(register, tmp_path, rows, header=header)
    assert result.committed and result.unchanged == 2 and result.changes == []
    h1 = register.households.get_by_external_id("H1")
    assert h1.savings == 25_000 and h1.members[0].incomes == (Income("wage", 425_000.0),)
    assert h1.members[0].sex == "F"


def test_a_person_moves_when_the_file_carries_both_households(register, tmp_path):
    assert _import(register, tmp_path, ROWS).committed
    moved = [ROWS[0], ROWS[2], ROWS[3], "H2;medsøker;Per;Ødegård;30108299939;;M;310 000;;;"]
    result = _import(register, tmp_path, moved)
    assert result.committed
    h2 = register.households.get_by_external_id("H2")
    assert [p.name for p in h2.members] == ["Ali Hassan", "Per Ødegård"]
    numbers = [
        r[0]
        for r in register.conn.execute(
            "SELECT national_id FROM members WHERE national_id = '30108299939'"
        )
    ]
    assert numbers == ["30108299939"]
    assert result.changes == [
        "husstand H1: fjernet medlem Per Ødegård (medsøker) (flyttet til husstand H2)",
        "husstand H2: nytt medlem Per Ødegård (medsøker) (flyttet hit fra husstand H1)",
    ]


def test_a_person_in_another_stored_household_is_refused(register, tmp_path):
    assert _import(register, tmp_path, ROWS).committed
    other = ["H3;søker;Per;Ødegård;30108299939;;M;310 000;0101;7 000;"]
    result = _import(register, tmp_path, other, name="ny.csv")
    assert not result.committed and register.households.get_by_external_id("H3") is None
    assert result.problems == [
        'rad 2, fødselsnummer "30108299939": personen hører til husstand H1 i registeret; en'
        " person kan bare høre til én husstand. Ta med husstand H1 i filen (uten personen),"
        " eller flytt personen i registeret først"
    ]
    skipped = _import(
        register,
        tmp_path,
        other + ["H4;søker;Eva;Li;15088649572;;K;1;0101;1;"],
        name="ny.csv",
        skip_invalid=True,
    )
    assert skipped.committed and skipped.inserted == 1 and skipped.skipped == 1
    assert register.households.get_by_external_id("H3") is None
    assert register.households.get_by_external_id("H1").members[1].national_id == "30108299939"


def test_the_same_person_twice_in_one_file_is_refused(register, tmp_path):
    rows = ROWS + ["H3;søker;Per;Ødegård;30108299939;;M;310 000;0101;7 000;"]
    result = _import(register, tmp_path, rows)
    assert not result.committed and register.households.count() == 0
    assert result.problems == ['rad 6, fødselsnummer "30108299939": samme person som på rad 3']


def test_units_reimport_updates_only_carried_columns(db, tmp_path):
    full = tmp_path / "b.csv"
    full.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform;takst;bruksareal\n"
        "0101;Vei 1;0150;By;selveier;3 000 000;64\n"
        "0102;Vei 2;0150;By;borettslag;2 000 000;48\n",
        encoding="utf-8",
    )
    assert import_file(db, "units", full, today=TODAY).committed
    slim = tmp_path / "b2.csv"
    slim.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\n"
        "0101;Vei 1 B;0150;By;selveier\n0102;Vei 2;0150;By;borettslag\n",
        encoding="utf-8",
    )
    result = import_file(db, "units", slim, today=TODAY)
    assert (result.inserted, result.updated, result.unchanged) == (0, 1, 1)
    assert result.changes == ["bolig 0101: adresse Vei 1 → Vei 1 B"]
    first = db.units.get_by_unit_id("0101")
    assert first.address == "Vei 1 B" and first.valuation == 3_000_000 and first.area_m2 == 64
    assert db.units.get_by_unit_id("0102").valuation == 2_000_000
