"""The main window's views, in navigation order. Adding a view is one line here."""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .base import View


@dataclass(frozen=True)
class ViewSpec:
    name: str  # main.py --view NAME
    label: str  # the navigation's text (bokmål; translated through the main window)
    module: str
    cls: str

    def load(self) -> type[View]:
        module = importlib.import_module(f"{__package__}.{self.module}")
        view: type[View] = getattr(module, self.cls)
        return view


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec(
        "tenants", QT_TRANSLATE_NOOP("MainWindow", "Leietakere"), "tenants_view", "TenantsView"
    ),
    ViewSpec(
        "assessment",
        QT_TRANSLATE_NOOP("MainWindow", "Beregning"),
        "assessment_view",
        "AssessmentView",
    ),
    ViewSpec("plan", QT_TRANSLATE_NOOP("MainWindow", "Leie til eie"), "plan_view", "PlanView"),
    ViewSpec(
        "screening",
        QT_TRANSLATE_NOOP("MainWindow", "Kartlegging"),
        "screening_page",
        "ScreeningPage",
    ),
    ViewSpec("cases", QT_TRANSLATE_NOOP("MainWindow", "Saker"), "cases_page", "CasesPage"),
    ViewSpec(
        "followup",
        QT_TRANSLATE_NOOP("MainWindow", "Oppfølging"),
        "followup_page",
        "FollowupPage",
    ),
    ViewSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "Innstillinger"),
        "settings_view",
        "SettingsView",
    ),
)
NAMES = tuple(v.name for v in VIEWS)
