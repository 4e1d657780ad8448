"""Issue 12: Norwegian all the way — Qt's own dialogs in bokmål/nynorsk, a nynorsk UI, English
plural forms, dates as dd.mm.åååå."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from leietileie.ui import fmt

from .test_translation import _texts_of_every_view, offending

#: Bokmål words a nynorsk UI must not show (whole words, case-sensitive).
BOKMAL_ONLY = (
    "ikke",
    "Ikke",
    "hva",
    "Hva",
    "husstand",
    "Husstand",
    "husstander",
    "Husstander",
    "bolig",
    "Bolig",
    "Boliger",
    "Leietakere",
    "Beregning",
    "uten",
    "Uten",
    "fra",
    "Fra",
    "måned",
    "Velg",
    "Søker",
    "Tilskudd",
    "Egenkapital",
    "Husleie",
    "ennå",
    "navn",
    "Navn",
)
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


@pytest.fixture
def qt_language(request, qapp):  # type: ignore[no-untyped-def]
    from leietileie.ui.app import install_qt_translation, install_translation

    lang = request.param
    assert install_qt_translation(qapp, lang) >= (0 if lang == "en" else 1)
    if lang != "nb":
        assert install_translation(qapp, lang)
    yield lang
    for translator in [
        qapp.property("leietileie_translator"),
        *(qapp.property("leietileie_qt_translators") or []),
    ]:
        if translator is not None:
            qapp.removeTranslator(translator)
    qapp.setProperty("leietileie_translator", None)
    qapp.setProperty("leietileie_qt_translators", None)
    qapp.setProperty("leietileie_language", None)


@pytest.mark.parametrize(
    ("qt_language", "yes", "no", "file_name"),
    [("nb", "&Ja", "&Nei", "Fil&navn:"), ("nn", "&Ja", "&Nei", "Fil&namn:")],
    indirect=["qt_language"],
)
def test_qts_own_buttons_and_file_dialog_are_norwegian(
    qtbot, qt_language, yes, no, file_name
) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Spørsmål",
        "Slette?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text() == yes
    assert box.button(QMessageBox.StandardButton.No).text() == no
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == file_name
    assert dialog.labelText(QFileDialog.DialogLabel.Reject) in ("Avbryt", "&Avbryt")


def _file_dialog_texts(qtbot, folder, accept_mode, file_mode) -> dict[tuple[str, ...], str]:
    """Every visible text of Qt's own (widget) file dialog over ``folder``: labels, buttons
    (text, tooltip, accessible name), the list's column headers and the Type column of a
    folder; keyed by where it is (the same key in every language). The folder path in the
    "Look in" box and our own file filter are not Qt's words and are left out."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel, QTreeView, QWidget

    dialog = QFileDialog(None, "Tittel", str(folder), "Database (*.db)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(accept_mode)
    dialog.setFileMode(file_mode)
    qtbot.addWidget(dialog)
    dialog.show()
    tree = dialog.findChild(QTreeView, "treeView")
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) > 0, timeout=5000)
    texts: dict[tuple[str, ...], str] = {}
    for number, widget in enumerate(dialog.findChildren(QWidget)):
        if not widget.isVisibleTo(dialog):
            continue
        where = (type(widget).__name__, widget.objectName() or str(number))
        if isinstance(widget, QLabel) and widget.text():
            texts[(*where, "text")] = widget.text()
        if isinstance(widget, QAbstractButton):
            texts[(*where, "text")] = widget.text()
        if widget.toolTip():
            texts[(*where, "tooltip")] = widget.toolTip()
        if widget.accessibleName():
            texts[(*where, "name")] = widget.accessibleName()
        if isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            model = widget.model()
            for column in range(model.columnCount()):
                if not widget.isSectionHidden(column):
                    texts[(*where, f"header {column}")] = str(
                        model.headerData(column, Qt.Orientation.Horizontal)
                    )
    model, root = tree.model(), tree.rootIndex()
    for row in range(model.rowCount(root)):
        if model.index(row, 0, root).data() == "mappe":
            texts[("type of a folder",)] = model.index(row, 2, root).data()
    for key in list(texts):
        if texts[key] in ("", "Tittel"):
            del texts[key]
    dialog.close()
    return texts


def _without_qt_translation(qapp, build):  # type: ignore[no-untyped-def]
    """``build()`` in Qt's English: a translator installed last (so asked first) answers
    every text with its source; whatever else is installed is left as it is."""
    from PySide6.QtCore import QTranslator

    class English(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
            return source

        def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
            return False

    english = English()
    qapp.installTranslator(english)
    try:
        return build()
    finally:
        qapp.removeTranslator(english)


@pytest.mark.parametrize(
    ("qt_language", "look_in", "folder_word"),
    [("nb", "&Se i:", "Mappe"), ("nn", "&Sjå i:", "Mappe")],
    indirect=["qt_language"],
)
@pytest.mark.parametrize("accept_mode", list(QFileDialog.AcceptMode))
@pytest.mark.parametrize(
    "file_mode", [QFileDialog.FileMode.ExistingFile, QFileDialog.FileMode.Directory]
)
def test_every_visible_text_of_qts_file_dialog_is_norwegian(
    qtbot, qapp, tmp_path, qt_language, look_in, folder_word, accept_mode, file_mode
) -> None:
    """Issue 12: "Look in:", "Files of type:", the Type column and "Folder" were English:
    every visible label, button and header must differ from Qt's English, in nb and nn."""
    (tmp_path / "mappe").mkdir()
    (tmp_path / "register.db").write_bytes(b"")
    english = _without_qt_translation(
        qapp, lambda: _file_dialog_texts(qtbot, tmp_path, accept_mode, file_mode)
    )
    norwegian = _file_dialog_texts(qtbot, tmp_path, accept_mode, file_mode)
    assert set(norwegian) == set(english)
    assert "&Look in:" in english.values() and "Folder" in english.values()
    still_english = {key: text for key, text in norwegian.items() if text == english[key]}
    assert still_english == {}
    values = set(norwegian.values())
    assert {look_in, "Filtype", folder_word} <= values
    if file_mode == QFileDialog.FileMode.ExistingFile:
        assert "Fil&type:" in values


def test_qts_print_preview_is_bokmal(qtbot, qapp) -> None:
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from leietileie.ui.app import install_qt_translation

    install_qt_translation(qapp, "nb")
    try:
        dialog = QPrintPreviewDialog()
        qtbot.addWidget(dialog)
        dialog.show()  # the toolbar is made when shown
        texts = {action.text() for action in dialog.findChildren(QAction)}
        assert {"Skriv ut", "Neste side", "Tilpass til bredden"} <= texts
        assert "Print" not in texts
    finally:
        for translator in qapp.property("leietileie_qt_translators") or []:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("qt_language", ["nn"], indirect=True)
def test_the_nynorsk_ui_has_no_bokmal_only_words(qtbot, qapp, qt_language, showcase_db) -> None:
    texts = _texts_of_every_view(qtbot, qapp, showcase_db)
    everything = " ".join(" ".join(t) for t in texts.values())
    for expected in ("Leigetakarar", "Berekning", "hushald", "Lagre innstillingane"):
        assert expected in everything
    left = {name: offending(found, BOKMAL_ONLY) for name, found in texts.items()}
    assert {name: bad for name, bad in left.items() if bad} == {}


@pytest.mark.parametrize("qt_language", ["nb", "nn", "en"], indirect=True)
def test_no_iso_dates_anywhere_in_the_ui(qtbot, qapp, qt_language, showcase_db) -> None:
    texts = _texts_of_every_view(qtbot, qapp, showcase_db)
    found = [t for name, ts in texts.items() for t in ts if ISO_DATE.search(t)]
    assert found == []


def test_counted_texts_have_plural_forms_in_every_language(qapp) -> None:
    from leietileie.ui.app import install_translation

    assert (fmt.households(1), fmt.households(2), fmt.years(1)) == (
        "1 husstand",
        "2 husstander",
        "1 år",
    )
    assert fmt.households(12345) == "12 345 husstander"
    for lang, expected in (
        ("en", ("1 household", "2 households", "1 year", "2 years", " year", " years")),
        ("nn", ("1 hushald", "2 hushald", "1 år", "2 år", " år", " år")),
    ):
        assert install_translation(qapp, lang)
        try:
            got = (
                fmt.households(1),
                fmt.households(2),
                fmt.years(1),
                fmt.years(2),
                fmt.years_suffix(1),
                fmt.years_suffix(2),
            )
            assert got == expected
        finally:
            qapp.removeTranslator(qapp.property("leietileie_translator"))
            qapp.setProperty("leietileie_translator", None)


def test_dates_are_shown_and_accepted_as_dd_mm_yyyy() -> None:
    from datetime import date

    assert fmt.day(date(2026, 3, 7)) == "07.03.2026"
    assert fmt.parse_day("07.03.2026") == date(2026, 3, 7)
    assert fmt.parse_day("7.3.2026") == date(2026, 3, 7)
    assert fmt.parse_day("2026-03-07") is None


def test_the_language_is_chosen_in_innstillinger_and_on_the_command_line(qtbot, window) -> None:
    import main
    from leietileie.ui.app import language

    window.show_view("settings")
    settings = window.views["settings"]
    box = settings.language
    assert [box.itemData(i) for i in range(box.count())] == ["nb", "nn", "en"]
    box.setCurrentIndex(box.findData("nn"))
    assert language() == "nn"
    assert main.parse_args(["--lang", "nn"]).lang == "nn"
    with pytest.raises(SystemExit):
        main.parse_args(["--lang", "de"])
