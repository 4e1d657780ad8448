"""Each rule is written once, in the domain (issue 15 item 1): these fail when a copy creeps
back into another module."""

from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "leietileie"

# (a fragment only the rule's own definition contains, the one file allowed to hold it)
RULES = [
    ("bank.stress_addition", "domain/financing.py"),  # the bank's stress rate
    ("bank.stress_floor", "domain/financing.py"),
    ("rules.startlan.stress_margin", "domain/financing.py"),  # startlån's kalkulasjonsrente
    ('" *****"', "domain/identity.py"),  # identity masking
    ("' *****'", None),
    ("GRACE_DAYS", "storage/repositories/rent.py"),  # kept only as an alias of the domain's rule
    ("+ 0.5 <", None),  # the on-time-rent tolerance: only as domain.rent.FULL_TOLERANCE
    ("' og '", None),  # the display name's separator: only domain.register.NAME_SEPARATOR
]


@pytest.mark.parametrize(("fragment", "home"), RULES, ids=[r[0] for r in RULES])
def test_rule_written_once(fragment, home):
    holders = sorted(
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if fragment in path.read_text(encoding="utf-8")
    )
    assert holders == ([home] if home else []), f"{fragment!r} is written in {holders}"
