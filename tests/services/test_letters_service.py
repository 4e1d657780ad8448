"""Letters from the register: stored assessment, files, documents, audit, CLI."""

import io
import re
from datetime import date

import pypdf
import pytest

from leietileie.cli import main
from leietileie.paths import default_db_path
from leietileie.services.letters import gate_reasons, produce_batch, produce_letter
from leietileie.storage.database import Database


@pytest.fixture()
def demo_db():
    assert main(["demo", "--households", "25", "--seed", "3"]) == 0
    assert main(["screen"]) == 0
    assert main(["letters", "--confirm-rules"]) == 0  # the caseworker checked the rule groups
    db = Database.open(default_db_path())
    yield db
    db.close()


def _eligible_id(db) -> int:
    run = db.screening.latest_run()
    return next(r.household_id for r in db.screening.results(run) if r.category == "kan_kjope_na")


def test_letter_uses_the_stored_assessment_and_is_recorded(demo_db, tmp_path):
    hid = _eligible_id(demo_db)
    letter, data = produce_letter(demo_db, hid, tmp_path, letter_type="offer", language="nb")
    stored = demo_db.assessments.get(letter.assessment_id)
    text = re.sub(
        r"[ \u00a0]+",
        " ",
        "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages),
    )
    startlan = stored.result["financing"]["startlan"]
    assert f"{startlan:,}".replace(",", " ") + " kr" in text
    assert letter.path.read_bytes() == data
    docs = demo_db.documents.for_household(hid)
    assert docs[-1].sha256 == letter.sha256 and docs[-1].assessment_id == letter.assessment_id
    assert any(e.action == "printed" for e in demo_db.audit.list(entity="document"))
    # Reprinting uses the same stored assessment: same figures, same bytes.
    again, data2 = produce_letter(
        demo_db, hid, tmp_path / "again", letter_type="offer", language="nb", on=None
    )
    assert again.assessment_id == letter.assessment_id
    assert data2 == data


def test_batch_writes_archive_files_and_a_combined_file_and_can_cancel(demo_db, tmp_path):
    run = demo_db.screening.latest_run()
    everyone = [r.household_id for r in demo_db.screening.results(run)]
    # Households the screening's filters let through (an invitation is gated like screening).
    ids = [hid for hid in everyone if not gate_reasons(demo_db, everyone, date.today())[hid]][:3]
    result = produce_batch(demo_db, ids, tmp_path, letter_type="invitation", language="en")
    assert len(result.letters) == 3 and result.combined is not None
    pages = sum(len(pypdf.PdfReader(str(x.path)).pages) for x in result.letters)
    assert len(pypdf.PdfReader(str(result.combined)).pages) == pages
    seen = []
    cancelled = produce_batch(
        demo_db,
        ids,
        tmp_path / "c",
        letter_type="invitation",
        progress=lambda done, total: seen.append(done) or False,
    )
    assert cancelled.cancelled and len(cancelled.letters) == 1 and seen == [1]


def test_cli_letters(demo_db, tmp_path, capsys):
    out = tmp_path / "brev"
    assert (
        main(
            [
                "letters",
                "--eligible",
                "--type",
                "offer",
                "--lang",
                "nn",
                "--out",
                str(out),
                "--godta-advarsler",
            ]
        )
        == 0
    )
    files = sorted(out.glob("*.pdf"))
    assert any(f.name.startswith("utskrift-tilbud-nn") for f in files)
    assert main(["letters", "NO-SUCH-HOUSEHOLD", "--out", str(out)]) == 2
    assert "finnes ikke" in capsys.readouterr().err
    assert main(["letters", "--out", str(out)]) == 2


def test_unconfirmed_rules_message_names_no_command_line_flag_but_the_cli_adds_its_hint(
    tmp_path, capsys
):
    """Issue 12: the app shows the service's message, so it names Innstillinger and no flag;
    the command line adds how to confirm from there."""
    from leietileie.cli import main
    from leietileie.errors import InputError
    from leietileie.services.demo import create_demo
    from leietileie.services.letters import produce_batch
    from leietileie.storage import Database

    path = tmp_path / "r.db"
    with Database.open(path) as db:
        create_demo(db, households=12, seed=2)
        ids = [h.id for h in db.households.page(0, 3)]
        try:
            produce_batch(db, ids, tmp_path / "brev", letter_type="invitation")
        except InputError as exc:
            message = "\n".join(exc.problems)
        else:
            raise AssertionError("letters were printed on unconfirmed rule groups")
    assert "Innstillinger" in message and "--" not in message
    assert (
        main(
            [
                "--db",
                str(path),
                "letters",
                str(ids[0]),
                "--type",
                "invitation",
                "--out",
                str(tmp_path / "brev"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "--confirm-rules" in err and not list((tmp_path / "brev").glob("*.pdf"))
