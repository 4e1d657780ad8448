"""``leietileie assess SCENARIO.json [--explain]``: one scenario → JSON on stdout."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ..domain.output import explain
from ..services.assessment import evaluate, load_scenario_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser(
        "assess",
        help="vurder ett scenario (se docs/scenario-format.md) og skriv resultatet som JSON",
        description="Vurderer ett scenario (husstand, bolig, finansiering) og skriver resultatet "
        "som"
        " JSON på standard ut (se docs/scenario-format.md). JSON-feltene er et fast grensesnitt:"
        " datoer står der som åååå-mm-dd.",
    )
    parser.add_argument("scenario", type=Path, metavar="SCENARIO", help="scenariofil (JSON)")
    parser.add_argument(
        "--explain", action="store_true", help="skriv også en lesbar forklaring til standard feil"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    assessment = evaluate(load_scenario_file(args.scenario))
    json.dump(assessment.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if args.explain:
        print(explain(assessment), file=sys.stderr)
    return 0
