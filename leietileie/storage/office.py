"""Roles of the office database (PostgreSQL): who may read and change what, enforced by the
database itself, not only by the app.

:func:`setup_roles` (run by the database's owner or a superuser, ``leietileie kontor roller``)
creates four group roles that cannot log in, ``{prefix}_leser``, ``{prefix}_saksbehandler``,
``{prefix}_vedtak`` and ``{prefix}_admin``, and gives them privileges on the register's tables:

- *leser* (reader): reads lists and cases, never an identity number (``members.national_id``
  and ``households.search_text``, which holds the numbers for search, are left out of its
  column grants); writes nothing, not even the audit log, so an export (logged before the file
  is written) is refused.
- *saksbehandler* (caseworker): reads everything, edits households and units, opens and moves
  cases, prints letters, runs screenings, appends to the audit log; no settings, no deletion
  of cases.
- *vedtak* (decision-maker): a caseworker who also changes settings and rule adjustments and
  deletes closed cases (row-level security: an open case, its events, deadlines, assessments
  and letters, and a household with an open case cannot be deleted).
- *admin* (administrator): a decision-maker who may give the three other roles to users
  (``WITH ADMIN OPTION``).

No role may UPDATE, DELETE or TRUNCATE ``audit_log`` (not granted, and the append-only
triggers of migration 0001 refuse it for everyone). Two triggers are added: an audit line must
be written in the connected user's own name (``actor = session_user``), and, when the
municipality turns on the two-person rule (setting ``letters.two_person_rule``), a decision
letter must name a decider other than who prepared it, one of the two must be who stores it,
and the decider must hold the decision-maker role (a decision: a letter of a decision type,
or any letter with an outcome).

Login users are people: ``CREATE ROLE kari LOGIN`` by the owner, then :func:`grant_user`
(``leietileie kontor gi-tilgang kari saksbehandler``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from ..errors import InputError
from .dialect.choose import engine_of

#: The group roles by their Norwegian name (the suffix after the prefix), lowest first.
ROLES = ("leser", "saksbehandler", "vedtak", "admin")
ROLE_DESCRIPTIONS_NB = {
    "leser": "leser lister og saker uten fødselsnumre; endrer ingenting",
    "saksbehandler": "endrer husstander og boliger, åpner og flytter saker, skriver brev",
    "vedtak": "som saksbehandler, og fatter vedtak, endrer innstillinger og sletter avsluttede"
    " saker",
    "admin": "som vedtak, og gir og fjerner de andre rollene for brukere",
}
DEFAULT_PREFIX = "leietileie"
_PREFIX = re.compile(r"[a-z_][a-z0-9_]{0,39}")

#: Columns a reader may not read: identity numbers (and the search text holding them).
HIDDEN_FROM_READER = {"members": ("national_id",), "households": ("search_text",)}

_CW = "SELECT, INSERT, UPDATE"
_CW_DELETE = "SELECT, INSERT, UPDATE, DELETE"
#: What a caseworker may do per table (a decision-maker and an administrator inherit it).
CASEWORKER = {
    "units": _CW,
    "households": _CW,  # a household is deleted softly (an UPDATE)
    "members": _CW_DELETE,  # members, incomes and debts are rewritten when a household is saved
    "incomes": _CW_DELETE,
    "debts": _CW_DELETE,
    "rent_payments": _CW,
    "cases": _CW,
    "case_events": _CW,
    "deadlines": _CW,
    "assessments": _CW,
    "screening_runs": _CW,
    "screening_results": _CW,
    "documents": _CW,
    "letter_details": _CW,
    # issue 14: a household's pathway and rent arrears (kept, never deleted by a caseworker)
    "rto_agreements": _CW,
    "savings_entries": _CW,
    "arrears_cases": _CW,
    "arrears_actions": _CW,
    "payment_agreements": _CW,
    "settings": "SELECT",
    "rule_adjustments": "SELECT",
    "audit_log": "SELECT, INSERT",  # never UPDATE, DELETE or TRUNCATE
    "_sqlite_migrations": "SELECT",
}
#: What a decision-maker may do beyond a caseworker.
DECISION_MAKER = {
    "units": "DELETE",
    "households": "DELETE",  # a trigger: not while it has an open case
    "cases": "DELETE",  # row-level security: closed cases only
    "case_events": "DELETE",  # of closed cases only
    "deadlines": "DELETE",  # of closed cases only
    "assessments": "DELETE",  # not of an open case
    "documents": "DELETE",  # not of an open case
    "letter_details": "DELETE",
    "settings": "INSERT, UPDATE",
    "rule_adjustments": "INSERT",
}

_CLOSED_CASE = (
    "EXISTS (SELECT 1 FROM cases c WHERE c.id = {table}.case_id AND c.closed_on IS NOT NULL)"
)
#: Tables under row-level security and the rows a decision-maker may delete. (Not
#: ``households``: many rows are written to it with ``COPY``, which PostgreSQL refuses on a
#: table under row-level security; a trigger keeps a household with an open case instead.)
ROW_SECURITY = {
    "cases": "closed_on IS NOT NULL",
    "case_events": _CLOSED_CASE.format(table="case_events"),
    "deadlines": _CLOSED_CASE.format(table="deadlines"),
    "assessments": "NOT EXISTS (SELECT 1 FROM cases c WHERE c.id = assessments.case_id"
    " AND c.closed_on IS NULL)",
    "documents": "NOT EXISTS (SELECT 1 FROM cases c WHERE c.closed_on IS NULL AND (c.id ="
    " documents.case_id OR c.id = (SELECT a.case_id FROM assessments a"
    " WHERE a.id = documents.assessment_id)))",
}

AUDIT_ACTOR_FUNCTION = """
CREATE OR REPLACE FUNCTION audit_log_actor_is_user() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog AS $$
BEGIN
    IF NEW.actor IS DISTINCT FROM session_user::text THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'loggen føres bare i eget navn: %s kan ikke skrive en logglinje for «%s»',
            session_user, NEW.actor);
    END IF;
    RETURN NEW;
END $$
"""
AUDIT_ACTOR_TRIGGER = (
    "CREATE TRIGGER audit_log_actor_is_user BEFORE INSERT ON audit_log"
    " FOR EACH ROW EXECUTE FUNCTION audit_log_actor_is_user()"
)

OPEN_CASE_FUNCTION = """
CREATE OR REPLACE FUNCTION households_keep_open_case() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM cases c WHERE c.household_id = OLD.id AND c.closed_on IS NULL) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'husstanden %s har en åpen sak og kan ikke slettes', OLD.external_id);
    END IF;
    RETURN OLD;
END $$
"""
OPEN_CASE_TRIGGER = (
    "CREATE TRIGGER households_keep_open_case BEFORE DELETE ON households"
    " FOR EACH ROW EXECUTE FUNCTION households_keep_open_case()"
)

TWO_PERSON_FUNCTION = """
CREATE OR REPLACE FUNCTION letter_details_two_person() RETURNS trigger LANGUAGE plpgsql
SET search_path = pg_catalog, public AS $$
DECLARE
    rule_on boolean;
BEGIN
    IF NEW.outcome = '' AND NEW.letter_type NOT IN ({decision_types}) THEN
        RETURN NEW;  -- not a decision
    END IF;
    SELECT s.value = 'true' INTO rule_on FROM settings s WHERE s.key = 'letters.two_person_rule';
    IF NOT coalesce(rule_on, false) THEN
        RETURN NEW;
    END IF;
    IF NEW.decided_by = '' OR NEW.decided_by = NEW.prepared_by THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'tomannsregelen: vedtaket må fattes av en annen enn %s, som forberedte det',
            NEW.prepared_by);
    END IF;
    IF session_user::text NOT IN (NEW.prepared_by, NEW.decided_by) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'tomannsregelen: %s kan bare lagre et vedtak som saksbehandler eller beslutter',
            session_user);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = NEW.decided_by
                   AND pg_has_role(r.oid, '{decider_role}', 'MEMBER')) THEN
        RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege', MESSAGE = format(
            'tomannsregelen: beslutteren «%s» er ikke en bruker med vedtaksrollen',
            NEW.decided_by);
    END IF;
    RETURN NEW;
END $$
"""
#: The letter types that are decisions (``letters.model.DECISIONS``; storage does not import
#: the letters package, a test keeps the two equal).
DECISION_LETTER_TYPES = ("preassessment",)
TWO_PERSON_TRIGGER = (
    "CREATE TRIGGER letter_details_two_person BEFORE INSERT OR UPDATE ON letter_details"
    " FOR EACH ROW EXECUTE FUNCTION letter_details_two_person()"
)


def quote_ident(name: str) -> str:
    """An SQL identifier, quoted (any name is safe in it)."""
    return '"' + name.replace('"', '""') + '"'


def check_prefix(prefix: str) -> str:
    if not _PREFIX.fullmatch(prefix):
        raise InputError(
            f"«{prefix}» kan ikke brukes som forstavelse for rollene: bruk små bokstaver a–z,"
            " sifre og _ (høyst 40 tegn), og begynn med en bokstav."
        )
    return prefix


def role_name(role: str, prefix: str = DEFAULT_PREFIX) -> str:
    """The group role of ``role`` (one of :data:`ROLES`); InputError for another name."""
    if role not in ROLES:
        raise InputError(
            f"«{role}» er ingen rolle i leietileie. Velg en av: "
            + "; ".join(f"{name} ({ROLE_DESCRIPTIONS_NB[name]})" for name in ROLES)
            + "."
        )
    return f"{check_prefix(prefix)}_{role}"


# Connections --------------------------------------------------------------------------------


F = TypeVar("F", bound=Callable[..., Any])


def _accepts_url(func: F) -> F:
    """``func`` takes a register, a connection or a URL (opened for the call, then closed)."""

    @functools.wraps(func)
    def wrapper(target: Any, *args: Any, **kwargs: Any) -> Any:
        if not isinstance(target, str):
            return func(target, *args, **kwargs)
        conn = _connection(target)
        try:
            return func(conn, *args, **kwargs)
        finally:
            conn.close()

    return cast(F, wrapper)


def _connection(target: Any) -> Any:
    """The office database's connection of a register, a connection, or a URL (opened; the
    caller closes it). InputError for a SQLite file: roles need the office database."""
    conn = getattr(target, "conn", target)
    if isinstance(conn, str):
        from .engine import location_of, open_connection

        conn = open_connection(location_of(conn))
    if engine_of(conn).DIALECT.name != "postgresql":
        raise InputError(NOT_OFFICE_NB)
    return conn


NOT_OFFICE_NB = (
    "Roller og tilganger gjelder kontorets database (PostgreSQL): oppgi"
    " --db postgresql://eier@vert/database. En databasefil (SQLite) har ingen roller; den som"
    " kan lese filen, kan alt i den."
)


def _run(conn: Any, sql: str, params: Iterable[Any] | None = None) -> list[tuple[Any, ...]]:
    """One statement as written (PostgreSQL's own spelling, ``%s`` parameters), on the
    driver's connection; driver errors become the storage's typed errors."""
    dialect = engine_of(conn)
    try:
        cursor = conn.raw.execute(sql, None if params is None else tuple(params))
        return list(cursor.fetchall()) if cursor.description else []
    except dialect.DriverError as exc:
        raise dialect.storage_error(exc, getattr(conn, "url", None)) from exc


@_accepts_url
def database_user(target: Any) -> str:
    """Who is connected to the office database (``session_user``): what the audit log must
    record as the actor there."""
    conn = _connection(target)
    return str(_run(conn, "SELECT session_user")[0][0])


def _can_login(conn: Any, name: str) -> bool | None:
    """Whether a role may log in; None when there is no such role."""
    rows = _run(conn, "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (name,))
    return None if not rows else bool(rows[0][0])


def _tables(conn: Any) -> list[str]:
    rows = _run(
        conn,
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename",
    )
    return [str(r[0]) for r in rows]


def _columns(conn: Any, table: str) -> list[str]:
    rows = _run(
        conn,
        "SELECT column_name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position",
        (table,),
    )
    return [str(r[0]) for r in rows]


# Setting up ---------------------------------------------------------------------------------


@_accepts_url
def setup_roles(target: Any, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """Create (when missing) the four group roles and (re)set their privileges, row-level
    security and the audit and two-person triggers, in one transaction; Norwegian lines saying
    what was done. Run by the owner of the register's tables (or a superuser), after the
    schema exists (``Register.open`` creates it) and again after an upgrade adds tables."""
    prefix = check_prefix(prefix)
    conn = _connection(target)
    names = {role: f"{prefix}_{role}" for role in ROLES}
    reader, caseworker, decider, admin = (quote_ident(names[r]) for r in ROLES)
    writers = f"{caseworker}"
    done: list[str] = []
    if "audit_log" not in _tables(conn):
        raise InputError(
            "Databasen har ikke registerets tabeller ennå: åpne den først som eier"
            " (leietileie --db postgresql://eier@vert/database check)."
        )
    own = not conn.in_transaction  # inside the caller's transaction, when there is one
    if own:
        _run(conn, "BEGIN")
    try:
        for role in ROLES:
            if _can_login(conn, names[role]) is None:
                _run(conn, f"CREATE ROLE {quote_ident(names[role])} NOLOGIN")
                done.append(f"Opprettet rollen {names[role]} ({role}).")
            else:
                done.append(f"Rollen {names[role]} ({role}) fantes fra før; tilgangene fornyes.")
        _run(conn, f"GRANT {caseworker} TO {decider}")
        _run(conn, f"GRANT {decider} TO {admin} WITH ADMIN OPTION")
        _run(conn, f"GRANT {reader}, {caseworker} TO {admin} WITH ADMIN OPTION")
        database = quote_ident(str(_run(conn, "SELECT current_database()")[0][0]))
        everyone = f"{reader}, {caseworker}, {decider}, {admin}"
        _run(conn, f"REVOKE ALL ON DATABASE {database} FROM PUBLIC")
        _run(conn, f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {everyone}")
        tables = _tables(conn)
        for table in tables:
            name = quote_ident(table)
            _run(conn, f"REVOKE ALL ON {name} FROM PUBLIC, {everyone}")
            hidden = HIDDEN_FROM_READER.get(table, ())
            if hidden:
                shown = ", ".join(quote_ident(c) for c in _columns(conn, table) if c not in hidden)
                _run(conn, f"GRANT SELECT ({shown}) ON {name} TO {reader}")
            else:
                _run(conn, f"GRANT SELECT ON {name} TO {reader}")
            _run(conn, f"GRANT {CASEWORKER.get(table, 'SELECT')} ON {name} TO {writers}")
            if table in DECISION_MAKER:
                _run(conn, f"GRANT {DECISION_MAKER[table]} ON {name} TO {decider}")
        unknown = [t for t in tables if t not in CASEWORKER]
        done.append(f"Tilganger satt på {len(tables)} tabeller.")
        if unknown:
            done.append(f"Ukjente tabeller (bare lesetilgang): {', '.join(unknown)}.")
        _run(conn, f"GRANT USAGE ON SCHEMA public TO {everyone}")
        _run(conn, f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {caseworker}")
        for table, deletable in ROW_SECURITY.items():
            _row_security(conn, table, deletable, prefix, names)
        _run(conn, OPEN_CASE_FUNCTION)
        _run(conn, "DROP TRIGGER IF EXISTS households_keep_open_case ON households")
        _run(conn, OPEN_CASE_TRIGGER)
        done.append(
            "Radsikkerhet: bare avsluttede saker (med hendelser, frister, beregninger og brev)"
            " og husstander uten åpen sak kan slettes, og bare av vedtaksrollen."
        )
        _run(conn, AUDIT_ACTOR_FUNCTION)
        _run(conn, "DROP TRIGGER IF EXISTS audit_log_actor_is_user ON audit_log")
        _run(conn, AUDIT_ACTOR_TRIGGER)
        done.append(
            "Loggen: ingen rolle kan endre eller slette logglinjer, og hver linje føres i"
            " innlogget brukers navn."
        )
        decision_types = ", ".join(f"'{t}'" for t in DECISION_LETTER_TYPES)
        _run(
            conn,
            TWO_PERSON_FUNCTION.replace("{decider_role}", names["vedtak"]).replace(
                "{decision_types}", decision_types
            ),
        )
        _run(conn, "DROP TRIGGER IF EXISTS letter_details_two_person ON letter_details")
        _run(conn, TWO_PERSON_TRIGGER)
        done.append(
            "Tomannsregelen håndheves av databasen når innstillingen letters.two_person_rule"
            f" er på: beslutteren må være en annen bruker med rollen {names['vedtak']}."
        )
        if own:
            _run(conn, "COMMIT")
    except BaseException:
        if own and conn.in_transaction:
            _run(conn, "ROLLBACK")
        raise
    return done


def _row_security(
    conn: Any, table: str, deletable: str, prefix: str, names: dict[str, str]
) -> None:
    name = quote_ident(table)
    readers = f"{quote_ident(names['leser'])}, {quote_ident(names['saksbehandler'])}"
    caseworker = quote_ident(names["saksbehandler"])
    decider = quote_ident(names["vedtak"])
    _run(conn, f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
    policies = {
        "les": f"FOR SELECT TO {readers} USING (true)",
        "ny": f"FOR INSERT TO {caseworker} WITH CHECK (true)",
        "endre": f"FOR UPDATE TO {caseworker} USING (true) WITH CHECK (true)",
        "slett": f"FOR DELETE TO {decider} USING ({deletable})",
    }
    for suffix, body in policies.items():
        policy = quote_ident(f"{prefix}_{suffix}")
        _run(conn, f"DROP POLICY IF EXISTS {policy} ON {name}")
        _run(conn, f"CREATE POLICY {policy} ON {name} {body}")


# Users --------------------------------------------------------------------------------------


def _login_user(conn: Any, username: str, prefix: str) -> None:
    can_login = _can_login(conn, username)
    if can_login is None:
        raise InputError(
            f"Brukeren «{username}» finnes ikke i databasetjeneren. Eieren oppretter den først:"
            f" CREATE ROLE {quote_ident(username)} LOGIN;"
        )
    if not can_login or username in {f"{prefix}_{r}" for r in ROLES}:
        raise InputError(
            f"«{username}» er ingen innloggingsbruker (en grupperolle kan ikke få en rolle her)."
        )


@_accepts_url
def grant_user(target: Any, username: str, role: str, prefix: str = DEFAULT_PREFIX) -> str:
    """Give a login user one of the group roles; a Norwegian line saying so."""
    group = role_name(role, prefix)
    conn = _connection(target)
    if _can_login(conn, group) is None:
        raise InputError(
            f"Rollen {group} finnes ikke ennå: sett opp rollene først (leietileie kontor roller)."
        )
    _login_user(conn, username, prefix)
    _run(conn, f"GRANT {quote_ident(group)} TO {quote_ident(username)}")
    return f"{username} har nå rollen {role} ({group})."


@_accepts_url
def revoke_user(target: Any, username: str, role: str, prefix: str = DEFAULT_PREFIX) -> str:
    """Take one of the group roles from a login user; a Norwegian line saying so."""
    group = role_name(role, prefix)
    conn = _connection(target)
    _login_user(conn, username, prefix)
    if _can_login(conn, group) is None:
        return f"Rollen {group} finnes ikke; {username} har den ikke."
    _run(conn, f"REVOKE {quote_ident(group)} FROM {quote_ident(username)}")
    return f"{username} har ikke lenger rollen {role} ({group})."


@_accepts_url
def user_roles(target: Any, username: str, prefix: str = DEFAULT_PREFIX) -> list[str]:
    """The leietileie roles (Norwegian names) a user has directly."""
    conn = _connection(target)
    rows = _run(
        conn,
        "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid"
        " JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = %s",
        (username,),
    )
    held = {str(r[0]) for r in rows}
    return [role for role in ROLES if f"{prefix}_{role}" in held]


__all__ = [
    "DEFAULT_PREFIX",
    "NOT_OFFICE_NB",
    "ROLES",
    "ROLE_DESCRIPTIONS_NB",
    "database_user",
    "grant_user",
    "revoke_user",
    "role_name",
    "setup_roles",
    "user_roles",
]
