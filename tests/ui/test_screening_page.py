"""The Kartlegging page driven through its real widgets (offscreen)."""

from datetime import date

import pytest

from leietileie.services.demo import create_demo
from leietileie.services.screening import CATEGORIES
from leietileie.storage.database import Database
from leietileie.ui import messages
from leietileie.ui.context import AppContext
from leietileie.ui.views.screening_page import ScreeningPage

ON = date(2026, 11, 25)


@pytest.fixture
def page(qtbot, tmp_path, monkeypatch):
    db = Database.open(tmp_path / "reg.db", actor="tester")
    create_demo(db, households=150, seed=1, today=ON)
    shown = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: shown.append(("info", text)))
    monkeypatch.setattr(
        messages, "error", lambda parent, title, text: shown.append(("error", text))
    )
    ctx = AppContext(db)
    widget = ScreeningPage(ctx)
    widget.shown = shown
    qtbot.addWidget(widget)
    yield widget
    db.close()


def _run(qtbot, page):
    page.run_screening()
    qtbot.waitUntil(
        lambda: page.model.run_id is not None and page.run_button.isEnabled(), timeout=30_000
    )


def test_same_signature_as_the_other_views(page):
    assert page.name == "screening"
    assert page.model.rowCount() == 0
    assert "Ingen kartlegging" in page.run_label.text()
    assert not page.export_button.isEnabled()


def test_runs_a_screening_and_shows_counts(qtbot, page):
    _run(qtbot, page)
    counts = page.model.index_.counts()
    assert sum(counts.values()) == page.model.rowCount() == 150
    for key in CATEGORIES:
        assert page.count_labels[key].text().endswith(str(counts[key]))
    assert page.chart.series()[0].barSets()[0].count() == len(CATEGORIES)  # one bar per result
    assert page.model.data(page.model.index(0, 0)) == "1"
    busiest = max(CATEGORIES, key=counts.get)
    page.category_filter.setCurrentIndex(page.category_filter.findData(busiest))
    assert page.model.rowCount() == counts[busiest]
    assert page.count_label.text().startswith(str(counts[busiest]))
    page.reason_filter.setCurrentIndex(page.reason_filter.findData("no_capacity"))
    # Counted straight from the stored results, not through the view's index.
    stored = page.ctx.db.screening.results(page.model.run_id)
    expected = sum(1 for r in stored if r.category == busiest and "no_capacity" in r.reasons)
    assert page.model.rowCount() == expected
    assert page.shown == []


def test_export_writes_a_file_and_logs_it(qtbot, page, tmp_path):
    _run(qtbot, page)
    target = tmp_path / "liste.csv"
    page.export_to(target, ["rank", "name", "national_id", "price"])
    qtbot.waitUntil(lambda: any(kind == "info" for kind, _ in page.shown), timeout=30_000)
    text = target.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].split(";") == ["Rang", "Søker", "Fødselsnummer", "Pris"]
    assert "*****" in text  # identity masked by default
    (entry,) = page.ctx.db.audit.list(action="exported")
    assert entry.details["rows"] == 150


def test_open_cases_for_selection_and_letters_button(qtbot, page):
    _run(qtbot, page)
    page.table.selectRow(0)
    assert page.cases_button.isEnabled()
    task = page.open_cases()
    assert task is not None
    qtbot.waitUntil(lambda: task.done and bool(page.shown), timeout=30_000)
    hid = page.model.household_id(0)
    assert page.ctx.db.cases.current(hid).state == "kartlagt"
    assert "1 saker åpnet" in page.shown[-1][1]
    assert page.cases_button.isEnabled()
    assert page.letters_button.toolTip()


def test_open_cases_for_a_large_selection_runs_in_the_worker(qtbot, page, monkeypatch):
    import threading

    from leietileie.ui.views import screening_page

    _run(qtbot, page)
    page.table.selectRow(0)
    first = page.selected_ids()
    page.open_cases()  # one household already has its case: it is skipped below
    qtbot.waitUntil(lambda: len(page.shown) == 1, timeout=30_000)
    threads = []
    real = screening_page.mark_screened

    def spy(db, run_id, ids):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(db, run_id, ids)

    monkeypatch.setattr(screening_page, "mark_screened", spy)
    monkeypatch.setattr(screening_page, "CASES_BATCH", 40)
    page.table.selectAll()
    ids = page.selected_ids()
    assert len(ids) == 150
    task = page.open_cases()
    assert not page.cases_button.isEnabled()  # until the worker is done
    qtbot.waitUntil(lambda: task.done and len(page.shown) == 2, timeout=30_000)
    kind, text = page.shown[-1]
    assert kind == "info" and text == "149 saker åpnet, 1 hadde allerede en åpen sak.", text
    assert len(threads) == 4 and threading.main_thread() not in threads
    assert all(page.ctx.db.cases.current(h).state == "kartlagt" for h in ids)
    assert page.ctx.db.cases.current(first[0]) is not None
    assert page.cases_button.isEnabled()


def test_opening_cases_can_be_cancelled_between_batches(qtbot, page, monkeypatch):
    import time

    from leietileie.ui.views import screening_page

    _run(qtbot, page)
    monkeypatch.setattr(screening_page, "CASES_BATCH", 50)
    real = screening_page.mark_screened
    page.table.selectAll()
    ids = page.selected_ids()
    tasks = []

    def cancel_after_first(db, run_id, ids):  # type: ignore[no-untyped-def]
        while not tasks:  # the task is handed back just after its thread starts
            time.sleep(0.001)
        tasks[0].cancelled.set()  # what Avbryt sets (the label is left alone off the GUI thread)
        return real(db, run_id, ids)

    monkeypatch.setattr(screening_page, "mark_screened", cancel_after_first)
    tasks.append(page.open_cases())
    qtbot.waitUntil(lambda: tasks[0].done and bool(page.shown), timeout=30_000)
    kind, text = page.shown[-1]
    assert kind == "info" and text.startswith("Avbrutt") and "50 saker åpnet" in text, text
    opened = sum(page.ctx.db.cases.current(h) is not None for h in ids)
    assert opened == 50


def test_invitation_letters_for_selection(qtbot, page, tmp_path):
    _run(qtbot, page)
    page.table.selectRow(0)
    page.table.selectionModel().select(
        page.model.index(1, 0),
        page.table.selectionModel().SelectionFlag.Select
        | page.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(page.selected_ids()) == 2 and page.letters_button.isEnabled()
    from leietileie.services.letters import confirm_rule_groups
    from leietileie.services.settings import Settings

    confirm_rule_groups(page.ctx.db, Settings(page.ctx.db).year())  # checked in Innstillinger first
    page.make_letters_in(tmp_path)
    qtbot.waitUntil(
        lambda: any(kind in ("info", "error") for kind, _ in page.shown), timeout=60_000
    )
    kind, text = page.shown[-1]
    assert kind == "info" and "2 invitasjonsbrev" in text, text
    assert len(list(tmp_path.glob("*.pdf"))) >= 2


def test_results_sort_by_a_header_and_filter_by_search(qtbot, page):
    from PySide6.QtCore import Qt

    from leietileie.ui.views.screening_model import COLUMNS

    _run(qtbot, page)
    model = page.model
    surplus = [k for k, _, _ in COLUMNS].index("surplus")
    page.table.sortByColumn(surplus, Qt.SortOrder.DescendingOrder)
    values = [model.row_at(r).surplus for r in range(model.rowCount())]
    assert values == sorted(values, reverse=True) and len(values) == 150
    name = model.row_at(0).name
    page.search.setText(name.split()[-1])
    assert 1 <= model.rowCount() < 150
    assert all(
        name.split()[-1].lower() in model.row_at(r).name.lower() for r in range(model.rowCount())
    )
    page.search.clear()
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [model.data(model.index(r, 0)) for r in range(3)] == ["1", "2", "3"]


def test_a_large_run_is_loaded_in_the_background(qtbot, page, monkeypatch):
    """Above BACKGROUND_LOAD_ROWS the run's index is read by a worker with its own connection
    (issue 15 item 4); the GUI thread's connection is not used for it."""
    import threading

    from leietileie.ui.views import screening_page

    _run(qtbot, page)
    run_id = page.model.run_id
    expected = page.model.rowCount()
    threads: list[str] = []
    real = screening_page.result_index

    def spy(db, rid):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        assert db is not page.ctx.db
        return real(db, rid)

    monkeypatch.setattr(screening_page, "result_index", spy)
    monkeypatch.setattr(screening_page, "BACKGROUND_LOAD_ROWS", 10)
    page.model.load(None)
    assert page.model.rowCount() == 0
    page.load_run(run_id)
    qtbot.waitUntil(lambda: page.model.run_id == run_id, timeout=10_000)
    assert page.model.rowCount() == expected > 0
    assert threads and threads[0] != threading.main_thread().name
