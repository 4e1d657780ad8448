"""The README's commands run (architecture habit 13)."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from leietileie.cli import main

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def readme_commands() -> list[str]:
    words = set()
    for line in README.splitlines():
        match = re.match(r"^leietileie ([a-z]+)", line.strip())
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
    assert {"assess", "demo", "template", "import", "screen", "letters", "backup"} <= set(readme_commands())


def test_readme_assess_example_runs():
    proc = subprocess.run(
        [sys.executable, "-m", "leietileie", "assess", "tests/data/scenario_example.json", "--explain"],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    assert '"verdict"' in proc.stdout and "Konklusjon" in proc.stderr
