"""The tenant import's fast path: whole rows of plain, plausible cells checked column by
column without building a Row; anything unusual goes down the exact path in import_rows."""

from __future__ import annotations

from datetime import date
from operator import itemgetter

from ..domain import identity
from ..domain.model import Debt, Income
from ..domain.register import Person, RegisteredHousehold, Tenancy
from .import_columns import (
    INCOME_COLUMNS,
    NUMBER_LIMITS,
    TEXT_LIMITS,
)
from .import_rows import AGE_LIMITS, CARS, FIRST_DATE, ROLES, SEXES, is_h_number, one_year_after
from .tabular import Cell, cell_text, parse_date, parse_number

_BAD = object()
_MISS = object()

#: The template's tenant columns the fast path reads, in the order it unpacks them.
_FAST_COLUMNS = (
    "rolle",
    "fornavn",
    "etternavn",
    "fødselsnummer",
    "fødselsdato",
    "kjønn",
    *INCOME_COLUMNS,
    "bolig_id",
    "husleie_mnd",
    "leie_fra",
    "husleierestanse",
    "skattefri_inntekt_mnd",
    "sparing",
    "gjeld",
    "gjeld_betjening_mnd",
    "faste_utgifter_mnd",
    "bil",
    "telefon",
    "epost",
    "barnehage_sfo_per_aar",
    "gjeldsrenter_per_aar",
)
_INCOME_KINDS = tuple(INCOME_COLUMNS.values())
_INCOME_MAX = min(NUMBER_LIMITS[name] for name in INCOME_COLUMNS)
_HOUSEHOLD_AMOUNTS = (
    "husleie_mnd",
    "husleierestanse",
    "skattefri_inntekt_mnd",
    "sparing",
    "gjeld",
    "gjeld_betjening_mnd",
    "faste_utgifter_mnd",
    "barnehage_sfo_per_aar",
    "gjeldsrenter_per_aar",
)
_HUGE = float("inf")
_NAME_LIMIT = min(TEXT_LIMITS["fornavn"], TEXT_LIMITS["etternavn"])


def _text(value: Cell) -> str:
    return value if type(value) is str else cell_text(value)


class TenantFastPath:
    """Households from good rows, quickly; None whenever the exact path must decide."""

    def __init__(
        self,
        columns: dict[str, int],
        decimal: str,
        today: date,
        known_units: set[str],
        seen: dict[str, int],
    ) -> None:
        self.width = max(columns.values(), default=0) + 1
        # Absent columns read the padding cell at ``width``, which is always None.
        self.get = itemgetter(*(columns.get(name, self.width) for name in _FAST_COLUMNS))
        self.decimal = decimal
        self.today = today
        self.known_units = known_units
        self.seen = seen
        self.latest_start = one_year_after(today)
        self.numbers: dict[str | None, object] = {None: None}
        self.dates: dict[str | None, object] = {None: None}

    def number(self, value: Cell) -> object:
        """float ≥ 0, None for an empty cell, or _BAD."""
        kind = type(value)
        if kind is str or value is None:
            found = self.numbers.get(value, _MISS)  # type: ignore[arg-type]
            if found is not _MISS:
                return found
            try:
                number: object = parse_number(value, self.decimal)
            except ValueError:
                number = _BAD
            if number is not _BAD and not 0 <= number < _HUGE:  # type: ignore[operator]
                number = _BAD
            self.numbers[value] = number  # type: ignore[index]
            return number
        if kind is int or kind is float:
            # NaN fails both comparisons; ±inf and 1e400 fail the second.
            return float(value) if 0 <= value < _HUGE else _BAD  # type: ignore[arg-type,operator]
        return _BAD

    def limited(self, value: Cell, name: str) -> object:
        """``number`` within the column's plausible maximum, else _BAD."""
        number = self.number(value)
        if isinstance(number, int | float) and number > NUMBER_LIMITS[name]:
            return _BAD
        return number

    def date(self, value: Cell) -> object:
        """date, None for an empty cell, or _BAD."""
        if type(value) is str or value is None:
            found = self.dates.get(value, _MISS)
            if found is not _MISS:
                return found
        try:
            parsed: object = parse_date(value)
            if parsed < FIRST_DATE:  # type: ignore[operator]
                parsed = _BAD
        except (ValueError, OverflowError):
            parsed = _BAD
        if type(value) is str:
            self.dates[value] = parsed
        return parsed

    def household(
        self, external_id: str, rows: list[tuple[int, list[Cell]]]
    ) -> RegisteredHousehold | None:
        get, width = self.get, self.width
        number, to_date, today, seen = self.number, self.date, self.today, self.seen
        people: list[Person] = []
        numbers: dict[str, int] = {}
        applicant: tuple[Cell, ...] | None = None
        for line, cells in rows:
            if len(cells) <= width:
                cells = cells + [None] * (width + 1 - len(cells))
            elif cells[width] is not None:
                cells = cells[:width] + [None]
            values = get(cells)
            role_cell, first, last, fnr, born_cell, sex_cell = values[:6]
            if type(role_cell) is not str or first is None or last is None:
                return None
            role = ROLES.get(role_cell.casefold())
            if role is None:
                return None
            if role == "applicant":
                if applicant is not None:
                    return None
                applicant = values
            first, last = _text(first), _text(last)
            if not first or not last or len(first) > _NAME_LIMIT or len(last) > _NAME_LIMIT:
                return None  # the exact path names the problem
            born = to_date(born_cell)
            if born is _BAD:
                return None
            national_id = "" if fnr is None else identity.compact(_text(fnr))
            if national_id:
                try:
                    born = identity.parse(national_id, today).birth_date
                except identity.InvalidIdentityNumber:
                    return None
                if is_h_number(national_id):
                    return None
                if national_id in seen or national_id in numbers:
                    return None
                numbers[national_id] = line
            elif role != "child" or born is None:
                return None
            if born is not None:
                b: date = born  # type: ignore[assignment]
                age = today.year - b.year - ((today.month, today.day) < (b.month, b.day))
                low, high = AGE_LIMITS[role]
                if not low <= age <= high:
                    return None
            if sex_cell is None:
                sex = None
            elif type(sex_cell) is str and sex_cell.casefold() in SEXES:
                sex = SEXES[sex_cell.casefold()]
            else:
                return None
            incomes: list[Income] = []
            for kind, cell in zip(_INCOME_KINDS, values[6:11]):  # noqa: B905
                if cell is None:
                    continue
                amount = number(cell)
                if amount is _BAD or amount > _INCOME_MAX:  # type: ignore[operator]
                    return None
                if amount:
                    incomes.append(Income(kind, amount))  # type: ignore[arg-type]
            people.append(
                Person(
                    role,
                    first,
                    last,
                    national_id,
                    born,  # type: ignore[arg-type]
                    sex,
                    tuple(incomes),
                )
            )
        if applicant is None:
            return None
        (
            unit_cell,
            rent,
            start,
            arrears,
            tax_free,
            savings,
            balance,
            payment,
            fixed,
            car_cell,
            phone,
            email,
            childcare,
            interest,
        ) = applicant[11:]
        if unit_cell is None or rent is None:
            return None
        unit_id = _text(unit_cell)
        if unit_id not in self.known_units:
            return None
        limited = self.limited
        amounts = [
            limited(v, n)
            for v, n in zip(
                (rent, arrears, tax_free, savings, balance, payment, fixed, childcare, interest),
                _HOUSEHOLD_AMOUNTS,
                strict=True,
            )
        ]
        if _BAD in amounts:
            return None
        (
            rent_f,
            arrears_f,
            tax_free_f,
            savings_f,
            balance_f,
            payment_f,
            fixed_f,
            childcare_f,
            interest_f,
        ) = (0.0 if a is None else a for a in amounts)
        start_d = to_date(start)
        if start_d is _BAD or (start_d is not None and start_d > self.latest_start):  # type: ignore[operator]
            return None
        phone = "" if phone is None else _text(phone)
        email = "" if email is None else _text(email)
        if (
            len(external_id) > TEXT_LIMITS["husstand_id"]
            or len(phone) > TEXT_LIMITS["telefon"]
            or len(email) > TEXT_LIMITS["epost"]
            or len(unit_id) > TEXT_LIMITS["bolig_id"]
        ):
            return None
        if car_cell is None:
            car = "none"
        elif type(car_cell) is str and car_cell.casefold() in CARS:
            car = CARS[car_cell.casefold()]
        else:
            return None
        for national_id, line in numbers.items():
            seen.setdefault(national_id, line)
        return RegisteredHousehold(
            external_id=external_id,
            members=tuple(people),
            tenancy=Tenancy(unit_id, rent_f, start_d, arrears_f),  # type: ignore[arg-type]
            tax_free_income_monthly=tax_free_f,  # type: ignore[arg-type]
            savings=savings_f,  # type: ignore[arg-type]
            debts=(Debt("gjeld", balance_f, payment_f),)  # type: ignore[arg-type]
            if balance_f or payment_f
            else (),
            other_fixed_costs_monthly=fixed_f,  # type: ignore[arg-type]
            car=car,
            phone=phone,
            email=email,
            childcare_expenses_annual=childcare_f,  # type: ignore[arg-type]
            existing_interest_annual=interest_f,  # type: ignore[arg-type]
        )
