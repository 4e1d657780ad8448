"""``python main.py``'s own argument parser speaks bokmål, argparse's words too (issue 12)."""

from __future__ import annotations

import pytest

import main as app_main

ENGLISH = (
    "usage:",
    "options:",
    "show this help message",
    "unrecognized arguments",
    "invalid choice",
    "error:",
    "positional arguments",
)


def _run(argv, capsys):
    with pytest.raises(SystemExit) as stop:
        app_main.parse_args(argv)
    captured = capsys.readouterr()
    return stop.value.code, captured.out + captured.err


def test_help_is_norwegian(capsys):
    code, text = _run(["--help"], capsys)
    assert code == 0
    assert text.startswith("bruk: main.py")
    assert "valg:" in text
    assert "vis denne hjelpeteksten og avslutt" in text
    assert "--db FIL|URL" in text
    for english in ENGLISH:
        assert english not in text, english


def test_unknown_argument_is_norwegian(capsys):
    code, text = _run(["--finnes-ikke"], capsys)
    assert code == 2
    assert "main.py: feil: ukjente argumenter: --finnes-ikke" in text
    for english in ENGLISH:
        assert english not in text, english


def test_invalid_choice_is_norwegian(capsys):
    code, text = _run(["--lang", "sv"], capsys)
    assert code == 2
    assert "main.py: feil: --lang: ugyldig valg: 'sv' (velg blant " in text
    for english in ENGLISH:
        assert english not in text, english


def test_missing_value_is_norwegian(capsys):
    code, text = _run(["--db"], capsys)
    assert code == 2
    assert "--db: mangler en verdi" in text
    for english in ENGLISH:
        assert english not in text, english


def test_bad_size_keeps_its_own_norwegian_message(capsys):
    code, text = _run(["--size", "stor"], capsys)
    assert code == 2
    assert "«stor» er ikke en størrelse som 1280x720" in text
    assert "bruk: main.py" in text
