"""A small eligibility list with every column kind and the awkward values users produce."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from leietileie.exports import Column, Table

HYPERLINK = '=HYPERLINK("http://x","y")'

COLUMNS = [
    Column("fnr", "Fødselsnummer", "identity"),
    Column("navn", "Navn"),
    Column("inntekt", "Samlet inntekt", "money"),
    Column("rente", "Rente", "percent"),
    Column("innflyttet", "Innflyttet", "date"),
    Column("personer", "Personer", "integer"),
    Column("aar", "År til kjøp", "decimal", decimals=1),
]

ROWS = [
    ("01018512345", "Åse Ærlig Øvrebø", 1234567.5, 0.0489, date(2020, 1, 5), 3, 2.5),
    ("15038512345", HYPERLINK, -5, 0.05, "2021-02-03", 1, 0.0),
    (4101851234, "-5", -1234.4, None, None, None, float("nan")),
    ("55129191346", "+47 22 00 00 00", 0, 0.1, datetime(2019, 6, 30, 12, 0), 6, 10.0),
    ("70532412505", "@SUM(A1)", 250000, 0.0, date(2000, 12, 31), 2, 1.5),
]


def make_table(rows=ROWS, columns=COLUMNS, **kwargs) -> Table:
    kwargs.setdefault("generated_at", datetime(2026, 11, 24, 9, 30))
    kwargs.setdefault("rule_year", 2026)
    kwargs.setdefault(
        "assumptions", [("Husbanken-rente", 0.0489), ("Minste botid (år)", 3), ("Kommune", "Bø")]
    )
    return Table("Kartlegging 2026", columns, list(rows), subtitle="Kan kjøpe nå", **kwargs)


@pytest.fixture
def table() -> Table:
    return make_table()


def many_rows(count: int) -> list[tuple[object, ...]]:
    return [
        (f"{i:011d}", f"Person {i} med æøå", 100000 + i, 0.05, date(2020, 1, 1), i % 7, 1.0)
        for i in range(count)
    ]
