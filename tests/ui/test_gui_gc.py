"""Cyclic garbage is collected on the GUI thread, never in a worker (a worker that collected a
cycle holding a Qt object deleted it off the GUI thread: a segmentation fault)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from leietileie.ui.app import collect_on_the_gui_thread


def test_garbage_is_collected_by_the_gui_threads_timer_only(qtbot, qapp):
    collected_in: list[str] = []

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    gc.callbacks.append(note)
    timer = collect_on_the_gui_thread(qapp)
    try:
        assert not gc.isenabled()

        class Holder:
            pass

        holder = Holder()
        holder.me = holder  # a cycle only the collector can free
        holder.qobject = QObject()
        gone = weakref.ref(holder)
        del holder
        worker = threading.Thread(target=lambda: [[] for _ in range(100_000)])
        worker.start()
        worker.join()
        assert gone() is not None  # no collection in the worker, however much it allocated
        qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
        assert collected_in and set(collected_in) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(note)
        timer.stop()
        timer.deleteLater()
