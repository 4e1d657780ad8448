"""Issue 12 (2): a list exported "as shown" holds typed values: numbers are numbers (with a
kr format in XLSX), dates are dates, text is text; CSV writes numbers the Norwegian way
(no thousands separator, no «kr»); the file is written off the GUI thread."""

from __future__ import annotations

import csv
import threading
from datetime import date, datetime

from python_calamine import CalamineWorkbook


def _sheet(path):  # type: ignore[no-untyped-def]
    book = CalamineWorkbook.from_path(str(path))
    return book.get_sheet_by_index(0).to_python()


def _header_row(rows, first):  # type: ignore[no-untyped-def]
    return next(n for n, row in enumerate(rows) if row and row[0] == first)


def test_the_tenant_list_exports_numbers_as_numbers(qtbot, tmp_path, window, answers) -> None:
    from openpyxl import load_workbook

    from leietileie.ui.table_tools import export_shown

    tenants = window.views["tenants"]
    model = tenants.model
    n = model.rowCount()
    written = export_shown(tenants.table, window, tmp_path / "liste.xlsx")
    assert written is not None
    rows = _sheet(written)
    top = _header_row(rows, "Navn")
    header = rows[top]
    body = rows[top + 1 : top + 1 + n]
    assert len(body) == n
    income, persons, rent = (
        header.index("Inntekt/år"),
        header.index("Pers."),
        header.index("Husleie/mnd"),
    )
    for r, row in enumerate(body):
        source = model.row_at(r)
        assert row[0] == source.name  # text stays text
        assert isinstance(row[income], int | float) and row[income] == round(source.gross_income)
        assert isinstance(row[persons], int | float) and row[persons] == source.size
        if source.rent is not None:
            assert isinstance(row[rent], int | float) and row[rent] == round(source.rent)
    # the amount is a number shown with «kr» by the cell's format, not a text '393 300 kr'
    sheet = load_workbook(written).worksheets[0]
    cell = sheet.cell(row=top + 2, column=income + 1)
    assert isinstance(cell.value, int | float) and "kr" in cell.number_format


def test_the_tenant_list_csv_has_norwegian_numbers(qtbot, tmp_path, window, answers) -> None:
    from leietileie.ui.table_tools import export_shown

    tenants = window.views["tenants"]
    model = tenants.model
    written = export_shown(tenants.table, window, tmp_path / "liste.csv")
    assert written is not None
    rows = list(csv.reader(written.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    income = rows[0].index("Inntekt/år")
    first = model.row_at(0)
    # whole kroner, no thousands separator, no unit: 393300, not «393 300 kr»
    assert rows[1][income] == str(round(first.gross_income))
    assert rows[1][income].isdigit()


def test_the_case_list_exports_dates_as_dates(qtbot, tmp_path, window, answers) -> None:
    from leietileie.services.cases import open_case
    from leietileie.ui.table_tools import export_shown

    (hid,) = window.ctx.db.conn.execute("SELECT id FROM households ORDER BY id LIMIT 1").fetchone()
    open_case(window.ctx.db, hid, on=date(2026, 3, 2))
    window.show_view("cases")
    page = window.views["cases"]
    page.refresh()
    model = page.cases_model
    assert model.rowCount() > 0
    written = export_shown(page.cases_table, window, tmp_path / "saker.xlsx")
    assert written is not None
    rows = _sheet(written)
    top = _header_row(rows, "Sak")
    header = rows[top]
    opened = header.index("Åpnet")
    first = rows[top + 1]
    source = model.rows[0]
    assert first[0] == source.case_id
    value = first[opened]
    value = value.date() if isinstance(value, datetime) else value
    assert isinstance(value, date) and value == date(2026, 3, 2) == source.opened_on


def test_the_file_is_written_off_the_gui_thread(
    qtbot, tmp_path, window, answers, monkeypatch
) -> None:
    from leietileie import exports
    from leietileie.ui import household_model
    from leietileie.ui.table_tools import export_shown

    threads: list[threading.Thread] = []
    real = exports.write_table

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(exports, "write_table", spy)
    tenants = window.views["tenants"]
    reads: list[threading.Thread] = []
    real_fetch = household_model.HouseholdTableModel._fetch

    def fetch(self, offset, limit, db=None):  # type: ignore[no-untyped-def]
        reads.append(threading.current_thread())
        return real_fetch(self, offset, limit, db)

    monkeypatch.setattr(household_model.HouseholdTableModel, "_fetch", fetch)
    written = export_shown(tenants.table, window, tmp_path / "liste.xlsx")
    assert written is not None and written.exists()
    assert threads and threads[0] is not threading.main_thread()
    # the register's rows are read on the worker's own connection too
    assert reads and all(t is not threading.main_thread() for t in reads)
    rows = _sheet(written)
    assert len(rows) - 1 - _header_row(rows, "Navn") == tenants.model.rowCount()


def test_the_tenant_list_is_read_in_pages_in_the_shown_order(qtbot, window, monkeypatch) -> None:
    """The export reads the lazy tenant list a page at a time (not cell by cell): the rows
    come out in the order shown, across page ends, also when sorted by household type."""
    from PySide6.QtCore import Qt

    from leietileie.ui import household_model
    from leietileie.ui.table_tools import shown_values

    monkeypatch.setattr(household_model, "EXPORT_PAGE", 7)
    tenants = window.views["tenants"]
    model = tenants.model
    for column in (0, 4):
        tenants.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
        shown = [
            (model.data(model.index(r, 0)), model.data(model.index(r, 4)))
            for r in range(model.rowCount())
        ]
        exported = [(row[0], row[4]) for row in shown_values(tenants.table)]
        assert exported == shown and len(shown) == 60
