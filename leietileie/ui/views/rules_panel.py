"""Rule sets per year with their sources, and the caseworkers' dated rate changes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...rules import available_years, load_rules
from ...services import app_writes
from .. import fmt
from ..context import AppContext
from ..tables import fit_to_content, wide_combo

GROUP_LABELS = {
    "tax": QT_TRANSLATE_NOOP("RulesPanel", "Skatt"),
    "sifo": QT_TRANSLATE_NOOP("RulesPanel", "SIFO referansebudsjett"),
    "floor": QT_TRANSLATE_NOOP("RulesPanel", "Sosialhjelpsnorm"),
    "bank": QT_TRANSLATE_NOOP("RulesPanel", "Bankenes utlånsregler"),
    "startlan": QT_TRANSLATE_NOOP("RulesPanel", "Startlån"),
    "husbanken_rates": QT_TRANSLATE_NOOP("RulesPanel", "Husbankens renter"),
    "fees": QT_TRANSLATE_NOOP("RulesPanel", "Gebyrer"),
    "purchase_costs": QT_TRANSLATE_NOOP("RulesPanel", "Omkostninger ved kjøp"),
    "grant": QT_TRANSLATE_NOOP("RulesPanel", "Tilskudd"),
    "bostotte": QT_TRANSLATE_NOOP("RulesPanel", "Bostøtte"),
}
ADJUSTABLE = (
    ("startlan.policy_rate", QT_TRANSLATE_NOOP("RulesPanel", "Norges Banks styringsrente")),
    ("husbanken_rates.floating", QT_TRANSLATE_NOOP("RulesPanel", "Husbankens flytende rente")),
    ("bank.default_rate", QT_TRANSLATE_NOOP("RulesPanel", "Bankens rente")),
    ("startlan.stress_margin", QT_TRANSLATE_NOOP("RulesPanel", "Påslag i kalkulasjonsrenten")),
)


def _t(text: str) -> str:
    return QCoreApplication.translate("RulesPanel", text)


def _table(
    headers: list[str], name: str, stretch: list[int]
) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.verticalHeader().setVisible(False)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    fit_to_content(view, stretch)  # the source and the note take the room that is left
    return view, model


class RulesPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Regelsett for år")))
        self.year = wide_combo(QComboBox())
        self.year.setAccessibleName(self.tr("Regelsett for år"))
        for y in available_years():
            self.year.addItem(str(y), y)
        self.year.setCurrentIndex(max(0, self.year.findData(ctx.settings.year())))
        self.year.currentIndexChanged.connect(self.refresh)
        row.addWidget(self.year)
        row.addStretch(1)
        # Letters are not printed on rate groups nobody has checked (issue 11, item 6).
        self.confirm_button = QPushButton(self.tr("Bekreft at satsene er kontrollert mot kilden"))
        self.confirm_button.clicked.connect(self.confirm_groups)
        row.addWidget(self.confirm_button)
        layout.addLayout(row)
        self.groups_view, self.groups = _table(
            [self.tr("Satser"), self.tr("Kontrollert"), self.tr("Kilde"), self.tr("Merknad")],
            self.tr("Regelsett"),
            [2, 3],
        )
        layout.addWidget(self.groups_view, 2)
        self.adjust_view, self.adjustments = _table(
            [
                self.tr("Gjelder fra"),
                self.tr("Sats"),
                self.tr("Verdi"),
                self.tr("Endret av"),
                self.tr("Merknad"),
            ],
            self.tr("Justerte satser"),
            [4],
        )
        box = QGroupBox(self.tr("Justerte satser (daterte, tas vare på)"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.adjust_view)
        inner.addLayout(self._add_form())
        layout.addWidget(box, 2)
        self.refresh()

    def _add_form(self) -> QHBoxLayout:
        row = QHBoxLayout()
        form = QFormLayout()
        self.key = QComboBox()
        for key, label in ADJUSTABLE:
            self.key.addItem(_t(label), key)
        self.key.setAccessibleName(self.tr("Sats"))
        self.value = QLineEdit()
        self.value.setPlaceholderText("4,25 %")
        self.value.setAccessibleName(self.tr("Ny verdi i prosent"))
        self.valid_from = QLineEdit(fmt.day(date.today()))
        self.valid_from.setAccessibleName(self.tr("Gjelder fra"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Merknad"))
        form.addRow(self.tr("Sats"), self.key)
        form.addRow(self.tr("Ny verdi (%)"), self.value)
        form.addRow(self.tr("Gjelder fra"), self.valid_from)
        form.addRow(self.tr("Merknad"), self.note)
        row.addLayout(form, 1)
        add = QPushButton(self.tr("Legg til &justering"))
        add.clicked.connect(self.add_adjustment)
        self.error = QLabel()
        self.error.setStyleSheet("color:#b00020")
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(self.error)
        col.addWidget(add)
        row.addLayout(col)
        return row

    def confirm_groups(self) -> None:
        from ...services.letters import confirm_rule_groups

        year = int(self.year.currentData())
        self.ctx.write(lambda db: confirm_rule_groups(db, year))
        self.refresh()

    def refresh(self) -> None:
        from ...services.letters import group_confirmation

        year = int(self.year.currentData())
        rules = load_rules(year)
        self.groups.setRowCount(0)
        for name, group in rules.groups().items():
            status = self.tr("Ja") if group.verified else self.tr("Nei – bør kontrolleres")
            confirmed = (
                None
                if group.verified
                else group_confirmation(self.ctx.db, year, name, group.source)
            )
            if confirmed:
                status = (
                    self.tr("Bekreftet av %1, %2")
                    .replace("%1", str(confirmed.get("by", "")))
                    .replace("%2", str(confirmed.get("at", ""))[:10])
                )
            cells = [_t(GROUP_LABELS.get(name, name)), status, group.source, group.note]
            self.groups.appendRow([QStandardItem(c) for c in cells])
        self.adjustments.setRowCount(0)
        labels = dict(ADJUSTABLE)
        for adj in app_writes.rule_adjustments(self.ctx.db, year):
            cells = [
                fmt.day(adj.valid_from),
                _t(labels.get(adj.key, adj.key)),
                fmt.percent(adj.value),
                adj.by,
                adj.note,
            ]
            self.adjustments.appendRow([QStandardItem(c) for c in cells])

    def add_adjustment(self) -> bool:
        day = fmt.parse_day(self.valid_from.text())
        try:
            value = fmt.parse_amount(self.value.text().replace("%", "")) / 100
        except ValueError:
            self.error.setText(self.tr("Ny verdi: skriv en prosentsats, for eksempel 4,25"))
            return False
        if day is None:
            self.error.setText(self.tr("Gjelder fra: skriv en dato (dd.mm.åååå)"))
            return False
        if not 0 <= value <= 0.3:
            self.error.setText(self.tr("Ny verdi: må være mellom 0 og 30 %"))
            return False
        self.error.clear()
        year, key, note = (
            int(self.year.currentData()),
            self.key.currentData(),
            self.note.text().strip(),
        )
        self.ctx.write(lambda db: app_writes.add_rule_adjustment(db, year, key, value, day, note))
        self.value.clear()
        self.note.clear()
        self.refresh()
        self.ctx.settings_changed.emit()
        return True
