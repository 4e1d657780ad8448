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
        help="assess one scenario file (see scenario-format.md) and print the result as JSON",
        description="Vurderer ett scenario (husstand, bolig, finansiering) og skriver resultatet som JSON.",
    )
    parser.add_argument("scenario", type=Path, help="scenario file (JSON)")
    parser.add_argument("--explain", action="store_true", help="also print a readable breakdown on stderr")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    assessment = evaluate(load_scenario_file(args.scenario))
    json.dump(assessment.to_json(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    if args.explain:
        print(explain(assessment), file=sys.stderr)
    return 0
