"""A letter's refusals and warnings are messages: the letter dialog shows them in the app's
language (nynorsk, English), the command line keeps its bokmål lines."""

from datetime import date

import pytest

from leietileie.services.letters import check_letter, confirm_rule_groups, gate_reasons
from leietileie.services.settings import Settings
from leietileie.ui.dialogs.letter_dialog import LetterDialog


@pytest.fixture
def language(qapp, request):  # type: ignore[no-untyped-def]
    qapp.setProperty("leietileie_language", request.param)
    yield request.param
    qapp.setProperty("leietileie_language", None)


def _open_household(ctx) -> int:
    ids = [h.id for h in ctx.db.households.page(0, 200)]
    gate = gate_reasons(ctx.db, ids, date.today())
    return next(h for h in ids if not gate[h])


UNCONFIRMED = {
    "en": "have not been checked against their source; check and confirm them in Settings "
    "before the letter is printed",
    "nn": "er ikkje kontrollerte mot kjelda; kontroller og stadfest dei i Innstillingar før "
    "brevet blir skrive ut",
    "nb": "er ikke kontrollert mot kilden; kontroller og bekreft dem i Innstillinger før "
    "brevet skrives ut",
}


@pytest.mark.parametrize("language", ["en", "nn", "nb"], indirect=True)
def test_unconfirmed_rule_groups_are_refused_in_the_app_language(qtbot, ctx, answers, language):
    household_id = _open_household(ctx)
    external = ctx.db.households.get(household_id).external_id
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("invitation"))
    dialog.make()
    assert dialog.path is None
    text = answers[-1][1]
    who = {"en": "household", "nn": "hushald", "nb": "husstand"}[language]
    assert text.startswith(f"{who} {external}: "), text
    assert UNCONFIRMED[language] in text
    assert "--confirm-rules" not in text  # no command-line flag in the app


GATED = {
    "en": "household {}: cannot get an offer because the screening's filters leave the "
    "household out: Rent arrears above the limit",
    "nn": "hushald {}: får ikkje tilbod fordi filtera i kartlegginga held hushaldet utanfor: "
    "Husleigerestanse over grensa",
    "nb": "husstand {}: får ikke tilbud fordi kartleggingens filtre utelater husstanden: "
    "Husleierestanse over grensen",
}


@pytest.mark.parametrize("language", ["en", "nn", "nb"], indirect=True)
def test_a_filtered_household_is_refused_in_the_app_language(qtbot, ctx, answers, language):
    confirm_rule_groups(ctx.db, Settings(ctx.db).year())
    household_id = _open_household(ctx)
    external = ctx.db.households.get(household_id).external_id
    ctx.db.conn.execute("UPDATE households SET arrears = 99000 WHERE id = ?", (household_id,))
    dialog = LetterDialog(ctx, household_id)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("offer"))
    dialog.make()
    assert dialog.path is None
    assert answers[-1][1] == GATED[language].format(external)


def test_the_warning_before_printing_is_rendered_per_language(ctx):
    confirm_rule_groups(ctx.db, Settings(ctx.db).year())
    household_id = _open_household(ctx)
    unit_id = ctx.db.households.get(household_id).tenancy.unit_id
    ctx.db.conn.execute("UPDATE units SET valuation_date = NULL WHERE unit_id = ?", (unit_id,))
    checked = check_letter(ctx.db, household_id, "preassessment", decided_by="leder")
    external = ctx.db.households.get(household_id).external_id
    (warning,) = [w for w in checked.warning_messages if w.code == "letter_valuation_undated"]
    assert warning.text() == f"husstand {external}: taksten for bolig {unit_id} har ingen dato"
    assert f"husstand {external}: taksten for bolig {unit_id} har ingen dato" in checked.warnings
    assert warning.text("en") == (
        f"household {external}: the valuation of dwelling {unit_id} has no date"
    )
    assert warning.text("nn") == f"hushald {external}: taksten for bustad {unit_id} har ingen dato"
