"""``leietileie letters HOUSEHOLD_ID... [--eligible] [--type T] [--lang L] --out DIR``."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..letters import LANGUAGES, LETTER_TYPES
from ..paths import default_db_path
from ..services.letters import eligible_household_ids, produce_batch
from ..storage.database import Database


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "letters",
        help="write letters as PDF: one per household plus one combined file for printing",
        description=(
            "Skriver brev som PDF fra lagrede beregninger: tilbud om kjøp (offer), invitasjon til "
            "samtale (invitation) eller forhåndsvurdering av startlån (preassessment)."
        ),
    )
    parser.add_argument("households", nargs="*", metavar="HOUSEHOLD_ID",
                        help="husstand_id from the register (or the database id)")
    parser.add_argument("--eligible", action="store_true",
                        help="add every household the latest screening found able to buy")
    parser.add_argument("--type", default="offer", choices=LETTER_TYPES, help="letter type (default: offer)")
    parser.add_argument("--lang", choices=LANGUAGES, help="language (default: the municipality's målform)")
    parser.add_argument("--date", type=date.fromisoformat, help="letter date YYYY-MM-DD (default: today)")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR", help="folder for the PDF files")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():
        raise InputError([f"{path}: no database here (create one with 'leietileie demo' or 'leietileie import')"])
    if not args.households and not args.eligible:
        raise InputError(["HOUSEHOLD_ID: name at least one household, or use --eligible"])
    if args.out.exists() and not args.out.is_dir():
        raise InputError([f"--out: {args.out} is a file, not a folder"])
    database = Database.open(path)
    try:
        keys: list[int | str] = list(args.households)
        if args.eligible:
            keys += [i for i in eligible_household_ids(database) if i not in keys]
        result = produce_batch(database, keys, args.out, letter_type=args.type, language=args.lang, on=args.date)
    finally:
        database.close()
    for letter in result.letters:
        print(f"{letter.external_id}\t{letter.path}\tsha256 {letter.sha256[:16]}")
    if result.combined is not None:
        print(f"Til utskrift: {result.combined} ({len(result.letters)} brev)")
    for problem in result.problems:
        print(problem, file=sys.stderr)
    if result.problems and not result.letters:
        return 2
    return 1 if result.problems else 0
