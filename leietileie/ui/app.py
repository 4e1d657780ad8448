"""Starting the desktop app: QApplication, translation, database, first start, screenshots."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from .. import paths
from ..services.register import auto_backup
from ..storage import Database
from .context import AppContext

ORG, APP = "leietileie", "Leie til eie"
TRANSLATIONS = paths.RESOURCES / "translations"
SCREENSHOT_HOUSEHOLDS = 400


def language() -> str:
    """The UI language chosen in Innstillinger: 'nb' (default) or 'en'."""
    value = QSettings().value("ui/language", "nb")
    return str(value) if value in ("nb", "en") else "nb"


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    install_translation(app, lang or language())
    return app


def install_translation(app: QApplication, lang: str) -> bool:
    if lang != "en":
        return False
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / "leietileie_en.qm")):
        app.installTranslator(translator)
        app.setProperty("leietileie_translator", translator)
        return True
    return False


def open_register(db_path: Path | None) -> tuple[Database, bool]:
    """Open the database; True when it is new (the first start)."""
    path = Path(db_path) if db_path else paths.default_db_path()
    is_new = not path.exists() or path.stat().st_size == 0
    if not is_new:
        try:
            auto_backup(path)
        except OSError as exc:  # a backup must never stop the caseworker from working
            print(f"leietileie: automatisk sikkerhetskopi feilet: {exc}", file=sys.stderr)
    return Database.open(path), is_new


def demo_database(households: int = SCREENSHOT_HOUSEHOLDS) -> Database:
    """A throwaway demo register in a temporary directory."""
    from ..services.demo import create_demo

    directory = Path(tempfile.mkdtemp(prefix="leietileie-demo-"))
    db = Database.open(directory / "demo.db")
    create_demo(db, households=households, seed=1)
    from ..services.showcase import prepare_showcase

    prepare_showcase(db)
    return db


def run(db_path: Path | None, demo: bool, lang: str | None) -> int:
    app = make_app(lang=lang)
    from .main_window import MainWindow

    if demo:
        db, is_new = demo_database(), False
    else:
        db, is_new = open_register(db_path)
    ctx = AppContext(db)
    if is_new:
        from .dialogs.welcome_dialog import WelcomeDialog

        WelcomeDialog(ctx).exec()
    window = MainWindow(ctx)
    window.show()
    return int(app.exec())


def _showcase_household(ctx: AppContext, candidates: int = 60) -> int | None:
    """A household worth showing: one that can buy with a grant or without, saving each month."""
    from ..services.assessment import evaluate
    from ..services.showcase import showcase_household_id
    from ..services.ui_support import scenario_for

    chosen = showcase_household_id(ctx.db)  # the demo's realistic family
    if chosen is not None:
        return chosen
    best: tuple[int, int] | None = None
    for row in ctx.db.households.page(0, candidates):
        household = ctx.db.households.get(row.id)
        if household is None or household.tenancy is None:
            continue
        unit = ctx.db.units.get_by_unit_id(household.tenancy.unit_id)
        try:
            a = evaluate(scenario_for(ctx.settings, household, unit))
        except Exception:  # noqa: BLE001 - a showcase only; skip what cannot be assessed
            continue
        rank = {"eligible_with_grant": 3, "eligible": 2}.get(a.verdict, 0) + (1 if household.members[1:] else 0)
        if best is None or rank > best[0]:
            best = (rank, row.id)
    return None if best is None else best[1]


def screenshot(target: Path, view: str, db_path: Path | None, demo: bool, lang: str | None) -> int:
    """Render one view with data loaded to a PNG, offscreen, and exit."""
    app = make_app(lang=lang)
    from .main_window import MainWindow

    db = None
    if not demo:
        path = Path(db_path) if db_path else paths.default_db_path()
        if path.exists():
            db = Database.open(path)
            if db.households.count() == 0:
                db.close()
                db = None
    if db is None:
        db = demo_database()
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(1440, 900)
    window.show()
    showcase = _showcase_household(ctx)
    if showcase is not None:
        window.select_household(showcase)
    window.show_view(view)
    for _ in range(5):
        app.processEvents()
    assessment = window.views["assessment"]
    assessment.update_charts()  # type: ignore[attr-defined]
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(target))
    window.close()
    db.close()
    if not ok:
        print(f"leietileie: kunne ikke skrive {target}", file=sys.stderr)
        return 1
    return 0
