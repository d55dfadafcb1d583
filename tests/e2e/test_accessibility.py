"""Accessibility and languages on the real screens: every control has a name a screen
reader says, associate mode is usable with the keyboard alone, colours meet WCAG AA,
text follows the system font size, and a French screen shows no English string."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kiosk.ui.automation import scanner_types
from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.shell import style
from kiosk.ui.shell.i18n import install_translator
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import (
    WAIT_MS,
    first_ready,
    open_order,
    open_pickup_desk,
    open_window,
    sync_round,
)
from tests.e2e.test_customer360 import customer_with, scan_pass
from tests.e2e.test_returns_desk import returnable_web_order

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
TS = Path(__file__).resolve().parents[2] / "assets" / "translations" / "kiosk_fr.ts"


def visible_controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, INTERACTIVE) and w.isVisible() and w.isEnabled()
            and w.objectName() not in ("qt_spinbox_lineedit", "")
            and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)]


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in visible_controls(root):
        face = QAccessible.queryAccessibleInterface(widget)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            missing.append(widget.objectName())
    return missing


def cut_hints(root: QWidget) -> list[str]:
    """Visible fields whose hint (placeholder) does not fit: 12 px of padding and a 1 px
    border on each side (the style sheet's) leave the rest of the width to the text."""
    return [f"{w.objectName()}: {w.placeholderText()!r}" for w in root.findChildren(QLineEdit)
            if w.isVisible() and w.placeholderText()
            and w.fontMetrics().horizontalAdvance(w.placeholderText()) > w.width() - 26]


def associate_screens(qtbot: QtBot, window: MainWindow,
                      server: RunningServer) -> Iterator[str]:
    """Every associate page with something on it; yields each page's name once shown."""
    yield "login"
    sync_round(qtbot, window)  # logs in
    page = open_pickup_desk(qtbot, window)
    _, ready = first_ready(page)
    open_order(qtbot, page, ready.order_id)
    yield "pickup"
    scan_pass(qtbot, window, server, customer_with(server, consent=True))
    yield "customer"
    _order_id, receipt, _ = returnable_web_order(server)
    window.show_page("returns")
    returns_page = window.pages["returns"]
    assert isinstance(returns_page, ReturnsPage)
    scanner_types(window, receipt)
    qtbot.wait_until(lambda: returns_page.panel.order is not None, timeout=WAIT_MS)
    yield "returns"
    for name in ("sync", "settings"):
        window.show_page(name)
        yield name


def kiosk_screens(qtbot: QtBot, window: MainWindow, server: RunningServer) -> Iterator[str]:
    yield "welcome"
    customer_id = customer_with(server, consent=True, min_lines=2)
    scanner_types(window, cloud_stub("pass", "--customer", customer_id, "--db", server.db_url)
                  .strip().splitlines()[-1])
    qtbot.wait_until(lambda: window.current_page() == "page_home", timeout=WAIT_MS)
    yield "home"
    for button, screen in (("kiosk_cart_button", "cart"), ("kiosk_cart_phone", "phone")):
        found = window.findChild(QAbstractButton, button)
        assert found is not None
        found.click()
        yield screen
    assert window.flow is not None
    window.flow.show_pickup()
    yield "pickup"
    window.flow.show_returns()
    qtbot.wait_until(lambda: window.current_page() == "page_returns", timeout=WAIT_MS)
    yield "returns"
    if window.flow.session.purchases:
        window.flow.choose_lines(window.flow.session.purchases[0])
        yield "return_lines"


@pytest.fixture
def associate(qtbot: QtBot, server: RunningServer, tmp_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "t")
    yield window
    window.shutdown()
    window.device.close()


def test_every_control_of_every_associate_page_has_an_accessible_name(
        qtbot: QtBot, associate: MainWindow, server: RunningServer) -> None:
    missing, cut = {}, {}
    for screen in associate_screens(qtbot, associate, server):
        missing[screen], cut[screen] = unnamed(associate), cut_hints(associate)
    assert not {k: v for k, v in missing.items() if v}
    assert not {k: v for k, v in cut.items() if v}, "hints cut at 1280 x 800"


def test_every_control_of_every_kiosk_screen_has_an_accessible_name_and_is_big(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    missing, small = {}, {}
    for screen in kiosk_screens(qtbot, kiosk, server):
        missing[screen] = unnamed(kiosk)
        # Touch targets: at least 44 px high (WCAG 2.5.5 asks 44 x 44 CSS pixels).
        small[screen] = [w.objectName() for w in visible_controls(kiosk)
                         if w.height() < 44 or w.width() < 44]
    assert not {k: v for k, v in missing.items() if v}
    assert not {k: v for k, v in small.items() if v}


def test_associate_mode_works_with_the_keyboard_alone(
        qtbot: QtBot, associate: MainWindow, server: RunningServer) -> None:
    for screen in associate_screens(qtbot, associate, server):
        controls = visible_controls(associate)
        # The touch keypad stands in for the keyboard's digits; the navigation is one
        # exclusive group: Tab reaches its checked button, the arrow keys the others.
        keypad = [w for w in controls if w.objectName().startswith("login_key_")]
        if screen != "login":
            group = associate.workspace.nav_group.buttons()
            assert any(b.focusPolicy() & Qt.FocusPolicy.TabFocus for b in group)
            keypad += group
        unreachable = [w.objectName() for w in controls if w not in keypad
                       and not w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        assert not unreachable, screen
        # The Tab chain from the window passes through every control of the page.
        chain, widget = set(), associate.nextInFocusChain()
        while widget is not associate and len(chain) < 5000:
            chain.add(widget)
            widget = widget.nextInFocusChain()
        assert not [w.objectName() for w in controls if w not in keypad and w not in chain], \
            screen
    # The arrow keys move along the navigation, Tab from one control to the next.
    nav = [b for b in associate.workspace.nav_group.buttons() if b.isVisible()]
    nav[0].setFocus()
    qtbot.keyClick(nav[0], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is nav[1]
    associate.show_page("pickup")
    page = associate.pages["pickup"]
    assert isinstance(page, PickupPage)
    page.search.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not page.search


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(fg: str, bg: str) -> float:
    high, low = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_meet_wcag_aa_contrast() -> None:
    pairs = list(style.TEXT_ON_INHERITED_BACKGROUND)
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", style.STYLE_SHEET):
        fg = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6})", body)
        bg = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6})", body)
        if fg and bg and ":disabled" not in selector:  # WCAG exempts inactive controls
            pairs.append((fg.group(1), bg.group(1)))
    assert len(pairs) > 20
    poor = [(fg, bg, round(contrast(fg, bg), 2)) for fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert not poor


def test_text_scales_with_the_system_font(qtbot: QtBot, associate: MainWindow) -> None:
    assert "font-size: 16px" in style.style_sheet(10) and "font-size: 24px" in \
        style.style_sheet(15)
    assert style.style_sheet(8) == style.style_sheet(10)  # never smaller than drawn
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert associate.styleSheet() == style.style_sheet(app.font().pointSizeF())


def _english_sources_with_french() -> set[str]:
    found = set()
    for message in ET.parse(TS).iter("message"):
        source = message.findtext("source") or ""
        translation = "".join(message.find("translation").itertext()).strip()  # type: ignore[union-attr]
        if translation and translation != source and "%" not in source and len(source) > 3:
            found.add(source)
    return found


def _english_left(root: QWidget, english: set[str]) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.accessibleName())
    return sorted({t for t in texts if t in english})


def test_french_screens_show_no_english_string(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    english = _english_sources_with_french()
    left: dict[str, list[str]] = {}
    cut: dict[str, list[str]] = {}
    try:
        for mode, walk in (("associate", associate_screens), ("kiosk", kiosk_screens)):
            token = server.device_token("S001", "kiosk" if mode == "kiosk" else "tablet")
            window = open_window(qtbot, server.url, token, tmp_path / mode,
                                 ("1001", "1234") if mode == "associate" else None,
                                 "--lang", "fr", "--mode", mode)
            try:
                if mode == "kiosk":
                    sync_round(qtbot, window)
                for screen in walk(qtbot, window, server):
                    left[f"{mode}/{screen}"] = _english_left(window, english)
                    cut[f"{mode}/{screen}"] = cut_hints(window)
            finally:
                window.shutdown()
                window.device.close()
    finally:
        install_translator(QApplication.instance(), "en")
    assert not {k: v for k, v in left.items() if v}
    assert not {k: v for k, v in cut.items() if v}, "French hints cut at 1280 x 800"
