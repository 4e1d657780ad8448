"""The Saker page driven through its real widgets (offscreen)."""

from datetime import date, timedelta

import pytest

from leietileie.services.cases import move_case, open_case
from leietileie.services.demo import create_demo
from leietileie.storage.database import Database
from leietileie.ui import messages
from leietileie.ui.context import AppContext
from leietileie.ui.views.case_models import OVERDUE
from leietileie.ui.views.cases_page import CasesPage

ON = date(2026, 11, 25)


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "reg.db", actor="tester")
    create_demo(database, households=150, seed=1, today=ON)
    yield database
    database.close()


@pytest.fixture
def shown(monkeypatch):
    found = []
    monkeypatch.setattr(messages, "info", lambda parent, title, text: found.append(("info", text)))
    monkeypatch.setattr(
        messages, "error", lambda parent, title, text: found.append(("error", text))
    )
    return found


def _ids(db, n):
    return [r[0] for r in db.conn.execute("SELECT id FROM households ORDER BY id LIMIT ?", (n,))]


def _page(qtbot, db):
    page = CasesPage(AppContext(db))
    qtbot.addWidget(page)
    page.show()
    return page


def test_shows_an_overdue_deadline_in_red(qtbot, db, shown):
    late, fresh = _ids(db, 2)
    case = open_case(db, late, on=date.today() - timedelta(days=60))
    move_case(db, case.id, "invitert", on=date.today() - timedelta(days=40))
    open_case(db, fresh)
    page = _page(qtbot, db)
    model = page.cases_model
    assert model.rowCount() == 2
    row = model.row_of(case.id)
    assert row == 0  # the nearest deadline first
    due = model.index(row, 6)
    assert "forfalt" in model.data(due)
    assert model.data(due, 9) == OVERDUE  # Qt.ForegroundRole
    assert page.due_model.rowCount() == 1 and page.due_model.rows[0].overdue
    assert page.due_model.rows[0].name in page.due_model.data(page.due_model.index(0, 2))
    assert "1 forfalte frister" in page.count_label.text()
    assert shown == []


def test_moves_a_case_with_a_note(qtbot, db, shown):
    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=ON)
    page = _page(qtbot, db)
    page.select_case(case.id)
    states = [page.next_state.itemData(i) for i in range(page.next_state.count())]
    assert states == ["invitert", "vedtak_sendt", "avsluttet"]
    page.move_note.setText("brev sendt")
    page.move_selected()
    assert db.cases.get(case.id).state == "invitert"
    assert "brev sendt" in page.detail.toPlainText()
    assert "Kartlagt → Invitert" in page.detail.toPlainText()
    assert (
        db.audit.list(entity="case", entity_id=case.id, action="changed")[0].details["to"]
        == "invitert"
    )
    page.next_state.setCurrentIndex(page.next_state.findData("avsluttet"))
    page.move_selected()
    assert not page.move_button.isEnabled()
    page.state_filter.setCurrentIndex(page.state_filter.findData("__open__"))
    assert page.cases_model.rowCount() == 0


def test_statistics_tab_and_export(qtbot, db, shown, tmp_path):
    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=ON)
    move_case(db, case.id, "invitert", on=ON)
    page = _page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    stats = page.stats
    assert stats.model.rowCount() == 1
    assert stats.model.data(stats.model.index(0, 0)) == str(ON.year)
    assert len(stats.chart.series()[0].barSets()) == 5
    path = stats.export_to(tmp_path / "statistikk.xlsx")
    assert path.exists()
    assert db.audit.list(entity="statistics")[0].action == "exported"


def test_the_statistics_export_leaves_no_file_when_it_cannot_be_logged(
    qtbot, db, tmp_path, monkeypatch
):
    from leietileie.services import app_writes
    from leietileie.storage.errors import Unavailable

    def refused(*args, **kwargs):
        raise Unavailable("Du har ikke tilgang til dette i kontorets database")

    monkeypatch.setattr(app_writes, "record_export", refused)
    page = _page(qtbot, db)
    page.tabs.setCurrentIndex(1)
    with pytest.raises(Unavailable):
        page.stats.export_to(tmp_path / "statistikk.xlsx")
    assert not (tmp_path / "statistikk.xlsx").exists()


def test_detail_lists_attached_letters_and_assessments(qtbot, db, shown):
    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=ON)
    aid = db.assessments.add(hid, 2026, {}, {}, "eligible")
    db.documents.add(
        hid,
        "letter_invitation",
        "/tmp/brev/DEMO-1-invitasjon.pdf",
        "0" * 64,
        case_id=case.id,
        assessment_id=aid,
    )
    page = _page(qtbot, db)
    page.select_case(case.id)
    text = page.detail.toPlainText()
    assert "Invitasjon til samtale" in text and "DEMO-1-invitasjon.pdf" in text
    assert "regelår 2026 · Kan kjøpe" in text


def test_delete_closed_cases_button_asks_and_deletes(qtbot, db, shown, monkeypatch):
    from leietileie.ui.views import cases_page

    old, kept = _ids(db, 2)
    gone = open_case(db, old, on=date(2020, 1, 6))
    move_case(db, gone.id, "avsluttet", on=date(2020, 2, 3))
    still = open_case(db, kept, on=date(2020, 1, 6))
    page = _page(qtbot, db)
    offered, asked = [], []
    monkeypatch.setattr(
        cases_page,
        "choose_closed_before",
        lambda parent, default: offered.append(default) or date(2021, 1, 1),
    )
    monkeypatch.setattr(
        messages, "confirm", lambda parent, title, text: asked.append(text) or False
    )
    page.delete_button.click()
    assert offered[0].year == date.today().year - 2  # closed more than two years ago
    assert len(asked) == 1 and asked[0].startswith("1 saker")
    assert db.cases.get(gone.id) is not None  # declined: nothing deleted
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: asked.append(text) or True)
    page.delete_button.click()  # deleted in a background task with its own connection
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert db.cases.get(gone.id) is None and db.cases.get(still.id) is not None
    assert page.cases_model.rowCount() == 1
    assert shown[-1][0] == "info" and shown[-1][1].startswith("1 saker er slettet")
    (entry,) = [e for e in db.audit.list(entity="case", entity_id=gone.id) if e.action == "deleted"]
    assert entry.details["household_id"] == old
    monkeypatch.setattr(cases_page, "choose_closed_before", lambda parent, default: None)
    page.delete_button.click()  # cancelled: no question asked
    assert len(asked) == 2


def test_delete_closed_cases_reports_only_the_files_really_removed(
    qtbot, db, shown, monkeypatch, tmp_path
):
    """One letter file inside the data folder is removed, one outside is not: the message
    says 1 of 2, never that both went (issue 15 item 7)."""
    from leietileie.ui.views import cases_page

    home = tmp_path / "home"
    (home / "brev").mkdir(parents=True)
    monkeypatch.setenv("LEIETILEIE_HOME", str(home))
    inside = home / "brev" / "inne.pdf"
    inside.write_bytes(b"%PDF")
    outside = tmp_path / "ute.pdf"
    outside.write_bytes(b"%PDF")
    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=date(2020, 1, 6))
    for path in (inside, outside):
        db.documents.add(hid, "letter_invitation", str(path), "0" * 64, case_id=case.id)
    move_case(db, case.id, "avsluttet", on=date(2020, 2, 3))
    page = _page(qtbot, db)
    monkeypatch.setattr(
        cases_page, "choose_closed_before", lambda parent, default: date(2021, 1, 1)
    )
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert not inside.exists() and outside.exists()
    text = shown[-1][1]
    assert "1 saker er slettet (2 brev" in text
    assert "1 av 2 brevfiler er fjernet fra disken" in text


def test_delete_closed_cases_names_letter_files_that_stayed(
    qtbot, db, shown, monkeypatch, tmp_path
):
    from leietileie.ui.views import cases_page

    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=date(2020, 1, 6))
    move_case(db, case.id, "avsluttet", on=date(2020, 2, 3))
    outside = tmp_path / "elsewhere" / "brev.pdf"
    outside.parent.mkdir()
    outside.write_bytes(b"%PDF-1.4")
    db.documents.add(hid, "letter_offer", str(outside), "0" * 64, case_id=case.id)
    monkeypatch.setenv("LEIETILEIE_HOME", str(tmp_path / "home"))
    page = _page(qtbot, db)
    monkeypatch.setattr(
        cases_page, "choose_closed_before", lambda parent, default: date(2021, 1, 1)
    )
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    page.delete_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)  # the deletion runs in a worker
    assert db.cases.get(case.id) is None and outside.exists()
    assert shown[-1][0] == "info"
    assert "1 brevfiler ligger utenfor programmets mappe" in shown[-1][1]
    assert str(outside) in shown[-1][1]
