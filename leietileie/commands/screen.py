"""``leietileie screen [--year Y] [--out FILE]``: screen the register, store, summarise, export."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from ..errors import InputError
from ..exports import writer_for
from ..paths import default_db_path
from ..services.eligibility import COLUMNS, DEFAULT_KEYS, export_eligibility
from ..services.screening import CATEGORIES, CATEGORY_LABELS_NB, ScreeningOptions, screen_register
from ..services.settings import Settings
from ..storage.database import Database
from .argtypes import format_date, integer, parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "screen",
        help="vurder alle husstander for boligen de leier, lagre resultatene og skriv en oppsummering",
        description="Kartlegger hele registeret: hvem kan kjøpe nå, med tilskudd, om noen år, eller ikke nå.",
    )
    parser.add_argument("--year", type=integer, metavar="ÅR", help="regelår (standard: året i innstillingene)")
    parser.add_argument("--on", type=parse_date, metavar="DATO", help="vurder per denne datoen, dd.mm.åååå (standard: i dag)")
    parser.add_argument("--out", type=Path, metavar="FIL", help="skriv kjøpsaktualitetslisten (.xlsx, .csv eller .pdf)")
    parser.add_argument("--columns", metavar="KOLONNER", help=f"kommaseparerte kolonner i listen (standard: {', '.join(DEFAULT_KEYS)}; alle: {', '.join(c.key for c in COLUMNS)})")
    parser.add_argument("--only", metavar="RESULTATER", help=f"bare disse resultatene i listen, kommaseparert ({', '.join(CATEGORIES)})")
    parser.add_argument("--free-units", action="store_true", help="prøv også den billigste ledige boligen som passer hver husstand")
    parser.add_argument("--full-id", action="store_true", help="vis hele fødselsnummeret i listen (standard: maskert)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.out:
        writer_for(args.out)  # refuse an unknown file type before any work
    path = Path(args.db) if args.db else default_db_path()
    if not path.exists():
        raise InputError([f"{path}: her finnes ingen database (lag en med «leietileie import» eller «leietileie demo»)"])
    database = Database.open(path)
    try:
        options = ScreeningOptions.from_settings(Settings(database), on=args.on, year=args.year)
        if args.free_units:
            options = dataclasses.replace(options, include_free_units=True)
        outcome = screen_register(database, options)
        counts = outcome.counts()
        print(
            f"Kartlegging nr. {outcome.run_id} per {format_date(options.on)}: "
            f"{len(outcome.ids)} husstander, regelsett {options.year}"
        )
        for name in CATEGORIES:
            print(f"  {CATEGORY_LABELS_NB[name]:<26}{counts[name]:>8}")
        if options.include_free_units:
            helped = sum(1 for unit in outcome.alternative_unit if unit)
            print(f"  {'Med en annen ledig bolig':<26}{helped:>8}")
        if args.out:
            keys = [k.strip() for k in args.columns.split(",")] if args.columns else list(DEFAULT_KEYS)
            only = [k.strip() for k in args.only.split(",")] if args.only else []
            export_eligibility(database, outcome.run_id, args.out, keys=keys, categories=only, full_identity=args.full_id)
            print(f"Liste skrevet til {args.out}")
    finally:
        database.close()
    return 0
