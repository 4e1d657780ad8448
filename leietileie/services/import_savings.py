"""``leietileie import savings FIL``: savings balances of the households on a rent-to-own
agreement (issue 14), from a simple CSV (or XLSX) with the columns ``husstand_id;dato;saldo``.

Dates dd.mm.åååå or ÅÅÅÅ-MM-DD, amounts with decimal comma (or point) and spaces as
thousands separators, UTF-8 or Windows-1252 (``services.tabular`` reads the file like the
other imports). A row naming an unknown household, a bad date or a bad amount is refused
with its row and column; nothing is stored when any row is refused, unless ``skip_invalid``
(then the valid rows are stored and the refused ones reported). A balance for a date already
stored replaces it. One transaction, one audit entry for the import.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.messages import Message, register
from ..errors import InputError
from .import_columns import NUMBER_LIMITS
from .import_messages import cell as cell_problem
from .import_messages import rule
from .import_rows import FIRST_DATE, one_year_after
from .tabular import (
    Cell,
    cell_text,
    detect_decimal,
    display_name,
    normalise_header,
    parse_date,
    parse_number,
    read_table,
)

if TYPE_CHECKING:
    from ..storage.register import Register

COLUMNS = ("husstand_id", "dato", "saldo")
#: the largest plausible balance: the tenant import's limit for savings (``sparing``)
MAX_BALANCE = NUMBER_LIMITS["sparing"]

register(
    {
        "nb": {
            "savings_columns": (
                "{file}: mangler kolonnen {missing}; første rad må være husstand_id;dato;saldo"
            ),
            "savings_unknown_household": (
                "rad {row}, kolonne husstand_id: ukjent husstand «{value}» (ikke i registeret)"
            ),
            "savings_bad_date": (
                "rad {row}, kolonne dato: «{value}» er ikke en dato (dd.mm.åååå eller ÅÅÅÅ-MM-DD)"
            ),
            "savings_bad_amount": (
                "rad {row}, kolonne saldo: «{value}» må være et beløp på 0 eller mer"
            ),
            "savings_duplicate": (
                "rad {row}: husstand «{value}» har allerede en saldo for {day} på rad {first}"
            ),
            "savings_empty": "{file}: ingen rader med saldo",
        },
        "nn": {
            "savings_columns": (
                "{file}: manglar kolonnen {missing}; første rad må vere husstand_id;dato;saldo"
            ),
            "savings_unknown_household": (
                "rad {row}, kolonne husstand_id: ukjent hushald «{value}» (ikkje i registeret)"
            ),
            "savings_bad_date": (
                "rad {row}, kolonne dato: «{value}» er ikkje ein dato (dd.mm.åååå eller ÅÅÅÅ-MM-DD)"
            ),
            "savings_bad_amount": (
                "rad {row}, kolonne saldo: «{value}» må vere eit beløp på 0 eller meir"
            ),
            "savings_duplicate": (
                "rad {row}: hushald «{value}» har alt ein saldo for {day} på rad {first}"
            ),
            "savings_empty": "{file}: ingen rader med saldo",
        },
        "en": {
            "savings_columns": (
                "{file}: the column {missing} is missing; the first row must be "
                "husstand_id;dato;saldo"
            ),
            "savings_unknown_household": (
                "row {row}, column husstand_id: unknown household “{value}” (not in the register)"
            ),
            "savings_bad_date": (
                "row {row}, column dato: “{value}” is not a date (dd.mm.yyyy or YYYY-MM-DD)"
            ),
            "savings_bad_amount": (
                "row {row}, column saldo: “{value}” must be an amount of 0 or more"
            ),
            "savings_duplicate": (
                "row {row}: household “{value}” already has a balance for {day} on row {first}"
            ),
            "savings_empty": "{file}: no rows with a balance",
        },
    }
)


def _today() -> date:
    return date.today()


@dataclass
class SavingsImport:
    rows: int = 0
    written: int = 0
    skipped: int = 0
    problems: list[str] = field(default_factory=list)
    committed: bool = False
    dry_run: bool = False

    def summary_nb(self) -> str:
        if self.dry_run:
            return (
                f"Kontroll av sparesaldoer: {self.rows} rader, {len(self.problems)} feil;"
                " ingenting lagret."
            )
        skipped = f", {self.skipped} hoppet over" if self.skipped else ""
        return f"Sparesaldoer importert: {self.written} av {self.rows} rader{skipped}."


def import_savings(
    db: Register,
    path: Path,
    *,
    skip_invalid: bool = False,
    dry_run: bool = False,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal: str | None = None,
    today: date | None = None,
) -> SavingsImport:
    """Read and store the savings balances of ``path`` (see the module). Dates lie in the
    imports' window (01.01.1900 to a year after ``today``), balances up to MAX_BALANCE."""
    path = Path(path)
    table = read_table(path, encoding, delimiter)
    headers = [normalise_header(h) for h in table.headers]
    index: dict[str, int] = {}
    missing = []
    for name in COLUMNS:
        key = normalise_header(name)
        if key in headers:
            index[name] = headers.index(key)
        else:
            missing.append(name)
    if missing:
        raise InputError(
            Message("savings_columns", {"file": display_name(path), "missing": ", ".join(missing)})
        )
    if not table.rows:
        raise InputError(Message("savings_empty", {"file": display_name(path)}))

    def cell(cells: list[Cell], name: str) -> Cell:
        i = index[name]
        return cells[i] if i < len(cells) else None

    mark = decimal or detect_decimal(
        str(c) for _, cells in table.rows if isinstance(c := cell(cells, "saldo"), str)
    )
    ids = db.households.id_map()
    last_date = one_year_after(today or _today())
    problems: list[Message] = []
    good: list[tuple[int, date, float]] = []
    seen: dict[tuple[int, date], int] = {}
    for row, cells in table.rows:
        ext = cell_text(cell(cells, "husstand_id")).strip()
        raw_day, raw_amount = cell(cells, "dato"), cell(cells, "saldo")
        bad = False
        hid = ids.get(ext)
        if hid is None:
            problems.append(Message("savings_unknown_household", {"row": row, "value": ext}))
            bad = True
        try:
            day = parse_date(raw_day)
        except (ValueError, OverflowError):
            problems.append(Message("savings_bad_date", {"row": row, "value": cell_text(raw_day)}))
            bad = True
        else:
            if not FIRST_DATE <= day <= last_date:
                span = {"first": f"{FIRST_DATE:%d.%m.%Y}", "last": f"{last_date:%d.%m.%Y}"}
                outside = rule("import_date_between", **span)
                problems.append(cell_problem(row, "dato", cell_text(raw_day), outside))
                bad = True
        try:
            amount = parse_number(raw_amount, mark) if raw_amount is not None else math.nan
        except ValueError:
            amount = math.nan
        if not math.isfinite(amount) or amount < 0:
            problems.append(
                Message("savings_bad_amount", {"row": row, "value": cell_text(raw_amount)})
            )
            bad = True
        elif amount > MAX_BALANCE:
            over = rule("import_over_limit", most=f"{MAX_BALANCE:,.0f}".replace(",", " "))
            problems.append(cell_problem(row, "saldo", cell_text(raw_amount), over))
            bad = True
        if bad or hid is None:
            continue
        first = seen.get((hid, day))
        if first is not None:
            problems.append(
                Message(
                    "savings_duplicate",
                    {"row": row, "value": ext, "day": f"{day:%d.%m.%Y}", "first": first},
                )
            )
            continue
        seen[(hid, day)] = row
        good.append((hid, day, amount))
    result = SavingsImport(
        rows=len(table.rows),
        skipped=len(table.rows) - len(good),
        problems=[m.text() for m in problems],
        dry_run=dry_run,
    )
    if dry_run:
        return result
    if problems and not skip_invalid:
        raise InputError([*problems, "Ingenting importert."])
    with db.transaction():
        if good:
            db.pathway.bulk_savings(good)
        result.written = len(good)
        db.audit.record(
            "imported",
            "savings",
            None,
            {"file": display_name(path), "rows": len(good), "skipped": result.skipped},
        )
    result.committed = True
    return result
