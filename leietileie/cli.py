"""The ``leietileie`` command line over services/ (../shared/cli.md).

Each command lives in ``leietileie/commands/<name>.py`` and exposes ``register(subparsers)``,
which adds its parser and sets ``func(args) -> int``. Exit status: 0 success, 1 a failure
while working, 2 bad input (one line per problem on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence

from .errors import ConflictError, InputError

COMMAND_MODULES = ("assess", "register", "screen", "letters")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leietileie",
        description="Fra leie til eie: vurdering, kartlegging og tilbudsbrev for kommunale leietakere.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file (default: the desktop app's database in the user's data directory)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"leietileie.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"leietileie.commands.{name}":
                continue  # command not built yet
            raise
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):  # a file name that is not UTF-8 must not crash a print
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    from .storage import database as _database
    from .storage.errors import describe

    _database.WAIT_NOTICE = _tell_waiting
    try:
        return int(args.func(args) or 0)
    except InputError as exc:
        for line in exc.problems:
            print(line, file=sys.stderr)
        return 2
    except ConflictError as exc:
        print(f"konflikt: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("avbrutt", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"feil: {exc}", file=sys.stderr)
        return 1
    except sqlite3.Error as exc:  # the environment (locked, damaged, read-only): no traceback
        print(f"feil: {describe(exc, getattr(args, 'db', None))}", file=sys.stderr)
        return 1


def _tell_waiting(path: object) -> None:
    print(f"Databasen {path} er opptatt; venter opptil 10 sekunder …", file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
