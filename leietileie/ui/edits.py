"""Changes to the register that can be undone (Ctrl+Z: the last change).

The change is written first (so a conflict is reported before anything is recorded); the
command pushed on the QUndoStack only knows how to reverse it. Every write goes through the
repositories, which record it in the audit log.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from ..domain.register import RegisteredHousehold
from ..errors import ConflictError, InputError
from ..storage import Database

Report = Callable[[str], None]


class _Command(QUndoCommand):
    def __init__(self, text: str, db: Database, report: Report, changed: Callable[[], None]):
        super().__init__(text)
        self.db = db
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
        except (ConflictError, InputError) as exc:
            self.report(str(exc))
            self.setObsolete(True)
        self.changed()

    def apply(self) -> None:
        raise NotImplementedError

    def reverse(self) -> None:
        raise NotImplementedError


class SaveHousehold(_Command):
    def __init__(self, db: Database, before: RegisteredHousehold, after: RegisteredHousehold,
                 report: Report, changed: Callable[[], None]):  # fmt: skip
        super().__init__(QCoreApplication.translate("Edits", "Endre husstand {}").format(after.external_id), db, report, changed)
        self.before, self.after = before, after

    def _write(self, target: RegisteredHousehold) -> None:
        assert target.id is not None
        current = self.db.households.version(target.id)
        self.db.households.save(replace(target, version=current or target.version))

    def apply(self) -> None:
        self._write(self.after)

    def reverse(self) -> None:
        self._write(self.before)


class AddHousehold(_Command):
    def __init__(self, db: Database, added: RegisteredHousehold, report: Report, changed: Callable[[], None]):
        super().__init__(QCoreApplication.translate("Edits", "Ny husstand {}").format(added.external_id), db, report, changed)
        self.added = added

    def apply(self) -> None:
        self.added = self.db.households.insert(replace(self.added, id=None))

    def reverse(self) -> None:
        assert self.added.id is not None
        self.db.households.delete(self.added.id)


class DeleteHousehold(_Command):
    def __init__(self, db: Database, deleted: RegisteredHousehold, report: Report, changed: Callable[[], None]):
        super().__init__(QCoreApplication.translate("Edits", "Slett husstand {}").format(deleted.external_id), db, report, changed)
        self.deleted = deleted

    def apply(self) -> None:
        assert self.deleted.id is not None
        self.db.households.delete(self.deleted.id)

    def reverse(self) -> None:
        self.deleted = self.db.households.insert(replace(self.deleted, id=None))


def save_household(db: Database, before: RegisteredHousehold, after: RegisteredHousehold) -> RegisteredHousehold:
    """Write an edited household; ConflictError when someone saved it in the meantime."""
    version = db.households.save(after, expected_version=before.version)
    return replace(after, version=version)
