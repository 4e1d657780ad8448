"""CSV that Norwegian Excel opens correctly (habit 9).

UTF-8 with BOM (so æøå survive a double-click), ``;`` between fields, decimal comma, no
thousands separator, dates ``dd.mm.yyyy``, CRLF line ends, quoting where needed. Percent
cells are written as ``4,89%`` which Excel reads as the number 0,0489.

Text cells whose first visible character would make Excel start a formula (= + - @, tab,
CR, LF and their full-width forms) get a leading apostrophe, so ``=HYPERLINK(...)`` arrives
as text. Typed columns are formatted from numbers and never neutralised: -5 kr stays ``-5``.

Identity numbers are written as their digits (or masked). Excel may still turn a bare digit
string into a number when it opens a CSV; the XLSX export is the one that keeps them as text.

A list marked confidential (``Table.confidential``, e.g. "Unntatt offentlighet, jf.
offentleglova § 13 …") keeps its first row for the column headers, so that Excel, Power Query
and a re-import read it as data; the marking goes into a second file beside it,
``<name>-forutsetninger.csv`` (the XLSX's «Forutsetninger» sheet as CSV): the marking on its
first line, then the list's title, when it was made, the rule year, the row count and the
assumptions (docs/brukerveiledning.md, «Eksporter liste»).

For speed the writer works a block of rows at a time, column by column: each column's
values go through one formatting function with ``map``, and ``csv.writer.writerows``
writes the block.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Protocol

from leietileie.domain.money import round_kr
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

#: The companion file of a confidential list: ``liste.csv`` → ``liste-forutsetninger.csv``.
ASSUMPTIONS_SUFFIX = "-forutsetninger"
SHIELDING_LABEL = "Skjerming"

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
    if type(value) is float and math.isfinite(value):
        # the common case (900 000 cells in a 100 000-row list) straight to the one rounding
        # rule; everything else (missing, Decimal, text) through ``to_money``
        return str(round_kr(value))
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
    if table.confidential:
        write_assumptions_csv(table, path)


def assumptions_path(path: str | os.PathLike[str]) -> Path:
    """Where the marking and assumptions of the list at ``path`` go."""
    target = Path(path)
    return target.with_name(f"{target.stem}{ASSUMPTIONS_SUFFIX}{target.suffix or '.csv'}")


def _assumption_text(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y %H:%M")
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, float):
        return f"{value:.10g}".replace(".", ",")
    return _text(value)


def assumption_rows(table: Table, list_name: str) -> list[tuple[str, str]]:
    """The companion file's rows: the marking first, then what the XLSX sheet shows."""
    rows: list[tuple[str, object]] = []
    if table.confidential:
        rows.append((SHIELDING_LABEL, table.confidential))
    rows.append(("Gjelder filen", list_name))
    rows.append(("Liste", table.title))
    if table.subtitle:
        rows.append(("Beskrivelse", table.subtitle))
    rows.append(("Generert", table.generated_at))
    if table.rule_year is not None:
        rows.append(("Regelår", table.rule_year))
    rows.append(("Antall rader", len(table.rows)))
    rows.extend(
        (label, value)
        for label, value in table.assumptions
        if not (label == SHIELDING_LABEL and value == table.confidential)
    )
    return [(_text(label), _assumption_text(value)) for label, value in rows]


def write_assumptions_csv(table: Table, path: str | os.PathLike[str]) -> Path:
    """Write the marking and assumptions of the list written to ``path`` beside it."""
    target = assumptions_path(path)
    with atomic_target(target) as temporary:
        with open(temporary, "w", encoding="utf-8-sig", newline="") as handle:
            out = csv.writer(handle, delimiter=";", quotechar='"', lineterminator="\r\n")
            out.writerow(["Forutsetning", "Verdi"])
            # A name with bytes that are not UTF-8 (an old Samba share) is shown readably.
            name = os.fsencode(Path(path).name).decode("utf-8", "replace")
            out.writerows(assumption_rows(table, name))
    return target
