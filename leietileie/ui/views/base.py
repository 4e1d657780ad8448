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


class HouseholdView(View):
    """A view about one household that follows the household chosen anywhere in the app.

    It works only while visible, so the tenant list stays fast; a choice made while hidden is
    taken up when the view is shown. Subclasses implement ``set_household``.
    """

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        #: a view built after a household was chosen takes that household up when shown
        self.pending: int | None = ctx.current_household
        ctx.household_selected.connect(self._selected)

    def set_household(self, household_id: int) -> None:
        raise NotImplementedError

    def _selected(self, household_id: int) -> None:
        if self.isVisible():
            self.set_household(household_id)
        else:
            self.pending = household_id

    def activated(self) -> None:
        if self.pending is not None:
            pending, self.pending = self.pending, None
            self.set_household(pending)
