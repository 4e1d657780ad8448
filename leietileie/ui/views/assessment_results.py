"""The assessment's figures: budget breakdown, financing plan, checks, verdict, suggestions."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain.assess import Assessment
from ...domain.output import VERDICT_LABELS_NB
from .. import fmt
from ..domain_text import message_text, translate
from ..glossary import explain

#: key, label, bold (a sum line)
BUDGET_LINES = (
    ("gross", QT_TRANSLATE_NOOP("ResultsPanel", "Brutto inntekt per år"), False),
    ("tax", QT_TRANSLATE_NOOP("ResultsPanel", "Skatt per år"), False),
    ("net", QT_TRANSLATE_NOOP("ResultsPanel", "Netto inntekt per måned"), True),
    ("living", QT_TRANSLATE_NOOP("ResultsPanel", "− Levekostnader"), False),
    (
        "fixed",
        QT_TRANSLATE_NOOP("ResultsPanel", "− Faste forpliktelser (gjeld, barnehage o.l.)"),
        False,
    ),
    ("housing", QT_TRANSLATE_NOOP("ResultsPanel", "= Tilgjengelig til bolig"), True),
    ("running", QT_TRANSLATE_NOOP("ResultsPanel", "− Bokostnader (felleskost. og drift)"), False),
    ("available", QT_TRANSLATE_NOOP("ResultsPanel", "= Tilgjengelig til lån"), True),
    ("stress", QT_TRANSLATE_NOOP("ResultsPanel", "Kalkulasjonsrente"), False),
    ("max_loan", QT_TRANSLATE_NOOP("ResultsPanel", "Største lån budsjettet bærer"), True),
)
PLAN_LINES = (
    ("price", QT_TRANSLATE_NOOP("ResultsPanel", "Kjøpesum"), False),
    ("costs", QT_TRANSLATE_NOOP("ResultsPanel", "+ Omkostninger"), False),
    ("equity", QT_TRANSLATE_NOOP("ResultsPanel", "− Egenkapital"), False),
    ("bank", QT_TRANSLATE_NOOP("ResultsPanel", "Banklån"), False),
    ("startlan", QT_TRANSLATE_NOOP("ResultsPanel", "Startlån"), True),
    ("grant", QT_TRANSLATE_NOOP("ResultsPanel", "Tilskudd"), False),
    ("payment", QT_TRANSLATE_NOOP("ResultsPanel", "Terminbeløp første måned"), True),
    ("own", QT_TRANSLATE_NOOP("ResultsPanel", "Eie per måned (med bokostnader)"), False),
    ("own_tax", QT_TRANSLATE_NOOP("ResultsPanel", "Eie etter rentefradrag"), False),
    ("rent", QT_TRANSLATE_NOOP("ResultsPanel", "Leie i dag"), False),
)
#: result lines explained by a tooltip (line key → glossary term)
EXPLAINED = {
    "available": "betjeningsevne",
    "max_loan": "betjeningsevne",
    "stress": "kalkulasjonsrente",
    "living": "levekostnader",
    "costs": "omkostninger",
    "equity": "egenkapital",
    "startlan": "startlan",
    "grant": "tilskudd",
    "payment": "terminbelop",
}
VERDICT_COLORS = {
    "eligible": "#1e7b34",
    "eligible_with_grant": "#a15c00",
    "not_eligible": "#b00020",
}


def _lines_box(
    title: str, lines: tuple[tuple[str, str, bool], ...]
) -> tuple[QGroupBox, dict[str, QLabel]]:
    box = QGroupBox(title)
    box.setAccessibleName(title)
    grid = QGridLayout(box)
    grid.setVerticalSpacing(3)
    values: dict[str, QLabel] = {}
    for row, (key, source, bold) in enumerate(lines):
        label = QCoreApplication.translate("ResultsPanel", source)
        name = QLabel(label)
        value = QLabel()
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setAccessibleName(label)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            name.setStyleSheet("font-weight:600")
            value.setStyleSheet("font-weight:600")
        if key in EXPLAINED:
            explain(name, EXPLAINED[key])
        grid.addWidget(name, row, 0)
        grid.addWidget(value, row, 1)
        values[key] = value
    grid.setColumnStretch(0, 1)
    return box, values


class ResultsPanel(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.verdict = QLabel()
        self.verdict.setAccessibleName(self.tr("Konklusjon"))
        self.verdict.setWordWrap(True)
        layout.addWidget(self.verdict)
        budget_box, self.budget = _lines_box(self.tr("Budsjett"), BUDGET_LINES)
        plan_box, self.plan = _lines_box(self.tr("Finansiering og månedskostnad"), PLAN_LINES)
        layout.addWidget(budget_box)
        layout.addWidget(plan_box)
        self.checks = QLabel()
        self.checks.setWordWrap(True)
        self.checks.setAccessibleName(self.tr("Kontroller"))
        checks_box = QGroupBox(self.tr("Kontroller"))
        QVBoxLayout(checks_box).addWidget(self.checks)
        layout.addWidget(checks_box)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setAccessibleName(self.tr("Hva kan få det til å gå"))
        layout.addWidget(self.advice)
        layout.addStretch(1)

    def show_error(self, problems: list[str]) -> None:
        self.verdict.setStyleSheet("background:#fdecea;color:#b00020;padding:8px;font-size:13pt")
        self.verdict.setText(
            self.tr("Kan ikke beregne: ") + "; ".join(translate(p) for p in problems)
        )

    def display(self, a: Assessment) -> None:
        b, p = a.budget, a.plan
        color = VERDICT_COLORS[a.verdict]
        self.verdict.setStyleSheet(f"background:{color};color:white;padding:8px;border-radius:4px")
        reason = (
            f"<br><span style='font-size:10pt'>{escape(message_text(a.reasons[0].message))}</span>"
            if a.reasons
            else ""
        )
        self.verdict.setText(
            "<span "
            f"style='font-size:15pt;font-weight:600'>{escape(translate(VERDICT_LABELS_NB[a.verdict]))}</span>{reason}"
        )
        shown = b.shown()  # rounded so that the lines add up to the totals
        living = f"{fmt.kr(shown['living_costs_monthly'])}"
        values = {
            "gross": fmt.kr(b.gross_income_annual),
            "tax": fmt.kr(b.tax_shown),
            "net": fmt.kr(shown["net_income_monthly"]),
            "living": living,
            "fixed": fmt.kr(shown["fixed_obligations_monthly"]),
            "housing": fmt.kr(shown["available_for_housing_monthly"]),
            "running": fmt.kr(shown["housing_running_costs_monthly"]),
            "available": fmt.kr(shown["available_for_loans_monthly"]),
            "stress": fmt.percent(a.stress_rate),
            "max_loan": fmt.kr(a.max_total_loan),
        }
        for key, text in values.items():
            self.budget[key].setText(text)
        source = (
            self.tr("satt av saksbehandler")
            if b.living_costs_overridden
            else self.tr("SIFO {}, norm {}").format(
                fmt.kr(b.living_costs_sifo_monthly), fmt.kr(b.living_costs_floor_monthly)
            )
        )
        self.budget["living"].setToolTip(source)
        plan = {
            "price": fmt.kr(p.price),
            "costs": fmt.kr(p.purchase_costs),
            "equity": fmt.kr(p.equity),
            "bank": fmt.kr(p.bank_loan),
            "startlan": fmt.kr(p.startlan),
            "grant": fmt.kr(p.grant),
            "payment": fmt.kr(a.monthly_payment),
            "own": fmt.kr(a.monthly_cost_owning),
            "own_tax": fmt.kr(a.monthly_cost_owning_after_tax),
            "rent": fmt.kr(a.monthly_cost_renting),
        }
        for key, text in plan.items():
            self.plan[key].setText(text)
        self.checks.setText(self._checks_html(a))
        self.advice.setText(self._advice_html(a))

    def _checks_html(self, a: Assessment) -> str:
        rows = []
        for c in a.checks:
            mark, color = (
                ("✔ " + self.tr("OK"), "#1e7b34")
                if c.passed
                else ("✘ " + self.tr("Ikke OK"), "#b00020")
            )
            rows.append(
                f"<p><b style='color:{color}'>{mark}</b> <b>{escape(translate(c.label))}</b><br>"
                f"{escape(message_text(c.message))}</p>"
            )
        return "".join(rows)

    def _advice_html(self, a: Assessment) -> str:
        parts = []
        if a.suggestions:
            items = "".join(f"<li>{escape(message_text(s.message))}</li>" for s in a.suggestions)
            parts.append("<b>" + self.tr("Dette kan få det til å gå:") + f"</b><ul>{items}</ul>")
        if a.warnings:
            items = "".join(f"<li>{escape(message_text(w))}</li>" for w in a.warnings)
            parts.append("<b>" + self.tr("Merk:") + f"</b><ul>{items}</ul>")
        return "".join(parts)
