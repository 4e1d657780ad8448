"""Import a register file: choose it, map its columns, see the problems, then import.

Nothing is written until the caseworker presses Importer; «Sjekk filen» runs the same import
as a dry run and lists every problem by row and column.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...errors import InputError
from ...services.import_columns import columns_for, suggest_mapping
from ...services.importing import ImportCancelled, ImportOptions, ImportResult, import_file
from ...services.tabular import open_rows
from ..context import AppContext
from ..domain_text import app_language, message_text, problem_texts
from ..worker import Progress, Task, run_task

KINDS = (
    ("tenants", QT_TRANSLATE_NOOP("ImportDialog", "Leietakere (husstander og medlemmer)")),
    ("units", QT_TRANSLATE_NOOP("ImportDialog", "Boliger")),
    (
        "rent",
        QT_TRANSLATE_NOOP("ImportDialog", "Husleiereskontro (forfalt og betalt husleie per måned)"),
    ),
)
NOT_IN_FILE = QT_TRANSLATE_NOOP("ImportDialog", "(ikke i filen)")


class ImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.task: Task | None = None
        self.result_: ImportResult | None = None
        self.mapping_boxes: dict[str, QComboBox] = {}
        self.setWindowTitle(self.tr("Importer register"))
        layout = QVBoxLayout(self)
        top = QFormLayout()
        self.kind = QComboBox()
        for code, label in KINDS:
            self.kind.addItem(self.tr(label), code)
        self.kind.setAccessibleName(self.tr("Hva importeres"))
        self.kind.currentIndexChanged.connect(self.load_columns)
        top.addRow(self.tr("Hva importeres"), self.kind)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Fil"))
        self.path.editingFinished.connect(self.load_columns)
        choose = QPushButton(self.tr("Velg fil …"))
        choose.clicked.connect(self.choose_file)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        top.addRow(self.tr("Fil (XLSX eller CSV)"), file_row)
        self.skip_invalid = QCheckBox(self.tr("Importer de gyldige radene og hopp over resten"))
        top.addRow(self.skip_invalid)
        layout.addLayout(top)
        self.mapping_area = QScrollArea()
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setMinimumHeight(200)
        layout.addWidget(
            QLabel(self.tr("Kolonner: hvilken kolonne i filen svarer til hvert felt?"))
        )
        layout.addWidget(self.mapping_area, 1)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Problemer i filen"))
        layout.addWidget(self.report, 1)
        buttons = QHBoxLayout()
        self.check_button = QPushButton(self.tr("Sjekk filen"))
        self.check_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button = QPushButton(self.tr("Importer"))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        close = QPushButton(self.tr("Lukk"))
        close.clicked.connect(self.accept)
        buttons.addStretch(1)
        for button in (self.check_button, self.import_button, close):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.resize(760, 640)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Velg fil"), "", self.tr("Regneark (*.xlsx *.csv)")
        )
        if name:
            self.path.setText(name)
            self.load_columns()

    def load_columns(self) -> None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            return
        try:
            headers = [str(h) for h in open_rows(path).headers]  # the rows are not read
        except InputError as exc:
            self.report.setPlainText("\n".join(problem_texts(exc)))
            return
        except (OSError, ValueError) as exc:
            self.report.setPlainText(str(exc))
            return
        kind = self.kind.currentData()
        suggested = suggest_mapping(headers, kind)
        page = QWidget()
        form = QFormLayout(page)
        self.mapping_boxes = {}
        for column in columns_for(kind):
            box = QComboBox()
            box.addItem(self.tr(NOT_IN_FILE), None)
            for header in headers:
                box.addItem(header, header)
            box.setCurrentIndex(max(0, box.findData(suggested.get(column.name))))
            box.setAccessibleName(column.name)
            label = column.name + (" *" if column.required else "")
            form.addRow(label, box)
            self.mapping_boxes[column.name] = box
        self.mapping_area.setWidget(page)

    def options(self, dry_run: bool) -> ImportOptions:
        mapping = {
            name: box.currentData() for name, box in self.mapping_boxes.items() if box.currentData()
        }
        return ImportOptions(
            mapping=mapping or None, skip_invalid=self.skip_invalid.isChecked(), dry_run=dry_run
        )

    def start(self, dry_run: bool) -> Task | None:
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.report.setPlainText(self.tr("Velg en fil først."))
            return None
        kind, options = self.kind.currentData(), self.options(dry_run)

        def work(progress: Progress) -> Any:
            with self.ctx.open_worker_db() as db:
                return import_file(db, kind, path, options, progress)

        title = self.tr("Sjekker filen …") if dry_run else self.tr("Importerer …")
        self.task = run_task(self, title, work, self._done, self._failed)
        return self.task

    def _done(self, result: ImportResult) -> None:
        self.result_ = result
        # Messages (row, column, rule) rendered in the app's language, never parsed back.
        lines = [result.summary(app_language()), ""]
        lines += [message_text(m) for m in result.problem_messages]
        if result.warning_messages:
            lines += ["", *(message_text(m) for m in result.warning_messages)]
        self.report.setPlainText("\n".join(lines))
        if result.committed:
            self.ctx.households_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            self.report.setPlainText(self.tr("Importen ble avbrutt. Ingenting er endret."))
        elif isinstance(exc, InputError):
            self.report.setPlainText("\n".join(problem_texts(exc)))
        else:
            self.report.setPlainText(self.tr("Uventet feil: {}").format(exc))
