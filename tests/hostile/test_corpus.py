"""Every file of the hostile corpus (make_corpus.py) through ``leietileie import``: exit 2, a
Norwegian message naming row/column where there is one, no traceback, and the database
unchanged to the byte (audit log included)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from hostile.make_corpus import BASE_TENANTS, BASE_UNITS, CASES, Case
from leietileie.cli import main
from leietileie.storage import Database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("grunnlag")
    path = folder / "register.db"
    (folder / "b.csv").write_text(BASE_UNITS, encoding="utf-8")
    (folder / "t.csv").write_text(BASE_TENANTS, encoding="utf-8")
    assert main(["--db", str(path), "import", "units", str(folder / "b.csv")]) == 0
    assert main(["--db", str(path), "import", "tenants", str(folder / "t.csv")]) == 0
    with Database.open(path) as db:
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _dump(path: Path) -> list[str]:
    with Database.open(path) as db:
        return list(db.conn.iterdump())


def _run(case: Case, folder: Path, db: Path) -> tuple[int, str]:
    target = folder / case.filename
    case.build(target)
    return main(["--db", str(db), "import", case.kind, str(target), *case.args]), str(target)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_hostile_file_is_refused_cleanly(case, base_db, tmp_path, capsys):
    db = tmp_path / "register.db"
    shutil.copy(base_db, db)
    before = _dump(db)
    capsys.readouterr()
    status, _ = _run(case, tmp_path, db)
    captured = capsys.readouterr()
    assert status == 2, captured
    assert "Traceback" not in captured.err + captured.out
    for words in case.expect:
        assert words in captured.err, (words, captured.err)
    assert _dump(db) == before


def test_corpus_names_are_unique_and_expectations_given():
    assert len({c.filename for c in CASES}) == len(CASES)
    assert all(c.expect for c in CASES)


@pytest.mark.parametrize(
    "name",
    [
        "xlsx-langt-ute-6.xlsx",
        "xlsx-zip-bombe.xlsx",
        "csv-uavsluttet-anforselstegn.csv",
        # a Rust abort (exit 134) in calamine, and 20 s / 3 GB, before the extent check
        # counted <row r="N"> and cells without r="…"
        "xlsx-siste-rad-celler-uten-r.xlsx",
        "xlsx-rad-5000000.xlsx",
    ],
)
def test_a_real_process_is_refused_without_traceback(name, base_db, tmp_path):
    case = next(c for c in CASES if c.name == name)
    db = tmp_path / "register.db"
    shutil.copy(base_db, db)
    target = tmp_path / case.filename
    case.build(target)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "leietileie",
            "--db",
            str(db),
            "import",
            case.kind,
            str(target),
            *case.args,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "LEIETILEIE_HOME": str(tmp_path)},
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert all(words in done.stderr for words in case.expect), done.stderr


@pytest.mark.parametrize("name", ["xlsx-siste-rad-celler-uten-r.xlsx", "xlsx-rad-5000000.xlsx"])
def test_a_sheet_placed_without_cell_references_is_refused_at_once(name, tmp_path):
    """Row numbers from <row r="N"> and cells without r="…" count towards the limits, and
    the refusal comes before calamine reads anything (well under a second)."""
    import time

    from leietileie.errors import InputError
    from leietileie.services.xlsx_reader import check_archive

    case = next(c for c in CASES if c.name == name)
    target = tmp_path / case.filename
    case.build(target)
    assert target.stat().st_size < 4096
    started = time.perf_counter()
    with pytest.raises(InputError) as refused:
        check_archive(target)
    assert time.perf_counter() - started < 1.0
    assert all(words in str(refused.value) for words in case.expect)
