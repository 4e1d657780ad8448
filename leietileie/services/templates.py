"""Empty import templates (`leietileie template units|tenants|rent FILE`)."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError
from ..exports.files import atomic_target
from .import_columns import KIND_LABELS_NB, NUMBER_UNITS, columns_for


def write_template(kind: str, path: Path) -> Path:
    """Write the empty template for ``units``, ``tenants`` or ``rent``; XLSX or CSV by
    extension. Like every file we write: owner-only, to a temporary file renamed into place
    (a symlink at ``path`` is replaced, never written through)."""
    columns = columns_for(kind)
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError(f"{path.name}: ukjent filtype {suffix!r}; bruk .xlsx eller .csv")
    with atomic_target(path) as temporary:
        if suffix == ".csv":
            header = ";".join(c.name for c in columns)
            temporary.write_text(header + "\r\n", encoding="utf-8-sig")
        else:
            _write_xlsx(kind, temporary)
    return path


def _write_xlsx(kind: str, path: Path) -> None:
    import xlsxwriter

    columns = columns_for(kind)
    workbook = xlsxwriter.Workbook(str(path))
    try:
        bold = workbook.add_format({"bold": True, "bg_color": "#DDE6F0"})
        text = workbook.add_format({"num_format": "@"})
        sheet = workbook.add_worksheet(KIND_LABELS_NB[kind])
        for index, column in enumerate(columns):
            sheet.write_string(0, index, column.name, bold)
            # Months as text too: Excel would turn "2026-01" into a date in another locale.
            cell_format = text if column.kind in ("text", "month") else None
            sheet.set_column(index, index, max(12, len(column.name) + 2), cell_format)
        sheet.freeze_panes(1, 0)
        notes = workbook.add_worksheet("forklaring")
        notes.write_row(0, 0, ["kolonne", "påkrevd", "type", "forklaring", "største verdi"], bold)
        for index, column in enumerate(columns, start=1):
            limit = ""
            if column.maximum is not None:
                unit = NUMBER_UNITS.get(column.name, "kr")
                limit = f"{column.maximum:,.0f} {unit}".replace(",", " ")
            notes.write_row(
                index,
                0,
                [column.name, "ja" if column.required else "nei", column.kind, column.note, limit],
            )
        notes.set_column(0, 0, 24)
        notes.set_column(3, 3, 60)
        notes.set_column(4, 4, 18)
    finally:
        workbook.close()
