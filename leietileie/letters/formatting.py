"""Amounts, rates and dates as the letters print them, and escaping of user text.

Amounts: "1 234 567 kr" in every language (the letters are about Norwegian kroner), with
no-break spaces so a figure never splits across lines. Dates: "24. november 2026" (nb, nn),
"24 November 2026" (en).
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from ..domain.money import NBSP, format_kr
from .glyphs import with_fallback

MONTHS = {
    "nb": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "nn": (
        "januar",
        "februar",
        "mars",
        "april",
        "mai",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def kr(value: float) -> str:
    """1234567.4 -> '1 234 567 kr' with no-break spaces."""
    return format_kr(value, suffix=NBSP + "kr", sep=NBSP)


def number(value: float) -> str:
    """1234567 -> '1 234 567' (no unit)."""
    return format_kr(value, suffix="", sep=NBSP)


def percent(rate: float, language: str, decimals: int = 2) -> str:
    """0.0489 -> '4,89 %' (nb, nn) or '4.89 %' (en)."""
    text = f"{rate * 100:.{decimals}f}"
    if language != "en":
        text = text.replace(".", ",")
    return text + NBSP + "%"


def long_date(day: date, language: str) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "en":
        return f"{day.day} {month} {day.year}"
    return f"{day.day}. {month} {day.year}"


def safe(text: object) -> str:
    """User text made safe for reportlab paragraph markup (&, <, > escaped; controls removed),
    with characters the main font lacks set in a fallback font (``glyphs.py``)."""
    raw = "" if text is None else str(text)
    cleaned = "".join(ch if ch >= " " or ch == "\n" else " " for ch in raw)
    return with_fallback(escape(cleaned))
