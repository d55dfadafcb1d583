"""The wedge filter on a window of every kind of widget: a scan's keystrokes never reach
the focused widget, a person's keystrokes always do."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.automation import scanner_types
from kiosk.ui.shell.wedge_filter import HOLD_MS, WedgeFilter

CODES = ["CART 2024 AB", "2900000000421", "eyJhbGciOi JFZERTQSJ9 x"]
"""With spaces (a button's key), digits (a spin box's), letters (a field's)."""


class Desk(QWidget):
    """A button, a check box, a spin box, a navigation bar and a field, as on the tablet
    and the kiosk."""

    def __init__(self) -> None:
        super().__init__()
        self.clicks = 0
        self.returns = 0
        self.button = QPushButton("Français")
        self.button.clicked.connect(self._clicked)
        self.check = QCheckBox("ID checked")
        self.spin = QSpinBox()
        self.spin.setRange(0, 99)
        self.spin.setValue(1)
        self.nav = QTabBar()
        for name in ("Pickup", "Customer", "Returns"):
            self.nav.addTab(name)
        self.nav.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.field = QLineEdit()
        self.field.returnPressed.connect(self._returned)
        layout = QVBoxLayout(self)
        for widget in (self.button, self.check, self.spin, self.nav, self.field):
            layout.addWidget(widget)
        self.wedge = WedgeFilter(self)
        self.scans: list[str] = []
        self.wedge.scanned.connect(self.scans.append)

    def _clicked(self) -> None:
        self.clicks += 1

    def _returned(self) -> None:
        self.returns += 1

    def state(self) -> tuple[int, bool, int, int, str, int]:
        return (self.clicks, self.check.isChecked(), self.spin.value(),
                self.nav.currentIndex(), self.field.text(), self.returns)


@pytest.fixture
def desk(qtbot: QtBot) -> Desk:
    desk = Desk()
    qtbot.addWidget(desk)
    desk.show()
    qtbot.wait_exposed(desk)
    desk.activateWindow()
    desk.wedge.install()
    yield desk
    desk.wedge.remove()


def person_types(qtbot: QtBot, desk: Desk, keys: str, gap_ms: int = 120) -> None:
    """Keys as a person presses them: one at a time, the app running in between."""
    for char in keys:
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        stamp = int(time.monotonic() * 1000)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                              "" if char == "\r" else char)
            event.setTimestamp(stamp)
            QApplication.sendEvent(desk.windowHandle(), event)
        qtbot.wait(gap_ms)


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("focused", ["button", "check", "spin", "nav", "field"])
def test_a_scan_reaches_no_widget_whatever_has_the_focus(
        qtbot: QtBot, desk: Desk, focused: str, code: str) -> None:
    widget = getattr(desk, focused)
    widget.setFocus()
    qtbot.wait_until(widget.hasFocus)
    before = desk.state()
    scanner_types(desk, code)
    qtbot.wait(2 * HOLD_MS)
    assert desk.scans == [code]
    assert desk.state() == before  # not clicked, ticked, stepped, switched nor typed in


def test_slow_typing_in_a_field_types_and_enter_is_the_persons(
        qtbot: QtBot, desk: Desk) -> None:
    desk.field.setFocus()
    qtbot.wait_until(desk.field.hasFocus)
    person_types(qtbot, desk, "martin 2900000000018\r")
    assert desk.field.text() == "martin 2900000000018"
    assert desk.returns == 1 and desk.scans == []


def test_a_person_sees_each_key_soon_after_pressing_it(qtbot: QtBot, desk: Desk) -> None:
    desk.field.setFocus()
    qtbot.wait_until(desk.field.hasFocus)
    person_types(qtbot, desk, "ab", gap_ms=0)
    assert desk.field.text() == ""  # held while it may be a scan...
    qtbot.wait_until(lambda: desk.field.text() == "ab", timeout=4 * HOLD_MS)  # ...not long


def test_a_space_typed_by_a_person_still_presses_the_focused_button(
        qtbot: QtBot, desk: Desk) -> None:
    desk.button.setFocus()
    qtbot.wait_until(desk.button.hasFocus)
    person_types(qtbot, desk, " ")
    qtbot.wait_until(lambda: desk.clicks == 1, timeout=4 * HOLD_MS)
    desk.check.setFocus()
    person_types(qtbot, desk, " ")
    qtbot.wait_until(desk.check.isChecked, timeout=4 * HOLD_MS)


def test_typed_keys_land_before_a_tap_and_a_scan_after_typing_is_the_burst_alone(
        qtbot: QtBot, desk: Desk) -> None:
    desk.field.setFocus()
    qtbot.wait_until(desk.field.hasFocus)
    person_types(qtbot, desk, "dup", gap_ms=0)
    where = desk.button.mapTo(desk, desk.button.rect().center())
    QTest.mouseClick(desk.windowHandle(), Qt.MouseButton.LeftButton,  # a tap, as it comes
                     Qt.KeyboardModifier.NoModifier, where)
    assert desk.field.text() == "dup" and desk.clicks == 1
    desk.field.setFocus()
    qtbot.wait(400)  # a person stops typing, then scans
    scanner_types(desk, "3760000000017")
    assert desk.scans == ["3760000000017"] and desk.field.text() == "dup"


def test_a_scanner_pressing_shift_for_capitals_still_scans_and_types_nothing(
        qtbot: QtBot, desk: Desk) -> None:
    """A USB scanner types a capital as Shift down, the letter, Shift up."""
    desk.field.setFocus()
    qtbot.wait_until(desk.field.hasFocus)
    stamp = int(time.monotonic() * 1000)
    shift = Qt.KeyboardModifier.ShiftModifier
    for char in "Ab 12Cd":
        events = [(QEvent.Type.KeyPress, Qt.Key.Key_Shift, shift, "")] if char.isupper() else []
        modifiers = shift if char.isupper() else Qt.KeyboardModifier.NoModifier
        events += [(kind, Qt.Key(ord(char.upper())), modifiers, char)
                   for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)]
        if char.isupper():
            events.append((QEvent.Type.KeyRelease, Qt.Key.Key_Shift,
                           Qt.KeyboardModifier.NoModifier, ""))
        for kind, key, mods, text in events:
            event = QKeyEvent(kind, key, mods, text)
            event.setTimestamp(stamp)
            QApplication.sendEvent(desk.windowHandle(), event)
            stamp += 2
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
        event.setTimestamp(stamp)
        QApplication.sendEvent(desk.windowHandle(), event)
    qtbot.wait(2 * HOLD_MS)
    assert desk.scans == ["Ab 12Cd"]
    assert desk.field.text() == "" and desk.returns == 0
