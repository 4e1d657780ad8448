"""Add or edit a household: members with all their incomes, tenancy and economy.

Every field is checked with the import's rules when the caseworker presses Lagre; the
problems are listed under the form, naming the field, and nothing is stored until all pass.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.register import RegisteredHousehold
from ...services import register_reads
from ...storage import Database
from .. import fmt
from ..domain_text import tr as domain_tr
from .household_form import (
    CAR_CHOICES,
    INCOME_CHOICES,
    ROLE_CHOICES,
    SEX_CHOICES,
    IncomeInput,
    MemberInput,
    build_household,
    member_input,
)

HEADERS = (
    QT_TRANSLATE_NOOP("HouseholdDialog", "Rolle"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Fornavn"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Etternavn"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Fødselsnummer"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Fødselsdato"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Kjønn"),
    QT_TRANSLATE_NOOP("HouseholdDialog", "Inntekter (type og beløp per år)"),
    "",
)
#: the incomes take two grid columns (type and amount); the member's Fjern comes after
INCOME_COLUMN, REMOVE_COLUMN = 6, 8


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


class _IncomeRow:
    """One income of a member: kind, amount per year and a button that removes it."""

    def __init__(self, income: IncomeInput):
        self.kind = _combo(
            INCOME_CHOICES,
            income.kind,
            QCoreApplication.translate("HouseholdDialog", "Inntektstype"),
        )
        self.amount = QLineEdit(income.annual)
        self.kind.setMinimumWidth(190)
        self.amount.setMinimumWidth(110)
        self.amount.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", "kr per år"))
        self.amount.setAccessibleName(
            QCoreApplication.translate("HouseholdDialog", "Inntekt per år")
        )
        self.remove = QPushButton(QCoreApplication.translate("HouseholdDialog", "Fjern"))
        self.widget = QWidget()
        line = QHBoxLayout(self.widget)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.kind, 3)
        line.addWidget(self.amount, 2)
        line.addWidget(self.remove)

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.amount, self.remove]

    def value(self) -> IncomeInput:
        return IncomeInput(self.kind.currentData() or "", self.amount.text())


class _MemberRow:
    def __init__(self, m: MemberInput, changed: Callable[[], None]):
        self.m = m
        self.changed = changed
        self.role = _combo(
            ROLE_CHOICES, m.role, QCoreApplication.translate("HouseholdDialog", "Rolle")
        )
        self.first = QLineEdit(m.first_name)
        self.last = QLineEdit(m.last_name)
        self.national_id = QLineEdit(m.national_id)
        self.national_id.setPlaceholderText(
            QCoreApplication.translate("HouseholdDialog", "11 sifre")
        )
        self.birth = QLineEdit(m.birth_date)
        self.birth.setPlaceholderText(QCoreApplication.translate("HouseholdDialog", "dd.mm.åååå"))
        self.sex = _combo(
            SEX_CHOICES, m.sex, QCoreApplication.translate("HouseholdDialog", "Kjønn")
        )
        self.remove = QPushButton(QCoreApplication.translate("HouseholdDialog", "Fjern medlem"))
        # A child's special care needs: foreldrefradrag after age 11 (skatteloven § 6-48)
        self.special_care = QCheckBox(
            QCoreApplication.translate("HouseholdDialog", "Særskilt omsorgsbehov")
        )
        self.special_care.setToolTip(
            QCoreApplication.translate(
                "HouseholdDialog",
                "Barnet har særskilt behov for omsorg: foreldrefradrag også etter fylte 11 år",
            )
        )
        self.special_care.setChecked(m.special_care_needs)
        self.role.currentIndexChanged.connect(self._child_only)
        self._child_only()
        self.end_box = QWidget()
        end = QVBoxLayout(self.end_box)
        end.setContentsMargins(0, 0, 0, 0)
        end.setSpacing(2)
        end.addWidget(self.special_care)
        end.addWidget(self.remove)
        for widget, name in (
            (self.first, "Fornavn"),
            (self.last, "Etternavn"),
            (self.national_id, "Fødselsnummer"),
            (self.birth, "Fødselsdato"),
        ):
            widget.setAccessibleName(_t(name))
        self.incomes: list[_IncomeRow] = []
        self.income_box = QWidget()
        self.income_lines = QVBoxLayout(self.income_box)
        self.income_lines.setContentsMargins(0, 0, 0, 0)
        self.income_lines.setSpacing(2)
        self.add_income_button = QPushButton(
            QCoreApplication.translate("HouseholdDialog", "Legg til inntekt")
        )
        self.add_income_button.clicked.connect(
            lambda: self.add_income(IncomeInput(INCOME_CHOICES[0][0], ""), focus=True)
        )
        self.income_lines.addWidget(self.add_income_button, 0, Qt.AlignmentFlag.AlignLeft)
        for income in m.incomes:
            self.add_income(income)

    def _child_only(self) -> None:
        """Only a child can have special care needs (the box is kept, greyed, for others)."""
        self.special_care.setEnabled(self.role.currentData() == "child")

    def add_income(self, income: IncomeInput, focus: bool = False) -> _IncomeRow:
        row = _IncomeRow(income)
        self.incomes.append(row)
        self.income_lines.insertWidget(len(self.incomes) - 1, row.widget)
        if self.income_box.isVisible():
            row.widget.show()  # now, not when the layout gets to it, so that it can take the focus
        row.remove.clicked.connect(lambda: self.remove_income(row))
        self.changed()
        if focus:
            row.kind.setFocus()
        return row

    def remove_income(self, row: _IncomeRow) -> None:
        index = self.incomes.index(row)
        self.incomes.remove(row)
        self.income_lines.removeWidget(row.widget)
        row.widget.hide()
        row.widget.deleteLater()
        self.changed()
        # focus stays in the member's incomes: the next income, else the add button
        following = (
            self.incomes[min(index, len(self.incomes) - 1)].kind
            if self.incomes
            else self.add_income_button
        )
        following.setFocus()

    def name(self, n: int) -> None:
        """Accessible names that say which member and which income a field belongs to."""
        where = QCoreApplication.translate("HouseholdDialog", "Medlem {}").format(n)
        for i, row in enumerate(self.incomes, start=1):
            row.kind.setAccessibleName(
                QCoreApplication.translate("HouseholdDialog", "{}, inntektstype {}").format(
                    where, i
                )
            )
            row.amount.setAccessibleName(
                QCoreApplication.translate("HouseholdDialog", "{}, inntekt {} per år").format(
                    where, i
                )
            )
            row.remove.setAccessibleName(
                QCoreApplication.translate("HouseholdDialog", "{}, fjern inntekt {}").format(
                    where, i
                )
            )
        self.add_income_button.setAccessibleName(
            QCoreApplication.translate("HouseholdDialog", "{}, legg til inntekt").format(where)
        )
        self.remove.setAccessibleName(
            QCoreApplication.translate("HouseholdDialog", "Fjern medlem {}").format(n)
        )
        self.special_care.setAccessibleName(
            QCoreApplication.translate("HouseholdDialog", "{}, særskilt omsorgsbehov").format(where)
        )

    def widgets(self) -> list[QWidget]:
        """The grid's widgets in column order (the incomes are one cell over two columns)."""
        return [
            self.role,
            self.first,
            self.last,
            self.national_id,
            self.birth,
            self.sex,
            self.income_box,
            self.end_box,
        ]

    def focus_chain(self) -> list[QWidget]:
        incomes = [w for row in self.incomes for w in row.widgets()]
        return [
            self.role,
            self.first,
            self.last,
            self.national_id,
            self.birth,
            self.sex,
            *incomes,
            self.add_income_button,
            self.special_care,
            self.remove,
        ]

    def value(self) -> MemberInput:
        return MemberInput(
            role=self.role.currentData(),
            first_name=self.first.text(),
            last_name=self.last.text(),
            national_id=self.national_id.text(),
            birth_date=self.birth.text(),
            sex=self.sex.currentData(),
            incomes=tuple(row.value() for row in self.incomes),
            id=self.m.id,
            special_care_needs=self.special_care.isChecked() and self.role.currentData() == "child",
        )


class HouseholdDialog(QDialog):
    """``result_household`` holds the checked household after Lagre.

    With ``save``, Lagre also stores it: ``save(household)`` returns False when it could not
    (a colleague's change, a lost connection …: it has said why), and the dialog then stays
    open with everything the caseworker typed. ``reload_requested`` is set when the
    caseworker chose to discard the edit and load the household again."""

    def __init__(
        self,
        db: Database,
        household: RegisteredHousehold | None = None,
        parent: QWidget | None = None,
        save: Callable[[RegisteredHousehold], bool] | None = None,
    ):
        super().__init__(parent)
        self.db = db
        self.base = household
        self.save = save
        self.reload_requested = False
        self.result_household: RegisteredHousehold | None = None
        self.setWindowTitle(self.tr("Rediger husstand") if household else self.tr("Ny husstand"))
        self.rows: list[_MemberRow] = []
        self.fields: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self._general_box(), 3)
        top.addWidget(self._tenancy_box(), 2, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        layout.addWidget(self._members_box(), 1)
        self.errors = QLabel()
        self.errors.setStyleSheet("color:#b00020")
        self.errors.setWordWrap(True)
        self.errors.setAccessibleName(self.tr("Feil i skjemaet"))
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout.addWidget(buttons)
        self._ready = True
        self._members_changed()
        self.resize(1180, 700)

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
        self._line(
            "tax_free_income_monthly",
            self.tr("Skattefrie inntekter per måned"),
            fmt.number(h.tax_free_income_monthly) if h else "0",
            form,
        )
        self._line(
            "savings", self.tr("Oppsparte midler"), fmt.number(h.savings) if h else "0", form
        )
        self._line(
            "other_fixed_costs_monthly",
            self.tr("Andre faste utgifter per måned"),
            fmt.number(h.other_fixed_costs_monthly) if h else "0",
            form,
        )
        self._line(
            "childcare_expenses_annual",
            self.tr("Barnehage og SFO per år (foreldrefradrag)"),
            fmt.number(h.childcare_expenses_annual) if h else "0",
            form,
        )
        self._line(
            "existing_interest_annual",
            self.tr("Renter på gjeld per år (rentefradrag)"),
            fmt.number(h.existing_interest_annual) if h else "0",
            form,
        )
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
        inner = QWidget()
        self.grid = QGridLayout(inner)
        self.grid.setContentsMargins(0, 0, 0, 0)
        for col, text in enumerate(HEADERS):
            column = REMOVE_COLUMN if col > INCOME_COLUMN else col
            self.grid.addWidget(QLabel(_t(text)), 0, column, 1, 2 if col == INCOME_COLUMN else 1)
        self.grid.setColumnStretch(INCOME_COLUMN, 2)
        self.grid.setRowStretch(99, 1)  # rows stay at the top when there is room left
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setMinimumHeight(190)
        outer.addWidget(scroll, 1)
        self.add_member_button = QPushButton(self.tr("Legg til medlem"))
        self.add_member_button.clicked.connect(
            lambda: self.add_member(self._blank("child" if self.rows else "applicant"), focus=True)
        )
        row = QHBoxLayout()
        row.addWidget(self.add_member_button)
        row.addStretch(1)
        outer.addLayout(row)
        self._ready = False
        for p in self.base.members if self.base else ():
            self.add_member(member_input(p))
        if not self.rows:
            self.add_member(self._blank("applicant"))
        return box

    @staticmethod
    def _blank(role: str) -> MemberInput:
        return MemberInput(role, "", "", "", "", "")

    def add_member(self, m: MemberInput, focus: bool = False) -> None:
        row = _MemberRow(m, self._members_changed)
        self.rows.append(row)
        line = len(self.rows)
        for col, widget in zip(
            (*range(INCOME_COLUMN + 1), REMOVE_COLUMN), row.widgets(), strict=True
        ):
            span = 2 if col == INCOME_COLUMN else 1
            self.grid.addWidget(widget, line, col, 1, span, Qt.AlignmentFlag.AlignTop)
            if self.isVisible():
                widget.show()
        row.remove.clicked.connect(lambda: self._remove(row))
        self._members_changed()
        if focus:
            row.role.setFocus()

    def _remove(self, row: _MemberRow) -> None:
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        self._members_changed()
        self.add_member_button.setFocus()

    def _members_changed(self) -> None:
        """Number the members' accessible names again and keep Tab in reading order."""
        if not getattr(self, "_ready", False):
            return
        for n, row in enumerate(self.rows, start=1):
            row.name(n)
        chain: list[QWidget] = [*self.fields_before_members()]
        for row in self.rows:
            chain.extend(row.focus_chain())
        chain.append(self.add_member_button)
        chain.extend(self.fields_after_members())
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def fields_before_members(self) -> list[QWidget]:
        """The household's fields, then the tenancy's (the two boxes above the members)."""
        general = [
            self.fields[k]
            for k in (
                "external_id",
                "phone",
                "email",
                "tax_free_income_monthly",
                "savings",
                "other_fixed_costs_monthly",
                "childcare_expenses_annual",
                "existing_interest_annual",
            )
        ]
        tenancy = [self.fields[k] for k in ("unit_id", "rent_monthly", "arrears", "tenancy_start")]
        return [*general, self.car, self.notes, *tenancy]

    def fields_after_members(self) -> list[QWidget]:
        return list(self.buttons.buttons()) if hasattr(self, "buttons") else []

    def _tenancy_box(self) -> QGroupBox:
        t = self.base.tenancy if self.base else None
        box = QGroupBox(self.tr("Leieforhold"))
        form = QFormLayout(box)
        self._line("unit_id", self.tr("Bolig (bolig-ID)"), t.unit_id if t else "", form)
        self._line(
            "rent_monthly",
            self.tr("Husleie per måned"),
            fmt.number(t.rent_monthly) if t else "",
            form,
        )
        self._line("arrears", self.tr("Restanse"), fmt.number(t.arrears) if t else "0", form)
        self._line(
            "tenancy_start", self.tr("Leid fra (dd.mm.åååå)"), fmt.day(t.start) if t else "", form
        )
        return box

    def values(self) -> dict[str, str]:
        out = {key: edit.text() for key, edit in self.fields.items()}
        out["car"] = self.car.currentData()
        out["notes"] = self.notes.toPlainText()
        return out

    def try_accept(self) -> None:
        values = self.values()
        unit_id = values["unit_id"].strip()
        known = {unit_id} if unit_id and register_reads.unit(self.db, unit_id) else set()
        household, problems = build_household(
            self.base, values, [r.value() for r in self.rows], known
        )
        if household is not None and self.base is None:
            if register_reads.household_by_external_id(self.db, household.external_id) is not None:
                problems = [
                    self.tr("Husstand-ID: «{}» er allerede i bruk").format(household.external_id)
                ]
                household = None
            elif register_reads.external_id_deleted(self.db, household.external_id):
                problems = [
                    self.tr(
                        "Husstand-ID: «{}» tilhører en slettet husstand; angre slettingen eller "
                        "velg en annen ID"
                    ).format(household.external_id)
                ]
                household = None
        if household is None:
            self.errors.setText("\n".join(problems))
            return
        self.errors.clear()
        self.result_household = household
        if self.save is not None and not self.save(household):
            return  # not stored: the dialog stays open with the caseworker's input
        self.accept()

    def discard_and_reload(self) -> None:
        """Close without saving and ask the caller to open the household again."""
        self.reload_requested = True
        self.reject()
