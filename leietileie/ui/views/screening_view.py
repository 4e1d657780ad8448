"""Kartlegging: screening of the whole register (filled in by the screening issue)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..context import AppContext
from .base import View


class ScreeningView(View):
    name = "screening"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Kartlegging"))
        title.setStyleSheet("font-size:16pt;font-weight:600")
        text = QLabel(self.tr(
            "Her kommer kartleggingen av hele leietakerregisteret: hvem kan kjøpe boligen de leier "
            "nå, hvem kan med tilskudd, og hvem kan om noen år. Til da kan du vurdere én husstand "
            "om gangen under Beregning, eller bruke kommandoen «leietileie screen»."))  # fmt: skip
        text.setWordWrap(True)
        text.setMaximumWidth(720)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
