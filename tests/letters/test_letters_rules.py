"""Letters a municipality can send (issue 11): appeal body, who decided, fresh figures, the
screening's gate, rule groups confirmed, cases moved, files owner-only, logo limits."""

import hashlib
import io
import os
import re
import stat
from dataclasses import replace
from datetime import date, timedelta

import pypdf
import pytest

from leietileie.cli import main
from leietileie.domain.model import Income
from leietileie.errors import InputError
from leietileie.letters import combine_pdfs, render_letter
from leietileie.letters.page import LOGO_MAX_BYTES, read_logo
from leietileie.paths import default_db_path
from leietileie.services import letters as service
from leietileie.services.letters import (
    check_logo,
    confirm_rule_groups,
    gate_reasons,
    produce_batch,
    produce_letter,
    profile_from_settings,
    reprint_document,
)
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

TODAY = date.today()


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return re.sub(r"[ \u00a0]+", " ", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture()
def db():
    assert main(["demo", "--households", "25", "--seed", "3"]) == 0
    assert main(["screen"]) == 0
    database = Database.open(default_db_path(), actor="kari")
    confirm_rule_groups(database, Settings(database).year())
    yield database
    database.close()


def _buyer(db) -> int:
    """A household the screening found able to buy now, and that the filters let through."""
    run = db.screening.latest_run()
    ids = [r.household_id for r in db.screening.results(run) if r.category == "kan_kjope_na"]
    gate = gate_reasons(db, ids, TODAY)
    return next(hid for hid in ids if not gate[hid])


# 1. The appeal body ------------------------------------------------------------------------


def test_appeal_body_defaults_to_the_municipalitys_klagenemnd(tmp_path):
    database = Database.open(tmp_path / "r.db")
    try:
        Settings(database).set_many(
            {"municipality.name": "Eksempel kommune", "municipality.contact_phone": "12 34 56 78"}
        )
        profile = profile_from_settings(database)
    finally:
        database.close()
    assert profile.appeal_body == "kommunens klagenemnd"
    assert "Statsforvalter" not in profile.appeal_body


def test_no_demo_letter_names_statsforvalteren(db, tmp_path):
    hid = _buyer(db)
    _, data = produce_letter(db, hid, tmp_path, letter_type="preassessment", language="nb")
    text = pdf_text(data)
    assert "Statsforvalter" not in text
    assert "klagenemnda i Eksempel kommune" in text
    assert "§ 28 annet ledd" in text and "§ 7-9" in text


def _has(text: str, words: str) -> bool:
    """The words in the text, whatever line breaks the PDF puts between them."""
    return re.search(r"\s+".join(map(re.escape, words.split())), text) is not None


def test_the_default_appeal_body_is_worded_in_the_letters_language(db, tmp_path):
    hid = _buyer(db)
    Settings(db).set("municipality.appeal_body", "kommunens klagenemnd")  # the default
    for language, wording in (
        ("en", "send your appeal to the municipality's appeal board, which"),
        ("nn", "sender vi klaga til klagenemnda i kommunen, som"),
        ("nb", "sender vi klagen til kommunens klagenemnd, som"),
    ):
        _, data = produce_letter(
            db, hid, tmp_path / language, letter_type="preassessment", language=language
        )
        text = pdf_text(data)
        assert _has(text, wording), language
        if language != "nb":
            assert not _has(text, "kommunens klagenemnd"), language


def test_a_municipalitys_own_appeal_body_is_printed_as_set(db, tmp_path):
    hid = _buyer(db)
    Settings(db).set("municipality.appeal_body", "Klagenemnda for startlån i Eksempel kommune")
    for language in ("en", "nn"):
        _, data = produce_letter(
            db, hid, tmp_path / language, letter_type="preassessment", language=language
        )
        assert _has(pdf_text(data), "to Klagenemnda for startlån i Eksempel kommune, which") or (
            _has(pdf_text(data), "til Klagenemnda for startlån i Eksempel kommune, som")
        )


# 3. One decision, one person who made it ----------------------------------------------------


def test_decision_names_who_prepared_and_who_decided(db, tmp_path):
    hid = _buyer(db)
    Settings(db).set("letters.two_person_rule", True)
    with pytest.raises(InputError) as refused:
        produce_letter(db, hid, tmp_path, letter_type="preassessment", language="nb")
    assert "tomannsregelen" in refused.value.problems[0]
    # what the app shows names no command-line flag; the command line adds it as a hint
    assert not any("--" in p for p in refused.value.problems)
    assert refused.value.cli_hints == ["Beslutter: --decided-by NAVN"]
    with pytest.raises(InputError):  # the same person may not decide their own case
        produce_letter(
            db, hid, tmp_path, letter_type="preassessment", language="nb", decided_by="kari"
        )
    letter, data = produce_letter(
        db, hid, tmp_path, letter_type="preassessment", language="nb", decided_by="Per Leder"
    )
    text = pdf_text(data)
    assert re.search(r"Per Leder\s+Beslutter", text)
    # "kari" is the login; with no name set for it, the profile's contact name is printed
    assert re.search(r"Kari Saksbehandler\s+Saksbehandler", text)
    assert not re.search(r"\bkari\b", text)
    details = db.letter_details.get(letter.document_id)
    assert (details.prepared_by, details.decided_by, details.outcome) == (
        "kari",
        "Per Leder",
        "innvilget",
    )


def test_the_signature_prints_the_names_set_for_the_logins(db, tmp_path):
    hid = _buyer(db)
    Settings(db).set_many(
        {
            "letters.people": (
                "kari = Kari Nordmann, rådgiver; phansen = Per Hansen, avdelingsleder"
            ),
            "letters.two_person_rule": True,
        }
    )
    letter, data = produce_letter(
        db, hid, tmp_path, letter_type="preassessment", language="nb", decided_by="phansen"
    )
    text = pdf_text(data)
    assert re.search(r"Per Hansen\s+avdelingsleder\s+Beslutter", text)
    assert re.search(r"Kari Nordmann\s+rådgiver\s+Saksbehandler", text)
    assert not re.search(r"\b(kari|phansen)\b", text)
    details = db.letter_details.get(letter.document_id)
    assert (details.prepared_by, details.decided_by) == ("kari", "phansen")  # the logins
    path, again = reprint_document(db, letter.document_id, tmp_path / "again")
    assert again == data


def test_a_signatory_entry_without_a_name_is_refused_naming_it(db):
    with pytest.raises(InputError) as refused:
        Settings(db).set("letters.people", "kari = Kari Nordmann; per")
    assert "«per»" in refused.value.problems[0]
    assert Settings(db).get("letters.people") == ""


def test_refusals_are_never_made_in_a_batch(db, tmp_path):
    run = db.screening.latest_run()
    refused = [r.household_id for r in db.screening.results(run) if r.category == "ikke_aktuelt"]
    result = produce_batch(db, refused[:3], tmp_path, letter_type="preassessment", language="nb")
    kinds = [db.assessments.latest(h).verdict for h in refused[:3]]
    assert kinds.count("not_eligible") >= 1
    assert sum("lages ikke i bunke" in p for p in result.problems) == kinds.count("not_eligible")
    # One household at a time, a caseworker's decision: allowed.
    one = refused[kinds.index("not_eligible")]
    letter, data = produce_letter(
        db, one, tmp_path / "one", letter_type="preassessment", language="nb"
    )
    assert db.letter_details.get(letter.document_id).outcome == "avslag"
    assert "Nedbetalingsplan" not in pdf_text(data)  # a refused loan gets no repayment plan


# 6. Rule groups are confirmed before printing; the letter cites the source --------------------


def _bare_demo() -> None:
    """A demo register without the showcase (``leietileie demo`` also confirms the rule
    groups, as the fictional register's own choice, to print its sample letters)."""
    from leietileie.services.demo import create_demo

    with Database.open(default_db_path()) as database:
        create_demo(database, 10, 3)


def test_unverified_rule_groups_block_printing_until_confirmed(tmp_path):
    _bare_demo()
    database = Database.open(default_db_path(), actor="ola")
    try:
        hid = database.households.page(0, 1)[0].id
        with pytest.raises(InputError) as blocked:
            produce_letter(database, hid, tmp_path, letter_type="preassessment", language="nb")
        assert "ikke kontrollert mot kilden" in blocked.value.problems[0]
        assert "Innstillinger" in blocked.value.problems[0]
        names = confirm_rule_groups(database, Settings(database).year())
        assert "husbanken_rates" in names
        entries = [e for e in database.audit.list(entity="rules") if e.actor == "ola"]
        assert {e.entity_id.split(".", 1)[1] for e in entries} == set(names)
        _, data = produce_letter(
            database, hid, tmp_path, letter_type="preassessment", language="nb"
        )
    finally:
        database.close()
    text = pdf_text(data)
    assert "skal kontrolleres" not in text
    assert "husbanken.no/rente" in text


# 7. Never print on stale figures; a reprint is byte-identical --------------------------------


def _lower_income(db, hid: int) -> None:
    household = db.households.get(hid)
    members = list(household.members)
    first = members[0]
    members[0] = replace(
        first,
        incomes=tuple(Income(i.kind, i.annual * 0.5) for i in first.incomes)
        or (Income("wage", 100_000),),
    )
    db.households.save(replace(household, members=tuple(members)))


def test_changed_income_gives_a_new_assessment_and_shows_what_changed(db, tmp_path):
    hid = _buyer(db)
    first, data = produce_letter(db, hid, tmp_path / "a", letter_type="invitation", language="nb")
    _lower_income(db, hid)
    second, _ = produce_letter(db, hid, tmp_path / "b", letter_type="preassessment", language="nb")
    assert second.assessment_id != first.assessment_id
    assert any(c.startswith("husstand, person 1, inntekt 1, per år:") for c in second.changes), (
        second.changes
    )
    new = db.assessments.get(second.assessment_id).inputs["scenario"]["household"]["members"][0][
        "incomes"
    ]
    old = db.assessments.get(first.assessment_id).inputs["scenario"]["household"]["members"][0][
        "incomes"
    ]
    assert new != old
    # The letter already sent prints again exactly as it was sent.
    path, again = reprint_document(db, first.document_id, tmp_path / "reprint")
    assert again == data
    assert hashlib.sha256(again).hexdigest() == first.sha256


def test_an_offer_refused_after_assessing_again_still_shows_what_changed(db, tmp_path):
    hid = _buyer(db)
    first, _ = produce_letter(db, hid, tmp_path / "a", letter_type="invitation", language="nb")
    before = db.assessments.get(first.assessment_id).inputs["scenario"]["household"]
    annual = before["members"][0]["incomes"][0]["annual"]
    household = db.households.get(hid)
    members = list(household.members)
    members[0] = replace(members[0], incomes=(Income("wage", 100_000.5),))
    db.households.save(replace(household, members=tuple(members)))
    with pytest.raises(InputError) as refused:
        produce_letter(db, hid, tmp_path / "b", letter_type="offer", language="nb")
    problems = refused.value.problems
    assert "kan ikke kjøpe etter siste beregning" in problems[0]
    assert any("beregnet på nytt" in p for p in problems)
    # amounts in Norwegian kroner, whole kroner rounded half away from zero
    expected = f"{int(annual + 0.5):,} kr → 100 001 kr".replace(",", " ")
    assert f"husstand, person 1, inntekt 1, per år: {expected}" in problems, problems
    assert not any(re.search(r"\d\.\d", p) for p in problems[1:])


def test_an_old_assessment_is_made_again(db, tmp_path):
    hid = _buyer(db)
    first, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    # Nothing changed and young enough (default limit 30 days): the stored one is used.
    same, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    assert same.assessment_id == first.assessment_id and same.changes == ()
    month_ago = (TODAY - timedelta(days=31)).isoformat() + "T12:00:00+00:00"
    db.conn.execute(
        "UPDATE assessments SET created_at = ? WHERE id = ?", (month_ago, first.assessment_id)
    )
    again, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    assert again.assessment_id != first.assessment_id
    assert any("31 dager gammel" in c for c in again.changes)


def test_letters_use_the_rate_adjustments_screening_uses(db, tmp_path):
    year = Settings(db).year()
    db.settings.add_rule_adjustment(year, "startlan.policy_rate", 0.0475, TODAY - timedelta(days=1))
    hid = _buyer(db)
    letter, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    inputs = db.assessments.get(letter.assessment_id).inputs
    assert inputs["adjustments"] == {"startlan.policy_rate": 0.0475}


def test_a_rate_adjustment_reaches_the_default_rates_of_a_stored_assessment(db, tmp_path):
    """Issue 15 item 2: Husbanken's floating rate and the bank's rate change a letter's figures
    as they change a new assessment (startlån rate = floating + the default 0.25 pp margin)."""
    year = Settings(db).year()
    hid = _buyer(db)
    first, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    stored = db.assessments.get(first.assessment_id).inputs["scenario"]["financing"]
    assert (stored["startlan_rate"], stored["bank_rate"]) == (0.0489, 0.052)
    db.settings.add_rule_adjustment(
        year, "husbanken_rates.floating", 0.05, TODAY - timedelta(days=1)
    )
    db.settings.add_rule_adjustment(year, "bank.default_rate", 0.06, TODAY - timedelta(days=1))
    second, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    assert second.assessment_id != first.assessment_id
    financing = db.assessments.get(second.assessment_id).inputs["scenario"]["financing"]
    assert (financing["startlan_rate"], financing["bank_rate"]) == (0.0525, 0.06)


# 8. The same gate as the screening ----------------------------------------------------------


def test_offer_to_a_household_the_filters_exclude_is_refused(db, tmp_path):
    hid = _buyer(db)
    db.conn.execute("UPDATE households SET arrears = 50000 WHERE id = ?", (hid,))
    for kind in ("offer", "invitation"):
        with pytest.raises(InputError) as refused:
            produce_letter(db, hid, tmp_path, letter_type=kind, language="nb")
        assert "Husleierestanse over grensen" in refused.value.problems[0]
    external = db.households.get(hid).external_id
    assert main(["letters", external, "--out", str(tmp_path / "cli")]) == 2
    assert not list((tmp_path / "cli").glob("*.pdf")) if (tmp_path / "cli").exists() else True


# 9. Cooperative dwellings: the valuation's age --------------------------------------------------


def test_old_valuation_gives_a_warning(db, tmp_path):
    hid = _buyer(db)
    unit_id = db.households.get(hid).tenancy.unit_id
    old = (TODAY - timedelta(days=400)).isoformat()
    db.conn.execute("UPDATE units SET valuation_date = ? WHERE unit_id = ?", (old, unit_id))
    letter, _ = produce_letter(db, hid, tmp_path, letter_type="offer", language="nb")
    assert any("eldre enn 12 måneder" in w for w in letter.warnings)


def test_an_empty_dpo_contact_is_warned_about_before_printing(db, tmp_path):
    hid = _buyer(db)
    # the demo register names the data protection officer: no warning, and the letter says so
    assert Settings(db).get("letters.dpo_contact")
    prepared = service.check_letter(db, hid, "offer")
    assert not any(m.code == "letter_dpo_missing" for m in prepared.warning_messages)
    Settings(db).set("letters.dpo_contact", "")
    prepared = service.check_letter(db, hid, "offer")
    (warning,) = [m for m in prepared.warning_messages if m.code == "letter_dpo_missing"]
    assert "personvernombudet mangler" in warning.text()
    assert "data protection officer" in warning.text("en")
    letter, _ = produce_letter(db, hid, tmp_path, letter_type="offer", language="nb")
    assert any("personvernombudet mangler" in w for w in letter.warnings)


def test_the_demo_letters_name_the_data_protection_officer(db, tmp_path):
    _, data = produce_letter(db, _buyer(db), tmp_path, letter_type="offer", language="nb")
    assert _has(pdf_text(data), "personvernombudet@eksempel.kommune.no")


def _old_valuation(db, hid: int) -> None:
    unit_id = db.households.get(hid).tenancy.unit_id
    old = (TODAY - timedelta(days=400)).isoformat()
    db.conn.execute("UPDATE units SET valuation_date = ? WHERE unit_id = ?", (old, unit_id))


def test_the_old_valuation_warning_names_the_letter_it_is_about(db):
    hid = _buyer(db)
    _old_valuation(db, hid)
    offer = service.check_letter(db, hid, "offer").warnings
    decision = service.check_letter(db, hid, "preassessment").warnings
    assert any("bestill ny takst før tilbudet sendes" in w for w in offer)
    assert any("bestill ny takst før vedtaket sendes" in w for w in decision)
    assert not any("tilbud" in w for w in decision)
    (message,) = [
        m
        for m in service.check_letter(db, hid, "preassessment").warning_messages
        if m.code == "letter_valuation_old"
    ]
    assert "before the decision is sent" in message.text("en")
    assert "før vedtaket blir sendt" in message.text("nn")


def test_the_command_line_holds_back_letters_with_warnings_before_writing(db, tmp_path, capsys):
    hid = _buyer(db)
    _old_valuation(db, hid)
    external = db.households.get(hid).external_id
    documents = len(db.documents.for_household(hid))
    out = tmp_path / "cli"
    capsys.readouterr()
    assert main(["letters", external, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert f"Ikke skrevet: husstand {external}: taksten" in err
    assert "1 holdt tilbake" in err and "--godta-advarsler" in err
    assert not out.exists() or not list(out.iterdir())  # no letter, no print file
    assert len(db.documents.for_household(hid)) == documents  # nothing recorded
    # Accepted: written, with the warning in the summary
    assert main(["letters", external, "--out", str(out), "--godta-advarsler"]) == 0
    err = capsys.readouterr().err
    assert "Advarsel: husstand" in err and "1 brev skrevet" in err
    assert [p.name.startswith("utskrift-") for p in sorted(out.glob("*-tilbud-*.pdf"))] == [
        False,
        True,
    ]


def test_a_batch_writes_the_letters_without_warnings_and_lists_the_others(db, tmp_path, capsys):
    run = db.screening.latest_run()
    ids = [r.household_id for r in db.screening.results(run) if r.category == "kan_kjope_na"]
    gate = gate_reasons(db, ids, TODAY)
    buyers = [h for h in ids if not gate[h]]
    assert len(buyers) >= 2
    fresh = (TODAY - timedelta(days=30)).isoformat()
    for hid in buyers:
        unit_id = db.households.get(hid).tenancy.unit_id
        db.conn.execute("UPDATE units SET valuation_date = ? WHERE unit_id = ?", (fresh, unit_id))
    _old_valuation(db, buyers[0])
    externals = [db.households.get(h).external_id for h in buyers]
    out = tmp_path / "batch"
    capsys.readouterr()
    assert main(["letters", *externals, "--out", str(out)]) == 1  # some held back
    err = capsys.readouterr().err
    assert f"Ikke skrevet: husstand {externals[0]}" in err
    written = {p.name.split("-tilbud-")[0] for p in out.glob("*-tilbud-*.pdf")}
    assert written == {*externals[1:], "utskrift"}, err


# 10. Letters belong to cases -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "state", "deadline", "label"),
    [
        ("invitation", "invitert", "svarfrist_invitasjon", "Svarfrist for invitasjon"),
        ("offer", "tilbud_sendt", "svarfrist", "Svarfrist for tilbud"),
        ("preassessment", "vedtak_sendt", "svarfrist_vedtak", "Svarfrist for vedtak"),
    ],
)
def test_a_letter_opens_or_moves_the_case_with_its_reply_deadline(
    db, tmp_path, kind, state, deadline, label
):
    hid = _buyer(db)
    letter, _ = produce_letter(db, hid, tmp_path, letter_type=kind, language="nb")
    case = db.cases.current(hid)
    assert case is not None and case.state == state
    profile = profile_from_settings(db)
    from leietileie.domain.deadlines import reply_deadline
    from leietileie.services.cases import DEADLINE_LABELS_NB

    due = reply_deadline(TODAY, profile.reply_working_days)
    open_ = [(d.kind, d.due_on) for d in db.cases.deadlines(case.id) if not d.done]
    assert (deadline, due) in open_
    assert not any(k.startswith("svarfrist") and k != deadline for k, _ in open_)
    assert DEADLINE_LABELS_NB[deadline] == label
    assert db.documents.for_household(hid)[-1].case_id == case.id


def test_a_refusal_puts_the_appeal_deadline_in_the_case(db, tmp_path):
    run = db.screening.latest_run()
    refused = [r.household_id for r in db.screening.results(run) if r.category == "ikke_aktuelt"]
    hid = next(
        h
        for h in refused
        if service.check_letter(db, h, "preassessment").request.assessment.verdict == "not_eligible"
    )
    letter, _ = produce_letter(db, hid, tmp_path, letter_type="preassessment", language="nb")
    assert db.letter_details.get(letter.document_id).outcome == "avslag"
    case = db.cases.current(hid)
    open_ = [(d.kind, d.due_on) for d in db.cases.deadlines(case.id) if not d.done]
    # three weeks (21 days) from the letter's date (forvaltningsloven § 29); no reply asked
    assert open_ == [("klagefrist", TODAY + timedelta(days=21))]


# 16. Files: owner-only, atomic, Norwegian names; progress and summary ---------------------------


def test_letter_and_print_files_are_owner_only_with_norwegian_names(db, tmp_path):
    hid = _buyer(db)
    result = produce_batch(db, [hid], tmp_path, letter_type="offer", language="nb")
    letter = result.letters[0]
    assert "-tilbud-nb-" in letter.path.name
    assert result.combined.name.startswith("utskrift-tilbud-nb-")
    for path in (letter.path, result.combined):
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_print_file_is_written_atomically(db, tmp_path, monkeypatch):
    hid = _buyer(db)

    def broken(pdfs, **kwargs):
        data = combine_pdfs(pdfs, **kwargs)
        raise KeyboardInterrupt(len(data))  # killed while the print file is written

    monkeypatch.setattr(service, "combine_pdfs", broken)
    with pytest.raises(KeyboardInterrupt):
        produce_batch(db, [hid], tmp_path, letter_type="invitation", language="nb")
    assert not list(tmp_path.glob("utskrift-*"))
    assert not list(tmp_path.glob(".utskrift-*"))


def test_cli_shows_progress_and_a_summary_and_hashes_only_when_verbose(db, tmp_path, capsys):
    run = db.screening.latest_run()
    everyone = [r.household_id for r in db.screening.results(run)]
    gate = gate_reasons(db, everyone, TODAY)
    ids = [db.households.get(h).external_id for h in everyone if not gate[h]][:2]
    db.close()
    assert main(["letters", *ids, "--type", "invitation", "--out", str(tmp_path / "a")]) == 0
    out, err = capsys.readouterr()
    assert "Forbereder brev 2/2" in err and "2 brev skrevet, 0 avvist" in err
    assert "sha256" not in out
    assert (
        main(["letters", *ids, "--type", "invitation", "--out", str(tmp_path / "b"), "--verbose"])
        == 0
    )
    out, _ = capsys.readouterr()
    assert re.search(r"sha256 [0-9a-f]{64}", out)


# issue 10, item 10: the logo ---------------------------------------------------------------


def test_endless_or_oversized_logo_is_refused_without_reading_it(db, tmp_path):
    big = tmp_path / "logo.png"
    with open(big, "wb") as handle:
        handle.truncate(LOGO_MAX_BYTES + 1)
    assert "ikke en vanlig fil" in check_logo("/dev/zero")
    assert "største tillatte logo" in check_logo(str(big))
    for path in ("/dev/zero", str(big)):
        db.settings.set("municipality.logo_path", path)  # saved before (or the file changed since)
        with pytest.raises(InputError):
            profile_from_settings(db)
    with pytest.raises(ValueError):
        read_logo("/dev/zero")  # capped: returns at once instead of reading forever


def test_reprint_refuses_a_document_that_is_not_a_letter(db, tmp_path):
    with pytest.raises(InputError):
        reprint_document(db, 99999, tmp_path)


def test_the_archive_file_holds_exactly_the_rendered_letter(db, tmp_path):
    hid = _buyer(db)
    letter, data = produce_letter(db, hid, tmp_path, letter_type="invitation", language="en")
    assert letter.path.read_bytes() == data
    assert hashlib.sha256(data).hexdigest() == letter.sha256


def test_batch_rendered_in_worker_processes_gives_the_same_letters(db, tmp_path, monkeypatch):
    run = db.screening.latest_run()
    everyone = [r.household_id for r in db.screening.results(run)]
    gate = gate_reasons(db, everyone, TODAY)
    ids = [h for h in everyone if not gate[h]][:3]
    monkeypatch.setattr(service, "POOL_MIN", 2)
    pooled = produce_batch(
        db, ids, tmp_path / "pool", letter_type="invitation", language="nb", workers=2
    )
    assert len(pooled.letters) == len(ids) >= 2
    for letter in pooled.letters:
        path, again = reprint_document(db, letter.document_id, tmp_path / "again")
        assert (
            hashlib.sha256(again).hexdigest()
            == letter.sha256
            == hashlib.sha256(letter.path.read_bytes()).hexdigest()
        )


def test_a_backdated_letters_assessment_is_not_reused_for_todays_letter(db, tmp_path):
    hid = _buyer(db)
    backdated, _ = produce_letter(
        db, hid, tmp_path, letter_type="invitation", language="nb", on=TODAY - timedelta(days=400)
    )
    today, _ = produce_letter(db, hid, tmp_path, letter_type="invitation", language="nb")
    assert today.assessment_id != backdated.assessment_id
    assert any(
        ", alder:" in change for change in today.changes
    )  # the members' ages on the letter's date


def test_settings_refuse_an_endless_logo_when_saved(db):
    with pytest.raises(InputError) as refused:
        Settings(db).set("municipality.logo_path", "/dev/zero")
    assert "ikke en vanlig fil" in refused.value.problems[0]
    assert Settings(db).get("municipality.logo_path") in ("", None)


def test_a_batch_on_unconfirmed_rules_is_refused_once_and_writes_nothing(tmp_path, capsys):
    _bare_demo()
    assert (
        main(
            [
                "letters",
                "DEMO-000001",
                "DEMO-000002",
                "--type",
                "invitation",
                "--out",
                str(tmp_path),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert err.count("ikke kontrollert mot kilden") == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_worker_processes_are_spawned_fresh_when_qt_is_loaded(monkeypatch):
    import PySide6.QtCore  # noqa: F401 - the app has Qt loaded: forking it could deadlock

    from leietileie.letters.sample import sample_profile, sample_request

    renderer = service._Renderer(sample_profile(), workers=2, expected=service.POOL_MIN)
    try:
        assert renderer.pool is not None
        assert renderer.pool._mp_context.get_start_method() == "spawn"
        request = sample_request("invitation", "nb", with_appendix=False)
        assert renderer.submit(request)() == render_letter(request, sample_profile())
    finally:
        renderer.close()


def test_a_sent_letter_reprints_from_its_file_after_the_rule_texts_changed(
    db, tmp_path, monkeypatch
):
    """A letter sent before a rule file's source text (or a letter text) was edited still
    reprints exactly: its own file, unchanged (its hash is the recorded one), is the letter.
    Rendering it again from the stored inputs would now give other bytes."""
    hid = _buyer(db)
    letter, data = produce_letter(db, hid, tmp_path / "sent", letter_type="offer", language="nb")
    monkeypatch.setattr(service, "render_letter", lambda *a, **k: b"%PDF-1.7 rendered today")
    path, again = reprint_document(db, letter.document_id, tmp_path / "again")
    assert again == data and path.read_bytes() == data
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    # Without the sent file (moved, or changed), a print that differs is refused and says why.
    letter.path.write_bytes(b"%PDF-1.7 edited by someone")
    with pytest.raises(InputError) as refused:
        reprint_document(db, letter.document_id, tmp_path / "third")
    text = " ".join(refused.value.problems)
    assert "regelsettet" in text and "finnes ikke lenger" in text
    letter.path.unlink()
    with pytest.raises(InputError):
        reprint_document(db, letter.document_id, tmp_path / "fourth")
