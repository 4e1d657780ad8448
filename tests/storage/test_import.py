"""Import rules of import-format.md, with the files in tests/data."""

import shutil
from datetime import date
from pathlib import Path

import pytest

from leietileie.errors import InputError
from leietileie.services.importing import ImportCancelled, ImportOptions, import_file

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 1, 15)


@pytest.fixture
def files(tmp_path):
    for name in DATA.iterdir():
        if name.suffix in (".csv", ".xlsx"):
            shutil.copy(name, tmp_path / name.name)
    return tmp_path


def _import(db, kind, path, **kw):
    return import_file(db, kind, path, ImportOptions(**kw), today=TODAY)


def test_units_from_windows_1252_semicolons_decimal_commas(db, files):
    result = _import(db, "units", files / "boliger_cp1252.csv")
    assert (result.inserted, result.updated, result.problems) == (3, 0, [])
    first = db.units.get_by_unit_id("0101")
    assert first.address == "Åsveien 3" and first.city == "Ørland"
    assert first.valuation == 3_250_000 and first.other_running_costs_monthly == 1850.5
    assert first.area_m2 == 64.5 and first.valuation_date == date(2025, 5, 1)
    second = db.units.get_by_unit_id("0102")
    assert second.tenure == "cooperative" and second.valuation == 2_450_000
    assert db.units.get_by_unit_id("0103").tenure == "freehold"


def test_tenants_import_and_reimport_is_idempotent(db, files):
    _import(db, "units", files / "boliger_cp1252.csv")
    result = _import(db, "tenants", files / "leietakere_cp1252.csv")
    assert result.problems == [] and (result.inserted, result.updated) == (2, 0)
    h1 = db.households.get_by_external_id("H1")
    assert [p.role for p in h1.members] == ["applicant", "co_applicant", "child"]
    applicant = h1.members[0]
    assert applicant.first_name == "Åse" and applicant.sex == "F"
    assert applicant.birth_date == date(1986, 10, 15)
    assert applicant.incomes[0].annual == 425_000.5
    assert h1.tenancy.rent_monthly == 11_500 and h1.tenancy.arrears == 1_200
    assert h1.tenancy.start == date(2020, 2, 1) and h1.car == "petrol"
    assert h1.debts[0].balance == 80_000 and h1.debts[0].monthly_payment == 1_900
    assert h1.members[2].birth_date == date(2015, 6, 12)
    h2 = db.households.get_by_external_id("H2")
    assert h2.members[0].incomes[0].kind == "aap" and h2.car == "electric"
    again = _import(db, "tenants", files / "leietakere_cp1252.csv")
    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 2)
    assert db.households.count() == 2
    assert db.conn.execute("SELECT count(*) FROM members").fetchone()[0] == 4
    details = db.audit.list(action="imported")[0].details
    assert (details["updated"], details["unchanged"]) == (0, 2)


def test_bad_file_imports_nothing_and_writes_report(db, files):
    _import(db, "units", files / "boliger_cp1252.csv")
    before = db.households.count()
    result = _import(db, "tenants", files / "leietakere_feil.csv")
    assert not result.committed and db.households.count() == before
    problems = result.problems
    expected = [
        'rad 3, fødselsnummer "12345678901": ugyldig kontrollsiffer',
        'rad 4, lønn "-5": kan ikke være negativ',
        'rad 4, fødselsnummer "15108695088": samme person som på rad 2',
        "rad 5, husstand H3: mangler søker",
        'rad 6, kjønn "X": ukjent verdi; tillatt: K eller M',
        'rad 6, lønn "abc": er ikke et tall',
        'rad 6, bolig_id "0999": finnes ikke blant boligene (importer boligene først)',
        "rad 6, husleie_mnd: mangler",
        'rad 7, rolle "sjef": ukjent verdi; tillatt: søker, medsøker, voksen, barn',
        'rad 9, fødselsdato "01.01.1980": alder 46 år er utenfor 0–30 år for rollen',
    ]
    for line in expected:
        assert line in problems, (line, problems)
    report = files / "leietakere_feil-importrapport.txt"
    assert result.report_path == report
    assert 'rad 3, fødselsnummer "12345678901": ugyldig kontrollsiffer' in report.read_text()


def test_skip_invalid_imports_good_households_and_formulas_as_text(db, files):
    _import(db, "units", files / "boliger_cp1252.csv")
    result = _import(db, "tenants", files / "leietakere_feil.csv", skip_invalid=True)
    assert result.committed and result.inserted == 1 and result.skipped == 6
    assert db.households.get_by_external_id("H7") is not None
    assert db.households.get_by_external_id("H1") is None


def test_formula_text_is_stored_as_plain_text(db, files):
    _import(db, "units", files / "boliger_cp1252.csv")
    path = files / "formula.csv"
    path.write_text(
        "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd\n"
        'F1;søker;"=HYPERLINK(""http://x"")";@SUM;15108695088;0101;9000\n',
        encoding="utf-8",
    )
    assert _import(db, "tenants", path).committed
    person = db.households.get_by_external_id("F1").members[0]
    assert person.first_name == '=HYPERLINK("http://x")' and person.last_name == "@SUM"


def test_dry_run_writes_nothing(db, files):
    result = _import(db, "units", files / "boliger_cp1252.csv", dry_run=True)
    assert result.inserted == 3 and not result.committed and db.units.count() == 0


def test_xlsx_with_mapping_typed_cells_and_formula(db, files):
    _import(db, "units", files / "boliger_cp1252.csv")
    with pytest.raises(InputError, match="kolonnen «fødselsnummer»|mangler"):
        # adults need a number: without the mapping the column is not found
        result = _import(db, "tenants", files / "leietakere.xlsx")
        raise InputError(result.problems)
    result = _import(
        db, "tenants", files / "leietakere.xlsx", mapping={"fødselsnummer": "Fodselsnummer"}
    )
    # D2 holds the formula 1+1 with no computed value: calamine reads what Excel last showed
    # (nothing), so the row is refused rather than stored with an empty or formula name.
    assert result.problems == ["rad 2, Etternavn: mangler"] and not result.committed
    result = _import(
        db,
        "tenants",
        files / "leietakere.xlsx",
        mapping={"fødselsnummer": "Fodselsnummer", "etternavn": "Fornavn"},
    )
    assert result.problems == [] and result.inserted == 2
    x1 = db.households.get_by_external_id("X1")
    assert x1.members[0].incomes[0].annual == 512_000.5
    assert x1.savings == 1234.5 and x1.tenancy.unit_id == "0101"
    assert x1.tenancy.start == date(2021, 3, 1)
    assert x1.members[1].birth_date == date(2016, 4, 3)
    assert db.households.get_by_external_id("X2").tenancy.rent_monthly == 9500


def test_missing_required_column_and_empty_file(db, tmp_path):
    path = tmp_path / "a.csv"
    path.write_text("husstand_id;fornavn\nH1;Kari\n", encoding="utf-8")
    with pytest.raises(InputError) as info:
        _import(db, "tenants", path)
    assert "kolonnen «rolle» mangler (påkrevd)" in info.value.problems
    assert "kolonnen «etternavn» mangler (påkrevd)" in info.value.problems
    path.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="filen er tom"):
        _import(db, "units", path)
    path.write_text("bolig_id;adresse;postnummer;poststed;eierform\n", encoding="utf-8")
    with pytest.raises(InputError, match="ingen rader"):
        _import(db, "units", path)


def test_unknown_tenure_duplicate_unit_and_postcode(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "bolig_id,adresse,postnummer,poststed,eierform,takst\n"
        "1,Vei 1,0150,By,leie,1000000.50\n"
        "2,Vei 2,150,By,selveier,2000000.25\n"
        "2,Vei 2,12345,By,borettslag,\n"
        "3,Vei 3,150,By,selveier,2000000.25\n",
        encoding="utf-8",
    )
    result = _import(db, "units", path)
    assert (
        'rad 2, eierform "leie": ukjent verdi; tillatt: selveier, eierseksjon, borettslag,'
        " aksjeleilighet" in result.problems
    )
    assert 'rad 4, bolig_id "2": står to ganger (også på rad 3)' in result.problems
    assert 'rad 4, postnummer "12345": må ha 4 sifre' in result.problems
    assert db.units.count() == 0
    result = _import(db, "units", path, skip_invalid=True)
    assert db.units.get_by_unit_id("2") is None  # which of the two rows is right is unknown
    assert db.units.get_by_unit_id("3").postcode == "0150"
    assert db.units.get_by_unit_id("3").valuation == 2_000_000.25


@pytest.mark.parametrize(
    "content, encoding, message",
    [
        ("bolig_id;adresse,x\n1;a,b\n", "utf-8", "skilletegn"),
        (
            "bolig_id;adresse;postnummer;poststed;eierform;takst;felleskostnader_mnd\n"
            "1;a;0150;b;selveier;1,5;1.25\n",
            "utf-8",
            "desimaltegn",
        ),
        (
            "bolig_id;adresse;postnummer;poststed;eierform;takst\n1;a;0150;b;selveier;1.234\n",
            "utf-8",
            "desimaltegn",
        ),
    ],
)
def test_ambiguous_files_are_refused_with_choice(db, tmp_path, content, encoding, message):
    path = tmp_path / "c.csv"
    path.write_text(content, encoding=encoding)
    with pytest.raises(InputError, match=message):
        _import(db, "units", path)


def test_ambiguity_resolved_by_options(db, tmp_path):
    path = tmp_path / "d.csv"
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform;takst\n1;a;0150;b;selveier;1.234\n",
        encoding="utf-8",
    )
    _import(db, "units", path, decimal=",")
    assert db.units.get_by_unit_id("1").valuation == 1234


def test_utf8_bom_and_commas(db, tmp_path):
    path = tmp_path / "e.csv"
    path.write_bytes(
        "\ufeffBolig ID,Adresse,Postnummer,Poststed,Eierform,Takst\n"
        '7,Ærøveien 1,0150,Å,Borettslag,"2 500 000,50"\n'.encode()
    )
    _import(db, "units", path)
    unit = db.units.get_by_unit_id("7")
    assert unit.address == "Ærøveien 1" and unit.valuation == 2_500_000.5


def test_progress_can_cancel_and_nothing_is_written(db, files):
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < total // 2 or total == 0

    with pytest.raises(ImportCancelled):
        import_file(db, "units", files / "boliger_cp1252.csv", progress=progress)
    assert db.units.count() == 0 and calls
