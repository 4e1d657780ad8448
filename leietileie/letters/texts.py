"""The letters' words, per language, from ``resources/letters/<lang>/*.toml``.

Each language has ``common.toml`` (labels, the appendix, privacy, signature) and one file per
letter type. Values are strings or lists of strings (paragraphs, bullet points); they may use
``<b>``/``<i>`` markup and ``{placeholders}`` that name a data field (see ``fields.py``). The
files are trusted text; the field values are escaped user data.
"""

from __future__ import annotations

import string
import tomllib
from collections.abc import Iterator, Mapping
from functools import lru_cache
from pathlib import Path

from ..paths import RESOURCES

LETTER_DIR = RESOURCES / "letters"
_FORMATTER = string.Formatter()


class Texts:
    """The texts of one letter type in one language (the type's file over ``common.toml``)."""

    def __init__(
        self,
        language: str,
        letter_type: str,
        values: Mapping[str, object],
        bound: Mapping[str, str] | None = None,
    ):
        self.language = language
        self.letter_type = letter_type
        self._values = dict(values)
        self._bound = dict(bound or {})

    def bind(self, values: Mapping[str, str]) -> Texts:
        """These texts with some placeholders (the forms of address: {du}, {deg} …) filled in
        wherever a label is used as it is; other placeholders stay for :meth:`fmt`."""
        return Texts(self.language, self.letter_type, self._values, {**self._bound, **values})

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def raw(self, key: str) -> str:
        value = self._values[key]
        if not isinstance(value, str):
            raise TypeError(f"{self.language}/{self.letter_type}: {key} is not a string")
        return value

    def raw_list(self, key: str) -> list[str]:
        value = self._values[key]
        if isinstance(value, str):
            return [value]
        if not isinstance(value, list):
            raise TypeError(f"{self.language}/{self.letter_type}: {key} is not a list")
        return [str(v) for v in value]

    def fmt(self, key: str, fields: Mapping[str, str]) -> str:
        """The text with its placeholders filled in (fields are escaped already)."""
        return self.raw(key).format_map(fields)

    def fmt_list(self, key: str, fields: Mapping[str, str]) -> list[str]:
        return [item.format_map(fields) for item in self.raw_list(key)]

    def label(self, key: str) -> str:
        text = self.raw(key)
        if self._bound and "{" in text:
            return text.format_map(_Keep(self._bound))
        return text

    def items(self) -> Iterator[tuple[str, object]]:
        return iter(self._values.items())


class _Keep(dict[str, str]):
    """format_map that leaves unknown placeholders as they are."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _read(path: Path) -> dict[str, object]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


@lru_cache(maxsize=32)
def load_texts(language: str, letter_type: str) -> Texts:
    folder = LETTER_DIR / language
    values = _read(folder / "common.toml")
    values.update(_read(folder / f"{letter_type}.toml"))
    return Texts(language, letter_type, values)


def placeholders(text: str) -> set[str]:
    """The field names a text uses: "{price} og {deadline}" -> {"price", "deadline"}."""
    return {name for _, name, _, _ in _FORMATTER.parse(text) if name}


def all_strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from all_strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from all_strings(item)
