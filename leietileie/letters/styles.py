"""Fonts and paragraph styles, registered and built once per process.

The font is the one letters and lists share (``leietileie.pdfcommon``): DejaVu Sans,
TrueType, embedded as a subset in every PDF.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from ..pdfcommon import FONT, FONT_BOLD, FONT_DIR, register_fonts

__all__ = ["FONT", "FONT_BOLD", "FONT_DIR", "register_fonts"]


INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
ACCENT = colors.HexColor("#1f4e79")
RULE = colors.HexColor("#b8c4d0")
SHADE = colors.HexColor("#eef2f6")

PAGE_LEFT = 25 * mm
PAGE_RIGHT = 20 * mm


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    bullet: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    cell_right_bold: ParagraphStyle
    address: ParagraphStyle
    info: ParagraphStyle
    appendix_body: ParagraphStyle
    appendix_heading: ParagraphStyle


@lru_cache(maxsize=1)
def styles() -> Styles:
    regular, bold = register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=regular,
        bulletFontName=regular,
        fontSize=10,
        leading=13.5,
        textColor=INK,
        spaceAfter=5,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    cell = ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0)
    cell_right = ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT)
    return Styles(
        body=body,
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=12, bulletIndent=2, spaceAfter=3),
        heading=ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=14,
            leading=18,
            spaceAfter=10,
            textColor=INK,
        ),
        subheading=ParagraphStyle(
            "subheading",
            parent=body,
            fontName=bold,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=3,
            keepWithNext=1,
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=bold),
        cell_right=cell_right,
        cell_right_bold=ParagraphStyle("cell_right_bold", parent=cell_right, fontName=bold),
        address=ParagraphStyle("address", parent=body, fontSize=10.5, leading=13.5, spaceAfter=0),
        info=ParagraphStyle("info", parent=body, fontSize=8.5, leading=12, spaceAfter=0),
        appendix_body=ParagraphStyle(
            "appendix_body", parent=body, fontSize=8.5, leading=11, spaceAfter=4
        ),
        appendix_heading=ParagraphStyle(
            "appendix_heading",
            parent=body,
            fontName=bold,
            fontSize=9.5,
            leading=12,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
            textColor=ACCENT,
        ),
    )
