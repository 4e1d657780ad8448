"""`leietileie kontor roller | gi-tilgang | fjern-tilgang` (docs/office-database.md): the
office database's roles, set up and given to users.

Only for the office database (PostgreSQL): on a SQLite file the command refuses (exit 2),
since a file has no roles. ``roller`` is run by the database's owner; ``gi-tilgang`` and
``fjern-tilgang`` by the owner or a user with the administrator role. What the database
refuses for the connected user is said in Norwegian (exit 1, nothing changed).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..errors import InputError

ROLE_HELP = (
    "leser (lister uten fødselsnumre), saksbehandler, vedtak (vedtak, innstillinger, sletting av"
    " avsluttede saker) eller admin (gir roller)"
)


def _location(text: str) -> object:
    from ..storage.engine import location_of

    try:
        return location_of(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "kontor",
        help="roller og tilganger i kontorets database (PostgreSQL)",
        description="Setter opp rollene i kontorets database og gir dem til brukere. Se"
        " docs/office-database.md.",
    )
    sub = p.add_subparsers(dest="office_command", metavar="KOMMANDO", title="kommandoer")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        metavar="URL",
        type=_location,
        default=argparse.SUPPRESS,  # the option before the command counts as well
        help="kontorets database: postgresql://bruker@vert:port/database",
    )
    common.add_argument(
        "--prefiks",
        default="leietileie",
        metavar="NAVN",
        help="forstavelsen i rollenes navn (standard: leietileie → leietileie_leser …)",
    )
    q = sub.add_parser(
        "roller",
        parents=[common],
        help="opprett eller forny rollene og tilgangene (databasens eier)",
        description="Oppretter rollene leser, saksbehandler, vedtak og admin (om de mangler) og"
        " setter tilgangene deres på registerets tabeller på nytt. Kjøres av databasens eier,"
        " også etter en oppgradering.",
    )
    q.set_defaults(func=run_roles)
    for name, short, long, func in (
        (
            "gi-tilgang",
            "gi en bruker en rolle",
            "Gir en innloggingsbruker en av rollene",
            run_grant,
        ),
        (
            "fjern-tilgang",
            "ta en rolle fra en bruker",
            "Tar en av rollene fra en innloggingsbruker",
            run_revoke,
        ),
    ):
        q = sub.add_parser(
            name,
            parents=[common],
            help=short,
            description=f"{long}. Kjøres av databasens eier eller en bruker med rollen admin.",
        )
        q.add_argument("user", metavar="BRUKER", help="brukernavnet i databasen")
        q.add_argument("role", metavar="ROLLE", help=ROLE_HELP)
        q.set_defaults(func=func)
    p.set_defaults(func=lambda args: _missing(p))


def _missing(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _open(args: argparse.Namespace) -> Any:
    """The office database as a register (its schema created or upgraded when the user may);
    InputError for a SQLite file or no ``--db``."""
    from ..storage import Database, office
    from ..storage.dialect.choose import is_url

    location = getattr(args, "db", None)
    if location is None or not is_url(location):
        raise InputError(office.NOT_OFFICE_NB)
    return Database.open(location)


def _as_user(database: Any) -> str:
    """The connected user, who the audit log must name."""
    from ..storage import office

    return office.database_user(database)


def run_roles(args: argparse.Namespace) -> int:
    from ..storage import office

    office.check_prefix(args.prefiks)
    from ..storage import change_notices

    with _open(args) as database, database.write(actor=_as_user(database)) as session:
        lines = office.setup_roles(database, prefix=args.prefiks)
        # The app's change notices need the owner's right to create triggers: set up here,
        # so that the roles' users see each other's changes.
        if change_notices.install(database):
            lines.append("Endringsvarsler til programmet (husstander og saker) er satt opp.")
        session.audit.record(
            "changed", "database_roles", args.prefiks, {"roles": list(office.ROLES)}
        )
    for line in lines:
        print(line)
    return 0


def run_grant(args: argparse.Namespace) -> int:
    return _change(args, grant=True)


def run_revoke(args: argparse.Namespace) -> int:
    return _change(args, grant=False)


def _change(args: argparse.Namespace, grant: bool) -> int:
    from ..storage import office

    office.role_name(args.role, args.prefiks)  # a bad role name: exit 2 before connecting
    change = office.grant_user if grant else office.revoke_user
    with _open(args) as database:
        with database.write(actor=_as_user(database)) as session:  # the change and its entry
            line = change(database, args.user, args.role, prefix=args.prefiks)
            session.audit.record(
                "changed", "database_user", args.user, {"role": args.role, "granted": grant}
            )
        held = office.user_roles(database, args.user, prefix=args.prefiks)
    print(line)
    print(f"Roller for {args.user}: {', '.join(held) if held else 'ingen'}.")
    return 0
