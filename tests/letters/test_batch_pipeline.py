"""The batch pipeline (issue 11, benchmark item): letters are written and flushed by the
process that renders them, recorded in groups, renamed into place after their records; a
refused record leaves no file; the benchmark removes its temporary folder."""

import os
import stat
import sys
import tempfile
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.paths import default_db_path
from leietileie.services import letters as service
from leietileie.services.letters import confirm_rule_groups, gate_reasons, produce_batch
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

from .test_letters_rules import TODAY


@pytest.fixture()
def db():
    assert main(["demo", "--households", "25", "--seed", "3"]) == 0
    database = Database.open(default_db_path(), actor="kari")
    confirm_rule_groups(database, Settings(database).year())
    yield database
    database.close()


def _through_gate(db, count):
    everyone = [h.id for h in db.households.page(0, 25)]
    gate = gate_reasons(db, everyone, TODAY)
    ids = [h for h in everyone if not gate[h]][:count]
    assert len(ids) == count
    return ids


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_leaves_only_its_letters_owner_only_and_recorded_in_groups(
    db, tmp_path, monkeypatch, workers
):
    monkeypatch.setattr(service, "POOL_MIN", 2)
    monkeypatch.setattr(service, "RECORD_GROUP", 2)  # 5 letters: groups of 2, 2 and 1
    groups = []
    real = service._record_group
    monkeypatch.setattr(
        service,
        "_record_group",
        lambda database, group, *rest: groups.append(len(group)) or real(database, group, *rest),
    )
    ids = _through_gate(db, 5)
    result = produce_batch(
        db, ids, tmp_path, letter_type="invitation", language="nb", workers=workers
    )
    assert [letter.household_id for letter in result.letters] == ids  # in the order asked
    assert groups == [2, 2, 1]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.endswith(".part")]
    assert len(names) == 6  # five letters and the print file
    for letter in result.letters:
        assert stat.S_IMODE(letter.path.stat().st_mode) == 0o600
        assert db.documents.for_household(letter.household_id)[-1].id == letter.document_id


def test_a_refused_record_leaves_no_file_of_its_group(db, tmp_path, monkeypatch):
    ids = _through_gate(db, 3)
    calls = []
    real = service._record

    def refuse_the_second(database, request, *args):
        calls.append(request.household.external_id)
        if len(calls) == 2:
            raise InputError(["refused by the database"])
        return real(database, request, *args)

    monkeypatch.setattr(service, "_record", refuse_the_second)
    with pytest.raises(InputError):
        produce_batch(db, ids, tmp_path, letter_type="invitation", language="nb", workers=1)
    assert list(tmp_path.iterdir()) == []  # no letter, no temporary file, no print file
    assert all(db.documents.for_household(h) == [] for h in ids)


def test_the_benchmark_removes_its_temporary_folder(monkeypatch, capsys):
    sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
    monkeypatch.setattr(sys, "path", sys.path)
    import bench_letters

    before = set(Path(tempfile.gettempdir()).glob("bench-letters-*"))
    monkeypatch.setenv("LEIETILEIE_HOME", os.environ["LEIETILEIE_HOME"])  # restored afterwards
    bench_letters.end_to_end(4, "invitation", 1)
    assert "letters/s" in capsys.readouterr().out
    assert set(Path(tempfile.gettempdir()).glob("bench-letters-*")) == before


def test_a_worker_freezes_what_it_inherits_and_warm_up_loads_the_holidays():
    import gc

    from leietileie.domain import deadlines

    deadlines._holidays_of_year.cache_clear()
    service.warm_up()
    assert deadlines._holidays_of_year.cache_info().currsize >= 2  # this year and the next
    try:
        service._start_worker(False)
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
