"""Issue 13: an export or a print is logged before its file is written, so that a user the
database does not let append to the audit log (a reader of the office database) gets no
file."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.services.demo import create_demo
from leietileie.services.eligibility import export_eligibility
from leietileie.services.screening import ScreeningOptions, screen_register
from leietileie.services.settings import Settings
from leietileie.storage.database import Database
from leietileie.storage.errors import Unavailable
from leietileie.storage.repositories.audit import AuditLog

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


def test_no_reprint_when_the_print_cannot_be_logged(tmp_path, monkeypatch):
    from leietileie.cli import main
    from leietileie.paths import default_db_path
    from leietileie.services.letters import (
        confirm_rule_groups,
        gate_reasons,
        produce_letter,
        reprint_document,
    )

    assert main(["demo", "--households", "25", "--seed", "3"]) == 0
    assert main(["screen"]) == 0
    with Database.open(default_db_path(), actor="kari") as db:
        confirm_rule_groups(db, Settings(db).year())
        run = db.screening.latest_run()
        buyers = [r.household_id for r in db.screening.results(run) if r.category == "kan_kjope_na"]
        gate = gate_reasons(db, buyers, date.today())
        household = next(h for h in buyers if not gate[h])
        letter, _ = produce_letter(db, household, tmp_path / "brev", letter_type="offer")
        entries = db.audit.count()

        def refuse(self, action, *args, **kwargs):
            if action == "printed":
                raise Refused("refused by the database")
            return original(self, action, *args, **kwargs)

        original = AuditLog.record
        monkeypatch.setattr(AuditLog, "record", refuse)
        out = tmp_path / "igjen"
        with pytest.raises(Refused):
            reprint_document(db, letter.document_id, out)
        assert not out.exists() or list(out.iterdir()) == []
        monkeypatch.undo()
        assert db.audit.count() == entries
