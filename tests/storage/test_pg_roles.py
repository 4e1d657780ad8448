"""Issue 13: roles enforced by the office database (PostgreSQL), not only by the app.

One database per module with the roles set up (a prefix and login users unique to this test
run: roles are global to the server, which other test runs share), each user connecting with
its own name through ``Database.open`` and the services the app uses. Everything created is
dropped at the end.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from datetime import date
from itertools import count

import pg_server
import pytest

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.services import household_edits, register_reads
from leietileie.services.app_writes import add_rule_adjustment, export_logged, record_export
from leietileie.services.cases import delete_closed_cases, move_case, open_case
from leietileie.services.demo import create_demo
from leietileie.services.eligibility import export_eligibility
from leietileie.services.letter_rules import confirm_rule_groups
from leietileie.services.letters import gate_reasons, produce_letter
from leietileie.services.settings import Settings
from leietileie.storage import Database, change_notices, office
from leietileie.storage.errors import Unavailable
from leietileie.storage.repositories.audit import chain_problems

ON = date(2026, 1, 5)
FORBIDDEN_NB = "Du har ikke tilgang til dette i kontorets database"
RUN = f"r{os.getpid()}"
PREFIX = f"lt_{RUN}"
#: Login users of this run, by the role each is given (the caseworker has a colleague).
USERS = {
    "leser": f"lise_{RUN}",
    "saksbehandler": f"kari_{RUN}",
    "kollega": f"ola_{RUN}",
    "vedtak": f"vera_{RUN}",
    "admin": f"anne_{RUN}",
    "ny": f"per_{RUN}",
}
_ids = count(1)


def _admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(pg_server.admin_url(), autocommit=True) as conn:
        conn.execute(sql)


class Office:
    """The office database of the module, its owner's connection and its users'."""

    def __init__(self, url: str):
        self.url = url
        self.owner = Database.open(url, actor="postgres")
        self.opened: list[Database] = [self.owner]

    def url_for(self, user: str) -> str:
        head, _, rest = self.url.partition("://")
        return f"{head}://{user}@{rest.split('@', 1)[1]}"

    def open(self, role: str, actor: str | None = None) -> Database:
        user = USERS[role]
        database = Database.open(self.url_for(user), actor=actor or user)
        self.opened.append(database)
        return database

    def household(self, **kw: object) -> int:
        """A new household of the owner's (a copy of the demo's first, with a new id)."""
        first = register_reads.households_page(self.owner, 0, 1)[0]
        source = household_edits.get_household(self.owner, first.id)
        assert source is not None
        added = household_edits.add_household(
            self.owner, replace(source, id=None, external_id=f"T-{next(_ids)}", **kw)
        )
        assert added.id is not None
        return added.id

    def close(self) -> None:
        for database in self.opened:
            database.close()


@pytest.fixture(scope="module")
def office_db():
    url = pg_server.create_database("roles")
    try:
        place = Office(url)
        create_demo(place.owner, households=12, seed=3, today=ON)
        lines = office.setup_roles(place.owner, prefix=PREFIX)
        change_notices.install(place.owner)  # as the app and `kontor roller` do
        assert any(f"Opprettet rollen {PREFIX}_leser" in line for line in lines)
        for role, user in USERS.items():
            _admin(f'CREATE ROLE "{user}" LOGIN')
            if role in office.ROLES:
                office.grant_user(place.owner, user, role, prefix=PREFIX)
        office.grant_user(place.owner, USERS["kollega"], "saksbehandler", prefix=PREFIX)
        yield place
        place.close()
    finally:
        pg_server.drop_database(url)
        for user in USERS.values():
            _admin(f'DROP ROLE IF EXISTS "{user}"')
        for role in office.ROLES:
            _admin(f'DROP ROLE IF EXISTS "{PREFIX}_{role}"')


def _forbidden(call, *args, **kwargs) -> str:
    with pytest.raises(office_forbidden()) as raised:
        call(*args, **kwargs)
    assert str(raised.value).startswith(FORBIDDEN_NB), raised.value
    return str(raised.value)


def office_forbidden() -> type[Exception]:
    from leietileie.storage.dialect.postgresql import Forbidden

    return Forbidden


def _sql(db: Database, sql: str, params: tuple[object, ...] = ()) -> object:
    """One statement in a write transaction, through the session (errors classified)."""
    with db.transaction():
        return db.session.execute(sql, params)


def _count(db: Database, sql: str, params: tuple[object, ...] = ()) -> int:
    return int(db.conn.execute(sql, params).fetchone()[0])


# Setting up ---------------------------------------------------------------------------------


def test_setup_is_idempotent_and_users_hold_their_roles(office_db):
    again = office.setup_roles(office_db.url, prefix=PREFIX)  # a URL is opened and closed
    assert f"Rollen {PREFIX}_vedtak (vedtak) fantes fra før; tilgangene fornyes." in again
    assert office.user_roles(office_db.owner, USERS["vedtak"], prefix=PREFIX) == ["vedtak"]
    with office_db.open("saksbehandler") as kari:
        assert office.database_user(kari) == USERS["saksbehandler"]
    assert office.database_user(office_db.url_for(USERS["leser"])) == USERS["leser"]


def test_a_sqlite_file_has_no_roles(tmp_path):
    with Database.open(tmp_path / "reg.db") as db, pytest.raises(InputError) as raised:
        office.setup_roles(db)
    assert "kontorets database (PostgreSQL)" in str(raised.value)


def test_an_unknown_role_name_is_refused():
    with pytest.raises(InputError) as raised:
        office.role_name("sjef")
    assert "«sjef» er ingen rolle" in str(raised.value)


# Reader -------------------------------------------------------------------------------------


def test_reader_lists_households_and_cases_without_identity_numbers(office_db):
    household = office_db.household()
    open_case(office_db.owner, household, on=ON)
    lise = office_db.open("leser")
    rows = register_reads.households_page(lise, 0, 100)
    assert rows and register_reads.household_count(lise) == len(rows)
    # The list shows the masked number (the birth date's six digits and *****), never the
    # whole.
    masked = [r.national_id_masked for r in rows if r.national_id_masked]
    assert masked and all(re.fullmatch(r"\d{6} \*{5}", m) for m in masked), masked
    assert lise.cases.current(household) is not None
    _forbidden(_sql, lise, "SELECT national_id FROM members")
    _forbidden(_sql, lise, "SELECT search_text FROM households")  # holds the numbers
    _forbidden(_sql, lise, "SELECT * FROM members")


def test_reader_cannot_insert_update_or_delete(office_db):
    household = office_db.household()
    lise = office_db.open("leser")
    before = household_edits.get_household(office_db.owner, household)
    assert before is not None
    _forbidden(
        household_edits.save_household, lise, before, replace(before, notes="lest og endret")
    )
    _forbidden(_sql, lise, "UPDATE units SET city = 'X'")
    _forbidden(_sql, lise, "DELETE FROM rent_payments")
    _forbidden(_sql, lise, "INSERT INTO settings (key, value) VALUES ('x', '1')")
    _forbidden(open_case, lise, household, on=ON)
    after = household_edits.get_household(office_db.owner, household)
    assert after == before


def test_reader_cannot_export(office_db, tmp_path):
    run_id = _screening_run(office_db)
    lise = office_db.open("leser")
    entries = _count(office_db.owner, "SELECT count(*) FROM audit_log")
    target = tmp_path / "liste.xlsx"
    _forbidden(export_eligibility, lise, run_id, target)
    _forbidden(record_export, lise, "households", tmp_path / "liste.csv", 3)
    shown = tmp_path / "vist.csv"
    _forbidden(export_logged, lise, "households", shown, 1, lambda: shown.write_text("x"))
    assert not target.exists() and not shown.exists()
    assert _count(office_db.owner, "SELECT count(*) FROM audit_log") == entries


def test_the_command_line_tells_a_reader_what_the_database_refused(office_db, tmp_path, capsys):
    out = tmp_path / "liste.csv"
    argv = ["--db", office_db.url_for(USERS["leser"]), "screen", "--on", "2026-01-05"]
    assert main([*argv, "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"feil: {FORBIDDEN_NB}") and "Traceback" not in err
    assert "Ingenting er endret; spør kontorets administrator." in err
    assert not out.exists()


def _screening_run(office_db) -> int:
    from leietileie.services.screening import ScreeningOptions, screen_register

    options = ScreeningOptions.from_settings(Settings(office_db.owner), on=ON)
    return int(screen_register(office_db.owner, options).run_id)


# Caseworker ---------------------------------------------------------------------------------


def test_caseworker_edits_a_household_and_opens_a_case_in_her_own_name(office_db):
    household = office_db.household()
    last_entry = _count(office_db.owner, "SELECT max(id) FROM audit_log")
    kari = office_db.open("saksbehandler")
    before = household_edits.get_household(kari, household)
    assert before is not None and before.members[0].national_id  # she sees the number
    saved = household_edits.save_household(kari, before, replace(before, notes="ringt"))
    # A new household goes in with COPY (no row-level security on households for that).
    added = household_edits.add_household(kari, replace(before, id=None, external_id="K-1"))
    assert added.id is not None
    case = open_case(kari, household, on=ON)
    moved = move_case(kari, case.id, "invitert", on=ON)
    assert moved.state == "invitert"
    assert household_edits.get_household(office_db.owner, household).notes == "ringt"
    assert saved.version == before.version + 1
    entries = [e for e in office_db.owner.audit.list(limit=1000) if e.id > last_entry]
    assert {(e.entity, e.action) for e in entries} >= {
        ("household", "created"),
        ("household", "changed"),
        ("case", "created"),
        ("case", "changed"),
    }
    assert {e.actor for e in entries} == {USERS["saksbehandler"]}


def test_caseworker_follows_up_arrears_and_savings(office_db):
    """Issue 14's tables are the caseworker's too (logged in her name); a reader only reads."""
    household = office_db.household()
    kari = office_db.open("saksbehandler")
    case_id = kari.arrears.open_case(household, ON)
    kari.arrears.log_action(household, "reminder", ON, arrears_case_id=case_id)
    kari.arrears.add_payment_agreement(household, "2026-02", 1_000, 5_000, on=ON)
    kari.pathway.record_savings(household, ON, 12_000)
    assert [a.created_by for a in office_db.owner.arrears.actions_for(household)] == [
        USERS["saksbehandler"]
    ]
    reader = office_db.open("leser")
    assert [a.kind for a in reader.arrears.actions_for(household)] == ["reminder"]
    _forbidden(reader.arrears.log_action, household, "call", ON)


def test_caseworker_cannot_change_settings_or_rules(office_db):
    kari = office_db.open("saksbehandler")
    settings = Settings(kari)
    was = settings.get("letters.two_person_rule")
    _forbidden(settings.set, "letters.two_person_rule", not was)
    _forbidden(add_rule_adjustment, kari, 2025, "x", 1.0, ON, "")
    assert Settings(office_db.owner).get("letters.two_person_rule") == was


def test_caseworker_cannot_delete_a_closed_case(office_db, tmp_path):
    household = office_db.household()
    case = _closed_case(office_db.owner, household)
    kari = office_db.open("saksbehandler")
    _forbidden(delete_closed_cases, kari, date(2100, 1, 1), data_dir=tmp_path)
    _forbidden(_sql, kari, "DELETE FROM cases WHERE id = ?", (case,))
    _forbidden(_sql, kari, "DELETE FROM case_events WHERE case_id = ?", (case,))
    assert _count(office_db.owner, "SELECT count(*) FROM cases WHERE id = ?", (case,)) == 1


def test_nobody_writes_an_audit_line_in_another_name(office_db):
    household = office_db.household()
    posing = office_db.open("saksbehandler", actor=USERS["kollega"])
    before = household_edits.get_household(posing, household)
    assert before is not None
    message = _forbidden(
        household_edits.save_household, posing, before, replace(before, notes="i Olas navn")
    )
    assert f"loggen føres bare i eget navn: {USERS['saksbehandler']}" in message
    # The change went with the refused line (one transaction).
    assert household_edits.get_household(office_db.owner, household).notes == before.notes
    owner_as_other = Database.open(office_db.url, actor=USERS["vedtak"])
    office_db.opened.append(owner_as_other)
    _forbidden(owner_as_other.audit.record, "changed", "household", household)


@pytest.mark.parametrize("role", ["leser", "saksbehandler", "vedtak", "admin"])
def test_no_role_changes_the_audit_log(office_db, role):
    db = office_db.open(role)
    entries = _count(office_db.owner, "SELECT count(*) FROM audit_log")
    _forbidden(_sql, db, "UPDATE audit_log SET actor = 'x' WHERE id = 1")
    _forbidden(_sql, db, "DELETE FROM audit_log WHERE id = 1")
    _forbidden(_sql, db, "TRUNCATE audit_log")
    assert _count(office_db.owner, "SELECT count(*) FROM audit_log") == entries


def test_not_even_the_owner_changes_the_audit_log(office_db):
    _forbidden(_sql, office_db.owner, "DELETE FROM audit_log")
    _forbidden(_sql, office_db.owner, "TRUNCATE audit_log")
    assert chain_problems(office_db.owner.conn) == []


# Decision-maker -----------------------------------------------------------------------------


def _closed_case(db: Database, household: int) -> int:
    case = open_case(db, household, on=date(2023, 3, 1))
    move_case(db, case.id, "invitert", on=date(2023, 3, 1))
    return move_case(db, case.id, "avsluttet", on=date(2023, 3, 2)).id


def test_decision_maker_deletes_closed_cases_but_not_open_ones(office_db, tmp_path):
    owner = office_db.owner
    closed_household = office_db.household()
    closed = _closed_case(office_db.owner, closed_household)
    open_household = office_db.household()
    still_open = open_case(office_db.owner, open_household, on=ON).id
    gone_assessment = owner.assessments.add(
        closed_household, 2023, {}, {}, "eligible", case_id=closed
    )
    gone_letter = owner.documents.add(
        closed_household, "letter_offer", str(tmp_path / "a.pdf"), "0" * 64, case_id=closed
    )
    vera = office_db.open("vedtak")
    deleted = delete_closed_cases(vera, date(2100, 1, 1), data_dir=tmp_path)
    assert deleted.cases >= 1 and deleted.documents >= 1 and deleted.assessments >= 1
    assert _count(owner, "SELECT count(*) FROM cases WHERE id = ?", (closed,)) == 0
    assert _count(owner, "SELECT count(*) FROM assessments WHERE id = ?", (gone_assessment,)) == 0
    assert _count(owner, "SELECT count(*) FROM documents WHERE id = ?", (gone_letter,)) == 0
    # Row-level security: an open case, its events and its household are not hers to delete
    # (the statement deletes nothing).
    for sql, key in (
        ("DELETE FROM cases WHERE id = ?", still_open),
        ("DELETE FROM case_events WHERE case_id = ?", still_open),
        ("DELETE FROM deadlines WHERE case_id = ?", still_open),
    ):
        assert _sql(vera, sql, (key,)).rowcount == 0, sql
    refused = _forbidden(_sql, vera, "DELETE FROM households WHERE id = ?", (open_household,))
    assert "har en åpen sak og kan ikke slettes" in refused
    kept = owner.assessments.add(open_household, 2026, {}, {}, "eligible", case_id=still_open)
    letter = owner.documents.add(open_household, "letter_offer", "/b.pdf", "0" * 64)
    owner.session.execute("UPDATE documents SET case_id = ? WHERE id = ?", (still_open, letter))
    of_assessment = owner.documents.add(
        open_household, "letter_offer", "/c.pdf", "0" * 64, assessment_id=kept
    )
    for sql, key in (
        ("DELETE FROM assessments WHERE id = ?", kept),
        ("DELETE FROM documents WHERE id = ?", letter),
        ("DELETE FROM documents WHERE id = ?", of_assessment),
    ):
        assert _sql(vera, sql, (key,)).rowcount == 0, sql
    assert _count(owner, "SELECT count(*) FROM cases WHERE id = ?", (still_open,)) == 1
    assert _count(owner, "SELECT count(*) FROM case_events WHERE case_id = ?", (still_open,)) >= 1
    entry = owner.audit.list(entity="case", entity_id=closed, action="deleted")[0]
    assert entry.actor == USERS["vedtak"]


def test_decision_maker_changes_settings(office_db):
    vera = office_db.open("vedtak")
    Settings(vera).set("letters.valuation_max_months", 18)
    assert Settings(office_db.owner).get("letters.valuation_max_months") == 18


# Two-person rule ----------------------------------------------------------------------------


def _decision(
    db: Database, household: int, prepared_by: str, decided_by: str, outcome: str = "avslag"
) -> int:
    """A decision letter's document and details, stored as the letter service stores them."""
    with db.transaction():
        document = db.documents.add(household, "letter_preassessment", "/brev.pdf", "0" * 64)
        db.letter_details.add(
            document,
            letter_type="preassessment",
            letter_date=ON.isoformat(),
            reference="2026/1",
            prepared_by=prepared_by,
            decided_by=decided_by,
            outcome=outcome,
        )
    return int(document)


@pytest.fixture
def two_person_rule(office_db):
    settings = Settings(office_db.owner)
    settings.set("letters.two_person_rule", True)
    yield
    settings.set("letters.two_person_rule", False)


def test_two_person_rule_one_user_preparing_and_deciding_is_refused(office_db, two_person_rule):
    household = office_db.household()
    kari, vera = USERS["saksbehandler"], USERS["vedtak"]
    db = office_db.open("saksbehandler")
    documents = _count(office_db.owner, "SELECT count(*) FROM documents")
    message = _forbidden(_decision, db, household, kari, kari)
    assert f"tomannsregelen: vedtaket må fattes av en annen enn {kari}, som forberedte det" in (
        message
    )
    # A decider who holds no decision-maker role, or a decision stored for two others.
    assert "er ikke en bruker med vedtaksrollen" in _forbidden(
        _decision, db, household, kari, USERS["kollega"]
    )
    assert "kan bare lagre et vedtak som saksbehandler eller beslutter" in _forbidden(
        _decision, db, household, USERS["kollega"], vera
    )
    assert _count(office_db.owner, "SELECT count(*) FROM documents") == documents
    document = _decision(db, household, kari, vera)  # prepared by one, decided by another
    details = office_db.owner.letter_details.get(document)
    assert details is not None and (details.prepared_by, details.decided_by) == (kari, vera)


def test_two_person_rule_through_the_letter_service(office_db, two_person_rule, tmp_path):
    """The app's own check lets a decider other than the caseworker through; the database
    also wants the decider to hold the decision-maker role. A refused letter leaves no file."""
    owner = office_db.owner
    _screening_run(office_db)
    confirm_rule_groups(owner, Settings(owner).year())
    run = owner.screening.latest_run()
    buyers = [r.household_id for r in owner.screening.results(run) if r.category == "kan_kjope_na"]
    gate = gate_reasons(owner, buyers, ON)
    household = next(h for h in buyers if not gate[h])
    kari = office_db.open("saksbehandler")
    out = tmp_path / "brev"
    letter = {"letter_type": "preassessment", "language": "nb", "on": ON}
    message = _forbidden(
        produce_letter, kari, household, out, decided_by=USERS["kollega"], **letter
    )
    assert f"beslutteren «{USERS['kollega']}» er ikke en bruker med vedtaksrollen" in message
    assert not out.exists() or list(out.iterdir()) == []
    made, _ = produce_letter(kari, household, out, decided_by=USERS["vedtak"], **letter)
    assert made.path.exists()
    details = owner.letter_details.get(made.document_id)
    assert details is not None
    assert (details.prepared_by, details.decided_by) == (USERS["saksbehandler"], USERS["vedtak"])
    printed = owner.audit.list(entity="document", entity_id=made.document_id, action="printed")
    assert [e.actor for e in printed] == [USERS["saksbehandler"]]


def test_two_person_rule_holds_for_a_decision_letter_stored_without_its_outcome(
    office_db, two_person_rule
):
    household = office_db.household()
    kari = USERS["saksbehandler"]
    db = office_db.open("saksbehandler")
    message = _forbidden(_decision, db, household, kari, kari, outcome="")
    assert "tomannsregelen" in message


def test_the_database_knows_the_decision_letter_types():
    from leietileie.letters.model import DECISIONS

    assert office.DECISION_LETTER_TYPES == tuple(DECISIONS)


def test_without_the_rule_one_user_may_prepare_and_decide(office_db):
    household = office_db.household()
    kari = USERS["saksbehandler"]
    db = office_db.open("saksbehandler")
    assert office_db.owner.letter_details.get(_decision(db, household, kari, kari)) is not None


# Administrator and the command line ---------------------------------------------------------


def test_administrator_gives_roles_and_a_caseworker_cannot(office_db):
    anne = office_db.open("admin")
    assert office.grant_user(anne, USERS["ny"], "leser", prefix=PREFIX).startswith(USERS["ny"])
    assert office.user_roles(office_db.owner, USERS["ny"], prefix=PREFIX) == ["leser"]
    kari = office_db.open("saksbehandler")
    _forbidden(office.grant_user, kari, USERS["ny"], "vedtak", prefix=PREFIX)
    office.revoke_user(anne, USERS["ny"], "leser", prefix=PREFIX)
    assert office.user_roles(office_db.owner, USERS["ny"], prefix=PREFIX) == []


def test_a_caseworker_uses_the_command_line_in_her_own_name(office_db, capsys):
    last_entry = _count(office_db.owner, "SELECT max(id) FROM audit_log")
    argv = ["--db", office_db.url_for(USERS["saksbehandler"]), "screen", "--on", "2026-01-05"]
    assert main(argv) == 0, capsys.readouterr().err
    entries = [e for e in office_db.owner.audit.list(limit=100) if e.id > last_entry]
    assert entries and {e.actor for e in entries} == {USERS["saksbehandler"]}


def test_kontor_commands(office_db, capsys):
    owner = ["--db", office_db.url, "kontor"]
    assert main([*owner, "roller", "--prefiks", PREFIX]) == 0
    assert f"Rollen {PREFIX}_leser (leser) fantes fra før" in capsys.readouterr().out
    assert main([*owner, "gi-tilgang", USERS["ny"], "saksbehandler", "--prefiks", PREFIX]) == 0
    assert f"Roller for {USERS['ny']}: saksbehandler." in capsys.readouterr().out
    entry = office_db.owner.audit.list(entity="database_user", entity_id=USERS["ny"])[0]
    assert entry.actor == "postgres" and entry.details["role"] == "saksbehandler"
    assert main([*owner, "fjern-tilgang", USERS["ny"], "saksbehandler", "--prefiks", PREFIX]) == 0
    assert f"Roller for {USERS['ny']}: ingen." in capsys.readouterr().out


def test_kontor_refuses_an_unknown_role_and_a_missing_user(office_db, capsys):
    owner = ["--db", office_db.url, "kontor"]
    assert main([*owner, "gi-tilgang", USERS["ny"], "sjef", "--prefiks", PREFIX]) == 2
    assert "«sjef» er ingen rolle i leietileie" in capsys.readouterr().err
    assert main([*owner, "gi-tilgang", "finnes_ikke_x", "leser", "--prefiks", PREFIX]) == 2
    assert "Brukeren «finnes_ikke_x» finnes ikke" in capsys.readouterr().err


def test_kontor_by_a_caseworker_is_refused_by_the_database(office_db, capsys):
    argv = ["--db", office_db.url_for(USERS["saksbehandler"]), "kontor", "gi-tilgang"]
    assert main([*argv, USERS["ny"], "vedtak", "--prefiks", PREFIX]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"feil: {FORBIDDEN_NB}") and "Traceback" not in err
    assert office.user_roles(office_db.owner, USERS["ny"], prefix=PREFIX) == []


def test_kontor_on_a_sqlite_file_is_refused(tmp_path, capsys):
    path = tmp_path / "reg.db"
    assert main(["--db", str(path), "kontor", "roller"]) == 2
    err = capsys.readouterr().err
    assert "kontorets database (PostgreSQL)" in err and "Traceback" not in err
    assert not path.exists()  # nothing created


def test_forbidden_is_an_unavailable_with_the_norwegian_message():
    assert issubclass(office_forbidden(), Unavailable)


def test_an_office_sets_up_its_database_as_the_guide_says(tmp_path, capsys):
    """docs/office-database.md: an owner who is no superuser (but may create roles) creates
    the tables and the roles with ``kontor roller`` and gives a new user a role."""
    prefix, owner, user = f"lt_{RUN}_guide", f"eier_{RUN}", f"siri_{RUN}"
    url = pg_server.create_database("guide")
    name = url.rpartition("/")[2]
    _admin(f'CREATE ROLE "{owner}" LOGIN CREATEROLE')
    _admin(f'ALTER DATABASE "{name}" OWNER TO "{owner}"')
    head, _, rest = url.partition("://")
    as_owner = f"{head}://{owner}@{rest.split('@', 1)[1]}"
    as_user = f"{head}://{user}@{rest.split('@', 1)[1]}"
    try:
        assert main(["--db", as_owner, "kontor", "roller", "--prefiks", prefix]) == 0
        printed = capsys.readouterr().out
        assert f"Opprettet rollen {prefix}_admin (admin)." in printed
        assert "Endringsvarsler til programmet (husstander og saker) er satt opp." in printed
        assert main(["--db", as_owner, "check"]) == 0, capsys.readouterr()  # the guide's check
        with Database.open(as_owner, actor=owner) as db:
            db.session.execute(f'CREATE ROLE "{user}" LOGIN')
        argv = ["kontor", "gi-tilgang", user, "saksbehandler", "--prefiks", prefix]
        assert main([*argv, "--db", as_owner]) == 0  # --db after the command works too
        with Database.open(as_user, actor=user) as db:
            household_edits.add_unit(db, _unit())
            assert register_reads.unit(db, "G-1") is not None
            _forbidden(_sql, db, "DELETE FROM units")
    finally:
        pg_server.drop_database(url)
        for role in (user, owner, *(f"{prefix}_{r}" for r in office.ROLES)):
            _admin(f'DROP ROLE IF EXISTS "{role}"')


def _unit():
    from leietileie.domain.register import Unit

    return Unit(
        unit_id="G-1",
        address="Gata 1",
        postcode="0150",
        city="Eksempelby",
        tenure="freehold",
        valuation=2_000_000.0,
        valuation_date=ON,
    )
