"""Hands keystrokes reaching the main window to the wedge detector; emits `scanned`.

The filter watches key events as they reach the window (QWindow), before Qt forwards them
to the focused widget: every key is seen once, whichever widget has the focus.

A scan must never act on the screen: a code's space would press the focused button, its
digits would change a spin box. So a printable keystroke is held, not delivered, while it
may still belong to a scan. Enter at the end of a scanner's burst makes the held keys a
scan, and none of them reaches a widget. Otherwise they are handed, in order, to the
widget that has the focus: when the keys stop for `HOLD_MS` (a person typing sees each
key that much later), before any other key or a click, or when Enter ends a burst that
was typing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.scanning.wedge import MAX_STALL_S, WedgeDetector

HOLD_MS = 60
"""How long after the last keystroke held keys wait for more before they are typing:
longer than a scanner's gaps (1-15 ms), shorter than a person's (80 ms and more)."""
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIER_KEYS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                            Qt.Key.Key_Meta, Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock})
"""Pressed alone they type nothing: a scanner presses Shift around each capital letter."""
_TYPING_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


@dataclass(frozen=True)
class _HeldKey:
    kind: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    stamp: int

    def event(self) -> QKeyEvent:
        event = QKeyEvent(self.kind, self.key, self.modifiers, self.text)
        event.setTimestamp(self.stamp)
        return event


class WedgeFilter(QObject):
    scanned = Signal(str)
    activity = Signal()
    """Any key, click or touch on the main window (for idle timeouts)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.detector = WedgeDetector()
        self._held: list[_HeldKey] = []
        self._last_stamp_s = 0.0
        self._replaying = False
        self._swallow_enter_release = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(HOLD_MS)
        self._hold.timeout.connect(self._typing)

    def install(self) -> None:
        app = QApplication.instance()
        assert app is not None, "the wedge filter needs the application"
        app.installEventFilter(self)

    def remove(self) -> None:
        self._hold.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._replaying or not isinstance(watched, QWindow) \
                or watched is not self.window.windowHandle():
            return False
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.activity.emit()
            self._deliver_held()  # what was typed lands before the tap acts
            return False
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        assert isinstance(event, QKeyEvent)
        if event.type() == QEvent.Type.KeyPress:
            self.activity.emit()
        return self._key(event)

    def _key(self, event: QKeyEvent) -> bool:
        """True when the key is taken (held or a scan's), False to let it through now."""
        pressed = event.type() == QEvent.Type.KeyPress
        # When the key was typed (the platform's stamp), not when the app got to it: a busy
        # moment of the app must not split a scanner's burst.
        now = event.timestamp() / 1000 if event.timestamp() else time.monotonic()
        if event.key() in _MODIFIER_KEYS:
            return False
        if event.key() in _ENTER:
            if not pressed:
                swallow, self._swallow_enter_release = self._swallow_enter_release, False
                return swallow
            burst = self.detector.enter(now)
            if burst is None:
                self._deliver_held()  # the keys were typing; Enter is the user's
                return False
            self._held.clear()  # a scan: none of its keys reaches a widget
            self._hold.stop()
            self._swallow_enter_release = True
            self.scanned.emit(burst)
            return True
        text = event.text()
        typing_key = (len(text) == 1 and text.isprintable() and not event.isAutoRepeat()
                      and not event.modifiers() & ~_TYPING_MODIFIERS)
        if not pressed:
            if self._held and typing_key:
                self._hold_key(event)  # its press is held: the release waits with it
                return True
            return False
        if not typing_key:
            self.detector.reset()  # Tab, Backspace, a shortcut: a person at the keys
            self._deliver_held()
            return False
        if self._held and now - self._last_stamp_s > MAX_STALL_S:
            self._deliver_held()  # a pause: what was held was typing
        self.detector.key(text, now)
        self._last_stamp_s = now
        self._hold_key(event)
        return True

    def _hold_key(self, event: QKeyEvent) -> None:
        self._held.append(_HeldKey(event.type(), event.key(), event.modifiers(),
                                   event.text(), event.timestamp()))
        self._hold.start()

    def _typing(self) -> None:
        """No key for HOLD_MS: the held keys were a person typing. (Were they the start of
        a scanner's burst that stalled, the rest is a new burst: nothing is scanned twice
        and nothing of it acts, unless it was typing.)"""
        self.detector.reset()
        self._deliver_held()

    def _deliver_held(self) -> None:
        """The held keys, in order, to the window as they came: Qt gives them to the
        focused widget. (Only keys without Ctrl, Alt or Meta are ever held, so no
        shortcut waits here.)"""
        self._hold.stop()
        held, self._held = self._held, []
        handle = self.window.windowHandle()
        if not held or handle is None:
            return
        self._replaying = True
        try:
            for key in held:
                QApplication.sendEvent(handle, key.event())
        finally:
            self._replaying = False
