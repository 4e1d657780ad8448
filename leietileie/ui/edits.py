"""Changes to the register that can be undone (Ctrl+Z: the last change).

The change is written first (so a conflict is reported before anything is recorded); the
command pushed on the QUndoStack only knows how to reverse it. Each command remembers the
version it wrote, and undo/redo write with that version expected: when a colleague saved the
household in the meantime, undo says so (in Norwegian) and overwrites nothing. Deleting is a
soft delete, so undoing it brings back the same row with its cases, assessments and letters.
Every write goes through services/household_edits.py, run off the GUI thread by
``AppContext.write`` (its own connection, a short busy timeout).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.register import RegisteredHousehold
from ..services import household_edits as edits
from ..storage import Database
from .crash import EXPECTED, message_or_raise

Report = Callable[[str], None]
#: ``AppContext.write``: runs ``fn(db)`` off the GUI thread with its own connection
Write = Callable[[Callable[[Database], Any]], Any]


class _Command(QUndoCommand):
    def __init__(self, text: str, write: Write, report: Report, changed: Callable[[], None]):
        super().__init__(text)
        self.write = write
        self.report = report
        self.changed = changed
        self.first = True

    def redo(self) -> None:
        if self.first:  # already written by the caller
            self.first = False
            return
        self._guard(self.apply)

    def undo(self) -> None:
        self._guard(self.reverse)

    def _guard(self, action: Callable[[], None]) -> None:
        try:
            action()
        except EXPECTED as exc:
            self.report(message_or_raise(exc))
            self.setObsolete(True)
        self.changed()

    def apply(self) -> None:
        raise NotImplementedError

    def reverse(self) -> None:
        raise NotImplementedError


class SaveHousehold(_Command):
    def __init__(
        self,
        write: Write,
        before: RegisteredHousehold,
        after: RegisteredHousehold,
        report: Report,
        changed: Callable[[], None],
    ):
        text = QCoreApplication.translate("Edits", "Endre husstand {}").format(after.external_id)
        super().__init__(text, write, report, changed)
        self.before, self.after = before, after
        #: the version this command last wrote (``after`` was saved at after.version)
        self.version = after.version

    def _write(self, target: RegisteredHousehold) -> None:
        current = replace(target, version=self.version)
        saved = self.write(lambda db: edits.save_household(db, current, current))
        self.version = saved.version

    def apply(self) -> None:
        self._write(self.after)

    def reverse(self) -> None:
        self._write(self.before)


class AddHousehold(_Command):
    def __init__(
        self, write: Write, added: RegisteredHousehold, report: Report, changed: Callable[[], None]
    ):
        text = QCoreApplication.translate("Edits", "Ny husstand {}").format(added.external_id)
        super().__init__(text, write, report, changed)
        self.added = added

    def apply(self) -> None:
        added = self.added
        self.added = self.write(lambda db: edits.restore_household(db, added))

    def reverse(self) -> None:
        added = self.added
        self.added = self.write(lambda db: edits.delete_household(db, added))


class DeleteHousehold(_Command):
    def __init__(
        self,
        write: Write,
        deleted: RegisteredHousehold,
        report: Report,
        changed: Callable[[], None],
    ):
        """``deleted``: the household as delete_household returned it (its new version)."""
        text = QCoreApplication.translate("Edits", "Slett husstand {}").format(deleted.external_id)
        super().__init__(text, write, report, changed)
        self.deleted = deleted

    def apply(self) -> None:
        deleted = self.deleted
        self.deleted = self.write(lambda db: edits.delete_household(db, deleted))

    def reverse(self) -> None:
        deleted = self.deleted
        self.deleted = self.write(lambda db: edits.restore_household(db, deleted))
