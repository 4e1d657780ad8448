from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leietileie.domain import identity

LATER = date(2033, 1, 1)


def test_classic_number_is_valid_with_birth_date():
    parsed = identity.parse("15108695088")
    assert parsed.birth_date == date(1986, 10, 15)
    assert not parsed.is_d_number and not parsed.new_rule
    assert identity.is_valid_classic("15108695088")


@pytest.mark.parametrize(
    "number, born",
    [
        # Skatteetaten's examples for numbers issued from 2032
        ("02013299997", date(2032, 1, 2)),  # remainder 0: also classic
        ("02013299903", date(2032, 1, 2)),  # remainder 2
        ("30108299939", date(1982, 10, 30)),  # remainder 1, born before 2032
    ],
)
def test_2032_rule_accepted(number, born):
    parsed = identity.parse(number, today=LATER)
    assert parsed.birth_date == born


def test_2032_number_is_not_valid_for_stdnum_classic():
    assert not identity.is_valid_classic("30108299939")
    assert identity.parse("30108299939").new_rule


def test_wrong_check_digit_refused_with_reason():
    with pytest.raises(identity.InvalidIdentityNumber) as info:
        identity.parse("15108695077")
    assert info.value.reason == "ugyldig kontrollsiffer"


@pytest.mark.parametrize(
    "number, reason",
    [
        ("1234567890", "må ha 11 sifre"),
        ("1510869508x", "kan bare inneholde sifre"),
        ("", "må ha 11 sifre"),
    ],
)
def test_format_errors(number, reason):
    with pytest.raises(identity.InvalidIdentityNumber, match=reason):
        identity.parse(number)


def test_d_number():
    number = identity.make_number(date(1990, 3, 5), 121, d_number=True)
    assert number is not None and number.startswith("45")
    parsed = identity.parse(number)
    assert parsed.is_d_number and parsed.birth_date == date(1990, 3, 5)


def test_future_birth_date_refused():
    number = identity.make_number(date(2030, 1, 1), 601)
    assert number is not None
    with pytest.raises(identity.InvalidIdentityNumber, match="fram i tid"):
        identity.parse(number, today=date(2026, 1, 1))


def test_separators_are_ignored():
    assert identity.parse("151086 950-88").number == "15108695088"


def test_mask():
    assert identity.mask("15038512345") == "150385 *****"
    assert identity.mask("") == ""


def test_no_sex_function():
    """The number's sex digit is never read (domain.md §10)."""
    assert not any("sex" in n or "gender" in n for n in dir(identity))


@given(
    born=st.dates(min_value=date(1900, 1, 1), max_value=date(2025, 12, 31)),
    individual=st.integers(0, 499),
    d_number=st.booleans(),
)
def test_made_numbers_round_trip(born, individual, d_number):
    if born.year >= 2000:
        individual += 500
    number = identity.make_number(born, individual, d_number)
    if number is None:
        return
    parsed = identity.parse(number)
    assert parsed.birth_date == born and parsed.is_d_number == d_number


@given(nine=st.from_regex(r"[0-3][0-9][01][0-9][0-9]{5}", fullmatch=True), r=st.integers(0, 3))
def test_new_rule_check_digits_validate(nine, r):
    digits = identity.check_digits(nine, r)
    if digits is None:
        return
    assert identity.check_digits_ok(nine + digits)
    assert identity.classic_check_digits_ok(nine + digits) == (r == 0)


def test_changing_any_digit_breaks_classic_number():
    number = "15108695088"
    for pos in range(11):
        for d in "0123456789":
            if d != number[pos]:
                changed = number[:pos] + d + number[pos + 1 :]
                assert not identity.classic_check_digits_ok(changed)


def test_parse_check_digits_agree_with_the_weighted_sums():
    """parse's unrolled sums equal the reference _weighted for many numbers."""
    import random

    from leietileie.domain import identity as ident

    rng = random.Random(5)
    for _ in range(20_000):
        number = "".join(rng.choice("0123456789") for _ in range(11))
        expected = (
            ident._weighted(number, ident._K1_WEIGHTS) <= 3
            and ident._weighted(number, ident._K2_WEIGHTS) == 0
        )
        try:
            ident.parse(number, date(2030, 1, 1))
            checksum_ok = True
        except ident.InvalidIdentityNumber as exc:
            checksum_ok = exc.reason != ident.INVALID_CHECKSUM
        assert checksum_ok == expected, number
