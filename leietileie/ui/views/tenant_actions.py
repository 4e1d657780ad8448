"""The tenant list's buttons: add, edit, delete and undo households and dwellings, import."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QWidget

from ...domain.register import RegisteredHousehold
from ...errors import ConflictError
from ...services import household_edits as edits
from .. import messages
from ..crash import EXPECTED, message_or_raise
from ..domain_text import translate
from ..edits import AddHousehold, DeleteHousehold, SaveHousehold
from ..letters_ui import open_letter_dialog
from ..office_ui import conflict_text

if TYPE_CHECKING:
    from .tenants_view import TenantsView


class TenantActions(QWidget):
    def __init__(self, view: TenantsView):
        super().__init__(view)
        self.view = view
        self.ctx = view.ctx
        self.undo_stack = QUndoStack(self)
        #: the household editor while it is open (tests answer it)
        self.dialog: QDialog | None = None
        self.undo_stack.setUndoLimit(20)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QPushButton] = {}
        for key, text, slot in (
            ("new", self.tr("&Ny husstand"), self.new_household),
            ("edit", self.tr("R&ediger"), self.edit_household),
            ("delete", self.tr("Sle&tt"), self.delete_household),
            ("undo", self.tr("&Angre"), self.undo),
            ("new_unit", self.tr("N&y bolig"), self.new_unit),
            ("edit_unit", self.tr("Rediger bo&lig"), self.edit_unit),
            ("import", self.tr("&Importer …"), self.import_file),
            ("letter", self.tr("Bre&v …"), self.letter),
            ("assess", self.tr("Beregnin&g →"), self.open_assessment),
        ):
            button = QPushButton(text)
            button.setAccessibleName(text.replace("&", ""))
            button.clicked.connect(slot)
            row.addWidget(button)
            self.buttons[key] = button
        row.addStretch(1)
        self.buttons["undo"].setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.buttons["undo"].setEnabled)
        self.undo_stack.undoTextChanged.connect(lambda t: self.buttons["undo"].setToolTip(t))

    def _report(self, text: str) -> None:
        messages.error(
            self,
            self.tr("Kunne ikke lagre"),
            "\n".join(translate(line) for line in text.split("\n")),
        )

    def _changed(self) -> None:
        self.ctx.households_changed.emit()

    def current(self):  # type: ignore[no-untyped-def]
        hid = self.view.selected_id()
        return None if hid is None else edits.get_household(self.ctx.db, hid)

    # Households ---------------------------------------------------------------------

    def new_household(self) -> None:
        from ..dialogs.household_dialog import HouseholdDialog

        added: list[RegisteredHousehold] = []

        def save(new: RegisteredHousehold) -> bool:
            try:
                added.append(self.ctx.write(lambda db: edits.add_household(db, new)))
            except EXPECTED as exc:  # the dialog stays open with the caseworker's input
                self._report(message_or_raise(exc))
                return False
            return True

        dialog = HouseholdDialog(self.ctx.db, None, self, save=save)
        if dialog.exec() != QDialog.DialogCode.Accepted or not added:
            return
        self.undo_stack.push(AddHousehold(self.ctx.write, added[0], self._report, self._changed))
        self._changed()
        self.view.search.setText(added[0].external_id)
        self.view.apply_query()

    def edit_household(self) -> None:
        """Edit the chosen household. Lagre stores at once; when that fails (a colleague
        saved first, the office database is gone) the dialog stays open with the input."""
        from ..dialogs.household_dialog import HouseholdDialog

        before = self.current()
        while before is not None:
            dialog = HouseholdDialog(self.ctx.db, before, self)
            dialog.save = partial(self.store_edit, before, dialog=dialog)
            self.dialog = dialog
            dialog.exec()
            self.dialog = None
            if not dialog.reload_requested or before.id is None:
                return
            fresh = edits.get_household(self.ctx.db, before.id)  # a colleague's version
            if fresh is None:
                messages.info(
                    self,
                    self.tr("Last inn på nytt"),
                    self.tr("Husstanden {} er slettet og kan ikke åpnes igjen.").format(
                        before.external_id
                    ),
                )
            before = fresh

    def store_edit(self, before, after, dialog=None) -> bool:  # type: ignore[no-untyped-def]
        """Write an edited household; a conflict is shown (naming who changed it and when,
        with Last inn på nytt in the dialog), never overwritten."""
        try:
            saved = self.ctx.write(lambda db: edits.save_household(db, before, after))
        except ConflictError as exc:
            if dialog is None:
                self._report(conflict_text(self.ctx.db, before, exc, buttons=False))
            else:
                self._conflict(before, exc, dialog)
            return False
        except EXPECTED as exc:
            self._report(message_or_raise(exc))
            return False
        self.undo_stack.push(
            SaveHousehold(self.ctx.write, before, saved, self._report, self._changed)
        )
        self._changed()
        return True

    def _conflict(self, before: RegisteredHousehold, exc: ConflictError, dialog) -> None:  # type: ignore[no-untyped-def]
        """Who changed the household and when; «Last inn på nytt» discards the edit (after
        asking), «Avbryt» keeps the dialog open with the caseworker's input."""
        text = conflict_text(self.ctx.db, before, exc)
        self._changed()  # the list shows the colleague's version behind the dialog
        if not messages.conflict(dialog, self.tr("Endret av en annen"), text):
            return
        question = self.tr(
            "Endringene du har gjort i skjemaet, forkastes, og husstanden lastes inn slik "
            "den er lagret nå. Fortsette?"
        )
        if messages.confirm(dialog, self.tr("Last inn på nytt"), question):
            dialog.discard_and_reload()

    def delete_household(self) -> None:
        household = self.current()
        if household is None or household.id is None:
            return
        question = self.tr("Slette husstanden {} ({}) med saker og dokumenter?").format(
            household.name, household.external_id
        )
        if not messages.confirm(self, self.tr("Slett husstand"), question):
            return
        try:
            deleted = self.ctx.write(lambda db: edits.delete_household(db, household))
        except EXPECTED as exc:
            self._report(message_or_raise(exc))
            return
        self.undo_stack.push(DeleteHousehold(self.ctx.write, deleted, self._report, self._changed))
        self._changed()

    def undo(self) -> None:
        if self.undo_stack.canUndo():
            self.undo_stack.undo()

    def redo(self) -> None:
        if self.undo_stack.canRedo():
            self.undo_stack.redo()

    # Dwellings ----------------------------------------------------------------------

    def new_unit(self) -> None:
        from ..dialogs.unit_dialog import UnitDialog

        dialog = UnitDialog(self.ctx.db, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_unit is not None:
            try:
                unit = dialog.result_unit
                self.ctx.write(lambda db: edits.add_unit(db, unit))
            except EXPECTED as exc:
                self._report(message_or_raise(exc))

    def edit_unit(self) -> None:
        household = self.current()
        if household is None or household.tenancy is None:
            messages.info(
                self, self.tr("Rediger bolig"), self.tr("Velg en husstand som leier en bolig.")
            )
            return
        found = edits.unit_for_edit(self.ctx.db, household.tenancy.unit_id)
        if found is None:
            return
        unit, version = found
        from ..dialogs.unit_dialog import UnitDialog

        dialog = UnitDialog(self.ctx.db, unit, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.result_unit is not None:
            try:
                changed = dialog.result_unit
                self.ctx.write(lambda db: edits.save_unit(db, changed, version))
            except EXPECTED as exc:
                self._report(message_or_raise(exc))
            self._changed()

    # Elsewhere ----------------------------------------------------------------------

    def import_file(self) -> None:
        from ..dialogs.import_dialog import ImportDialog

        ImportDialog(self.ctx, self).exec()

    def letter(self) -> None:
        hid = self.view.selected_id()
        if hid is not None:
            self.ctx.household_selected.emit(hid)
        open_letter_dialog(self, self.ctx)

    def open_assessment(self) -> None:
        hid = self.view.selected_id()
        if hid is not None:
            self.ctx.household_selected.emit(hid)
        self.ctx.show_view.emit("assessment")
