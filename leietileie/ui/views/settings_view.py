"""Innstillinger: generated from the declared settings, rule sets with sources, rate changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...errors import InputError
from ...services.settings import SETTINGS, Setting
from ..context import AppContext
from ..domain_text import problem_texts, translate
from .base import View
from .rules_panel import RulesPanel

GROUPS = (
    ("kommune", QT_TRANSLATE_NOOP("SettingsView", "Kommunen")),
    ("beregning", QT_TRANSLATE_NOOP("SettingsView", "Beregning")),
    ("tilskudd", QT_TRANSLATE_NOOP("SettingsView", "Tilskudd")),
    ("brev", QT_TRANSLATE_NOOP("SettingsView", "Brev")),
    ("kartlegging", QT_TRANSLATE_NOOP("SettingsView", "Kartlegging")),
    ("oppfølging", QT_TRANSLATE_NOOP("SettingsView", "Oppfølging")),
)
LANGUAGES = (("nb", "Norsk (bokmål)"), ("nn", "Norsk (nynorsk)"), ("en", "English"))


def _editor(setting: Setting) -> QWidget:
    if setting.kind == "bool":
        return QCheckBox()
    if setting.kind == "choice":
        box = QComboBox()
        for code, label in setting.choices:
            box.addItem(translate(label), code)
        return box
    edit = QLineEdit()
    if setting.help:
        edit.setPlaceholderText(translate(setting.help))
    return edit


def _show(widget: QWidget, setting: Setting, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(str(value))))
    elif isinstance(widget, QLineEdit):
        if setting.kind == "rate" and value is not None:
            widget.setText(f"{float(value) * 100:.2f}".replace(".", ",") + " %")
        else:
            widget.setText("" if value is None else str(value))


def _read(widget: QWidget, setting: Setting) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    assert isinstance(widget, QLineEdit)
    text = widget.text().strip()
    if setting.kind == "rate" and text:
        number = text.replace("%", "").replace(",", ".").strip()
        try:
            return float(number) / 100
        except ValueError:
            return text
    return text


class SettingsView(View):
    name = "settings"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        tabs = QTabWidget()
        for group, title in GROUPS:
            tabs.addTab(self._group_page(group), QCoreApplication.translate("SettingsView", title))
        self.rules_panel = RulesPanel(ctx)
        tabs.addTab(self.rules_panel, self.tr("Regelsett og satser"))
        tabs.addTab(self._language_page(), self.tr("Språk"))
        layout.addWidget(tabs, 1)
        row = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Melding"))
        save = QPushButton(self.tr("&Lagre innstillingene"))
        save.setAccessibleName(self.tr("Lagre innstillingene"))
        save.clicked.connect(self.save)
        row.addWidget(self.message, 1)
        row.addWidget(save)
        layout.addLayout(row)
        self.load()

    def _group_page(self, group: str) -> QScrollArea:
        page = QWidget()
        form = QFormLayout(page)
        for setting in (s for s in SETTINGS if s.group == group):
            widget = _editor(setting)
            widget.setAccessibleName(translate(setting.label))
            widget.setMinimumWidth(340)
            widget.setMaximumWidth(560)
            self.editors[setting.key] = widget
            form.addRow(translate(setting.label), widget)
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        return area

    def _language_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Språk i programmet"))
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        current = QSettings().value("ui/language", "nb")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        self.language.currentIndexChanged.connect(self._language_changed)
        form.addRow(self.tr("Språk i programmet"), self.language)
        form.addRow(QLabel(self.tr("Språket gjelder fra neste gang programmet startes.")))
        return page

    def _language_changed(self) -> None:
        QSettings().setValue("ui/language", self.language.currentData())
        self.message.setText(self.tr("Språket er endret; start programmet på nytt."))

    def load(self) -> None:
        for setting in SETTINGS:
            _show(self.editors[setting.key], setting, self.ctx.settings.get(setting.key))

    def save(self) -> bool:
        values = {s.key: _read(self.editors[s.key], s) for s in SETTINGS}
        changed = {k: v for k, v in values.items() if v != self.ctx.settings.get(k)}
        try:
            self.ctx.settings.set_many(changed)
        except InputError as exc:
            self.message.setStyleSheet("color:#b00020")
            self.message.setText("\n".join(problem_texts(exc)))
            return False
        self.message.setStyleSheet("color:#1e7b34")
        self.message.setText(self.tr("Lagret (%n endringer).", "", len(changed)))
        self.load()
        self.ctx.settings_changed.emit()
        return True

    def activated(self) -> None:
        self.load()
        self.rules_panel.refresh()
