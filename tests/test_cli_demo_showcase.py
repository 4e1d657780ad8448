"""``leietileie demo`` makes the same lived-in register as the app's demo: a screening run
and cases at different steps, with their offer letters (issue 12, item 7)."""

from __future__ import annotations

from leietileie.cli import main
from leietileie.services.showcase import PATHS
from leietileie.storage import Database


def test_cli_demo_has_a_screening_run_and_cases_with_letters(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--households", "60", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert "Demoregister: 60 husstander" in out
    assert "Kartlegging kjørt" in out and "åpne saker" in out
    with Database.open(path) as db:
        run_id = db.screening.latest_run()
        assert run_id is not None  # Kartlegging opens on a run
        assert len(db.screening.results(run_id)) == 60
        assert db.cases.any()  # Saker is not empty
        households = {r.household_id for r in db.screening.results(run_id)}
        states = {
            case.state for household in households for case in db.cases.for_household(household)
        }
    # every step the showcase paths reach is there (invitert … kjøpt, avslått)
    reached = {path[-1] for path in PATHS}
    assert reached <= states
    letters = sorted((tmp_path / "brev").glob("*-tilbud-*.pdf"))
    offers = sum(1 for path in PATHS if "tilbud_sendt" in path)
    assert len(letters) == offers
    assert all(letter.read_bytes().startswith(b"%PDF") for letter in letters)


def test_running_the_demo_again_adds_no_second_run_or_cases(tmp_path, capsys):
    path = tmp_path / "demo.db"
    assert main(["--db", str(path), "demo", "--households", "20"]) == 0
    with Database.open(path) as db:
        before = (db.screening.latest_run(), sorted(db.cases.open_household_ids()))
    assert main(["--db", str(path), "demo", "--households", "20"]) == 0
    with Database.open(path) as db:
        assert (db.screening.latest_run(), sorted(db.cases.open_household_ids())) == before
