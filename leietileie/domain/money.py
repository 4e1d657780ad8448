"""Rounding and formatting of kroner.

Inside a calculation we keep floats; a figure that people read is rounded once, to whole
kroner, half away from zero (architecture habit 2).
"""

from __future__ import annotations

import math

NBSP = "\u00a0"


def round_kr(value: float) -> int:
    """Round to whole kroner, half away from zero (2.5 -> 3, -2.5 -> -3)."""
    if not math.isfinite(value):
        raise ValueError(f"cannot round {value!r} to kroner")
    magnitude = math.floor(abs(value) + 0.5 + 1e-9)
    return int(magnitude if value >= 0 else -magnitude)


def round_parts(values: list[float], total: int | None = None) -> list[int]:
    """Round parts to whole kroner so that they add up to the rounded total (largest
    remainder): what is shown adds up."""
    if total is None:
        total = round_kr(sum(values))
    floors = [math.floor(v) for v in values]
    rest = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: values[i] - floors[i], reverse=rest > 0)
    step = 1 if rest > 0 else -1
    for i in order[: abs(rest)] if order else []:
        floors[i] += step
    return floors


def group_thousands(value: int, sep: str = " ") -> str:
    """'1234567' -> '1 234 567' (Norwegian digit grouping)."""
    sign = "-" if value < 0 else ""
    digits = str(abs(value))
    groups = []
    while digits:
        groups.append(digits[-3:])
        digits = digits[:-3]
    return sign + sep.join(reversed(groups))


def format_kr(value: float, *, suffix: str = " kr", sep: str = " ") -> str:
    """Format an amount the Norwegian way: 1234567.4 -> '1 234 567 kr'."""
    text = group_thousands(round_kr(value), sep)
    if text.startswith("-"):
        text = "\u2212" + text[1:]
    return text + suffix


def format_percent(rate: float, decimals: int = 2) -> str:
    """0.0489 -> '4,89 %' (decimal comma)."""
    return f"{rate * 100:.{decimals}f}".replace(".", ",") + " %"
