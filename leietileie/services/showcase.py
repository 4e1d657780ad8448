"""A lived-in demo: a screening run and cases at different steps, for the demo register.

Used only on demo registers (``main.py --demo``, ``--screenshot`` without a register, and
``leietileie demo``, which refuses a municipality's own register first), never on a
municipality's own register.

The cases hang together the way real work leaves them: a case is assessed (the assessment is
stored on the case) before it reaches *vurdert*, an offer letter is produced and recorded
before it reaches *tilbud sendt*, so the programme statistics add up (every offer sent has its
letter, every purchase its startlån and grant).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import paths
from .assessment import evaluate, registered_scenario, store_assessment
from .cases import mark_screened, move_case
from .demo_family import SHOWCASE_ID
from .letters import confirm_rule_groups, produce_letter
from .screening import ScreeningOptions, screen_register
from .settings import Settings

if TYPE_CHECKING:
    from ..storage.register import Register

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


def _has_cases(db: Register) -> bool:
    return bool(db.cases.any())


def showcase_household_id(db: Register) -> int | None:
    """The demo's showcase household (a realistic family that can buy with a modest grant),
    or None on a register without it."""
    found = db.households.id_map().get(SHOWCASE_ID)
    return int(found) if found is not None else None


def letters_folder(db: Register) -> Path:
    """Where the demo's letters go: ``brev`` beside the demo database file, or in the app's
    data folder for the office database (its URL is no folder)."""
    if not db.is_file:
        return paths.data_dir() / "brev"
    return Path(db.path).parent / "brev"


def _step(db: Register, case: Any, state: str, day: date, letters: Path) -> Any:
    """Do what the step needs (assess, write the offer), then move the case."""
    assessments: list[int] = []
    documents: list[int] = []
    if state == "vurdert":
        scenario = registered_scenario(db, case.household_id, on=day)
        assessments.append(store_assessment(db, case.household_id, evaluate(scenario)))
    elif state == "tilbud_sendt":
        # The offer letter moves the case itself (with its reply deadline) and is recorded on it.
        produce_letter(db, case.household_id, letters, letter_type="offer", on=day)
        return db.cases.get(case.id)
    return move_case(
        db, case.id, state, on=day, by="demo", note="", documents=documents, assessments=assessments
    )


def prepare_showcase(
    db: Register, on: date | None = None, cases: int = 16, letters: Path | None = None
) -> None:
    """Run a screening and open cases for the best-placed households, some moved along.

    Letters are written to ``letters`` (default: :func:`letters_folder`).
    """
    today = on or date.today()
    settings = Settings(db)
    if db.screening.latest_run() is None:
        screen_register(db, ScreeningOptions.from_settings(settings, on=today))
    if _has_cases(db):
        return
    # A fictional register's letters: the demo, not a municipality, records that the unverified
    # rule groups were looked at (audited as "demo"), so its sample letters can be printed. A
    # real register must confirm them in Innstillinger before its first letter.
    confirm_rule_groups(db, settings.year(), by="demo (fiktivt register)")
    run_id = db.screening.latest_run()
    if run_id is None:
        raise RuntimeError("the demo screening stored no run")
    chosen = [
        r.household_id
        for r in db.screening.results(run_id)
        if r.category in ("kan_kjope_na", "kan_kjope_med_tilskudd")
    ][:cases]
    start = today - timedelta(days=60)
    mark_screened(db, run_id, chosen, on=start, by="demo")
    for index, household_id in enumerate(chosen[: len(PATHS)]):
        case = db.cases.current(household_id)
        day = start
        for state in PATHS[index]:
            day += timedelta(days=7)
            case = _step(db, case, state, day, letters or letters_folder(db))
