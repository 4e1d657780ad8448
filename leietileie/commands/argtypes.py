"""Argument types for the command line, with Norwegian messages.

Dates are accepted as ``dd.mm.åååå`` (how a Norwegian writes them) and as ISO
``åååå-mm-dd``; the command line shows them as ``dd.mm.åååå``.
"""

from __future__ import annotations

import argparse
import re
from datetime import date

_NORWEGIAN = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def parse_date(text: str) -> date:
    """``dd.mm.åååå`` or ``åååå-mm-dd`` → date; ``ArgumentTypeError`` in Norwegian otherwise."""
    value = text.strip()
    if match := _NORWEGIAN.fullmatch(value):
        day, month, year = (int(part) for part in match.groups())
    elif match := _ISO.fullmatch(value):
        year, month, day = (int(part) for part in match.groups())
    else:
        raise argparse.ArgumentTypeError(
            f"«{text}» er ikke en dato; skriv dd.mm.åååå (for eksempel 31.01.2026)"
        )
    try:
        return date(year, month, day)
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke en dato som finnes") from None


def format_date(day: date) -> str:
    """A date as Norwegians write it: ``31.01.2026``."""
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def integer(text: str) -> int:
    """A whole number (``2000``, ``2 000``); ``ArgumentTypeError`` in Norwegian otherwise."""
    try:
        return int(text.replace(" ", "").replace("\u00a0", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"«{text}» er ikke et heltall") from None
