"""The import dialog offers the rent ledger (Husleiereskontro) as a third kind."""

from __future__ import annotations

from datetime import date
from pathlib import Path

FEBRUARY_2020 = date(2020, 2, 1)


def test_the_import_dialog_imports_a_rent_ledger(qtbot, ctx, tmp_path: Path) -> None:
    from leietileie.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    assert kinds == ["tenants", "units", "rent"]
    index = dialog.kind.findData("rent")
    assert dialog.kind.itemText(index).startswith("Husleiereskontro")
    dialog.kind.setCurrentIndex(index)

    household = ctx.db.households.id_map()["DEMO-000001"]
    ledger = tmp_path / "reskontro.csv"
    ledger.write_text(
        "Husstand;Måned;Forfalt;Betalt;Betalt dato\n"
        "DEMO-000001;2020-01;9 500;9 500;02.01.2020\n"
        "DEMO-999999;2020-01;9 500;;\n",
        encoding="utf-8",
    )
    dialog.path.setText(str(ledger))
    dialog.load_columns()
    assert list(dialog.mapping_boxes) == [
        "husstand_id",
        "måned",
        "forfalt",
        "betalt",
        "betalt_dato",
    ]
    assert dialog.mapping_boxes["husstand_id"].currentData() is None  # "Husstand" ≠ husstand_id
    assert dialog.mapping_boxes["betalt_dato"].currentData() == "Betalt dato"
    box = dialog.mapping_boxes["husstand_id"]
    box.setCurrentIndex(box.findData("Husstand"))

    task = dialog.start(dry_run=True)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    report = dialog.report.toPlainText()
    assert 'rad 3, Husstand "DEMO-999999": finnes ikke i registeret' in report
    assert not [
        p for p in ctx.db.rent.for_household(household, FEBRUARY_2020) if p.month == "2020-01"
    ]

    dialog.skip_invalid.setChecked(True)
    with qtbot.waitSignal(ctx.households_changed, timeout=10_000):
        task = dialog.start(dry_run=False)
        qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert "Husleiemåneder importert: 1 nye" in dialog.report.toPlainText()
    january = ctx.db.rent.for_household(household, FEBRUARY_2020, months=1)
    assert [(p.month, p.amount_paid, p.on_time) for p in january] == [("2020-01", 9500, True)]
