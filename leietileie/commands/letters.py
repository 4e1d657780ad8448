"""``leietileie letters HOUSEHOLD_ID... [--eligible] [--type T] [--lang L] --out DIR``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import InputError
from ..letters import LANGUAGES, LETTER_TYPES
from ..paths import default_db_path
from ..services.letters import eligible_household_ids, produce_batch
from ..storage.database import Database
from .argtypes import parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "letters",
        help="skriv brev som PDF: ett per husstand og én samlet fil for utskrift",
        description=(
            "Skriver brev som PDF fra lagrede beregninger: tilbud om kjøp (offer), invitasjon til "
            "samtale (invitation) eller forhåndsvurdering av startlån (preassessment)."
        ),
    )
    parser.add_argument("households", nargs="*", metavar="HUSSTAND_ID",
                        help="husstand_id fra registeret (eller databasens id)")
    parser.add_argument("--eligible", action="store_true",
                        help="ta med alle husstander den siste kartleggingen fant kjøpeklare")
    parser.add_argument("--type", default="offer", choices=LETTER_TYPES, metavar="TYPE",
                        help="brevtype: " + ", ".join(LETTER_TYPES) + " (standard: offer)")
    parser.add_argument("--lang", choices=LANGUAGES, metavar="SPRÅK",
                        help="språk: " + ", ".join(LANGUAGES) + " (standard: kommunens målform)")
    parser.add_argument("--date", type=parse_date, metavar="DATO",
                        help="brevdato dd.mm.åååå (standard: i dag)")
    parser.add_argument("--out", type=Path, required=True, metavar="MAPPE", help="mappe for PDF-filene")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():
        raise InputError([f"{path}: her finnes ingen database (lag en med «leietileie import» eller «leietileie demo»)"])
    if not args.households and not args.eligible:
        raise InputError(["HUSSTAND_ID: oppgi minst én husstand, eller bruk --eligible"])
    if args.out.exists() and not args.out.is_dir():
        raise InputError([f"--out: {args.out} er en fil, ikke en mappe"])
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
