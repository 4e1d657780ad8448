"""The Oppfølging view's dialogs (issue 14): log an action, a payment agreement with its
schedule, a savings balance, closing an arrears case, a rent-to-own agreement.

Each dialog collects its fields (``values()``: the service's keyword arguments) and hands them
to ``save``; when ``save`` refuses (the service's Norwegian message, shown in the dialog) the
dialog stays open with the caseworker's input.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.arrears import ACTION_KINDS, ACTION_LABELS, OUTCOME_LABELS, OUTCOMES, ArrearsError
from ...domain.pathway import add_years
from ...domain.payment_agreement import schedule as payment_schedule
from .. import fmt
from ..domain_text import message_text
from ..models.followup_models import label

NB = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
#: what a caseworker logs by hand (a payment agreement has its own dialog)
LOGGED_KINDS = tuple(k for k in ACTION_KINDS if k != "payment_agreement")
Save = Callable[[dict[str, Any]], bool]

translate = QCoreApplication.translate


def to_date(edit: QDateEdit) -> date:
    picked = edit.date()
    return date(picked.year(), picked.month(), picked.day())


def date_edit(name: str, value: date, month_only: bool = False) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setDisplayFormat("MM.yyyy" if month_only else "dd.MM.yyyy")
    edit.setCalendarPopup(not month_only)
    edit.setAccessibleName(name)
    return edit


def amount_box(name: str, maximum: float = 50_000_000, step: float = 500) -> QDoubleSpinBox:
    """Whole kroner; 0 is allowed so that the service's rule, not the box, refuses it."""
    box = QDoubleSpinBox()
    box.setLocale(NB)
    box.setDecimals(0)
    box.setRange(0, maximum)
    box.setSingleStep(step)
    box.setGroupSeparatorShown(True)
    box.setSuffix(" kr")
    box.setAccessibleName(name)
    box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    return box


class FollowupDialog(QDialog):
    """A form, the service's refusal in red under it, Lagre and Avbryt."""

    def __init__(self, title: str, household: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save: Save | None = None
        layout = QVBoxLayout(self)
        who = QLabel(household)
        who.setStyleSheet("font-weight:600")
        layout.addWidget(who)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra)
        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color:#b00020")
        self.errors.setAccessibleName(translate("FollowupDialog", "Feil"))
        self.errors.setVisible(False)
        layout.addWidget(self.errors)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("FollowupDialog", "Lagre")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("FollowupDialog", "Avbryt")
        )
        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def add(self, text: str, widget: QWidget) -> QWidget:
        self.form.addRow(text, widget)
        return widget

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def show_problems(self, lines: list[str]) -> None:
        self.errors.setText("\n".join(lines))
        self.errors.setVisible(bool(lines))

    def try_accept(self) -> bool:
        """Save; close only when saved (a refusal keeps the dialog and its input)."""
        self.show_problems([])
        if self.save is not None and not self.save(self.values()):
            return False
        self.accept()
        return True


class ActionDialog(FollowupDialog):
    """Log a reminder, a call, a meeting, a referral to NAV, a note …"""

    def __init__(self, household: str, today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Logg tiltak"), household, parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Tiltak"))
        for kind in LOGGED_KINDS:
            self.kind.addItem(label(ACTION_LABELS, kind), kind)
        self.add(self.tr("Tiltak"), self.kind)
        self.on_date = self.add(self.tr("Dato"), date_edit(self.tr("Dato"), today))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Notat"))
        self.note.setPlaceholderText(self.tr("Hva ble gjort eller avtalt"))
        self.add(self.tr("Notat"), self.note)

    def values(self) -> dict[str, Any]:
        assert isinstance(self.on_date, QDateEdit)
        return {
            "kind": self.kind.currentData(),
            "on_date": to_date(self.on_date),
            "note": self.note.text().strip(),
        }


class PaymentAgreementDialog(FollowupDialog):
    """A payment agreement (nedbetalingsavtale): start month, monthly amount and total, with
    the schedule shown as it is typed."""

    def __init__(
        self, household: str, today: date, owed: float = 0.0, parent: QWidget | None = None
    ):
        super().__init__(self.tr("Nedbetalingsavtale"), household, parent)
        self.today = today
        start = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
        self.start_month = date_edit(self.tr("Første måned"), start, month_only=True)
        self.add(self.tr("Første måned"), self.start_month)
        self.monthly = amount_box(self.tr("Avdrag per måned"))
        self.add(self.tr("Avdrag per måned"), self.monthly)
        self.total = amount_box(self.tr("Samlet beløp"))
        self.total.setValue(round(owed))
        self.add(self.tr("Samlet beløp"), self.total)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Nedbetalingsplan"))
        self.extra.addWidget(self.summary)
        self.plan = QTableWidget(0, 2)
        self.plan.setAccessibleName(self.tr("Nedbetalingsplan"))
        self.plan.setHorizontalHeaderLabels([self.tr("Måned"), self.tr("Avdrag")])
        self.plan.verticalHeader().setVisible(False)
        self.plan.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.plan.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plan.setMinimumHeight(150)
        self.extra.addWidget(self.plan)
        for box in (self.monthly, self.total):
            box.valueChanged.connect(self.update_schedule)
        self.start_month.dateChanged.connect(self.update_schedule)
        self.update_schedule()

    def month(self) -> str:
        picked = self.start_month.date()
        return f"{picked.year():04d}-{picked.month():02d}"

    def update_schedule(self) -> None:
        """Show the instalments (the domain's schedule), or why there are none."""
        self.plan.setRowCount(0)
        try:
            plan = payment_schedule(self.month(), self.monthly.value(), self.total.value())
        except ArrearsError as exc:
            self.summary.setText(
                self.tr("Ingen plan ennå: {}").format(
                    "; ".join(message_text(m) for m in exc.messages)
                )
            )
            return
        self.plan.setRowCount(len(plan))
        for n, (month, amount) in enumerate(plan):
            self.plan.setItem(n, 0, QTableWidgetItem(f"{month[5:]}.{month[:4]}"))
            cell = QTableWidgetItem(fmt.kr(amount))
            cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.plan.setItem(n, 1, cell)
        last = plan[-1].month
        self.summary.setText(
            self.tr("{} avdrag, det siste i {}: {}").format(
                len(plan), f"{last[5:]}.{last[:4]}", fmt.kr(plan[-1].amount)
            )
        )

    def values(self) -> dict[str, Any]:
        return {
            "start_month": self.month(),
            "monthly_amount": self.monthly.value(),
            "total_amount": self.total.value(),
            "on": self.today,
        }


class SavingsDialog(FollowupDialog):
    """A savings balance on a date."""

    def __init__(self, household: str, today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Registrer sparing"), household, parent)
        self.on_date = date_edit(self.tr("Dato"), today)
        self.add(self.tr("Dato"), self.on_date)
        self.balance = amount_box(self.tr("Saldo på sparekontoen"))
        self.add(self.tr("Saldo på sparekontoen"), self.balance)

    def values(self) -> dict[str, Any]:
        return {"on_date": to_date(self.on_date), "balance": self.balance.value()}


class CloseCaseDialog(FollowupDialog):
    """Close the open arrears case with its outcome."""

    def __init__(self, household: str, today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Avslutt restansesaken"), household, parent)
        self.outcome = QComboBox()
        self.outcome.setAccessibleName(self.tr("Utfall"))
        for outcome in OUTCOMES:
            self.outcome.addItem(label(OUTCOME_LABELS, outcome), outcome)
        self.add(self.tr("Utfall"), self.outcome)
        self.on_date = date_edit(self.tr("Dato"), today)
        self.add(self.tr("Dato"), self.on_date)

    def values(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(), "on": to_date(self.on_date)}


class AgreementDialog(FollowupDialog):
    """A rent-to-own agreement: start, year-0 price and valuation, savings at the start, the
    monthly saving target, the option's expiry (at most five years) and the conditions."""

    def __init__(
        self,
        household: str,
        today: date,
        defaults: dict[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Leie til eie-avtale"), household, parent)
        d = defaults or {}
        start = d.get("start_date", today)
        self.start_date = date_edit(self.tr("Start"), start)
        self.add(self.tr("Start"), self.start_date)
        self.price = amount_box(self.tr("Pris år 0"), step=50_000)
        self.price.setValue(float(d.get("price_year0", 0)))
        self.add(self.tr("Pris år 0"), self.price)
        self.valuation = amount_box(self.tr("Takst år 0"), step=50_000)
        self.valuation.setValue(float(d.get("valuation_year0", d.get("price_year0", 0))))
        self.add(self.tr("Takst år 0"), self.valuation)
        self.savings = amount_box(self.tr("Oppspart ved start"))
        self.savings.setValue(float(d.get("savings_year0", 0)))
        self.add(self.tr("Oppspart ved start"), self.savings)
        self.target = amount_box(self.tr("Sparemål per måned"), 200_000)
        self.target.setValue(float(d.get("monthly_saving_target", 0)))
        self.add(self.tr("Sparemål per måned"), self.target)
        expiry = d.get("option_expiry", add_years(start, 3))
        self.expiry = date_edit(self.tr("Opsjonen utløper"), expiry)
        self.expiry.setToolTip(self.tr("Høyst fem år etter start"))
        self.add(self.tr("Opsjonen utløper"), self.expiry)
        self.conditions = QLineEdit(str(d.get("conditions", "")))
        self.conditions.setAccessibleName(self.tr("Vilkår"))
        self.add(self.tr("Vilkår"), self.conditions)

    def values(self) -> dict[str, Any]:
        return {
            "start_date": to_date(self.start_date),
            "price_year0": self.price.value(),
            "valuation_year0": self.valuation.value(),
            "savings_year0": self.savings.value(),
            "monthly_saving_target": self.target.value(),
            "option_expiry": to_date(self.expiry),
            "conditions": self.conditions.text().strip(),
        }
