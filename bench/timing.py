"""What the app-level benchmarks share: waiting for the screen, and how figures are told."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication


def wait(app: QApplication, condition: Callable[[], bool], timeout_s: float = 30) -> None:
    """Run the event loop until `condition` holds (the screen shows what was asked)."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1]


def summary(times: list[float]) -> str:
    return (f"median {statistics.median(times):6.1f} ms, p95 {p95(times):6.1f} ms, "
            f"max {max(times):6.1f} ms")
