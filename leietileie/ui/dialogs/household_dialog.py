"""Add or edit a household: members with their main income, tenancy and economy.

Every field is checked with the import's rules when the caseworker presses Lagre; the
problems are listed under the form, naming the field, and nothing is stored until all pass.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.register import RegisteredHousehold
from ...storage import Database
from .. import fmt
from ..domain_text import tr as domain_tr
from .household_form import (
    CAR_CHOICES,
    INCOME_CHOICES,
    ROLE_CHOICES,
    SEX_CHOICES,
    MemberInput,
    build_household,
    member_input,
)

HEADERS = (QT_TRANSLATE_NOOP("HouseholdDialog", "Rolle"), QT_TRANSLATE_NOOP("HouseholdDialog", "Fornavn"),
           QT_TRANSLATE_NOOP("HouseholdDialog", "Etternavn"), QT_TRANSLATE_NOOP("HouseholdDialog", "Fødselsnummer"),
           QT_TRANSLATE_NOOP("HouseholdDialog", "Fødselsdato"), QT_TRANSLATE_NOOP("HouseholdDialog", "Kjønn"),
           QT_TRANSLATE_NOOP("HouseholdDialog", "Inntektstype"), QT_TRANSLATE_NOOP("HouseholdDialog", "Inntekt per år"),
           "")  # fmt: skip


def _t(text: str) -> str:
    return QCoreApplication.translate("HouseholdDialog", text) if text else text


def _combo(choices: tuple[tuple[str, str], ...], value: str, name: str) -> QComboBox:
    box = QComboBox()
    for code, label in choices:
        box.addItem(domain_tr(label), code)
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))
    box.setAccessibleName(name)
    return box


class _MemberRow:
    def __init__(self, m: MemberInput):
        self.m = m
        self.role = _combo(ROLE_CHOICES, m.role, QCoreApplication.translate("HouseholdDialog", "Rolle"))
        self.first = QLineEdit(m.first_name)
        self.last = QLineEdit(m.last_name)
        self.national_id = QLineEdit(m.national_id)
        self.national_id.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", "11 sifre"))
        self.birth = QLineEdit(m.birth_date)
        self.birth.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", "dd.mm.åååå"))
        self.sex = _combo(SEX_CHOICES, m.sex, QCoreApplication.translate("HouseholdDialog", "Kjønn"))
        self.kind = _combo(INCOME_CHOICES, m.income_kind, QCoreApplication.translate("HouseholdDialog", "Inntektstype"))
        self.amount = QLineEdit(m.income_annual)
        self.remove = QPushButton(QCoreApplication.translate("HouseholdDialog", "Fjern"))
        for widget, name in ((self.first, "Fornavn"), (self.last, "Etternavn"),
                             (self.national_id, "Fødselsnummer"), (self.birth, "Fødselsdato"),
                             (self.amount, "Inntekt per år")):  # fmt: skip
            widget.setAccessibleName(_t(name))

    def widgets(self) -> list[QWidget]:
        return [self.role, self.first, self.last, self.national_id, self.birth, self.sex,
                self.kind, self.amount, self.remove]  # fmt: skip

    def value(self) -> MemberInput:
        return MemberInput(
            role=self.role.currentData(), first_name=self.first.text(), last_name=self.last.text(),
            national_id=self.national_id.text(), birth_date=self.birth.text(),
            sex=self.sex.currentData(), income_kind=self.kind.currentData(),
            income_annual=self.amount.text(), more_incomes=self.m.more_incomes, id=self.m.id,
        )  # fmt: skip


class HouseholdDialog(QDialog):
    """``result_household`` holds the checked household after Lagre."""

    def __init__(self, db: Database, household: RegisteredHousehold | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.base = household
        self.result_household: RegisteredHousehold | None = None
        self.setWindowTitle(self.tr("Rediger husstand") if household else self.tr("Ny husstand"))
        self.rows: list[_MemberRow] = []
        self.fields: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self._general_box())
        layout.addWidget(self._members_box())
        layout.addWidget(self._tenancy_box())
        self.errors = QLabel()
        self.errors.setStyleSheet("color:#b00020")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Feil i skjemaet"))
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self.resize(980, 640)

    def _line(self, key: str, label: str, value: str, form: QFormLayout) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(label)
        self.fields[key] = edit
        form.addRow(label, edit)
        return edit

    def _general_box(self) -> QGroupBox:
        h = self.base
        box = QGroupBox(self.tr("Husstand"))
        form = QFormLayout(box)
        self._line("external_id", self.tr("Husstand-ID"), h.external_id if h else "", form)
        self._line("phone", self.tr("Telefon"), h.phone if h else "", form)
        self._line("email", self.tr("E-post"), h.email if h else "", form)
        self._line("tax_free_income_monthly", self.tr("Skattefrie inntekter per måned"),
                   fmt.number(h.tax_free_income_monthly) if h else "0", form)  # fmt: skip
        self._line("savings", self.tr("Oppsparte midler"), fmt.number(h.savings) if h else "0", form)
        self._line("other_fixed_costs_monthly", self.tr("Andre faste utgifter per måned"),
                   fmt.number(h.other_fixed_costs_monthly) if h else "0", form)  # fmt: skip
        self.car = _combo(CAR_CHOICES, h.car if h else "none", self.tr("Bil"))
        form.addRow(self.tr("Bil"), self.car)
        self.notes = QPlainTextEdit(h.notes if h else "")
        self.notes.setAccessibleName(self.tr("Notater"))
        self.notes.setFixedHeight(48)
        form.addRow(self.tr("Notater"), self.notes)
        return box

    def _members_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Medlemmer"))
        outer = QVBoxLayout(box)
        self.grid = QGridLayout()
        for col, text in enumerate(HEADERS):
            self.grid.addWidget(QLabel(_t(text)), 0, col)
        outer.addLayout(self.grid)
        add = QPushButton(self.tr("Legg til medlem"))
        add.clicked.connect(lambda: self.add_member(MemberInput("child" if self.rows else "applicant", "", "", "", "", "", "", "")))
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        outer.addLayout(row)
        for p in self.base.members if self.base else ():
            self.add_member(member_input(p))
        if not self.rows:
            self.add_member(MemberInput("applicant", "", "", "", "", "", "", ""))
        return box

    def add_member(self, m: MemberInput) -> None:
        row = _MemberRow(m)
        self.rows.append(row)
        line = len(self.rows)
        for col, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, line, col)
        row.remove.clicked.connect(lambda: self._remove(row))

    def _remove(self, row: _MemberRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()

    def _tenancy_box(self) -> QGroupBox:
        t = self.base.tenancy if self.base else None
        box = QGroupBox(self.tr("Leieforhold"))
        form = QFormLayout(box)
        self._line("unit_id", self.tr("Bolig (bolig-ID)"), t.unit_id if t else "", form)
        self._line("rent_monthly", self.tr("Husleie per måned"), fmt.number(t.rent_monthly) if t else "", form)
        self._line("arrears", self.tr("Restanse"), fmt.number(t.arrears) if t else "0", form)
        self._line("tenancy_start", self.tr("Leid fra (dd.mm.åååå)"), fmt.day(t.start) if t else "", form)
        return box

    def values(self) -> dict[str, str]:
        out = {key: edit.text() for key, edit in self.fields.items()}
        out["car"] = self.car.currentData()
        out["notes"] = self.notes.toPlainText()
        return out

    def try_accept(self) -> None:
        values = self.values()
        unit_id = values["unit_id"].strip()
        known = {unit_id} if unit_id and self.db.units.get_by_unit_id(unit_id) else set()
        household, problems = build_household(self.base, values, [r.value() for r in self.rows], known)
        if household is not None and self.base is None:
            if self.db.households.get_by_external_id(household.external_id) is not None:
                problems = [self.tr("Husstand-ID: «{}» er allerede i bruk").format(household.external_id)]
                household = None
        if household is None:
            self.errors.setText("\n".join(problems))
            return
        self.errors.clear()
        self.result_household = household
        self.accept()
