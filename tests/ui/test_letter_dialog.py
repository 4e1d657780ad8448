"""Ctrl+P: a letter for the chosen household, recorded and previewed."""


from PySide6.QtPdf import QPdfDocument

from leietileie.ui.dialogs.letter_dialog import LetterDialog


def test_letter_is_produced_recorded_and_previewed(qtbot, ctx):
    household_id = ctx.db.households.page(0, 1)[0].id
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(1)  # invitation: every household can get one
    dialog.language.setCurrentIndex(2)  # English
    dialog.make()
    assert dialog.path is not None and dialog.path.exists()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() >= 2
    docs = ctx.db.documents.for_household(household_id)
    assert docs and docs[-1].language == "en"
    assert any(e.action == "printed" for e in ctx.db.audit.list())
    assert dialog.open_button.isEnabled()


def test_a_letter_prints_through_the_preview_and_open_says_when_there_is_no_viewer(qtbot, ctx, monkeypatch, answers):
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from leietileie.ui import printing

    household_id = ctx.db.households.page(0, 1)[0].id
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    assert not dialog.print_button.isEnabled()
    dialog.kind.setCurrentIndex(1)
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
