"""--skip-invalid never loses rows silently (issue 10, item 8): what is skipped is reported,
and a file whose structure is unclear is refused whole."""

from datetime import date

import pytest

from leietileie.errors import InputError
from leietileie.services.importing import ImportOptions, import_file

TODAY = date(2026, 1, 15)
HEADER = "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;bolig_id;husleie_mnd"


@pytest.fixture
def register(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n",
        encoding="utf-8",
    )
    assert import_file(db, "units", path, today=TODAY).committed
    return db


def _import(db, tmp_path, *rows, **kw):
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return import_file(db, "tenants", path, ImportOptions(**kw), today=TODAY)


def test_a_wide_row_skips_its_whole_household_and_is_reported(register, tmp_path):
    result = _import(
        register,
        tmp_path,
        "H1;søker;Åse;Berg;15108695088;;0101;9 000",
        "H1;barn;Lise;Berg;;01.01.2015;;;ekstra",
        "H2;søker;Per;Li;30108299939;;0101;8 000",
        skip_invalid=True,
    )
    assert result.committed and (result.inserted, result.skipped) == (1, 1)
    assert result.problems == [
        "rad 3: har 9 felt, men overskriften har 8 kolonner (et skilletegn for mye i en celle?)"
    ]
    assert register.households.get_by_external_id("H1") is None
    assert "rad 3: har 9 felt" in result.report_path.read_text(encoding="utf-8")


def test_unclosed_quote_refuses_the_file_even_with_skip_invalid(register, tmp_path):
    with pytest.raises(InputError) as refused:
        _import(
            register,
            tmp_path,
            "H1;søker;Åse;Berg;15108695088;;0101;9 000",
            'H2;søker;"Per;Li;30108299939;;0101;8 000',
            "H1;barn;Lise;Berg;;01.01.2015;;",
            'H3;søker;Eva;Li";15088649572;;0101;7 000',
            skip_invalid=True,
        )
    assert refused.value.problems[0].startswith("rad 3–5: én post strekker seg over flere linjer")
    assert register.households.count() == 0


def test_a_row_without_husstand_id_refuses_the_file(register, tmp_path):
    with pytest.raises(InputError) as refused:
        _import(
            register,
            tmp_path,
            "H1;søker;Åse;Berg;15108695088;;0101;9 000",
            ";barn;Lise;Berg;;01.01.2015;;",
            skip_invalid=True,
        )
    assert refused.value.problems[0] == (
        "rad 3, husstand_id: mangler; raden kan ikke knyttes til en husstand (sammenslåtte eller"
        " tomme celler?)"
    )
    assert register.households.count() == 0


def test_a_value_under_an_empty_header_is_reported(register, tmp_path):
    import xlsxwriter

    path = tmp_path / "t.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER.split(";"))
    sheet.write_row(1, 0, ["H1", "søker", "Åse", "Berg", "15108695088", "", "0101", "9 000"])
    sheet.write_row(2, 0, ["H2", "søker", "Per", "Li", "30108299939", "", "0101", "8 000"])
    sheet.write(2, 9, "glemt")  # column J: no header
    book.close()
    result = import_file(register, "tenants", path, ImportOptions(skip_invalid=True), today=TODAY)
    assert result.problems == [
        "rad 3, kolonne J: har en verdi, men kolonnen har ingen overskrift (forskjøvet rad,"
        " eller en kolonne uten navn?)"
    ]
    assert (result.inserted, result.skipped) == (1, 1)
