"""Opening the letter dialog from anywhere (the Brev buttons and the Brev menu)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from . import messages
from .context import AppContext


def open_letter_dialog(
    parent: QWidget, ctx: AppContext, household_id: int | None = None
) -> Any | None:
    """Show the letter dialog for ``household_id`` (default: the household chosen last)."""
    chosen = household_id if household_id is not None else ctx.current_household
    if chosen is None:
        messages.info(
            parent,
            QCoreApplication.translate("Letters", "Brev"),
            QCoreApplication.translate("Letters", "Velg en husstand først."),
        )
        return None
    from .dialogs.letter_dialog import LetterDialog

    dialog = LetterDialog(ctx, chosen, parent)
    dialog.show()
    return dialog
