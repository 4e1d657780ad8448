"""A lived-in demo: a screening run and cases at different steps, for the demo register.

Used only on throwaway demo databases (``main.py --demo`` and ``--screenshot`` without a
register), never on a municipality's own register.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from .cases import mark_screened, move_case
from .screening import ScreeningOptions, screen_register
from .settings import Settings

#: How far along the first cases of the demo have come (state path per case).
PATHS = (
    ("invitert",),
    ("invitert",),
    ("invitert", "samtale"),
    ("invitert", "samtale", "vurdert"),
    ("invitert", "samtale", "vurdert", "tilbud_sendt"),
    ("invitert", "samtale", "vurdert", "tilbud_sendt"),
    ("invitert", "samtale", "vurdert", "tilbud_sendt", "akseptert"),
    ("invitert", "samtale", "vurdert", "tilbud_sendt", "akseptert", "kjopt"),
    ("invitert", "samtale", "vurdert", "tilbud_sendt", "avslatt"),
)


def _has_cases(db: Any) -> bool:
    return bool(db.cases.any())


def prepare_showcase(db: Any, on: date | None = None, cases: int = 16) -> None:
    """Run a screening and open cases for the best-placed households, some moved along."""
    today = on or date.today()
    settings = Settings(db)
    if db.screening.latest_run() is None:
        screen_register(db, ScreeningOptions.from_settings(settings, on=today))
    if _has_cases(db):
        return
    run_id = db.screening.latest_run()
    chosen = [r.household_id for r in db.screening.results(run_id) if r.verdict in ("kan_kjope_na", "kan_kjope_med_tilskudd")][:cases]
    start = today - timedelta(days=60)
    mark_screened(db, run_id, chosen, on=start, by="demo")
    for index, household_id in enumerate(chosen[: len(PATHS)]):
        case = db.cases.current(household_id)
        day = start
        for state in PATHS[index]:
            day += timedelta(days=7)
            case = move_case(db, case.id, state, on=day, by="demo", note="")
