"""Saker: the caseload with statuses and deadlines (filled in by the screening issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .base import View


class CasesView(View):
    name = "cases"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Saker"))
        title.setStyleSheet("font-size:16pt;font-weight:600")
        text = QLabel(self.tr(
            "Her kommer saksoversikten: alle saker etter status (kartlagt, invitert, samtale, "
            "vurdert, tilbud sendt …), frister som nærmer seg, og neste steg for hver husstand. "
            "Sakshistorikken for én husstand ser du i detaljene under Leietakere."))  # fmt: skip
        text.setWordWrap(True)
        text.setMaximumWidth(720)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
