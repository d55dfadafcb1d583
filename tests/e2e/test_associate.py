"""Associate mode against the real central API: PIN login and its lockout, roles, the
automatic lock, switching user without restarting, the language chosen in Settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.models import DeviceEvent
from kiosk.ui.automation import scanner_types
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.settings.page import SettingsPage
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import (
    MANAGER,
    WAIT_MS,
    label,
    log_in,
    open_window,
    server_session,
    sync_round,
)
from tests.e2e.test_customer360 import customer_with, scan_pass


def type_pin(qtbot: QtBot, window: MainWindow, number: str, pin: str) -> str:
    """One login attempt through the lock screen; the message it ends with."""
    login = window.login
    assert login is not None
    login.number.setText(number)
    login.pin.setText(pin)
    login.button.click()
    qtbot.wait_until(lambda: not login.busy, timeout=WAIT_MS)
    return login.message.text()


def test_wrong_pins_lock_the_number_and_the_central_api_hears_of_it(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "t", None)
    try:
        sync_round(qtbot, window)
        assert window.locked and window.current_page() == "page_login"
        messages = [type_pin(qtbot, window, "1001", "0000") for _ in range(5)]
        assert "4 attempts left" in messages[0] and "1 attempt left" in messages[3]
        assert "locked until" in messages[4]
        assert "locked until" in type_pin(qtbot, window, "1001", "1234")  # even the right one
        assert window.locked and window.findChild(QWidget, "page_pickup") is None
        assert window.login is not None and window.login.pin.text() == ""  # never kept
        assert "4 attempts left" in type_pin(qtbot, window, "9999", "1234")  # unknown: same
        log_in(qtbot, window, *MANAGER)  # someone else still can
        sync_round(qtbot, window)
        with server_session(server) as session:
            event = session.scalars(select(DeviceEvent).where(
                DeviceEvent.type == "staff.locked_out")).one()
            assert event.payload["staff_number"] == "1001"
    finally:
        window.shutdown()
        window.device.close()


def test_switching_user_leaves_nothing_of_the_last_one_and_roles_differ(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)  # logs in as the associate
    assert not window.locked
    assert "Camille Laurent" in label(window, "nav_user")
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage)
    assert not settings.lock_minutes.isEnabled()  # an associate cannot change it
    returns_page = window.pages["returns"]
    assert isinstance(returns_page, ReturnsPage) and not returns_page.panel.manager

    page = scan_pass(qtbot, window, server, customer_with(server, consent=True))
    name = page.panel.view.name  # type: ignore[union-attr]
    lock = window.findChild(QPushButton, "nav_lock")
    assert lock is not None
    lock.click()
    assert window.locked and page.panel.view is None and name not in page.detail.text()
    scanner_types(window, "STAFF-2001")  # the manager's badge fills the number
    assert window.login is not None
    qtbot.wait_until(lambda: window.login.number.text() == "2001", timeout=WAIT_MS)
    qtbot.keyClicks(window.login.pin, MANAGER[1])
    qtbot.keyClick(window.login.pin, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not window.locked, timeout=WAIT_MS)
    assert window.pages["customer"] is not page  # a fresh workspace for someone else
    assert "Sophie Bernard" in label(window, "nav_user") and "Manager" in label(window, "nav_user")
    settings = window.pages["settings"]
    assert isinstance(settings, SettingsPage) and settings.lock_minutes.isEnabled()
    returns_page = window.pages["returns"]
    assert isinstance(returns_page, ReturnsPage) and returns_page.panel.manager
    assert returns_page.panel.override_by.text() == "Sophie Bernard"
    assert returns_page.panel.override_by.isReadOnly()


def test_the_tablet_locks_by_itself_and_opens_nothing_while_locked(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    workspace = window.workspace
    window.idle.setInterval(300)  # the setting's minimum is 15 s; the timer is what is tested
    window.idle.start()
    qtbot.wait_until(lambda: window.locked, timeout=WAIT_MS)
    assert window.login is not None and "Locked after" in window.login.message.text()
    customer_id = customer_with(server, consent=True)
    scanner_types(window, cloud_stub("pass", "--customer", customer_id, "--db", server.db_url)
                  .strip().splitlines()[-1])
    qtbot.wait_until(lambda: "Log in first" in window.login.message.text(), timeout=WAIT_MS)
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage) and page.panel.view is None
    log_in(qtbot, window, "1001", "1234")
    assert window.workspace is workspace  # the same person comes back to their work


def test_the_language_chosen_in_settings_applies_at_once_and_stays(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    token = server.device_token("S001")
    window = open_window(qtbot, server.url, token, tmp_path / "t")
    try:
        sync_round(qtbot, window)
        window.show_page("settings")
        settings = window.pages["settings"]
        assert isinstance(settings, SettingsPage)
        settings.language.setCurrentIndex(settings.language.findData("fr"))
        settings.language.activated.emit(settings.language.currentIndex())
        qtbot.wait_until(lambda: window.findChild(QPushButton, "nav_pickup") is not None
                         and window.findChild(QPushButton, "nav_pickup").text() == "Retraits",
                         timeout=WAIT_MS)
        assert window.current_page() == "page_settings" and not window.locked
        qtbot.wait_until(lambda: not window.runner.busy, timeout=WAIT_MS)
    finally:
        window.shutdown()
        window.device.close()
    again = open_window(qtbot, server.url, token, tmp_path / "t")
    try:
        assert again.language == "fr"
        assert again.login is not None and again.login.button.text() == "Se connecter"
    finally:
        again.shutdown()
        again.device.close()
        from PySide6.QtWidgets import QApplication

        from kiosk.ui.shell.i18n import install_translator

        install_translator(QApplication.instance(), "en")
