"""Helpers of the end-to-end tests: the real app's window against the real server."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from kiosk.app import build_window
from kiosk.config import load_settings
from kiosk.services.pickup import PickupRow
from kiosk.services.staff import staff_accounts
from kiosk.ui.automation import text_of
from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.shell.main_window import MainWindow
from sync.rules.pickup import DeskBucket
from tests.conftest import RunningServer
from tests.tls import tls_files

WAIT_MS = 30_000

ASSOCIATE = ("1001", "1234")
"""The seed's associate in every store (cloud_stub.crud.staff.SEED_STAFF): number, PIN."""
MANAGER = ("2001", "9876")

_logins: dict[int, tuple[str, str] | None] = {}
"""Who logs in on each test window once its first sync brought the staff accounts."""


def open_window(qtbot: QtBot, api_url: str, token: str, data_dir: Path,
                staff: tuple[str, str] | None = ASSOCIATE, *extra: str) -> MainWindow:
    """The app's window; `staff` logs in (through the lock screen) after the first sync
    round, as a person would (None: stays locked); `extra`: more command-line flags."""
    trust = ["--ca-file", str(tls_files().ca_file)] if api_url.startswith("https") else []
    settings = load_settings(["--api", api_url, "--token", token, "--data-dir", str(data_dir),
                              "--lang", "en", "--sync-interval", "3600", "--token-file",
                              str(data_dir.parent / f"{data_dir.name}.token"), *trust, *extra],
                             env={})
    window = build_window(settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    _logins[id(window)] = staff
    return window


def log_in(qtbot: QtBot, window: MainWindow, number: str, pin: str) -> None:
    """Type the staff number and PIN on the lock screen, as a person does, and wait."""
    login = window.login
    assert login is not None and window.locked
    login.number.setText(number)
    login.pin.setFocus()
    qtbot.keyClicks(login.pin, pin)
    qtbot.keyClick(login.pin, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: not window.locked, timeout=WAIT_MS)


def sync_round(qtbot: QtBot, window: MainWindow) -> None:
    with (qtbot.wait_signal(window.sync.status_changed, timeout=WAIT_MS),
          qtbot.wait_signal(window.sync.round_finished, timeout=WAIT_MS)):
        window.sync.sync_now()
    staff = _logins.get(id(window))
    if staff is not None and window.locked and staff_accounts(window.device.store):
        _logins[id(window)] = None
        log_in(qtbot, window, *staff)


def open_pickup_desk(qtbot: QtBot, window: MainWindow) -> PickupPage:
    """Show the Pickup page and wait until its queue is on screen."""
    window.show_page("pickup")
    page = window.pages["pickup"]
    assert isinstance(page, PickupPage)
    qtbot.wait_until(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    return page


def first_ready(page: PickupPage) -> tuple[int, PickupRow]:
    """The first order of the queue waiting on the shelf, and its row on screen."""
    return next((i, row) for i in range(page.model.rowCount())
                if (row := page.model.row_at(i)) is not None and row.bucket == DeskBucket.READY)


def open_order(qtbot: QtBot, page: PickupPage, order_id: str) -> None:
    """Select the order in the queue and wait until the order panel shows it."""
    row_index = next(i for i in range(page.model.rowCount())
                     if (row := page.model.row_at(i)) is not None and row.order_id == order_id)
    page.table.selectRow(row_index)
    qtbot.wait_until(lambda: page.panel.order is not None
                     and page.panel.order.order_id == order_id, timeout=WAIT_MS)


def check_in_first_ready(qtbot: QtBot, window: MainWindow) -> PickupRow:
    """Open the first ready order on the Pickup page, tick "name checked against an ID
    document" and press "Customer is here"."""
    page = window.pages["pickup"]
    assert isinstance(page, PickupPage)
    _, order = first_ready(page)
    open_order(qtbot, page, order.order_id)
    assert not page.panel.check_in_button.isEnabled()  # not before the ID is checked
    page.panel.id_checked.setChecked(True)
    assert page.panel.check_in_button.isEnabled()
    with qtbot.wait_signal(window.sync.round_finished, timeout=WAIT_MS):
        page.panel.check_in_button.click()
    return order


def server_session(server: RunningServer) -> Session:
    return Session(create_engine(server.db_url))


def label(window: MainWindow, name: str) -> str:
    return text_of(window, name)
