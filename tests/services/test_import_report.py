"""The import report (issue 10, items 15 and 17): owner-only, atomic, never through a planted
symlink, written elsewhere when the input's folder is read-only; problems always on stderr;
file names that are not UTF-8 print safely."""

import contextlib
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from leietileie.cli import main
from leietileie.storage import Database

ROOT = Path(__file__).resolve().parents[2]
UNITS = "bolig_id;adresse;postnummer;poststed;eierform\n0101;Vei 1;0150;By;selveier\n"
BAD = (
    "husstand_id;rolle;fornavn;etternavn;fødselsnummer;bolig_id;husleie_mnd\n"
    "H1;søker;Åse;Berg;15108695088;0101;11 500\nH2;søker;Ola;Berg;12345678901;0101;9 000\n"
)
GOOD = BAD.replace("12345678901", "30108299939")


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "db" / "register.db"
    path.parent.mkdir()
    units = tmp_path / "b.csv"
    units.write_text(UNITS, encoding="utf-8")
    assert main(["--db", str(path), "import", "units", str(units)]) == 0
    return path


def _dump(path):
    with Database.open(path) as db:
        return [line for line in db.conn.iterdump() if "audit_log" not in line]


def test_report_is_owner_only_even_with_a_lax_umask(db_path, tmp_path):
    folder = tmp_path / "inn"
    folder.mkdir(mode=0o755)
    source = folder / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    old = os.umask(0o022)
    try:
        assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 2
    finally:
        os.umask(old)
    report = folder / "t-importrapport.txt"
    assert stat.S_IMODE(report.stat().st_mode) == 0o600
    assert "12345678901" in report.read_text(encoding="utf-8")
    assert [p.name for p in folder.iterdir()] == ["t.csv", "t-importrapport.txt"] or sorted(
        p.name for p in folder.iterdir()
    ) == ["t-importrapport.txt", "t.csv"]


def test_a_planted_symlink_is_neither_followed_nor_replaced(db_path, tmp_path, capsys):
    """Like every file we write (safe_files): the symlink is refused and left as it is; the
    report goes to the app's own folder for reports."""
    victim = tmp_path / "offer.txt"
    victim.write_text("viktig innhold\n", encoding="utf-8")
    source = tmp_path / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    link = tmp_path / "t-importrapport.txt"
    link.symlink_to(victim)
    assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 2
    assert victim.read_text(encoding="utf-8") == "viktig innhold\n"
    assert link.is_symlink() and link.readlink() == victim
    fallback = Path(os.environ["LEIETILEIE_HOME"]) / "importrapporter" / "t-importrapport.txt"
    assert "ugyldig kontrollsiffer" in fallback.read_text("utf-8")
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o600
    assert f"Rapport: {fallback}" in capsys.readouterr().err


@contextlib.contextmanager
def _read_only(folder: Path):
    """A folder nobody may write to, root included (chmod, else the immutable flag)."""
    folder.chmod(0o555)
    immutable = False
    probe = folder / ".probe"
    try:
        probe.touch()
        probe.unlink()
        if (
            shutil.which("chattr") is None
            or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode
        ):
            pytest.skip("cannot make a read-only folder here")
        immutable = True
    except PermissionError:
        pass
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_read_only_folder_prints_problems_and_writes_the_report_elsewhere(
    db_path, tmp_path, capsys
):
    folder = tmp_path / "delt"
    folder.mkdir()
    source = folder / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    before = _dump(db_path)
    with _read_only(folder):
        assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 2
        assert sorted(p.name for p in folder.iterdir()) == ["t.csv"]
    err = capsys.readouterr().err
    fallback = Path(os.environ["LEIETILEIE_HOME"]) / "importrapporter" / "t-importrapport.txt"
    assert 'rad 3, fødselsnummer "12345678901": ugyldig kontrollsiffer' in err
    assert f"Ingenting importert. Rapport: {fallback}" in err
    assert stat.S_IMODE(fallback.stat().st_mode) == 0o600
    assert stat.S_IMODE(fallback.parent.stat().st_mode) == 0o700
    assert _dump(db_path) == before


def test_read_only_folder_and_no_fallback_still_prints_problems(db_path, tmp_path, capsys):
    folder = tmp_path / "delt"
    folder.mkdir()
    source = folder / "t.csv"
    source.write_text(BAD, encoding="utf-8")
    home = Path(os.environ["LEIETILEIE_HOME"])
    (home / "importrapporter").mkdir(parents=True, exist_ok=True)
    with _read_only(folder), _read_only(home / "importrapporter"):
        assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 2
    err = capsys.readouterr().err
    assert "ugyldig kontrollsiffer" in err and "Rapporten kunne ikke skrives" in err


def test_successful_reimport_writes_a_change_report(db_path, tmp_path, capsys):
    source = tmp_path / "t.csv"
    source.write_text(GOOD, encoding="utf-8")
    assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 0
    source.write_text(GOOD.replace("11 500", "12 000"), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(db_path), "import", "tenants", str(source)]) == 0
    out = capsys.readouterr().out
    report = tmp_path / "t-importrapport.txt"
    assert out.strip() == (
        f"Leietakere importert: 0 nye, 1 oppdatert, 1 uendret. Rapport: {report}."
    )
    assert "husstand H1: husleie_mnd 11 500 → 12 000" in report.read_text(encoding="utf-8")


def test_non_utf8_file_name_imports_and_prints(db_path, tmp_path):
    """A real process: stdout must not choke on the name's undecodable byte."""
    folder = os.fsencode(tmp_path)
    name = folder + b"/leietakere-\xff.csv"
    with open(name, "wb") as handle:
        handle.write(GOOD.encode("utf-8"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": ""}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "leietileie",
            "--db",
            str(db_path),
            "import",
            "tenants",
            os.fsdecode(name),
        ],
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    assert "Leietakere importert: 2 nye" in done.stdout.decode("utf-8")
    bad = name.replace(b".csv", b"-feil.csv")
    with open(bad, "wb") as handle:
        handle.write(BAD.replace("H1", "H7").replace("H2", "H8").encode("utf-8"))
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "leietileie",
            "--db",
            str(db_path),
            "import",
            "tenants",
            os.fsdecode(bad),
        ],
        capture_output=True,
        env=env,
        cwd=ROOT,
    )
    assert done.returncode == 2 and b"Traceback" not in done.stderr
    assert "leietakere-\ufffd-feil-importrapport.txt" in done.stderr.decode("utf-8")


@pytest.mark.parametrize("name", ["mal.csv", "mal.xlsx"])
def test_template_is_owner_only_and_never_written_through_a_planted_symlink(tmp_path, name, capsys):
    """One rule for every file we write (safe_files.check_target): a symlink we did not make
    at the target is refused, its target untouched; a plain name gets an owner-only file."""
    victim = tmp_path / "offer.txt"
    victim.write_text("viktig\n", encoding="utf-8")
    target = tmp_path / name
    target.symlink_to(victim)
    assert main(["template", "tenants", str(target)]) == 2
    assert "symbolsk lenke" in capsys.readouterr().err
    assert victim.read_text(encoding="utf-8") == "viktig\n" and target.is_symlink()
    target.unlink()
    old = os.umask(0o022)
    try:
        assert main(["template", "tenants", str(target)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "offer.txt"])
