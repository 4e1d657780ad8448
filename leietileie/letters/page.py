"""The page: letterhead, window-envelope address, reference block, footer, "Side 1 av 2".

Geometry follows DIN 5008 form B, which fits Norwegian C5 and DL envelopes with a left
window (window 20 mm from the left edge, about 45–90 mm from the top of the folded A4):
the return line sits at 45–50 mm, the recipient's address at 52–90 mm, 25 mm from the left.
"""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, TimeStamp
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, KeepInFrame, PageTemplate, Paragraph

from ..pdfcommon import DeferredPagesCanvas
from .model import MunicipalityProfile
from .pdfa import add_pdfa_parts
from .styles import ACCENT, FONT, FONT_BOLD, INK, MUTED, PAGE_LEFT, PAGE_RIGHT, RULE, styles

WIDTH, HEIGHT = A4
BODY_WIDTH = WIDTH - PAGE_LEFT - PAGE_RIGHT
FOOTER_TOP = 24 * mm
FIRST_BODY_TOP = HEIGHT - 96 * mm
LATER_BODY_TOP = HEIGHT - 24 * mm
WINDOW_X = 25 * mm
WINDOW_WIDTH = 80 * mm
INFO_X = 110 * mm


@dataclass(frozen=True)
class PageInfo:
    """What every page shows besides the flowing text.

    ``recipient_lines`` are paragraph markup (escaped); everything else is plain text.
    """

    profile: MunicipalityProfile
    recipient_lines: tuple[str, ...]
    info_rows: tuple[tuple[str, str], ...]
    running_head: str
    #: (heading, lines) per footer column.
    footer_columns: tuple[tuple[str, tuple[str, ...]], ...]
    page_label: str  # "Side {page} av {pages}"
    #: "Unntatt offentlighet, jf. offentleglova § 13 …" at the top of every page.
    confidential: str = ""


#: PDF/A-2 is built on PDF 1.7 (ISO 32000-1), which is also the version that knows ICC v4
#: profiles like the sRGB OutputIntent's (reportlab would otherwise write 1.4).
PDF_VERSION = (1, 7)


class NumberedCanvas(DeferredPagesCanvas):
    """The letter's page label ("Side 1 av 3") at the foot of every page.

    On ``save`` it adds what PDF/A-2b needs beyond reportlab: XMP metadata and an sRGB
    OutputIntent (see ``pdfa.py``).
    """

    def __init__(
        self,
        *args: Any,
        page_label: str = "{page} / {pages}",
        letter_date: date | None = None,
        **kwargs: Any,
    ):
        kwargs.setdefault("pdfVersion", PDF_VERSION)
        super().__init__(*args, **kwargs)
        self._page_label = page_label
        if letter_date is not None:
            self._doc._timeStamp = letter_timestamp(letter_date)

    def save(self) -> None:
        add_pdfa_parts(self)
        super().save()

    def draw_footer(self, number: int, total: int) -> None:
        self.setFont(FONT, 7.5)
        self.setFillColor(MUTED)
        label = self._page_label.format(page=number, pages=total)
        self.drawRightString(WIDTH - PAGE_RIGHT, FOOTER_TOP - 17 * mm, label)


#: The largest logo file we read (a logo is a few hundred KB at most).
LOGO_MAX_BYTES = 2_000_000


def logo_issue(path: str) -> tuple[str, dict[str, object]] | None:
    """What is wrong with a logo file as a code and its figures, or None: it must be a regular
    file of at most :data:`LOGO_MAX_BYTES`. Looks only at the file's metadata, so
    ``/dev/zero``, a FIFO or a huge file is refused without reading it. (The services render
    the code per language: ``services.letter_messages``.)"""
    try:
        info = os.stat(path)
    except OSError as exc:
        return "logo_unreadable", {"path": path, "detail": str(exc.strerror)}
    if not stat.S_ISREG(info.st_mode):
        return "logo_not_file", {"path": path}
    if info.st_size > LOGO_MAX_BYTES:
        size = f"{info.st_size / 1e6:.1f}"
        return "logo_too_big", {"path": path, "size": size, "most": LOGO_MAX_BYTES // 1_000_000}
    return None


def logo_problem(path: str) -> str | None:
    """What is wrong with a logo file (bokmål), or None (see :func:`logo_issue`)."""
    issue = logo_issue(path)
    if issue is None:
        return None
    code, p = issue
    if code == "logo_unreadable":
        return f"Innstillinger, logo: {p['path']} kan ikke leses ({p['detail']})"
    if code == "logo_not_file":
        return (
            f"Innstillinger, logo: {p['path']} er ikke en vanlig fil (velg en PNG- eller JPG-fil)"
        )
    return (
        f"Innstillinger, logo: {p['path']} er {p['size']} MB; største tillatte logo er "
        f"{p['most']} MB"
    )


def read_logo(path: str) -> bytes:
    """The logo file's bytes; refuses a file over :data:`LOGO_MAX_BYTES` or an endless one
    (``/dev/zero``) after reading at most one byte more than the cap."""
    with open(path, "rb") as handle:
        data = handle.read(LOGO_MAX_BYTES + 1)
    if len(data) > LOGO_MAX_BYTES:
        raise ValueError(f"logo {path}: larger than {LOGO_MAX_BYTES} bytes")
    return data


@lru_cache(maxsize=16)
def _logo(path: str) -> ImageReader:
    return ImageReader(io.BytesIO(read_logo(path)))


def draw_emblem(canvas: Canvas, x: float, y: float, size: float) -> None:
    """A plain shield with a house: the default when the municipality has no logo file."""
    w, h = size * 0.82, size
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    path = canvas.beginPath()
    path.moveTo(x, y + h)
    path.lineTo(x + w, y + h)
    path.lineTo(x + w, y + h * 0.42)
    path.curveTo(x + w, y + h * 0.15, x + w * 0.62, y + h * 0.05, x + w / 2, y)
    path.curveTo(x + w * 0.38, y + h * 0.05, x, y + h * 0.15, x, y + h * 0.42)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    roof = canvas.beginPath()
    roof.moveTo(x + w * 0.18, y + h * 0.58)
    roof.lineTo(x + w / 2, y + h * 0.84)
    roof.lineTo(x + w * 0.82, y + h * 0.58)
    roof.close()
    canvas.drawPath(roof, stroke=0, fill=1)
    canvas.rect(x + w * 0.28, y + h * 0.28, w * 0.44, h * 0.30, stroke=0, fill=1)
    canvas.setFillColor(ACCENT)
    canvas.rect(x + w * 0.44, y + h * 0.28, w * 0.12, h * 0.16, stroke=0, fill=1)
    canvas.restoreState()


def _letterhead(canvas: Canvas, profile: MunicipalityProfile) -> None:
    top = HEIGHT - 14 * mm
    size = 16 * mm
    if profile.logo_path:
        canvas.drawImage(
            _logo(profile.logo_path),
            PAGE_LEFT,
            top - size,
            width=size,
            height=size,
            preserveAspectRatio=True,
            mask="auto",
        )
    else:
        draw_emblem(canvas, PAGE_LEFT, top - size, size)
    x = PAGE_LEFT + size + 4 * mm
    canvas.setFillColor(ACCENT)
    fit_string(canvas, x, top - 7 * mm, profile.name, FONT_BOLD, 15, WIDTH - PAGE_RIGHT - x)
    canvas.setFillColor(MUTED)
    fit_string(canvas, x, top - 12.5 * mm, profile.department, FONT, 9.5, WIDTH - PAGE_RIGHT - x)


def _paragraph_in_box(
    canvas: Canvas, text: str, style_name: str, x: float, top: float, width: float, height: float
) -> None:
    """Draw markup in a fixed box, shrinking it when it is too long (never overflowing)."""
    st = styles()
    style = getattr(st, style_name)
    box = KeepInFrame(width, height, [Paragraph(text, style)], mode="shrink")
    frame = Frame(
        x,
        top - height,
        width,
        height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        showBoundary=0,
    )
    frame.addFromList([box], canvas)


def _address_window(canvas: Canvas, info: PageInfo) -> None:
    top = HEIGHT - 45 * mm
    canvas.setFillColor(MUTED)
    fit_string(canvas, WINDOW_X, top - 3.5 * mm, info.profile.return_address, FONT, 7, WINDOW_WIDTH)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(WINDOW_X, top - 5 * mm, WINDOW_X + WINDOW_WIDTH, top - 5 * mm)
    _paragraph_in_box(
        canvas,
        "<br/>".join(info.recipient_lines),
        "address",
        WINDOW_X,
        top - 7 * mm,
        WINDOW_WIDTH,
        36 * mm,
    )


def _info_block(canvas: Canvas, info: PageInfo) -> None:
    """Reference, date and contact as "label  value" lines beside the address."""
    label_width = 23 * mm
    width = WIDTH - INFO_X - PAGE_RIGHT - label_width
    y = HEIGHT - 49 * mm
    for label, value in info.info_rows:
        canvas.setFillColor(MUTED)
        fit_string(canvas, INFO_X, y, label, FONT, 7.5, label_width - 2 * mm)
        canvas.setFillColor(INK)
        fit_string(canvas, INFO_X + label_width, y, value, FONT, 8.5, width)
        y -= 4.6 * mm


def fit_string(
    canvas: Canvas, x: float, y: float, text: str, font: str, size: float, width: float
) -> None:
    """Draw one line of plain text, shrinking it (down to 60 %) and then cutting it to fit."""
    needed = pdfmetrics.stringWidth(text, font, size)
    if needed > width:
        size = max(size * width / needed * 0.999, size * 0.6)
        if pdfmetrics.stringWidth(text, font, size) > width:
            while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
                text = text[:-1]
            text += "…"
    canvas.setFont(font, size)
    canvas.drawString(x, y, text)


def _footer(canvas: Canvas, info: PageInfo) -> None:
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(PAGE_LEFT, FOOTER_TOP - 2 * mm, WIDTH - PAGE_RIGHT, FOOTER_TOP - 2 * mm)
    columns = info.footer_columns
    shares = [max(len(head), *(len(line) for line in lines)) for head, lines in columns]
    total = sum(shares) or 1
    canvas.setFillColor(MUTED)
    x = PAGE_LEFT
    for (head, lines), share in zip(columns, shares, strict=True):
        width = BODY_WIDTH * share / total
        y = FOOTER_TOP - 5.5 * mm
        fit_string(canvas, x, y, head, FONT_BOLD, 7, width - 3 * mm)
        for line in lines[:3]:
            y -= 3.2 * mm
            fit_string(canvas, x, y, line, FONT, 7, width - 3 * mm)
        x += width


def _running_head(canvas: Canvas, info: PageInfo) -> None:
    canvas.setFillColor(MUTED)
    fit_string(canvas, PAGE_LEFT, HEIGHT - 14 * mm, info.profile.name, FONT, 7.5, 60 * mm)
    canvas.setFont(FONT, 7.5)
    head = info.running_head
    if pdfmetrics.stringWidth(head, FONT, 7.5) > BODY_WIDTH - 62 * mm:
        fit_string(
            canvas, PAGE_LEFT + 62 * mm, HEIGHT - 14 * mm, head, FONT, 7.5, BODY_WIDTH - 62 * mm
        )
    else:
        canvas.drawRightString(WIDTH - PAGE_RIGHT, HEIGHT - 14 * mm, head)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.4)
    canvas.line(PAGE_LEFT, HEIGHT - 17 * mm, WIDTH - PAGE_RIGHT, HEIGHT - 17 * mm)


def _confidential(canvas: Canvas, info: PageInfo) -> None:
    """The exemption from public access, in the top margin of every page."""
    if not info.confidential:
        return
    canvas.setFillColor(MUTED)
    fit_string(canvas, PAGE_LEFT, HEIGHT - 9 * mm, info.confidential, FONT_BOLD, 7, BODY_WIDTH)


def page_templates(info: PageInfo) -> list[PageTemplate]:
    def first(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _confidential(canvas, info)
        _letterhead(canvas, info.profile)
        _address_window(canvas, info)
        _info_block(canvas, info)
        _footer(canvas, info)
        canvas.restoreState()

    def later(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        _confidential(canvas, info)
        _running_head(canvas, info)
        _footer(canvas, info)
        canvas.restoreState()

    def frame(top: float, name: str) -> Frame:
        return Frame(
            PAGE_LEFT,
            FOOTER_TOP + 2 * mm,
            BODY_WIDTH,
            top - FOOTER_TOP - 2 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )

    return [
        PageTemplate(
            "first", [frame(FIRST_BODY_TOP, "first")], onPage=first, autoNextPageTemplate="later"
        ),
        PageTemplate("later", [frame(LATER_BODY_TOP, "later")], onPage=later),
    ]


def letter_timestamp(day: date) -> TimeStamp:
    """The letter's date at 00:00 UTC as the PDF's creation and modification date.

    Deterministic (the same letter gives the same bytes) and true: the archive copy says
    when the letter was dated, not reportlab's fixed 2000-01-01.
    """
    stamp = TimeStamp(1)
    moment = datetime(day.year, day.month, day.day, tzinfo=UTC)
    stamp.t = moment.timestamp()
    stamp.lt = moment.timetuple()
    stamp.YMDhms = tuple(stamp.lt)[:6]
    stamp.dhh = stamp.dmm = 0
    stamp.tzname = "UTC"
    return stamp


def canvas_maker(page_label: str, letter_date: date | None = None) -> Callable[..., NumberedCanvas]:
    def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, page_label=page_label, letter_date=letter_date, **kwargs)

    return make
