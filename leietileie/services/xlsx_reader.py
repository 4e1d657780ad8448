"""Reading the first visible sheet of an XLSX file with python-calamine, within limits.

python-calamine (Rust) replaces the hand-written XML reader: it is fast and maintained, and
it reads cached formula results, dates as dates and shared strings safely. What calamine does
not limit, we check before it reads anything (a hostile file must not cost minutes or
gigabytes): the file's size, the zip members' declared uncompressed sizes and their
compression ratio (a zip bomb), and the sheet's extent (a single cell at ``ZZZZZZ2`` would
make calamine allocate the whole rectangle up to it). The extent is found by scanning the
sheet XML for cell references while decompressing it, so its real size is counted too.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..errors import InputError
from .import_messages import message
from .tabular import display_name

#: Largest XLSX file we read (100 000 households with many extra columns are ~40 MB).
MAX_FILE_BYTES = 250 * 1024 * 1024
#: Largest total uncompressed size of the zip's members.
MAX_UNCOMPRESSED_BYTES = 2 * 1024 * 1024 * 1024
#: Largest compression ratio of a member over 1 MB (spreadsheet XML is ~5–30 : 1).
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024
#: Excel's own limits, and a cap on the cells calamine may allocate (rows × columns).
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384
MAX_CELLS = 30_000_000

Value = str | float | int | date | None

_SCAN_BLOCK = 1 << 22


@dataclass
class Sheet:
    name: str
    #: (row number, 1-based; cells with None for empty)
    rows: list[tuple[int, list[Value]]]
    #: merged ranges as ((first row, first column), (last row, last column)), 1-based rows,
    #: 0-based columns
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)


def column_letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters:
        number = number * 26 + (char - 64)
    return number


#: error cells (t="e") per worksheet part: (row 1-based, column 0-based) → "#DIV/0!"
ErrorCells = dict[tuple[int, int], str]


def check_archive(path: Path) -> dict[str, ErrorCells]:
    """Refuse a file that is too large, not a zip, a zip bomb or a sheet beyond the limits;
    the error cells of each worksheet part (python-calamine reads them as empty text)."""
    errors: dict[str, ErrorCells] = {}
    name = display_name(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        most = MAX_FILE_BYTES // 1024 // 1024
        raise InputError(
            message("import_xlsx_too_big", file=name, size=size // 1024 // 1024, most=most)
        )
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            total = sum(m.file_size for m in members)
            if total > MAX_UNCOMPRESSED_BYTES:
                size, most = total // 1024 // 1024, MAX_UNCOMPRESSED_BYTES // 1024 // 1024
                raise InputError(message("import_xlsx_unpacks", file=name, size=size, most=most))
            for member in members:
                ratio = member.file_size / max(1, member.compress_size)
                if member.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                    raise InputError(
                        message(
                            "import_xlsx_ratio",
                            file=name,
                            part=member.filename,
                            ratio=f"{ratio:.0f}",
                            most=MAX_RATIO,
                        )
                    )
            for member in members:
                # Reading every part through zipfile checks its real size and CRC against
                # what the zip declares: a part that lies about its size is refused here,
                # before calamine would inflate it.
                if member.filename.startswith("xl/worksheets/") and member.filename.endswith(
                    ".xml"
                ):
                    errors[member.filename] = _check_extent(name, archive, member)
                elif not member.is_dir():
                    _drain(archive, member)
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        NotImplementedError,
        EOFError,
        RuntimeError,
        ValueError,
        OSError,
    ) as exc:
        raise InputError(message("import_xlsx_unreadable", file=name, detail=str(exc))) from exc
    return errors


def _drain(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with archive.open(member) as stream:
        while stream.read(_SCAN_BLOCK):
            pass


def _check_extent(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> ErrorCells:
    """Every cell's position within Excel's limits, and the rectangle within MAX_CELLS.

    calamine places a cell by its ``r="B7"`` reference, or, without one, in the column after
    the previous cell of its row, in the row of its ``<row r="N">`` (or the row after the
    previous row). The fast scan covers the plain form spreadsheet writers use (every cell
    starts ``<c r="B7"``; no comments, CDATA, DTD, processing instructions or namespace
    prefixes) and proves by counting that it saw every cell tag. Any other sheet is walked
    element by element with expat, following calamine's placement rules, and refused at the
    first cell beyond a limit.
    """
    errors = _fast_extent(name, archive, member)
    return _walked_extent(name, archive, member) if errors is None else errors


#: Besides comments, CDATA, DTD and processing instructions (``<!``, ``<?``), the fast scan
#: does not follow a namespace-prefixed cell or row (calamine matches local names: <x:c> is
#: a cell); other prefixed elements (Excel's <x14:…> extensions) do not place cells.
_PREFIXED = re.compile(rb"<[^\s/>:<]*:(?:c|row)[\s/>]")
_ANY_CELL = re.compile(rb"<c[\s/>]")
_PLAIN_COLUMN = re.compile(rb'<c r="([A-Z]{1,3})[0-9]{1,7}"')
_PLAIN_ROW = re.compile(rb'<c r="[A-Z]{1,3}([0-9]{1,7})"')
#: A tag longer than this is not split across blocks: it is counted whole where it starts.
_LONG_TAG = 4096


def _fast_extent(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> ErrorCells | None:
    """Check the extent by counting; None when the sheet is not in the plain form."""
    errors: ErrorCells = {}
    widest = 0
    last_row = 0
    carry = b""
    first = True
    with archive.open(member) as stream:
        while True:
            block = stream.read(_SCAN_BLOCK)
            data = carry + block
            cut = data.rfind(b"<")
            if not block or cut <= 0 or len(data) - cut > _LONG_TAG:
                chunk, carry = data, b""
            else:  # cut before the last "<": no tag is split between two chunks
                chunk, carry = data[:cut], data[cut:]
            if first:
                first = False
                chunk = chunk.removeprefix(b"\xef\xbb\xbf")
                if chunk.startswith(b"<?xml") and b"?>" in chunk:
                    chunk = chunk[chunk.index(b"?>") + 2 :]
            if b"<!" in chunk or b"<?" in chunk or b"\0" in chunk or _PREFIXED.search(chunk):
                return None
            refs = _PLAIN_ROW.findall(chunk)
            if len(refs) != chunk.count(b'<c r="'):
                return None  # a reference that is not plain (ZZZZZZ2, a1, $A$1)
            if chunk.count(b"<c") != len(refs) and len(_ANY_CELL.findall(chunk)) != len(refs):
                return None  # a cell without r="…" first (<cols>, <cfRule> are not cells)
            if b'"e"' in chunk or b"'e'" in chunk:
                _plain_errors(chunk, errors)
            if refs:
                columns = set(_PLAIN_COLUMN.findall(chunk))
                wide = max(columns, key=lambda c: (len(c), c))
                widest = max(widest, _column_number(wide))
                last_row = max(last_row, max(map(int, set(refs))))
                _check_limits(name, widest, last_row)
            if not block:
                break
    _check_limits(name, widest, last_row)
    return errors


_PLAIN_TAG = re.compile(
    rb'<c r="([A-Z]{1,3})([0-9]{1,7})"((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|\'[^\']*\'))*)\s*(/?)>'
)
_ERROR_TYPE = re.compile(rb"""\st\s*=\s*["']e["']""")
_VALUE = re.compile(rb"<v>([^<]{0,40})</v>")


def _plain_errors(chunk: bytes, errors: ErrorCells) -> None:
    """The error cells of a plain chunk, with their value when it is in the chunk."""
    for found in _PLAIN_TAG.finditer(chunk):
        if not _ERROR_TYPE.search(found.group(3)):
            continue
        value = b""
        if not found.group(4):
            end = chunk.find(b"</c>", found.end())
            inner = _VALUE.search(chunk, found.end(), end if end >= 0 else len(chunk))
            value = inner.group(1) if inner else b""
        column = _column_number(found.group(1)) - 1
        errors[(int(found.group(2)), column)] = value.decode("utf-8", "replace").strip()


def _walked_extent(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> ErrorCells:
    """Walk the sheet's elements with expat and place every cell as calamine does."""
    from xml.parsers import expat

    state = {"row": 0, "next_row": 1, "column": 0, "widest": 0, "last_row": 0}
    errors: ErrorCells = {}
    error_at: list[tuple[int, int]] = []  # the error cell being read, if any

    def text(data: str) -> None:
        if error_at:
            errors[error_at[0]] = (errors[error_at[0]] + data)[:40]

    def start(tag: str, attributes: dict[str, str]) -> None:
        kind = tag.rpartition(":")[2] if ":" in tag else tag
        if kind == "c":
            ref = attributes.get("r")
            if ref is None:
                row, column = state["row"] or state["next_row"], state["column"] + 1
            else:
                found = _REFERENCE.fullmatch(ref)
                if found is None:
                    raise ValueError(f"celle {ref[:20]!r}")
                letters, digits = found.groups()
                if len(letters) > 4 or len(digits) > 9:
                    _check_limits(name, MAX_COLUMNS + 1, MAX_ROWS + 1, letters.upper())
                column, row = _column_number(letters.upper().encode()), int(digits)
            state["column"] = column
            if attributes.get("t") == "e":
                errors[(row, column - 1)] = ""
                error_at[:] = [(row, column - 1)]
        elif kind == "row":
            ref = attributes.get("r")
            if ref is not None and not ref.isdigit():
                raise ValueError(f"rad {ref[:20]!r}")
            row = state["row"] = int(ref) if ref is not None else state["next_row"]
            column = state["column"] = 0
        else:
            if kind == "v" and error_at:
                parser.CharacterDataHandler = text  # only an error's value is read
            return
        if column > MAX_COLUMNS or row > MAX_ROWS:
            _check_limits(name, column, row)  # name this cell's own place
        if column > state["widest"] or row > state["last_row"]:
            state["widest"] = max(state["widest"], column)
            state["last_row"] = max(state["last_row"], row)
            _check_limits(name, state["widest"], state["last_row"])

    def end(tag: str) -> None:
        kind = tag.rpartition(":")[2] if ":" in tag else tag
        if kind == "v":
            parser.CharacterDataHandler = None
        elif kind == "c":
            error_at.clear()
        elif kind == "row":
            state["next_row"] = state["row"] + 1
            state["row"] = 0
            state["column"] = 0

    def no_dtd(*_: object) -> None:
        raise ValueError("DTD i regnearket")

    parser = expat.ParserCreate()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.StartDoctypeDeclHandler = no_dtd
    parser.EntityDeclHandler = no_dtd
    try:
        with archive.open(member) as stream:
            while block := stream.read(_SCAN_BLOCK):
                parser.Parse(block, False)
            parser.Parse(b"", True)
    except expat.ExpatError as exc:
        raise ValueError(f"{member.filename}: {exc}") from exc
    return {place: value.strip() for place, value in errors.items()}


_REFERENCE = re.compile(r"\$?([A-Za-z]+)\$?([0-9]+)")


def _check_limits(name: str, columns: int, last_row: int, letters: str = "") -> None:
    if columns > MAX_COLUMNS or last_row > MAX_ROWS:
        column = letters[:12] or column_letters(max(columns, 1) - 1)
        raise InputError(
            message("import_xlsx_outside", file=name, column=column, row=last_row, most=MAX_ROWS)
        )
    if columns * last_row > MAX_CELLS:
        most = f"{MAX_CELLS:,}".replace(",", " ")
        raise InputError(
            message("import_xlsx_cells", file=name, columns=columns, rows=last_row, most=most)
        )


def read_first_visible_sheet(path: Path) -> Sheet:
    """The first visible worksheet's cells (hidden and chart sheets are skipped)."""
    sheet = open_first_visible_sheet(path)
    return Sheet(sheet.name, list(sheet.rows()), sheet.merged)


@dataclass
class LazySheet:
    """The first visible worksheet, its rows turned into Python values as they are iterated
    (calamine holds the sheet's cells; ``rows()`` reads them again on every call)."""

    name: str
    merged: list[tuple[tuple[int, int], tuple[int, int]]]
    height: int
    source: object  # calamine's CalamineSheet

    path: Path
    #: the sheet's error cells (t="e"): (row 1-based, column 0-based) → "#DIV/0!"
    errors: ErrorCells = field(default_factory=dict)

    def rows(self) -> Iterator[tuple[int, list[Value]]]:
        """(row number, 1-based; cells with None for empty)."""
        import python_calamine as calamine

        # iter_rows starts at the sheet's first used column: the columns before it are
        # padded back (cells keep their column index, as in to_python(skip_empty_area=False))
        start = self.source.start  # type: ignore[attr-defined]
        pad: list[Value] = [None] * (start[1] if start else 0)
        error_rows = {row for row, _ in self.errors}
        header: list[Value] | None = None
        try:
            values = self.source.iter_rows()  # type: ignore[attr-defined]
            for number, row in enumerate(values, start=1):
                try:
                    cells = pad + [_cell(v) for v in row]
                except _BooleanCell:
                    cells = pad + [_cell(None if type(v) is bool else v) for v in row]
                    booleans = [len(pad) + i for i, v in enumerate(row) if type(v) is bool]
                    _refuse_cell(
                        number,
                        booleans[0],
                        header,
                        "SANN" if row[booleans[0] - len(pad)] else "USANN",
                        message("import_xlsx_boolean"),
                    )
                if number in error_rows:
                    column = min(c for r, c in self.errors if r == number)
                    value = self.errors[(number, column)] or "?"
                    _refuse_cell(
                        number, column, header, value, message("import_xlsx_error", value=value)
                    )
                if header is None and any(v is not None for v in cells):
                    header = cells
                yield number, cells
        except (calamine.CalamineError, OverflowError, ValueError, MemoryError) as exc:
            raise InputError(
                message("import_xlsx_unreadable", file=display_name(self.path), detail=str(exc))
            ) from exc


def open_first_visible_sheet(path: Path) -> LazySheet:
    """The first visible worksheet (hidden and chart sheets are skipped), checked first."""
    import python_calamine as calamine

    errors = check_archive(path)
    try:
        workbook = calamine.CalamineWorkbook.from_path(str(path))
        try:
            index = _first_visible(workbook, calamine)
            if index is None:
                raise InputError(message("import_xlsx_no_sheet", file=display_name(path)))
            sheet = workbook.get_sheet_by_index(index)
            merged = [((a + 1, b), (c + 1, d)) for (a, b), (c, d) in sheet.merged_cell_ranges or ()]
            name = workbook.sheets_metadata[index].name
            height = sheet.total_height
            part = _sheet_part(path, name)
        finally:
            workbook.close()
    except InputError:
        raise
    except (calamine.CalamineError, OverflowError, ValueError, OSError, MemoryError) as exc:
        raise InputError(
            message("import_xlsx_unreadable", file=display_name(path), detail=str(exc))
        ) from exc
    if part is not None and part in errors:
        found = errors[part]
    else:  # the sheet's part cannot be told: every sheet's error cells count (never lost)
        found = {place: value for cells in errors.values() for place, value in cells.items()}
    return LazySheet(name, merged, height, sheet, path, found)


def _sheet_part(path: Path, sheet: str) -> str | None:
    """The zip member holding the worksheet named ``sheet`` (workbook.xml and its rels)."""
    import posixpath
    import xml.etree.ElementTree as ET

    try:
        with zipfile.ZipFile(path) as archive:
            book = ET.fromstring(archive.read("xl/workbook.xml"))
            rels = ET.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ET.ParseError, OSError, zipfile.BadZipFile):
        return None
    targets = {r.get("Id"): r.get("Target") or "" for r in rels.iter() if r.get("Id")}
    for element in book.iter():
        if element.tag.rpartition("}")[2] != "sheet" or element.get("name") != sheet:
            continue
        ids = [v for k, v in element.attrib.items() if k.startswith("{") and k.endswith("}id")]
        target = targets.get(ids[0]) if ids else None
        if not target:
            return None
        if target.startswith("/"):
            return posixpath.normpath(target.lstrip("/"))
        return posixpath.normpath(posixpath.join("xl", target))
    return None


def _first_visible(workbook: object, calamine: object) -> int | None:
    visible = calamine.SheetVisibleEnum.Visible  # type: ignore[attr-defined]
    worksheet = calamine.SheetTypeEnum.WorkSheet  # type: ignore[attr-defined]
    for index, meta in enumerate(workbook.sheets_metadata):  # type: ignore[attr-defined]
        if meta.visible == visible and meta.typ == worksheet:
            return index
    return None


class _BooleanCell(Exception):
    """A TRUE/FALSE cell (refused where the row is known)."""


def _refuse_cell(
    row: int, column: int, header: list[Value] | None, value: str, broken: object
) -> None:
    """Refuse the file at a cell, named by its header (or its column letters) and row."""
    from .import_messages import cell

    named = header[column] if header is not None and column < len(header) else None
    label = str(named) if named is not None else f"kolonne {column_letters(column)}"
    raise InputError(cell(row, label, value, broken))  # type: ignore[arg-type]


def _cell(value: object) -> Value:
    # Exact types first (the common cells), as the reader yields them.
    if type(value) is str:
        return value.strip() or None
    if type(value) is float:
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if type(value) is bool:
        raise _BooleanCell  # no column takes TRUE/FALSE; as 1/0 it would be an amount
    if type(value) is int:
        return value
    if type(value) is datetime:
        return value.date()
    if type(value) is date:
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return None if value is None else str(value)
