"""A small, fast reader for the first sheet of an XLSX file (values only).

openpyxl's read-only mode costs ~0.1 ms per row; large registers need less. Formula cells
are returned as their formula text ("=A1+1"), never evaluated: an import stores them as
plain text. Dates come back as Excel serial numbers; ``tabular.parse_date`` accepts those.

The sheet is read in blocks of whole rows: each block (cut after a ``</row>``) is wrapped in
the sheet's own root tag and parsed by the C parser in one call, so Python sees only rows
and cells, never the millions of parse events of ``iterparse``. A sheet that does not look
as expected (another encoding, no ``<sheetData>``) is read with ``iterparse`` instead.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import IO
from xml.etree.ElementTree import Element, fromstring, iterparse, parse

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"

Value = str | float | int | None


def _first_sheet_path(archive: zipfile.ZipFile) -> str:
    workbook = parse(archive.open("xl/workbook.xml")).getroot()
    sheet = workbook.find(f"{MAIN}sheets/{MAIN}sheet")
    if sheet is None:
        raise ValueError("the workbook has no sheets")
    rel_id = sheet.get(f"{REL}id")
    rels = parse(archive.open("xl/_rels/workbook.xml.rels")).getroot()
    for rel in rels.iter(f"{PKG_REL}Relationship"):
        if rel.get("Id") == rel_id:
            target = rel.get("Target", "")
            if target.startswith("/"):
                return target.lstrip("/")
            return str(PurePosixPath("xl") / target)
    raise ValueError("the first sheet is missing")


def _shared_strings(archive: zipfile.ZipFile) -> list[str]:
    if "xl/sharedStrings.xml" not in archive.namelist():
        return []
    strings: list[str] = []
    for _, element in iterparse(archive.open("xl/sharedStrings.xml")):
        if element.tag == f"{MAIN}si":
            strings.append("".join(t.text or "" for t in element.iter(f"{MAIN}t")))
            element.clear()
    return strings


def _column_index(reference: str) -> int:
    index = 0
    for char in reference:
        if char.isdigit():
            break
        index = index * 26 + (ord(char.upper()) - 64)
    return index - 1


def _value(cell: Element, strings: list[str]) -> Value:
    kind = cell.get("t", "n")
    formula = cell.find(f"{MAIN}f")
    if formula is not None and formula.text:
        return "=" + formula.text
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{MAIN}t"))
    raw = cell.findtext(f"{MAIN}v")
    if raw is None:
        return None
    if kind == "s":
        return strings[int(raw)]
    if kind in ("str", "e"):
        return raw
    if kind == "b":
        return int(raw)
    number = float(raw)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def iter_rows(path: str, block: int = 1 << 22) -> Iterator[tuple[int, list[Value]]]:
    """(row number, cells) for every row of the first sheet, in order.

    ``block`` is how many bytes of sheet XML are parsed at a time (tests make it small).
    """
    with zipfile.ZipFile(path) as archive:
        strings = _shared_strings(archive)
        name = _first_sheet_path(archive)
        with archive.open(name) as sheet:
            head = sheet.read(block)
            opening = _opening(head)
        if opening is None:
            yield from _iter_rows_events(archive.open(name), strings)
            return
        with archive.open(name) as sheet:
            yield from _iter_rows_blocks(sheet, strings, block, *opening)


_ROOT = re.compile(rb"<(?:([A-Za-z_][\w.-]*):)?worksheet[\s>]")
_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*encoding=[\"']([^\"']+)")


def _opening(head: bytes) -> tuple[bytes, bytes, bytes] | None:
    """(the root's start tag, its end tag, the row end tag), or None if unusual."""
    declared = _DECLARATION.match(head)
    if declared and declared.group(1).lower().replace(b"-", b"") != b"utf8":
        return None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    root = _ROOT.search(head)
    if root is None:
        return None
    prefix = root.group(1) + b":" if root.group(1) else b""
    start_end = head.find(b">", root.start())
    data = head.find(b"<" + prefix + b"sheetData", start_end)
    if start_end < 0 or data < 0:
        return None
    return head[root.start() : start_end + 1], b"</" + prefix + b"worksheet>", b"</" + prefix + b"row>"


def _iter_rows_blocks(sheet: IO[bytes], strings: list[str], block: int, root: bytes,
                      root_end: bytes, row_end: bytes) -> Iterator[tuple[int, list[Value]]]:  # fmt: skip
    """Rows parsed a block at a time (see the module's note)."""
    sheet_data = b"sheetData"
    pending = b""
    started = False
    number = 0
    columns: dict[str, int] = {}
    while True:
        data = sheet.read(block)
        pending += data
        if not started:
            at = pending.find(sheet_data)
            if at < 0 or pending.find(b">", at) < 0:
                if not data:
                    return
                continue
            close = pending.find(b">", at)
            if pending[close - 1 : close] == b"/":  # <sheetData/>: no rows
                return
            pending = pending[close + 1 :]
            started = True
        cut = pending.rfind(row_end)
        if cut < 0:
            if not data:
                return
            continue
        cut += len(row_end)
        chunk, pending = pending[:cut], pending[cut:]
        element = fromstring(root + chunk + root_end)
        for row in element:
            number = int(row.get("r") or number + 1)
            yield number, _cells(row, strings, columns)
        if not data:
            return


_V = f"{MAIN}v"
_IS = f"{MAIN}is"
_T = f"{MAIN}t"
_DIGITS = "0123456789"


def _cells(row: Element, strings: list[str], columns: dict[str, int]) -> list[Value]:
    cells: list[Value] = []
    for position, cell in enumerate(row):
        reference = cell.get("r")
        if reference:
            letters = reference.rstrip(_DIGITS)
            index = columns.get(letters)
            if index is None:
                index = columns[letters] = _column_index(reference)
        else:
            index = position
        kind = cell.get("t")
        value: Value
        if len(cell) != 1:
            value = _value(cell, strings)
        else:
            child = cell[0]
            tag = child.tag
            if tag == _V and kind in (None, "n", "s", "str"):
                raw = child.text
                if raw is None:
                    value = None
                elif kind == "s":
                    value = strings[int(raw)]
                elif kind == "str":
                    value = raw
                else:
                    number = float(raw)
                    value = int(number) if number.is_integer() and abs(number) < 2**53 else number
            elif tag == _IS and kind == "inlineStr" and len(child) == 1 and child[0].tag == _T:
                value = child[0].text or ""
            else:
                value = _value(cell, strings)
        if index == len(cells):
            cells.append(value)
            continue
        if index > len(cells):
            cells.extend([None] * (index + 1 - len(cells)))
        cells[index] = value
    return cells


def _iter_rows_events(sheet: IO[bytes], strings: list[str]) -> Iterator[tuple[int, list[Value]]]:
    """Rows by iterparse events: slower, for sheets the block reader does not take."""
    with sheet:
        number = 0
        for _, element in iterparse(sheet):
            if element.tag != f"{MAIN}row":
                continue
            number = int(element.get("r") or number + 1)
            cells: list[Value] = []
            for position, cell in enumerate(element.iter(f"{MAIN}c")):
                reference = cell.get("r")
                index = _column_index(reference) if reference else position
                if index >= len(cells):
                    cells.extend([None] * (index + 1 - len(cells)))
                cells[index] = _value(cell, strings)
            yield number, cells
            element.clear()
