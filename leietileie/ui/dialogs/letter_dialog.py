"""Produce a letter for one household and preview it (QtPdf) before printing.

The letter's figures come from the household's stored assessment, assessed again when the
register changed or it is too old (the dialog shows what changed). It starts on the letter
the household's verdict allows (an offer only to a household that can buy), refuses with the
reason what the letters service refuses (screening filters, unconfirmed rule groups, the
two-person rule), and asks before printing on a warning (old valuation, characters no font
has). It fits a 1366×768 screen. Each letter is recorded on the case and in the audit log.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
)
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ... import paths
from ...domain.messages import Message
from ...errors import InputError
from ...services import register_reads
from .. import messages
from ..context import AppContext
from ..crash import EXPECTED, message_or_raise
from ..domain_text import message_text, problem_texts
from .pdf_preview import PdfPreview

LETTER_TYPES = (
    ("offer", QT_TRANSLATE_NOOP("LetterDialog", "Tilbud om kjøp av bolig")),
    ("invitation", QT_TRANSLATE_NOOP("LetterDialog", "Invitasjon til samtale")),
    ("preassessment", QT_TRANSLATE_NOOP("LetterDialog", "Forhåndsvurdering av startlån")),
)


def letters_dir() -> Path:
    path = paths.data_dir() / "brev"
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


class LetterDialog(PdfPreview, QDialog):
    def __init__(self, ctx: AppContext, household_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.household_id = household_id
        self.path: Path | None = None
        household = register_reads.household(ctx.db, household_id)
        self.setWindowTitle(
            self.tr("Brev til %s") % (household.name if household else household_id)
        )
        self.resize(900, 640)  # fits a 768-px-high screen with a taskbar
        self._letter_choices(
            "LetterDialog", LETTER_TYPES, ctx.settings.get("municipality.malform"), date.today()
        )
        self.decided_by = QLineEdit()
        self.decided_by.setAccessibleName(self.tr("Vedtaket fattes av"))
        self.decided_by.setPlaceholderText(self.tr("Navn (kreves med tomannsregel)"))
        form = QFormLayout()
        form.addRow(self.tr("Brev"), self.kind)
        form.addRow(self.tr("Språk"), self.language)
        form.addRow(self.tr("Dato"), self.day)
        form.addRow(self.tr("Vedtaket fattes av"), self.decided_by)
        self.kind.setCurrentIndex(self.kind.findData(self.default_kind()))
        buttons = self._letter_actions()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.view, 1)

    def default_kind(self) -> str:
        """The letter the verdict allows: an offer only when the latest assessment (or
        screening) says the household can buy; otherwise a pre-assessment."""
        stored = register_reads.latest_assessment(self.ctx.db, self.household_id)
        if stored is not None:
            return "offer" if stored.verdict != "not_eligible" else "preassessment"
        verdict = register_reads.latest_screening_verdict(self.ctx.db, self.household_id)
        if verdict is not None:
            return "offer" if register_reads.can_buy(verdict) else "preassessment"
        return "invitation"

    def _day(self) -> date:
        qd = self.day.date()
        return date(qd.year(), qd.month(), qd.day())

    def make(self) -> None:
        from ...services.letters import check_letter, produce_letter

        kind = str(self.kind.currentData())
        decided_by = self.decided_by.text().strip()
        try:
            checked = check_letter(
                self.ctx.db, self.household_id, kind, self._day(), decided_by=decided_by
            )
        except InputError as exc:
            messages.error(self, self.tr("Brevet kan ikke lages"), "\n".join(problem_texts(exc)))
            return
        if checked.warning_messages and not self._confirm(checked.warning_messages):
            return
        household_id, folder, language, day = (
            self.household_id,
            letters_dir(),
            str(self.language.currentData()),
            self._day(),
        )
        try:  # rendered and recorded off the GUI thread (its own connection)
            produced, data = self.ctx.write(
                lambda db: produce_letter(
                    db,
                    household_id,
                    folder,
                    letter_type=kind,
                    language=language,
                    on=day,
                    decided_by=decided_by,
                ),
                self.tr("Lager brevet …"),
            )
        except InputError as exc:
            messages.error(self, self.tr("Brevet kan ikke lages"), "\n".join(problem_texts(exc)))
            return
        except EXPECTED as exc:
            messages.error(self, self.tr("Brevet kan ikke lages"), message_or_raise(exc))
            return
        self.path = produced.path
        self._show(data)
        lines = [self.tr("Lagret i arkivet: %s") % produced.path]
        changes = [message_text(m) for m in (*checked.change_messages, *produced.change_messages)]
        if changes:
            lines.append(
                self.tr("Beregnet på nytt fordi noe er endret:") + " " + "; ".join(changes[:6])
            )
        self.status.setText("\n".join(lines))
        self.open_button.setEnabled(True)
        self.print_button.setEnabled(True)
        self.ctx.households_changed.emit()

    def _confirm(self, warnings: list[Message]) -> bool:
        text = "\n".join(message_text(w) for w in warnings)
        text += "\n\n" + self.tr("Lage brevet likevel?")
        return bool(messages.confirm(self, self.tr("Før utskrift"), text))
