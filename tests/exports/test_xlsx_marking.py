"""A confidential list's XLSX carries its marking with the legal basis (issue 11, item 5): the
first line of the data sheet and the printed pages' header and footer; the column headers
stay a usable header row (bold, frozen, filtered, repeated on every printed page)."""

from __future__ import annotations

import re
import zipfile
from dataclasses import replace

import openpyxl
import pytest

from leietileie.exports import write_xlsx
from leietileie.exports.model import ColumnarRows

from .conftest import make_table

MARKING = "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13"


@pytest.fixture(params=["rows", "cell_by_cell"])
def marked(request, tmp_path, monkeypatch):
    if request.param == "cell_by_cell":  # the path without XlsxWriter's streaming internals
        monkeypatch.setattr("leietileie.exports.xlsx._can_write_rows", lambda ws: False)
    path = tmp_path / "liste.xlsx"
    write_xlsx(replace(make_table(), confidential=MARKING), path)
    return path


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_the_marking_is_the_first_line_and_the_headers_follow(marked):
    ws = openpyxl.load_workbook(marked).worksheets[0]
    assert ws["A1"].value == MARKING and ws["A1"].font.b
    assert [c.value for c in ws[2]][:3] == ["Fødselsnummer", "Navn", "Samlet inntekt"]
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:G7"
    assert ws["C3"].value == 1234568  # the first data row, as in the unmarked list's row 2
    assert ws.max_row == 7


def test_the_marking_is_in_the_print_header_and_footer(marked):
    xml = sheet_xml(marked)
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", xml).group(1)
    footer = re.search(r"<oddFooter>(.*?)</oddFooter>", xml).group(1)
    assert MARKING in header and MARKING in footer
    assert "&amp;P" in footer and "&amp;N" in footer  # Side X av Y
    with zipfile.ZipFile(marked) as archive:
        workbook = archive.read("xl/workbook.xml").decode("utf-8")
    assert "_xlnm.Print_Titles" in workbook and "$1:$2" in workbook


def test_an_unmarked_list_keeps_its_header_in_the_first_line(tmp_path):
    path = tmp_path / "liste.xlsx"
    write_xlsx(make_table(), path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A1"].value == "Fødselsnummer" and ws.freeze_panes == "A2"
    assert "Unntatt" not in sheet_xml(path)


def test_columnar_rows_are_marked_too(tmp_path):
    table = make_table()
    columns = list(zip(*table.rows, strict=True))
    columnar = replace(table, rows=ColumnarRows(columns), confidential=MARKING)
    path = tmp_path / "liste.xlsx"
    write_xlsx(columnar, path)
    ws = openpyxl.load_workbook(path).worksheets[0]
    assert ws["A1"].value == MARKING and ws["B2"].value == "Navn"
