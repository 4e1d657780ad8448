"""Broken rule files give one Norwegian line naming file and key in `screen` and `assess`
alike, never a traceback and never another year's rules; `screen` validates every option
before anything is stored; a negative rate adjustment is refused when saved."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.errors import InputError
from leietileie.rules import loader
from leietileie.services.assessment import rules_for
from leietileie.services.demo import create_demo
from leietileie.services.settings import Settings
from leietileie.storage.database import Database

SCENARIO = Path(__file__).resolve().parents[1] / "data" / "scenario_example.json"


@pytest.fixture
def rules_dir(tmp_path, monkeypatch):
    """A copy of the shipped rule files that a test may break."""
    folder = tmp_path / "regler"
    shutil.copytree(loader.DEFAULT_DIR, folder)
    monkeypatch.setattr(loader, "DEFAULT_DIR", folder)
    loader._load_cached.cache_clear()
    yield folder
    loader._load_cached.cache_clear()


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.db"
    with Database.open(path) as db:
        create_demo(db, 30, 3)
        Settings(db).set("assessment.year", 2026)
    return path


def _runs(path):
    with Database.open(path) as db:
        return db.conn.execute("SELECT count(*) FROM screening_runs").fetchone()[0]


def _replace(folder, old, new, count=1):
    path = folder / "2026.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, count), encoding="utf-8")


BROKEN = {
    "syntax": (lambda f: _replace(f, "[tax]", "[tax"), "2026.toml: ikke gyldig TOML (linje"),
    "missing_key": (
        lambda f: _replace(f, "personfradrag =", "# personfradrag ="),
        "2026.toml: tax.personfradrag: mangler",
    ),
    "wrong_type": (
        lambda f: _replace(f, "personfradrag = ", 'personfradrag = "mye" # '),
        "2026.toml: tax.personfradrag: må være et tall",
    ),
    "negative": (
        lambda f: _replace(f, "personfradrag = ", "personfradrag = -"),
        "2026.toml: tax.personfradrag: kan ikke være negativ",
    ),
    "infinite": (
        lambda f: _replace(f, "personfradrag = ", "personfradrag = inf # "),
        "2026.toml: tax.personfradrag: må være et endelig tall",
    ),
    "wrong_year": (
        lambda f: _replace(f, "year = 2026", "year = 2025"),
        "2026.toml: meta.year: er 2025, men filen gjelder 2026",
    ),
    "empty": (lambda f: (f / "2026.toml").write_bytes(b""), "2026.toml: filen er tom"),
    "utf16": (
        lambda f: (f / "2026.toml").write_bytes(
            (f / "2026.toml").read_text(encoding="utf-8").encode("utf-16")
        ),
        "2026.toml: er ikke UTF-8-tekst",
    ),
    "missing_file": (
        lambda f: (f / "2026.toml").unlink(),
        "regelsett for 2026 finnes ikke (tilgjengelige år: 2024, 2025)",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_screen_and_assess_refuse_a_broken_rule_file_alike(case, rules_dir, register, capsys):
    breaker, expected = BROKEN[case]
    breaker(rules_dir)
    assert main(["--db", str(register), "screen"]) == 2
    screen_err = capsys.readouterr().err
    assert main(["assess", str(SCENARIO)]) == 2
    assess_err = capsys.readouterr().err
    for err in (screen_err, assess_err):
        assert expected in err, err
        assert "Traceback" not in err
    assert _runs(register) == 0  # no run stored, no silent fallback to 2025


def test_letters_and_the_app_get_the_same_error(rules_dir, register):
    """The services behind letters and the app's assessment view load rules the same way."""
    from leietileie.services.assessment import evaluate, registered_scenario

    BROKEN["negative"][0](rules_dir)
    with Database.open(register) as db, pytest.raises(InputError) as caught:
        household = db.households.page()[0]
        evaluate(registered_scenario(db, household.id, on=date(2026, 6, 1)))
    assert "2026.toml: tax.personfradrag: kan ikke være negativ" in str(caught.value)


def test_the_settings_year_is_never_silently_another(rules_dir, tmp_path):
    (rules_dir / "2026.toml").unlink()
    with Database.open(tmp_path / "ny.db") as db:
        settings = Settings(db)
        settings.set("assessment.year", 2026)
        assert settings.year() == 2026
        with pytest.raises(InputError, match="regelsett for 2026 finnes ikke"):
            rules_for(settings.year())
        with pytest.raises(InputError, match="regelsett for 2026 finnes ikke"):
            settings.default_financing()  # the rates are the rule year's


@pytest.mark.parametrize("value", [-0.01, float("nan"), float("inf")])
def test_a_negative_or_non_finite_adjustment_is_refused_when_saved(tmp_path, value):
    with Database.open(tmp_path / "j.db") as db:
        with pytest.raises(InputError, match="justering startlan.policy_rate"):
            db.settings.add_rule_adjustment(2026, "startlan.policy_rate", value, date(2026, 1, 1))
        assert db.settings.rule_adjustments() == []


# --- screen: every option before anything is written -----------------------------------


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        (["--out", "{tmp}/finnes-ikke/liste.xlsx"], "--out: Mappen"),
        (["--out", "{tmp}/liste.txt"], "--out: Kan ikke eksportere"),
        (["--out", "{tmp}"], "er en mappe"),
        (["--out", "{tmp}/l.xlsx", "--columns", "rank,lønn"], "--columns: ukjent kolonne lønn"),
        (["--out", "{tmp}/l.xlsx", "--columns", "rank,rank"], "--columns: rank er valgt mer enn"),
        (["--out", "{tmp}/l.xlsx", "--columns", ""], "--columns: ingen kolonner valgt"),
        (["--out", "{tmp}/l.xlsx", "--only", "kan_kjope_na,rik"], "--only: ukjent resultat rik"),
        (["--year", "1999"], "--year 1999: 1999.toml: regelsett for 1999 finnes ikke"),
        (["--on", "2026-13-01"], "--on: «2026-13-01» er ikke en dato"),
        (["--on", "i morgen"], "--on: «i morgen» er ikke en dato"),
        (["--columns", "rank"], "--columns: brukes bare sammen med --out"),
        (["--only", "kan_kjope_na"], "--only: brukes bare sammen med --out"),
    ],
)
def test_screen_refuses_bad_options_before_storing_a_run(
    register, tmp_path, capsys, options, expected
):
    argv = [o.replace("{tmp}", str(tmp_path)) for o in options]
    assert main(["--db", str(register), "screen", *argv]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err
    assert _runs(register) == 0
    assert not list(tmp_path.glob("l.*")) and not list(tmp_path.glob("liste*"))


def test_screen_lists_every_bad_option_at_once(register, tmp_path, capsys):
    argv = ["--out", str(tmp_path / "x.doc"), "--columns", "nei", "--only", "ja", "--on", "x"]
    assert main(["--db", str(register), "screen", *argv]) == 2
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0].split(" ")[0] for line in err] == [
        "--on",
        "--out",
        "--columns",
        "--only",
    ]


def test_only_accepts_every_screening_category(register, tmp_path, capsys):
    from leietileie.services.screening import CATEGORIES

    target = tmp_path / "alle.csv"
    argv = ["--out", str(target), "--only", ",".join(CATEGORIES), "--on", "2026-06-01"]
    assert main(["--db", str(register), "screen", *argv]) == 0
    assert target.exists() and _runs(register) == 1


def test_screen_refuses_a_symlink_at_out(register, tmp_path, capsys):
    victim = tmp_path / "offer.txt"
    victim.write_text("viktig", encoding="utf-8")
    link = tmp_path / "liste.csv"
    link.symlink_to(victim)
    assert main(["--db", str(register), "screen", "--out", str(link)]) == 2
    assert "symbolsk lenke" in capsys.readouterr().err
    assert victim.read_text(encoding="utf-8") == "viktig" and link.is_symlink()
    assert _runs(register) == 0


@pytest.mark.parametrize("value", ["nan", "NaN", "inf", "-inf", "1e999"])
@pytest.mark.parametrize(
    "key", ["startlan.municipal_margin", "grant.max_amount", "screening.min_tenancy_years"]
)
def test_settings_refuse_numbers_that_are_not_finite(tmp_path, key, value):
    with Database.open(tmp_path / "s.db") as db:
        settings = Settings(db)
        before = settings.get(key)
        with pytest.raises(InputError, match="er ikke et tall|må være mellom"):
            settings.set(key, value)
        assert settings.get(key) == before
