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
