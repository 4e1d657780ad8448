"""Issue 14's follow-up letters: the rent-to-own agreement, the yearly status letter, the option
offer, the payment reminder, the invitation to a talk and the payment agreement, in bokmål,
nynorsk and English; rendered to PDF/A, read back, recorded and (arrears) logged.

Every expected figure below is worked out by hand from the test's inputs:

* agreement: start 1 Jan 2025, expiry 31 Dec 2029 → 59 whole months of saving; planned savings
  at expiry 20 000 + 59 × 3 500 = 226 500 kr;
* status on 1 Dec 2025 with a balance of 50 000 kr on 30 Nov 2025: the plan expected
  20 000 + 10 × 3 500 = 55 000 kr on 30 Nov, so 5 000 kr short = 1.43 months of target (more
  than 1 month: behind); the first re-assessment is due on the start's anniversary, 1 Jan 2026;
* ledger on 20 Dec 2025: Sep paid, Oct 6 000 of 11 500 paid, Nov and Dec unpaid: owed
  46 000 − 17 500 = 28 500 kr; payments settle the oldest first → Oct 5 500, Nov 11 500,
  Dec 11 500; three months late; a reminder gives 14 days: 3 Jan 2026;
* payment agreement 4 000 kr a month from Jan 2026 for 28 500 kr: 7 × 4 000 + 500, January to
  August 2026.
"""

from __future__ import annotations

import io
import os
import re
import stat
from datetime import date

import pypdf
import pytest

from leietileie.domain.arrears import LedgerMonth, arrears_facts
from leietileie.domain.model import Income
from leietileie.domain.pathway import Agreement, status
from leietileie.domain.payment_agreement import schedule
from leietileie.domain.register import Person, RegisteredHousehold, Tenancy, Unit
from leietileie.errors import InputError
from leietileie.letters.followup import FOLLOWUP_TYPES, FollowupRequest, render_followup_letter
from leietileie.letters.sample import sample_profile
from leietileie.services import followup, followup_actions
from leietileie.services.followup_letters import produce_followup_letter, unpaid_months
from leietileie.storage import Database
from leietileie.storage.records import RentPayment

PROFILE = sample_profile()
LANGS = ("nb", "nn", "en")

UNIT = Unit(
    "B-017",
    "Storgata 1",
    "1234",
    "Eksempelby",
    "freehold",
    3_400_000,
    date(2026, 5, 1),
    gnr="12",
    bnr="34",
    area_m2=62,
)
AGREEMENT = Agreement(
    date(2025, 1, 1),
    3_000_000,
    3_100_000,
    20_000,
    3_500,
    date(2029, 12, 31),
    conditions="Husstanden tar kurs i personlig økonomi.",
)
LEDGER = [
    LedgerMonth("2025-09", 11_500, 11_500, date(2025, 9, 1)),
    LedgerMonth("2025-10", 11_500, 6_000, date(2025, 10, 3)),
    LedgerMonth("2025-11", 11_500, 0, None),
    LedgerMonth("2025-12", 11_500, 0, None),
]
ON = date(2025, 12, 20)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


def request(kind: str, language: str, **changes: object) -> FollowupRequest:
    facts = arrears_facts(LEDGER, ON)
    values: dict[str, object] = dict(
        letter_type=kind,
        language=language,
        recipient_name="Kari Nordmann og Ola Nordmann",
        letter_date=ON,
        reference="2025/H-1-7",
        household_ref="H-1",
        recipient_address=("Storgata 1", "1234 Eksempelby"),
        applicants=("Kari Nordmann", "Ola Nordmann"),
        unit=UNIT,
        agreement=AGREEMENT,
        pathway=status(AGREEMENT, [(date(2025, 11, 30), 50_000)], date(2025, 12, 1)),
        next_reassessment=date(2026, 1, 1),
        arrears=facts,
        unpaid_months=(("2025-10", 5_500.0), ("2025-11", 11_500.0), ("2025-12", 11_500.0)),
        instalments=tuple(schedule("2026-01", 4_000, 28_500)),
        deadline=date(2026, 1, 3),
    )
    values.update(changes)
    return FollowupRequest(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[str, str], bytes]:
    return {
        (k, lang): render_followup_letter(request(k, lang), PROFILE)
        for k in FOLLOWUP_TYPES
        for lang in LANGS
    }


# --- Pure rendering: every letter, every language ------------------------------------------

TITLES = {
    "rto_agreement": (
        "Avtale om leie til eie",
        "Avtale om leige til eige",
        "Rent-to-own agreement",
    ),
    "pathway_status": (
        "Slik går sparingen deres mot kjøp av boligen",
        "Slik går det med sparinga mot kjøp av bustaden",
        "How your saving towards buying the home is going",
    ),
    "option_offer": (
        "Dere kan nå kjøpe boligen dere leier",
        "De kan no kjøpe bustaden de leiger",
        "You can now buy the home you rent",
    ),
    "payment_reminder": (
        "Betalingsoppfordring: ubetalt husleie",
        "Betalingsoppmoding: ubetalt husleige",
        "Payment reminder: unpaid rent",
    ),
    "arrears_talk": (
        "Vi vil gjerne snakke med dere om husleien",
        "Vi vil gjerne snakke med dykk om husleiga",
        "We would like to talk with you about the rent",
    ),
    "payment_agreement": (
        "Nedbetalingsavtale for ubetalt husleie",
        "Nedbetalingsavtale for ubetalt husleige",
        "Repayment agreement for unpaid rent",
    ),
}


@pytest.mark.parametrize("kind", FOLLOWUP_TYPES)
@pytest.mark.parametrize("index", range(3))
def test_each_letter_renders_in_each_language_to_a_pdfa(rendered, kind, index):
    lang = LANGS[index]
    data = rendered[(kind, lang)]
    assert data.startswith(b"%PDF-1.7")
    reader = pypdf.PdfReader(io.BytesIO(data))
    assert b"pdfaid:part" in data and "/OutputIntents" in reader.trailer["/Root"]
    text = pdf_text(data)
    assert TITLES[kind][index] in text
    assert {"nb": "Side 1 av", "nn": "Side 1 av", "en": "Page 1 of"}[lang] in text
    assert "Kari Nordmann og Ola Nordmann" in text and "2025/H-1-7" in text
    # identical input, identical bytes
    assert render_followup_letter(request(kind, lang), PROFILE) == data


@pytest.mark.parametrize("lang", LANGS)
def test_the_agreement_has_parties_unit_figures_option_and_signatures(rendered, lang):
    text = pdf_text(rendered[("rto_agreement", lang)])
    for figure in ("3 000 000 kr", "3 100 000 kr", "20 000 kr", "3 500 kr", "226 500 kr", "59"):
        assert figure in text, figure
    assert "Eksempel kommune" in text and "Storgata 1, 1234 Eksempelby" in text
    assert "gnr. 12, bnr. 34" in text
    assert "Husstanden tar kurs i personlig økonomi." in text
    words = {
        "nb": ("1. januar 2025", "31. desember 2029", "Etter plan", "I faresonen", "Underskrift"),
        "nn": ("1. januar 2025", "31. desember 2029", "Etter plan", "I faresona", "Underskrift"),
        "en": ("1 January 2025", "31 December 2029", "Behind", "At risk", "Signature"),
    }[lang]
    for word in words:
        assert word in text, word
    place = {"nb": "Sted og dato", "nn": "Stad og dato", "en": "Place and date"}[lang]
    assert text.count(place) == 3  # the municipality and both applicants
    if lang == "nn":
        assert "ikkje" in text and "husleigelova" in text and "leigekontrakten" in text


@pytest.mark.parametrize("lang", LANGS)
def test_the_status_letter_shows_actual_against_plan_and_the_next_reassessment(rendered, lang):
    text = pdf_text(rendered[("pathway_status", lang)])
    for figure in ("55 000 kr", "50 000 kr", "5 000 kr"):
        assert figure in text, figure
    words = {
        "nb": ("Etter plan", "1,4", "1. januar 2026", "30. november 2025"),
        "nn": ("Etter plan", "1,4", "1. januar 2026", "30. november 2025"),
        "en": ("Behind", "1.4", "1 January 2026", "30 November 2025"),
    }[lang]
    for word in words:
        assert word in text, word


@pytest.mark.parametrize("lang", LANGS)
def test_the_option_offer_has_price_financing_and_reply_deadline(rendered, lang):
    text = pdf_text(rendered[("option_offer", lang)])
    assert "3 000 000 kr" in text and "3 400 000 kr" in text
    words = {
        "nb": ("3. januar 2026", "startlån", "31. desember 2029"),
        "nn": ("3. januar 2026", "førehandsvurdering av startlån", "31. desember 2029"),
        "en": ("3 January 2026", "startlån pre-assessment", "31 December 2029"),
    }[lang]
    for word in words:
        assert word in text, word


CITE = {
    "nb": {
        "9_9": "husleieloven § 9-9",
        "9_5": "husleieloven § 9-5",
        "9_7": "husleieloven § 9-7",
        "9_11": "husleieloven § 9-11",
        "4_18": "tvangsfullbyrdelsesloven § 4-18",
        "13_2": "tvangsfullbyrdelsesloven § 13-2",
        "13_6": "tvangsfullbyrdelsesloven § 13-6",
        "17": "sosialtjenesteloven § 17",
        "inkasso": "inkassoloven § 9",
    },
    "nn": {
        "9_9": "husleigelova § 9-9",
        "9_5": "husleigelova § 9-5",
        "9_7": "husleigelova § 9-7",
        "9_11": "husleigelova § 9-11",
        "4_18": "tvangsfullføringslova § 4-18",
        "13_2": "tvangsfullføringslova § 13-2",
        "13_6": "tvangsfullføringslova § 13-6",
        "17": "sosialtenestelova § 17",
        "inkasso": "inkassolova § 9",
    },
    "en": {
        "9_9": "the Tenancy Act (husleieloven) § 9-9",
        "9_5": "the Tenancy Act (husleieloven) § 9-5",
        "9_7": "the Tenancy Act (husleieloven) § 9-7",
        "9_11": "the Tenancy Act (husleieloven) § 9-11",
        "4_18": "the Enforcement Act (tvangsfullbyrdelsesloven) § 4-18",
        "13_2": "the Enforcement Act (tvangsfullbyrdelsesloven) § 13-2",
        "13_6": "the Enforcement Act (tvangsfullbyrdelsesloven) § 13-6",
        "17": "the Social Services Act (sosialtjenesteloven) § 17",
        "inkasso": "the Debt Collection Act (inkassoloven) § 9",
    },
}
MONTHS = {
    "nb": ("Oktober 2025", "November 2025", "Desember 2025"),
    "nn": ("Oktober 2025", "November 2025", "Desember 2025"),
    "en": ("October 2025", "November 2025", "December 2025"),
}


@pytest.mark.parametrize("lang", LANGS)
def test_the_reminder_has_amount_months_deadline_and_its_laws(rendered, lang):
    text = pdf_text(rendered[("payment_reminder", lang)])
    for month, amount in zip(MONTHS[lang], ("5 500 kr", "11 500 kr", "11 500 kr"), strict=True):
        assert f"{month} {amount}" in text
    assert "28 500 kr" in text and "14" in text
    assert {"nb": "3. januar 2026", "nn": "3. januar 2026", "en": "3 January 2026"}[lang] in text
    for key in ("9_9", "inkasso", "17"):
        assert CITE[lang][key] in text, key
    assert "KID" in text  # without an account number: as on the rent invoice
    with_account = pdf_text(
        render_followup_letter(request("payment_reminder", lang, account="1234 56 78901"), PROFILE)
    )
    assert "1234 56 78901" in with_account


@pytest.mark.parametrize("lang", LANGS)
def test_the_invitation_offers_nav_counselling_and_the_notice_to_nav(rendered, lang):
    text = pdf_text(rendered[("arrears_talk", lang)])
    assert "28 500 kr" in text
    for key in ("17", "9_11"):
        assert CITE[lang][key] in text, key
    proposed = pdf_text(
        render_followup_letter(request("arrears_talk", lang, meeting="8.1.2026 kl. 10.00"), PROFILE)
    )
    assert "8.1.2026 kl. 10.00" in proposed


@pytest.mark.parametrize("lang", LANGS)
def test_the_payment_agreement_has_the_domain_schedule_and_the_legal_consequences(rendered, lang):
    text = pdf_text(rendered[("payment_agreement", lang)])
    plan = schedule("2026-01", 4_000, 28_500)
    assert len(plan) == 8 and plan[-1].amount == 500
    names = {
        "nb": ("Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August"),
        "nn": ("Januar", "Februar", "Mars", "April", "Mai", "Juni", "Juli", "August"),
        "en": ("January", "February", "March", "April", "May", "June", "July", "August"),
    }[lang]
    for n, (inst, name) in enumerate(zip(plan, names, strict=True), start=1):
        assert inst.month == f"2026-{n:02d}"
        amount = f"{int(inst.amount):,}".replace(",", " ") + " kr"
        assert f"{n} {name} 2026 {amount}" in text, (n, name, amount)
    assert "28 500 kr" in text
    for key in ("9_9", "9_5", "9_7", "9_11", "4_18", "13_2", "13_6", "17"):
        assert CITE[lang][key] in text, key
    assert {"nb": "2 avdrag på rad", "nn": "2 avdrag på rad", "en": "2 instalments in a row"}[
        lang
    ] in text


def test_unpaid_months_settle_the_oldest_rent_first():
    assert unpaid_months(LEDGER, ON) == (
        ("2025-10", 5_500.0),
        ("2025-11", 11_500.0),
        ("2025-12", 11_500.0),
    )
    # On 10 December, December's rent is not overdue yet (on time until the 15th).
    assert unpaid_months(LEDGER, date(2025, 12, 10)) == (
        ("2025-10", 5_500.0),
        ("2025-11", 11_500.0),
    )


def test_a_request_without_its_facts_is_refused():
    with pytest.raises(ValueError):
        request("pathway_status", "nb", pathway=None)
    with pytest.raises(ValueError):
        request("payment_agreement", "nb", instalments=())
    with pytest.raises(ValueError):
        request("reminder", "nb")


# --- From the register: recorded, audited, logged -------------------------------------------


@pytest.fixture
def db(tmp_path):
    database = Database.open(tmp_path / "register.db", actor="tester")
    database.units.insert(UNIT)
    members = (
        Person("applicant", "Kari", "Nordmann", incomes=(Income("wage", 480_000.0),)),
        Person("co_applicant", "Ola", "Nordmann"),
    )
    household = database.households.insert(
        RegisteredHousehold("H-1", members, tenancy=Tenancy("B-017", 11_500.0, date(2019, 1, 1)))
    )
    for row in LEDGER:
        database.rent.record(
            household.id, RentPayment(row.month, row.amount_due, row.amount_paid, row.paid_on)
        )
    yield database, household.id
    database.close()


def produce(*args, **kwargs):
    """produce_followup_letter with the sample sender (the test register has no settings)."""
    kwargs.setdefault("profile", PROFILE)
    return produce_followup_letter(*args, **kwargs)


def _agreement(database, hid):
    return followup_actions.create_agreement(
        database,
        hid,
        start_date=date(2025, 1, 1),
        price_year0=3_000_000,
        valuation_year0=3_100_000,
        savings_year0=20_000,
        monthly_saving_target=3_500,
        option_expiry=date(2029, 12, 31),
    )


def test_an_agreement_letter_is_written_privately_recorded_and_audited(db, tmp_path):
    database, hid = db
    _agreement(database, hid)
    letter = produce(database, hid, "rto_agreement", ON, "nn", tmp_path / "out")
    assert letter.path.name == "H-1-leie-til-eie-avtale-nn-2025-12-20.pdf"
    assert stat.S_IMODE(os.stat(letter.path).st_mode) == 0o600
    text = pdf_text(letter.path.read_bytes())
    assert "226 500 kr" in text and "Kari Nordmann" in text
    docs = database.documents.for_household(hid)
    assert [(d.kind, d.language, d.sha256) for d in docs] == [
        ("letter_rto_agreement", "nn", letter.sha256)
    ]
    details = database.letter_details.get(letter.document_id)
    assert details.letter_type == "rto_agreement" and details.letter_date == "2025-12-20"
    assert details.extra["price_year0"] == 3_000_000
    printed = database.audit.list(entity="document", action="printed")
    assert any(str(e.entity_id) == str(letter.document_id) for e in printed)
    assert letter.action_id is None  # a pathway letter logs no arrears action


def test_the_status_letter_from_the_register(db, tmp_path):
    database, hid = db
    _agreement(database, hid)
    followup_actions.record_savings(database, hid, date(2025, 11, 30), 50_000)
    letter = produce(database, hid, "pathway_status", date(2025, 12, 1), "nb", tmp_path)
    text = pdf_text(letter.path.read_bytes())
    assert "55 000 kr" in text and "50 000 kr" in text and "1. januar 2026" in text
    # on 1 Dec, October and November are overdue and unpaid: two months late → at risk
    assert letter.request.pathway.code == "at_risk" and "I faresonen" in text


def test_the_option_offer_is_refused_before_the_option_can_be_exercised(db, tmp_path):
    database, hid = db
    _agreement(database, hid)
    with pytest.raises(InputError) as refused:
        produce(database, hid, "option_offer", ON, "nb", tmp_path)
    assert "opsjonen kan ikke brukes" in str(refused.value)
    assert database.documents.for_household(hid) == []
    # In the last three months it goes out whatever the status; ten working days to reply.
    letter = produce(database, hid, "option_offer", date(2029, 10, 15), "nb", tmp_path)
    assert letter.request.deadline == date(2029, 10, 29)
    assert "29. oktober 2029" in pdf_text(letter.path.read_bytes())
    # the reply deadline is in Saker, on the agreement's case
    case_id = database.pathway.agreements_for(hid)[0].case_id
    assert case_id is not None
    assert ("svarfrist", date(2029, 10, 29)) in {
        (d.kind, d.due_on) for d in database.cases.deadlines(case_id)
    }
    assert database.documents.for_household(hid)[0].case_id == case_id


def test_a_reminder_logs_its_action_on_the_arrears_case(db, tmp_path):
    database, hid = db
    letter = produce(database, hid, "payment_reminder", ON, "nb", tmp_path)
    assert letter.request.deadline == date(2026, 1, 3)
    text = pdf_text(letter.path.read_bytes())
    assert "Oktober 2025 5 500 kr" in text and "28 500 kr" in text
    actions = database.arrears.actions_for(hid)
    assert [(a.kind, a.on_date, a.document_id) for a in actions] == [
        ("reminder", ON, letter.document_id)
    ]
    case = database.arrears.open_case_for(hid)
    assert case is not None and actions[0].arrears_case_id == case.id
    assert database.documents.for_household(hid)[0].kind == "letter_payment_reminder"
    # the reminder step is done: the next step on the ladder is the talk (3 months late)
    rows = {r.household_id: r for r in followup.arrears_rows(database, ON)}
    assert rows[hid].step.code == "talk"


def test_the_invitation_to_a_talk_logs_a_meeting(db, tmp_path):
    database, hid = db
    letter = produce(database, hid, "arrears_talk", ON, "en", tmp_path, meeting="8 Jan 10:00")
    assert [(a.kind, a.document_id) for a in database.arrears.actions_for(hid)] == [
        ("meeting", letter.document_id)
    ]


def test_the_payment_agreement_letter_prints_the_stored_agreements_schedule(db, tmp_path):
    database, hid = db
    with pytest.raises(InputError):
        produce(database, hid, "payment_agreement", ON, "nb", tmp_path)
    followup_actions.create_payment_agreement(database, hid, "2026-01", 4_000, 28_500, ON)
    letter = produce(database, hid, "payment_agreement", ON, "nb", tmp_path)
    assert letter.request.instalments == tuple(schedule("2026-01", 4_000, 28_500))
    text = pdf_text(letter.path.read_bytes())
    assert "1 Januar 2026 4 000 kr" in text and "8 August 2026 500 kr" in text
    assert "tvangsfullbyrdelsesloven § 13-2" in text
    logged = [a for a in database.arrears.actions_for(hid) if a.document_id is not None]
    assert [(a.kind, a.document_id) for a in logged] == [("payment_agreement", letter.document_id)]
    details = database.letter_details.get(letter.document_id)
    assert details.extra["schedule"][-1] == ["2026-08", 500.0]


def test_nothing_owed_no_reminder_and_bad_input_is_refused(db, tmp_path):
    database, hid = db
    database.rent.record(hid, RentPayment("2025-11", 11_500, 28_500, date(2025, 12, 18)))
    with pytest.raises(InputError) as refused:
        produce(database, hid, "payment_reminder", ON, "nb", tmp_path)
    assert "ingen husleierestanse" in str(refused.value)
    with pytest.raises(InputError) as bad:
        produce(database, hid, "purring", ON, "se", tmp_path)
    assert "purring" in str(bad.value) and "se" in str(bad.value)
    with pytest.raises(InputError):
        produce(database, hid, "rto_agreement", ON, "nb", tmp_path)
    assert database.documents.for_household(hid) == []
    assert not list(tmp_path.glob("*.pdf"))


def test_every_language_has_the_same_texts_and_only_known_placeholders():
    import tomllib

    from leietileie.letters.followup import followup_fields, load_followup_texts
    from leietileie.letters.texts import LETTER_DIR, all_strings, placeholders

    for kind in FOLLOWUP_TYPES:
        own = {
            lang: {
                **tomllib.loads((LETTER_DIR / lang / "followup.toml").read_text("utf-8")),
                **tomllib.loads((LETTER_DIR / lang / f"{kind}.toml").read_text("utf-8")),
            }
            for lang in LANGS
        }
        assert set(own["nb"]) == set(own["nn"]) == set(own["en"]), kind
        for lang in LANGS:
            texts = load_followup_texts(lang, kind)
            known = set(followup_fields(request(kind, lang), PROFILE, texts))
            for key, value in own[lang].items():
                for text in all_strings(value):
                    assert placeholders(text) <= known, (kind, lang, key)


def test_an_ended_agreements_status_letter_has_no_next_review_and_hostile_names_are_escaped():
    ended = Agreement(
        date(2025, 1, 1),
        3_000_000,
        3_100_000,
        20_000,
        3_500,
        date(2029, 12, 31),
        status="cancelled",
    )
    letter = request(
        "pathway_status",
        "nb",
        agreement=ended,
        pathway=status(ended, [], ON),
        next_reassessment=None,
        recipient_name="<b>Ola & Kari</b>",
        applicants=("<b>Ola & Kari</b>",),
    )
    text = pdf_text(render_followup_letter(letter, PROFILE))
    assert "Avsluttet" in text and "Neste gjennomgang" not in text
    assert "<b>Ola & Kari</b>" in text


def test_a_batch_of_reminders_skips_a_household_without_arrears_and_combines_the_rest(db, tmp_path):
    from leietileie.services.followup_letters import produce_followup_batch

    database, hid = db
    members = (Person("applicant", "Per", "Hansen"),)
    other = database.households.insert(
        RegisteredHousehold("H-2", members, tenancy=Tenancy("B-017", 11_500.0))
    )
    database.rent.record(other.id, RentPayment("2025-11", 11_500, 11_500, date(2025, 11, 1)))
    out = tmp_path / "batch"
    result = produce_followup_batch(
        database, [hid, other.id], "payment_reminder", ON, "nb", out, profile=PROFILE
    )
    assert [letter.household_id for letter in result.letters] == [hid]
    assert len(result.problem_messages) == 1
    assert "H-2" in result.problem_messages[0].text()
    assert result.combined is not None and result.combined.name == (
        "utskrift-betalingsoppfordring-nb-2025-12-20.pdf"
    )
    assert stat.S_IMODE(os.stat(result.combined).st_mode) == 0o600
    pages = len(pypdf.PdfReader(str(result.letters[0].path)).pages)
    assert len(pypdf.PdfReader(str(result.combined)).pages) >= pages


def test_a_sent_letter_is_reprinted_exactly_even_after_the_ledger_changed(db, tmp_path):
    from leietileie.services.letters import reprint_document

    database, hid = db
    followup_actions.create_payment_agreement(database, hid, "2026-01", 4_000, 28_500, ON)
    letter = produce(database, hid, "payment_agreement", ON, "nn", tmp_path / "sent")
    database.rent.record(hid, RentPayment("2025-12", 11_500, 40_000, date(2025, 12, 22)))
    path, data = reprint_document(database, letter.document_id, tmp_path / "again")
    assert data == letter.path.read_bytes()
    assert path.name == "H-1-nedbetalingsavtale-nn-2025-12-20.pdf"
    reprints = database.audit.list(entity="document", action="printed")
    assert sum(1 for e in reprints if str(e.entity_id) == str(letter.document_id)) == 2


def test_an_on_track_status_letter_shows_no_shortfall_rows():
    on_track = status(AGREEMENT, [(date(2025, 11, 30), 60_000)], date(2025, 12, 1))
    assert on_track.code == "on_track"  # 60 000 kr against 55 000 kr by the plan
    text = pdf_text(
        render_followup_letter(request("pathway_status", "nb", pathway=on_track), PROFILE)
    )
    assert "I rute" in text and "60 000 kr" in text and "55 000 kr" in text
    assert "Mangler mot planen" not in text


def test_every_follow_up_letter_from_the_demo_register(tmp_path):
    """The demo register has agreements and arrears of every kind: each letter can be made
    for someone in it, in the municipality's own målform, and is recorded."""
    from leietileie.cli import main
    from leietileie.paths import default_db_path

    assert main(["demo", "--households", "120", "--seed", "3"]) == 0
    database = Database.open(default_db_path())
    try:
        on = date.today()
        candidates = {
            "pathway": [r.household_id for r in followup.pathway_rows(database, on)],
            "arrears": [r.household_id for r in followup.arrears_rows(database, on)],
        }
        made = {}
        for kind in FOLLOWUP_TYPES:
            group = (
                "pathway"
                if kind in ("rto_agreement", "pathway_status", "option_offer")
                else ("arrears")
            )
            for hid in candidates[group]:
                try:
                    made[kind] = produce_followup_letter(database, hid, kind, on, None, tmp_path)
                    break
                except InputError:
                    continue
        assert sorted(made) == sorted(FOLLOWUP_TYPES)
        for letter in made.values():
            assert pdf_text(letter.path.read_bytes()).startswith("Unntatt offentlighet")
            assert database.letter_details.get(letter.document_id).letter_type == letter.kind
    finally:
        database.close()
