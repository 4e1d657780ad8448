"""Issue 13: an export is logged before its file is written, so that a user the database does
not let append to the audit log (a reader of the office database) gets no file."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.services.demo import create_demo
from leietileie.services.eligibility import export_eligibility
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.audit import AuditLog
from leietileie.storage.database import Database
from leietileie.storage.errors import Unavailable

ON = date(2026, 11, 25)


class Refused(Unavailable):
    pass


def test_no_file_when_the_export_cannot_be_logged(tmp_path, register_location, monkeypatch):
    with Database.open(register_location, actor="tester") as db:
        create_demo(db, households=10, seed=2, today=ON)
        run_id = screen_register(db, ScreeningOptions.from_settings(Settings(db), on=ON)).run_id
        entries = db.audit.count()

        def refuse(self, action, *args, **kwargs):
            if action == "exported":
                raise Refused("refused by the database")
            return original(self, action, *args, **kwargs)

        original = AuditLog.record
        monkeypatch.setattr(AuditLog, "record", refuse)
        target = tmp_path / "ut" / "liste.xlsx"
        target.parent.mkdir()
        with pytest.raises(Refused):
            export_eligibility(db, run_id, target)
        assert not target.exists()
        assert list(target.parent.iterdir()) == []  # no temporary file left either
        monkeypatch.undo()
        assert db.audit.count() == entries
