"""Issue 15 item 8: no command-line flag in a message the app shows. A service's refusal names
the flag only in ``cli_hints``, which the command line prints after the problems."""

import ast
from pathlib import Path

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.services.letters import eligible_household_ids
from leietileie.storage.database import Database

PACKAGE = Path(__file__).resolve().parents[1] / "leietileie"


def test_no_screening_yet_is_said_without_a_flag_and_the_cli_adds_it(tmp_path, capsys):
    path = tmp_path / "r.db"
    with Database.open(path) as db:
        try:
            eligible_household_ids(db)
        except InputError as exc:
            assert exc.problems == ["Ingen kartlegging er kjørt ennå; kjør en kartlegging først"]
            assert exc.cli_hints == ["--eligible: kjør 'leietileie screen' først"]
        else:
            raise AssertionError("no refusal")
    code = main(["--db", str(path), "letters", "--eligible", "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert code == 2
    assert (
        "Ingen kartlegging er kjørt ennå" in err
        and "--eligible: kjør 'leietileie screen' først" in err
    )


def _problem_strings(path: Path) -> list[str]:
    """The string literals inside ``InputError(...)``'s first argument in one module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (
            isinstance(node, ast.Call)
            and getattr(node.func, "id", "") == "InputError"
            and node.args
        ):
            found += [
                n.value
                for n in ast.walk(node.args[0])
                if isinstance(n, ast.Constant) and isinstance(n.value, str)
            ]
    return found


def test_services_the_app_calls_put_no_flag_in_their_problems():
    flagged = {}
    for module in (
        "letters.py",
        "settings.py",
        "assessment.py",
        "cases.py",
        "importing.py",
        "import_checks.py",
    ):
        texts = [t for t in _problem_strings(PACKAGE / "services" / module) if " --" in f" {t}"]
        # --type/--lang are the command line's own options, refused before the app could send them
        texts = [t for t in texts if not t.startswith(("--type", "--lang"))]
        if texts:
            flagged[module] = texts
    assert flagged == {}
