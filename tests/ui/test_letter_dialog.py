"""Ctrl+P: a letter for the chosen household, recorded and previewed; refused with the reason."""

from datetime import date

from PySide6.QtPdf import QPdfDocument

from leietileie.services.letters import confirm_rule_groups, gate_reasons
from leietileie.services.settings import Settings
from leietileie.ui.dialogs.letter_dialog import LetterDialog


def _open_household(ctx) -> int:
    ids = [h.id for h in ctx.db.households.page(0, 200)]
    gate = gate_reasons(ctx.db, ids, date.today())
    return next(h for h in ids if not gate[h])


def test_letter_is_produced_recorded_and_previewed(qtbot, ctx, answers):
    confirm_rule_groups(ctx.db, Settings(ctx.db).year())
    household_id = _open_household(ctx)
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation"))
    dialog.language.setCurrentIndex(2)  # English
    dialog.make()
    assert [a for a in answers if a[0] == "error"] == []
    assert dialog.path is not None and dialog.path.exists()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 2
    docs = ctx.db.documents.for_household(household_id)
    assert docs and docs[-1].language == "en"
    assert any(e.action == "printed" for e in ctx.db.audit.list())
    assert dialog.open_button.isEnabled()


def test_a_letter_prints_through_the_preview_and_open_says_when_there_is_no_viewer(
    qtbot, ctx, monkeypatch, answers
):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from leietileie.ui import printing

    confirm_rule_groups(ctx.db, Settings(ctx.db).year())
    household_id = _open_household(ctx)
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation"))
    dialog.make()
    assert dialog.print_button.isEnabled()
    previews = []
    monkeypatch.setattr(printing, "run_dialog", lambda d: previews.append(d) or True)
    assert dialog.print_letter()
    assert isinstance(previews[0], QPrintPreviewDialog)
    assert previews[0].property("pdf_document").pageCount() == dialog.document.pageCount()
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    assert dialog.open_file() is False
    assert answers[-1][0] == "error" and str(dialog.path) in answers[-1][1]


def test_unconfirmed_rule_groups_are_refused_with_the_reason(qtbot, ctx, answers):
    household_id = _open_household(ctx)
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation"))
    dialog.make()
    assert dialog.path is None
    assert answers and "ikke kontrollert mot kilden" in answers[-1][1]


def test_filtered_household_is_refused_with_the_reason(qtbot, ctx, answers):
    confirm_rule_groups(ctx.db, Settings(ctx.db).year())
    household_id = _open_household(ctx)
    ctx.db.conn.execute("UPDATE households SET arrears = 99000 WHERE id = ?", (household_id,))
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("offer"))
    dialog.make()
    assert dialog.path is None
    assert "Husleierestanse" in answers[-1][1]


def test_dialog_starts_on_the_letter_the_verdict_allows_and_fits_768_pixels(qtbot, ctx):
    from leietileie.services.screening import ScreeningOptions, screen_register

    run = screen_register(ctx.db, ScreeningOptions.from_settings(Settings(ctx.db))).run_id
    seen = set()
    for result in ctx.db.screening.results(run):
        if ctx.db.assessments.latest(result.household_id) is not None:
            continue
        dialog = LetterDialog(ctx, result.household_id)
        qtbot.addWidget(dialog)
        can_buy = result.category in ("kan_kjope_na", "kan_kjope_med_tilskudd")
        assert dialog.kind.currentData() == ("offer" if can_buy else "preassessment")
        seen.add(can_buy)
        if len(seen) == 2:
            break
    assert seen == {True, False}
    dialog = LetterDialog(ctx, ctx.db.households.page(0, 1)[0].id)
    qtbot.addWidget(dialog)
    assert dialog.height() <= 768 - 80
    assert dialog.minimumSizeHint().height() <= 768 - 80


def test_both_letter_dialogs_name_their_choices_for_screen_readers(qtbot, ctx):
    """The two letter dialogs share their choices and buttons; the letter's date had no
    accessible name in the first (only its form label)."""
    from leietileie.ui.dialogs.followup_letter_dialog import FollowupLetterDialog

    household_id = _open_household(ctx)
    for dialog in (LetterDialog(ctx, household_id), FollowupLetterDialog(ctx, household_id)):
        qtbot.addWidget(dialog)
        names = [w.accessibleName() for w in (dialog.kind, dialog.language, dialog.day)]
        assert names == ["Brevtype", "Språk", "Brevdato"]
        assert [
            b.text() for b in (dialog.make_button, dialog.open_button, dialog.print_button)
        ] == [
            "Lag brev",
            "Åpne for utskrift …",
            "Skriv &ut …",
        ]
