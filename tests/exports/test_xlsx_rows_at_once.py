"""Whole rows at once: the XML we stream is exactly what XlsxWriter writes cell by cell."""

from __future__ import annotations

import zipfile
from datetime import date

import pytest

from leietileie.exports import write_xlsx
from leietileie.exports import xlsx as xlsx_module

from .conftest import ROWS, make_table, many_rows

AWKWARD = [
    ("01018512345", "  mellomrom foran og bak  ", 1, 0.5, date(1899, 1, 1), 0, 0.0),
    ("02018512345", "kontroll\x01tegn og _x0041_ og <b>&amp;</b>", 10**12, -0.25, None, -3, 1e-9),
    ("03018512345", "x" * 40_000, None, None, "1850-05-17", None, None),
    (None, "", 0, 0.0, date(2026, 12, 31), 1, None),
    ("04018512345", "linje\nskift\ttab", -0.5, 1.0, date(1900, 3, 1), 2, 123456.789),
]


def sheet_xml(path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


@pytest.mark.parametrize(
    "rows", [ROWS, AWKWARD, many_rows(4500), []], ids=["plain", "awkward", "many", "empty"]
)
@pytest.mark.parametrize("masked", [False, True])
def test_rows_at_once_write_the_same_sheet_as_xlsxwriter(rows, masked, tmp_path, monkeypatch):
    table = make_table(rows)
    write_xlsx(table, tmp_path / "fast.xlsx", mask_identity=masked)
    monkeypatch.setattr(xlsx_module, "_can_write_rows", lambda ws: False)
    write_xlsx(table, tmp_path / "slow.xlsx", mask_identity=masked)
    assert sheet_xml(tmp_path / "fast.xlsx") == sheet_xml(tmp_path / "slow.xlsx")


def test_the_fast_path_is_the_one_used(tmp_path, monkeypatch):
    calls = []
    original = xlsx_module._write_rows_at_once
    monkeypatch.setattr(
        xlsx_module, "_write_rows_at_once", lambda *a: calls.append(1) or original(*a)
    )
    write_xlsx(make_table(ROWS), tmp_path / "a.xlsx")
    assert calls == [1]
