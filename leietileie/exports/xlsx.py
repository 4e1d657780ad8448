"""XLSX lists with XlsxWriter: typed cells, frozen bold header, auto-filter, assumptions.

Numbers are numbers (money in whole kroner with ``#,##0 "kr"``, which Excel shows with the
user's digit grouping: "1 234 567 kr" on a Norwegian machine), percent cells are fractions
with a percent format, dates are dates (``dd.mm.yyyy``), identity numbers are text. Every
text is written with ``write_string``, and the workbook is opened with the string
conversions off, so nothing a user typed ever becomes a formula, a link or a number.

``constant_memory`` mode streams rows to disk, so a 100 000-row list needs little memory.
XlsxWriter's own temporary files (the streamed rows, the workbook's parts before zipping)
hold the list's personal data: they go in a private (0700) folder beside the target, never
in the shared system temp folder, and the folder is removed when the export ends, also when
it fails or is cancelled. A folder left by a killed process is removed by the next export to
the same folder (:func:`private_workdir`).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections.abc import Callable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from leietileie.errors import InputError
from leietileie.exports.files import Ticker, atomic_target, chunks
from leietileie.exports.model import Column, ColumnarRows, Progress, Table, check_row_lengths
from leietileie.exports.values import (
    BAD_VALUE_ERRORS,
    bad_value,
    display_width,
    normaliser,
    to_date,
)

WORKBOOK_OPTIONS = {
    "constant_memory": True,
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
MAX_ROWS = 1_048_576
ASSUMPTIONS_SHEET = "Forutsetninger"
DATE_FORMAT = "dd.mm.yyyy"
_EXCEL_EPOCH = date(1899, 12, 30)
_SAMPLE_ROWS = 500
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

CellWriter = Callable[[int, int, object, "Format | None"], object]
#: (row number as Excel shows it, value) → the cell's XML
CellXml = Callable[[str, object], str]
#: XlsxWriter's limit for one text cell (Excel's is 32 767 characters).
MAX_TEXT = 32_767
_XML_SPECIAL = re.compile(r"[&<>\x00-\x08\x0b-\x1f]|_x[0-9a-fA-F]{4}_")
_CONTROL_ESCAPE = re.compile(r"(_x[0-9a-fA-F]{4}_)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f]")


def _number_format(column: Column) -> str | None:
    decimals = "." + "0" * column.places if column.places else ""
    return {
        "money": '#,##0 "kr"',
        "integer": "0",
        "percent": f"0{decimals} %",
        "decimal": f"0{decimals}",
        "date": DATE_FORMAT,
        "identity": "@",
    }.get(column.kind)


def _excel_date(value: object) -> object:
    """A date as Excel's serial day number (faster than ``write_datetime``)."""
    day = to_date(value)
    if day is None:
        return None
    return (day - _EXCEL_EPOCH).days if day.year >= 1900 else day.isoformat()


def sheet_name(title: str) -> str:
    """A valid, distinct worksheet name from the table's title."""
    name = _BAD_SHEET_CHARS.sub(" ", title).strip().strip("'")[:31].strip()
    return name if name and name.lower() != ASSUMPTIONS_SHEET.lower() else "Liste"


def column_width(
    column: Column, sample: Sequence[Sequence[object]], index: int, masked: bool
) -> float:
    """Characters wide enough for the header and a sample of values, within 6–60."""
    if column.width is not None:
        return column.width
    longest = max((display_width(column, row[index], masked) for row in sample), default=0)
    longest_word = max((len(word) for word in column.header.split()), default=1)
    wanted = max(longest, longest_word, min(len(column.header), 24))
    return float(min(60, max(6, wanted + 2)))


def _raw(ws: Worksheet, name: str) -> CellWriter:
    """``ws._write_number``/``ws._write_string`` when present: the public methods only add
    A1-notation parsing on top, which costs about a second per 1.5 million cells. The
    signatures (row, col, value, format) are the public ones; tests read the cells back."""
    method = getattr(ws, f"_{name}", None)
    return method if callable(method) else getattr(ws, name)  # type: ignore[no-any-return]


def _cell_writer(ws: Worksheet, column: Column) -> CellWriter:
    write_number, write_string = _raw(ws, "write_number"), _raw(ws, "write_string")
    if column.kind == "date":

        def write_date(row: int, col: int, value: object, fmt: Format | None) -> object:
            if type(value) is int:
                return write_number(row, col, value, fmt)
            return write_string(row, col, str(value), None)

        return write_date
    return write_number if column.numeric else write_string


def _normalised(
    table: Table, start: int, block: Sequence[Sequence[object]], masked: bool
) -> list[list[object]]:
    result = []
    for column, values in zip(table.columns, zip(*block, strict=True), strict=True):
        convert = _excel_date if column.kind == "date" else normaliser(column, masked)
        try:
            result.append(list(map(convert, values)))
        except BAD_VALUE_ERRORS:
            for offset, value in enumerate(values):
                try:
                    convert(value)
                except BAD_VALUE_ERRORS:
                    raise bad_value(column, start + offset + 1, value) from None
            raise
    return result


def _write_list(wb: xlsxwriter.Workbook, table: Table, masked: bool, ticker: Ticker) -> None:
    ws = wb.add_worksheet(sheet_name(table.title))
    header = wb.add_format(
        {"bold": True, "text_wrap": True, "valign": "top", "bottom": 1, "bg_color": "#E8ECF0"}
    )
    formats = [
        wb.add_format({"num_format": code}) if (code := _number_format(c)) else None
        for c in table.columns
    ]
    for fmt in (header, *formats):  # style numbers in column order, whichever cell comes first
        if fmt is not None:
            fmt._get_xf_index()
    sample = list(table.rows[:_SAMPLE_ROWS])
    check_row_lengths(table, 0, sample)
    # A confidential list carries its marking with the legal basis in its first line and in
    # the printed page's header and footer; the column headers follow it (frozen, filtered).
    top = _mark(wb, ws, table)
    for index, column in enumerate(table.columns):
        ws.set_column(index, index, column_width(column, sample, index, masked))
        ws.write_string(top, index, column.header, header)
    ws.freeze_panes(top + 1, 0)
    ws.autofilter(top, 0, top + max(len(table.rows), 1), len(table.columns) - 1)
    if _can_write_rows(ws):
        _write_rows_at_once(ws, table, formats, masked, ticker, top)
        return
    writers = [_cell_writer(ws, c) for c in table.columns]
    positions = range(len(table.columns))
    columnar = isinstance(table.rows, ColumnarRows)
    ticker(0)
    for start, block in chunks(table.rows):
        if not columnar:
            check_row_lengths(table, start, block)
        cells = _normalised(table, start, block, masked)
        for row, values in enumerate(zip(*cells, strict=True), start=start + 1 + top):
            for col, value, write, fmt in zip(positions, values, writers, formats):  # noqa: B905
                if value is not None:
                    write(row, col, value, fmt)
        ticker(start + len(block))


def _header_text(text: str) -> str:
    """Text for a print header/footer section ("&" is a control character there)."""
    return text.replace("&", "&&")


def _mark(wb: xlsxwriter.Workbook, ws: Worksheet, table: Table) -> int:
    """Write the confidentiality marking (first line, print header and footer); return the
    header row's index (1 with a marking, else 0). Every printed page repeats the header."""
    title = _header_text(table.title)
    if not table.confidential:
        ws.set_footer(f"&L{title}&RSide &P av &N")
        ws.repeat_rows(0)
        return 0
    marking = _header_text(table.confidential)
    warning = wb.add_format({"bold": True, "font_color": "#9C0006"})
    ws.write_string(0, 0, table.confidential, warning)
    ws.set_header(f'&C&"-,Bold"{marking}')
    ws.set_footer(f"&L{title}&C{marking}&RSide &P av &N")
    ws.repeat_rows(0, 1)
    return 1


def _xml_text(text: str) -> str:
    """Text for an inline-string cell, escaped exactly as XlsxWriter escapes it."""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT]
    if _XML_SPECIAL.search(text):
        text = _CONTROL_ESCAPE.sub(r"_x005F\1", text)
        text = _CONTROL.sub(lambda match: f"_x{ord(match.group()):04X}_", text)
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def _cell_xml(letter: str, column: Column, fmt: Format | None) -> CellXml:
    """A function writing one cell of this column as XML (what XlsxWriter writes for it)."""
    style = f' s="{fmt._get_xf_index()}"' if fmt is not None else ""

    def number(row: str, value: object) -> str:
        return f'<c r="{letter}{row}"{style}><v>{value:.16G}</v></c>'

    def text(row: str, value: object, style: str = style) -> str:
        body = _xml_text(str(value))
        space = ' xml:space="preserve"' if body[:1].isspace() or body[-1:].isspace() else ""
        return f'<c r="{letter}{row}"{style} t="inlineStr"><is><t{space}>{body}</t></is></c>'

    if column.kind == "date":  # a serial day number, or an ISO text (unformatted) before 1900
        return lambda row, value: number(row, value) if type(value) is int else text(row, value, "")
    return number if column.numeric else text


def _can_write_rows(ws: Worksheet) -> bool:
    """XlsxWriter's streaming internals that whole-row writing relies on are there."""
    return (
        bool(getattr(ws, "constant_memory", False))
        and all(
            callable(getattr(ws, name, None)) for name in ("_write_single_row", "_check_dimensions")
        )
        and hasattr(ws, "fh")
        and hasattr(ws, "previous_row")
    )


def _write_rows_at_once(
    ws: Worksheet,
    table: Table,
    formats: Sequence[Format | None],
    masked: bool,
    ticker: Ticker,
    top: int = 0,
) -> None:
    """Stream whole rows into constant_memory's row file: one ``<row>`` string per row.

    Writing cell by cell through XlsxWriter costs about 8 µs a cell (checks, a cell tuple, the
    XML per attribute); a row of 15 cells built at once costs a tenth of that. The header row
    (written through XlsxWriter) is flushed first; the sheet's dimension is set at the end.
    """
    # flush the marking and header rows; the data starts at row index top + 1
    ws._write_single_row(top + 1)
    cells = [
        _cell_xml(xl_col_to_name(index), column, fmt)
        for index, (column, fmt) in enumerate(zip(table.columns, formats, strict=True))
    ]
    columnar = isinstance(table.rows, ColumnarRows)
    write = ws.fh.write
    last = 0
    ticker(0)
    for start, block in chunks(table.rows):
        if not columnar:
            check_row_lengths(table, start, block)
        values = _normalised(table, start, block, masked)
        lines = []
        for number, row in enumerate(zip(*values, strict=True), start=start + 2 + top):
            r = str(number)
            xml = "".join([cell(r, v) for cell, v in zip(cells, row) if v is not None])  # noqa: B905
            lines.append(f'<row r="{r}">{xml}</row>')
        write("".join(lines))
        last = start + len(block)
        ticker(last)
    ws.previous_row = last + top
    if last:
        ws._check_dimensions(last + top, len(table.columns) - 1)


def _write_value(ws: Worksheet, row: int, value: object, date_format: Format) -> None:
    if value is None:
        return
    if isinstance(value, bool):
        ws.write_string(row, 1, "Ja" if value else "Nei")
    elif isinstance(value, int | float) and not (isinstance(value, float) and value != value):
        ws.write_number(row, 1, value)
    elif isinstance(value, date):
        ws.write_datetime(row, 1, value, date_format)
    else:
        ws.write_string(row, 1, str(value))


def _write_assumptions(wb: xlsxwriter.Workbook, table: Table) -> None:
    ws = wb.add_worksheet(ASSUMPTIONS_SHEET)
    bold = wb.add_format({"bold": True})
    date_format = wb.add_format({"num_format": DATE_FORMAT, "align": "left"})
    stamp_format = wb.add_format({"num_format": DATE_FORMAT + " hh:mm", "align": "left"})
    ws.set_column(0, 0, 40)
    ws.set_column(1, 1, 30)
    ws.write_string(0, 0, "Forutsetning", bold)
    ws.write_string(0, 1, "Verdi", bold)
    rows: list[tuple[str, object]] = [("Liste", table.title)]
    if table.subtitle:
        rows.append(("Beskrivelse", table.subtitle))
    rows.append(("Generert", table.generated_at))
    if table.rule_year is not None:
        rows.append(("Regelår", table.rule_year))
    rows.append(("Antall rader", len(table.rows)))
    rows.extend(table.assumptions)
    for index, (label, value) in enumerate(rows, start=1):
        ws.write_string(index, 0, str(label))
        fmt = stamp_format if isinstance(value, datetime) else date_format
        _write_value(ws, index, value, fmt)


def _properties(table: Table) -> dict[str, object]:
    created = table.generated_at
    if not isinstance(created, datetime):
        created = datetime(created.year, created.month, created.day)
    comments = f"Regelår {table.rule_year}" if table.rule_year is not None else ""
    return {
        "title": table.title,
        "subject": table.subtitle,
        "author": "leietileie",
        "comments": comments,
        "created": created,
    }


WORKDIR_PREFIX = ".leietileie-xlsx-"


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    return True


def remove_stale_workdirs(folder: Path) -> None:
    """Remove private work folders whose process (its id is in the name) no longer runs."""
    if os.name != "posix":  # os.kill(pid, 0) would end a process on Windows
        return
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            name = entry.name
            if not name.startswith(WORKDIR_PREFIX) or entry.is_symlink() or not entry.is_dir():
                continue
            pid = name[len(WORKDIR_PREFIX) :].split("-", 1)[0]
            if pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid)):
                shutil.rmtree(entry, ignore_errors=True)


@contextlib.contextmanager
def private_workdir(target: str | os.PathLike[str]) -> Iterator[Path]:
    """A new private folder (0700) beside ``target``, removed with its contents afterwards."""
    folder = Path(target).parent
    remove_stale_workdirs(folder)
    work = Path(tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{os.getpid()}-", dir=folder))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _close_row_files(wb: xlsxwriter.Workbook) -> None:
    """Close constant_memory's open row files (so the folder can be removed on Windows)."""
    for ws in wb.worksheets():
        handle = getattr(ws, "row_data_fh", None)
        if handle is not None:
            with contextlib.suppress(Exception):
                handle.close()


def write_xlsx(
    table: Table,
    path: str | os.PathLike[str],
    *,
    mask_identity: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write ``table`` as an XLSX workbook: the list, then the «Forutsetninger» sheet."""
    if len(table.rows) + 1 > MAX_ROWS:
        raise InputError(
            f"Listen har {len(table.rows)} rader; Excel tar høyst {MAX_ROWS - 1}. "
            "Del listen eller bruk CSV."
        )
    ticker = Ticker(progress, len(table.rows), path)
    with atomic_target(path) as temporary, private_workdir(path) as work:
        options = {**WORKBOOK_OPTIONS, "tmpdir": os.fspath(work)}
        wb = xlsxwriter.Workbook(os.fspath(temporary), options)
        try:
            wb.set_properties(_properties(table))
            _write_list(wb, table, mask_identity, ticker)
            _write_assumptions(wb, table)
        except BaseException:
            _close_row_files(wb)
            raise
        wb.close()
