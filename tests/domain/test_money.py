import pytest

from leietileie.domain.money import format_kr, format_percent, round_kr


@pytest.mark.parametrize(
    ("value", "expected"), [(2.5, 3), (-2.5, -3), (2.4999, 2), (1234567.5, 1234568), (0.0, 0)]
)
def test_round_half_away_from_zero(value, expected):
    assert round_kr(value) == expected


def test_norwegian_formats():
    assert format_kr(1234567.4) == "1 234 567 kr"
    assert format_kr(-1500) == "\u22121 500 kr"
    assert format_percent(0.0489) == "4,89 %"
