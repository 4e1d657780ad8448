"""Turning a file's rows into register records, listing every problem by row and column."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date

from ..domain import identity
from ..domain.messages import Message
from ..domain.model import Debt, Income
from ..domain.register import Person, RegisteredHousehold, Tenancy, Unit
from .import_columns import (
    FIRST_DATE_YEAR,
    INCOME_COLUMNS,
    MAX_TEXT,
    NUMBER_LIMITS,
    NUMBER_UNITS,
    TEXT_LIMITS,
)
from .import_messages import OVER_LIMIT_CODES, cell, identity_rule, rule
from .tabular import Cell, Table, cell_text, parse_date, parse_number

TENURES = {
    "selveier": "freehold",
    "eierseksjon": "freehold",
    "borettslag": "cooperative",
    "aksjeleilighet": "cooperative",
    "andel": "cooperative",
}
ROLES = {
    "søker": "applicant",
    "soker": "applicant",
    "soeker": "applicant",
    "medsøker": "co_applicant",
    "medsoker": "co_applicant",
    "medsoeker": "co_applicant",
    "voksen": "adult",
    "barn": "child",
}
CARS = {
    "": "none",
    "ingen": "none",
    "nei": "none",
    "bensin": "petrol",
    "diesel": "petrol",
    "fossil": "petrol",
    "el": "electric",
    "elbil": "electric",
}
SEXES = {"": None, "k": "F", "kvinne": "F", "m": "M", "mann": "M"}
FIRST_DATE = date(FIRST_DATE_YEAR, 1, 1)
TWO_DIGIT_YEAR = re.compile(r"^\s*\d{1,2}[./-]\d{1,2}[./-]\d{2}\s*$")
AGE_LIMITS = {
    "applicant": (18, 110),
    "co_applicant": (18, 110),
    "adult": (16, 110),
    "child": (0, 30),
}


def _amount(amount: float) -> str:
    """11 500: a whole number with a space between thousands (Norwegian notation)."""
    return f"{amount:,.0f}".replace(",", " ")


def one_year_after(today: date) -> date:
    try:
        return today.replace(year=today.year + 1)
    except ValueError:  # 29 February
        return today.replace(year=today.year + 1, day=28)


@dataclass
class Problems:
    """The problems found, each a message (``import_messages``) with the row it is about."""

    items: list[tuple[int, Message]] = field(default_factory=list)

    def add(self, row: int, message: Message) -> None:
        self.items.append((row, message))

    def messages(self) -> list[Message]:
        """The problems in row order (the same row in the order found)."""
        return [m for _, m in sorted(self.items, key=lambda item: item[0])]

    def lines(self, language: str = "nb") -> list[str]:
        """The problems as text, in row order: bokmål for the command line and the report."""
        return [m.text(language) for m in self.messages()]


class Row:
    """One row's cells with typed getters that report problems in the file's words."""

    def __init__(
        self,
        number: int,
        cells: list[Cell],
        columns: dict[str, int],
        labels: dict[str, str],
        decimal: str,
        problems: Problems,
    ) -> None:
        self.line, self.cells, self.columns = number, cells, columns
        self.labels, self.decimal, self.problems = labels, decimal, problems
        self.bad = False
        self.width = len(cells)

    def raw(self, name: str) -> Cell:
        """The cell (readers give None for empty cells and strip text)."""
        index = self.columns.get(name)
        if index is None or index >= self.width:
            return None
        return self.cells[index]

    def text(self, name: str) -> str:
        return cell_text(self.raw(name))

    def problem(self, name: str, broken: Message) -> None:
        """Report the rule ``broken`` for this row's cell of column ``name``."""
        value = self.text(name)
        if len(value) > 60:
            value = value[:60] + "…"
        label = self.labels.get(name, name)
        self.problems.add(self.line, cell(self.line, label, value, broken))
        self.bad = True

    def required(self, name: str) -> str:
        value = self.text(name)
        if not value:
            self.problem(name, rule("import_missing"))
        return value

    def number(self, name: str, required: bool = False) -> float | None:
        value = self.raw(name)
        if value is None:
            if required:
                self.problem(name, rule("import_missing"))
            return None
        if isinstance(value, date):
            self.problem(name, rule("import_date_not_number"))
            return None
        try:
            number = parse_number(value, self.decimal)
        except ValueError:
            self.problem(name, rule("import_not_number"))
            return None
        if not math.isfinite(number):
            self.problem(name, rule("import_not_finite"))
            return None
        if number < 0:
            self.problem(name, rule("import_negative"))
            return None
        limit = NUMBER_LIMITS.get(name)
        if limit is not None and number > limit:
            code = OVER_LIMIT_CODES[NUMBER_UNITS.get(name, "kr")]
            self.problem(name, rule(code, most=_amount(limit)))
            return None
        return number

    def amount(self, name: str) -> float:
        return self.number(name) or 0.0

    def date(self, name: str, first: date | None = None, last: date | None = None) -> date | None:
        """A date; with ``first``/``last`` refused outside that range."""
        value = self.raw(name)
        if value is None:
            return None
        if type(value) is str and TWO_DIGIT_YEAR.match(value):
            self.problem(name, rule("import_two_digit_year"))
            return None
        try:
            when = parse_date(value)
        except (ValueError, OverflowError):
            number = isinstance(value, int | float)
            self.problem(name, rule("import_number_not_date" if number else "import_not_date"))
            return None
        first = first or FIRST_DATE
        if when < first or (last is not None and when > last):
            if last is None:
                self.problem(name, rule("import_date_after", first=f"{first:%d.%m.%Y}"))
            else:
                span = {"first": f"{first:%d.%m.%Y}", "last": f"{last:%d.%m.%Y}"}
                self.problem(name, rule("import_date_between", **span))
            return None
        return when

    def check_lengths(self, names: tuple[str, ...] | None = None) -> None:
        """Text cells within their length limit (TEXT_LIMITS, MAX_TEXT): those of ``names``,
        or of every mapped column."""
        for name in self.columns if names is None else names:
            index = self.columns.get(name)
            value = self.cells[index] if index is not None and index < self.width else None
            if type(value) is str and name not in NUMBER_LIMITS:
                limit = TEXT_LIMITS.get(name, MAX_TEXT)
                if len(value) > limit:
                    self.problem(name, rule("import_too_long", length=len(value), most=limit))

    def code(self, name: str, codes: dict[str, str | None], allowed: str) -> str | None:
        key = self.text(name).casefold()
        if key not in codes:
            self.problem(name, rule("import_unknown_code", allowed=allowed))
            return None
        return codes[key]


def parse_unit(row: Row, today: date | None = None) -> Unit | None:
    row.check_lengths()
    unit_id = row.required("bolig_id")
    address, city = row.required("adresse"), row.required("poststed")
    postcode = row.required("postnummer")
    if postcode.isdigit() and len(postcode) < 4:
        postcode = postcode.zfill(4)
    if postcode and not (postcode.isdigit() and len(postcode) == 4):
        row.problem("postnummer", rule("import_postcode"))
    tenure = row.code(
        "eierform", dict(TENURES), "selveier, eierseksjon, borettslag, aksjeleilighet"
    )
    bedrooms = row.number("soverom")
    if bedrooms is not None and not bedrooms.is_integer():
        row.problem("soverom", rule("import_whole_number"))
    unit = Unit(
        unit_id=unit_id,
        address=address,
        postcode=postcode,
        city=city,
        tenure=tenure or "",
        valuation=row.number("takst"),
        valuation_date=row.date("takst_dato", last=today or date.today()),
        common_costs_monthly=row.amount("felleskostnader_mnd"),
        other_running_costs_monthly=row.amount("andre_bokostnader_mnd"),
        area_m2=row.number("bruksareal"),
        bedrooms=None if bedrooms is None else int(bedrooms),
        gnr=row.text("gnr"),
        bnr=row.text("bnr"),
        snr=row.text("snr"),
        share_no=row.text("andelsnummer"),
        shared_debt=row.amount("fellesgjeld"),
    )
    return None if row.bad else unit


#: The text columns whose length a tenant row is checked for: on every row, and on the
#: applicant's row. (Codes and identity numbers are refused anyway when too long.)
PERSON_TEXTS = ("husstand_id", "fornavn", "etternavn")
HOUSEHOLD_TEXTS = ("bolig_id", "telefon", "epost")


def parse_person(row: Row, today: date, seen: dict[str, int]) -> Person | None:
    row.check_lengths(PERSON_TEXTS)
    role = row.code("rolle", dict(ROLES), "søker, medsøker, voksen, barn")
    first, last = row.required("fornavn"), row.required("etternavn")
    number = identity.compact(row.text("fødselsnummer"))
    born = row.date("fødselsdato")
    if number:
        try:
            born = identity.parse(number, today).birth_date
        except identity.InvalidIdentityNumber as exc:
            row.problem("fødselsnummer", identity_rule(exc.reason))
        if is_h_number(number):
            row.problem("fødselsnummer", rule("import_h_number"))
        if number in seen:
            row.problem("fødselsnummer", rule("import_same_person", first=seen[number]))
        seen.setdefault(number, row.line)
    elif role and role != "child":
        row.problem("fødselsnummer", rule("import_adult_id"))
    elif role == "child" and born is None:
        row.problem("fødselsdato", rule("import_child_born"))
    if role and born is not None and not row.bad:
        _check_age(row, role, born, today, "fødselsnummer" if number else "fødselsdato")
    sex = row.code("kjønn", dict(SEXES), "K eller M")
    incomes = tuple(
        Income(kind, amount)
        for column, kind in INCOME_COLUMNS.items()
        if (amount := row.amount(column)) > 0
    )
    if row.bad or role is None:
        return None
    return Person(
        role=role,
        first_name=first,
        last_name=last,
        national_id=number,
        birth_date=born,
        sex=sex,
        incomes=incomes,
    )


def is_h_number(number: str) -> bool:
    """An H-number (hjelpenummer: month + 40), which the register does not accept."""
    return len(number) == 11 and number.isdigit() and int(number[2:4]) > 40


def _check_age(row: Row, role: str, born: date, today: date, column: str) -> None:
    age = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    low, high = AGE_LIMITS[role]
    if not low <= age <= high:
        row.problem(column, rule("import_age", age=age, low=low, high=high))


def parse_household(
    external_id: str,
    rows: list[Row],
    people: list[Person | None],
    known_units: set[str],
    today: date | None = None,
) -> RegisteredHousehold | None:
    """One household from its rows; the applicant's row carries the household fields."""
    applicants = [
        r
        for r, p in zip(rows, people, strict=True)
        if r.text("rolle").casefold() in ("søker", "soker", "soeker")
    ]
    first = rows[0]
    if not applicants:
        first.problems.add(
            first.line,
            Message("import_no_applicant", {"row": first.line, "household": external_id}),
        )
        return None
    if len(applicants) > 1:
        rows_text = ", ".join(str(r.line) for r in applicants)
        second = applicants[1].line
        first.problems.add(
            second,
            Message(
                "import_many_applicants",
                {"row": second, "household": external_id, "rows": rows_text},
            ),
        )
        return None
    row = applicants[0]
    row.check_lengths(HOUSEHOLD_TEXTS)
    unit_id = row.required("bolig_id")
    if unit_id and unit_id not in known_units:
        row.problem("bolig_id", rule("import_unknown_unit"))
    rent = row.number("husleie_mnd", required=True)
    balance, payment = row.amount("gjeld"), row.amount("gjeld_betjening_mnd")
    car = row.code("bil", dict(CARS), "ingen, bensin, el")
    start = row.date("leie_fra", last=one_year_after(today or date.today()))
    household = RegisteredHousehold(
        external_id=external_id,
        members=tuple(p for p in people if p is not None),
        tenancy=Tenancy(unit_id, rent or 0.0, start, row.amount("husleierestanse")),
        tax_free_income_monthly=row.amount("skattefri_inntekt_mnd"),
        savings=row.amount("sparing"),
        debts=(Debt("gjeld", balance, payment),) if balance or payment else (),
        other_fixed_costs_monthly=row.amount("faste_utgifter_mnd"),
        car=car or "none",
        phone=row.text("telefon"),
        email=row.text("epost"),
        childcare_expenses_annual=row.amount("barnehage_sfo_per_aar"),
        existing_interest_annual=row.amount("gjeldsrenter_per_aar"),
    )
    if any(r.bad for r in rows) or None in people:
        return None
    return household


def group_cells(
    table: Table, columns: dict[str, int], labels: dict[str, str], decimal: str, problems: Problems
) -> dict[str, list[tuple[int, list[Cell]]]]:
    """The rows' cells by husstand_id, in file order; rows without one are reported."""
    groups: dict[str, list[tuple[int, list[Cell]]]] = {}
    index = columns.get("husstand_id")
    for number, cells in table.rows:
        key = cells[index] if index is not None and index < len(cells) else None
        if type(key) is not str or not key:
            key = Row(number, cells, columns, labels, decimal, problems).required("husstand_id")
            if not key:
                continue
        group = groups.get(key)
        if group is None:
            groups[key] = [(number, cells)]
        else:
            group.append((number, cells))
    return groups


# The fast path ------------------------------------------------------------------------
#
# Almost every row of a large register is good. ``TenantFastPath`` builds a household from
# the raw cells with cached conversions and no per-cell method calls, and gives up (returns
# None) at the first sign of anything unusual: a missing required value, an unknown code,
# a bad number, date or identity number, a duplicate, an age out of range. The caller then
# parses that household with the exact ``parse_person``/``parse_household`` above, which
# name every problem. The fast path therefore never reports, and never accepts what the
# exact path would refuse; tests compare the two on good and damaged files.
