"""A household's display name and the masked identity number are each defined once in the
domain (``register.household_name``, ``identity.mask``); the SQL of the lists is built from the
domain's parameters and must give the same results as the domain functions."""

from dataclasses import replace

import pytest

from leietileie.domain.identity import mask
from leietileie.domain.register import Person, household_name
from leietileie.storage.queries import case_lists, listing

from .conftest import make_household

KARI = Person("applicant", "Kari", "Nordmann", national_id="15108695088")
OLA = Person("co_applicant", "Ola", "Nordmann")
PER = Person("child", "Per", "Nordmann")
ADULT = Person("other_adult", "Anne", "Hansen", national_id="01017012345")

# (members, display name, masked id) worked out by hand: applicant then co-applicant joined
# with " og ", else the external id; the first six digits of the applicant's number.
CASES = [
    ((KARI, OLA, PER), "Kari Nordmann og Ola Nordmann", "151086 *****"),
    ((OLA, KARI), "Kari Nordmann og Ola Nordmann", "151086 *****"),  # applicant first
    ((KARI,), "Kari Nordmann", "151086 *****"),
    ((replace(KARI, national_id=""),), "Kari Nordmann", ""),
    ((replace(KARI, last_name=""),), "Kari", "151086 *****"),
    ((PER,), "H-X", ""),
]


@pytest.mark.parametrize(("members", "name", "masked"), CASES)
def test_domain_rules(members, name, masked):
    assert household_name("H-X", members) == name
    applicant = next((m for m in members if m.role == "applicant"), None)
    assert (mask(applicant.national_id) if applicant else "") == masked


@pytest.mark.parametrize(("members", "name", "masked"), CASES)
def test_sql_lists_agree_with_the_domain(db, members, name, masked):
    household = replace(make_household("H-X", unit_id=None), members=members)
    hid = db.households.insert(household).id
    assert case_lists.household_name(db.conn, hid) == ("H-X", name)
    (row,) = listing.page(db.conn)
    assert row.name == name
    if any(m.role == "applicant" for m in members):
        assert row.national_id_masked == masked
