"""What letters and lists share in their PDFs: one embedded font and "Side X av Y" footers.

The font is DejaVu Sans (Bitstream Vera licence, ``resources/fonts``): TrueType, embedded as a
subset in every PDF, with æøå and the Latin, Greek and Cyrillic letters of most tenants' names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from .paths import RESOURCES

FONT = "LeieSans"
FONT_BOLD = "LeieSans-Bold"
FONT_DIR = RESOURCES / "fonts"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the font once per process; returns (regular, bold) names.

    Also switches off ASCII85 encoding of streams (a process-wide reportlab setting): binary
    streams are valid in PDF and PDF/A, a fifth smaller, and skip a slow pure-Python encoder.
    """
    rl_config.useA85 = 0
    pdfmetrics.registerFont(TTFont(FONT, str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD
    )
    return FONT, FONT_BOLD


class DeferredPagesCanvas(Canvas):  # type: ignore[misc]
    """Holds pages back until ``save`` so each footer can name the total ("Side 1 av 3").

    Subclasses draw their footer in ``draw_footer(number, total)``.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self.draw_footer(number, total)
            super().showPage()
        super().save()

    def draw_footer(self, number: int, total: int) -> None:
        """Draw the page's footer; the base class draws nothing."""
