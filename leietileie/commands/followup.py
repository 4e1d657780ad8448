"""``leietileie arrears [--on DATO] [--out FIL]`` and ``leietileie pathway [--on DATO] [--out
FIL]``: the follow-up lists of issue 14 (docs/cli.md)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from .. import paths
from ..domain.money import format_kr
from ..errors import InputError
from ..exports import writer_for
from ..safe_files import check_target
from .argtypes import format_date, parse_date


def register(sub: Any) -> None:
    p = sub.add_parser(
        "arrears",
        help="list husleierestansene med status og neste steg",
        description="Lister husstandene med husleierestanse (fra husleiereskontroen), åpen "
        "restansesak eller løpende nedbetalingsavtale: beløp, måneder, utvikling, siste tiltak "
        "og neste steg etter reglene i innstillingene (gruppen «oppfølging»).",
    )
    _common(p, "restanselisten")
    p.set_defaults(func=run_arrears)
    p = sub.add_parser(
        "pathway",
        help="list leie til eie-avtalene med sparing mot plan",
        description="Lister de løpende leie til eie-avtalene: spart mot plan, status (i rute, "
        "etter plan, i faresonen), neste revurdering og om kjøp kan tilbys.",
    )
    _common(p, "avtalelisten")
    p.set_defaults(func=run_pathway)


def _common(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--on", metavar="DATO", help="per denne datoen, dd.mm.åååå (standard: i dag)")
    p.add_argument(
        "--out", type=Path, metavar="FIL", help=f"skriv {what} til fil (.xlsx, .csv eller .pdf)"
    )


def _checked(args: argparse.Namespace) -> tuple[date, Path | None]:
    """Every option checked before anything is read or written; all problems at once."""
    problems: list[str] = []
    on = date.today()
    if args.on is not None:
        try:
            on = parse_date(args.on)
        except argparse.ArgumentTypeError as exc:
            problems.append(f"--on: {exc}")
    out = Path(args.out) if args.out else None
    if out is not None:
        for check in (writer_for, check_target):
            try:
                check(out)
            except InputError as exc:
                problems += [f"--out: {line}" for line in exc.problems]
    if problems:
        raise InputError(problems)
    return on, out


def _open(args: argparse.Namespace) -> Any:
    from ..storage.database import Database

    location = args.db if getattr(args, "db", None) else paths.default_db_path()
    if isinstance(location, Path) and not location.exists():
        raise InputError(
            f"{location}: her finnes ingen database (lag en med «leietileie import» eller "
            "«leietileie demo»)"
        )
    return Database.open(location)


def _table(headers: list[str], rows: list[list[str]], right: set[int]) -> None:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        ).rstrip()

    print(line(headers))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print(line(r))


def run_arrears(args: argparse.Namespace) -> int:
    from ..domain.arrears import ACTION_LABELS, TREND_LABELS
    from ..services.followup import arrears_rows
    from ..services.followup_export import PAYMENT_AGREEMENT_LABELS_NB, export_arrears

    on, out = _checked(args)
    with _open(args) as db:
        rows = arrears_rows(db, on)
        if out is not None:
            export_arrears(db, on, out)
            print(f"Restanselisten per {format_date(on)}: {len(rows)} husstander.")
            print(f"Liste skrevet til {out}")
            return 0
    print(f"Husleierestanser per {format_date(on)}: {len(rows)} husstander.")
    if not rows:
        return 0
    table = []
    for r in rows:
        last = ""
        if r.last_action is not None:
            last = f"{ACTION_LABELS['nb'][r.last_action[0]]} {format_date(r.last_action[1])}"
        table.append(
            [
                r.external_id,
                r.name,
                format_kr(r.facts.owed),
                str(r.facts.months_late),
                TREND_LABELS["nb"][r.facts.trend],
                PAYMENT_AGREEMENT_LABELS_NB.get(r.payment_agreement_status or "", ""),
                last,
                r.step.label("nb"),
            ]
        )
    _table(
        [
            "Husstand",
            "Navn",
            "Restanse",
            "Mnd",
            "Utvikling",
            "Nedbetalingsavtale",
            "Siste tiltak",
            "Neste steg",
        ],
        table,
        {2, 3},
    )
    return 0


def run_pathway(args: argparse.Namespace) -> int:
    from ..services.followup import pathway_rows
    from ..services.followup_export import export_pathway

    on, out = _checked(args)
    with _open(args) as db:
        rows = pathway_rows(db, on)
        if out is not None:
            export_pathway(db, on, out)
            print(f"Leie til eie per {format_date(on)}: {len(rows)} avtaler.")
            print(f"Liste skrevet til {out}")
            return 0
    print(f"Leie til eie per {format_date(on)}: {len(rows)} avtaler.")
    if not rows:
        return 0
    table = []
    for r in rows:
        s = r.status
        table.append(
            [
                r.external_id,
                r.name,
                s.label("nb"),
                format_kr(s.expected),
                "" if s.actual is None else format_kr(s.actual),
                format_kr(s.shortfall),
                "" if r.reassessment_due is None else format_date(r.reassessment_due),
                "ja" if r.option_exercisable else "nei",
            ]
        )
    _table(
        ["Husstand", "Navn", "Status", "Plan", "Spart", "Mangler", "Revurdering", "Kjøp"],
        table,
        {3, 4, 5},
    )
    return 0
