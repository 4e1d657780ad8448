"""``leietileie screen [--year Y] [--out FILE]``: screen the register, store, summarise, export."""

from __future__ import annotations

import argparse
import dataclasses
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import InputError
from ..exports import writer_for
from ..paths import default_db_path
from ..rules import load_rules
from ..safe_files import check_target
from ..services.eligibility import (
    COLUMN_ALIASES,
    COLUMNS,
    DEFAULT_KEYS,
    assumptions_path,
    export_eligibility,
)
from ..services.screening import CATEGORIES, CATEGORY_LABELS_NB, ScreeningOptions, screen_register
from ..services.settings import Settings
from ..storage.database import Database
from .argtypes import format_date, integer, parse_date


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "screen",
        help="vurder alle husstander for boligen de leier, lagre resultatene og skriv en "
        "oppsummering",
        description="Kartlegger hele registeret: hvem kan kjøpe nå, med tilskudd, om noen år, "
        "eller ikke nå.",
    )
    parser.add_argument(
        "--year", type=integer, metavar="ÅR", help="regelår (standard: året i innstillingene)"
    )
    parser.add_argument(
        "--on", metavar="DATO", help="vurder per denne datoen, dd.mm.åååå (standard: i dag)"
    )
    parser.add_argument(
        "--out",
        type=Path,
        metavar="FIL",
        help="skriv kjøpsaktualitetslisten (.xlsx, .csv eller .pdf)",
    )
    parser.add_argument(
        "--columns",
        metavar="KOLONNER",
        help=f"kommaseparerte kolonner i listen (standard: {', '.join(DEFAULT_KEYS)}; alle: "
        f"{', '.join(c.key for c in COLUMNS)})",
    )
    parser.add_argument(
        "--only",
        metavar="RESULTATER",
        help=f"bare disse resultatene i listen, kommaseparert ({', '.join(CATEGORIES)})",
    )
    parser.add_argument(
        "--free-units",
        action="store_true",
        help="prøv også den billigste ledige boligen som passer hver husstand",
    )
    parser.add_argument(
        "--full-id",
        action="store_true",
        help="vis hele fødselsnummeret i listen (standard: maskert)",
    )
    parser.set_defaults(func=run)


@dataclass(frozen=True)
class Checked:
    """The options after validation: what to screen and what to export."""

    on: date | None
    year: int | None
    out: Path | None
    keys: list[str]
    only: list[str]


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def validate(args: argparse.Namespace) -> Checked:
    """Every option checked before anything is written; all problems at once (InputError).

    The allowed ``--only`` values are the screening categories, whatever they are.
    """
    problems: list[str] = []
    on: date | None = None  # checked here, with the other options, so all problems show at once
    if args.on is not None:
        try:
            on = parse_date(args.on)
        except argparse.ArgumentTypeError as exc:
            problems.append(f"--on: {exc}")
    if args.year is not None:
        try:
            load_rules(args.year)
        except InputError as exc:
            problems += [f"--year {args.year}: {line}" for line in exc.problems]
    out = Path(args.out) if args.out else None
    if out is not None:
        for check in (writer_for, check_target):
            try:
                check(out)
            except InputError as exc:
                problems += [f"--out: {line}" for line in exc.problems]
    keys = list(DEFAULT_KEYS)
    if args.columns is not None:
        keys = [COLUMN_ALIASES.get(k, k) for k in _split(args.columns)]
        allowed = [c.key for c in COLUMNS]
        unknown = [k for k in keys if k not in allowed]
        if unknown or not keys:
            what = f"ukjent kolonne {', '.join(unknown)}" if unknown else "ingen kolonner valgt"
            problems.append(f"--columns: {what}. Tillatt: {', '.join(allowed)}")
        elif len(set(keys)) != len(keys):
            twice = sorted({k for k in keys if keys.count(k) > 1})
            problems.append(f"--columns: {', '.join(twice)} er valgt mer enn én gang")
    only: list[str] = []
    if args.only is not None:
        only = _split(args.only)
        unknown = [c for c in only if c not in CATEGORIES]
        if unknown or not only:
            what = f"ukjent resultat {', '.join(unknown)}" if unknown else "ingen resultater valgt"
            problems.append(f"--only: {what}. Tillatt: {', '.join(CATEGORIES)}")
    if out is None:
        given = [
            name
            for name, value in (
                ("--columns", args.columns),
                ("--only", args.only),
                ("--full-id", args.full_id or None),
            )
            if value is not None
        ]
        if given:
            problems.append(f"{', '.join(given)}: brukes bare sammen med --out FIL")
    if problems:
        raise InputError(problems)
    return Checked(on, args.year, out, keys, only)


def run(args: argparse.Namespace) -> int:
    checked = validate(args)  # nothing is stored when an option is wrong
    path = args.db if args.db else default_db_path()
    if isinstance(path, Path) and not path.exists():
        raise InputError(
            [
                f"{path}: her finnes ingen database (lag en med «leietileie import» eller "
                "«leietileie demo»)"
            ]
        )
    database = Database.open(path)
    try:
        options = ScreeningOptions.from_settings(
            Settings(database), on=checked.on, year=checked.year
        )
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
        if checked.out is not None:
            export_eligibility(
                database,
                outcome.run_id,
                checked.out,
                keys=checked.keys,
                categories=checked.only,
                full_identity=args.full_id,
            )
            print(f"Liste skrevet til {checked.out}")
            if checked.out.suffix.lower() == ".csv":
                print(
                    "Merking (unntatt offentlighet) og forutsetninger: "
                    f"{assumptions_path(checked.out)}"
                )
    finally:
        database.close()
    return 0
