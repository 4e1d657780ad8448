"""The rent-ledger import reads without the register's memory map (6 million rows: the map
would count the whole file in the process's resident memory) and restores it afterwards."""

from __future__ import annotations

import pytest

from leietileie.errors import InputError
from leietileie.services import importing
from leietileie.services.importing import ImportOptions, import_file
from leietileie.storage import Database
from leietileie.storage.dialect.sqlite import MMAP_BYTES


@pytest.mark.sqlite_only
def test_the_rent_import_reads_without_the_memory_map(tmp_path, monkeypatch):
    seen = []
    real = importing._import_rent

    def spy(db, *args, **kwargs):
        seen.append((db.session.scalar("PRAGMA mmap_size"), db.session.scalar("PRAGMA cache_size")))
        return real(db, *args, **kwargs)

    monkeypatch.setattr(importing, "_import_rent", spy)
    ledger = tmp_path / "husleie.csv"
    ledger.write_text("husstand_id;måned;forfalt;betalt;betalt_dato\n", encoding="utf-8")
    with Database.open(tmp_path / "r.db") as db:
        with pytest.raises(InputError):  # an empty ledger is refused, after the switch
            import_file(db, "rent", ledger, ImportOptions())
        assert seen == [(0, -8192)]
        assert db.session.scalar("PRAGMA mmap_size") == MMAP_BYTES
