from __future__ import annotations

import openpyxl
import pytest

from leietileie.errors import InputError
from leietileie.exports import write_table, write_xlsx
from leietileie.exports.xlsx import sheet_name

from .conftest import HYPERLINK, make_table


@pytest.fixture
def book(table, tmp_path):
    path = tmp_path / "liste.xlsx"
    write_xlsx(table, path)
    return openpyxl.load_workbook(path)


def test_sheets_are_the_list_and_the_assumptions(book):
    assert book.sheetnames == ["Kartlegging 2026", "Forutsetninger"]


def test_no_formula_anywhere(book):
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    assert cells
    assert all(c.data_type != "f" for c in cells)
    assert book.worksheets[0]["B3"].value == HYPERLINK
    assert book.worksheets[0]["B3"].data_type == "s"


def test_header_is_bold_frozen_and_filtered(book):
    ws = book.worksheets[0]
    assert [c.value for c in ws[1]][:3] == ["Fødselsnummer", "Navn", "Samlet inntekt"]
    assert all(c.font.b for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:G6"


def test_numbers_are_numbers_with_norwegian_formats(book):
    ws = book.worksheets[0]
    money = ws["C2"]
    assert money.data_type == "n" and money.value == 1234568  # rounded half away from zero
    assert money.number_format == '#,##0 "kr"'
    assert ws["C3"].value == -5 and ws["C4"].value == -1234
    assert ws["D2"].value == pytest.approx(0.0489) and "%" in ws["D2"].number_format
    assert ws["F2"].value == 3 and ws["F2"].data_type == "n"
    assert ws["G2"].value == 2.5 and ws["G2"].number_format == "0.0"


def test_text_that_looks_like_a_number_stays_text(book):
    ws = book.worksheets[0]
    assert ws["B4"].value == "-5" and ws["B4"].data_type == "s"


def test_dates_are_dates(book):
    ws = book.worksheets[0]
    assert ws["E2"].is_date and ws["E2"].value.date().isoformat() == "2020-01-05"
    assert ws["E3"].value.date().isoformat() == "2021-02-03"  # ISO text from SQLite
    assert ws["E5"].value.date().isoformat() == "2019-06-30"
    assert ws["E2"].number_format == "dd.mm.yyyy"


def test_missing_values_are_empty_cells(book):
    ws = book.worksheets[0]
    assert ws["D4"].value is None and ws["F4"].value is None and ws["G4"].value is None


def test_identity_numbers_are_text_with_leading_zeros(book):
    ws = book.worksheets[0]
    values = [ws.cell(row, 1) for row in range(2, 7)]
    assert all(c.data_type == "s" for c in values)
    assert values[0].value == "01018512345"
    assert values[2].value == "04101851234"  # an int lost its zero; the writer restores it


def test_identity_numbers_masked_on_request(table, tmp_path):
    path = tmp_path / "maskert.xlsx"
    write_xlsx(table, path, mask_identity=True)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A2"].value == "010185 *****"
    assert all("*****" in ws.cell(r, 1).value for r in range(2, 7))


def test_assumptions_sheet(book):
    rows = {r[0]: r[1] for r in book["Forutsetninger"].iter_rows(min_row=2, values_only=True)}
    assert rows["Regelår"] == 2026
    assert rows["Husbanken-rente"] == pytest.approx(0.0489)
    assert rows["Minste botid (år)"] == 3
    assert rows["Kommune"] == "Bø"
    assert rows["Antall rader"] == 5
    assert rows["Liste"] == "Kartlegging 2026"


def test_document_properties(book):
    assert book.properties.title == "Kartlegging 2026"
    assert book.properties.creator == "leietileie"


def test_column_widths_fit_the_content(book):
    ws = book.worksheets[0]
    assert ws.column_dimensions["A"].width >= 11
    assert 6 <= ws.column_dimensions["F"].width <= 60


def test_sheet_name_is_made_valid():
    assert sheet_name("Liste: 2026/27 [utkast]?") == "Liste  2026 27  utkast"
    assert sheet_name("x" * 40) == "x" * 31
    assert sheet_name("Forutsetninger") == "Liste"
    assert sheet_name("") == "Liste"


def test_a_bad_value_names_column_and_row(tmp_path):
    rows = [
        ("01018512345", "Ola", 1, 0.1, None, 1, 1.0),
        ("01018512345", "Kari", "mye", 0.1, None, 1, 1.0),
    ]
    with pytest.raises(InputError, match=r"Samlet inntekt.*rad 2.*'mye'"):
        write_table(make_table(rows), tmp_path / "feil.xlsx")
    assert list(tmp_path.iterdir()) == []
