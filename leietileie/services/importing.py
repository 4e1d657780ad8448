"""Importing a register file (import-format.md): the use case behind `leietileie import`
and the GUI's import dialog.

All-or-nothing by default: any bad row means nothing is written and the problems go to a
report file beside the input. With ``skip_invalid`` the good records are imported and the
bad ones reported. Re-importing updates records with the same bolig_id / husstand_id, and
for the rent ledger (``rent``, docs/import-rent.md) the same household and month.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..domain.messages import Message
from ..domain.register import RegisteredHousehold, Unit
from ..errors import InputError
from ..storage import Database
from ..storage.repositories.import_state import load_many, owners_by_national_id
from .import_checks import check_structure
from .import_columns import KIND_LABELS_NB, columns_for, resolve_columns
from .import_fast_path import TenantFastPath
from .import_glyphs import glyph_warnings
from .import_merge import merge, merge_unit, one_household_per_person
from .import_messages import message, rule
from .import_rent import LedgerCheck, RentRows, check_ledger, count_recorded, ledger_chunks
from .import_report import display, write_report
from .import_rows import (
    Problems,
    Row,
    group_cells,
    parse_household,
    parse_person,
    parse_unit,
)
from .tabular import (
    RowStream,
    Table,
    decide_decimal,
    detect_decimal,
    display_name,
    open_rows,
    read_table,
)

#: progress(done, total) -> False to cancel
Progress = Callable[[int, int], bool]
CHUNK = 10_000


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ImportOptions:
    #: template column → the file's header (the import dialog's choices)
    mapping: dict[str, str] | None = None
    skip_invalid: bool = False
    dry_run: bool = False
    encoding: str | None = None
    delimiter: str | None = None
    decimal: str | None = None


@dataclass
class ImportResult:
    kind: str
    path: Path
    rows: int = 0
    inserted: int = 0
    updated: int = 0
    skipped: int = 0
    #: the problems as messages (row, column, rule), in row order; ``problems`` in bokmål
    problem_messages: list[Message] = field(default_factory=list)
    report_path: Path | None = None
    dry_run: bool = False
    committed: bool = False
    #: households found in the register with nothing to change (not written)
    unchanged: int = 0
    #: what changed, per household (the report's second part), as messages
    change_messages: list[Message] = field(default_factory=list)
    #: things to check that do not stop the import (names letters cannot draw), as messages
    warning_messages: list[Message] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """The problems in bokmål (the command line's and the report file's language)."""
        return [m.text() for m in self.problem_messages]

    @property
    def warnings(self) -> list[str]:
        """The warnings in bokmål."""
        return [m.text() for m in self.warning_messages]

    @property
    def changes(self) -> list[str]:
        """What changed, per household, in bokmål."""
        return [m.text() for m in self.change_messages]

    def summary_messages(self) -> list[Message]:
        """The summary in pieces (messages), written one after the other, then a full stop."""
        report = display(self.report_path) if self.report_path else ""
        if not self.committed and not self.dry_run:
            count = len(self.problem_messages)
            if report:
                return [message("import_nothing", count=count, report=report)]
            return [message("import_nothing_no_report", count=count)]
        head = f"import_{'dry' if self.dry_run else 'done'}_{self.kind}"
        pieces = [message(head, inserted=self.inserted, updated=self.updated)]
        if self.unchanged:
            pieces.append(message("import_unchanged", count=self.unchanged))
        if self.skipped:
            pieces.append(message("import_skipped", count=self.skipped))
        if self.warning_messages:
            pieces.append(message("import_warnings", count=len(self.warning_messages)))
        if (
            self.report_path
            or self.problem_messages
            or self.change_messages
            or self.warning_messages
        ):
            if report:
                pieces.append(message("import_report", report=report))
            else:
                pieces.append(message("import_report_not_written"))
        return pieces

    def summary(self, language: str = "nb") -> str:
        """The one-line summary in ``language`` (nb, nn or en)."""
        text = "".join(m.text(language) for m in self.summary_messages())
        return text if text.endswith(".") else text + "."

    def summary_nb(self) -> str:
        return self.summary("nb")


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled("importen ble avbrutt")


def load_table(
    path: Path, kind: str, options: ImportOptions
) -> tuple[Table, dict[str, int], dict[str, str], str]:
    table = read_table(path, options.encoding, options.delimiter)
    columns, labels = resolve_columns(table.headers, kind, options.mapping)
    if not table.rows:
        raise InputError(message("import_no_rows", file=display_name(path)))
    numeric = [c.name for c in columns_for(kind) if c.kind in ("number", "int")]
    decimal = options.decimal or detect_decimal(_distinct_texts(table, columns, numeric))
    if decimal not in (",", "."):
        raise InputError(message("import_decimal", mark=repr(decimal)))
    return table, columns, labels, decimal


def _distinct_texts(table: Table, columns: dict[str, int], names: list[str]) -> set[str]:
    """The distinct text cells of the named columns (the decimal mark is judged on these)."""
    values: set[object] = set()
    for index in (columns[name] for name in names if name in columns):
        values.update({cells[index] for _, cells in table.rows if len(cells) > index})
    return {v for v in values if isinstance(v, str)}


def import_file(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import ``units``, ``tenants`` or ``rent`` from an XLSX or CSV file."""
    # Hundreds of thousands of small objects: the cyclic GC would rescan them all repeatedly.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _import_file(db, kind, path, options, progress, today)
    finally:
        if enabled:
            gc.enable()


def require_file(path: Path | str) -> Path:
    """The file to import, which must exist: checked before the register is opened, so that
    a mistyped file name creates no register and changes nothing."""
    file = Path(path)
    if not file.exists():
        raise InputError(message("import_no_file", file=display(file)))
    return file


def _import_file(
    db: Database,
    kind: str,
    path: Path,
    options: ImportOptions | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ImportResult:
    """Import ``units`` or ``tenants`` from an XLSX or CSV file."""
    options = options or ImportOptions()
    path = require_file(path)
    if kind == "rent":  # streamed: a ledger can hold millions of rows
        # a ledger of millions of rows: the register's memory map would count the whole
        # file in the process's memory while it is read (reclaimable, but it is what users
        # and monitoring see), so the import reads without it
        with db.low_memory():
            return _import_rent(db, path, options, progress, today or date.today())
    table, columns, labels, decimal = load_table(path, kind, options)
    structure = check_structure(table, columns, labels, kind)
    if structure.fatal:
        raise InputError(structure.fatal)
    problems = Problems()
    for number, bad in structure.bad_rows.items():
        problems.add(number, bad)
    if structure.bad_rows and kind != "tenants":
        table.rows = [(n, c) for n, c in table.rows if n not in structure.bad_rows]
    total = len(table.rows) * 2
    if kind == "units":
        records: Sequence[Unit | RegisteredHousehold] = _parse_units(
            table, columns, labels, decimal, problems, progress, total, today or date.today()
        )
        skipped = len({row for row, _ in problems.items})
        rows = len(table.rows) + len(structure.bad_rows)
    else:
        seen: dict[str, int] = {}
        households, groups = _parse_tenants(
            db,
            table,
            columns,
            labels,
            decimal,
            problems,
            today or date.today(),
            progress,
            total,
            set(structure.bad_rows),
            seen=seen,
        )
        households, moves = one_household_per_person(
            households, owners_by_national_id(db.session), seen, labels, problems
        )
        records, skipped = households, groups - len(households)
        rows = len(table.rows)
    result = ImportResult(kind, path, rows=rows, dry_run=options.dry_run)
    result.problem_messages = problems.messages()
    result.skipped = skipped
    result.warning_messages = glyph_warnings(table, kind, columns, labels)
    if result.problem_messages and not options.skip_invalid:
        result.report_path = _write_report(path, kind, result)
        return result
    existing = db.units.id_map() if kind == "units" else db.households.id_map()
    if kind == "tenants":
        records = _merge_existing(db, households, existing, set(columns), moves, result)
    else:
        units = [r for r in records if isinstance(r, Unit)]
        records = _merge_units(db, units, existing, set(columns), result)
    if not options.dry_run:
        _write(db, kind, path, records, result, progress, total)
        result.committed = True
    if result.problem_messages or result.change_messages or result.warning_messages:
        result.report_path = _write_report(path, kind, result)
    return result


def _merge_units(
    db: Database,
    units: list[Unit],
    existing: dict[str, int],
    carried: set[str],
    result: ImportResult,
) -> list[Unit]:
    """New dwellings as they are; stored ones merged (only carried columns), unchanged left out."""
    stored = {u.unit_id: u for u in db.units.list(limit=len(existing) + 1)} if existing else {}
    out: list[Unit] = []
    for unit in units:
        old = stored.get(unit.unit_id)
        if old is None:
            out.append(unit)
            result.inserted += 1
            continue
        merged, changes = merge_unit(old, unit, carried)
        if not changes:
            result.unchanged += 1
            continue
        out.append(merged)
        result.updated += 1
        result.change_messages.append(
            message("import_unit_changes", unit=unit.unit_id, changes=changes)
        )
    return out


def _merge_existing(
    db: Database,
    households: list[RegisteredHousehold],
    existing: dict[str, int],
    carried: set[str],
    moves: dict[str, tuple[str, str]],
    result: ImportResult,
) -> list[RegisteredHousehold]:
    """New households as they are; stored ones merged (import_merge), unchanged ones left out."""
    stored = load_many(
        db.session, [existing[h.external_id] for h in households if h.external_id in existing]
    )
    out: list[RegisteredHousehold] = []
    for household in households:
        hid = existing.get(household.external_id)
        if hid is None:
            out.append(household)
            result.inserted += 1
            result.change_messages.append(
                message(
                    "import_household_new",
                    household=household.external_id,
                    count=len(household.members),
                )
            )
            continue
        merged, changes = merge(stored[hid], household, carried, moves)
        if not changes:
            result.unchanged += 1
            continue
        out.append(merged)
        result.updated += 1
        result.change_messages.append(
            message("import_household_changes", household=household.external_id, changes=changes)
        )
    return out


def _import_rent(
    db: Database, path: Path, options: ImportOptions, progress: Progress | None, today: date
) -> ImportResult:
    """The rent ledger: one record per household month; the same month again replaces it.

    Streamed (docs/import-rent.md): a first pass checks every row, a second pass writes the
    good rows' records a chunk at a time inside one transaction; memory does not grow with
    the file (6 million rows: see tests/benchmarks/bench_rent_import.py)."""
    stream = open_rows(path, options.encoding, options.delimiter)
    columns, labels = resolve_columns(stream.headers, "rent", options.mapping)
    half = max(1, stream.estimate)
    total = 2 * half

    def first_pass(decimal: str) -> tuple[RentRows, LedgerCheck]:
        rows = RentRows(columns, labels, decimal, households, today, Problems())
        found = check_ledger(
            stream, columns, labels, rows, lambda done: _tick(progress, min(done, half), total)
        )
        return rows, found

    households = db.households.id_map()
    chosen = options.decimal
    if chosen is not None and chosen not in (",", "."):
        if next(stream.rows(), None) is None:
            raise InputError(message("import_no_rows", file=display_name(path)))
        raise InputError(message("import_decimal", mark=repr(chosen)))
    rows, found = first_pass(chosen or ",")  # most ledgers use the decimal comma
    if not found.rows:
        raise InputError(message("import_no_rows", file=display_name(path)))
    decimal = chosen or decide_decimal(*found.evidence)
    if decimal != rows.decimal:
        rows, found = first_pass(decimal)
    structure = check_structure(
        Table(stream.headers, [], spans=stream.spans, merged=stream.merged),
        columns,
        labels,
        "rent",
    )
    if structure.fatal:
        raise InputError(structure.fatal)
    result = ImportResult("rent", path, rows=found.rows, dry_run=options.dry_run)
    result.problem_messages = rows.problems.messages()
    result.skipped = found.rows - found.records
    if result.problem_messages and not options.skip_invalid:
        result.report_path = _write_report(path, "rent", result)
        return result
    _tick(progress, half, total)
    if options.dry_run:
        result.updated = _count_recorded(db, rows, {})
        result.inserted = found.records - result.updated
    else:
        _write_rent(db, path, stream, rows, found, result, progress, total)
        result.committed = True
    if result.problem_messages:
        result.report_path = _write_report(path, "rent", result)
    return result


def _count_recorded(db: Database, rows: RentRows, mark: dict[str, bytearray]) -> int:
    """How many of the ledger's records replace a recorded month (those marked in ``mark``)."""
    months = sorted(rows.seen.months)
    if not months or not db.rent.any_recorded():
        return 0
    recorded = db.rent.recorded_between(rows.seen.ids, months[0], months[-1])
    return count_recorded(recorded, rows, mark)


def _write_rent(
    db: Database,
    path: Path,
    stream: RowStream,
    rows: RentRows,
    found: LedgerCheck,
    result: ImportResult,
    progress: Progress | None,
    total: int,
) -> None:
    """The second pass, in one transaction: months not yet recorded are added (on
    PostgreSQL a COPY), recorded ones replaced (upsert); all or nothing."""
    half = total // 2
    with db.transaction():
        # Counted inside the transaction: no other writer adds a month before the INSERT.
        recorded: dict[str, bytearray] = {}
        result.updated = _count_recorded(db, rows, recorded)
        result.inserted = found.records - result.updated
        slots = rows.seen.slots
        written = 0
        for chunk in ledger_chunks(
            stream,
            rows,
            found.bad_rows,
            lambda done: _tick(progress, half + min(done, half - 1), total),
        ):
            if recorded:
                new = []
                old = []
                for record in chunk:
                    flags = recorded.get(record[1])
                    if flags is not None and flags[slots[record[0]]]:
                        old.append(record)
                    else:
                        new.append(record)
                db.rent.bulk_add(new)
                db.rent.bulk_insert(old)
            else:
                db.rent.bulk_add(chunk)
            written += len(chunk)
        if written != found.records or stream.changed():
            # The file was written to between the passes: nothing of it is stored.
            raise InputError(message("import_file_changed", file=display_name(path)))
        db.audit.record(
            "imported",
            "rent_payment",
            None,
            {
                "file": display_name(path),
                "inserted": result.inserted,
                "updated": result.updated,
                "skipped": result.skipped,
            },
        )
    _tick(progress, total, total)


def _parse_units(
    table: Table,
    columns: dict[str, int],
    labels: dict[str, str],
    decimal: str,
    problems: Problems,
    progress: Progress | None,
    total: int,
    today: date,
) -> list[Unit]:
    units: dict[str, Unit] = {}
    first_row: dict[str, int] = {}
    for done, (number, cells) in enumerate(table.rows):
        if done % 1000 == 0:
            _tick(progress, done, total)
        row = Row(number, cells, columns, labels, decimal, problems)
        unit = parse_unit(row, today)
        key = row.text("bolig_id")
        if key and key in first_row:
            row.problem("bolig_id", rule("import_duplicate_unit", first=first_row[key]))
            units.pop(key, None)
            continue
        first_row.setdefault(key, number)
        if unit is not None:
            units[key] = unit
    return list(units.values())


def _parse_tenants(
    db: Database,
    table: Table,
    columns: dict[str, int],
    labels: dict[str, str],
    decimal: str,
    problems: Problems,
    today: date,
    progress: Progress | None,
    total: int,
    bad_rows: set[int] | None = None,
    fast: bool = True,
    seen: dict[str, int] | None = None,
) -> tuple[list[RegisteredHousehold], int]:
    """Households from the rows; ``fast=False`` parses every household the exact way.

    ``seen`` collects identity number → the first row naming it."""
    known_units = set(db.units.id_map())
    seen = {} if seen is None else seen
    households: list[RegisteredHousehold] = []
    done = 0
    groups = group_cells(table, columns, labels, decimal, problems)
    path = TenantFastPath(columns, decimal, today, known_units, seen) if fast else None
    for external_id, cells in groups.items():
        if bad_rows and any(number in bad_rows for number, _ in cells):
            done += len(cells)
            continue  # reported by check_structure
        household = None if path is None else path.household(external_id, cells)
        if household is None:
            rows = [Row(n, c, columns, labels, decimal, problems) for n, c in cells]
            people = [parse_person(r, today, seen) for r in rows]
            household = parse_household(external_id, rows, people, known_units, today)
        if household is not None:
            households.append(household)
        done += len(cells)
        if done // 1000 != (done - len(cells)) // 1000:
            _tick(progress, done, total)
    return households, len(groups)


def _write_report(path: Path, kind: str, result: ImportResult) -> Path | None:
    """Problems, then changes per household (import_report: owner-only, atomic)."""
    lines = [f"Importrapport for {display_name(path)} ({KIND_LABELS_NB[kind]})", ""]
    if result.problems:
        lines += [f"{len(result.problems)} problem(er):", *result.problems, ""]
    if result.warnings:
        lines += [
            f"{len(result.warnings)} advarsel(er) (importeres likevel):",
            *result.warnings,
            "",
        ]
    if result.changes:
        verb = "Endringer som ville blitt gjort" if result.dry_run else "Endringer"
        if not result.committed and not result.dry_run:
            verb = "Endringer (ikke lagret)"
        lines += [f"{verb} ({len(result.changes)} husstander):", *result.changes, ""]
    return write_report(path, lines)


def _write(
    db: Database,
    kind: str,
    path: Path,
    records: Sequence[Unit | RegisteredHousehold],
    result: ImportResult,
    progress: Progress | None,
    total: int,
) -> None:
    start = total // 2
    with db.transaction():
        repository = db.households
        units = repository.unit_lookup() if kind != "units" else None
        known = repository.id_map() if kind != "units" else None
        for offset in range(0, len(records), CHUNK):
            chunk = records[offset : offset + CHUNK]
            _tick(progress, start + offset * start // max(1, len(records)), total)
            if kind == "units":
                db.units.bulk_upsert([r for r in chunk if isinstance(r, Unit)])
            else:
                repository.bulk_write(
                    [r for r in chunk if isinstance(r, RegisteredHousehold)],
                    audit=False,
                    known_ids=known,
                    units=units,
                )
        db.audit.record(
            "imported",
            "unit" if kind == "units" else "household",
            None,
            {
                "file": display_name(path),
                "inserted": result.inserted,
                "updated": result.updated,
                "unchanged": result.unchanged,
                "skipped": result.skipped,
            },
        )
    _tick(progress, total, total)
