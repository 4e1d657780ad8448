"""Reading spreadsheet files (XLSX, CSV) into rows of cells, and Norwegian number formats.

CSV: UTF-8 (with or without BOM) or Windows-1252, ``;`` or ``,``, decimal comma or point,
spaces or dots as thousands separators. What cannot be told apart is refused with a message
saying what to choose (``encoding``, ``delimiter``, ``decimal`` options).
"""

from __future__ import annotations

import codecs
import csv
import io
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.messages import Message
from ..errors import InputError
from .import_messages import message

Cell = str | float | int | date | None

ENCODINGS = {
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "windows-1252": "cp1252",
    "cp1252": "cp1252",
}
DELIMITERS = (";", ",")


@dataclass
class Table:
    headers: list[str]
    #: (row number in the file, header = 1; cells)
    rows: list[tuple[int, list[Cell]]]
    encoding: str = ""
    delimiter: str = ""
    #: XLSX merged ranges ((first row, first column), (last row, last column))
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    sheet: str = ""
    #: CSV records that span several lines: first line → last line
    spans: dict[int, int] = field(default_factory=dict)


def normalise_header(text: object) -> str:
    """Case-insensitive, ignoring spaces, underscores and æøå vs ae/oe/aa."""
    value = str(text or "").strip().casefold()
    for old, new in (("æ", "ae"), ("ø", "oe"), ("å", "aa"), (" ", ""), ("_", ""), ("-", "")):
        value = value.replace(old, new)
    return value


#: Largest CSV file we read (100 000 households are ~30 MB).
MAX_CSV_BYTES = 500 * 1024 * 1024


def read_table(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    suffix = path.suffix.lower()
    name = display_name(path)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise InputError(message("import_file_type", file=name, suffix=repr(suffix)))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(message("import_is_folder", file=name))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(message("import_not_regular", file=name))
        if suffix in (".xlsx", ".xlsm"):
            return read_xlsx(path)
        if info.st_size > MAX_CSV_BYTES:
            size, most = info.st_size // 1024 // 1024, MAX_CSV_BYTES // 1024 // 1024
            raise InputError(message("import_csv_too_big", file=name, size=size, most=most))
        return read_csv(path, encoding, delimiter)
    except (PermissionError, IsADirectoryError) as exc:
        raise InputError(message("import_unreadable", file=name, detail=exc.strerror)) from exc


@dataclass
class RowStream:
    """A file's rows read as they are needed, not held (a rent ledger of millions of rows):
    ``rows()`` reads the file again from its first data row on every call."""

    headers: list[str]
    read: Callable[[RowStream], Iterator[tuple[int, list[Cell]]]]
    encoding: str = ""
    delimiter: str = ""
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)
    sheet: str = ""
    #: about how many data rows there are (for progress; an upper bound for CSV)
    estimate: int = 0
    #: CSV records that span several lines (first line → last line), as far as read
    spans: dict[int, int] = field(default_factory=dict)
    #: (size, modification time) when opened: ``changed()`` tells whether the file was
    #: written to since (two passes must read the same rows)
    stamp: tuple[int, int] = (0, 0)
    path: Path | None = None

    def rows(self) -> Iterator[tuple[int, list[Cell]]]:
        """(row number in the file, header = 1; cells) of every non-empty data row."""
        return self.read(self)

    def changed(self) -> bool:
        return self.path is not None and _stamp(self.path) != self.stamp


def _stamp(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_size, info.st_mtime_ns


def open_rows(path: Path, encoding: str | None = None, delimiter: str | None = None) -> RowStream:
    """``read_table``'s checks and messages, but the rows are read as they are iterated.

    CSV is read from the file in small blocks (its encoding is checked in a first pass over
    the bytes); XLSX rows are turned into Python values one row at a time (calamine holds
    the sheet's cells itself, at most Excel's 1 048 576 rows)."""
    suffix = path.suffix.lower()
    name = display_name(path)
    if suffix not in (".xlsx", ".xlsm", ".csv", ".txt"):
        raise InputError(message("import_file_type", file=name, suffix=repr(suffix)))
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(message("import_is_folder", file=name))
        if not stat.S_ISREG(info.st_mode):
            raise InputError(message("import_not_regular", file=name))
        if suffix in (".xlsx", ".xlsm"):
            stream = _open_xlsx(path)
        else:
            if info.st_size > MAX_CSV_BYTES:
                size, most = info.st_size // 1024 // 1024, MAX_CSV_BYTES // 1024 // 1024
                raise InputError(message("import_csv_too_big", file=name, size=size, most=most))
            stream = _open_csv(path, encoding, delimiter)
    except (PermissionError, IsADirectoryError) as exc:
        raise InputError(message("import_unreadable", file=name, detail=exc.strerror)) from exc
    stream.path, stream.stamp = path, (info.st_size, info.st_mtime_ns)
    return stream


def _open_xlsx(path: Path) -> RowStream:
    from .xlsx_reader import open_first_visible_sheet

    sheet = open_first_visible_sheet(path)
    header = next((cells for _, cells in _non_empty(sheet.rows())), None)
    if header is None:
        raise InputError(message("import_empty", file=display_name(path)))

    def read(stream: RowStream) -> Iterator[tuple[int, list[Cell]]]:
        rows = _non_empty(sheet.rows())
        next(rows, None)  # the header
        return rows

    return RowStream(
        [cell_text(h) for h in header],
        read,
        merged=sheet.merged,
        sheet=sheet.name,
        estimate=sheet.height,
    )


def _non_empty(
    rows: Iterator[tuple[int, list[Cell]]],
) -> Iterator[tuple[int, list[Cell]]]:
    return ((n, cells) for n, cells in rows if cells.count(None) != len(cells))


def read_xlsx(path: Path) -> Table:
    """The first visible sheet; its first non-empty row holds the headers."""
    from .xlsx_reader import read_first_visible_sheet

    sheet = read_first_visible_sheet(path)
    rows = [(n, cells) for n, cells in sheet.rows if cells.count(None) != len(cells)]
    if not rows:
        raise InputError(message("import_empty", file=display_name(path)))
    header = [cell_text(h) for h in rows[0][1]]
    return Table(header, rows[1:], merged=sheet.merged, sheet=sheet.name)


def detect_encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError as exc:
        raise InputError(message("import_encoding_unknown")) from exc


def detect_delimiter(text: str) -> str:
    """``;`` or ``,`` from the first lines; refuse when both fit equally well."""
    sample = text.splitlines()[:50]
    fits = []
    limit = csv.field_size_limit()
    for number, line in enumerate(sample, start=1):
        if len(line) > limit:
            raise InputError(_too_long(number))
    for delimiter in DELIMITERS:
        widths = {len(r) for r in csv.reader(sample, delimiter=delimiter) if r}
        if len(widths) == 1 and widths.pop() > 1:
            fits.append(delimiter)
    if len(fits) == 1:
        return fits[0]
    if not fits:
        counts = {d: sample[0].count(d) if sample else 0 for d in DELIMITERS}
        best = max(counts, key=lambda d: counts[d])
        if counts[best] and counts[best] != min(counts.values()):
            return best
    raise InputError(message("import_delimiter_unclear"))


def read_csv(path: Path, encoding: str | None = None, delimiter: str | None = None) -> Table:
    data = path.read_bytes()
    if not data.strip(b"\xef\xbb\xbf \r\n\t"):
        raise InputError(message("import_empty", file=display_name(path)))
    if encoding is not None and encoding.lower() not in ENCODINGS:
        raise InputError(message("import_encoding_choice", encoding=repr(encoding)))
    codec = ENCODINGS[encoding.lower()] if encoding else detect_encoding(data)
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            message("import_not_encoding", file=display_name(path), encoding=str(encoding))
        ) from exc
    del data
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise InputError(message("import_nul", row=line))
    if delimiter is not None and delimiter not in DELIMITERS:
        raise InputError(message("import_delimiter_choice", delimiter=repr(delimiter)))
    sep = delimiter or detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    try:
        header = next(reader, None)
        if header is None or not any(h.strip() for h in header):
            raise InputError(message("import_empty", file=display_name(path)))
        body: list[tuple[int, list[Cell]]] = []
        spans: dict[int, int] = {}
        start = reader.line_num + 1
        for row in reader:
            end = reader.line_num
            cells: list[Cell] = [c.strip() or None for c in row]
            if any(cells):
                body.append((start, cells))
                if end != start:
                    spans[start] = end
            start = end + 1
    except csv.Error as exc:
        line = reader.line_num
        if "field larger than field limit" in str(exc):
            raise InputError(_too_long(line)) from exc
        raise InputError(message("import_csv_unreadable", row=line, detail=str(exc))) from exc
    return Table([h.strip() for h in header], body, codec, sep, spans=spans)


#: Bytes read at a time when a CSV file is streamed.
_BLOCK = 1 << 20


def _open_csv(path: Path, encoding: str | None, delimiter: str | None) -> RowStream:
    """``read_csv``'s checks and messages in the same order, without holding the file."""
    nonempty, lines, nul_line = _scan_bytes(path)
    if not nonempty:
        raise InputError(message("import_empty", file=display_name(path)))
    if encoding is not None and encoding.lower() not in ENCODINGS:
        raise InputError(message("import_encoding_choice", encoding=repr(encoding)))
    codec = ENCODINGS[encoding.lower()] if encoding else _detect_encoding_of(path)
    if not _decodes(path, codec):
        raise InputError(
            message("import_not_encoding", file=display_name(path), encoding=str(encoding))
        )
    if nul_line is not None:
        raise InputError(message("import_nul", row=nul_line))
    if delimiter is not None and delimiter not in DELIMITERS:
        raise InputError(message("import_delimiter_choice", delimiter=repr(delimiter)))
    sep = delimiter or detect_delimiter(_sample(path, codec))
    with path.open(encoding=codec, newline="") as handle:
        reader = csv.reader(handle, delimiter=sep)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            raise _csv_error(exc, reader.line_num) from exc
    if header is None or not any(h.strip() for h in header):
        raise InputError(message("import_empty", file=display_name(path)))

    def read(stream: RowStream) -> Iterator[tuple[int, list[Cell]]]:
        with path.open(encoding=codec, newline="") as handle:
            reader = csv.reader(handle, delimiter=sep)
            try:
                next(reader, None)
                start = reader.line_num + 1
                for row in reader:
                    end = reader.line_num
                    cells: list[Cell] = [c.strip() or None for c in row]
                    if any(cells):
                        if end != start:
                            stream.spans[start] = end
                        yield start, cells
                    start = end + 1
            except csv.Error as exc:
                raise _csv_error(exc, reader.line_num) from exc

    return RowStream([h.strip() for h in header], read, codec, sep, estimate=max(lines - 1, 0))


def _csv_error(exc: csv.Error, line: int) -> InputError:
    if "field larger than field limit" in str(exc):
        return InputError(_too_long(line))
    return InputError(message("import_csv_unreadable", row=line, detail=str(exc)))


def _scan_bytes(path: Path) -> tuple[bool, int, int | None]:
    """Whether anything but a BOM and blanks is there; about how many lines (the larger of
    the \\n and \\r counts, plus an unterminated last line); the line of the first NUL."""
    nonempty = False
    newlines = returns = 0
    nul: int | None = None
    last = b""
    with path.open("rb") as handle:
        while block := handle.read(_BLOCK):
            if not nonempty and block.strip(b"\xef\xbb\xbf \r\n\t"):
                nonempty = True
            if nul is None and b"\x00" in block:
                nul = newlines + block.count(b"\n", 0, block.index(b"\x00")) + 1
            newlines += block.count(b"\n")
            returns += block.count(b"\r")
            last = block[-1:]
    return nonempty, max(newlines, returns) + (last not in (b"\n", b"\r", b"")), nul


def _detect_encoding_of(path: Path) -> str:
    """``detect_encoding`` of the whole file, read in blocks."""
    with path.open("rb") as handle:
        if handle.read(3) == b"\xef\xbb\xbf":
            return "utf-8-sig"
    for codec in ("utf-8", "cp1252"):
        if _decodes(path, codec):
            return codec
    raise InputError(message("import_encoding_unknown"))


def _decodes(path: Path, codec: str) -> bool:
    decoder = codecs.getincrementaldecoder(codec)()
    try:
        with path.open("rb") as handle:
            while block := handle.read(_BLOCK):
                decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _sample(path: Path, codec: str) -> str:
    """The start of the text, enough for ``detect_delimiter``: its first 50 lines whole (or
    the whole text), or as far as a line among them is already too long."""
    limit = csv.field_size_limit()
    text = ""
    with path.open(encoding=codec, newline="") as handle:
        while block := handle.read(1 << 16):
            text += block
            lines = text.splitlines()
            if len(lines) > 50 or any(len(line) > limit for line in lines[:50]):
                break
    return text


def _too_long(line: int) -> Message:
    most = f"{csv.field_size_limit():,}".replace(",", " ")
    return message("import_field_too_long", row=line, most=most)


def display_name(path: Path) -> str:
    """A file name that can be printed (a non-UTF-8 name's bad bytes become \ufffd)."""
    return os.fsencode(path.name).decode("utf-8", "replace")


# Numbers -----------------------------------------------------------------------------

_COMMA_EVIDENCE = re.compile(r"^-?\d[\d .\u00a0]*,\d{1,2}$|^-?\d{1,3}(\.\d{3}){2,}$|,\d{4,}$")
_POINT_EVIDENCE = re.compile(r"^-?\d[\d ,\u00a0]*\.\d{1,2}$|^-?\d{1,3}(,\d{3}){2,}$|\.\d{4,}$")
_AMBIGUOUS = re.compile(r"^-?\d{1,3}[.,]\d{3}$")


def detect_decimal(values: Iterable[str]) -> str:
    """',' or '.' as the decimal mark of a file's text numbers; refuse a mix."""
    return decide_decimal(*decimal_evidence(values))


def decimal_evidence(values: Iterable[str]) -> tuple[bool, bool, bool]:
    """(a decimal comma seen, a decimal point seen, an ambiguous value seen): the evidence of
    several batches of values is combined with ``or`` before ``decide_decimal``."""
    comma = point = ambiguous = False
    for raw in values:
        value = raw.strip()
        if "," not in value and "." not in value:
            continue
        if value.count(",") and value.count(".") and value.rfind(",") > value.rfind("."):
            comma = True
        elif value.count(",") and value.count(".") and value.rfind(".") > value.rfind(","):
            point = True
        elif _COMMA_EVIDENCE.search(value):
            comma = True
        elif _POINT_EVIDENCE.search(value):
            point = True
        elif _AMBIGUOUS.match(value):
            ambiguous = True
    return comma, point, ambiguous


def decide_decimal(comma: bool, point: bool, ambiguous: bool) -> str:
    if comma and point:
        raise InputError(message("import_decimal_mixed"))
    if comma or point:
        return "," if comma else "."
    if ambiguous:
        raise InputError(message("import_decimal_ambiguous"))
    return ","


def parse_number(value: Cell, decimal: str = ",") -> float:
    """A number cell or a text such as "1 234 567,50" or "1.234.567"; ValueError if not."""
    if isinstance(value, bool) or isinstance(value, date):
        raise ValueError("not a number")
    if isinstance(value, int | float):
        return float(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    for suffix in ("kr", "nok", ",-"):
        if text.lower().endswith(suffix):
            text = text[: -len(suffix)]
    thousands = "." if decimal == "," else ","
    text = text.replace(thousands, "")
    if decimal == ",":
        text = text.replace(",", ".")
    if not re.fullmatch(r"-?\d+(\.\d+)?", text):
        raise ValueError("not a number")
    return float(text)


#: Four-digit years only: "05.01.68" is refused, never read as 2068.
_DATE_FORMATS = ("%d.%m.%Y", "%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")


def parse_date(value: Cell) -> date:
    if isinstance(value, date):
        return value
    if value is None or isinstance(value, int | float):
        raise ValueError("not a date")  # XLSX date cells arrive as dates: a number is a number
    text = str(value).strip()
    if " " in text:  # "2024-01-05 00:00:00"
        text = text.split(" ")[0]
    quick = _quick_date(text)
    if quick is not None:
        return quick
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError("not a date")


def _quick_date(text: str) -> date | None:
    """dd.mm.yyyy and yyyy-mm-dd without strptime (imports parse many dates)."""
    try:
        if len(text) == 10 and text[2] == "." and text[5] == ".":
            return date(int(text[6:]), int(text[3:5]), int(text[:2]))
        if len(text) == 10 and text[4] == "-" and text[7] == "-":
            return date(int(text[:4]), int(text[5:7]), int(text[8:]))
    except ValueError:
        return None
    return None


def cell_text(value: Cell) -> str:
    """A cell as text, as typed (integers without '.0'; formulas kept as plain text)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()
