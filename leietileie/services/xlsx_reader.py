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

_CELL_REF = re.compile(rb'\sr="([A-Z]+)([0-9]+)"')
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


def check_archive(path: Path) -> None:
    """Refuse a file that is too large, not a zip, a zip bomb or a sheet beyond the limits."""
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
                    _check_extent(name, archive, member)
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


def _drain(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with archive.open(member) as stream:
        while stream.read(_SCAN_BLOCK):
            pass


def _check_extent(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """The largest column and row any cell refers to, within Excel's limits and MAX_CELLS."""
    widest = b""
    last_row = 0
    tail = b""
    with archive.open(member) as stream:
        while block := stream.read(_SCAN_BLOCK):
            data = tail + block
            tail = data[-64:]
            letters = set(_CELL_REF.findall(data))
            if not letters:
                continue
            columns = {c for c, _ in letters}
            wide = max(columns, key=lambda c: (len(c), c))
            if (len(wide), wide) > (len(widest), widest):
                widest = wide
            last_row = max(last_row, max(int(r) for _, r in letters))
            _check_limits(name, widest, last_row)
    _check_limits(name, widest, last_row)


def _check_limits(name: str, widest: bytes, last_row: int) -> None:
    columns = _column_number(widest) if len(widest) <= 4 else MAX_COLUMNS + 1
    if columns > MAX_COLUMNS or last_row > MAX_ROWS:
        column = widest.decode("ascii")[:12]
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

    def rows(self) -> Iterator[tuple[int, list[Value]]]:
        """(row number, 1-based; cells with None for empty)."""
        import python_calamine as calamine

        # iter_rows starts at the sheet's first used column: the columns before it are
        # padded back (cells keep their column index, as in to_python(skip_empty_area=False))
        start = self.source.start  # type: ignore[attr-defined]
        pad: list[Value] = [None] * (start[1] if start else 0)
        try:
            values = self.source.iter_rows()  # type: ignore[attr-defined]
            for number, row in enumerate(values, start=1):
                yield number, pad + [_cell(v) for v in row]
        except (calamine.CalamineError, OverflowError, ValueError, MemoryError) as exc:
            raise InputError(
                message("import_xlsx_unreadable", file=display_name(self.path), detail=str(exc))
            ) from exc


def open_first_visible_sheet(path: Path) -> LazySheet:
    """The first visible worksheet (hidden and chart sheets are skipped), checked first."""
    import python_calamine as calamine

    check_archive(path)
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
        finally:
            workbook.close()
    except InputError:
        raise
    except (calamine.CalamineError, OverflowError, ValueError, OSError, MemoryError) as exc:
        raise InputError(
            message("import_xlsx_unreadable", file=display_name(path), detail=str(exc))
        ) from exc
    return LazySheet(name, merged, height, sheet, path)


def _first_visible(workbook: object, calamine: object) -> int | None:
    visible = calamine.SheetVisibleEnum.Visible  # type: ignore[attr-defined]
    worksheet = calamine.SheetTypeEnum.WorkSheet  # type: ignore[attr-defined]
    for index, meta in enumerate(workbook.sheets_metadata):  # type: ignore[attr-defined]
        if meta.visible == visible and meta.typ == worksheet:
            return index
    return None


def _cell(value: object) -> Value:
    # Exact types first (the common cells), as the reader yields them.
    if type(value) is str:
        return value.strip() or None
    if type(value) is float:
        return int(value) if value.is_integer() and abs(value) < 2**53 else value
    if type(value) is bool:
        return int(value)
    if type(value) is int:
        return value
    if type(value) is datetime:
        return value.date()
    if type(value) is date:
        return value
    if isinstance(value, time | timedelta):
        return str(value)
    return None if value is None else str(value)
