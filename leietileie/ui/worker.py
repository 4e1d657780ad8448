"""Long work off the GUI thread: one helper for import, demo creation, screening, letters.

``run_task(parent, title, fn, on_result, on_error)`` runs ``fn(progress)`` in a QThread and
shows a QProgressDialog with Avbryt. ``progress(done, total)`` returns False once the user has
cancelled; the callable should then stop (the services raise their own *Cancelled error).
The result or the exception is delivered on the GUI thread. The worker never touches a
widget. SQLite connections are per thread: open a new ``Database`` inside ``fn``.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], bool]
T = TypeVar("T")


class _Thread(QThread):
    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, fn: Callable[[Progress], Any], cancelled: threading.Event):
        super().__init__()
        self.fn = fn
        self.cancelled = cancelled

    def progress(self, done: int, total: int) -> bool:
        self.progressed.emit(int(done), int(total))
        return not self.cancelled.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            self.failed.emit(exc)
            return
        self.succeeded.emit(result)


class Task(QObject):
    """One running operation; ``finished`` carries (ok, result_or_exception)."""

    finished = Signal(bool, object)

    def __init__(self, parent: QWidget | None, title: str, fn: Callable[[Progress], Any]):
        super().__init__(parent)
        self.cancelled = threading.Event()
        self.dialog = QProgressDialog(title, self.tr("Avbryt"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setAccessibleName(title)
        self.dialog.canceled.connect(self.cancel)
        self.thread = _Thread(fn, self.cancelled)
        self.thread.progressed.connect(self._progress)
        self.thread.succeeded.connect(lambda result: self._done(True, result))
        self.thread.failed.connect(lambda exc: self._done(False, exc))
        self.done = False

    def start(self) -> Task:
        self.thread.start()
        return self

    def cancel(self) -> None:
        self.cancelled.set()
        self.dialog.setLabelText(self.tr("Avbryter …"))

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def _done(self, ok: bool, value: object) -> None:
        self.thread.wait()
        self.done = True
        self.dialog.close()
        self.finished.emit(ok, value)


def run_task(
    parent: QWidget | None,
    title: str,
    fn: Callable[[Progress], Any],
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    """Run ``fn(progress)`` off the GUI thread with a progress dialog and a Cancel button.

    Without ``on_error`` a failure is reported by ``crash.handle``: a Norwegian message for the
    environment's errors (database busy, disk full …), a log file and a report for a bug."""
    task = Task(parent, title, fn)

    def deliver(ok: bool, value: object) -> None:
        if ok and on_result is not None:
            on_result(value)
        elif not ok and on_error is not None:
            on_error(value)  # type: ignore[arg-type]
        elif not ok:
            from .crash import handle

            handle(value, parent)  # type: ignore[arg-type]

    task.finished.connect(deliver)
    return task.start()


def run_write(parent: QWidget | None, title: str, fn: Callable[[], T]) -> T:
    """Run a write ``fn()`` off the GUI thread and wait for it without freezing the window.

    ``fn`` opens its own connection (``AppContext.write`` does). While it runs (or waits for
    another writer's lock) the GUI thread keeps handling events in a local loop; after 300 ms
    a window-modal progress dialog keeps the caseworker from starting something else. The
    result is returned, or the worker's exception raised here, on the GUI thread."""
    return wait_for(Task(parent, title, lambda progress: fn()))  # type: ignore[return-value]


def wait_for(task: Task) -> object:
    """Start ``task`` and wait for it in a local event loop (the window keeps painting); its
    result is returned, or its exception raised here, on the GUI thread."""
    outcome: list[tuple[bool, object]] = []
    loop = QEventLoop()

    def finished(ok: bool, value: object) -> None:
        outcome.append((ok, value))
        loop.quit()

    task.finished.connect(finished)
    task.start()
    if not outcome:
        loop.exec()
    task.deleteLater()
    ok, value = outcome[0]
    if not ok:
        assert isinstance(value, BaseException)
        raise value
    return value
