"""Add or edit a dwelling (bolig), checked with the import's rules."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.register import Unit
from ...services import register_reads
from ...storage import Database
from .. import fmt
from ..glossary import explain
from .household_form import Problems

#: key, label, required
FIELDS = (
    ("unit_id", QT_TRANSLATE_NOOP("UnitDialog", "Bolig-ID"), True),
    ("address", QT_TRANSLATE_NOOP("UnitDialog", "Adresse"), True),
    ("postcode", QT_TRANSLATE_NOOP("UnitDialog", "Postnummer"), True),
    ("city", QT_TRANSLATE_NOOP("UnitDialog", "Poststed"), True),
    ("valuation", QT_TRANSLATE_NOOP("UnitDialog", "Takst (kr)"), False),
    ("common_costs_monthly", QT_TRANSLATE_NOOP("UnitDialog", "Felleskostnader per måned"), False),
    (
        "other_running_costs_monthly",
        QT_TRANSLATE_NOOP("UnitDialog", "Andre bokostnader per måned"),
        False,
    ),
    ("shared_debt", QT_TRANSLATE_NOOP("UnitDialog", "Fellesgjeld"), False),
    ("area_m2", QT_TRANSLATE_NOOP("UnitDialog", "Bruksareal (m²)"), False),
    ("bedrooms", QT_TRANSLATE_NOOP("UnitDialog", "Soverom"), False),
)
TENURE_CHOICES = (
    ("freehold", QT_TRANSLATE_NOOP("UnitDialog", "Selveier / eierseksjon")),
    ("cooperative", QT_TRANSLATE_NOOP("UnitDialog", "Borettslag / aksjeleilighet")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("UnitDialog", text)


def build_unit(base: Unit | None, values: dict[str, str]) -> tuple[Unit | None, list[str]]:
    p = Problems()
    for key, label, required in FIELDS[:4]:
        if required and not values.get(key, "").strip():
            p.append(QCoreApplication.translate("UnitDialog", "{}: må fylles ut").format(_t(label)))
    postcode = values.get("postcode", "").strip()
    if postcode and not (postcode.isdigit() and len(postcode) == 4):
        p.append(QCoreApplication.translate("UnitDialog", "Postnummer: må ha 4 sifre"))
    valuation = p.amount(
        QCoreApplication.translate("UnitDialog", "Takst (kr)"), values.get("valuation", "")
    )
    money = {k: p.amount(_t(label), values.get(k, "")) for k, label, _ in FIELDS[5:8]}
    area = p.amount(
        QCoreApplication.translate("UnitDialog", "Bruksareal (m²)"), values.get("area_m2", "")
    )
    bedrooms = p.amount(
        QCoreApplication.translate("UnitDialog", "Soverom"), values.get("bedrooms", "")
    )
    if not float(bedrooms).is_integer():
        p.append(QCoreApplication.translate("UnitDialog", "Soverom: må være et helt tall"))
    if values.get("tenure") not in ("freehold", "cooperative"):
        p.append(
            QCoreApplication.translate("UnitDialog", "Eierform: velg selveier eller borettslag")
        )
    if p:
        return None, list(p)
    start = base or Unit(unit_id="", address="", postcode="", city="", tenure="freehold")
    unit = replace(
        start,
        unit_id=values["unit_id"].strip(),
        address=values["address"].strip(),
        postcode=postcode,
        city=values["city"].strip(),
        tenure=values["tenure"],
        valuation=valuation or None,
        area_m2=area or None,
        bedrooms=int(bedrooms) or None,
        **money,
    )
    return unit, []


class UnitDialog(QDialog):
    def __init__(self, db: Database, unit: Unit | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.base = unit
        self.result_unit: Unit | None = None
        self.setWindowTitle(self.tr("Rediger bolig") if unit else self.tr("Ny bolig"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for key, label, _ in FIELDS:
            value = getattr(unit, key) if unit else None
            text = (
                ""
                if value is None
                else (fmt.number(value) if isinstance(value, float) else str(value))
            )
            edit = QLineEdit(text)
            edit.setAccessibleName(_t(label))
            if key == "shared_debt":
                explain(edit, "fellesgjeld")
            self.edits[key] = edit
            form.addRow(_t(label), edit)
        self.tenure = QComboBox()
        for code, label in TENURE_CHOICES:
            self.tenure.addItem(_t(label), code)
        self.tenure.setCurrentIndex(
            max(0, self.tenure.findData(unit.tenure if unit else "freehold"))
        )
        self.tenure.setAccessibleName(self.tr("Eierform"))
        form.addRow(self.tr("Eierform"), self.tenure)
        layout.addLayout(form)
        self.errors = QLabel()
        self.errors.setStyleSheet("color:#b00020")
        self.errors.setWordWrap(True)
        layout.addWidget(self.errors)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Lagre"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_accept(self) -> None:
        values = {key: edit.text() for key, edit in self.edits.items()}
        values["tenure"] = self.tenure.currentData()
        unit, problems = build_unit(self.base, values)
        if unit is not None and self.base is None and register_reads.unit(self.db, unit.unit_id):
            unit, problems = (
                None,
                [self.tr("Bolig-ID: «{}» er allerede i bruk").format(values["unit_id"])],
            )
        if unit is None:
            self.errors.setText("\n".join(problems))
            return
        self.result_unit = unit
        self.accept()
