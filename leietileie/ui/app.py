"""Starting the desktop app: QApplication, translation, database, first start, screenshots."""

from __future__ import annotations

import gc
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QSize,
    Qt,
    QThread,
    QTimer,
    QTranslator,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication

from .. import paths
from ..storage import Database
from .context import GUI_BUSY_TIMEOUT_S as CONTEXT_BUSY_TIMEOUT_S
from .context import AppContext

if TYPE_CHECKING:
    from .main_window import MainWindow

ORG, APP = "leietileie", "Leie til eie"
TRANSLATIONS = paths.RESOURCES / "translations"
SCREENSHOT_HOUSEHOLDS = 400


LANGUAGES = ("nb", "nn", "en")
NORWEGIAN = (QLocale.Language.NorwegianBokmal, QLocale.Language.NorwegianNynorsk)


def language() -> str:
    """The UI language chosen in Innstillinger: 'nb' (default), 'nn' or 'en'."""
    value = QSettings().value("ui/language", "nb")
    return str(value) if value in LANGUAGES else "nb"


def make_app(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    chosen = lang or language()
    if chosen != "en" and QLocale.system().language() not in NORWEGIAN:
        # the system's own file dialog would speak the system's language: use Qt's, in Norwegian
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
    install_qt_translation(app, chosen)
    install_translation(app, chosen)
    return app


#: How often the GUI thread collects cyclic garbage (ms): young objects every second, all of
#: them every minute (a full pass over a 100 000-row list takes a few tens of milliseconds).
GC_YOUNG_MS = 1_000
GC_FULL_EVERY = 60


def collect_on_the_gui_thread(app: QApplication) -> QTimer:
    """Cyclic garbage is collected on the GUI thread only, never in a worker.

    Python collects in whichever thread happens to allocate; a worker thread (a write, a
    letter being rendered) that collects a cycle holding a Qt widget or dialog deletes it off
    the GUI thread, and Qt crashes (a segmentation fault seen in a follow-up letter's worker).
    Anki does the same: automatic collection off, a timer on the GUI thread collects."""
    gc.disable()
    timer = QTimer(app)
    timer.setInterval(GC_YOUNG_MS)
    ticks = [0]

    def collect() -> None:
        ticks[0] += 1
        gc.collect(2 if ticks[0] % GC_FULL_EVERY == 0 else 0)

    timer.timeout.connect(collect)
    timer.start()
    return timer


def qt_translation_files(lang: str) -> list[Path]:
    """Qt's own texts (buttons, file dialog, print dialog) for ``lang``, most specific last.

    Qt ships qtbase_nn but no bokmål; our own qtbase_nb/qtbase_nn files supply the texts a
    caseworker meets (Yes/No, Cancel, the file and print dialogs) and win over Qt's.
    """
    if lang == "en":
        return []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    files = [qt_dir / f"qtbase_{lang}.qm", TRANSLATIONS / f"qtbase_{lang}.qm"]
    return [f for f in files if f.exists()]


def install_qt_translation(app: QApplication, lang: str) -> int:
    """Install Qt's own translations for ``lang``; returns how many files were loaded."""
    loaded = []
    for path in qt_translation_files(lang):
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            loaded.append(translator)
    app.setProperty("leietileie_qt_translators", loaded)
    return len(loaded)


def install_translation(app: QApplication, lang: str) -> bool:
    """Install the app's own translation: 'nn' and 'en' translate everything; bokmål is the
    source, and its file holds only the singular forms of counted texts ("1 husstand")."""
    if lang not in LANGUAGES:
        return False
    translator = QTranslator(app)
    if not translator.load(str(TRANSLATIONS / f"leietileie_{lang}.qm")):
        return False
    app.installTranslator(translator)
    app.setProperty(
        "leietileie_nb_translator" if lang == "nb" else "leietileie_translator", translator
    )
    app.setProperty("leietileie_language", lang)
    return True


def auto_backup(db_path: Path) -> Path | None:
    """The rotating backup taken on start (services.backup_auto, imported when needed)."""
    from ..services.backup_auto import auto_backup as take

    return take(db_path)


def backup_problem(exc: BaseException) -> str:
    """What the app (and stderr) says when the automatic backup failed."""
    from .backups import failure_text

    print(f"leietileie: automatisk sikkerhetskopi feilet: {exc}", file=sys.stderr)
    return QCoreApplication.translate("App", "Den automatiske sikkerhetskopien feilet: {}").format(
        failure_text(exc)
    )


def open_register(db_path: Path | None) -> tuple[Database, bool, str]:
    """Open the database; True when it is new (the first start), and what went wrong with a
    backup taken before opening ('' when none failed).

    The automatic backup is taken after the window is shown, in a worker
    (:func:`start_auto_backup`); only a register whose schema the opening will upgrade is
    backed up here first, so that a copy as the older release left it is kept."""
    from ..services.backup_auto import needs_upgrade

    path = Path(db_path) if db_path else paths.default_db_path()
    is_new = not path.exists() or path.stat().st_size == 0
    problem = ""
    if not is_new and needs_upgrade(path):
        try:
            auto_backup(path)
        except Exception as exc:  # noqa: BLE001 - a backup must never stop the caseworker from working
            problem = backup_problem(exc)
    return Database.open(path), is_new, problem


class AutoBackup(QThread):
    """The automatic backup of the open register file, taken off the GUI thread after the
    window is shown; a failure is shown in the window (status bar and a message)."""

    failed = Signal(object)

    def __init__(self, window: MainWindow, path: Path) -> None:
        super().__init__()  # lives in the GUI thread: its slot runs there
        self.window = window
        self.path = path
        self.problem = ""
        self.failed.connect(self._report)

    def run(self) -> None:
        try:
            auto_backup(self.path)
        except Exception as exc:  # noqa: BLE001 - reported in the window, never a crash
            self.failed.emit(exc)

    @Slot(object)
    def _report(self, exc: BaseException) -> None:
        self.problem = backup_problem(exc)
        report_backup_state(self.window, self.problem)


def start_auto_backup(window: MainWindow) -> AutoBackup | None:
    """Start the automatic backup of the window's register file (None for the office
    database, which is backed up on its server)."""
    ctx = window.ctx
    if ctx.is_office or not ctx.db.is_file:
        return None
    backup = AutoBackup(window, Path(ctx.db_path))  # the caller keeps it until it is done
    backup.start()
    return backup


def open_start_register(db_path: Path | str | None) -> tuple[Database, bool, str]:
    """The register to start with: ``--db`` (a file or a URL), else the office database
    opened last (its address is in the app's settings, without a password), else the local
    file. When the office database cannot be opened, the connection dialog says why and lets
    the caseworker fix the address, type a password, or use the local file instead."""
    from ..services import office_link
    from .office_ui import forget_url, stored_url

    location: Path | str | None = db_path or stored_url() or None
    if location is None or not office_link.is_office_location(location):
        return open_register(Path(location) if location else None)
    try:
        db = office_link.open_office(str(location))
    except (OSError, ValueError) as exc:
        from .crash import message_or_raise
        from .dialogs.office_dialog import OfficeDialog

        dialog = OfficeDialog(None, location, problem=message_or_raise(exc))
        dialog.exec()
        if dialog.opened is None:
            if dialog.use_local:
                forget_url()
            return open_register(None)
        db = dialog.opened
    from ..services.register_reads import household_count

    return db, household_count(db) == 0, ""


def demo_database(households: int = SCREENSHOT_HOUSEHOLDS) -> Database:
    """A throwaway demo register in a temporary directory."""
    from ..services.demo import create_demo

    directory = Path(tempfile.mkdtemp(prefix="leietileie-demo-"))
    db = Database.open(directory / "demo.db")
    create_demo(db, households=households, seed=1)
    from ..services.showcase import prepare_showcase

    prepare_showcase(db)
    return db


#: How long the GUI connection waits for another writer's lock before saying so (seconds);
#: long work runs in background tasks with their own connections and the default timeout.
GUI_BUSY_TIMEOUT_S = CONTEXT_BUSY_TIMEOUT_S


def start(
    db_path: Path | str | None, demo: bool, lang: str | None
) -> tuple[QApplication, MainWindow, AutoBackup | None] | int:
    """What ``main.py`` does up to the tenant list shown: the application, the register, the
    window shown, and the automatic backup started behind it; an exit status when the
    register cannot be opened (the reason was shown)."""
    app = make_app(lang=lang)
    from . import crash
    from .main_window import MainWindow

    crash.install_excepthook()
    collect_on_the_gui_thread(app)
    problem = ""
    try:
        if demo:
            db, is_new = demo_database(), False
        else:
            db, is_new, problem = open_start_register(db_path)
    except OSError as exc:  # locked, read-only, damaged, newer schema …: say so, do not crash
        crash.handle(exc)
        return 1
    db.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
    ctx = AppContext(db)
    if is_new:
        from .dialogs.welcome_dialog import WelcomeDialog

        welcome = WelcomeDialog(ctx)
        welcome.exec()
        if welcome.office_db is not None:  # connected to the office database instead
            db.close()
            db = welcome.office_db
            db.set_busy_timeout(GUI_BUSY_TIMEOUT_S)
            ctx = AppContext(db)
    window = MainWindow(ctx)
    window.show()
    report_backup_state(window, problem)
    if demo or is_new:
        return app, window, None
    app.processEvents()  # the window paints first; then the copy runs behind it
    return app, window, start_auto_backup(window)


def run(db_path: Path | str | None, demo: bool, lang: str | None) -> int:
    started = start(db_path, demo, lang)
    if isinstance(started, int):
        return started
    app, _window, backup = started
    try:
        return int(app.exec())
    finally:
        if backup is not None:
            backup.wait()  # a copy half written is removed by its own code; let it finish


def report_backup_state(window: MainWindow, problem: str) -> None:
    """Show a failed automatic backup (status bar and a message) or the reminder to copy one."""
    from . import backups, messages

    if window.ctx.is_office:
        return  # the office database is backed up on its server
    if problem:
        window.show_backup_problem(problem)
        messages.error(window, QCoreApplication.translate("App", "Sikkerhetskopi"), problem)
    else:
        window.show_backup_problem(backups.reminder())


def _showcase_household(ctx: AppContext, candidates: int = 60) -> int | None:
    """A household worth showing: one that can buy with a grant or without, saving each month."""
    from ..services import register_reads
    from ..services.assessment import evaluate
    from ..services.showcase import showcase_household_id
    from ..services.ui_support import scenario_for

    chosen = showcase_household_id(ctx.db)  # the demo's realistic family
    if chosen is not None:
        return chosen
    best: tuple[int, int] | None = None
    for row in register_reads.households_page(ctx.db, 0, candidates):
        household = register_reads.household(ctx.db, row.id)
        if household is None or household.tenancy is None:
            continue
        unit = register_reads.unit(ctx.db, household.tenancy.unit_id)
        try:
            a = evaluate(scenario_for(ctx.settings, household, unit))
        except Exception:  # noqa: BLE001 - a showcase only; skip what cannot be assessed
            continue
        rank = {"eligible_with_grant": 3, "eligible": 2}.get(a.verdict, 0) + (
            1 if household.members[1:] else 0
        )
        if best is None or rank > best[0]:
            best = (rank, row.id)
    return None if best is None else best[1]


def screenshot(
    target: Path,
    view: str,
    db_path: Path | None,
    demo: bool,
    lang: str | None,
    size: QSize | None = None,
) -> int:
    """Render one view with data loaded to a PNG of exactly ``size`` (default 1280 × 720),
    offscreen, and exit."""
    app = make_app(lang=lang)
    from ..services import register_reads
    from .main_window import MainWindow

    db = None
    if not demo:
        path = Path(db_path) if db_path else paths.default_db_path()
        if path.exists():
            db = Database.open(path)
            if register_reads.household_count(db) == 0:
                db.close()
                db = None
    if db is None:
        db = demo_database()
    ctx = AppContext(db)
    window = MainWindow(ctx)
    window.resize(size or QSize(1280, 720))
    window.show()
    showcase = _showcase_household(ctx)
    if showcase is not None:
        window.select_household(showcase)
    window.show_view(view)
    for _ in range(5):
        app.processEvents()
    if view == "assessment":
        window.views["assessment"].update_charts()  # type: ignore[attr-defined]
    wait_loaded = getattr(window.views[view], "wait_loaded", None)
    if wait_loaded is not None:  # a view that loads its lists in the background
        wait_loaded()
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(str(target))
    window.close()
    db.close()
    if not ok:
        print(f"leietileie: kunne ikke skrive {target}", file=sys.stderr)
        return 1
    return 0
