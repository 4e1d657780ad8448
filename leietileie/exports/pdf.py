"""PDF lists with reportlab: a landscape A4 table for a meeting or an archive.

Title, date and the assumptions on the first page; the header row repeats on every page;
"Side X av Y" at the foot. The font letters and lists share (``leietileie.pdfcommon``,
DejaVu Sans) is embedded. User text goes into a Paragraph only after escaping; short cells
are plain strings, which reportlab draws without reading any markup (and which are much
faster for long lists). Long text is wrapped to its column (a word wider than the column
is broken between letters) and cut after ``MAX_LINES`` lines with "…", so no cell ever runs
into the next one or makes a row taller than a page. Identical input gives identical bytes
(``invariant=1``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from leietileie.exports.files import Ticker, atomic_target, chunks
from leietileie.exports.model import ColumnarRows, Progress, check_row_lengths
from leietileie.exports.model import Table as ExportTable
from leietileie.exports.values import format_any, format_date, format_row
from leietileie.pdfcommon import FONT, FONT_BOLD, DeferredPagesCanvas, register_fonts

PAGE = landscape(A4)
MARGIN = 12 * mm
PADDING = 3.0
BODY_SIZE = 8.0
MIN_SIZE = 6.0
MIN_TEXT_WIDTH = 45.0
_WIDTH_SAMPLE = 5000
#: Lines of a wrapped cell at most (the rest is cut with "…"; XLSX and CSV keep it all).
MAX_LINES = 6
ELLIPSIS = "…"


def _style(size: float, bold: bool = False, right: bool = False) -> ParagraphStyle:
    return ParagraphStyle(
        f"leie-{size}-{bold}-{right}",
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        leading=size * 1.2,
        alignment=TA_RIGHT if right else 0,
    )


class _ListTable(Table):  # type: ignore[misc]
    """The list's table; its split pieces keep this class, so progress can count rows."""


class _FootedCanvas(DeferredPagesCanvas):
    """The list's name and "Side X av Y" at the foot of every page; a confidentiality marking
    (when the list has one) at the top of every page."""

    def __init__(self, *args: Any, foot: str = "", head: str = "", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._foot = foot
        self._head = head

    def draw_footer(self, number: int, total: int) -> None:
        self.setFont(FONT, 7.5)
        self.setFillColor(colors.grey)
        if self._head:
            self.setFont(FONT_BOLD, 7.5)
            self.drawString(MARGIN, PAGE[1] - MARGIN / 2 - 2, self._head)
            self.setFont(FONT, 7.5)
        self.drawString(MARGIN, MARGIN / 2, self._foot)
        self.drawRightString(PAGE[0] - MARGIN, MARGIN / 2, f"Side {number} av {total}")


def _canvas_maker(foot: str, head: str = "") -> Callable[..., Canvas]:
    def make(*args: Any, **kwargs: Any) -> Canvas:
        return _FootedCanvas(*args, foot=foot, head=head, **kwargs)

    return make


class _ListDocument(SimpleDocTemplate):  # type: ignore[misc]
    def __init__(self, filename: str, ticker: Ticker, done_before: int, **kwargs: Any) -> None:
        super().__init__(filename, **kwargs)
        self._ticker = ticker
        self._rows_done = done_before

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        if isinstance(flowable, _ListTable):
            self._rows_done += flowable._nrows - 1
            self._ticker(self._rows_done)


#: A text column is never narrower than its longest word, up to this share of the page.
LONGEST_WORD_SHARE = 0.25


def _content_widths(
    table: ExportTable, cells: Sequence[Sequence[str]]
) -> tuple[list[float], list[float]]:
    """Per column at ``BODY_SIZE``, without padding: the widest header word or value, and
    the widest word (of the header, and of a text column's values), since a cell wraps
    between words, never inside one."""
    content, words = [], []
    cap = (PAGE[0] - 2 * MARGIN) * LONGEST_WORD_SHARE
    for index, column in enumerate(table.columns):
        header = max(
            pdfmetrics.stringWidth(w, FONT_BOLD, BODY_SIZE) for w in column.header.split() or [""]
        )
        values = [row[index] for row in cells[:_WIDTH_SAMPLE]]
        longest = max((pdfmetrics.stringWidth(v, FONT, BODY_SIZE) for v in values), default=0.0)
        word = header
        if column.kind == "text":
            longest_word = max(
                (pdfmetrics.stringWidth(w, FONT, BODY_SIZE) for v in values for w in v.split()),
                default=0.0,
            )
            word = max(header, min(longest_word, cap))
        content.append(max(header, longest))
        words.append(word)
    return content, words


def _share(room: float, wants: list[float]) -> list[float]:
    """Split ``room`` so that small wants are met in full and large ones share the rest."""
    given = [0.0] * len(wants)
    waiting = sorted(range(len(wants)), key=lambda i: wants[i])
    while waiting:
        fair = room / len(waiting)
        index = waiting[0]
        if wants[index] > fair:
            for i in waiting:
                given[i] = fair
            break
        given[index] = wants[index]
        room -= wants[index]
        waiting.pop(0)
    return given


def _fit_widths(
    table: ExportTable, content: list[float], words: list[float], available: float
) -> tuple[float, list[float]]:
    """The font size and column widths. Numbers, dates and identity numbers get their full
    width, shrinking the font down to ``MIN_SIZE`` if needed; text columns wrap and share
    what is left, each at least as wide as its longest header word."""
    wraps = [c.kind == "text" for c in table.columns]
    pad = 2 * PADDING + 1.0
    size = BODY_SIZE
    while True:
        natural = [w * size / BODY_SIZE + pad for w in content]
        minimum = [
            max(h * size / BODY_SIZE + pad, min(n, MIN_TEXT_WIDTH)) if wrap else n
            for n, h, wrap in zip(natural, words, wraps, strict=True)
        ]
        if sum(minimum) <= available or size <= MIN_SIZE:
            break
        size = max(MIN_SIZE, size - 0.25)
    if sum(natural) <= available:
        grow = wraps if any(wraps) else [True] * len(natural)
        growing = sum(n for n, g in zip(natural, grow, strict=True) if g)
        factor = 1 + (available - sum(natural)) / growing
        return size, [n * factor if g else n for n, g in zip(natural, grow, strict=True)]
    room = max(0.0, available - sum(minimum))
    wants = [n - m for n, m in zip(natural, minimum, strict=True)]
    extra = _share(room, wants)
    widths = [m + e for m, e in zip(minimum, extra, strict=True)]
    if sum(widths) <= available:
        return size, widths
    # Too many columns even at the smallest size: shrink the text with the columns (the
    # padding stays), so that amounts never print over each other.
    pads = pad * len(widths)
    scale = max(0.01, (available - pads) / max(1e-9, sum(widths) - pads))
    return size * scale, [(w - pad) * scale + pad for w in widths]


def _width(text: str, size: float) -> float:
    return float(pdfmetrics.stringWidth(text, FONT, size))


def _fit_prefix(word: str, room: float, size: float) -> int:
    """How many leading characters of ``word`` fit in ``room`` (at least one)."""
    low, high = 1, len(word)
    while low < high:
        middle = (low + high + 1) // 2
        if _width(word[:middle], size) <= room:
            low = middle
        else:
            high = middle - 1
    return low


def wrap_lines(text: str, room: float, size: float, max_lines: int = MAX_LINES) -> list[str]:
    """``text`` broken into lines no wider than ``room``: between words, and inside a word
    that is wider than the column; at most ``max_lines``, the last ending in "…" when cut."""
    lines: list[str] = []
    cut = False
    for paragraph in text.split("\n"):
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if _width(candidate, size) <= room:
                line = candidate
                continue
            if line:
                lines.append(line)
            while _width(word, size) > room and len(lines) <= max_lines:
                take = _fit_prefix(word, room, size)
                lines.append(word[:take])
                word = word[take:]
            line = word
            if len(lines) > max_lines:
                break
        lines.append(line)
        if len(lines) > max_lines:
            cut = True
            break
    if cut or len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and _width(last + ELLIPSIS, size) > room:
            last = last[:-1]
        lines[-1] = last.rstrip() + ELLIPSIS
    return lines


def _cell(text: str, width: float, size: float) -> str:
    """A plain string (never markup): one line when it fits, else wrapped lines."""
    room = width - 2 * PADDING
    if "\n" not in text and _width(text, size) <= room:
        return text
    return "\n".join(wrap_lines(text, room, size))


def _formatted_rows(table: ExportTable, masked: bool, ticker: Ticker) -> list[list[str]]:
    columnar = isinstance(table.rows, ColumnarRows)
    cells: list[list[str]] = []
    for start, block in chunks(table.rows):
        if not columnar:
            check_row_lengths(table, start, block)
        for offset, row in enumerate(block, start=start + 1):
            cells.append(format_row(table.columns, row, offset, masked))
        ticker(start + len(block))
    return cells


def _list_table(table: ExportTable, cells: list[list[str]]) -> _ListTable:
    available = PAGE[0] - 2 * MARGIN
    size, widths = _fit_widths(table, *_content_widths(table, cells), available)
    header = [
        Paragraph(escape(c.header), _style(size, bold=True, right=c.numeric or c.kind == "date"))
        for c in table.columns
    ]
    wrapping = [c.kind == "text" for c in table.columns]
    body = [
        [_cell(v, w, size) if wrap else v for v, w, wrap in zip(row, widths, wrapping, strict=True)]
        for row in cells
    ]
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, size, size * 1.2),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E8ECF0")),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F5F7F9")]),
    ]
    for index, column in enumerate(table.columns):
        if column.numeric or column.kind == "date":
            style.append(("ALIGN", (index, 1), (index, -1), "RIGHT"))
    return _ListTable([header, *body], colWidths=widths, repeatRows=1, style=TableStyle(style))


def _heading(table: ExportTable) -> list[Flowable]:
    parts: list[Flowable] = [Paragraph(escape(table.title), _style(14, bold=True))]
    if table.subtitle:
        parts.append(Paragraph(escape(table.subtitle), _style(10)))
    facts = [f"Generert {format_any(table.generated_at)}", f"{len(table.rows)} rader"]
    if table.rule_year is not None:
        facts.insert(1, f"Regelår {table.rule_year}")
    parts.append(Paragraph(escape(" · ".join(facts)), _style(8.5)))
    if table.assumptions:
        label, value = _style(8, bold=True), _style(8)
        rows = [
            [Paragraph(escape(str(k)), label), Paragraph(escape(format_any(v)), value)]
            for k, v in table.assumptions
        ]
        parts += [Spacer(1, 3 * mm), Paragraph("Forutsetninger", _style(9, bold=True))]
        parts.append(
            Table(
                rows,
                colWidths=[70 * mm, 90 * mm],
                hAlign="LEFT",
                style=[
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ],
            )
        )
    parts.append(Spacer(1, 4 * mm))
    return parts


def write_pdf(
    table: ExportTable,
    path: str | os.PathLike[str],
    *,
    mask_identity: bool = False,
    progress: Progress | None = None,
) -> None:
    """Write ``table`` as a landscape A4 PDF list.

    Progress counts each row twice: once when its cells are formatted and once when it is
    laid out on a page, so ``total`` is twice the number of rows.
    """
    register_fonts()
    rows = len(table.rows)
    ticker = Ticker(progress, 2 * rows, path)
    ticker(0)
    cells = _formatted_rows(table, mask_identity, ticker)
    story = [*_heading(table), _list_table(table, cells)]
    stamp = table.generated_at
    day = format_date(stamp.date() if isinstance(stamp, datetime) else stamp)
    foot = f"{table.title} – {day}"
    with atomic_target(path) as temporary:
        doc = _ListDocument(
            os.fspath(temporary),
            ticker,
            rows,
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=table.title,
            author="leietileie",
            subject=table.subtitle,
            creator="leietileie",
            invariant=1,
            # our font from the start, so no unembedded Helvetica is ever referenced
            initialFontName=FONT,
            initialFontSize=BODY_SIZE,
            initialLeading=BODY_SIZE * 1.2,
        )
        doc.build(story, canvasmaker=_canvas_maker(foot, table.confidential))
        ticker(2 * rows)
