"""The README's commands run (architecture habit 13)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from leietileie.cli import GLOBAL_DB_HELP, main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    words = set()
    for line in README.splitlines():
        match = re.match(r"^leietileie ([a-z][a-z-]*)", line.strip())
        if match:
            words.add(match.group(1))
    return sorted(words)


def test_readme_starts_with_the_two_commands():
    run = README.index("pip install -e .\npython main.py")
    test = README.index('pip install -e ".[test]"\npytest')
    assert run < test < README.index("## What it does")


@pytest.mark.parametrize("command", readme_commands())
def test_every_readme_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip()


def test_readme_lists_the_cli_commands_of_cli_md():
    assert {"assess", "demo", "template", "import", "screen", "letters", "backup"} <= set(
        readme_commands()
    )


def test_readme_assess_example_runs():
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "leietileie",
            "assess",
            "tests/data/scenario_example.json",
            "--explain",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"verdict"' in proc.stdout and "Konklusjon" in proc.stderr


# docs/cli.md: the project's own description of the command line (issue 12).
CLI_MD = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")


def _cli_sections() -> dict[str, str]:
    """``### `command`: …`` heading → the text up to the next heading."""
    parts = re.split(r"^### `([a-z][a-z-]*)`.*$", CLI_MD, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def _parser_commands() -> dict[str, object]:
    import argparse

    from leietileie.cli import build_parser

    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(sub.choices)


def test_cli_md_documents_exactly_the_commands_that_exist():
    assert set(_cli_sections()) == set(_parser_commands())


@pytest.mark.parametrize("command", sorted(_parser_commands()))
def test_cli_md_documents_every_option_and_choice(command):
    section = _cli_sections()[command]
    parser = _parser_commands()[command]
    for action in parser._actions:
        if (
            "--help" in action.option_strings
            or action.option_strings == ["--db"]
            and (action.help == GLOBAL_DB_HELP)
        ):
            continue  # the global --db, accepted after the command too: documented once
        for option in action.option_strings or [action.metavar]:
            assert f"`{option}" in section, f"{command}: {option}"
        for choice in action.choices or ():
            assert f"`{choice}`" in section or f"`{choice}`" in CLI_MD, f"{command}: {choice}"


def test_cli_md_documents_the_common_options_and_exit_codes():
    for text in ("`--db FIL`", "`--version`", "`-h`, `--help`", "| 0 |", "| 1 |", "| 2 |"):
        assert text in CLI_MD, text


def test_docs_do_not_point_outside_the_repository():
    for path in (ROOT / "docs").glob("*.md"):
        text = path.read_text(encoding="utf-8")
        assert "../shared" not in text and "/work/" not in text, path


GUIDE = (ROOT / "docs" / "brukerveiledning.md").read_text(encoding="utf-8")
GUIDE_ANCHORS = (
    "tenants",
    "assessment",
    "plan",
    "screening",
    "cases",
    "followup",
    "letters",
    "settings",
    "import",
    "office",
)


def test_user_guide_has_one_section_per_view_with_its_anchor():
    headings = re.findall(r"^## (.+?) \{#([a-z]+)\}$", GUIDE, flags=re.MULTILINE)
    assert [anchor for _, anchor in headings] == list(GUIDE_ANCHORS)
    from leietileie.ui.views.registry import NAMES

    assert set(NAMES) <= set(GUIDE_ANCHORS)  # F1 on every view finds its section


def test_user_guide_links_point_to_its_own_sections():
    for anchor in re.findall(r"\]\(#([a-z]+)\)", GUIDE):
        assert anchor in GUIDE_ANCHORS, anchor


def test_user_guide_explains_the_domain_terms():
    for term in ("Betjeningsevne", "Kalkulasjonsrente", "fellesgjeld", "Tilskudd til etablering"):
        assert term in GUIDE, term
