"""What every view of the main window has: the shared context and a hook when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ..context import AppContext


class View(QWidget):
    #: the name used by ``main.py --view`` and the navigation
    name = ""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx

    def activated(self) -> None:
        """Called when the view becomes visible (refresh what may have changed)."""
