"""Norwegian identity numbers: fødselsnummer and D-number (domain.md §10).

Pure functions with their own check-digit arithmetic (python-stdnum, which knows only the
classic rule, is used by ``is_valid_classic`` alone). Both check-digit rules are accepted: the
classic rule
(weighted sum with the first check digit ≡ 0 mod 11) and the rule for numbers issued from
2032 (the remainder may be 0, 1, 2 or 3, so the first check digit may be 1–3 above the
classic one; the second check digit is computed as before). Source:
https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/

The individual number (digits 7–9) is read only to tell the century under the classic rule;
it is never read as the holder's sex: from 2032 numbers carry no sex. H-numbers (month + 40)
are read as their birth date; FH-numbers (first digit 8 or 9) carry none and are refused.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass
from datetime import date

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)

#: Why a number is refused, in the words the import report uses.
INVALID_LENGTH = "må ha 11 sifre"
INVALID_FORMAT = "kan bare inneholde sifre"
INVALID_CHECKSUM = "ugyldig kontrollsiffer"
INVALID_DATE = "ugyldig fødselsdato i nummeret"
IN_FUTURE = "fødselsdatoen er fram i tid"


class InvalidIdentityNumber(ValueError):
    """The number is not a valid fødselsnummer or D-number; ``reason`` is Norwegian."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class IdentityNumber:
    number: str
    birth_date: date
    is_d_number: bool
    #: Valid only under the 2032 check-digit rule.
    new_rule: bool


def compact(number: str) -> str:
    """The number without surrounding whitespace and without spaces, dashes, dots and colons."""
    if number.isdigit():
        return number
    return "".join(ch for ch in number.strip() if ch not in " -.:")


def _weighted(number: str, weights: tuple[int, ...]) -> int:
    return int(sum(map(operator.mul, weights, map(int, number)))) % 11


def classic_check_digits_ok(number: str) -> bool:
    return _weighted(number, _K1_WEIGHTS) == 0 and _weighted(number, _K2_WEIGHTS) == 0


def check_digits_ok(number: str) -> bool:
    """True when the check digits satisfy the classic or the 2032 rule."""
    return _weighted(number, _K1_WEIGHTS) in (0, 1, 2, 3) and _weighted(number, _K2_WEIGHTS) == 0


def _date_parts(number: str) -> tuple[int, int, int, bool]:
    day, month, year2 = int(number[0:2]), int(number[2:4]), int(number[4:6])
    d_number = day > 40
    if d_number:
        day -= 40
    if month > 40:  # H-number
        month -= 40
    return day, month, year2, d_number


def _century_candidates(year2: int, individual: int, classic: bool) -> list[int]:
    if not classic:  # from 2032 the individual number no longer tells the century
        return [2000, 1900, 1800]
    if individual < 500:
        return [1900]
    if individual < 750 and year2 >= 54:
        return [1800]
    if year2 < 40:
        return [2000]
    if individual >= 900:
        return [1900]
    return []


def birth_date(number: str, today: date | None = None, classic: bool | None = None) -> date:
    """The birth date the number encodes (D- and H-numbers corrected)."""
    number = compact(number)
    today = today or date.today()
    day, month, year2, _ = _date_parts(number)
    if classic is None:
        classic = classic_check_digits_ok(number)
    for century in _century_candidates(year2, int(number[6:9]), classic):
        try:
            born = date(century + year2, month, day)
        except ValueError as exc:
            raise InvalidIdentityNumber(INVALID_DATE) from exc
        if born <= today or classic:
            return born
    raise InvalidIdentityNumber(INVALID_DATE)


def parse(number: str, today: date | None = None) -> IdentityNumber:
    """Validate a fødselsnummer or D-number; raise InvalidIdentityNumber saying why."""
    number = compact(number)
    if len(number) != 11:
        raise InvalidIdentityNumber(INVALID_LENGTH)
    if not number.isdigit() or not number.isascii():
        raise InvalidIdentityNumber(INVALID_FORMAT)
    d = number.encode("ascii")  # digit values + 48: the offsets cancel out mod 11 below
    first = (
        3 * d[0]
        + 7 * d[1]
        + 6 * d[2]
        + d[3]
        + 8 * d[4]
        + 9 * d[5]
        + 4 * d[6]
        + 5 * d[7]
        + 2 * d[8]
        + d[9]
        - 48 * 46
    ) % 11
    second = (
        5 * d[0]
        + 4 * d[1]
        + 3 * d[2]
        + 2 * d[3]
        + 7 * d[4]
        + 6 * d[5]
        + 5 * d[6]
        + 4 * d[7]
        + 3 * d[8]
        + 2 * d[9]
        + d[10]
        - 48 * 42
    ) % 11
    if first > 3 or second != 0:
        raise InvalidIdentityNumber(INVALID_CHECKSUM)
    if int(number[0:2]) >= 80:  # FH-numbers carry no birth date
        raise InvalidIdentityNumber(INVALID_DATE)
    today = today or date.today()
    born = birth_date(number, today, classic=first == 0)
    if born > today:
        raise InvalidIdentityNumber(IN_FUTURE)
    return IdentityNumber(
        number=number, birth_date=born, is_d_number=int(number[0]) >= 4, new_rule=first != 0
    )


def is_valid(number: str, today: date | None = None) -> bool:
    try:
        parse(number, today)
    except InvalidIdentityNumber:
        return False
    return True


def is_valid_classic(number: str) -> bool:
    """python-stdnum's own verdict (the classic rule only)."""
    from stdnum.no import fodselsnummer  # loaded when a number is checked, not at start

    return bool(fodselsnummer.is_valid(number))


#: A masked number shows its first digits (the birth date) and then this.
MASK_VISIBLE_DIGITS = 6
MASK_SUFFIX = " *****"


def mask(number: str) -> str:
    """``15038512345`` → ``150385 *****``; empty stays empty. The one masking rule: storage
    builds its SQL from ``MASK_VISIBLE_DIGITS`` and ``MASK_SUFFIX``."""
    number = compact(number)
    if not number:
        return ""
    return f"{number[:MASK_VISIBLE_DIGITS]}{MASK_SUFFIX}"


def check_digits(first_nine: str, new_rule_remainder: int = 0) -> str | None:
    """The two check digits for nine digits, or None when no valid number exists.

    ``new_rule_remainder`` 1–3 gives the alternative first check digits of the 2032 rule.
    """
    k1 = (new_rule_remainder - _weighted(first_nine, _K1_WEIGHTS[:9])) % 11
    if k1 == 10:
        return None
    k2 = (-_weighted(first_nine + str(k1), _K2_WEIGHTS[:10])) % 11
    if k2 == 10:
        return None
    return f"{k1}{k2}"


def make_number(born: date, individual: int, d_number: bool = False) -> str | None:
    """A number with valid classic check digits for a birth date and individual number."""
    day = born.day + (40 if d_number else 0)
    first_nine = f"{day:02d}{born.month:02d}{born.year % 100:02d}{individual:03d}"
    digits = check_digits(first_nine)
    return None if digits is None else first_nine + digits
