"""Driving the app from outside, as a tester or the demo does: widgets by the object names
of `docs/automation.md`, taps, typing, and scans typed as a handheld scanner types them.

Nothing here reaches into a page's attributes: what it can do, a person at the screen can.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

W = TypeVar("W", bound=QWidget)


def find(root: QWidget, kind: type[W], name: str) -> W:
    """The widget of that name a person sees; a screen being replaced (its widgets wait
    for deletion until the event loop gets to them) keeps the same names, unseen."""
    widgets = root.findChildren(kind, name)
    if not widgets:
        raise LookupError(f"no {kind.__name__} named {name!r} on screen")
    return next((widget for widget in widgets if widget.isVisible()), widgets[0])


def names(root: QWidget, prefix: str) -> list[str]:
    """The object names of the visible widgets whose name starts with `prefix`."""
    return sorted(w.objectName() for w in root.findChildren(QWidget)
                  if w.objectName().startswith(prefix) and w.isVisible())


def shown(root: QWidget, name: str) -> bool:
    """Whether a widget of that name is on screen now (False while it does not exist)."""
    return any(widget.isVisible() for widget in root.findChildren(QWidget, name))


def tap(root: QWidget, name: str) -> None:
    button = find(root, QAbstractButton, name)
    if not (button.isVisible() and button.isEnabled()):
        raise LookupError(f"{name!r} cannot be tapped now")
    button.click()


def text_of(root: QWidget, name: str) -> str:
    return find(root, QLabel, name).text()


def type_into(root: QWidget, name: str, text: str, enter: bool = False) -> None:
    field = find(root, QLineEdit, name)
    field.setFocus()
    field.setText(text)
    if enter:
        field.returnPressed.emit()


def set_number(root: QWidget, name: str, value: int) -> None:
    find(root, QSpinBox, name).setValue(value)


def choose(root: QWidget, name: str, matches: Callable[[object], bool]) -> None:
    """Pick the first item of a drop-down whose data `matches`."""
    box = find(root, QComboBox, name)
    index = next(i for i in range(box.count()) if matches(box.itemData(i)))
    box.setCurrentIndex(index)


def table_rows(root: QWidget, name: str) -> int:
    model = find(root, QTableView, name).model()
    return model.rowCount() if model is not None else 0


def select_row(root: QWidget, name: str, row: int) -> None:
    """Tap a row of a table, as a finger does."""
    view = find(root, QTableView, name)
    model = view.model()
    assert model is not None
    view.selectRow(row)
    view.clicked.emit(model.index(row, 0))


def scanner_types(window: QWidget, text: str, gap_ms: int = 2) -> None:
    """Keystrokes reach the window as a handheld scanner's do: stamped by the device a few
    milliseconds apart, then Enter, however long the app takes to handle each one (which
    QTest.keyClick cannot do: it waits for the app before it "types" the next key)."""
    handle = window.windowHandle()
    start = int(time.monotonic() * 1000)
    for i, char in enumerate([*text, "\r"]):
        key = Qt.Key.Key_Return if char == "\r" else Qt.Key(ord(char.upper()))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(start + i * gap_ms)
            QApplication.sendEvent(handle, event)


def wait_until(condition: Callable[[], bool], timeout: float = 30) -> None:
    """Let the app work until `condition` holds (TimeoutError after `timeout` seconds)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        if app is not None:
            app.processEvents()
        time.sleep(0.02)


def settle(seconds: float = 0.4) -> None:
    """Let answers on their way reach the screen (for a screenshot)."""
    app = QApplication.instance()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if app is not None:
            app.processEvents()
        time.sleep(0.02)
