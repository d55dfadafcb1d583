"""The Qt binding itself: a build that mishandles reference counts crashes the app hours
later, far from the cause (PySide6 6.12.0 did, under CPython 3.11), so it is caught here."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(object)


def test_calls_and_signals_keep_the_singletons_reference_counts(qtbot: QtBot) -> None:
    label, timer, emitter = QLabel(), QTimer(), _Emitter()
    qtbot.addWidget(label)
    app = QApplication.instance()
    assert app is not None
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(500):
        label.setText("x")
        timer.start(10_000)
        emitter.fired.emit(1)
        app.processEvents()
    timer.stop()
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(b - a < 100 for a, b in zip(after, before, strict=True)), (before, after)
