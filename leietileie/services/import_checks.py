"""Checks of a file's structure before its rows are read as records.

Two kinds of finding. A *structural* problem makes the whole file untrustworthy: a CSV record
that runs over several lines (an unclosed quote swallows the rows after it), merged cells
in a column we read, a tenant row without ``husstand_id`` (it cannot be tied to its
household). Such a file is refused, also with ``--skip-invalid``: importing the rest could
store a household without its child. A *row* problem (a row with more cells than the
header has columns) is reported with its row, and with ``--skip-invalid`` that row (for
tenants: its whole household) is skipped and reported; so is a row with a value in a column
that has no header (it would otherwise be dropped without a word).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..domain.messages import Message
from .import_messages import message
from .tabular import Table
from .xlsx_reader import column_letters


@dataclass
class Structure:
    #: the file is refused, whatever the options
    fatal: list[Message] = field(default_factory=list)
    #: row number → problem; the row (tenants: its household) is not imported
    bad_rows: dict[int, Message] = field(default_factory=dict)


def check_structure(
    table: Table, columns: dict[str, int], labels: dict[str, str], kind: str
) -> Structure:
    found = Structure()
    for first, last in sorted(table.spans.items()):
        found.fatal.append(message("import_multiline", first=first, last=last))
    used = {index: labels.get(name, name) for name, index in columns.items()}
    for (top, left), (bottom, right) in table.merged:
        if bottom == top:
            continue
        hit = [used[i] for i in range(left, right + 1) if i in used]
        if hit:
            where = ", ".join(hit)
            found.fatal.append(message("import_merged", top=top, bottom=bottom, columns=where))
    width = len(table.headers)
    unnamed = [i for i, h in enumerate(table.headers) if not str(h).strip()]
    key = columns.get("husstand_id") if kind == "tenants" else None
    for number, cells in table.rows:
        if len(cells) > width and any(c is not None for c in cells[width:]):
            found.bad_rows[number] = message(
                "import_too_many_fields", row=number, fields=len(cells), width=width
            )
        elif unnamed:
            lost = [i for i in unnamed if i < len(cells) and cells[i] is not None]
            if lost:
                found.bad_rows[number] = message(
                    "import_unnamed_column", row=number, letter=column_letters(lost[0])
                )
        if key is not None and (key >= len(cells) or cells[key] is None):
            column = labels.get("husstand_id", "husstand_id")
            found.fatal.append(message("import_no_household_key", row=number, column=column))
    if found.fatal:
        found.fatal.append(message("import_unclear"))
    return found
