"""The ``leietileie`` command line over services/ (docs/cli.md).

Each command lives in ``leietileie/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func(args) -> int``. Exit status: 0 success, 1 a failure
while working, 2 bad input (one line per problem on stderr, never a traceback).

Everything the command line says is Norwegian (bokmål), argparse's own words too: argparse
looks its texts up through ``gettext`` in module globals (``_`` and ``ngettext``);
:class:`NorwegianArgumentParser` swaps in a bokmål lookup while it builds, parses and formats,
and puts the originals back afterwards (nothing else in the process is affected).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from . import __version__
from .errors import ConflictError, InputError
from .os_messages import is_bad_path, os_error_nb

COMMAND_MODULES = ("assess", "register", "screen", "letters", "office", "followup")

#: argparse's messages (Python 3.11–3.13) in bokmål.
ARGPARSE_NB = {
    "usage: ": "bruk: ",
    "positional arguments": "argumenter",
    "options": "valg",
    "optional arguments": "valg",
    "subcommands": "kommandoer",
    "show this help message and exit": "vis denne hjelpeteksten og avslutt",
    "show program's version number and exit": "vis versjonsnummeret og avslutt",
    "%(prog)s: error: %(message)s\n": "%(prog)s: feil: %(message)s\n",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "the following arguments are required: %s": "disse argumentene mangler: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ugyldig valg: %(value)r (velg blant %(choices)s)"
    ),
    "invalid choice: %(value)r, maybe you meant %(closest)r?": (
        "ugyldig valg: %(value)r; mente du %(closest)r?"
    ),
    "unknown parser %(parser_name)r (choices: %(choices)s)": (
        "ukjent kommando %(parser_name)r (velg blant %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ugyldig verdi: %(value)r",
    "unrecognized arguments: %s": "ukjente argumenter: %s",
    "expected one argument": "mangler en verdi",
    "expected at most one argument": "tar høyst én verdi",
    "expected at least one argument": "trenger minst én verdi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "tvetydig valg: %(option)s kan bety %(matches)s"
    ),
    "not allowed with argument %s": "kan ikke brukes sammen med %s",
    "ignored explicit argument %r": "tar ingen verdi: %r",
    "one of the arguments %s is required": "ett av argumentene %s må oppgis",
    "unexpected option string: %s": "uventet valg: %s",
    "can't open '%(filename)s': %(error)s": "kan ikke åpne «%(filename)s»: %(error)s",
    "cannot have multiple subparser arguments": "bare én gruppe av kommandoer er tillatt",
    "%r is not callable": "%r kan ikke kalles",
}
ARGPARSE_NGETTEXT_NB = {
    "expected %s argument": ("trenger %s verdi", "trenger %s verdier"),
}


def _translate(message: str) -> str:
    return ARGPARSE_NB.get(message, message)


def _ntranslate(singular: str, plural: str, n: int) -> str:
    forms = ARGPARSE_NGETTEXT_NB.get(singular)
    if forms is None:
        return singular if n == 1 else plural
    return forms[0] if n == 1 else forms[1]


@contextmanager
def norwegian_argparse() -> Iterator[None]:
    """argparse speaks bokmål inside the block (re-entrant; restores what was there)."""
    saved: tuple[Callable[..., str], Callable[..., str]] = (
        argparse._,  # type: ignore[attr-defined]
        argparse.ngettext,  # type: ignore[attr-defined]
    )
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = _ntranslate  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class NorwegianArgumentParser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose usage, help and errors are in Norwegian (bokmål).

    Subcommand parsers are of the same class (argparse uses the parent's class).
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        with norwegian_argparse():
            super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        with norwegian_argparse():
            return super().parse_args(args, namespace)

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        with norwegian_argparse():
            return super().parse_known_args(args, namespace)

    def format_usage(self) -> str:
        with norwegian_argparse():
            return super().format_usage()

    def format_help(self) -> str:
        with norwegian_argparse():
            return super().format_help()

    def error(self, message: str) -> Any:  # noqa: ANN401 - NoReturn in typeshed
        with norwegian_argparse():
            super().error(message)


def build_parser() -> argparse.ArgumentParser:
    parser = NorwegianArgumentParser(
        prog="leietileie",
        description="Fra leie til eie: vurdering, kartlegging og tilbudsbrev for kommunale"
        " leietakere. Se docs/cli.md.",
        epilog="Avslutningskode: 0 vellykket, 1 feil underveis, 2 ugyldig inndata."
        " «leietileie KOMMANDO --help» viser hjelp for hver kommando.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"leietileie {__version__}",
        help="vis versjonsnummeret og avslutt",
    )
    _add_db_option(parser, default=None)
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO", title="kommandoer")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"leietileie.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"leietileie.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    # The global options count after the command too (``leietileie demo --db X``). In the
    # command's parser they default to SUPPRESS, so a ``--db`` given before the command is not
    # overwritten by the command's default.
    for command_parser in dict.fromkeys(sub.choices.values()):
        if "--db" not in command_parser._option_string_actions:
            _add_db_option(command_parser, default=argparse.SUPPRESS)
    return parser


def _add_db_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="FIL|URL",
        type=_db_location,
        default=default,
        help=GLOBAL_DB_HELP,
    )


GLOBAL_DB_HELP = (
    "databasefilen (standard: databasen skrivebordsprogrammet bruker, i brukerens datamappe),"
    " eller kontorets database: postgresql://bruker@vert:port/database; før eller etter"
    " kommandoen"
)


def _os_error_in(exc: BaseException) -> OSError | None:
    """The ``OSError`` behind a library's own exception (XlsxWriter's ``FileCreateError``
    wraps one in its arguments; others chain it), or None."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo:
        item = todo.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, OSError):
            return item
        todo += [item.__cause__, item.__context__, *item.args]
    return None


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 must not crash a print
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    from .storage import engine as _engine
    from .storage.classify import DRIVER_ERRORS, environment_message
    from .storage.errors import Unavailable

    _engine.WAIT_NOTICE = _tell_waiting
    try:
        _warn_network_share(args)
        return int(args.func(args) or 0)
    except InputError as exc:
        for line in [*exc.problems, *exc.cli_hints]:
            print(line, file=sys.stderr)
        return 2
    except ConflictError as exc:
        print(f"konflikt: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("avbrutt", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (``leietileie pathway | head``): not an error to tell; stdout
        # is pointed at /dev/null so that flushing it at exit does not fail again
        _quiet_stdout()
        return 1
    except Unavailable as exc:  # our own sentence (busy, newer schema, unreadable)
        print(f"feil: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        location = getattr(args, "db", None)
        message = environment_message(exc, location)
        if message is not None:  # classified: the environment gets a sentence
            # The first failure says what happened (a lost connection), not the rollback that
            # failed after it on the dead connection.
            print(f"feil: {_first_environment_message(exc, location) or message}", file=sys.stderr)
            return 1
        if isinstance(exc, DRIVER_ERRORS):
            raise  # a bug: let it show
        os_error = _os_error_in(exc)
        if os_error is None:
            raise  # a bug: let it show
        print(f"feil: {os_error_nb(os_error)}", file=sys.stderr)
        return 2 if is_bad_path(os_error) else 1


def _first_environment_message(exc: BaseException, location: Any) -> str | None:
    """The environment's sentence for the earliest storage failure behind ``exc`` (the
    exceptions it was raised while handling)."""
    from .storage.classify import environment_message

    chain: list[BaseException] = []
    item: BaseException | None = exc
    while item is not None and item not in chain:
        chain.append(item)
        item = item.__context__
    for earlier in reversed(chain):
        message = environment_message(earlier, location)
        if message is not None:
            return message
    return None


def _db_location(text: str) -> object:
    """``--db``: a file path, or a ``postgresql://`` URL; any other URL (or a mistyped one) is
    refused here (exit 2), never created as a file named ``postgresql:/…``."""
    from .storage.engine import location_of

    try:
        return location_of(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


#: Commands that never open the register (the network-share warning is not theirs to give).
NO_REGISTER = frozenset({"assess", "template"})


def _warn_network_share(args: argparse.Namespace) -> None:
    """One line on stderr when the command opens a SQLite register on a network share
    (issue 13); a warning only: the command runs and its exit status is its own."""
    if getattr(args, "command", None) in NO_REGISTER:
        return
    from .netfs import network_warning
    from .paths import default_db_location

    warning = network_warning(getattr(args, "db", None) or default_db_location(), cli=True)
    if warning is not None:
        print(warning.text(), file=sys.stderr, flush=True)


def _quiet_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        pass


def _tell_waiting(path: object) -> None:
    print(f"Databasen {path} er opptatt; venter opptil 10 sekunder …", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
