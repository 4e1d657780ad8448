"""Killing the process (SIGKILL) in the middle of a large import leaves a sound database
holding either the whole import or none of it."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from leietileie.domain import identity
from leietileie.storage import Database
from leietileie.storage.maintenance import check

HOUSEHOLDS = 3000

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from leietileie.services import importing
    from leietileie.storage import Database

    importing.CHUNK = 100  # many chunks inside the one transaction

    def progress(done, total):
        if done > total // 2:
            print("writing", flush=True)
            time.sleep(0.05)
        return True

    db = Database.open(sys.argv[1])
    importing.import_file(db, "tenants", Path(sys.argv[2]), progress=progress)
    print("done", flush=True)
    """
)


def _files(tmp_path):
    units = ["bolig_id;adresse;postnummer;poststed;eierform"]
    tenants = ["husstand_id;rolle;fornavn;etternavn;fødselsnummer;lønn;bolig_id;husleie_mnd"]
    serial = 0
    for i in range(HOUSEHOLDS):
        units.append(f"U{i};Vei {i};0150;By;selveier")
        number = None
        while number is None:
            born = date(1950 + serial % 50, 1 + serial % 12, 1 + serial % 28)
            number = identity.make_number(born, serial // 600 % 500)
            serial += 1
        tenants.append(f"H{i};søker;Navn{i};Etter{i};{number};400000;U{i};9000")
    (tmp_path / "units.csv").write_text("\n".join(units) + "\n", encoding="utf-8")
    (tmp_path / "tenants.csv").write_text("\n".join(tenants) + "\n", encoding="utf-8")


@pytest.mark.parametrize("kill", [True, False])
def test_sigkill_during_import_leaves_all_or_nothing(tmp_path, kill):
    _files(tmp_path)
    path = tmp_path / "register.db"
    from leietileie.services.importing import import_file

    with Database.open(path) as db:
        import_file(db, "units", tmp_path / "units.csv")
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "tenants.csv")],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.getcwd()},
    )
    assert process.stdout is not None
    writes = 0
    for line in process.stdout:
        writes += line.strip() == "writing"
        if kill and writes >= 5:
            process.send_signal(signal.SIGKILL)
            break
    process.wait(timeout=60)
    assert process.returncode == (-signal.SIGKILL if kill else 0)
    assert check(path).ok
    with Database.open(path) as db:
        count = db.households.count()
        members = db.conn.execute("SELECT count(*) FROM members").fetchone()[0]
    assert (count, members) == ((0, 0) if kill else (HOUSEHOLDS, HOUSEHOLDS))
