"""The XLSX reader (python-calamine within limits): values, the visible sheet, hostile files."""

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from leietileie.errors import InputError
from leietileie.services import xlsx_reader
from leietileie.services.tabular import read_xlsx


def test_reader_values(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["a", "b", "c", "d"])
    ws.append(["0101", 12.5, datetime(2021, 3, 1), "  tekst  "])
    ws.append([None, 7, None, "tekst med æøå"])
    ws["F4"] = "langt ute"
    wb.save(tmp_path / "x.xlsx")
    table = read_xlsx(tmp_path / "x.xlsx")
    assert table.headers == ["a", "b", "c", "d", "", ""]
    (n2, row2), (n3, row3), (n4, row4) = table.rows
    assert (n2, n3, n4) == (2, 3, 4)
    assert row2[:4] == ["0101", 12.5, date(2021, 3, 1), "tekst"]
    assert row3[:2] == [None, 7] and type(row3[1]) is int and row3[3] == "tekst med æøå"
    assert row4[5] == "langt ute"


def test_header_below_empty_rows_keeps_file_row_numbers(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws["B3"], ws["C3"] = "a", "b"
    ws["B4"], ws["C4"] = "x", 1
    wb.save(tmp_path / "x.xlsx")
    table = read_xlsx(tmp_path / "x.xlsx")
    assert table.headers == ["", "a", "b"] and table.rows == [(4, [None, "x", 1])]


def test_hidden_first_sheet_is_skipped(tmp_path):
    wb = Workbook()
    hidden = wb.active
    hidden.title = "Gammel"
    hidden.append(["skjult"])
    hidden.sheet_state = "hidden"
    visible = wb.create_sheet("Leietakere")
    visible.append(["synlig"])
    visible.append(["rad"])
    wb.save(tmp_path / "x.xlsx")
    table = read_xlsx(tmp_path / "x.xlsx")
    assert table.headers == ["synlig"] and table.sheet == "Leietakere"


def test_no_visible_sheet_is_refused(tmp_path):
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a"), ("A2", "b")), state="hidden")
    with pytest.raises(InputError, match="ikke noe synlig regneark"):
        read_xlsx(path)


def test_merged_ranges_are_reported(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["husstand_id", "fornavn"])
    ws.append(["H1", "Kari"])
    ws.append([None, "Ola"])
    ws.merge_cells("A2:A3")
    wb.save(tmp_path / "x.xlsx")
    assert read_xlsx(tmp_path / "x.xlsx").merged == [((2, 0), (3, 0))]


def test_damaged_xlsx_is_refused(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK not really a zip")
    with pytest.raises(InputError, match="kan ikke leses som Excel-fil"):
        read_xlsx(path)


def _sheet_zip(path, sheet_xml: bytes, compress=zipfile.ZIP_DEFLATED, state="visible"):
    """A minimal workbook around one sheet's XML."""
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    with zipfile.ZipFile(path, "w", compress) as z:
        z.writestr(
            "[Content_Types].xml",
            (
                '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                'content-types"><Default Extension="xml" ContentType="application/xml"/>'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                'relationships+xml"/><Override PartName="/xl/workbook.xml" '
                'ContentType="application/'
                'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
                'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                'officedocument.spreadsheetml.worksheet+xml"/></Types>'
            ),
        )
        z.writestr(
            "_rels/.rels",
            (
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
                'Target="xl/workbook.xml"/></Relationships>'
            ),
        )
        z.writestr(
            "xl/workbook.xml",
            (
                f'<?xml version="1.0"?><workbook {ns} {rel}><sheets><sheet name="A" sheetId="1" '
                f'state="{state}" r:id="rId1"/></sheets></workbook>'
            ),
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            (
                '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                'Target="worksheets/sheet1.xml"/></Relationships>'
            ),
        )
        z.writestr(
            "xl/worksheets/sheet1.xml",
            f'<?xml version="1.0"?><worksheet {ns}><sheetData>'.encode()
            + sheet_xml
            + b"</sheetData></worksheet>",
        )
    return path


def _cells(*refs_values):
    return b"".join(
        f'<row r="{r.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{r}" t="inlineStr"><is><t>'
        f"{v}</t></is></c></row>".encode()
        for r, v in refs_values
    )


def test_minimal_workbook_reads(tmp_path):
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a"), ("A2", "b")))
    assert read_xlsx(path).rows == [(2, ["b"])]


@pytest.mark.parametrize("far", ["ZZZZZZZZZZ2", "ZZZZZZ2", "XFE2", "A1048577"])
def test_a_far_away_cell_is_refused_before_reading(tmp_path, far):
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a"), (far, "b")))
    with pytest.raises(InputError, match="utenfor Excels grenser"):
        read_xlsx(path)


def test_too_many_cells_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "MAX_CELLS", 1000)
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a"), ("AB100", "b")))
    with pytest.raises(InputError, match="grensen er 1 000 celler"):
        read_xlsx(path)


def test_zip_bomb_is_refused_by_ratio(tmp_path):
    filler = b"<row/>" * (4 * 1024 * 1024 // 6)
    path = _sheet_zip(tmp_path / "bomb.xlsx", _cells(("A1", "a")) + filler)
    with pytest.raises(InputError, match="zip-bombe"):
        read_xlsx(path)


def test_too_large_file_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsx_reader, "MAX_FILE_BYTES", 100)
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a"), ("A2", "b")))
    with pytest.raises(InputError, match="største tillatte Excel-fil"):
        read_xlsx(path)


def test_bad_shared_string_index_is_refused(tmp_path):
    path = _sheet_zip(tmp_path / "x.xlsx", b'<row r="1"><c r="A1" t="s"><v>99999</v></c></row>')
    with pytest.raises(InputError, match="kan ikke leses som Excel-fil"):
        read_xlsx(path)


def test_column_letters():
    assert [xlsx_reader.column_letters(i) for i in (0, 25, 26, 701, 702)] == [
        "A",
        "Z",
        "AA",
        "ZZ",
        "AAA",
    ]


def _lie_about_size(path, part, size):
    """Patch the local header and the central directory to declare ``size`` for ``part``."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as z:
        info = z.getinfo(part)
    data[info.header_offset + 22 : info.header_offset + 26] = size.to_bytes(4, "little")
    start = 0
    while (central := data.find(b"PK\x01\x02", start)) >= 0:
        name_len = int.from_bytes(data[central + 28 : central + 30], "little")
        if data[central + 46 : central + 46 + name_len] == part.encode():
            data[central + 24 : central + 28] = size.to_bytes(4, "little")
        start = central + 4
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("part", ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"])
def test_a_part_lying_about_its_size_is_refused(tmp_path, part):
    """The zip declares the part 10 bytes long; inflating it gives far more."""
    from hostile.make_corpus import workbook_zip

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    shared = f"<sst {ns}>" + "<si><t>tekst</t></si>" * 2000 + "</sst>"
    path = tmp_path / "x.xlsx"
    workbook_zip(
        path,
        b'<row r="1"><c r="A1" t="s"><v>0</v></c></row>' + b"<row/>" * 1000,
        shared=shared.encode(),
    )
    assert read_xlsx(path).headers == ["tekst"]
    _lie_about_size(path, part, 10)
    with pytest.raises(InputError, match="kan ikke leses som Excel-fil"):
        read_xlsx(path)


def test_cells_without_references_are_read_in_order(tmp_path):
    """A writer that leaves out r="…" is read (placed column after column, row after row),
    so the limits follow calamine's placement rather than refusing such files."""
    sheet = (
        b'<row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>b</t></is></c>'
        b'</row><row><c><v>1</v></c><c r="C2"><v>3</v></c><c><v>4</v></c></row>'
    )
    path = _sheet_zip(tmp_path / "x.xlsx", sheet)
    assert read_xlsx(path).rows == [(2, [1, None, 3, 4])]


@pytest.mark.parametrize(
    "sheet",
    [
        # the reference in single quotes, or with spaces around "="
        b"<row r=\"2\"><c r='ZZZZZZ2'><v>1</v></c></row>",
        b'<row r="2"><c r = "ZZZZZZ2"><v>1</v></c></row>',
        # a namespace prefix (calamine matches the local name)
        b'<row r="2"><x:c xmlns:x="urn:x" r="ZZZZZZ2"><x:v>1</x:v></x:c></row>',
        # another attribute first, holding text that looks like a reference
        b'<row r="2"><c s="0" t="n" r="ZZZZZZ2"><v>1</v></c></row>',
        # a comment before the cell, and a cell after 20 000 cells without a reference
        b'<!-- <c r="A1"> --><row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>',
        b"<row>" + b"<c><v>1</v></c>" * 20_000 + b"</row>",
    ],
)
def test_a_far_cell_in_any_spelling_is_refused(tmp_path, sheet):
    path = _sheet_zip(tmp_path / "x.xlsx", _cells(("A1", "a")) + sheet)
    with pytest.raises(InputError, match="utenfor Excels grenser"):
        xlsx_reader.check_archive(path)


def test_a_dtd_in_the_sheet_is_refused(tmp_path):
    path = tmp_path / "x.xlsx"
    _sheet_zip(path, _cells(("A1", "a")))
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"<worksheet", b'<!DOCTYPE w [<!ENTITY e "x">]><worksheet', 1
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    with pytest.raises(InputError, match="kan ikke leses som Excel-fil"):
        xlsx_reader.check_archive(path)


def test_excel_extension_elements_keep_the_fast_scan(tmp_path):
    """Prefixed elements that place no cells (Excel's x14 extensions) do not send a large
    sheet to the element-by-element walk; a prefixed cell does."""
    plain = _sheet_zip(
        tmp_path / "a.xlsx",
        _cells(("A1", "a"), ("B2", "b"))
        + b'<x14:ext xmlns:x14="urn:x"><x14:id>1</x14:id></x14:ext>',
    )
    prefixed = _sheet_zip(
        tmp_path / "b.xlsx",
        _cells(("A1", "a")) + b'<row r="2"><x:c xmlns:x="urn:x" r="B2"><x:v>1</x:v></x:c></row>',
    )
    for path, fast in ((plain, True), (prefixed, False)):
        with zipfile.ZipFile(path) as archive:
            member = archive.getinfo("xl/worksheets/sheet1.xml")
            found = xlsx_reader._fast_extent("x", archive, member)
        assert (found is not None) == fast


def test_error_cells_count_only_on_the_sheet_that_is_read(tmp_path):
    import xlsxwriter

    path = tmp_path / "x.xlsx"
    book = xlsxwriter.Workbook(str(path))
    hidden = book.add_worksheet("Gammel")
    hidden.write_row(0, 0, ["a", "b"])
    hidden.write_formula(1, 1, "=1/0", None, "#DIV/0!")
    hidden.hide()
    visible = book.add_worksheet("Synlig")
    visible.write_row(0, 0, ["a", "b"])
    visible.write_row(1, 0, ["x", 5])
    visible.write_formula(2, 1, "=NA()", None, "#N/A")
    visible.activate()
    book.close()
    with pytest.raises(InputError) as refused:
        read_xlsx(path)
    assert str(refused.value) == 'rad 3, b "#N/A": er en Excel-feil (#N/A)'
