"""What the app-level benchmarks share: the real app started against a server, waiting
for the screen, and how figures are told."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication

from kiosk.app import build_window
from kiosk.config import load_settings
from kiosk.ui.main_window import MainWindow


def app_window(api_url: str, token: str, data_dir: Path) -> MainWindow:
    """The real app's window on a 1280x800 tablet screen, English, no timed sync rounds."""
    settings = load_settings(["--api", api_url, "--token", token, "--data-dir", str(data_dir),
                              "--lang", "en", "--sync-interval", "3600"], env={})
    window = build_window(settings)
    window.resize(1280, 800)
    window.show()
    return window


def first_sync(app: QApplication, window: MainWindow, timeout_s: float) -> None:
    """Run a sync round now and wait until it is over (the local copy is filled)."""
    window.sync.sync_now()
    wait(app, lambda: window.sync.last_report is not None and not window.sync.running,
         timeout_s)


def wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 30) -> None:
    """Run the event loop until `condition` holds (the screen shows what was asked).

    The loop sleeps between events as the app's own does (a timer wakes it every
    millisecond to look): spinning `processEvents` instead would keep the interpreter
    from the app's worker threads and measure a slowness the app does not have."""
    if condition():
        return
    loop = QEventLoop()
    look = QTimer()
    look.setTimerType(Qt.TimerType.PreciseTimer)
    look.timeout.connect(lambda: condition() and loop.quit())
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(loop.quit)
    look.start(1)
    give_up.start(int(timeout_s * 1000))
    loop.exec()
    look.stop()
    give_up.stop()
    if not condition():
        raise TimeoutError("the app did not get there in time")


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def summary(times: list[float]) -> str:
    return (f"median {statistics.median(times):6.1f} ms, p95 {p95(times):6.1f} ms, "
            f"max {max(times):6.1f} ms")
