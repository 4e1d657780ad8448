"""Eligibility lists and reports to XLSX, CSV and PDF (architecture habit 9).

Pure writers: a :class:`Table` in, a file out, nothing else touched. Every writer writes to
a temporary file beside the target and renames it on success, accepts
``progress(done, total) -> bool`` (``False`` cancels and raises :class:`ExportCancelled`)
and ``mask_identity`` (``150385 *****`` instead of the full fødselsnummer).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from leietileie.errors import InputError
from leietileie.exports.csv_excel import write_csv
from leietileie.exports.model import (
    Column,
    ColumnarRows,
    ColumnKind,
    ExportCancelled,
    Progress,
    Table,
    choose_columns,
)
from leietileie.exports.pdf import write_pdf
from leietileie.exports.xlsx import write_xlsx

Writer = Callable[..., None]

WRITERS: dict[str, Writer] = {".xlsx": write_xlsx, ".csv": write_csv, ".pdf": write_pdf}


def writer_for(path: str | os.PathLike[str]) -> Writer:
    """The writer for the file's extension, or an :class:`InputError` naming the allowed ones."""
    suffix = Path(path).suffix.lower()
    if suffix not in WRITERS:
        allowed = ", ".join(WRITERS)
        got = f"«{suffix}»" if suffix else "ingen filendelse"
        raise InputError(
            f"Kan ikke eksportere til «{Path(path).name}» ({got}). Tillatte filtyper: {allowed}."
        )
    return WRITERS[suffix]


def write_table(
    table: Table,
    path: str | os.PathLike[str],
    *,
    mask_identity: bool = False,
    progress: Progress | None = None,
) -> Path:
    """Write ``table`` to ``path`` in the format its extension names; returns the path."""
    writer = writer_for(path)
    writer(table, path, mask_identity=mask_identity, progress=progress)
    return Path(path)


__all__ = [
    "Column",
    "ColumnKind",
    "ColumnarRows",
    "ExportCancelled",
    "Progress",
    "Table",
    "WRITERS",
    "choose_columns",
    "write_csv",
    "write_pdf",
    "write_table",
    "write_xlsx",
    "writer_for",
]
