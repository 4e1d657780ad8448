"""The Oppfølging view (issue 14): both lists, sorting and filtering, the actions from the
view, the payment agreement's schedule and refusal, export and print, the household detail.

The register is the small demo; the households followed here get a ledger and agreements of
their own, so every expected figure below is worked out by hand:

* ON = 20.01.2026. Rent falls due on the 1st and is late after the 15th.
* H1 pays October 2025's rent (10 000 kr) and nothing for November, December and January:
  owed 30 000 kr, 3 months late. Its agreement (start 01.01.2025, 2 000 kr a month) expects
  12 × 2 000 = 24 000 kr on 01.01.2026; it holds 10 000 kr: 14 000 kr short (7 months of the
  target, beyond the 3 months that make a pathway *at risk*).
* H2 pays every month in full on the 5th: not in the arrears list. Same agreement, 24 000 kr
  on 01.01.2026: on track.
* H3 pays December in full, nothing of January's 9 000 kr: owed 9 000 kr, 1 month late.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog

from leietileie.storage.records import RentPayment
from leietileie.ui.models.followup_models import SORT_ROLE
from leietileie.ui.views import followup_page

ON = date(2026, 1, 20)


def _ledger(db, household_id: int, months: list[tuple[str, float, float, date | None]]) -> None:
    db.session.execute("DELETE FROM rent_payments WHERE household_id = ?", (household_id,))
    for month, due, paid, paid_on in months:
        db.rent.record(household_id, RentPayment(month, due, paid, paid_on))


def _agreement(db, household_id: int, balance: float) -> None:
    db.pathway.add_agreement(
        household_id,
        start_date=date(2025, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_000_000,
        monthly_saving_target=2_000,
        option_expiry=date(2028, 1, 1),
    )
    db.pathway.record_savings(household_id, date(2026, 1, 1), balance)


@pytest.fixture
def followed(ctx):  # type: ignore[no-untyped-def]
    """(H1, H2, H3) as (id, external id)."""
    db = ctx.db
    # households the demo follows up in no way (the demo has agreements, actions, cases …)
    rows = db.session.all(
        "SELECT id, external_id FROM households h WHERE deleted_at IS NULL"
        " AND NOT EXISTS (SELECT 1 FROM rto_agreements a WHERE a.household_id = h.id)"
        " AND NOT EXISTS (SELECT 1 FROM arrears_actions a WHERE a.household_id = h.id)"
        " AND NOT EXISTS (SELECT 1 FROM payment_agreements a WHERE a.household_id = h.id)"
        " AND NOT EXISTS (SELECT 1 FROM arrears_cases a WHERE a.household_id = h.id)"
        " AND NOT EXISTS (SELECT 1 FROM savings_entries a WHERE a.household_id = h.id)"
        " ORDER BY id LIMIT 3"
    )
    (h1, _), (h2, _), (h3, _) = rows
    _ledger(
        db,
        h1,
        [
            ("2025-10", 10_000, 10_000, date(2025, 10, 5)),
            ("2025-11", 10_000, 0, None),
            ("2025-12", 10_000, 0, None),
            ("2026-01", 10_000, 0, None),
        ],
    )
    _ledger(
        db,
        h2,
        [
            (m, 10_000, 10_000, date.fromisoformat(m + "-05"))
            for m in ("2025-11", "2025-12", "2026-01")
        ],
    )
    _ledger(db, h3, [("2025-12", 9_000, 9_000, date(2025, 12, 3)), ("2026-01", 9_000, 0, None)])
    _agreement(db, h1, 10_000)
    _agreement(db, h2, 24_000)
    return [(int(i), str(e)) for i, e in rows]


@pytest.fixture
def page(window, followed):  # type: ignore[no-untyped-def]
    window.resize(1280, 720)
    window.show_view("followup")
    view = window.views["followup"]
    view.on_edit.setDate(QDate(ON.year, ON.month, ON.day))
    assert view.wait_loaded()
    return view


def _rows(view, proxy) -> dict[str, list[str]]:
    """The shown rows by household id (column 0), as the table shows them."""
    out = {}
    for r in range(proxy.rowCount()):
        texts = [str(proxy.data(proxy.index(r, c)) or "") for c in range(proxy.columnCount())]
        out[texts[0]] = texts
    return out


def _column(view, proxy, name: str) -> int:
    headers = [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(proxy.columnCount())]
    return headers.index(name)


def test_the_view_shows_both_lists_with_the_right_rows(page, followed) -> None:
    (_, e1), (_, e2), (_, e3) = followed
    arrears = _rows(page, page.arrears_proxy)
    assert e2 not in arrears  # paid in full
    owed = _column(page, page.arrears_proxy, "Skylder")
    late = _column(page, page.arrears_proxy, "Mnd. etter")
    assert (arrears[e1][owed], arrears[e1][late]) == ("30 000 kr", "3")
    assert (arrears[e3][owed], arrears[e3][late]) == ("9 000 kr", "1")
    pathway = _rows(page, page.pathway_proxy)
    status = _column(page, page.pathway_proxy, "Status")
    expected = _column(page, page.pathway_proxy, "Forventet spart")
    actual = _column(page, page.pathway_proxy, "Faktisk spart")
    short = _column(page, page.pathway_proxy, "Mangler")
    assert pathway[e1][status] == "I faresonen"
    assert (pathway[e1][expected], pathway[e1][actual], pathway[e1][short]) == (
        "24 000 kr",
        "10 000 kr",
        "14 000 kr",
    )
    assert pathway[e2][status] == "I rute"
    assert pathway[e2][short] == ""
    assert e3 not in pathway  # no agreement
    # the status's reasons are its tooltip
    row = next(
        r
        for r in range(page.pathway_proxy.rowCount())
        if page.pathway_proxy.data(page.pathway_proxy.index(r, 0)) == e1
    )
    tip = page.pathway_proxy.data(
        page.pathway_proxy.index(row, status), Qt.ItemDataRole.ToolTipRole
    )
    assert tip and tip != "I faresonen"


def test_the_arrears_sort_by_amount_not_by_its_text(page, followed) -> None:
    (_, e1), _, (_, e3) = followed
    proxy = page.arrears_proxy
    owed = _column(page, proxy, "Skylder")
    page.arrears_table.sortByColumn(owed, Qt.SortOrder.AscendingOrder)
    order = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    # as text "30 000 kr" < "9 000 kr"; as amounts 9 000 < 30 000
    assert order.index(e3) < order.index(e1)
    values = [proxy.data(proxy.index(r, owed), SORT_ROLE) for r in range(proxy.rowCount())]
    assert values == sorted(values)
    page.arrears_table.sortByColumn(owed, Qt.SortOrder.DescendingOrder)
    order = [proxy.data(proxy.index(r, 0)) for r in range(proxy.rowCount())]
    assert order.index(e1) < order.index(e3)


def test_the_lists_filter_by_step_status_and_search(page, followed) -> None:
    (h1, e1), (_, e2), (_, e3) = followed
    # a reminder in this episode (after November's due date): H1's next step is the talk
    page.ctx.db.arrears.log_action(h1, "reminder", date(2025, 11, 20))
    page.refresh()
    assert page.wait_loaded()
    talk = page.step_filter.findData("talk")
    page.step_filter.setCurrentIndex(talk)
    shown = _rows(page, page.arrears_proxy)
    assert e1 in shown and e3 not in shown
    page.step_filter.setCurrentIndex(page.step_filter.findData("reminder"))
    shown = _rows(page, page.arrears_proxy)
    assert e3 in shown and e1 not in shown
    page.step_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("at_risk"))
    shown = _rows(page, page.pathway_proxy)
    assert e1 in shown and e2 not in shown
    page.status_filter.setCurrentIndex(0)
    page.search.setText(e3)
    assert list(_rows(page, page.arrears_proxy)) == [e3]
    assert _rows(page, page.pathway_proxy) == {}


def _answer(monkeypatch, fill):  # type: ignore[no-untyped-def]
    seen: list[QDialog] = []

    def run(dialog) -> bool:  # type: ignore[no-untyped-def]
        seen.append(dialog)
        fill(dialog)
        dialog.try_accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(followup_page, "run_dialog", run)
    return seen


def test_an_action_logged_from_the_view_is_in_the_history_and_the_list(
    page, followed, monkeypatch
) -> None:
    (h1, e1), _, _ = followed
    assert page.select_household(h1)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
        dialog.on_date.setDate(QDate(2026, 1, 19))
        dialog.note.setText("Ringte om restansen")

    _answer(monkeypatch, fill)
    assert page.buttons["action"].isEnabled()
    page.buttons["action"].click()
    actions = page.ctx.db.arrears.actions_for(h1)
    assert [(a.kind, a.on_date, a.note) for a in actions] == [
        ("call", date(2026, 1, 19), "Ringte om restansen")
    ]
    assert "Ringte om restansen" in page.detail.toPlainText()
    assert page.wait_loaded()
    last = _column(page, page.arrears_proxy, "Siste tiltak")
    assert _rows(page, page.arrears_proxy)[e1][last] == "Telefonsamtale 19.01.2026"


def test_the_payment_agreement_dialog_shows_the_schedule(page, followed) -> None:
    (h1, _), _, _ = followed
    page.select_household(h1)
    dialog = page.payment_dialog()
    assert dialog.total.value() == 30_000  # what H1 owes
    dialog.start_month.setDate(QDate(2026, 2, 1))
    dialog.monthly.setValue(4_000)
    dialog.total.setValue(10_000)
    plan = [
        (dialog.plan.item(r, 0).text(), dialog.plan.item(r, 1).text())
        for r in range(dialog.plan.rowCount())
    ]
    assert plan == [("02.2026", "4 000 kr"), ("03.2026", "4 000 kr"), ("04.2026", "2 000 kr")]
    assert "3 avdrag" in dialog.summary.text()
    dialog.close()


def test_a_bad_payment_agreement_is_refused_and_the_dialog_keeps_its_input(
    page, followed, monkeypatch
) -> None:
    (h1, _), _, _ = followed
    page.select_household(h1)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.start_month.setDate(QDate(2026, 2, 1))
        dialog.monthly.setValue(0)
        dialog.total.setValue(12_000)

    seen = _answer(monkeypatch, fill)
    assert page.payment_agreement() is False
    dialog = seen[0]
    assert "må være større enn 0" in dialog.errors.text()
    assert not dialog.errors.isHidden()
    assert (dialog.month(), dialog.monthly.value(), dialog.total.value()) == ("2026-02", 0, 12_000)
    assert page.ctx.db.arrears.payment_agreements_for(h1) == []
    # corrected in the same dialog, it is saved
    dialog.monthly.setValue(4_000)
    assert dialog.try_accept()
    saved = page.ctx.db.arrears.payment_agreements_for(h1)
    assert [(p.start_month, p.monthly_amount, p.total_amount) for p in saved] == [
        ("2026-02", 4_000, 12_000)
    ]


def test_savings_recorded_from_the_view_move_the_pathway(page, followed, monkeypatch) -> None:
    (h1, e1), _, _ = followed
    page.tabs.setCurrentIndex(followup_page.PATHWAY)
    page.select_household(h1)

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.on_date.setDate(QDate(2026, 1, 15))
        dialog.balance.setValue(26_000)

    _answer(monkeypatch, fill)
    assert page.record_savings()
    assert page.wait_loaded()
    actual = _column(page, page.pathway_proxy, "Faktisk spart")
    assert _rows(page, page.pathway_proxy)[e1][actual] == "26 000 kr"


def test_export_writes_a_file_off_the_gui_thread(page, followed, qtbot, tmp_path, answers) -> None:
    target = tmp_path / "restanser.csv"
    task = page.export(target)
    assert task is not None
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert target.exists() and target.stat().st_size > 0
    assert ("info", f"Listen er lagret i {target}") in answers
    page.tabs.setCurrentIndex(followup_page.PATHWAY)
    other = tmp_path / "leie-til-eie.xlsx"
    task = page.export(other)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert other.exists() and other.stat().st_size > 0
    pdf = tmp_path / "leie-til-eie.pdf"
    task = page.export(pdf)
    qtbot.waitUntil(lambda: task.done, timeout=20_000)
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert other.read_bytes()[:2] == b"PK"  # an XLSX is a zip
    assert "Navn" in target.read_text(encoding="utf-8-sig")  # CSV with its header


def test_print_prints_the_list_as_shown(page, monkeypatch) -> None:
    from leietileie.ui import printing

    seen: list[object] = []
    monkeypatch.setattr(printing, "run_dialog", lambda dialog: seen.append(dialog) or True)
    assert page.print_list() is True
    assert len(seen) == 1


def test_the_household_detail_shows_the_agreement_and_the_arrears_history(window, followed) -> None:
    (h1, _), (h2, _), _ = followed
    db = window.ctx.db
    db.arrears.log_action(h1, "nav_referral", date(2026, 1, 10), "Time hos NAV")
    db.arrears.add_payment_agreement(h1, "2025-12", 5_000, 30_000, date(2025, 11, 25))
    tenants = window.views["tenants"]
    tenants.show_detail(h1)
    text = tenants.detail.toPlainText()
    assert "Leie til eie-avtale" in text
    assert "Forventet spart" in text
    assert "Henvist til NAV (økonomisk rådgivning)" in text and "Time hos NAV" in text
    # the payment agreement month by month: December and January nothing beyond the rent
    assert "Fra 12.2025: 5 000 kr /mnd, i alt 30 000 kr" in text
    assert "12.2025 ✗" in text
    tenants.show_detail(h2)
    assert "I rute" in tenants.detail.toPlainText() or "Leie til eie-avtale" in (
        tenants.detail.toPlainText()
    )


def test_an_arrears_case_is_closed_with_its_outcome(page, followed, monkeypatch) -> None:
    (h1, _), _, _ = followed
    page.select_household(h1)
    assert not page.buttons["close"].isEnabled()  # no arrears case yet
    page.ctx.db.arrears.open_case(h1, date(2025, 12, 1))
    page.show_household(h1)
    assert page.buttons["close"].isEnabled()

    def fill(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.outcome.setCurrentIndex(dialog.outcome.findData("moved"))
        dialog.on_date.setDate(QDate(2026, 1, 18))

    _answer(monkeypatch, fill)
    page.buttons["close"].click()
    cases = page.ctx.db.arrears.cases_for(h1)
    assert [(c.closed_on, c.outcome) for c in cases] == [(date(2026, 1, 18), "moved")]
    assert "Flyttet" in page.detail.toPlainText()
    assert not page.buttons["close"].isEnabled()


def test_an_agreement_from_the_view_and_its_refusal(page, followed, monkeypatch) -> None:
    _, _, (h3, e3) = followed
    page.select_household(h3)

    def too_long(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.start_date.setDate(QDate(2026, 2, 1))
        dialog.price.setValue(2_500_000)
        dialog.valuation.setValue(2_600_000)
        dialog.target.setValue(2_500)
        dialog.expiry.setDate(QDate(2031, 3, 1))  # more than five years after the start

    from leietileie.services import register_reads

    household = register_reads.household(page.ctx.db, h3)
    unit = register_reads.unit(page.ctx.db, household.tenancy.unit_id)
    proposed = page.agreement_dialog()
    assert proposed.price.value() == round(unit.valuation)  # the rented unit's valuation
    assert proposed.savings.value() == round(household.savings)
    proposed.close()
    seen = _answer(monkeypatch, too_long)
    assert page.buttons["agreement"].isEnabled()
    assert page.create_agreement() is False
    assert seen[0].errors.text()  # the service's rule, in Norwegian
    assert seen[0].price.value() == 2_500_000  # the input is kept
    assert page.ctx.db.pathway.agreements_for(h3) == []

    def fine(dialog) -> None:  # type: ignore[no-untyped-def]
        too_long(dialog)
        dialog.expiry.setDate(QDate(2029, 2, 1))

    _answer(monkeypatch, fine)
    assert page.create_agreement() is True
    saved = page.ctx.db.pathway.agreements_for(h3)
    assert [(a.start_date, a.price_year0, a.option_expiry) for a in saved] == [
        (date(2026, 2, 1), 2_500_000, date(2029, 2, 1))
    ]
    assert page.wait_loaded()
    assert e3 in _rows(page, page.pathway_proxy)


def test_the_plan_becomes_an_agreement_with_its_figures(window, monkeypatch) -> None:
    from leietileie.ui.app import _showcase_household

    household = _showcase_household(window.ctx)
    assert household is not None
    window.select_household(household)
    window.show_view("plan")
    plan = window.views["plan"]
    assert plan.agreement_button.isEnabled()
    plan.years.setValue(3)
    plan.saving.setValue(4_000)
    before = len(window.ctx.db.pathway.agreements_for(household))
    seen = _answer(monkeypatch, lambda dialog: None)
    assert plan.make_agreement() is True
    dialog = seen[0]
    assert dialog.target.value() == 4_000
    assert dialog.price.value() == round(plan.plan.price_year0)
    saved = sorted(window.ctx.db.pathway.agreements_for(household), key=lambda a: a.id)
    today = date.today()
    assert len(saved) == before + 1 and saved[-1].monthly_saving_target == 4_000
    assert saved[-1].option_expiry.year == today.year + 3


def test_the_lists_are_computed_off_the_gui_thread(page, monkeypatch) -> None:
    import threading

    from leietileie.services import followup

    threads: list[threading.Thread] = []
    real = followup.arrears_rows

    def spy(db, on):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real(db, on)

    monkeypatch.setattr(followup, "arrears_rows", spy)
    page.refresh()
    assert page.loading  # the GUI thread goes on while the lists are computed
    assert page.wait_loaded()
    assert threads and threads[0] is not threading.main_thread()


def test_a_payment_reminder_from_the_view_is_written_and_logged(page, followed, tmp_path) -> None:
    """«Lag brev …» offers the follow-up letters; H1 owes 30 000 kr on ON, so the reminder
    (the arrears list's letter) goes out, dated as the view, and is logged in its history."""
    import os
    import stat

    from leietileie.ui.dialogs.followup_letter_dialog import FollowupLetterDialog

    (h1, e1), _, _ = followed
    assert page.select_household(h1)
    page.buttons["letter"].click()
    dialog = page.letter_dialog
    try:
        assert isinstance(dialog, FollowupLetterDialog)
        assert dialog.kind.currentData() == "payment_reminder"
        assert [dialog.kind.itemData(i) for i in range(dialog.kind.count())] == [
            "payment_reminder",
            "arrears_talk",
            "payment_agreement",
            "rto_agreement",
            "pathway_status",
            "option_offer",
        ]
        dialog.language.setCurrentIndex(dialog.language.findData("nb"))
        dialog.folder.setText(str(tmp_path / "brev"))
        assert dialog.make() is True
        expected = tmp_path / "brev" / f"{e1}-betalingsoppfordring-nb-2026-01-20.pdf"
        assert dialog.path == expected and expected.read_bytes().startswith(b"%PDF")
        assert stat.S_IMODE(os.stat(expected).st_mode) == 0o600
        assert dialog.open_button.isEnabled() and not dialog.problems.isVisible()
        docs = page.ctx.db.documents.for_household(h1)
        letter = [d for d in docs if d.kind == "letter_payment_reminder"]
        assert len(letter) == 1
        logged = [
            (a.kind, a.on_date)
            for a in page.ctx.db.arrears.actions_for(h1)
            if a.document_id == letter[0].id
        ]
        assert logged == [("reminder", ON)]
        assert page.wait_loaded()
        history = page.detail.toPlainText()
        assert "Betalingspåminnelse" in history and "betalingsoppfordring" in history
    finally:
        dialog.close()


def test_a_reminder_to_a_household_owing_nothing_is_refused_in_the_dialog(
    page, followed, tmp_path
) -> None:
    from leietileie.ui.dialogs.followup_letter_dialog import FollowupLetterDialog

    _, (h2, e2), _ = followed  # H2 pays in full
    dialog = FollowupLetterDialog(page.ctx, h2, "payment_reminder", page, on=ON)
    dialog.show()
    try:
        dialog.folder.setText(str(tmp_path / "brev"))
        assert dialog.make() is False
        assert dialog.isVisible()  # stays open with its input
        assert dialog.problems.isVisible()
        assert dialog.problems.text() == f"husstand {e2}: har ingen husleierestanse"
        assert dialog.kind.currentData() == "payment_reminder"
        assert dialog.path is None and not dialog.open_button.isEnabled()
        assert not list(tmp_path.rglob("*.pdf"))
        assert page.ctx.db.arrears.actions_for(h2) == []
    finally:
        dialog.close()


def test_a_household_chosen_elsewhere_is_shown_when_the_view_comes_back(
    window, page, followed
) -> None:
    _, (h2, e2), _ = followed
    window.show_view("tenants")
    window.ctx.household_selected.emit(h2)
    window.show_view("followup")
    assert page.household_id == h2
    assert page.tabs.currentIndex() == followup_page.PATHWAY  # H2 is only on that list
    rows = page.pathway_table.selectionModel().selectedRows()
    assert [page.pathway_proxy.household_id(r.row()) for r in rows] == [h2]
    assert e2 in page.detail.toPlainText()


@pytest.fixture
def in_english(qapp):  # type: ignore[no-untyped-def]
    from leietileie.ui.app import install_translation

    assert install_translation(qapp, "en")
    yield
    qapp.removeTranslator(qapp.property("leietileie_translator"))
    qapp.setProperty("leietileie_translator", None)
    qapp.setProperty("leietileie_language", None)


def test_the_payment_agreement_dialog_in_english(qtbot, in_english) -> None:
    from PySide6.QtWidgets import QLabel

    from leietileie.ui.dialogs.followup_dialogs import PaymentAgreementDialog

    dialog = PaymentAgreementDialog("Kari Nordmann (H-1)", ON, 0.0)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel)]
    assert {"First month", "Instalment per month", "Total amount"} <= set(labels)
    assert {b.text() for b in dialog.buttons.buttons()} == {"Save", "Cancel"}
    # no amounts yet: the domain's rule, in English
    assert dialog.summary.text().startswith("No schedule yet:")
    assert "must be greater than 0" in dialog.summary.text()
    dialog.monthly.setValue(1_000)
    dialog.total.setValue(2_500)
    assert dialog.summary.text().startswith("3 instalments, the last in")
