"""Import rules of docs/import-format.md «Grenser»: plausible numbers, dates and texts.

Expected messages and limits come from the rules as documented, not from the code.
"""

from datetime import date, datetime

import pytest
import xlsxwriter

from leietileie.services.importing import ImportOptions, import_file

TODAY = date(2026, 1, 15)
HEADER = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;fødselsdato;lønn;bolig_id;"
    "husleie_mnd;leie_fra;sparing;gjeld"
)
GOOD = {
    "husstand_id": "H1",
    "rolle": "søker",
    "fornavn": "Åse",
    "etternavn": "Berg",
    "fødselsnummer": "15108695088",
    "fødselsdato": "",
    "lønn": "425 000",
    "bolig_id": "0101",
    "husleie_mnd": "11 500",
    "leie_fra": "01.02.2020",
    "sparing": "25 000",
    "gjeld": "",
}


@pytest.fixture
def register(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n",
        encoding="utf-8",
    )
    assert import_file(db, "units", path, today=TODAY).committed
    return db


def _tenants(tmp_path, **changes):
    row = {**GOOD, **changes}
    path = tmp_path / "t.csv"
    path.write_text(HEADER + "\n" + ";".join(row.values()) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        (
            {"lønn": "1 000 000 000 000 000"},
            'rad 2, lønn "1 000 000 000 000 000": er over 20 000 000 kr, største rimelige verdi'
            " (skrivefeil?)",
        ),
        ({"lønn": "1" * 400}, "er ikke et endelig tall"),
        ({"lønn": "NaN"}, 'rad 2, lønn "NaN": er ikke et tall'),
        ({"lønn": "inf"}, 'rad 2, lønn "inf": er ikke et tall'),
        ({"lønn": "1e400"}, 'rad 2, lønn "1e400": er ikke et tall'),
        ({"husleie_mnd": "150 000"}, "er over 100 000 kr"),
        ({"sparing": "200 000 000"}, "er over 100 000 000 kr"),
        ({"gjeld": "100 000 001"}, "er over 100 000 000 kr"),
        (
            {"leie_fra": "05.01.68"},
            'rad 2, leie_fra "05.01.68": årstallet har to sifre; skriv hele årstallet (dd.mm.åååå)',
        ),
        ({"leie_fra": "01.01.0001"}, 'rad 2, leie_fra "01.01.0001": ligger utenfor 01.01.1900–'),
        (
            {"leie_fra": "01.01.2099"},
            'rad 2, leie_fra "01.01.2099": ligger utenfor 01.01.1900–15.01.2027',
        ),
        (
            {"fødselsnummer": "15508649573"},
            'rad 2, fødselsnummer "15508649573": er et H-nummer (hjelpenummer); bruk fødselsnummer'
            " eller D-nummer",
        ),
        ({"fornavn": "A" * 1000}, 'fornavn "' + "A" * 60 + '…": er 1000 tegn; høyst 100'),
    ],
)
def test_implausible_values_are_refused_with_row_and_column(register, tmp_path, changes, problem):
    result = import_file(register, "tenants", _tenants(tmp_path, **changes), today=TODAY)
    assert not result.committed and register.households.count() == 0
    assert len(result.problems) == 1 and problem in result.problems[0], result.problems


def test_limits_themselves_are_allowed(register, tmp_path):
    path = _tenants(
        tmp_path, lønn="20 000 000", husleie_mnd="100 000", leie_fra="15.01.2027", fornavn="A" * 100
    )
    result = import_file(register, "tenants", path, today=TODAY)
    assert result.problems == [] and result.committed


def _xlsx(tmp_path, wage, start=None):
    path = tmp_path / "t.xlsx"
    book = xlsxwriter.Workbook(str(path), {"nan_inf_to_errors": False})
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, HEADER.split(";"))
    sheet.write_row(1, 0, ["H1", "søker", "Åse", "Berg", "15108695088"])
    day = book.add_format({"num_format": "dd.mm.yyyy"})
    if isinstance(wage, datetime):
        sheet.write_datetime(1, 6, wage, day)
    else:
        sheet.write_number(1, 6, wage)
    sheet.write_row(1, 7, ["0101", 11500])
    if start is not None:
        sheet.write_number(1, 9, start)
    book.close()
    return path


def _nan_xlsx(tmp_path, text):
    """xlsxwriter will not write NaN or Inf: patch the number into the sheet's XML."""
    import zipfile

    path = _xlsx(tmp_path, 123456)
    patched = tmp_path / "p.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(patched, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data.replace(b"<v>123456</v>", f"<v>{text}</v>".encode())
            dst.writestr(item, data)
    return patched


@pytest.mark.parametrize("text", ["NaN", "INF", "-INF", "1e400", "1E15"])
def test_xlsx_non_finite_or_huge_numbers_are_refused(register, tmp_path, text):
    result = import_file(register, "tenants", _nan_xlsx(tmp_path, text), today=TODAY)
    assert not result.committed and register.households.count() == 0
    assert len(result.problems) == 1 and result.problems[0].startswith("rad 2, lønn"), (
        result.problems
    )


def test_xlsx_date_cell_in_a_money_column_is_refused(register, tmp_path):
    path = _xlsx(tmp_path, datetime(2024, 1, 5))
    result = import_file(register, "tenants", path, today=TODAY)
    assert result.problems == [
        'rad 2, lønn "2024-01-05": er en dato, ikke et tall (se cellens format i Excel)'
    ]


def test_xlsx_number_in_a_date_column_is_refused(register, tmp_path):
    result = import_file(register, "tenants", _xlsx(tmp_path, 1000, start=45000), today=TODAY)
    assert result.problems == ['rad 2, leie_fra "45000": er et tall, ikke en dato']


def test_units_takst_and_valuation_date_limits(db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text(
        "bolig_id;adresse;postnummer;poststed;eierform;takst;takst_dato;bruksareal\n"
        "1;Vei 1;0150;By;selveier;1e15;01.01.2020;50\n"
        "2;Vei 2;0150;By;selveier;3 000 000;01.01.2030;50\n"
        "3;Vei 3;0150;By;selveier;3 000 000;01.01.2020;50 000\n",
        encoding="utf-8",
    )
    result = import_file(db, "units", path, ImportOptions(decimal=","), today=TODAY)
    assert result.problems == [
        'rad 2, takst "1e15": er ikke et tall',
        'rad 3, takst_dato "01.01.2030": ligger utenfor 01.01.1900–15.01.2026',
        'rad 4, bruksareal "50 000": er over 2 000 m², største rimelige verdi (skrivefeil?)',
    ]
