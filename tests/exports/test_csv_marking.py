"""Issue 11 item 5: a confidential CSV list keeps its headers on line 1 and carries its
"Unntatt offentlighet" marking and assumptions in ``<name>-forutsetninger.csv`` beside it."""

from __future__ import annotations

import csv
import os
import stat

from leietileie.exports import write_csv, write_table
from leietileie.exports.csv_excel import assumptions_path

from .conftest import make_table

MARKING = "Unntatt offentlighet, jf. offentleglova § 13 og forvaltningsloven § 13"


def _rows(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_companion_file_is_named_after_the_list(tmp_path):
    assert assumptions_path(tmp_path / "liste.csv") == tmp_path / "liste-forutsetninger.csv"
    assert (
        assumptions_path(tmp_path / "Kartlegging 2026.CSV").name
        == "Kartlegging 2026-forutsetninger.CSV"
    )


def test_a_confidential_list_is_marked_in_a_file_beside_it(tmp_path):
    path = tmp_path / "liste.csv"
    write_table(make_table(confidential=MARKING), path)
    # The list itself is untouched: headers on the first line, as Excel and a re-import expect.
    assert _rows(path)[0][:3] == ["Fødselsnummer", "Navn", "Samlet inntekt"]
    companion = tmp_path / "liste-forutsetninger.csv"
    raw = companion.read_bytes()
    assert raw.startswith("\ufeffForutsetning;Verdi\r\n".encode())
    rows = _rows(companion)
    assert rows[1] == ["Skjerming", MARKING]
    assert ["Gjelder filen", "liste.csv"] in rows
    assert ["Liste", "Kartlegging 2026"] in rows
    assert ["Generert", "24.11.2026 09:30"] in rows
    assert ["Regelår", "2026"] in rows
    assert ["Antall rader", "5"] in rows
    assert ["Husbanken-rente", "0,0489"] in rows and ["Kommune", "Bø"] in rows
    assert stat.S_IMODE(os.stat(companion).st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste-forutsetninger.csv", "liste.csv"]


def test_the_marking_is_not_repeated_when_the_assumptions_carry_it(tmp_path):
    table = make_table(
        confidential=MARKING, assumptions=[("Skjerming", MARKING), ("Kommune", "Bø")]
    )
    write_csv(table, tmp_path / "liste.csv")
    rows = _rows(tmp_path / "liste-forutsetninger.csv")
    assert sum(1 for r in rows if r[0] == "Skjerming") == 1


def test_a_list_without_marking_gets_no_companion(tmp_path):
    write_csv(make_table(), tmp_path / "liste.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["liste.csv"]


def test_a_list_name_that_is_not_utf8_is_shown_readably(tmp_path):
    path = tmp_path / os.fsdecode(b"liste-\xe5.csv")
    write_csv(make_table(confidential=MARKING), path)
    rows = _rows(assumptions_path(path))
    assert ["Gjelder filen", "liste-\ufffd.csv"] in rows
