"""CSV that Norwegian Excel opens correctly (habit 9).

UTF-8 with BOM (so æøå survive a double-click), ``;`` between fields, decimal comma, no
thousands separator, dates ``dd.mm.yyyy``, CRLF line ends, quoting where needed. Percent
cells are written as ``4,89%`` which Excel reads as the number 0,0489.

Text cells whose first visible character would make Excel start a formula (= + - @, tab,
CR, LF and their full-width forms) get a leading apostrophe, so ``=HYPERLINK(...)`` arrives
as text. Typed columns are formatted from numbers and never neutralised: -5 kr stays ``-5``.

Identity numbers are written as their digits (or masked). Excel may still turn a bare digit
string into a number when it opens a CSV; the XLSX export is the one that keeps them as text.

For speed the writer works a block of rows at a time, column by column: each column's
values go through one formatting function with ``map``, and ``csv.writer.writerows``
writes the block.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from leietileie.exports.files import Ticker, atomic_target, chunks
from leietileie.exports.model import Column, ColumnarRows, Progress, Table, check_row_lengths
from leietileie.exports.values import (
    BAD_VALUE_ERRORS,
    bad_value,
    format_date,
    to_date,
    to_float,
    to_identity,
    to_money,
)

#: First characters that make a spreadsheet treat a cell as a formula or a command.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")

Formatter = Callable[[object], str]


class _RowWriter(Protocol):
    def writerows(self, rows: Iterable[Sequence[str]], /) -> object: ...


def neutralise(text: str) -> str:
    """Prefix ``'`` when the text's first visible character could start a formula."""
    if text.lstrip(" \u00a0")[:1] in FORMULA_TRIGGERS:
        return "'" + text
    return text


def _text(value: object) -> str:
    if value is None:
        return ""
    return neutralise(value if type(value) is str else str(value))


def _money(value: object) -> str:
    if type(value) is int:
        return str(value)
    number = to_money(value)
    return "" if number is None else str(number)


def _decimal_formatter(places: int, scale: float, suffix: str) -> Formatter:
    def fmt(value: object) -> str:
        number = to_float(value)
        if number is None:
            return ""
        return f"{number * scale:.{places}f}".replace(".", ",") + suffix

    return fmt


def _date(value: object) -> str:
    day = to_date(value)
    return "" if day is None else format_date(day)


def _identity_formatter(masked: bool) -> Formatter:
    def fmt(value: object) -> str:
        text = to_identity(value, masked)
        return "" if text is None else neutralise(text)

    return fmt


def formatter_for(column: Column, masked: bool = False) -> Formatter:
    """The function turning one raw value of ``column`` into its CSV text."""
    kind = column.kind
    if kind in ("money", "integer"):
        return _money
    if kind == "percent":
        return _decimal_formatter(column.places, 100.0, "%")
    if kind == "decimal":
        return _decimal_formatter(column.places, 1.0, "")
    if kind == "date":
        return _date
    if kind == "identity":
        return _identity_formatter(masked)
    return _text


def _format_column(
    column: Column, fmt: Formatter, values: Sequence[object], start: int
) -> list[str]:
    try:
        return list(map(fmt, values))
    except BAD_VALUE_ERRORS:
        for offset, value in enumerate(values):
            try:
                fmt(value)
            except BAD_VALUE_ERRORS:
                raise bad_value(column, start + offset + 1, value) from None
        raise


def _write_rows(
    table: Table,
    formatters: list[Formatter],
    ticker: Ticker,
    out: _RowWriter,
) -> None:
    columnar = isinstance(table.rows, ColumnarRows)
    for start, block in chunks(table.rows):
        if not columnar:
            check_row_lengths(table, start, block)
        by_column = zip(*block, strict=True)
        formatted = [
            _format_column(column, fmt, values, start)
            for column, fmt, values in zip(table.columns, formatters, by_column, strict=True)
        ]
        out.writerows(zip(*formatted, strict=True))
        ticker(start + len(block))


def write_csv(
    table: Table,
    path: str | os.PathLike[str],
    *,
    mask_identity: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write ``table`` as CSV for Norwegian Excel; see the module docstring for the format."""
    formatters = [formatter_for(c, mask_identity) for c in table.columns]
    ticker = Ticker(progress, len(table.rows), path)
    with atomic_target(path) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle, delimiter=";", quotechar='"', lineterminator="\r\n")
            out.writerow([neutralise(c.header) for c in table.columns])
            ticker(0)
            _write_rows(table, formatters, ticker, out)
