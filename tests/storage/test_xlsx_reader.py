from datetime import date, datetime

from openpyxl import Workbook

from leietileie.services.tabular import parse_date, read_xlsx


def test_reader_matches_openpyxl_values(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["a", "b", "c", "d"])
    ws.append(["0101", 12.5, datetime(2021, 3, 1), "=SUM(B2:B3)"])
    ws.append([None, 7, None, "tekst med æøå"])
    ws["F4"] = "langt ute"
    wb.save(tmp_path / "x.xlsx")
    table = read_xlsx(tmp_path / "x.xlsx")
    assert table.headers == ["a", "b", "c", "d"]
    (n2, row2), (n3, row3), (n4, row4) = table.rows
    assert (n2, n3, n4) == (2, 3, 4)
    assert row2[0] == "0101" and row2[1] == 12.5 and row2[3] == "=SUM(B2:B3)"
    assert parse_date(row2[2]) == date(2021, 3, 1)
    assert row3[:2] == [None, 7] and row3[3] == "tekst med æøå"
    assert row4[5] == "langt ute"


def test_damaged_xlsx_is_refused(tmp_path):
    import pytest

    from leietileie.errors import InputError

    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK not really a zip")
    with pytest.raises(InputError, match="kan ikke leses som Excel-fil"):
        read_xlsx(path)


def _both_readers(path, block):
    import zipfile

    from leietileie.services import xlsx_reader

    fast = list(xlsx_reader.iter_rows(str(path), block=block))
    with zipfile.ZipFile(path) as archive:
        strings = xlsx_reader._shared_strings(archive)
        sheet = archive.open(xlsx_reader._first_sheet_path(archive))
        slow = list(xlsx_reader._iter_rows_events(sheet, strings))
    return fast, slow


def test_block_reader_equals_the_event_reader(tmp_path):
    """Shared and inline strings, rich text, formulas, gaps, booleans, escapes, any block size."""
    import xlsxwriter

    wb = Workbook()
    ws = wb.active
    ws.append(["a", "b", "c", "d", "e"])
    for i in range(60):
        ws.append([f"0{i}", i * 1.5, datetime(2021, 3, 1 + i % 28), "=SUM(B2:B3)", True])
        ws.append([None, 7, None, "æøå & <tag> \"q\"", None])
    ws["AB70"] = "langt ute"
    wb.save(tmp_path / "openpyxl.xlsx")
    book = xlsxwriter.Workbook(str(tmp_path / "inline.xlsx"), {"constant_memory": True})
    sheet = book.add_worksheet()
    bold = book.add_format({"bold": True})
    for r in range(80):
        sheet.write_row(r, 0, [f"x{r}", r, "", "a & b", 2.5, False])
        sheet.write_rich_string(r, 7, "ri", bold, "ch")
        sheet.write_formula(r, 8, "=A1&B1", None, "x")
        sheet.write_blank(r, 9, None, bold)
    book.close()
    book = xlsxwriter.Workbook(str(tmp_path / "shared.xlsx"))
    sheet = book.add_worksheet()
    for r in range(80):
        sheet.write_row(r, 0, [f"s{r % 7}", r, None, "ø", -3.25e-5])
    book.close()
    for name in ("openpyxl.xlsx", "inline.xlsx", "shared.xlsx"):
        for block in (64, 1000, 1 << 22):
            fast, slow = _both_readers(tmp_path / name, block)
            assert fast == slow and len(fast) >= 80, (name, block)
