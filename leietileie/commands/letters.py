"""``leietileie letters HOUSEHOLD_ID... [--eligible] [--type T] [--lang L] --out DIR``.

``--type`` also takes issue 14's follow-up letters (rent to own and rent arrears), produced by
``services.followup_letters``: one letter per household, recorded on it (an arrears letter also
logs its action). Options of the other letters (``--eligible``, ``--no-appendix``,
``--decided-by``) are refused with them, and their own (``--account``, ``--meeting``) with the
others.

Progress goes to stderr while the batch runs; it ends with a summary (letters written, the
print file, households refused and why, warnings). File hashes only with ``--verbose``.
A letter with warnings (what the app asks about before printing: an old valuation, characters
no font has, no DPO contact) is held back, listed and not written, unless
``--godta-advarsler`` is given; the warnings are known before any file is written.
``--confirm-rules`` records that the rule groups not verified in the rule file have been
checked against their sources (who and when go in the audit log).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from ..domain.messages import Message
from ..errors import InputError
from ..letters import LANGUAGES, LETTER_TYPES
from ..letters.followup import FOLLOWUP_TYPES
from ..paths import default_db_path
from ..services.letters import confirm_rule_groups, eligible_household_ids, produce_batch
from ..services.settings import Settings
from ..storage.database import Database
from .argtypes import parse_date

#: The follow-up letters' types with what they are (for ``--help``).
FOLLOWUP_HELP = {
    "rto_agreement": "leie til eie-avtale",
    "pathway_status": "statusbrev om sparingen mot kjøp",
    "option_offer": "tilbud om å bruke kjøpsopsjonen",
    "payment_reminder": "betalingsoppfordring om ubetalt husleie",
    "arrears_talk": "invitasjon til samtale om restansen",
    "payment_agreement": "nedbetalingsavtale med plan",
}
ALL_TYPES = (*LETTER_TYPES, *FOLLOWUP_TYPES)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "letters",
        help="skriv brev som PDF: ett per husstand og én samlet fil for utskrift",
        description=(
            "Skriver brev som PDF fra lagrede beregninger: tilbud om kjøp (offer), invitasjon til "
            "samtale (invitation) eller forhåndsvurdering av startlån (preassessment). "
            "Oppfølgingsbrev (leie til eie og husleierestanse): "
            + "; ".join(f"{name} ({text})" for name, text in FOLLOWUP_HELP.items())
            + "."
        ),
    )
    parser.add_argument(
        "households",
        nargs="*",
        metavar="HUSSTAND_ID",
        help="husstand_id fra registeret (eller databasens id)",
    )
    parser.add_argument(
        "--eligible",
        action="store_true",
        help="ta med alle husstander den siste kartleggingen fant kjøpeklare",
    )
    parser.add_argument(
        "--type",
        default="offer",
        choices=ALL_TYPES,
        metavar="TYPE",
        help="brevtype: "
        + ", ".join(LETTER_TYPES)
        + " (standard: offer); oppfølgingsbrev: "
        + "; ".join(f"{name} ({text})" for name, text in FOLLOWUP_HELP.items()),
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="SPRÅK",
        help="språk: " + ", ".join(LANGUAGES) + " (standard: kommunens målform)",
    )
    parser.add_argument(
        "--date", type=parse_date, metavar="DATO", help="brevdato dd.mm.åååå (standard: i dag)"
    )
    parser.add_argument("--out", type=Path, metavar="MAPPE", help="mappe for PDF-filene")
    parser.add_argument(
        "--decided-by",
        default="",
        metavar="NAVN",
        help="hvem som fatter vedtaket (forhåndsvurdering; påkrevd med tomannsregelen)",
    )
    parser.add_argument(
        "--confirm-rules",
        action="store_true",
        help="registrer at regelgruppene som ikke er kontrollert, er sjekket mot kildene",
    )
    parser.add_argument(
        "--no-appendix",
        action="store_true",
        help="invitasjoner uten beregningsvedlegget (to sider)",
    )
    parser.add_argument(
        "--account",
        default="",
        metavar="KONTO",
        help="oppfølgingsbrev om restanse: kontonummeret det betales til (standard: som på "
        "husleiefakturaen)",
    )
    parser.add_argument(
        "--meeting",
        default="",
        metavar="TID",
        help="arrears_talk: foreslått tid og sted for samtalen, slik den skal stå i brevet "
        "(ett brev om gangen)",
    )
    parser.add_argument(
        "--godta-advarsler",
        dest="accept_warnings",
        action="store_true",
        help="skriv også brev med advarsler (gammel takst, tegn skriften mangler, "
        "personvernombud mangler); uten dette holdes de tilbake og listes",
    )
    parser.add_argument("--verbose", action="store_true", help="skriv også hver fils sha256")
    parser.set_defaults(func=run)


def _progress(done: int, total: int) -> bool:
    print(
        f"\rForbereder brev {done}/{total}",
        end="" if done < total else "\n",
        file=sys.stderr,
        flush=True,
    )
    return True


def run(args: argparse.Namespace) -> int:
    path = args.db if args.db else default_db_path()
    if isinstance(path, Path) and not path.exists():
        raise InputError(
            [
                f"{path}: her finnes ingen database (lag en med «leietileie import» eller "
                "«leietileie demo»)"
            ]
        )
    if args.confirm_rules:
        database = Database.open(path)
        try:
            year = Settings(database).year()
            names = confirm_rule_groups(database, year)
        finally:
            database.close()
        print(
            f"Regelår {year}: bekreftet kontrollert mot kilden: "
            f"{', '.join(names) or 'ingen (alle er kontrollert)'}"
        )
        return 0
    if args.out is None:
        raise InputError(["--out: oppgi en mappe for brevene"])
    if not args.households and not args.eligible:
        raise InputError(["HUSSTAND_ID: oppgi minst én husstand, eller bruk --eligible"])
    if args.out.exists() and not args.out.is_dir():
        raise InputError([f"--out: {args.out} er en fil, ikke en mappe"])
    if args.type in FOLLOWUP_TYPES:
        return _followup(args, path)
    wrong = [
        name for name, given in (("--account", args.account), ("--meeting", args.meeting)) if given
    ]
    if wrong:
        raise InputError(
            [
                f"{name}: gjelder bare oppfølgingsbrevene om restanse, ikke «{args.type}»"
                for name in wrong
            ]
        )
    database = Database.open(path)
    try:
        keys: list[int | str] = list(args.households)
        if args.eligible:
            keys += [i for i in eligible_household_ids(database) if i not in keys]
        result = produce_batch(
            database,
            keys,
            args.out,
            letter_type=args.type,
            language=args.lang,
            on=args.date,
            decided_by=args.decided_by,
            with_appendix=not args.no_appendix,
            progress=_progress if len(keys) > 1 else None,
            accept_warnings=args.accept_warnings,
        )
    finally:
        database.close()
    for letter in result.letters:
        line = f"{letter.external_id}\t{letter.path}"
        print(line + (f"\tsha256 {letter.sha256}" if args.verbose else ""))
        for change in letter.changes:
            print(f"  beregnet på nytt: {change}", file=sys.stderr)
    for warning in result.warnings:
        print(f"Advarsel: {warning}", file=sys.stderr)
    for held in result.held_messages:
        print(f"Ikke skrevet: {held.text()}", file=sys.stderr)
    for problem in result.problems:
        print(problem, file=sys.stderr)
    refused = len(result.problems)
    summary = (
        f"{len(result.letters)} brev skrevet, {refused} avvist, {len(result.warnings)} advarsler"
    )
    if result.held:
        summary += (
            f", {len(result.held)} holdt tilbake på grunn av advarsler "
            "(se over; skriv dem likevel med --godta-advarsler)"
        )
    if result.combined is not None:
        summary += f"; til utskrift: {result.combined}"
    print(summary, file=sys.stderr)
    if (result.problems or result.held) and not result.letters:
        return 2
    return 1 if result.problems or result.held else 0


def _followup(args: argparse.Namespace, path: Path | str) -> int:
    """One follow-up letter per household (``services.followup_letters``)."""
    from ..services.followup_letters import produce_followup_batch, produce_followup_letter

    kind = args.type
    problems = []
    if args.eligible:
        problems.append(
            f"--eligible: gjelder brevene etter kartleggingen, ikke oppfølgingsbrevet «{kind}»; "
            "oppgi husstandene"
        )
    if args.no_appendix:
        problems.append(f"--no-appendix: gjelder bare invitasjoner, ikke «{kind}»")
    if args.decided_by:
        problems.append(f"--decided-by: gjelder bare forhåndsvurderinger, ikke «{kind}»")
    if not args.households:
        problems.append("HUSSTAND_ID: oppgi minst én husstand")
    if args.meeting and kind != "arrears_talk":
        problems.append(
            f"--meeting: gjelder bare invitasjon til samtale (arrears_talk), ikke «{kind}»"
        )
    if args.account and kind not in ("payment_reminder", "arrears_talk", "payment_agreement"):
        problems.append(f"--account: gjelder bare brevene om restanse, ikke «{kind}»")
    if args.meeting and len(args.households) > 1:
        problems.append("--meeting: gjelder ett brev om gangen; oppgi én husstand")
    if problems:
        raise InputError(problems)
    day = args.date or date.today()
    database = Database.open(path)
    try:
        if len(args.households) == 1:
            letter = produce_followup_letter(
                database,
                args.households[0],
                kind,
                day,
                args.lang,
                args.out,
                account=args.account,
                meeting=args.meeting,
            )
            letters, combined, refused = [letter], None, []
        else:
            batch = produce_followup_batch(
                database,
                list(args.households),
                kind,
                day,
                args.lang,
                args.out,
                account=args.account,
            )
            letters, combined = batch.letters, batch.combined
            refused = [p.text() if isinstance(p, Message) else p for p in batch.problem_messages]
    finally:
        database.close()
    for produced in letters:
        line = f"{produced.external_id}\t{produced.path}"
        print(line + (f"\tsha256 {produced.sha256}" if args.verbose else ""))
    for problem in refused:
        print(problem, file=sys.stderr)
    summary = f"{len(letters)} brev skrevet, {len(refused)} avvist"
    if combined is not None:
        summary += f"; til utskrift: {combined}"
    print(summary, file=sys.stderr)
    if refused and not letters:
        return 2
    return 1 if refused else 0
