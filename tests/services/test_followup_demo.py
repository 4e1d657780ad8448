"""The demo register has follow-up content of every kind (issue 14), the same for a seed."""

from __future__ import annotations

from datetime import date

import pytest

from leietileie.services import followup as fu
from leietileie.services.demo import create_demo
from leietileie.services.statistics import programme_statistics
from leietileie.storage import Database

TODAY = date(2026, 11, 25)


@pytest.fixture
def demo(register_location):
    db = Database.open(register_location, actor="tester")
    create_demo(db, households=1_500, seed=3, today=TODAY)
    yield db
    db.close()


def _fingerprint(db):
    arrears = [
        (r.external_id, round(r.facts.owed), r.step.code) for r in fu.arrears_rows(db, TODAY)
    ]
    pathway = [(r.external_id, r.status.code) for r in fu.pathway_rows(db, TODAY, True)]
    return arrears, pathway


def test_the_demo_has_follow_up_of_every_kind(demo):
    rows = fu.arrears_rows(demo, TODAY)
    steps = {r.step.code for r in rows}
    assert {"reminder", "talk", "nav_referral", "payment_agreement_follow_up"} <= steps
    assert steps & {"notice", "eviction_petition"}
    assert {r.payment_agreement_status for r in rows} >= {"active"}
    agreements = {p.status for p in demo.arrears.payment_agreements()}
    assert agreements == {"active", "kept", "broken", "settled"}
    outcomes = {c.outcome for c in demo.arrears.all_cases() if c.closed_on is not None}
    assert outcomes == {
        "settled",
        "agreement",
        "notice_given",
        "eviction_petition",
        "evicted",
        "moved",
    }
    pathway = fu.pathway_rows(demo, TODAY, include_ended=True)
    codes = {r.status.code for r in pathway}
    assert {"on_track", "behind", "at_risk", "not_started", "ended"} <= codes
    assert any(r.option_exercisable for r in pathway)
    assert all(r.latest_savings is not None for r in pathway if r.status.code == "behind")
    years = programme_statistics(demo)
    assert (
        sum(y.arrears_opened for y in years) > 0 and sum(y.evictions_prevented for y in years) > 0
    )
    assert sum(y.payment_agreements_kept for y in years) > 0
    assert sum(y.agreements_to_purchase for y in years) > 0


def test_the_demo_follow_up_is_the_same_for_a_seed_and_not_doubled_on_a_rerun(demo, tmp_path):
    first = _fingerprint(demo)
    cases = len(demo.arrears.all_cases())
    create_demo(demo, households=1_500, seed=3, today=TODAY)  # a re-run updates, adds nothing
    assert len(demo.arrears.all_cases()) == cases
    other = Database.open(tmp_path / "again.db", actor="tester")
    create_demo(other, households=1_500, seed=3, today=TODAY)
    assert _fingerprint(other) == first
    other.close()
