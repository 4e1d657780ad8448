"""The command line speaks Norwegian (bokmål): argparse's own words, help texts, errors, dates."""

from __future__ import annotations

import argparse
import re
from datetime import date

import pytest

from leietileie import __version__
from leietileie.cli import build_parser, main
from leietileie.commands.argtypes import format_date, parse_date
from leietileie.os_messages import os_error_nb

#: English words argparse or an untranslated help text would show.
ENGLISH = re.compile(
    r"\b(usage|error|options|optional|positional|arguments?|required|invalid|choose|show|"
    r"message|default|expected|unrecognized|ambiguous|folder|file|the|and|with|from|is|no)\b",
    re.IGNORECASE,
)
OPTION = re.compile(r"--?[\w-]+")


def english_words(text: str) -> list[str]:
    return ENGLISH.findall(OPTION.sub(" ", text))


def commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sorted(sub.choices)


def test_every_command_exists():
    assert {
        "assess",
        "demo",
        "template",
        "import",
        "backup",
        "restore",
        "check",
        "screen",
        "letters",
    } <= set(commands())


@pytest.mark.parametrize("command", ["", *commands()])
def test_help_is_norwegian(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"] if command else ["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("bruk: leietileie")
    assert "-h, --help  " in out and "vis denne hjelpeteksten og avslutt" in out
    assert "valg:" in out
    assert english_words(out) == [], out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["finnesikke"], "ugyldig valg: 'finnesikke'"),
        (["template"], "disse argumentene mangler: TYPE, FIL"),
        (["template", "husleie", "x.csv"], "ugyldig valg: 'husleie'"),
        (["screen", "--year", "tjuetjueseks"], "--year: «tjuetjueseks» er ikke et heltall"),
        (["screen", "--on"], "--on: mangler en verdi"),
        (["screen", "--bogus"], "ukjente argumenter: --bogus"),
        (["demo", "--households", "mange"], "--households: «mange» er ikke et heltall"),
        (["letters", "1", "--type", "brev"], "--type: ugyldig valg: 'brev'"),
        (["letters", "1", "--out", "x", "--lang", "de"], "--lang: ugyldig valg: 'de'"),
        (["letters", "1", "--out", "x", "--date", "31.02.2026"], "--date: «31.02.2026»"),
        (["import", "tenants"], "disse argumentene mangler: FIL"),
    ],
)
def test_wrong_input_exits_2_in_norwegian(argv, expected, capsys):
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("bruk: leietileie")
    assert ": feil: " in err and expected in err, err
    assert english_words(err) == [], err


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-13-01", "--on: «2026-13-01» er ikke en dato som finnes"),
        ("1/2/2026", "--on: «1/2/2026» er ikke en dato; skriv dd.mm.åååå"),
    ],
)
def test_a_wrong_screening_date_is_told_in_norwegian_with_the_other_options(
    value, expected, tmp_path, capsys
):
    """screen checks --on together with its other options (all problems at once, exit 2)."""
    assert main(["--db", str(tmp_path / "ingen.db"), "screen", "--on", value]) == 2
    err = capsys.readouterr().err
    assert expected in err and english_words(err) == [], err


def test_no_command_shows_norwegian_help_and_exits_2(capsys):
    assert main([]) == 2
    err = capsys.readouterr().err
    assert err.startswith("bruk: leietileie") and english_words(err) == []


def test_argparse_is_left_english_for_everyone_else():
    """Only our parsers are Norwegian: the patch is undone after each call."""
    with pytest.raises(SystemExit):
        main(["--version"])
    plain = argparse.ArgumentParser(prog="x")
    assert plain.format_usage().startswith("usage: x")
    assert "show this help message and exit" in plain.format_help()


def test_version(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip() == f"leietileie {__version__}"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("31.01.2026", date(2026, 1, 31)),
        ("1.2.2026", date(2026, 2, 1)),
        ("2026-01-31", date(2026, 1, 31)),
        (" 29.02.2028 ", date(2028, 2, 29)),
    ],
)
def test_dates_are_accepted_norwegian_and_iso(text, day):
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text", ["29.02.2026", "31.04.2026", "2026-1-31", "31/01/2026", "", "31.01.26", "i morgen"]
)
def test_bad_dates_are_refused(text):
    with pytest.raises(argparse.ArgumentTypeError):
        parse_date(text)


def test_dates_are_shown_norwegian():
    assert format_date(date(2026, 1, 5)) == "05.01.2026"


def test_screen_summary_shows_the_date_as_dd_mm_yyyy(tmp_path, capsys):
    db = str(tmp_path / "d.db")
    assert main(["--db", db, "demo", "--households", "15"]) == 0
    assert main(["--db", db, "screen", "--on", "15.01.2026"]) == 0
    out = capsys.readouterr().out
    assert "per 15.01.2026:" in out and "2026-01-15" not in out


def test_os_errors_are_norwegian():
    missing = FileNotFoundError(2, "No such file or directory", "/x/y.db")
    assert os_error_nb(missing) == "«/x»: mappen finnes ikke"
    here = FileNotFoundError(2, "No such file or directory", "/tmp/finnes-ikke.db")
    assert os_error_nb(here) == "«/tmp/finnes-ikke.db»: finnes ikke"
    denied = PermissionError(13, "Permission denied", "/root/z")
    assert os_error_nb(denied) == "«/root/z»: ingen tilgang (mangler rettigheter)"
    full = OSError(28, "No space left on device")
    assert os_error_nb(full) == "Det er ikke mer plass på disken"


def test_an_os_error_in_a_command_is_norwegian(tmp_path, monkeypatch, capsys):
    from leietileie.commands import register

    def fail(args):
        raise FileNotFoundError(2, "No such file or directory", str(tmp_path / "borte.db"))

    def full(args):
        raise OSError(28, "No space left on device", str(tmp_path / "kopi.db"))

    monkeypatch.setattr(register, "run_check", fail)
    assert main(["--db", str(tmp_path / "a.db"), "check"]) == 2
    assert capsys.readouterr().err == f"feil: «{tmp_path / 'borte.db'}»: finnes ikke\n"
    monkeypatch.setattr(register, "run_check", full)
    assert main(["--db", str(tmp_path / "a.db"), "check"]) == 1
    err = capsys.readouterr().err
    assert "plass på disken" in err and english_words(err) == []


def test_a_library_error_wrapping_an_os_error_is_norwegian(tmp_path, capsys):
    """A missing folder is named in Norwegian (checked before XlsxWriter, which would wrap the
    OSError in its own FileCreateError)."""
    assert main(["template", "tenants", str(tmp_path / "finnes-ikke" / "mal.xlsx")]) == 2
    err = capsys.readouterr().err
    assert f"«{tmp_path / 'finnes-ikke'}»" in err and "finnes ikke" in err
    assert english_words(err) == [], err


def test_a_bug_is_not_hidden(monkeypatch):
    from leietileie.commands import register

    def broken(args):
        raise ZeroDivisionError("bug")

    monkeypatch.setattr(register, "run_check", broken)
    with pytest.raises(ZeroDivisionError):
        main(["check"])
