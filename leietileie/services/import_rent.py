"""Rows of a rent ledger (husleiereskontro) → rent-payment records, every problem by row and
column (docs/import-rent.md).

One row is one household's month: ``husstand_id``, ``måned``, ``forfalt`` (due), ``betalt``
(paid) and ``betalt_dato``. The household must exist in the register; a household's month
may appear once per file; a payment date more than a year after the month is refused as a
probable typo (a date before the month is a prepayment and fine).

As for tenants, a fast path turns good rows into records with cached conversions and gives
up (returns None) at anything unusual; the exact path (``parse_rent_row``) then decides and
names every problem. The fast path never reports and never accepts what the exact path
would refuse; the tests compare the two.

A ledger can hold millions of rows (100 000 households × 60 months), so it is streamed
(``check_ledger`` then ``ledger_chunks``, each a pass over the file) and never held: what
is kept per row is 4 bytes in a household × month grid (``MonthGrid``: the first row naming
each household month, for the "twice" rule and for counting updates).
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from operator import itemgetter

from ..domain.messages import Message
from .import_checks import check_structure
from .import_columns import NUMBER_LIMITS, columns_for
from .import_messages import rule
from .import_rows import FIRST_DATE, Problems, Row, one_year_after
from .tabular import (
    Cell,
    RowStream,
    Table,
    cell_text,
    decimal_evidence,
    parse_date,
    parse_number,
)

#: (household database id, month YYYY-MM, due, paid, paid on ISO date or None)
RentRecord = tuple[int, str, float, float, str | None]

#: The earliest month a ledger row may name (earlier is a typo or a misread number).
FIRST_YEAR = 1990

_MONTH_TEXT = re.compile(r"^(\d{4})[-./](\d{1,2})$|^(\d{1,2})[-./](\d{4})$")
#: The template's columns in the order the fast path unpacks them.
RENT_FIELDS = ("husstand_id", "måned", "forfalt", "betalt", "betalt_dato")
#: forfalt and betalt share one limit (import_columns); the fast path declines beyond it
_AMOUNT_LIMIT = min(NUMBER_LIMITS["forfalt"], NUMBER_LIMITS["betalt"])


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def month_text(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def parse_month(value: Cell) -> int:
    """The month of a cell as ``year * 12 + month - 1``: ``YYYY-MM`` (also ``MM.YYYY``), or a
    date (text, date cell or Excel serial) whose month is taken; ValueError if neither."""
    if isinstance(value, str):
        match = _MONTH_TEXT.match(value.strip())
        if match:
            year, month = (match[1], match[2]) if match[1] else (match[4], match[3])
            if 1 <= int(month) <= 12:
                return month_index(int(year), int(month))
            raise ValueError("no such month")
    when = parse_date(value)
    return month_index(when.year, when.month)


def payment_limit(month: int) -> date:
    """The first day too late to be a payment for ``month``: a year after the month ended."""
    after = month + 13
    return date(after // 12, after % 12 + 1, 1)


class MonthGrid:
    """(household, month) → the first row naming it: one array of 4-byte row numbers per
    month, a slot per household (100 000 households × 60 months: 24 MB). A row number is
    stored negative when that first row was bad (it gives no record)."""

    def __init__(self, household_ids: Iterable[int]) -> None:
        #: the register's household ids, ascending; ``slots`` maps each to its index
        self.ids = sorted(set(household_ids))
        self.slots = {hid: slot for slot, hid in enumerate(self.ids)}
        self.months: dict[str, array[int]] = {}

    def column(self, month: str) -> array[int]:
        found = self.months.get(month)
        if found is None:
            found = self.months[month] = array("i", bytes(4 * len(self.ids)))
        return found

    def first(self, household: int, month: str) -> int:
        """The row first naming the household month (negative: it was bad); 0 if none."""
        found = self.months.get(month)
        return 0 if found is None else found[self.slots[household]]


class RentRows:
    """Turns a ledger's rows into records; ``households`` maps husstand_id → database id."""

    def __init__(
        self,
        columns: dict[str, int],
        labels: dict[str, str],
        decimal: str,
        households: dict[str, int],
        today: date,
        problems: Problems,
    ) -> None:
        self.columns, self.labels, self.decimal = columns, labels, decimal
        self.households, self.problems = households, problems
        self.last_month = month_index(today.year, today.month) + 12
        #: the date window of every imported date (the tenant import's rule)
        self.last_date = one_year_after(today)
        self.first_month = month_index(FIRST_YEAR, 1)
        #: (household id, month) → the first row naming it
        self.seen = MonthGrid(households.values())
        #: household months named twice: none of their rows is imported
        self.duplicates: set[tuple[int, str]] = set()
        #: the second pass (``ledger_chunks``): rows are only turned into records, nothing
        #: is reported or remembered (the first pass did that)
        self.writing = False
        indexes = [columns.get(name) for name in RENT_FIELDS]
        self.width = max((i for i in indexes if i is not None), default=0) + 1
        # The three required columns are always there, so itemgetter gives a tuple.
        present: Callable[[list[Cell]], tuple[Cell, ...]] = itemgetter(
            *[i for i in indexes if i is not None]
        )
        self.get = present
        if None in indexes:
            slots = [i is not None for i in indexes]

            def get(cells: list[Cell]) -> tuple[Cell, ...]:
                values = iter(present(cells))
                return tuple(next(values) if slot else None for slot in slots)

            self.get = get
        self.months: dict[Cell, tuple[str, date] | None] = {}
        self.numbers: dict[Cell, float] = {}
        self.dates: dict[Cell, tuple[date, str] | None] = {}

    def records(self, table: Table, tick: Callable[[int], None] | None = None) -> list[RentRecord]:
        """Every good row's record (rows of a month named twice left out)."""
        out: list[RentRecord] = []
        fast, exact = self.fast, self.exact
        append = out.append
        for done, (line, cells) in enumerate(table.rows):
            if tick is not None and done & 4095 == 0:
                tick(done)
            record = fast(line, cells)
            if record is None:
                record = exact(line, cells)
            if record is not None:
                append(record)
        if self.duplicates:
            out = [r for r in out if (r[0], r[1]) not in self.duplicates]
        return out

    # The fast path --------------------------------------------------------------------
    # Conversions are cached by cell value (a ledger repeats its months, amounts and dates).
    # A bad value is cached as None (month, date) or -1.0 (amount); the exact path reports it.

    def _month(self, value: Cell) -> tuple[str, date] | None:
        try:
            return self.months[value]
        except KeyError:
            pass
        found: tuple[str, date] | None = None
        try:
            index = parse_month(value)
            if self.first_month <= index <= self.last_month:
                found = (month_text(index), payment_limit(index))
        except (ValueError, OverflowError):
            pass
        self.months[value] = found
        return found

    def _number(self, value: Cell) -> float | None:
        """The amount; None for an empty cell; -1.0 when bad."""
        if value is None:
            return None
        if type(value) is float or type(value) is int:
            # NaN fails the comparison; ±inf and implausible amounts exceed the limit.
            return float(value) if 0 <= value <= _AMOUNT_LIMIT else -1.0
        try:
            return self.numbers[value]
        except KeyError:
            pass
        try:
            number = parse_number(value, self.decimal)
        except ValueError:
            number = -1.0
        found = number if 0 <= number <= _AMOUNT_LIMIT else -1.0
        self.numbers[value] = found
        return found

    def _date(self, value: Cell) -> tuple[date, str] | None:
        try:
            return self.dates[value]
        except KeyError:
            pass
        found: tuple[date, str] | None = None
        try:
            when = parse_date(value)
            found = (when, when.isoformat())
        except (ValueError, OverflowError):
            pass
        self.dates[value] = found
        return found

    def fast(self, line: int, cells: list[Cell]) -> RentRecord | None:
        if len(cells) < self.width:
            cells = cells + [None] * (self.width - len(cells))
        key_cell, month_cell, due_cell, paid_cell, date_cell = self.get(cells)
        if type(key_cell) is not str:  # a number cell (XLSX) reads as its text
            key_cell = cell_text(key_cell)
        household = self.households.get(key_cell)
        month = self._month(month_cell)
        due = self._number(due_cell)
        paid = self._number(paid_cell)
        if household is None or month is None or due is None or due < 0:
            return None
        if paid is None:
            paid = 0.0
        elif paid < 0:
            return None
        text, limit = month
        iso: str | None = None
        if date_cell is None:
            if paid:
                return None
        else:
            paid_on = self._date(date_cell)
            if paid_on is None or paid_on[0] >= limit:
                return None
            if not FIRST_DATE <= paid_on[0] <= self.last_date:
                return None  # the exact path names the window
            iso = paid_on[1]
        if not self.writing:
            column = self.seen.months.get(text)
            if column is None:
                column = self.seen.column(text)
            slot = self.seen.slots[household]
            if column[slot]:
                return None  # named before: the exact path reports it
            column[slot] = line
        return (household, text, due, paid, iso)

    # The exact path -------------------------------------------------------------------

    def exact(self, line: int, cells: list[Cell]) -> RentRecord | None:
        return parse_rent_row(
            Row(line, cells, self.columns, self.labels, self.decimal, self.problems), self
        )


def parse_rent_row(row: Row, rows: RentRows) -> RentRecord | None:
    """One ledger row, naming every problem by row and column."""
    external_id = row.required("husstand_id")
    household = rows.households.get(external_id) if external_id else None
    if external_id and household is None:
        row.problem("husstand_id", rule("import_unknown_household"))
    month: int | None = None
    if row.raw("måned") is None:
        row.problem("måned", rule("import_missing"))
    else:
        try:
            month = parse_month(row.raw("måned"))
        except (ValueError, OverflowError):
            row.problem("måned", rule("import_not_month"))
        if month is not None and not rows.first_month <= month <= rows.last_month:
            last = month_text(rows.last_month)
            row.problem("måned", rule("import_month_range", first=f"{FIRST_YEAR}-01", last=last))
            month = None
    due = row.number("forfalt", required=True)
    paid = row.number("betalt")
    paid_on = row.date("betalt_dato", FIRST_DATE, rows.last_date)
    if paid and row.raw("betalt_dato") is None:
        row.problem("betalt_dato", rule("import_paid_date_missing"))
    if paid_on is not None and month is not None and paid_on >= payment_limit(month):
        row.problem("betalt_dato", rule("import_paid_late", month=month_text(month)))
    if household is not None and month is not None and not rows.writing:
        text = month_text(month)
        first = abs(rows.seen.first(household, text))
        if first and first != row.line:
            twice = rule("import_duplicate_month", household=external_id, first=first)
            row.problem("måned", twice)
            rows.duplicates.add((household, text))
        elif not first:
            good = not row.bad and due is not None
            rows.seen.column(text)[rows.seen.slots[household]] = row.line if good else -row.line
    if row.bad or household is None or month is None or due is None:
        return None
    iso = None if paid_on is None else paid_on.isoformat()
    return (household, month_text(month), due, paid or 0.0, iso)


# Streaming a ledger ---------------------------------------------------------------------

#: Rows read, checked and written at a time.
RENT_CHUNK = 50_000
#: Distinct number texts kept for the decimal mark's evidence before they are judged.
_EVIDENCE_BATCH = 100_000


@dataclass
class LedgerCheck:
    """What the first pass over a ledger found (the problems are in the parser's Problems)."""

    #: non-empty data rows
    rows: int = 0
    #: rows that give a record, rows of household months named twice left out
    records: int = 0
    #: rows ``check_structure`` took out (too many cells, a value without a header)
    bad_rows: dict[int, Message] = field(default_factory=dict)
    #: the decimal mark's evidence: (comma, point, ambiguous)
    evidence: tuple[bool, bool, bool] = (False, False, False)


def check_ledger(
    stream: RowStream,
    columns: dict[str, int],
    labels: dict[str, str],
    rows: RentRows,
    tick: Callable[[int], None] | None = None,
) -> LedgerCheck:
    """The first pass: every row checked (problems reported by row and column), household
    months remembered in ``rows.seen``; no record is kept."""
    found = LedgerCheck()
    numeric = [
        columns[c.name]
        for c in columns_for("rent")
        if c.kind in ("number", "int") and c.name in columns
    ]
    texts: set[Cell] = set()
    evidence = (False, False, False)
    fast, exact, problems = rows.fast, rows.exact, rows.problems
    good = 0
    source = stream.rows()
    while chunk := list(islice(source, RENT_CHUNK)):
        if tick is not None:
            tick(found.rows)
        found.rows += len(chunk)
        for _, cells in chunk:  # the decimal mark is judged on every row (as load_table)
            texts.update(cells[i] for i in numeric if len(cells) > i)
        if len(texts) > _EVIDENCE_BATCH:
            evidence = _more_evidence(evidence, texts)
        structure = check_structure(Table(stream.headers, chunk), columns, labels, "rent")
        for number, bad in structure.bad_rows.items():
            problems.add(number, bad)
        found.bad_rows.update(structure.bad_rows)
        for line, cells in chunk:
            if line in structure.bad_rows:
                continue
            record = fast(line, cells)
            if record is None:
                record = exact(line, cells)
            if record is not None:
                good += 1
        del chunk
    found.evidence = _more_evidence(evidence, texts)
    # A household month named twice: its first row (if good) is not imported either.
    found.records = good - sum(1 for h, m in rows.duplicates if rows.seen.first(h, m) > 0)
    return found


def _more_evidence(evidence: tuple[bool, bool, bool], texts: set[Cell]) -> tuple[bool, bool, bool]:
    more = decimal_evidence(t for t in texts if isinstance(t, str))
    texts.clear()
    return (evidence[0] or more[0], evidence[1] or more[1], evidence[2] or more[2])


def ledger_chunks(
    stream: RowStream,
    rows: RentRows,
    skip: Iterable[int],
    tick: Callable[[int], None] | None = None,
) -> Iterator[list[RentRecord]]:
    """The second pass: the records of the good rows, a chunk at a time (the rows ``skip``
    and the household months named twice left out)."""
    rows.writing, rows.problems = True, Problems()  # reported in the first pass
    skipped = set(skip)
    twice = rows.duplicates
    fast, exact = rows.fast, rows.exact
    done = 0
    source = stream.rows()
    while chunk := list(islice(source, RENT_CHUNK)):
        if tick is not None:
            tick(done)
        done += len(chunk)
        out: list[RentRecord] = []
        for line, cells in chunk:
            if skipped and line in skipped:
                continue
            record = fast(line, cells)
            if record is None:
                record = exact(line, cells)
            if record is not None and not (twice and (record[0], record[1]) in twice):
                out.append(record)
        del chunk
        yield out


def count_recorded(
    recorded: Iterable[tuple[int, str]], rows: RentRows, mark: dict[str, bytearray]
) -> int:
    """How many records of the ledger replace a recorded month, from the (household, month)
    pairs ``recorded``; each such month is marked in ``mark`` (month → a byte per slot)."""
    grid, twice = rows.seen, rows.duplicates
    slots, months = grid.slots, grid.months
    count = 0
    for household, month in recorded:
        column = months.get(month)
        slot = slots.get(household)
        if column is None or slot is None or column[slot] <= 0:
            continue
        if twice and (household, month) in twice:
            continue
        flags = mark.get(month)
        if flags is None:
            flags = mark[month] = bytearray(len(grid.ids))
        flags[slot] = 1
        count += 1
    return count
