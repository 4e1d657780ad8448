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
