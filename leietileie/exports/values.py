"""Cell values per column kind: normalising for typed cells and formatting for people.

Money is rounded once here, at the edge, to whole kroner half away from zero (habit 2).
A missing value (``None``, an empty string in a typed column, NaN) becomes an empty cell.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal

from leietileie.domain.identity import mask as mask_identity_number
from leietileie.domain.money import format_percent, group_thousands, round_kr
from leietileie.errors import InputError
from leietileie.exports.model import Column

NBSP = "\u00a0"
MINUS = "\u2212"

_KIND_NAMES = {
    "integer": "et heltall",
    "money": "et beløp i kroner",
    "percent": "en andel (0,0489 = 4,89 %)",
    "decimal": "et tall",
    "date": "en dato (ÅÅÅÅ-MM-DD)",
}


def is_missing(value: object) -> bool:
    if value is None or value == "":
        return True
    return isinstance(value, float) and not math.isfinite(value)


def _real(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | Decimal):
        raise TypeError(value)
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def to_money(value: object) -> int | None:
    """Whole kroner, rounded half away from zero."""
    if type(value) is int:
        return value
    return None if is_missing(value) else round_kr(_real(value))


def to_float(value: object) -> float | None:
    if type(value) is float and math.isfinite(value):
        return value
    return None if is_missing(value) else _real(value)


def to_date(value: object) -> date | None:
    """A date from a ``date``/``datetime`` or an ISO text as SQLite stores it."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if is_missing(value):
        return None
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    raise TypeError(value)


def to_identity(value: object, masked: bool) -> str | None:
    """A fødselsnummer as text with its leading zeros, or masked as ``150385 *****``."""
    if is_missing(value):
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:011d}"
    else:
        text = str(value).strip()
    return mask_identity_number(text) if masked else text


def to_text(value: object) -> str | None:
    if value is None:
        return None
    return value if type(value) is str else str(value)


def normaliser(column: Column, masked: bool) -> Callable[[object], object]:
    """The function turning a raw value of this column into its typed cell value."""
    kind = column.kind
    if kind in ("money", "integer"):
        return to_money
    if kind in ("percent", "decimal"):
        return to_float
    if kind == "date":
        return to_date
    if kind == "identity":
        return lambda value: to_identity(value, masked)
    return to_text


def bad_value(column: Column, row_number: int, value: object) -> InputError:
    """A Norwegian message naming the column, the row (1-based) and what is allowed."""
    wanted = _KIND_NAMES.get(column.kind, "tekst")
    return InputError(f"Kolonne «{column.header}», rad {row_number}: {value!r} er ikke {wanted}.")


def format_date(value: date) -> str:
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _signed(text: str) -> str:
    return MINUS + text[1:] if text.startswith("-") else text


def format_cell(column: Column, value: object, masked: bool = False) -> str:
    """How a person reads the value: '1 234 567 kr', '4,89 %', '24.11.2026'."""
    typed = normaliser(column, masked)(value)
    if typed is None:
        return ""
    kind = column.kind
    if kind == "money":
        assert isinstance(typed, int)
        return _signed(group_thousands(typed, NBSP)) + NBSP + "kr"
    if kind == "integer":
        return _signed(str(typed))
    if kind == "percent":
        assert isinstance(typed, float)
        return _signed(format_percent(typed, column.places).replace(" ", NBSP))
    if kind == "decimal":
        assert isinstance(typed, float)
        return _signed(f"{typed:.{column.places}f}".replace(".", ","))
    if kind == "date":
        assert isinstance(typed, date)
        return format_date(typed)
    return str(typed)


BAD_VALUE_ERRORS = (TypeError, ValueError, ArithmeticError)


def format_row(
    columns: Sequence[Column], row: Sequence[object], number: int, masked: bool
) -> list[str]:
    """Every cell of a row formatted for people; a bad value is refused naming its column."""
    try:
        return [format_cell(c, v, masked) for c, v in zip(columns, row, strict=True)]
    except BAD_VALUE_ERRORS:
        for column, value in zip(columns, row, strict=True):
            try:
                format_cell(column, value, masked)
            except BAD_VALUE_ERRORS:
                raise bad_value(column, number, value) from None
        raise


def display_width(column: Column, value: object, masked: bool) -> int:
    """Characters the value takes when formatted; a bad value counts as its ``str``."""
    try:
        return len(format_cell(column, value, masked))
    except BAD_VALUE_ERRORS:
        return len(str(value))


def format_any(value: object) -> str:
    """An assumption's value for people, without knowing its kind."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, int):
        return _signed(group_thousands(value, NBSP))
    if isinstance(value, float):
        return _signed(repr(value).replace(".", ","))
    if isinstance(value, datetime):
        return f"{format_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        return format_date(value)
    return str(value)
