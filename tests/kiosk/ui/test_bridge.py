"""The task runner: work off the GUI thread, results back on it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread
from pytestqt.qtbot import QtBot

from kiosk.ui.shell.bridge import TaskRunner


def test_results_and_errors_come_back_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: list[tuple[str, object, bool]] = []
    worker_threads: list[int] = []

    def work() -> int:
        worker_threads.append(threading.get_ident())
        return 42

    def boom() -> None:
        raise ValueError("nothing recorded")

    runner.run(work, lambda r: seen.append(("done", r, QThread.currentThread() is gui)))
    runner.run(boom, on_error=lambda e: seen.append(("error", str(e),
                                                     QThread.currentThread() is gui)))
    qtbot.wait_until(lambda: len(seen) == 2)
    assert sorted(seen) == [("done", 42, True), ("error", "nothing recorded", True)]
    assert worker_threads != [threading.get_ident()]
    assert runner.busy == 0
    assert runner.wait_done(5000)  # the workers are done with the runner before it goes


def test_an_older_read_that_finishes_late_never_overwrites_a_newer_one(qtbot: QtBot) -> None:
    runner = TaskRunner(threads=2)
    shown: list[str] = []

    def slow_old() -> str:
        time.sleep(0.3)
        return "stale"

    runner.run_latest("status", slow_old, shown.append)
    runner.run_latest("status", lambda: "fresh", shown.append)
    runner.run_latest("other", lambda: "other key", shown.append)
    qtbot.wait_until(lambda: runner.busy == 0, timeout=5000)
    assert sorted(shown) == ["fresh", "other key"]
    assert runner.wait_done(5000)


def test_results_arriving_after_close_are_dropped(qtbot: QtBot) -> None:
    runner = TaskRunner()
    shown: list[str] = []
    runner.run(lambda: "late", shown.append)
    assert runner.wait_done(5000)  # the work finished; its result is still queued
    runner.close()  # the window closes before the event loop delivers it
    qtbot.wait(200)
    assert shown == []
