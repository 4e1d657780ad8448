"""Issue 11 item 5: the CSV eligibility list's marking (a file beside it), from the command
line and the export service alike, and recorded in the audit log."""

from __future__ import annotations

import csv
import json
from datetime import date

from leietileie.cli import main
from leietileie.services.demo import create_demo
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


def test_screen_out_csv_writes_and_names_the_marked_companion(tmp_path, capsys):
    path = tmp_path / "reg.db"
    with Database.open(path) as db:
        create_demo(db, households=30, seed=2, today=ON)
    out = tmp_path / "liste.csv"
    assert main(["--db", str(path), "screen", "--on", ON.isoformat(), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    companion = tmp_path / "liste-forutsetninger.csv"
    assert f"Merking (unntatt offentlighet) og forutsetninger: {companion}" in printed
    with companion.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[1] == [
        "Skjerming",
        "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13",
    ]
    with out.open(encoding="utf-8-sig", newline="") as handle:
        assert next(csv.reader(handle, delimiter=";"))[0] != "Skjerming"
    with Database.open(path) as db:
        details = [
            json.loads(r[0])
            for r in db.conn.execute("SELECT details FROM audit_log WHERE action = 'exported'")
        ]
    assert details[-1]["assumptions_file"] == str(companion)
