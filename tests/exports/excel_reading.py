"""Reading a CSV the way Norwegian Excel does when it is double-clicked (for the tests)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

BOM = b"\xef\xbb\xbf"
FORMULA_STARTS = tuple("=+-@\t\r\n\uff1d\uff0b\uff0d\uff20")
NUMBER = re.compile(r"^-?\d+(,\d+)?%?$")


def read_rows(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(BOM), "Excel needs the BOM to read UTF-8"
    text = raw[len(BOM) :].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def starts_formula(cell: str) -> bool:
    return cell.lstrip(" \u00a0").startswith(FORMULA_STARTS)


def excel_value(cell: str) -> object:
    """What a cell becomes: a float for a number (decimal comma), ('formula', text), or text."""
    if starts_formula(cell) and not NUMBER.match(cell):
        return ("formula", cell)
    if NUMBER.match(cell):
        number = float(cell.rstrip("%").replace(",", "."))
        return number / 100 if cell.endswith("%") else number
    return cell
