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
    monkeypatch.setattr(messages, "error", lambda parent, title, text: found.append(("error", text)))
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
    assert states == ["invitert", "avsluttet"]
    page.move_note.setText("brev sendt")
    page.move_selected()
    assert db.cases.get(case.id).state == "invitert"
    assert "brev sendt" in page.detail.toPlainText()
    assert "Kartlagt → Invitert" in page.detail.toPlainText()
    assert db.audit.list(entity="case", entity_id=case.id, action="changed")[0].details["to"] == "invitert"
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


def test_detail_lists_attached_letters_and_assessments(qtbot, db, shown):
    (hid,) = _ids(db, 1)
    case = open_case(db, hid, on=ON)
    aid = db.assessments.add(hid, 2026, {}, {}, "eligible")
    db.documents.add(hid, "letter_invitation", "/tmp/brev/DEMO-1-invitasjon.pdf", "0" * 64,
                     case_id=case.id, assessment_id=aid)
    page = _page(qtbot, db)
    page.select_case(case.id)
    text = page.detail.toPlainText()
    assert "Invitasjon til samtale" in text and "DEMO-1-invitasjon.pdf" in text
    assert "regelår 2026 · Kan kjøpe" in text
