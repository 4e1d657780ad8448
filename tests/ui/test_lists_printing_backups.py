"""Issue 12: lists sort, filter, copy and export as shown; printing; backups in the app."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from leietileie.storage import Database

# Lists -----------------------------------------------------------------------------------


def _column(model, col: int) -> list[str]:  # type: ignore[no-untyped-def]
    return [str(model.data(model.index(r, col))) for r in range(model.rowCount())]


def test_the_case_list_sorts_by_a_clicked_header_and_filters_by_search(qtbot, qapp, window) -> None:
    from leietileie.services.cases import open_case

    ids = [
        r[0] for r in window.ctx.db.conn.execute("SELECT id FROM households ORDER BY id LIMIT 8")
    ]
    for hid in ids:
        open_case(window.ctx.db, hid)
    window.show_view("cases")
    page = window.views["cases"]
    page.refresh()
    model, table = page.cases_model, page.cases_table
    assert model.rowCount() >= 8
    name_col = 2
    table.horizontalHeader().sectionClicked.emit(name_col)  # what a click on «Navn» does
    table.sortByColumn(name_col, Qt.SortOrder.AscendingOrder)
    names = _column(model, name_col)
    assert names == sorted(names, key=str.lower)
    table.sortByColumn(name_col, Qt.SortOrder.DescendingOrder)
    assert _column(model, name_col) == sorted(names, key=str.lower, reverse=True)
    wanted = names[0]
    page.search.setText(wanted)
    assert model.rowCount() >= 1
    assert all(wanted.lower() in " ".join(model.texts(r)).lower() for r in model.rows)
    page.search.clear()
    assert model.rowCount() == len(names)


def test_ctrl_c_copies_the_selected_rows_with_headers(qtbot, qapp, window) -> None:
    tenants = window.views["tenants"]
    tenants.table.setFocus()
    tenants.table.selectRow(2)
    qapp.processEvents()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(tenants.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    model = tenants.model
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert lines[0].split("\t") == header
    assert lines[1].split("\t")[0] == model.data(model.index(2, 0))
    assert len(lines) == 2


def test_the_right_click_menu_offers_copy_export_and_print(qtbot, window) -> None:
    from leietileie.ui.table_tools import context_menu

    tenants = window.views["tenants"]
    texts = [a.text().replace("&", "") for a in context_menu(tenants.table, window).actions()]
    assert texts == ["Kopier", "Eksporter listen som vist …", "Skriv ut listen …"]
    assert tenants.table.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu


def test_a_list_is_exported_as_shown_to_csv_and_xlsx(qtbot, tmp_path, window, answers) -> None:
    from openpyxl import load_workbook

    from leietileie.ui.table_tools import export_shown

    tenants = window.views["tenants"]
    tenants.type_filter.setCurrentIndex(1)  # a filter: only what is shown is exported
    model = tenants.model
    shown = model.rowCount()
    assert 0 < shown < 60
    written = export_shown(tenants.table, window, tmp_path / "liste.csv")
    assert written is not None
    text = written.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(text.splitlines(), delimiter=";"))
    header = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert rows[0] == header
    assert len(rows) == shown + 1
    assert rows[1][0] == model.data(model.index(0, 0))
    xlsx = export_shown(tenants.table, window, tmp_path / "liste.xlsx")
    sheet = load_workbook(xlsx, read_only=True).worksheets[0]
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    assert header[0] in [str(c) for row in cells[:5] for c in row]
    assert sum(1 for row in cells if row and row[0] == model.data(model.index(0, 0))) == 1


def test_the_statistics_table_sorts_and_filters(qtbot, window) -> None:
    from leietileie.services.cases import move_case, open_case

    households = window.ctx.db.conn.execute(
        "SELECT id FROM households ORDER BY id LIMIT 4"
    ).fetchall()
    for n, (hid,) in enumerate(households):
        on = date(2023 + n, 3, 1)
        move_case(window.ctx.db, open_case(window.ctx.db, hid, on=on).id, "invitert", on=on)
    window.show_view("cases")
    page = window.views["cases"]
    page.tabs.setCurrentIndex(1)
    stats = page.stats
    stats.refresh()
    model = stats.model
    assert model.rowCount() >= 4
    stats.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    years = _column(model, 0)
    assert years == sorted(years, reverse=True)
    stats.search.setText("1999")
    assert model.rowCount() == 0
    assert page.table is stats.table


@pytest.mark.parametrize("view", ["tenants", "assessment", "cases"])
def test_a_visible_brev_button(window, view) -> None:
    window.show_view(view)
    buttons = [b.text().replace("&", "") for b in window.views[view].findChildren(QPushButton)]
    assert "Brev …" in buttons


# Printing --------------------------------------------------------------------------------


@pytest.fixture
def pdf(tmp_path) -> Path:
    from leietileie.exports import Column, Table, write_table

    rows = [(f"Person {n}", str(n)) for n in range(120)]  # more than one page
    return write_table(
        Table("Liste", [Column("a", "Navn"), Column("b", "Nr")], rows), tmp_path / "liste.pdf"
    )


def test_pdf_pages_are_rendered_onto_the_printer(qapp, tmp_path, pdf) -> None:
    from leietileie.ui.printing import load, render_pages

    document = load(pdf)
    assert document.pageCount() >= 2
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert render_pages(document, printer) == document.pageCount()
    printed = load(tmp_path / "printed.pdf")
    assert printed.pageCount() == document.pageCount()


def test_printing_goes_through_the_preview_dialog(qapp, monkeypatch, pdf) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from leietileie.ui import printing

    seen = []
    monkeypatch.setattr(printing, "run_dialog", lambda dialog: seen.append(dialog) or True)
    assert printing.print_pdf(None, pdf)
    assert isinstance(seen[0], QPrintPreviewDialog)


def test_open_says_when_no_pdf_viewer_is_installed(qapp, monkeypatch, answers, pdf) -> None:
    from PySide6.QtGui import QDesktopServices

    from leietileie.ui import printing

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert printing.open_pdf(None, pdf) is False
    assert answers and answers[0][0] == "error" and str(pdf) in answers[0][1]


def test_a_list_prints_as_shown(qtbot, monkeypatch, window) -> None:
    from leietileie.ui import printing

    seen = []
    monkeypatch.setattr(printing, "run_dialog", lambda dialog: seen.append(dialog) or True)
    window.show_view("tenants")
    window.print_list()
    document = seen[0].property("pdf_document")
    assert document.pageCount() >= 1


# Backups ---------------------------------------------------------------------------------


def test_a_backup_made_in_the_app_is_a_copy_of_the_register(
    qtbot, tmp_path, window, answers
) -> None:
    from leietileie.ui import backups

    target = backups.make_backup(window, tmp_path / "kopi.db")
    assert target is not None and target.exists()
    with Database.open(target) as copy:
        assert copy.households.count() == window.ctx.db.households.count()
    assert backups.last_copied() == date.today()
    assert backups.reminder() == ""
    assert answers[-1][0] == "info" and str(target) in answers[-1][1]


def test_a_backup_made_with_the_command_line_counts_as_copied_elsewhere(
    qapp, tmp_path, demo_db_path
) -> None:
    """A scheduled ``leietileie backup TARGET`` to a network drive is a copy elsewhere: the
    app's 30-day reminder must not nag after it (issue 12, item 6)."""
    from leietileie.cli import main
    from leietileie.paths import backup_dir
    from leietileie.ui import backups, fmt

    today = date.today()
    QSettings().setValue(backups.FIRST_USE, (today - timedelta(days=60)).isoformat())
    assert "sikkerhetskopi" in backups.reminder(today).lower()  # 60 days, nothing copied
    # a backup into the automatic backup folder is not a copy elsewhere
    inside = backup_dir() / "leietileie-manuell.db"
    assert main(["--db", str(demo_db_path), "backup", str(inside)]) == 0
    assert "sikkerhetskopi" in backups.reminder(today).lower()
    (tmp_path / "nettverk").mkdir()
    target = tmp_path / "nettverk" / "kopi.db"
    assert main(["--db", str(demo_db_path), "backup", str(target)]) == 0
    assert backups.reminder(today) == ""
    assert backups.last_copied() == today
    assert backups.reminder(today + timedelta(days=30)) == ""
    assert fmt.day(today) in backups.reminder(today + timedelta(days=31))


def test_a_reminder_when_no_backup_was_copied_elsewhere_for_a_month(qapp) -> None:
    from leietileie.ui import backups

    today = date(2026, 11, 30)
    assert backups.reminder(today) == ""  # the first use starts the clock
    assert backups.reminder(today + timedelta(days=30)) == ""
    assert "sikkerhetskopi" in backups.reminder(today + timedelta(days=31)).lower()
    QSettings().setValue(backups.LAST_COPIED, (today + timedelta(days=20)).isoformat())
    assert backups.reminder(today + timedelta(days=40)) == ""
    assert "20.12.2026" in backups.reminder(today + timedelta(days=51))


def test_a_failed_automatic_backup_is_shown_in_the_app(qtbot, monkeypatch, window, answers) -> None:
    from leietileie.ui import app

    def broken(path):  # type: ignore[no-untyped-def]
        raise OSError("disken er full")

    monkeypatch.setattr(app, "auto_backup", broken)
    backup = app.start_auto_backup(window)
    assert backup is not None
    assert backup.wait(10_000)
    qtbot.waitUntil(lambda: bool(backup.problem), timeout=5000)  # reported on the GUI thread
    assert "disken er full" in backup.problem
    assert "disken er full" in window.status_backup.text()
    assert answers[-1] == ("error", backup.problem)


def test_the_automatic_backup_runs_in_a_worker_after_the_window_is_shown(
    qapp, monkeypatch, demo_db_path
) -> None:
    """Issue 12 item 8: the start no longer waits for the backup (0.56 s on 100 000
    households) before the window shows."""
    import sys
    import threading

    from PySide6.QtWidgets import QApplication

    from leietileie.paths import backup_dir
    from leietileie.ui import app
    from leietileie.ui.main_window import MainWindow

    seen: list[tuple[bool, bool]] = []
    real = app.auto_backup

    def spy(path):  # type: ignore[no-untyped-def]
        shown = any(
            isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        seen.append((threading.current_thread() is threading.main_thread(), shown))
        return real(path)

    monkeypatch.setattr(app, "auto_backup", spy)
    monkeypatch.setattr(type(qapp), "exec", lambda self: 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert app.run(demo_db_path, demo=False, lang="nb") == 0  # returns once the backup is done
    assert seen == [(False, True)]  # once, off the GUI thread, with the window already shown
    (copy,) = backup_dir().glob("leietileie-*.db")
    with Database.open(copy) as db, Database.open(demo_db_path) as live:
        assert db.households.count() == live.households.count()
    for widget in qapp.topLevelWidgets():
        widget.close()


def test_a_register_the_start_will_upgrade_is_backed_up_before_it_is_opened(qapp, tmp_path) -> None:
    """The copy as the older release left it is what a failed upgrade needs: taken before
    the schema changes, not in the background after."""
    import shutil

    from leietileie.paths import backup_dir
    from leietileie.storage.transfer import file_schema_version
    from leietileie.ui import app

    old = tmp_path / "v9.db"
    shutil.copy(Path(__file__).resolve().parents[1] / "data" / "schema" / "v9.db", old)
    assert file_schema_version(old) == 9
    db, is_new, problem = app.open_register(old)
    try:
        assert not is_new and problem == ""
        (copy,) = backup_dir().glob("leietileie-*.db")
        assert file_schema_version(copy) == 9
        assert file_schema_version(old) > 9  # opened, and upgraded after the copy
    finally:
        db.close()


def test_restore_from_a_backup_in_the_app(qtbot, tmp_path, demo_db_path, answers) -> None:
    from leietileie.services.register import backup
    from leietileie.ui import backups
    from leietileie.ui.context import AppContext
    from leietileie.ui.main_window import MainWindow

    saved = backup(demo_db_path, tmp_path / "før.db")
    db = Database.open(demo_db_path, actor="tester")
    before = db.households.count()
    first = db.households.page(0, 1)[0].id
    db.households.delete(first, expected_version=db.households.get(first).version)
    assert db.households.count() == before - 1
    window = MainWindow(AppContext(db))
    qtbot.addWidget(window)
    window.show()
    assert backups.restore_backup(window, saved)
    assert not window.isVisible()  # the program closes to reopen the restored register
    with Database.open(demo_db_path) as restored:
        assert restored.households.count() == before


def test_the_deadline_list_sorts_and_follows_the_search(qtbot, window) -> None:
    from leietileie.services.cases import move_case, open_case

    households = window.ctx.db.conn.execute(
        "SELECT id FROM households ORDER BY id LIMIT 4"
    ).fetchall()
    for n, (hid,) in enumerate(households):
        on = date.today() - timedelta(days=40 + 5 * n)  # the follow-up deadlines are overdue by now
        move_case(window.ctx.db, open_case(window.ctx.db, hid, on=on).id, "invitert", on=on)
    window.show_view("cases")
    page = window.views["cases"]
    page.refresh()
    model = page.due_model
    assert model.rowCount() >= 4
    page.due_table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    days = [r.due_on for r in model.rows]
    assert days == sorted(days, reverse=True)
    name = model.rows[0].name
    page.search.setText(name)
    assert model.rowCount() >= 1 and all(name.lower() in r.name.lower() for r in model.rows)


def test_a_list_export_is_logged_first_and_no_file_when_it_cannot_be(
    qtbot, tmp_path, window, answers, monkeypatch
) -> None:
    """Logged before written (the office database's reader may not append to the audit log:
    the refusal is shown and no file is left with the tenants' data)."""
    from leietileie.services import app_writes
    from leietileie.storage.errors import Unavailable
    from leietileie.ui.table_tools import export_shown

    tenants = window.views["tenants"]
    written = export_shown(tenants.table, window, tmp_path / "liste.csv")
    assert written is not None and written.exists()
    (entry,) = window.ctx.db.audit.list(entity="list")
    assert entry.action == "exported" and entry.details["rows"] == tenants.model.rowCount()

    def refused(*args, **kwargs):
        raise Unavailable("Du har ikke tilgang til dette i kontorets database")

    monkeypatch.setattr(app_writes, "record_export", refused)
    assert export_shown(tenants.table, window, tmp_path / "nei.csv") is None
    assert not (tmp_path / "nei.csv").exists()
