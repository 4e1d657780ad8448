"""Numbers, money, rates and dates for people to read: Norwegian conventions (QLocale nb_NO)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..domain.money import format_kr, round_kr

NB = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)


def kr(value: float | None) -> str:
    """1234567.4 → '1 234 567 kr' ('–' for nothing)."""
    return "–" if value is None else format_kr(value)


def number(value: float | None) -> str:
    """Whole number with Norwegian digit grouping, without unit."""
    return "–" if value is None else format_kr(value, suffix="")


def households(n: int) -> str:
    """'1 husstand', '2 husstander' (in the UI language, plural forms from the translation)."""
    text = QCoreApplication.translate("Plural", "%n husstander", None, n)
    return text.replace(str(n), number(n), 1)


def years(n: int) -> str:
    """'1 år' / '1 year', '2 years'."""
    return QCoreApplication.translate("Plural", "%n år", None, n)


def years_suffix(n: int) -> str:
    """A spin box suffix for ``n`` years: ' år' / ' year', ' years'."""
    return QCoreApplication.translate("Plural", " år", "suffix", n)


def percent(rate: float | None, decimals: int = 2) -> str:
    if rate is None:
        return "–"
    return NB.toString(rate * 100, "f", decimals) + " %"


def day(value: date | None) -> str:
    """24.11.2026."""
    if value is None:
        return ""
    return NB.toString(QDate(value.year, value.month, value.day), "dd.MM.yyyy")


def day_text(stamp: str | None) -> str:
    """A stored ISO date or timestamp ('2026-11-05T10:12:00') shown as '05.11.2026'."""
    if not stamp:
        return ""
    try:
        return day(date.fromisoformat(stamp[:10]))
    except ValueError:
        return stamp


def parse_day(text: str) -> date | None:
    """'24.11.2026' → date; None for an empty or invalid text."""
    parsed = QDate.fromString(text.strip(), "dd.MM.yyyy")
    if not parsed.isValid():
        parsed = QDate.fromString(text.strip(), "d.M.yyyy")
    if not parsed.isValid():
        return None
    return date(parsed.year(), parsed.month(), parsed.day())


def parse_amount(text: str) -> float:
    """'1 234 567,50' or '1234567.5' → float; raises ValueError."""
    clean = text.replace("\u00a0", "").replace(" ", "").replace("kr", "").strip()
    if clean.count(",") == 1 and "." not in clean:
        clean = clean.replace(",", ".")
    return float(clean)


__all__ = [
    "NB",
    "day",
    "day_text",
    "households",
    "kr",
    "number",
    "parse_amount",
    "parse_day",
    "percent",
    "round_kr",
    "years",
    "years_suffix",
]
