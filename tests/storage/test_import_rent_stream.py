"""The rent ledger import streams (issue 14): memory bounded by a chunk, not the file, and
still all or nothing across chunks (docs/import-rent.md)."""

import shutil
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from leietileie.errors import InputError
from leietileie.services import import_rent
from leietileie.services.importing import ImportCancelled, ImportOptions, import_file
from leietileie.services.tabular import read_table

DATA = Path(__file__).parent.parent / "data"
TODAY = date(2026, 1, 15)
HEADER = "husstand_id;måned;forfalt;betalt;betalt_dato\n"


@pytest.fixture
def register(db, tmp_path):
    """Households H1 and H2, their rent ledger with 6 months already imported."""
    for name in ("boliger_cp1252.csv", "leietakere_cp1252.csv", "husleie_cp1252.csv"):
        shutil.copy(DATA / name, tmp_path / name)
    for kind, name in (
        ("units", "boliger_cp1252.csv"),
        ("tenants", "leietakere_cp1252.csv"),
        ("rent", "husleie_cp1252.csv"),
    ):
        assert import_file(db, kind, tmp_path / name, today=TODAY).committed
    return db


def _state(db):
    rows = db.conn.execute(
        "SELECT household_id, month, amount_due, amount_paid, paid_on FROM rent_payments"
        " ORDER BY 1, 2"
    ).fetchall()
    return [tuple(r) for r in rows], len(db.audit.list(limit=10_000))


def _months(first_year, count):
    """``count`` months from January of ``first_year`` as YYYY-MM."""
    start = first_year * 12
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(start, start + count)]


def _ledger(path, rows):
    path.write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def _long_ledger(tmp_path, last_row=None):
    """H1 and H2 over 2001 … 2024 (576 rows), H1's 2025-10 … 2025-12 (recorded already:
    replaced), then ``last_row``: 6 chunks of 100 rows."""
    rows = [
        f"{h};{m};1000;1000;01.{m[5:]}.{m[:4]}"
        for h in ("H1", "H2")
        for m in _months(2001, 300)
        if not ("2025-01" <= m <= "2025-12")
    ]
    rows += [f"H1;{m};2000;0;" for m in ("2025-10", "2025-11", "2025-12")]
    if last_row is not None:
        rows.append(last_row)
    return _ledger(tmp_path / "lang.csv", rows)


def test_a_bad_row_in_the_last_chunk_changes_nothing(register, tmp_path, monkeypatch):
    monkeypatch.setattr(import_rent, "RENT_CHUNK", 100)
    before = _state(register)
    path = _long_ledger(tmp_path, "H9;2025-10;1;;")
    result = import_file(register, "rent", path, today=TODAY)
    assert result.rows == 580 and not result.committed
    assert result.problems == [
        'rad 581, husstand_id "H9": finnes ikke i registeret (importer leietakerne først)'
    ]
    assert _state(register) == before
    # --skip-invalid: everything but that row, in every chunk
    result = import_file(register, "rent", path, ImportOptions(skip_invalid=True), today=TODAY)
    assert result.committed and (result.inserted, result.updated, result.skipped) == (576, 3, 1)
    assert len(_state(register)[0]) == 6 + 576


def test_a_failure_while_writing_the_last_chunk_rolls_back_the_earlier_ones(
    register, tmp_path, monkeypatch
):
    """The earlier chunks are written when the last one fails: the one transaction undoes
    them all, on both engines (the file changed between the passes; a cancel)."""
    monkeypatch.setattr(import_rent, "RENT_CHUNK", 100)
    before = _state(register)
    path = _long_ledger(tmp_path)
    writes = []

    def change_the_file(done, total):
        if done > total // 2:
            writes.append(done)
            if len(writes) == 5:  # the 6th chunk is the last one
                with path.open("a", encoding="utf-8") as out:
                    out.write("H2;2030-01;1;;\n")
        return True

    with pytest.raises(InputError) as info:
        import_file(register, "rent", path, progress=change_the_file, today=TODAY)
    assert info.value.problems == [
        "lang.csv: filen ble endret mens den ble importert; ingenting er lagret, importer på nytt"
    ]
    assert len(writes) >= 5 and _state(register) == before

    path = _long_ledger(tmp_path)
    writes.clear()

    def cancel_in_the_last_chunk(done, total):
        if done > total // 2:
            writes.append(done)
        return len(writes) < 5  # the 5th: as the last chunk starts

    with pytest.raises(ImportCancelled):
        import_file(register, "rent", path, progress=cancel_in_the_last_chunk, today=TODAY)
    assert _state(register) == before


def test_a_household_month_twice_in_different_chunks_imports_neither(
    register, tmp_path, monkeypatch
):
    monkeypatch.setattr(import_rent, "RENT_CHUNK", 2)
    rows = ["H1;2020-01;100;;", "H1;2020-02;100;;", "H2;2020-01;100;;", "H1;01.2020;200;;"]
    path = _ledger(tmp_path / "to.csv", rows)
    result = import_file(register, "rent", path, today=TODAY)
    assert result.problems == [
        'rad 5, måned "01.2020": står to ganger for husstand H1 (også på rad 2)'
    ]
    result = import_file(register, "rent", path, ImportOptions(skip_invalid=True), today=TODAY)
    assert (result.inserted, result.skipped) == (2, 2)
    h1 = register.households.id_map()["H1"]
    months = register.conn.execute(
        "SELECT month FROM rent_payments WHERE household_id = ? AND month LIKE '2020-%'"
        " ORDER BY month",
        (h1,),
    ).fetchall()
    assert [m[0] for m in months] == ["2020-02"]


@pytest.mark.parametrize("register_location", ["sqlite"], indirect=True)
def test_memory_is_bounded_by_a_chunk_not_by_the_file(db, tmp_path, monkeypatch):
    """200 000 rows (1 000 households × 200 months): the import's traced peak stays below a
    quarter of what reading the file into rows takes (what the import held before), and
    under 20 MB with 10 000-row chunks; every row lands."""
    from leietileie.services.demo import create_demo

    create_demo(db, households=1000, seed=3, today=TODAY)
    ids = sorted(db.households.id_map())
    assert len(ids) == 1000
    path = tmp_path / "stor.csv"
    with path.open("w", encoding="cp1252", newline="\r\n") as out:
        out.write(HEADER)
        for h in ids:
            for m in _months(1991, 200):  # 1991-01 … 2007-08: the demo records none
                out.write(f"{h};{m};9 500,50;9 500,50;03.{m[5:]}.{m[:4]}\n")
    monkeypatch.setattr(import_rent, "RENT_CHUNK", 10_000)

    tracemalloc.start()
    try:
        read_table(path)
        _, holding = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        tracemalloc.clear_traces()
        base, _ = tracemalloc.get_traced_memory()
        result = import_file(db, "rent", path, today=TODAY)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.committed and (result.inserted, result.updated) == (200_000, 0)
    count = db.conn.execute("SELECT count(*) FROM rent_payments WHERE month < '2008'")
    assert count.fetchone()[0] == 200_000
    used = peak - base
    assert holding > 60_000_000  # 200 000 rows of cells held as Python lists
    assert used < holding / 4 and used < 20_000_000, (used, holding)
