from __future__ import annotations

from datetime import date

import numpy
import pytest

from leietileie.errors import InputError
from leietileie.exports import Column, ColumnarRows, Table, choose_columns
from leietileie.exports.values import format_any, format_cell

from .conftest import make_table


def test_choose_columns_keeps_only_the_chosen_in_order(table):
    chosen = choose_columns(table, ["navn", "inntekt"])
    assert [c.key for c in chosen.columns] == ["navn", "inntekt"]
    assert list(chosen.rows)[0] == ("Åse Ærlig Øvrebø", 1234567.5)
    assert chosen.rows[1] == ('=HYPERLINK("http://x","y")', -5)
    assert len(chosen.rows) == len(table.rows)
    assert chosen.assumptions == table.assumptions


def test_choose_a_single_column(table):
    chosen = choose_columns(table, ["fnr"])
    assert list(chosen.rows)[:2] == [("01018512345",), ("15038512345",)]


def test_choose_columns_over_arrays():
    table = Table.from_columns(
        "T",
        [Column("a", "A", "integer"), Column("b", "B")],
        {"a": numpy.arange(3), "b": ["x", "y", "z"]},
    )
    chosen = choose_columns(table, ["b", "a"])
    assert isinstance(chosen.rows, ColumnarRows)
    assert list(chosen.rows) == [("x", 0), ("y", 1), ("z", 2)]
    assert type(chosen.rows[2][1]) is int  # NumPy scalars become Python numbers


def test_choose_columns_refuses_unknown_keys_naming_the_allowed(table):
    with pytest.raises(InputError, match="Ukjente kolonner: adresse.*Tillatt: fnr, navn"):
        choose_columns(table, ["navn", "adresse"])
    with pytest.raises(InputError, match="minst én"):
        choose_columns(table, [])


def test_columns_must_be_valid():
    with pytest.raises(InputError, match="ukjent type «tall»"):
        Column("x", "X", "tall")  # type: ignore[arg-type]
    with pytest.raises(InputError, match="mer enn én gang: a"):
        Table("T", [Column("a", "A"), Column("a", "B")], [])
    with pytest.raises(InputError, match="ulik lengde"):
        Table.from_columns("T", [Column("a", "A"), Column("b", "B")], {"a": [1], "b": [1, 2]})
    with pytest.raises(InputError, match="Mangler data for kolonnene: b"):
        Table.from_columns("T", [Column("a", "A"), Column("b", "B")], {"a": [1]})


def test_same_table_keeps_its_timestamp():
    table = make_table(generated_at=date(2026, 1, 2))
    assert table.generated_at == date(2026, 1, 2)
    assert Table("T", [Column("a", "A")], []).generated_at.microsecond == 0


@pytest.mark.parametrize(
    ("kind", "value", "expected"),
    [
        ("money", 1234567.5, "1\u00a0234\u00a0568\u00a0kr"),
        ("money", -2.5, "\u22123\u00a0kr"),
        ("integer", 2026, "2026"),
        ("percent", 0.0489, "4,89\u00a0%"),
        ("decimal", 2.25, "2,25"),
        ("date", "2026-11-24", "24.11.2026"),
        ("identity", 1018512345, "01018512345"),
        ("text", None, ""),
        ("money", float("nan"), ""),
    ],
)
def test_format_cell(kind, value, expected):
    assert format_cell(Column("k", "K", kind), value) == expected


def test_format_any():
    assert format_any(True) == "Ja"
    assert format_any(1500000) == "1\u00a0500\u00a0000"
    assert format_any(0.0489) == "0,0489"
    assert format_any(date(2026, 1, 2)) == "02.01.2026"
    assert format_any("4,89 %") == "4,89 %"
