"""The table model every export writer reads: typed columns, rows, assumptions.

A :class:`Table` is what a service hands to a writer. Rows are any sequence of sequences
(tuples from SQLite, lists) or, through :meth:`Table.from_columns`, column arrays (lists or
NumPy arrays from the vectorised screening) that are never copied into row objects.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Literal, cast, get_args, overload

from leietileie.errors import InputError

#: What a column holds, which decides how each writer formats it.
#: ``identity`` is a fødselsnummer or D-number: always text, optionally masked.
#: ``decimal`` is a plain number with decimals (for example years until purchase).
ColumnKind = Literal["text", "integer", "money", "percent", "decimal", "date", "identity"]
COLUMN_KINDS: tuple[str, ...] = get_args(ColumnKind)
NUMERIC_KINDS = frozenset({"integer", "money", "percent", "decimal"})

#: ``progress(done, total)``; returning ``False`` cancels the export (``None`` continues).
Progress = Callable[[int, int], "bool | None"]

Row = Sequence[object]


class ExportCancelled(Exception):
    """The user cancelled an export; the partial file has been removed."""

    def __init__(self, path: str = "") -> None:
        self.path = path
        super().__init__("Eksporten ble avbrutt. Ingen fil ble skrevet.")


@dataclass(frozen=True)
class Column:
    """One exported column: a stable ``key``, a Norwegian ``header`` and its ``kind``.

    ``decimals`` applies to ``percent`` (default 2, in percent units: 4,89 %) and
    ``decimal`` (default 2). ``width`` overrides the computed width, in characters.
    """

    key: str
    header: str
    kind: ColumnKind = "text"
    decimals: int | None = None
    width: float | None = None

    def __post_init__(self) -> None:
        if self.kind not in COLUMN_KINDS:
            allowed = ", ".join(COLUMN_KINDS)
            raise InputError(
                f"Kolonne «{self.key}»: ukjent type «{self.kind}». Tillatt: {allowed}."
            )
        if self.decimals is not None and not 0 <= self.decimals <= 10:
            raise InputError(f"Kolonne «{self.key}»: antall desimaler må være mellom 0 og 10.")

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS

    @property
    def places(self) -> int:
        """Decimals shown for percent and decimal columns."""
        return 2 if self.decimals is None else self.decimals


class ColumnarRows(Sequence[tuple[object, ...]]):
    """Rows viewed over column arrays, without building row objects up front.

    NumPy arrays are turned into Python lists once (``tolist``), so writers see plain
    ``int``/``float``/``str`` values rather than NumPy scalars.
    """

    def __init__(self, arrays: Sequence[Sequence[object]]) -> None:
        self.arrays: list[Sequence[object]] = [_plain(a) for a in arrays]
        lengths = {len(a) for a in self.arrays}
        if len(lengths) > 1:
            raise InputError(f"Kolonnene har ulik lengde: {sorted(lengths)}.")
        self._len = lengths.pop() if lengths else 0

    def __len__(self) -> int:
        return self._len

    @overload
    def __getitem__(self, index: int) -> tuple[object, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[object, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[object, ...] | Sequence[tuple[object, ...]]:
        if isinstance(index, slice):
            return ColumnarRows([a[index] for a in self.arrays])
        if index < 0:
            index += self._len
        if not 0 <= index < self._len:
            raise IndexError(index)
        return tuple(a[index] for a in self.arrays)

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        return zip(*self.arrays, strict=True)


class _ProjectedRows(Sequence[tuple[object, ...]]):
    """A lazy view of some columns of row-based data (see :func:`choose_columns`)."""

    def __init__(self, rows: Sequence[Row], indices: Sequence[int]) -> None:
        self._rows = rows
        self._indices = list(indices)
        if len(self._indices) == 1:
            only = self._indices[0]
            self._get: Callable[[Row], tuple[object, ...]] = lambda row: (row[only],)
        else:
            self._get = cast(Callable[[Row], tuple[object, ...]], operator.itemgetter(*indices))

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> tuple[object, ...]: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[object, ...]]: ...
    def __getitem__(self, index: int | slice) -> tuple[object, ...] | Sequence[tuple[object, ...]]:
        if isinstance(index, slice):
            return _ProjectedRows(self._rows[index], self._indices)
        return self._get(self._rows[index])

    def __iter__(self) -> Iterator[tuple[object, ...]]:
        return map(self._get, self._rows)


def _plain(array: Sequence[object]) -> Sequence[object]:
    tolist = getattr(array, "tolist", None)
    return cast(Sequence[object], tolist()) if callable(tolist) else array


@dataclass(frozen=True)
class Table:
    """A list to export: title, typed columns, rows and the assumptions behind it.

    ``assumptions`` are (label, value) pairs shown on the «Forutsetninger» sheet of the
    XLSX and under the title of the PDF. ``generated_at`` is fixed when the table is made,
    so writing the same table twice gives the same PDF bytes.
    """

    title: str
    columns: Sequence[Column]
    rows: Sequence[Row]
    assumptions: Sequence[tuple[str, object]] = ()
    generated_at: datetime | date = field(
        default_factory=lambda: datetime.now().replace(microsecond=0)
    )
    subtitle: str = ""
    rule_year: int | None = None
    #: A marking printed on every page, e.g. "Unntatt offentlighet, jf. offentleglova § 13 …".
    confidential: str = ""

    def __post_init__(self) -> None:
        keys = [c.key for c in self.columns]
        if not keys:
            raise InputError("Tabellen må ha minst én kolonne.")
        duplicates = sorted({k for k in keys if keys.count(k) > 1})
        if duplicates:
            raise InputError(f"Kolonnenavn brukt mer enn én gang: {', '.join(duplicates)}.")

    @classmethod
    def from_columns(
        cls,
        title: str,
        columns: Sequence[Column],
        data: Mapping[str, Sequence[object]],
        **kwargs: object,
    ) -> Table:
        """A table over column arrays, ``data[column.key]`` for each column."""
        missing = [c.key for c in columns if c.key not in data]
        if missing:
            raise InputError(f"Mangler data for kolonnene: {', '.join(missing)}.")
        rows = ColumnarRows([data[c.key] for c in columns])
        return cls(title, columns, rows, **kwargs)  # type: ignore[arg-type]

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.columns]


def choose_columns(table: Table, keys: Sequence[str]) -> Table:
    """The table with only the chosen columns, in the order given (export only what is needed)."""
    known = table.keys
    unknown = [k for k in keys if k not in known]
    if unknown or not keys:
        allowed = ", ".join(known)
        what = f"Ukjente kolonner: {', '.join(unknown)}." if unknown else "Velg minst én kolonne."
        raise InputError(f"{what} Tillatt: {allowed}.")
    if len(set(keys)) != len(keys):
        raise InputError("Hver kolonne kan bare velges én gang.")
    indices = [known.index(k) for k in keys]
    columns = [table.columns[i] for i in indices]
    rows: Sequence[Row]
    if isinstance(table.rows, ColumnarRows):
        rows = ColumnarRows([table.rows.arrays[i] for i in indices])
    else:
        rows = _ProjectedRows(table.rows, indices)
    return replace(table, columns=columns, rows=rows)


def check_row_lengths(table: Table, start: int, chunk: Sequence[Row]) -> None:
    """Refuse rows whose length does not match the columns, naming the row (1-based)."""
    width = len(table.columns)
    for offset, row in enumerate(chunk):
        if len(row) != width:
            raise InputError(
                f"Rad {start + offset + 1} har {len(row)} verdier, "
                f"men tabellen har {width} kolonner."
            )
