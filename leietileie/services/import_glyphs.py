"""Warnings (not refusals) for names the letters cannot draw (issue 11, item 13).

A name with a character that no embedded font covers prints as empty boxes (.notdef) in a
letter. The import still stores the name as written (it is the person's name); the report
gets one warning line per cell, naming row, column and the characters, so that the
caseworker can check the spelling before letters go out.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

from ..domain.messages import Message
from .import_messages import message
from .tabular import Cell, Table, cell_text

#: The columns letters print, per import kind.
PRINTED_COLUMNS = {
    "tenants": ("fornavn", "etternavn"),
    "units": ("adresse", "poststed"),
}


def describe(chars: set[str]) -> str:
    """«ʘ» (U+0298 LATIN LETTER BILABIAL CLICK), … in code point order."""
    return ", ".join(
        f"«{ch}» "
        f"(U+{ord(ch):04X}{' ' + unicodedata.name(ch, '') if unicodedata.name(ch, '') else ''})"
        for ch in sorted(chars)
    )


def glyph_warnings(
    table: Table, kind: str, columns: dict[str, int], labels: dict[str, str]
) -> list[Message]:
    """One line per cell of a printed column with characters no embedded font has."""
    wanted = [(name, columns[name]) for name in PRINTED_COLUMNS.get(kind, ()) if name in columns]
    if not wanted:
        return []
    unsupported: Callable[[str], set[str]] | None = None
    seen: dict[str, set[str]] = {}  # names repeat: check each distinct text once
    lines: list[Message] = []
    for number, cells in table.rows:
        for name, index in wanted:
            value: Cell = cells[index] if index < len(cells) else None
            if value is None:
                continue
            text = value if type(value) is str else cell_text(value)
            if text.isascii():
                continue
            if unsupported is None:
                # Loaded only when a name is not plain ASCII (reportlab and the fonts are big).
                from ..letters.glyphs import unsupported_chars

                unsupported = unsupported_chars
            missing = seen.get(text)
            if missing is None:
                missing = seen[text] = unsupported(text)
            if missing:
                label = labels.get(name, name)
                lines.append(
                    message(
                        "import_glyphs",
                        row=number,
                        column=label,
                        value=text,
                        chars=describe(missing),
                    )
                )
    return lines
