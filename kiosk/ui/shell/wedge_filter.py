"""Hands keystrokes reaching the main window to the wedge detector; emits `scanned`.

The filter watches key presses as they reach the window (QWindow), before Qt forwards them
to the focused widget: every key is seen once, whichever widget has the focus. The Enter
that ends a scan is consumed, and the scanned characters are taken back out of the line
edit they were typed into.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from kiosk.scanning.wedge import WedgeDetector


class WedgeFilter(QObject):
    scanned = Signal(str)
    activity = Signal()
    """Any key, click or touch on the main window (for idle timeouts)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.detector = WedgeDetector()

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None, "the wedge filter needs the application"
        app.installEventFilter(self)

    def remove(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWindow) or watched is not self.window.windowHandle():
            return False
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.activity.emit()
        if event.type() != QEvent.Type.KeyPress:
            return False
        self.activity.emit()
        assert isinstance(event, QKeyEvent)
        # When the key was typed (the platform's stamp), not when the app got to it: a busy
        # moment of the app must not split a scanner's burst.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst = self.detector.enter(now)
            if burst is None:
                return False
            self._take_back(burst)
            self.scanned.emit(burst)
            return True
        text = event.text()
        if len(text) == 1 and text.isprintable():
            self.detector.key(text, now)
        return False

    @staticmethod
    def _take_back(burst: str) -> None:
        focused = QApplication.focusWidget()
        if isinstance(focused, QLineEdit) and focused.text().endswith(burst):
            focused.setText(focused.text()[: -len(burst)])
