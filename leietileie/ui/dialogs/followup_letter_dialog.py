"""The follow-up letters of issue 14 for one household (rent to own and rent arrears), from the
Oppfølging view's «Lag brev …».

The caseworker chooses the letter, the language, the date and (arrears letters) the account to
pay to and a proposed time for a talk; the letter is produced by ``services.followup_letters``
in a write (background thread, its own connection): written owner-only to the folder chosen,
recorded on the household and, for an arrears letter, logged as an action on its arrears case.
A refusal (no agreement, nothing owed, option not open yet …) is shown in the dialog, which
stays open with its input. The letter is previewed (QtPdf) and can be opened or printed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...errors import InputError
from ...services import register_reads
from .. import messages
from ..context import AppContext
from ..crash import EXPECTED, message_or_raise
from ..domain_text import problem_texts
from .letter_dialog import letters_dir
from .pdf_preview import PdfPreview

FOLLOWUP_LETTERS = (
    ("payment_reminder", QT_TRANSLATE_NOOP("FollowupLetterDialog", "Betalingsoppfordring")),
    (
        "arrears_talk",
        QT_TRANSLATE_NOOP("FollowupLetterDialog", "Invitasjon til samtale om restansen"),
    ),
    ("payment_agreement", QT_TRANSLATE_NOOP("FollowupLetterDialog", "Nedbetalingsavtale")),
    ("rto_agreement", QT_TRANSLATE_NOOP("FollowupLetterDialog", "Leie til eie-avtale")),
    ("pathway_status", QT_TRANSLATE_NOOP("FollowupLetterDialog", "Statusbrev om sparingen")),
    ("option_offer", QT_TRANSLATE_NOOP("FollowupLetterDialog", "Tilbud om å kjøpe boligen")),
)
#: The letters that take an account number / a proposed meeting.
WITH_ACCOUNT = ("payment_reminder", "arrears_talk", "payment_agreement")
WITH_MEETING = ("arrears_talk",)


class FollowupLetterDialog(PdfPreview, QDialog):
    def __init__(
        self,
        ctx: AppContext,
        household_id: int,
        kind: str | None = None,
        parent: QWidget | None = None,
        on: date | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.path: Path | None = None
        household = register_reads.household(ctx.db, household_id)
        self.setWindowTitle(
            self.tr("Oppfølgingsbrev til %s") % (household.name if household else household_id)
        )
        self.resize(900, 640)  # fits a 768-px-high screen with a taskbar
        self._letter_choices(
            "FollowupLetterDialog",
            FOLLOWUP_LETTERS,
            ctx.settings.get("municipality.malform"),
            on or date.today(),
        )
        if kind is not None and self.kind.findData(kind) >= 0:
            self.kind.setCurrentIndex(self.kind.findData(kind))
        self.account = QLineEdit()
        self.account.setAccessibleName(self.tr("Kontonummer"))
        self.account.setPlaceholderText(self.tr("Tomt: som på husleiefakturaen"))
        self.meeting = QLineEdit()
        self.meeting.setAccessibleName(self.tr("Foreslått samtale"))
        self.meeting.setPlaceholderText(self.tr("F.eks. 8. januar kl. 10 på servicetorget"))
        self.folder = QLineEdit(str(letters_dir()))
        self.folder.setAccessibleName(self.tr("Mappe for brevet"))
        browse = QPushButton(self.tr("&Bla gjennom …"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Brev"), self.kind)
        form.addRow(self.tr("Språk"), self.language)
        form.addRow(self.tr("Dato"), self.day)
        form.addRow(self.tr("Konto"), self.account)
        form.addRow(self.tr("Samtale"), self.meeting)
        form.addRow(self.tr("Mappe"), folder_row)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setAccessibleName(self.tr("Brevet kan ikke lages"))
        self.problems.hide()
        close = QPushButton(self.tr("Lukk"))
        close.clicked.connect(self.accept)
        buttons = self._letter_actions()
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)
        self.kind.currentIndexChanged.connect(lambda _: self._kind_changed())
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        self.account.setEnabled(kind in WITH_ACCOUNT)
        self.meeting.setEnabled(kind in WITH_MEETING)

    def _day(self) -> date:
        qd = self.day.date()
        return date(qd.year(), qd.month(), qd.day())

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Mappe for brevet"), self.folder.text()
        )
        if chosen:
            self.folder.setText(chosen)

    def show_problems(self, lines: list[str]) -> None:
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def make(self) -> bool:
        """Produce the letter; on a refusal show why and keep the dialog (and its input)."""
        from ...services.followup_letters import produce_followup_letter

        kind = str(self.kind.currentData())
        household_id, language, day = (
            self.household_id,
            str(self.language.currentData()),
            self._day(),
        )
        folder = Path(self.folder.text().strip() or letters_dir())
        account = self.account.text().strip() if kind in WITH_ACCOUNT else ""
        meeting = self.meeting.text().strip() if kind in WITH_MEETING else ""
        self.show_problems([])
        try:  # rendered and recorded off the GUI thread (its own connection)
            produced = self.ctx.write(
                lambda db: produce_followup_letter(
                    db,
                    household_id,
                    kind,
                    day,
                    language,
                    folder,
                    account=account,
                    meeting=meeting,
                ),
                self.tr("Lager brevet …"),
            )
        except InputError as exc:
            self.show_problems(problem_texts(exc))
            return False
        except EXPECTED as exc:
            messages.error(self, self.tr("Brevet kan ikke lages"), message_or_raise(exc))
            return False
        self.path = produced.path
        self._show(produced.path.read_bytes())
        lines = [self.tr("Lagret i arkivet: %s") % produced.path]
        if produced.action_id is not None:
            lines.append(self.tr("Ført som tiltak på restansesaken."))
        self.status.setText("\n".join(lines))
        self.open_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.ctx.households_changed.emit()  # the lists and the household's history
        return True
