"""SIGKILL in the middle of a re-import (issue 10, item 1, in test_kill9.py's spirit): the
register holds either the old or the new figures, and in both cases everything the
caseworker typed is intact."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from leietileie.domain import identity
from leietileie.services.importing import import_file
from leietileie.storage import Database
from leietileie.storage.maintenance import check

HOUSEHOLDS = 1000

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from leietileie.services import importing
    from leietileie.storage import Database

    importing.CHUNK = 25  # many chunks inside the one transaction

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


def _tenants(path, rent):
    rows = ["husstand_id;rolle;fornavn;etternavn;fødselsnummer;lønn;bolig_id;husleie_mnd"]
    serial = 0
    for i in range(HOUSEHOLDS):
        number = None
        while number is None:
            born = date(1950 + serial % 50, 1 + serial % 12, 1 + serial % 28)
            number = identity.make_number(born, serial // 600 % 500)
            serial += 1
        rows.append(f"H{i};søker;Navn{i};Etter{i};{number};400000;U{i};{rent}")
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


@pytest.mark.parametrize("kill", [True, False])
def test_sigkill_during_reimport_keeps_caseworker_data(tmp_path, kill):
    units = ["bolig_id;adresse;postnummer;poststed;eierform"]
    units += [f"U{i};Vei {i};0150;By;selveier" for i in range(HOUSEHOLDS)]
    (tmp_path / "units.csv").write_text("\n".join(units) + "\n", encoding="utf-8")
    _tenants(tmp_path / "first.csv", 9000)
    _tenants(tmp_path / "second.csv", 9500)
    path = tmp_path / "register.db"
    with Database.open(path) as db:
        assert import_file(db, "units", tmp_path / "units.csv").committed
        assert import_file(db, "tenants", tmp_path / "first.csv").committed
        with db.transaction():  # what caseworkers typed, on every household
            db.conn.execute(
                "UPDATE households SET notes = 'notat ' || id, case_state ="
                " 'samtale', living_costs_override = 20000,"
                " living_costs_override_reason = 'grunn'"
            )
            db.conn.execute("UPDATE members SET transit_pass = 1")
    process = subprocess.Popen(
        [sys.executable, "-c", SCRIPT, str(path), str(tmp_path / "second.csv")],
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
    process.wait(timeout=120)
    assert process.returncode == (-signal.SIGKILL if kill else 0)
    assert check(path).ok
    with Database.open(path) as db:
        rents = {r[0] for r in db.conn.execute("SELECT DISTINCT rent_monthly FROM households")}
        kept = db.conn.execute(
            "SELECT count(*) FROM households WHERE notes = 'notat ' || id AND case_state ="
            " 'samtale' AND living_costs_override = 20000 AND living_costs_override_reason ="
            " 'grunn'"
        ).fetchone()[0]
        passes = db.conn.execute("SELECT count(*) FROM members WHERE transit_pass = 1").fetchone()
    assert rents == ({9000.0} if kill else {9500.0})
    assert kept == HOUSEHOLDS and passes[0] == HOUSEHOLDS
