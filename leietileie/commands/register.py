"""`leietileie demo | template | import | backup | restore | check | migrate-to` (cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from .. import paths
from ..errors import InputError
from .argtypes import integer

KINDS = ("units", "tenants", "rent")
KIND_HELP = "units = boliger, tenants = leietakere, rent = husleiereskontro (betalt per måned)"


def _db_path(args: argparse.Namespace) -> Any:
    """The register: ``--db`` (a file path or a ``postgresql://`` URL, checked by the
    parser), else the app's default file."""
    return args.db if getattr(args, "db", None) else paths.default_db_path()


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "demo",
        help="fyll databasen med et fiktivt demoregister",
        description="Fyller databasen med boliger og leietakere i en fiktiv kommune"
        " (gyldige, men oppdiktede fødselsnumre).",
    )
    p.add_argument(
        "--households",
        type=integer,
        default=2000,
        metavar="N",
        help="antall husstander (standard: 2000)",
    )
    p.add_argument(
        "--seed",
        type=integer,
        default=1,
        metavar="S",
        help="frø (samme frø gir samme register; standard: 1)",
    )
    p.add_argument(
        "--tiltakssone",
        action="store_true",
        help="den fiktive kommunen ligger i tiltakssonen (Finnmark og Nord-Troms)",
    )
    p.set_defaults(func=run_demo)

    p = subparsers.add_parser(
        "template",
        help="skriv en tom importmal (XLSX eller CSV)",
        description="Skriver en tom importmal med riktige kolonneoverskrifter"
        " (XLSX eller CSV etter filendelsen; se docs/import-format.md).",
    )
    p.add_argument("kind", choices=KINDS, metavar="TYPE", help=KIND_HELP)
    p.add_argument("file", type=Path, metavar="FIL", help="malfil; .xlsx eller .csv")
    p.set_defaults(func=run_template)

    p = subparsers.add_parser(
        "import",
        help="importer boliger, leietakere eller husleiereskontro fra XLSX/CSV",
        description="Importerer et register (se docs/import-format.md og docs/import-rent.md)."
        " Ingenting importeres hvis en rad er feil, med mindre --skip-invalid er gitt;"
        " problemene skrives til en rapportfil ved siden av filen.",
    )
    p.add_argument(
        "kind",
        choices=(*KINDS, "savings"),
        metavar="TYPE",
        help=KIND_HELP + ", savings = sparesaldoer (husstand_id;dato;saldo)",
    )
    p.add_argument("file", type=Path, metavar="FIL", help="XLSX- eller CSV-fil")
    p.add_argument(
        "--skip-invalid", action="store_true", help="importer de gyldige, hopp over feil"
    )
    p.add_argument("--dry-run", action="store_true", help="kontroller filen uten å lagre noe")
    p.add_argument(
        "--encoding",
        choices=("utf-8", "windows-1252"),
        metavar="KODING",
        help="tegnkoding for CSV: utf-8 eller windows-1252 (standard: gjenkjennes)",
    )
    p.add_argument(
        "--delimiter",
        choices=(";", ","),
        metavar="TEGN",
        help="skilletegn for CSV: ; eller , (standard: gjenkjennes)",
    )
    p.add_argument(
        "--decimal",
        choices=(",", "."),
        metavar="TEGN",
        help="desimaltegn: , eller . (standard: gjenkjennes)",
    )
    p.set_defaults(func=run_import)

    p = subparsers.add_parser(
        "backup",
        help="ta en sikkerhetskopi av databasen",
        description="Skriver en fullstendig, kontrollert kopi av databasen til FIL.",
    )
    p.add_argument("file", type=Path, metavar="FIL", help="kopifil")
    p.set_defaults(func=run_backup)

    p = subparsers.add_parser(
        "restore",
        help="gjenopprett databasen fra en sikkerhetskopi",
        description="Erstatter databasen med sikkerhetskopien FIL; den forrige databasen"
        " tas vare på ved siden av.",
    )
    p.add_argument("file", type=Path, metavar="FIL", help="sikkerhetskopien")
    p.set_defaults(func=run_restore)

    p = subparsers.add_parser(
        "check",
        help="kontroller databasen (integritet, nøkler, versjon)",
        description="Kontrollerer databasen: integritet, fremmednøkler og skjemaversjon."
        " Avslutningskode 1 hvis noe er galt.",
    )
    p.set_defaults(func=run_check)

    p = subparsers.add_parser(
        "migrate-to",
        help="flytt registeret fra databasefilen til kontorets database (PostgreSQL)",
        description="Kopierer hele registeret i databasefilen (--db, eller standardfilen) til"
        " kontorets database URL: husstander, boliger, husleiereskontro, saker, beregninger,"
        " brevopplysninger og revisjonsloggen. Alt eller ingenting: kontorets database må være"
        " tom, og antallet rader i hver tabell kontrolleres før noe lagres.",
    )
    p.add_argument(
        "url",
        type=_office_url,
        metavar="URL",
        help="kontorets database: postgresql://bruker@vert:port/database (passord i ~/.pgpass)",
    )
    p.set_defaults(func=run_migrate_to)


def _office_url(text: str) -> object:
    """migrate-to's target: a ``postgresql://`` URL (exit 2 for a file or a mistyped URL)."""
    from ..storage.dialect.choose import is_url
    from ..storage.engine import location_of

    if not is_url(text):
        raise argparse.ArgumentTypeError(
            f"«{text}» er ikke kontorets database: oppgi en adresse som"
            " postgresql://bruker@vert:port/database (migrate-to flytter ikke til en fil)."
        )
    try:
        return location_of(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def run_demo(args: argparse.Namespace) -> int:
    from ..services.register import create_demo, open_database

    if args.households < 1:
        raise InputError(f"--households {args.households}: må være minst 1")
    path = _db_path(args)
    with open_database(path) as db:
        try:
            result = create_demo(db, args.households, args.seed, tiltakssonen=args.tiltakssone)
        except InputError as exc:
            raise InputError(
                [*exc.problems, f"For eksempel: leietileie --db demo.db demo (ikke {path})."]
            ) from None
        # The same lived-in register the app's demo opens: a screening run, and cases at
        # different steps with their assessments and offer letters (Saker and Kartlegging
        # are not empty).
        from ..services.showcase import letters_folder, prepare_showcase

        prepare_showcase(db)
        cases = len(db.cases.open_household_ids())
        folder = letters_folder(db)
    print(f"Demoregister: {result.households} husstander, {result.units} boliger.")
    print(f"Kartlegging kjørt, {cases} åpne saker; brevene ligger i {folder}.")
    return 0


def run_template(args: argparse.Namespace) -> int:
    from ..services.register import write_template

    print(f"Mal skrevet: {write_template(args.kind, args.file)}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from ..services.import_report import display
    from ..services.register import (
        ImportOptions,
        import_register,
        open_database,
        require_import_file,
    )

    require_import_file(args.file)  # before the register is opened: a typo creates nothing
    if args.kind == "savings":  # issue 14: services.import_savings
        return _run_import_savings(args)
    options = ImportOptions(
        skip_invalid=args.skip_invalid,
        dry_run=args.dry_run,
        encoding=args.encoding,
        delimiter=args.delimiter,
        decimal=args.decimal,
    )
    with open_database(_db_path(args)) as db:
        result = import_register(db, args.kind, args.file, options)
    # The problems always go to stderr too: the report may have had to go elsewhere (a
    # read-only folder) or not be written at all.
    if result.problems and not result.committed and not args.dry_run:
        where = (
            f"Rapport: {display(result.report_path)}"
            if result.report_path
            else "Rapporten kunne ikke skrives; problemene står over."
        )
        raise InputError([*result.problems, f"Ingenting importert. {where}"])
    for line in result.problems:
        print(line, file=sys.stderr)
    print(result.summary_nb())
    return 2 if result.problems and args.dry_run else 0


def _run_import_savings(args: argparse.Namespace) -> int:
    from ..services.import_savings import import_savings
    from ..services.register import open_database

    with open_database(_db_path(args)) as db:
        result = import_savings(
            db,
            args.file,
            skip_invalid=args.skip_invalid,
            dry_run=args.dry_run,
            encoding=args.encoding,
            delimiter=args.delimiter,
            decimal=args.decimal,
        )
    for line in result.problems:
        print(line, file=sys.stderr)
    print(result.summary_nb())
    return 2 if result.problems and args.dry_run else 0


def run_backup(args: argparse.Namespace) -> int:
    from ..services.register import backup

    print(f"Sikkerhetskopi skrevet: {backup(_db_path(args), args.file)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from ..services.register import restore_file

    result = restore_file(args.file, _db_path(args))
    if result.damaged:
        print(f"Den skadde databasen er flyttet til {result.kept}.")
    print(
        f"Gjenopprettet fra {args.file}."
        + (
            f" Forrige database lagret i {result.kept}."
            if result.kept and not result.damaged
            else ""
        )
    )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from ..services.register import check

    report = check(_db_path(args))
    for line in report.lines_nb():
        print(line)
    return 0 if report.ok else 1


def run_migrate_to(args: argparse.Namespace) -> int:
    from ..domain.money import group_thousands
    from ..services.register import migrate_to
    from ..storage.dialect.choose import is_url
    from ..storage.transfer import NOTHING_CHANGED

    source = _db_path(args)
    shown = args.url.display() if hasattr(args.url, "display") else str(args.url)
    try:
        if is_url(source):
            raise InputError(
                "--db er kontorets database; migrate-to flytter fra en registerfil: oppgi"
                " filen med --db FIL."
            )
        print(f"Flytter {source} til {shown} …", file=sys.stderr, flush=True)

        def progress(table: str, label: str, rows: int) -> None:
            print(f"  {label}: {group_thousands(rows)} rader kopiert", file=sys.stderr, flush=True)

        report = migrate_to(source, args.url, progress)
    except InputError as exc:
        raise InputError([*exc.problems, NOTHING_CHANGED], cli_hints=exc.cli_hints) from None
    except BaseException as exc:
        if NOTHING_CHANGED not in str(exc):
            print(NOTHING_CHANGED, file=sys.stderr, flush=True)
        raise
    for line in report.lines_nb():
        print(line)
    print(
        f"Kontrollert og lagret i {shown} på {report.seconds:.1f} sekunder.",
        file=sys.stderr,
    )
    return 0
