"""The import dialog shows an import's problems (row, column, rule) and summary in the app's
language: rendered from message objects, never translated back from bokmål lines."""

from __future__ import annotations

from pathlib import Path

import pytest

BAD = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd\n"
    "T1;søker;Åse;Berg;12345678901;NOPE;11 500\n"
    "T2;sjef;Ola;Berg;;NOPE;9 000\n"
)

EXPECTED = {
    "en": [
        'row 2, fødselsnummer "12345678901": invalid check digit',
        'row 2, bolig_id "NOPE": is not among the dwellings (import the dwellings first)',
        'row 3, rolle "sjef": unknown value; allowed: søker, medsøker, voksen, barn',
        "row 3, household T2: no applicant",
    ],
    "nn": [
        'rad 2, fødselsnummer "12345678901": ugyldig kontrollsiffer',
        'rad 2, bolig_id "NOPE": finst ikkje blant bustadene (importer bustadene først)',
        'rad 3, rolle "sjef": ukjend verdi; lov: søker, medsøker, voksen, barn',
        "rad 3, hushald T2: manglar søkjar",
    ],
    "nb": [
        'rad 2, fødselsnummer "12345678901": ugyldig kontrollsiffer',
        'rad 2, bolig_id "NOPE": finnes ikke blant boligene (importer boligene først)',
        'rad 3, rolle "sjef": ukjent verdi; tillatt: søker, medsøker, voksen, barn',
        "rad 3, husstand T2: mangler søker",
    ],
}
SUMMARY = {
    "en": "Tenants that would be imported: 0 new, 0 updated, 2 skipped. Report: ",
    "nn": "Leigetakarar som ville blitt importerte: 0 nye, 0 oppdaterte, 2 hoppa over. Rapport: ",
    "nb": "Leietakere ville blitt importert: 0 nye, 0 oppdatert, 2 hoppet over. Rapport: ",
}


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    qapp.setProperty("leietileie_language", request.param)
    yield request.param
    qapp.setProperty("leietileie_language", None)


@pytest.mark.parametrize("language", ["en", "nn", "nb"], indirect=True)
def test_the_import_dialog_shows_problems_in_the_app_language(
    qtbot, ctx, tmp_path: Path, language: str
) -> None:
    from leietileie.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("tenants"))
    source = tmp_path / "leietakere.csv"
    source.write_text(BAD, encoding="utf-8")
    dialog.path.setText(str(source))
    dialog.load_columns()
    task = dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    lines = dialog.report.toPlainText().splitlines()
    assert lines[0].startswith(SUMMARY[language]), lines[0]
    assert lines[2:] == EXPECTED[language]


def test_the_import_dialog_shows_a_refused_file_in_the_app_language(
    qtbot, qapp, ctx, tmp_path: Path
) -> None:
    from leietileie.ui.dialogs.import_dialog import ImportDialog

    qapp.setProperty("leietileie_language", "en")
    try:
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.kind.setCurrentIndex(dialog.kind.findData("units"))
        source = tmp_path / "boliger.csv"
        source.write_text("bolig_id;adresse\n0101;Vei 1\n", encoding="utf-8")
        dialog.path.setText(str(source))
        dialog.load_columns()
        task = dialog.start(dry_run=True)
        qtbot.waitUntil(lambda: task.done, timeout=10_000)
        lines = dialog.report.toPlainText().splitlines()
    finally:
        qapp.setProperty("leietileie_language", None)
    assert "the column «postnummer» is missing (required)" in lines
    assert "the column «poststed» is missing (required)" in lines


def test_a_file_that_cannot_be_read_is_refused_in_the_app_language(
    qtbot, qapp, ctx, tmp_path: Path
) -> None:
    from leietileie.ui.dialogs.import_dialog import ImportDialog

    source = tmp_path / "tom.csv"
    source.write_text("\n\n", encoding="utf-8")
    qapp.setProperty("leietileie_language", "nn")
    try:
        dialog = ImportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.path.setText(str(source))
        dialog.load_columns()
        shown = dialog.report.toPlainText()
    finally:
        qapp.setProperty("leietileie_language", None)
    assert shown == "tom.csv: fila er tom"
