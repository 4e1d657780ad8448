from datetime import date

from leietileie.services.demo import create_demo
from leietileie.services.showcase import PATHS, prepare_showcase
from leietileie.storage.database import Database

ON = date(2026, 11, 25)


def test_demo_showcase_has_a_screening_and_cases_at_each_step(tmp_path):
    db = Database.open(tmp_path / "d.db")
    create_demo(db, households=150, seed=1, today=ON)
    prepare_showcase(db, on=ON)
    assert db.screening.latest_run() is not None
    states = [state for (state,) in db.conn.execute("SELECT state FROM cases")]
    assert {"kartlagt", "invitert", "tilbud_sendt", "kjopt"} <= set(states)
    assert len(states) >= len(PATHS)
    assert db.cases.overdue(ON), "some follow-ups are overdue"
    prepare_showcase(db, on=ON)  # a second call changes nothing
    assert db.conn.execute("SELECT count(*) FROM cases").fetchone()[0] == len(states)
    db.close()
