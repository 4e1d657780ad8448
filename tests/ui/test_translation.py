"""The English UI is complete and the bokmål UI has no English: every view walked with the demo
register, and the engine's and the services' messages rendered in the app's language."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QChartView, QStackedBarSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QWidget,
)

from leietileie.domain.messages import TEMPLATES as MESSAGE_TEMPLATES
from leietileie.domain.messages import Message
from leietileie.errors import InputError
from leietileie.storage import Database
from leietileie.ui import domain_text
from leietileie.ui.app import TRANSLATIONS, install_translation
from leietileie.ui.views.registry import NAMES

#: Common bokmål words that must not be left in the English UI (whole words, case-sensitive).
NORWEGIAN = (
    "Beregning",
    "Husleie",
    "Netto",
    "Kjøpesum",
    "Saker",
    "Leietakere",
    "måned",
    "måneder",
    "husstand",
    "Husstand",
    "husstander",
    "Kan kjøpe",
    "Tilskudd",
    "Egenkapital",
    "Lagre",
    "Avbryt",
    "Søker",
    "Inntekt",
    "Kartlegging",
    "Innstillinger",
    "Frist",
    "Frister",
    "Tilgjengelig",
    "Levekostnader",
    "Leie i dag",
    "Gjeld",
    "Restanse",
    "Oppfølging",
    "Invitert",
    "Kartlagt",
    "Enslig",
    "Boligen",
    "Brev",
    "Statistikk",
    "Vis",
    "Ingen",
    "Kommunens",
    "Satser",
    "Sparing",
    "Oppspart",
    "Vurdering",
    "Resultat",
    "Rang",
    "Pris",
    "Overskudd",
    "mnd",
    "Lønn",
    "Medlemmer",
    "Økonomi",
    "Leieforhold",
    "Dokumenter",
    "Kontroller",
    "Merk",
    "Budsjett",
    "Finansiering",
    "Løpetid",
    "Nedbetaling",
    "Skatt",
    "Brutto",
    "Bokostnader",
    "Banklån",
    "Terminbeløp",
    "Eie",
    "Leie",
    "Sak",
    "Historikk",
    "Notat",
    "Dato",
    "Flytt",
    "Annuitet",
    "Selveier",
    "Par",
    "Barn",
    "Søkers",
    "Postnummer",
    "Telefon",
    "Enhet",
    "Underskriver",
    "Klageinstans",
    "Regelår",
    "Alle",
    "ikke",
    "år",
    "nå",
    "eller",
)
#: English words that must not appear in the bokmål UI.
ENGLISH = (
    "Tenants",
    "Assessment",
    "Settings",
    "Household",
    "household",
    "households",
    "Save",
    "Cancel",
    "month",
    "Can buy",
    "Available",
    "Price",
    "Screening",
    "Cases",
    "Deadline",
    "Letters",
    "Rent",
    "Equity",
    "Grant",
    "Income",
    "Applicant",
    "the",
    "and",
    "of",
    "with",
    "years",
)
TAG = re.compile(r"<[^>]+>")
TABLE_ROWS = 5


def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


def _chart_texts(view: QChartView) -> Iterator[str]:
    chart = view.chart()
    yield chart.title()
    for axis in chart.axes():
        yield axis.titleText()
        if isinstance(axis, QBarCategoryAxis):
            yield from axis.categories()
    for series in chart.series():
        yield series.name()
        if isinstance(series, QBarSeries | QStackedBarSeries):
            yield from (bar.label() for bar in series.barSets())


def _table_texts(table: QTableView) -> Iterator[str]:
    model = table.model()
    if model is None:
        return
    for col in range(model.columnCount()):
        yield str(model.headerData(col, Qt.Orientation.Horizontal) or "")
    if isinstance(model, QStandardItemModel):  # the rule sets' sources and notes are data
        return
    for row in range(min(model.rowCount(), TABLE_ROWS)):
        for col in range(model.columnCount()):
            yield str(model.index(row, col).data() or "")


def visible_texts(root: QWidget) -> list[str]:
    """The texts a person reads in a widget tree (labels, buttons, boxes, tabs, tables, charts)."""
    out: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            out.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())
        elif isinstance(widget, QGroupBox):
            out.append(widget.title())
        elif isinstance(widget, QTabWidget):
            out += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            out += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTableView):
            out += list(_table_texts(widget))
        elif isinstance(widget, QTextBrowser):
            out.append(widget.toPlainText())
        elif isinstance(widget, QChartView):
            out += list(_chart_texts(widget))
    return [TAG.sub(" ", t) for t in out if t]


def offending(texts: list[str], words: tuple[str, ...]) -> list[tuple[str, str]]:
    pattern = _pattern(words)
    return [(found.group(1), text) for text in texts for found in [pattern.search(text)] if found]


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    assert install_translation(qapp, "en")
    yield
    qapp.removeTranslator(qapp.property("leietileie_translator"))
    qapp.setProperty("leietileie_translator", None)
    qapp.setProperty("leietileie_language", None)


def _texts_of_every_view(qtbot, qapp, db_path: Path) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    from leietileie.ui.app import _showcase_household
    from leietileie.ui.context import AppContext
    from leietileie.ui.main_window import MainWindow

    db = Database.open(db_path, actor="tester")
    try:
        ctx = AppContext(db)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1440, 900)
        window.show()
        household = _showcase_household(ctx)
        assert household is not None
        window.select_household(household)
        texts: dict[str, list[str]] = {}
        for name in NAMES:
            window.show_view(name)
            qapp.processEvents()
            view = window.views[name]
            if name == "assessment":
                view.update_charts()  # type: ignore[attr-defined]
            texts[name] = visible_texts(view)
        texts["window"] = visible_texts(window.nav) + [
            window.nav.item(i).text() for i in range(window.nav.count())
        ]
        texts["window"] += [
            window.windowTitle(),
            window.status_year.text(),
            window.status_count.text(),
        ]
        window.close()
        return texts
    finally:
        db.close()


def test_every_view_in_english_has_no_norwegian_words(qtbot, qapp, english, showcase_db) -> None:
    texts = _texts_of_every_view(qtbot, qapp, showcase_db)
    assert sum(len(t) for t in texts.values()) > 300
    left = {name: offending(found, NORWEGIAN) for name, found in texts.items()}
    assert {name: bad for name, bad in left.items() if bad} == {}
    everything = " ".join(" ".join(t) for t in texts.values())
    for expected in (
        "Gross income per year",
        "Can buy",
        "Betjeningsevne",
        "Tenants",
        "Screened",
        "Follow-up",
    ):
        assert expected in everything


def test_the_bokmal_ui_has_no_english_words(qtbot, qapp, showcase_db) -> None:
    texts = _texts_of_every_view(qtbot, qapp, showcase_db)
    left = {name: offending(found, ENGLISH) for name, found in texts.items()}
    assert {name: bad for name, bad in left.items() if bad} == {}
    everything = " ".join(" ".join(t) for t in texts.values())
    assert "Brutto inntekt per år" in everything and "Leietakere" in everything


def test_dialogs_and_their_validation_messages_are_english(qtbot, qapp, english, ctx) -> None:
    from leietileie.ui.dialogs.household_dialog import HouseholdDialog
    from leietileie.ui.dialogs.unit_dialog import UnitDialog

    dialog = HouseholdDialog(ctx.db, None)
    qtbot.addWidget(dialog)
    dialog.fields["email"].setText("not an address")
    dialog.try_accept()
    assert "Household ID: required" in dialog.errors.text()
    assert "is not an e-mail address" in dialog.errors.text()
    assert offending(visible_texts(dialog), NORWEGIAN) == []
    units = UnitDialog(ctx.db, None)
    qtbot.addWidget(units)
    units.try_accept()
    assert "Unit ID: required" in units.errors.text()
    assert offending(visible_texts(units), NORWEGIAN) == []


# The pattern translator -----------------------------------------------------------------


def test_without_a_translator_texts_come_back_unchanged(qapp) -> None:
    assert domain_text.translate("Kan kjøpe") == "Kan kjøpe"


# The engine's messages: rendered from code and figures, never parsed -------------------

DETAIL = Message("check_servicing", {"available": 25_130, "payment": 22_679.4, "rate": 0.065})


def test_without_a_language_messages_are_bokmal(qapp) -> None:
    assert domain_text.message_text(DETAIL) == (
        "Tilgjengelig til lån 25 130 kr/mnd mot 22 679 kr/mnd i terminbeløp ved kalkulasjonsrente "
        "6,50 %"
    )


def test_a_check_detail_is_rendered_in_english_with_its_figures(english) -> None:
    assert domain_text.message_text(DETAIL) == (
        "Available for loans 25 130 kr/month against payments of 22 679 kr/month at the stress "
        "rate 6,50 %"
    )


def test_lists_of_codes_and_free_text_are_rendered_per_language(english) -> None:
    t = domain_text.message_text
    assert t(Message("unverified_rules", {"groups": ["floor", "husbanken_rates", "bostotte"]})) == (
        "Rates that should be checked: social assistance floor, Husbanken's rates, housing "
        "allowance."
    )
    assert t(Message("temporary_income", {"kinds": ["unemployment_benefit", "aap"]})) == (
        "Temporary income (Unemployment benefit, Work assessment allowance (AAP)) should be "
        "assessed separately."
    )
    assert t(Message("living_costs_override", {"reason": "høye utgifter til medisiner"})) == (
        "Living costs were set by the caseworker: høye utgifter til medisiner."
    )  # free text stays as typed
    assert (
        t(Message("living_costs_override", {"reason": ""}))
        == "Living costs were set by the caseworker: no reason given."
    )


def test_a_services_refusal_is_a_message_rendered_in_the_app_language(english) -> None:
    from leietileie.errors import InputError
    from leietileie.services.cases import check_move
    from leietileie.services.settings import BY_KEY, validate

    with pytest.raises(InputError) as refused:
        check_move("ny", "kjopt")
    assert refused.value.problems == [
        "Saken kan ikke gå fra «Ny» til «Kjøpt». Tillatt herfra: «Kartlagt», «Invitert», «Vedtak "
        "sendt», «Avsluttet»."
    ]
    assert domain_text.problem_texts(refused.value) == [
        "The case cannot go from «New» to «Bought». Allowed from here: «Screened», «Invited», "
        "«Decision sent», «Closed»."
    ]
    with pytest.raises(InputError) as refused:
        validate(BY_KEY["screening.horizon_years"], "2,5")
    assert domain_text.problem_texts(refused.value) == [
        "«Can buy in N years»: N at most: must be a whole number"
    ]


def test_the_note_of_a_case_opened_from_a_screening_is_shown_in_the_app_language(
    qapp, english
) -> None:
    from leietileie.services.messages import screening_note

    assert domain_text.note_text(screening_note(12)) == "Screening no. 12"
    assert domain_text.note_text("Kartlegging nr. 12") == "Screening no. 12"  # older database
    assert domain_text.note_text("Kartlegging nr. tolv") == "Kartlegging nr. tolv"  # typed
    qapp.setProperty("leietileie_language", "nn")
    assert domain_text.note_text(screening_note(12)) == "Kartlegging nr. 12"
    # A note is not a label: translate() leaves a stored note alone.
    assert domain_text.translate("Kartlegging nr. 12") == "Kartlegging nr. 12"


def test_every_message_has_every_language_with_the_same_placeholders() -> None:
    codes = set(MESSAGE_TEMPLATES["nb"])
    for language in ("nn", "en"):
        assert set(MESSAGE_TEMPLATES[language]) == codes
        for code in codes:

            def names(text: str) -> set[str]:
                return set(re.findall(r"\{(\w+)\}", text))

            assert names(MESSAGE_TEMPLATES[language][code]) == names(
                MESSAGE_TEMPLATES["nb"][code]
            ), code


def test_unknown_texts_and_names_are_left_alone(english) -> None:
    for text in ("Silje Ahmed", "Torget 3", "", "Noe helt annet med 12 kr"):
        assert domain_text.translate(text) == text


def test_every_label_the_engine_and_services_declare_is_known() -> None:
    from leietileie.domain.assess import RULE_GROUP_LABELS_NB
    from leietileie.domain.identity import (
        IN_FUTURE,
        INVALID_CHECKSUM,
        INVALID_DATE,
        INVALID_FORMAT,
        INVALID_LENGTH,
    )
    from leietileie.domain.living import ITEM_LABELS_NB
    from leietileie.domain.model import INCOME_LABELS_NB, ROLE_LABELS_NB
    from leietileie.domain.output import FLOOR_LABELS_NB, VERDICT_LABELS_NB
    from leietileie.domain.register import CASE_STATE_LABELS_NB
    from leietileie.services.cases import DEADLINE_LABELS_NB
    from leietileie.services.eligibility import COLUMNS as LIST_COLUMNS
    from leietileie.services.screening import CATEGORY_LABELS_NB, REASON_TEXTS_NB
    from leietileie.services.settings import SETTINGS
    from leietileie.services.statistics import COLUMNS as STATISTICS_COLUMNS
    from leietileie.storage import HOUSEHOLD_TYPE_LABELS_NB

    labels: list[str] = []
    for table in (
        VERDICT_LABELS_NB,
        FLOOR_LABELS_NB,
        CASE_STATE_LABELS_NB,
        DEADLINE_LABELS_NB,
        INCOME_LABELS_NB,
        ROLE_LABELS_NB,
        HOUSEHOLD_TYPE_LABELS_NB,
        RULE_GROUP_LABELS_NB,
        ITEM_LABELS_NB,
        CATEGORY_LABELS_NB,
        REASON_TEXTS_NB,
    ):
        labels += table.values()
    labels += [c.header for c in (*LIST_COLUMNS, *STATISTICS_COLUMNS)]
    for s in SETTINGS:
        labels += [s.label, *(label for _, label in s.choices)] + ([s.help] if s.help else [])
    labels += [INVALID_LENGTH, INVALID_FORMAT, INVALID_CHECKSUM, INVALID_DATE, IN_FUTURE]
    missing = sorted({label for label in labels if label and label not in domain_text.KNOWN})
    assert missing == []


#: Sources whose English is the same text on purpose (glossary words and numbers).
SAME_IN_ENGLISH = {
    "Bokmål",
    "Nynorsk",
    "Startlån",
    "1 – Oslo",
    "2 – Bergen, Trondheim, Stavanger, Tromsø, Bærum",
    "OK",
    "1000 kr",
    "Status",
    "Excel (*.xlsx);;CSV for Excel (*.csv);;PDF (*.pdf)",
    "Database: {}",
    "E-post",
    "Pers.",
}


@pytest.mark.parametrize("language", ["en", "nn"])
def test_the_ts_file_is_complete(language) -> None:
    tree = ET.parse(TRANSLATIONS / f"leietileie_{language}.ts")
    unfinished = [
        (context.findtext("name"), message.findtext("source"))
        for context in tree.iter("context")
        for message in context.iter("message")
        if (
            message.find("translation") is None
            or message.find("translation").get("type") == "unfinished"
            or not "".join(message.find("translation").itertext()).strip()
        )
    ]
    assert unfinished == []


def test_every_domain_text_has_an_english_translation(english) -> None:
    for text in domain_text.KNOWN:
        if text not in SAME_IN_ENGLISH:
            assert domain_text.tr(text) != text, text


def test_what_the_engine_says_about_real_households_is_translated(english, ctx) -> None:
    """Checks, reasons, suggestions and warnings of the demo register, each matching a template."""
    from dataclasses import replace

    from leietileie.services.assessment import evaluate
    from leietileie.services.ui_support import scenario_for

    said: set[str] = set()
    messages: list[Message] = []
    for row in ctx.db.households.page(0, 60):
        household = ctx.db.households.get(row.id)
        if household is None or household.tenancy is None:
            continue
        unit = ctx.db.units.get_by_unit_id(household.tenancy.unit_id)
        scenario = scenario_for(ctx.settings, household, unit)
        for variant in (
            scenario,
            replace(
                scenario, financing=replace(scenario.financing, mode="bank_first", term_years=40)
            ),
        ):
            try:
                a = evaluate(variant)
            except Exception:  # noqa: BLE001 - a household the engine refuses is not what this test is about
                continue
            said.update(c.label for c in a.checks)
            messages += [c.message for c in a.checks] + [r.message for r in a.reasons]
            messages += [s.message for s in a.suggestions] + list(a.warnings)
    assert len(said) >= 4 and len({m.code for m in messages}) > 8
    untranslated = sorted(t for t in said if domain_text.translate(t) == t)
    assert untranslated == []
    same = sorted({m.code for m in messages if domain_text.message_text(m) == m.text("nb")})
    assert same == []


def test_a_refusal_reported_by_the_app_is_rendered_in_its_language(english) -> None:
    from leietileie.ui.crash import message_or_raise

    assert message_or_raise(InputError(Message("case_missing", {"case": 3}))) == (
        "Case no. 3 does not exist."
    )


def test_a_failure_shown_in_a_message_box_renders_its_refusal(english) -> None:
    refusal = InputError([Message("unit_missing", {"unit": "B7"}), "fritt formulert"])
    assert domain_text.error_text(refusal) == "dwelling B7: does not exist\nfritt formulert"
    assert domain_text.error_text(OSError("disk full")) == "disk full"
