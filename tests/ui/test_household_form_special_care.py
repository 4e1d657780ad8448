"""Editing a household keeps a child's special care needs (issue 9: foreldrefradrag after 11)."""

from datetime import date

from leietileie.domain.register import Person
from leietileie.ui.dialogs.household_form import Problems, member_input, parse_member


def test_special_care_needs_survive_the_household_form(qapp):
    child = Person("child", "Per", "Nordmann", birth_date=date(2012, 3, 1), sex="M", special_care_needs=True)
    problems = Problems()
    again = parse_member(1, member_input(child), date(2026, 11, 25), problems)
    assert problems == [] and again is not None and again.special_care_needs is True
