"""``leietileie letters --type <follow-up kind>``: issue 14's six follow-up letters from the
command line, on both engines.

The register: household H-1 (rent 11 500 kr a month) paid September 2025 and 6 000 kr of
October, nothing for November and December: on 20.12.2025 it owes 46 000 − 17 500 = 28 500 kr.
H-2 paid every month in full: it owes nothing. H-1 has a rent-to-own agreement from 01.01.2025
with the option expiring 31.12.2029 (in the last three months, from 01.10.2029, the offer goes
out whatever the status) and a payment agreement of 4 000 kr a month from January 2026.
"""

from __future__ import annotations

import os
import stat
from datetime import date

import pytest

from leietileie.cli import main
from leietileie.domain.model import Income
from leietileie.domain.register import Person, RegisteredHousehold, Tenancy, Unit
from leietileie.letters.followup import FOLLOWUP_TYPES
from leietileie.services import followup_actions
from leietileie.services.settings import Settings
from leietileie.storage import Database
from leietileie.storage.records import RentPayment

ON = date(2025, 12, 20)
#: The letter date each kind is asked for (the option offer only near the option's expiry).
DATES = {kind: "20.12.2025" for kind in FOLLOWUP_TYPES} | {"option_offer": "15.10.2029"}
LEDGER = [
    ("2025-09", 11_500, 11_500, date(2025, 9, 1)),
    ("2025-10", 11_500, 6_000, date(2025, 10, 3)),
    ("2025-11", 11_500, 0, None),
    ("2025-12", 11_500, 0, None),
]


@pytest.fixture
def register(register_location):
    db = Database.open(register_location, actor="tester")
    Settings(db).set_many(
        {"municipality.name": "Eksempel kommune", "municipality.contact_phone": "12 34 56 78"}
    )
    db.units.insert(
        Unit("B-017", "Storgata 1", "1234", "Eksempelby", "freehold", 3_400_000, date(2026, 5, 1))
    )
    ids = {}
    for external, unit in (("H-1", "B-017"), ("H-2", "")):
        members = (Person("applicant", "Kari", "Nordmann", incomes=(Income("wage", 480_000.0),)),)
        tenancy = Tenancy(unit, 11_500.0, date(2019, 1, 1)) if unit else None
        household = db.households.insert(RegisteredHousehold(external, members, tenancy=tenancy))
        ids[external] = household.id
    for month, due, paid, paid_on in LEDGER:
        db.rent.record(ids["H-1"], RentPayment(month, due, paid, paid_on))
        db.rent.record(ids["H-2"], RentPayment(month, due, due, date.fromisoformat(month + "-01")))
    followup_actions.create_agreement(
        db,
        ids["H-1"],
        start_date=date(2025, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_100_000,
        savings_year0=20_000,
        monthly_saving_target=3_500,
        option_expiry=date(2029, 12, 31),
    )
    followup_actions.create_payment_agreement(db, ids["H-1"], "2026-01", 4_000, 28_500, ON)
    db.close()
    return register_location, ids


def _cli(location, *args: str) -> int:
    return main(["--db", str(location), "letters", *args])


@pytest.mark.parametrize("kind", FOLLOWUP_TYPES)
def test_each_follow_up_kind_writes_its_pdf(register, tmp_path, capsys, kind) -> None:
    location, ids = register
    out = tmp_path / "brev"
    assert _cli(location, "H-1", "--type", kind, "--date", DATES[kind], "--out", str(out)) == 0
    pdfs = list(out.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(pdfs[0]).st_mode) == 0o600
    assert f"H-1\t{pdfs[0]}" in capsys.readouterr().out
    db = Database.open(location, actor="tester")
    try:
        docs = db.documents.for_household(ids["H-1"])
        assert [d.kind for d in docs] == [f"letter_{kind}"]
    finally:
        db.close()


def test_a_reminder_logs_its_action_and_a_batch_reports_who_owes_nothing(
    register, tmp_path, capsys
) -> None:
    location, ids = register
    out = tmp_path / "brev"
    code = _cli(
        location,
        "H-1",
        "H-2",
        "--type",
        "payment_reminder",
        "--date",
        "20.12.2025",
        "--lang",
        "nn",
        "--account",
        "1234.56.78901",
        "--out",
        str(out),
    )
    assert code == 1  # one letter written, one household refused
    err = capsys.readouterr().err
    assert "husstand H-2: har ingen husleierestanse" in err
    assert "1 brev skrevet, 1 avvist" in err
    names = sorted(p.name for p in out.glob("*.pdf"))
    assert names == [
        "H-1-betalingsoppfordring-nn-2025-12-20.pdf",
        "utskrift-betalingsoppfordring-nn-2025-12-20.pdf",
    ]
    db = Database.open(location, actor="tester")
    try:
        # (the payment agreement logged an action of its own, with no letter)
        actions = [a for a in db.arrears.actions_for(ids["H-1"]) if a.document_id is not None]
        document = db.documents.for_household(ids["H-1"])[0]
        assert [(a.kind, a.on_date, a.document_id) for a in actions] == [
            ("reminder", ON, document.id)
        ]
        assert db.arrears.actions_for(ids["H-2"]) == []
    finally:
        db.close()


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--eligible"], "--eligible: gjelder brevene etter kartleggingen"),
        (["H-1", "--no-appendix"], "--no-appendix: gjelder bare invitasjoner"),
        (["H-1", "--decided-by", "Per"], "--decided-by: gjelder bare forhåndsvurderinger"),
        (["H-1", "H-2", "--meeting", "8. januar kl. 10"], "--meeting: gjelder ett brev om gangen"),
    ],
)
def test_a_wrong_combination_exits_2_and_writes_nothing(
    register, tmp_path, capsys, args, said
) -> None:
    location, ids = register
    out = tmp_path / "brev"
    assert _cli(location, *args, "--type", "arrears_talk", "--out", str(out)) == 2
    assert said in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())
    db = Database.open(location, actor="tester")
    try:
        assert db.documents.for_household(ids["H-1"]) == []
        assert [a for a in db.arrears.actions_for(ids["H-1"]) if a.document_id] == []
    finally:
        db.close()


def test_the_follow_up_options_are_refused_with_the_other_letters(register, tmp_path, capsys):
    location, _ = register
    out = tmp_path / "brev"
    assert _cli(location, "H-1", "--type", "offer", "--meeting", "i morgen", "--out", str(out)) == 2
    assert "--meeting: gjelder bare oppfølgingsbrevene om restanse" in capsys.readouterr().err
    assert not out.exists()


def test_a_reminder_to_a_household_owing_nothing_exits_2(register, tmp_path, capsys) -> None:
    location, _ = register
    out = tmp_path / "brev"
    code = _cli(
        location, "H-2", "--type", "payment_reminder", "--date", "20.12.2025", "--out", str(out)
    )
    assert code == 2
    assert "husstand H-2: har ingen husleierestanse" in capsys.readouterr().err
    assert not out.exists() or not list(out.glob("*.pdf"))


def test_help_lists_the_follow_up_kinds(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["letters", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for kind in FOLLOWUP_TYPES:
        assert kind in text
    assert "payment_reminder (betalingsoppfordring om ubetalt husleie)" in text
