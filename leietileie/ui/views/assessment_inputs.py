"""The assessment workspace's inputs: every assumption a caseworker may change."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Scenario
from ...rules import available_years, load_rules
from .. import fmt
from ..fmt import NB
from ..glossary import explain
from ..tables import wide_combo

MODES = (
    ("startlan_only", QT_TRANSLATE_NOOP("InputsPanel", "Bare startlån")),
    ("bank_first", QT_TRANSLATE_NOOP("InputsPanel", "Banklån først, startlån på toppen")),
    (
        "auto",
        QT_TRANSLATE_NOOP(
            "InputsPanel", "Banklån først når banken kan låne noe, ellers bare startlån"
        ),
    ),
)


def _short_mode(code: str) -> str | None:
    """A plan's name short enough for the form («Banklån + startlån», «Banklån / bare
    startlån»), made of words the app has translated; the whole name is the tooltip."""
    bank = QCoreApplication.translate("domain", "Banklån")
    startlan = QCoreApplication.translate("domain", "Startlån")
    only = QCoreApplication.translate("domain", "Bare startlån")
    if code == "bank_first":
        return f"{bank} + {startlan[:1].lower()}{startlan[1:]}"
    if code == "auto":
        return f"{bank} / {only[:1].lower()}{only[1:]}"
    return None


REPAYMENTS = (
    ("annuity", QT_TRANSLATE_NOOP("InputsPanel", "Annuitet")),
    ("serial", QT_TRANSLATE_NOOP("InputsPanel", "Serie")),
)
TENURES = (
    ("freehold", QT_TRANSLATE_NOOP("InputsPanel", "Selveier (dokumentavgift)")),
    ("cooperative", QT_TRANSLATE_NOOP("InputsPanel", "Borettslag / aksje")),
)


def _kr_box(name: str, maximum: int = 50_000_000, step: int = 10_000) -> QSpinBox:
    box = QSpinBox()
    box.setLocale(NB)
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" kr")
    box.setAccessibleName(name)
    box.setKeyboardTracking(True)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return box


def _rate_box(name: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setLocale(NB)
    box.setRange(0.0, 30.0)
    box.setDecimals(2)
    box.setSingleStep(0.1)
    box.setSuffix(" %")
    box.setAccessibleName(name)
    return box


def _choice(name: str, choices: tuple[tuple[str, str], ...]) -> QComboBox:
    """A choice as wide as its longest (short) label; a tooltip tells the whole story."""
    box = wide_combo(QComboBox())
    for code, label in choices:
        whole = QCoreApplication.translate("InputsPanel", label)
        box.addItem(_short_mode(code) or whole, code)
        box.setItemData(box.count() - 1, whole, Qt.ItemDataRole.ToolTipRole)
    box.setAccessibleName(name)
    return box


def _select(box: QComboBox, value: object) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


class InputsPanel(QWidget):
    """Emits ``changed`` on every edit; ``scenario(base)`` applies the inputs to a scenario."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._loading = False
        #: The policy rate shown from the rule year's set (percent), None when the caseworker's.
        self._seeded_policy: float | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._dwelling_box())
        layout.addWidget(self._household_box())
        layout.addWidget(self._financing_box())
        layout.addStretch(1)

    def _form(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        return box, form

    def _dwelling_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Boligen"))
        self.price = _kr_box(self.tr("Kjøpesum"), step=50_000)
        self.tenure = _choice(self.tr("Eierform"), TENURES)
        self.common = _kr_box(self.tr("Felleskostnader per måned"), 200_000, 100)
        self.running = _kr_box(self.tr("Andre bokostnader per måned"), 200_000, 100)
        for label, widget in (
            (self.tr("Kjøpesum"), self.price),
            (self.tr("Eierform"), self.tenure),
            (self.tr("Felleskost./mnd"), self.common),
            (self.tr("Andre bokost./mnd"), self.running),
        ):
            form.addRow(label, widget)
        return box

    def _household_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Husstanden"))
        self.savings = _kr_box(self.tr("Egenkapital (sparing)"), step=5_000)
        self.override_on = QCheckBox(self.tr("Sett levekostnader selv"))
        self.override_on.setAccessibleName(self.tr("Sett levekostnader selv"))
        self.override = _kr_box(self.tr("Levekostnader per måned"), 200_000, 500)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Begrunnelse (påkrevd)"))
        self.reason.setAccessibleName(self.tr("Begrunnelse for levekostnader"))
        explain(self.savings, "egenkapital")
        explain(self.override, "levekostnader")
        form.addRow(self.tr("Egenkapital"), self.savings)
        form.addRow(self.override_on)
        form.addRow(self.tr("Levekost./mnd"), self.override)
        form.addRow(self.tr("Begrunnelse"), self.reason)
        self.override_on.toggled.connect(self._override_toggled)
        self._override_toggled(False)
        return box

    def _financing_box(self) -> QGroupBox:
        box, form = self._form(self.tr("Finansiering"))
        self.year = QComboBox()
        self.year.setAccessibleName(self.tr("Regelår"))
        for y in available_years():
            self.year.addItem(str(y), y)
        self.mode = _choice(self.tr("Finansiering"), MODES)
        self.term = QSpinBox()
        self.term.setRange(5, 50)
        self.term.setSuffix(fmt.years_suffix(self.term.value()))
        self.term.valueChanged.connect(lambda n: self.term.setSuffix(fmt.years_suffix(n)))
        self.term.setAccessibleName(self.tr("Løpetid"))
        self.repayment = _choice(self.tr("Nedbetaling"), REPAYMENTS)
        self.startlan_rate = _rate_box(self.tr("Startlånsrente"))
        self.bank_rate = _rate_box(self.tr("Bankrente"))
        self.policy_rate = _rate_box(self.tr("Styringsrente"))
        self.grant = _kr_box(self.tr("Største tilskudd"), 5_000_000, 10_000)
        explain(self.grant, "tilskudd")
        explain(self.startlan_rate, "startlan")
        for label, widget in (
            (self.tr("Regelår"), self.year),
            (self.tr("Opplegg"), self.mode),
            (self.tr("Løpetid"), self.term),
            (self.tr("Nedbetaling"), self.repayment),
            (self.tr("Startlånsrente"), self.startlan_rate),
            (self.tr("Bankrente"), self.bank_rate),
            (self.tr("Styringsrente"), self.policy_rate),
            (self.tr("Største tilskudd"), self.grant),
        ):
            form.addRow(label, widget)
        for spin in (
            self.price,
            self.common,
            self.running,
            self.savings,
            self.override,
            self.term,
            self.grant,
        ):
            spin.valueChanged.connect(self._emit)
        for rate in (self.startlan_rate, self.bank_rate, self.policy_rate):
            rate.valueChanged.connect(self._emit)
        # Before the recomputation: the shown policy rate follows the rule year first.
        self.year.currentIndexChanged.connect(self._year_changed)
        for combo in (self.tenure, self.year, self.mode, self.repayment):
            combo.currentIndexChanged.connect(self._emit)
        self.reason.textChanged.connect(self._emit)
        return box

    def _override_toggled(self, on: bool) -> None:
        self.override.setEnabled(on)
        self.reason.setEnabled(on)
        self._emit()

    def _policy_seeded(self) -> bool:
        """The field shows the rule year's policy rate (not a caseworker's own figure)."""
        seeded = self._seeded_policy
        return seeded is not None and round(self.policy_rate.value(), 4) == seeded

    def _year_changed(self, *_: object) -> None:
        """Another rule year: a policy rate taken from the rule set is replaced by the new
        year's (the engine uses that one); a caseworker's own figure stays, as an override."""
        if self._loading or not self._policy_seeded():
            return
        rate = round(load_rules(self.year.currentData()).startlan.policy_rate * 100, 4)
        self._seeded_policy = rate
        with QSignalBlocker(self.policy_rate):  # the year change itself recomputes
            self.policy_rate.setValue(rate)

    def _emit(self, *_: object) -> None:
        if not self._loading:
            self.changed.emit()

    def load(self, s: Scenario) -> None:
        """Show a scenario's assumptions (no ``changed`` while filling in)."""
        self._loading = True
        try:
            d, h, f = s.dwelling, s.household, s.financing
            self.price.setValue(round(d.price))
            _select(self.tenure, d.tenure)
            self.common.setValue(round(d.common_costs_monthly))
            self.running.setValue(round(d.other_running_costs_monthly))
            self.savings.setValue(round(h.savings))
            self.override_on.setChecked(h.living_costs_monthly_override is not None)
            self.override.setValue(round(h.living_costs_monthly_override or 0))
            self.reason.setText(h.living_costs_override_reason)
            _select(self.year, s.year)
            _select(self.mode, f.mode)
            self.term.setValue(f.term_years)
            _select(self.repayment, f.repayment)
            self.startlan_rate.setValue(f.startlan_rate * 100)
            self.bank_rate.setValue(f.bank_rate * 100)
            # No policy rate (or one filled in from the rules) = the rule year's: shown, kept
            # as the rule set's unless the caseworker changes it (then it is an override).
            seeded = f.policy_rate is None or f.policy_rate_seeded
            rate = (
                load_rules(s.year).startlan.policy_rate if f.policy_rate is None else f.policy_rate
            )
            self._seeded_policy = round(rate * 100, 4) if seeded else None
            self.policy_rate.setValue(rate * 100)
            self.grant.setValue(round(f.grant_max))
        finally:
            self._loading = False

    def scenario(self, base: Scenario) -> Scenario:
        """``base`` with the inputs applied."""
        override = float(self.override.value()) if self.override_on.isChecked() else None
        household = replace(
            base.household,
            savings=float(self.savings.value()),
            living_costs_monthly_override=override,
            living_costs_override_reason=self.reason.text().strip() if override is not None else "",
        )
        dwelling = replace(
            base.dwelling,
            price=float(self.price.value()),
            tenure=self.tenure.currentData(),
            common_costs_monthly=float(self.common.value()),
            other_running_costs_monthly=float(self.running.value()),
        )
        policy = None if self._policy_seeded() else round(self.policy_rate.value() / 100, 6)
        financing = replace(
            base.financing,
            mode=self.mode.currentData(),
            term_years=self.term.value(),
            repayment=self.repayment.currentData(),
            startlan_rate=round(self.startlan_rate.value() / 100, 6),
            bank_rate=round(self.bank_rate.value() / 100, 6),
            policy_rate=policy,
            policy_rate_seeded=False,
            grant_max=float(self.grant.value()),
        )
        return replace(
            base,
            year=self.year.currentData(),
            household=household,
            dwelling=dwelling,
            financing=financing,
        )
