"""Which characters our embedded fonts can draw, and a fallback font for other scripts.

DejaVu Sans (the letters' font) covers Latin including the Sámi letters (á č đ ŋ š ŧ ž),
Somali (Latin), Greek and Cyrillic. Tenants' names also come in Arabic script and in Ethiopic
(Tigrinya, Amharic): Noto Sans Arabic and Noto Sans Ethiopic (SIL Open Font License 1.1,
``resources/fonts/LICENSE-Noto.txt``) are embedded, as subsets, for those characters only.

User text is put through :func:`with_fallback`, which wraps runs that DejaVu lacks in a
``<font>`` tag naming the fallback that has them. Text is kept in logical order, so the PDF's
text layer (copy, search, screen readers) reads right-to-left names correctly; Arabic is not
shaped (letters are drawn in their isolated forms, left to right), see README.md.

:func:`unsupported_chars` tells the import and the print preview which characters of a name
no embedded font has (they would print as empty boxes).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..pdfcommon import FONT_DIR, register_fonts

#: (reportlab name, file) of the fallback fonts, in the order they are tried.
FALLBACKS = (
    ("LeieArabic", "NotoSansArabic-Regular.ttf"),
    ("LeieEthiopic", "NotoSansEthiopic-Regular.ttf"),
)


@lru_cache(maxsize=1)
def _coverage() -> tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]:
    """Code points of the main font, and of each registered fallback font."""
    regular, _bold = register_fonts()
    main = frozenset(pdfmetrics.getFont(regular).face.charToGlyph)
    fallbacks = []
    for name, file in FALLBACKS:
        try:
            pdfmetrics.getFont(name)
        except KeyError:
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / file)))
        fallbacks.append((name, frozenset(pdfmetrics.getFont(name).face.charToGlyph) - main))
    return main, tuple(fallbacks)


def _drawable_without_font(ch: str) -> bool:
    return ch.isspace() or ord(ch) < 0x20 or ch in "\u200b\u200c\u200d\u200e\u200f"


def unsupported_chars(text: str) -> set[str]:
    """The characters of ``text`` that no embedded font can draw (empty set = all fine)."""
    if text.isascii():
        return set()
    main, fallbacks = _coverage()
    out = set()
    for ch in set(text):
        code = ord(ch)
        if code in main or _drawable_without_font(ch):
            continue
        if not any(code in covered for _, covered in fallbacks):
            out.add(ch)
    return out


#: Arabic-script blocks: drawn wholly in Noto Sans Arabic (DejaVu has only part of them, and
#: one word in two fonts looks broken).
_ARABIC = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x08A0, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))


@lru_cache(maxsize=4096)
def fallback_font(ch: str) -> str | None:
    """The fallback font for a character the main font lacks, or an Arabic-script character
    (None: the main font, or no font at all)."""
    main, fallbacks = _coverage()
    code = ord(ch)
    if any(low <= code <= high for low, high in _ARABIC):
        arabic = dict(fallbacks)["LeieArabic"]
        if code in arabic or code in main and _arabic_font_has(code):
            return "LeieArabic"
    if code in main:
        return None
    return next((name for name, covered in fallbacks if code in covered), None)


@lru_cache(maxsize=1)
def _arabic_all() -> frozenset[int]:
    register_fonts()
    _coverage()
    return frozenset(pdfmetrics.getFont("LeieArabic").face.charToGlyph)


def _arabic_font_has(code: int) -> bool:
    return code in _arabic_all()


def with_fallback(markup: str) -> str:
    """Paragraph markup with runs the main font lacks wrapped in their fallback font."""
    if markup.isascii():
        return markup
    out: list[str] = []
    run: list[str] = []
    current: str | None = None
    for ch in markup:
        font = fallback_font(ch) if not ch.isascii() else None
        if font is None and current is not None and (ch.isspace() or _drawable_without_font(ch)):
            run.append(ch)  # a space inside a right-to-left name stays in its run
            continue
        if font != current:
            _flush(out, run, current)
            run, current = [], font
        run.append(ch)
    _flush(out, run, current)
    return "".join(out)


def _flush(out: list[str], run: list[str], font: str | None) -> None:
    if not run:
        return
    text = "".join(run)
    if font is None:
        out.append(text)
        return
    stripped = text.rstrip()
    out.append(f'<font name="{font}">{stripped}</font>{text[len(stripped) :]}')
