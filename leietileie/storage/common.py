"""Small helpers shared by the repositories."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any


def now() -> str:
    """The current time as ISO 8601 UTC, to the microsecond."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


def date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(value: str | None) -> date | None:
    return None if not value else date.fromisoformat(value)


def to_json(value: Any) -> str:
    return storable(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def storable(text: str) -> str:
    """``text`` as SQLite can store it: a file name that is not UTF-8 (its undecodable bytes
    arrive as lone surrogates) is kept readable with U+FFFD in their place."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return text


def from_json(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def bool_or_none(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def int_or_none(value: bool | None) -> int | None:
    return None if value is None else int(value)
