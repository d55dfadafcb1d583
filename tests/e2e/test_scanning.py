"""Scans typed by a keyboard-wedge scanner into the real app, with passes issued by the
real `cloud-stub pass`, against the real server."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from cloud_stub.models import Order
from kiosk.store.models import OutboxEvent
from kiosk.ui.automation import scanner_types
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub
from tests.e2e.helpers import (
    WAIT_MS,
    first_ready,
    label,
    open_order,
    open_pickup_desk,
    sync_round,
)


def outbox(window: MainWindow) -> list[tuple[str, dict]]:
    with window.device.store.read() as session:
        return [(e.type, e.payload) for e in session.scalars(select(OutboxEvent))]


def test_a_store_pass_scan_opens_the_customer(qtbot: QtBot, window: MainWindow,
                                              server: RunningServer) -> None:
    sync_round(qtbot, window)
    store_pass = cloud_stub("pass", "--customer", "C00007", "--db", server.db_url)\
        .strip().splitlines()[-1]
    scanner_types(window, store_pass)
    page = window.pages["customer"]
    qtbot.wait_until(lambda: window.current_page() == "page_customer", timeout=WAIT_MS)
    engine = create_engine(server.db_url)
    with Session(engine) as session:
        from cloud_stub.models import Customer

        customer = session.get(Customer, "C00007")
        name = f"{customer.first_name} {customer.last_name}"
    engine.dispose()
    qtbot.wait_until(lambda: name in page.detail.text(), timeout=WAIT_MS)
    assert outbox(window) == [("customer.identified", {"customer_id": "C00007",
                                                        "method": "pass"})]


def test_a_pickup_pass_scan_selects_the_order_at_the_desk(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    engine = create_engine(server.db_url)
    with Session(engine) as session:
        order = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.pickup_state == "ready")).first()
        order_id, number = order.id, order.number
    engine.dispose()
    pickup_pass = cloud_stub("pass", "--order", order_id, "--db", server.db_url)\
        .strip().splitlines()[-1]
    window.show_page("customer")
    window.pages["customer"].search.setFocus()
    scanner_types(window, pickup_pass)
    page = window.pages["pickup"]
    qtbot.wait_until(lambda: page.selected() is not None
                     and page.selected().order_id == order_id, timeout=WAIT_MS)
    assert window.current_page() == "page_pickup"
    assert page.selected().number == number
    assert window.pages["customer"].search.text() == ""  # the scan did not land in the field


def test_slow_typing_in_a_field_is_not_a_scan(qtbot: QtBot, window: MainWindow) -> None:
    window.show_page("customer")
    field = window.pages["customer"].search
    field.setFocus()
    qtbot.wait_until(field.hasFocus, timeout=WAIT_MS)
    handle = window.windowHandle()
    for char in "2900000000018":  # a card number, typed by a person
        QTest.keyClick(handle, char)
        time.sleep(0.08)
    QTest.keyClick(handle, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert field.text() == "2900000000018"
    assert window.current_page() == "page_customer" and outbox(window) == []
    assert not window.workspace.banner.isVisible()


def test_a_forged_pass_is_refused_and_changes_nothing(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    genuine = cloud_stub("pass", "--customer", "C00007", "--db", server.db_url)\
        .strip().splitlines()[-1]
    head, body, signature = genuine.split(".")
    forged = f"{head}.{body[:-4]}AAAA.{signature}"
    window.show_page("sync")
    scanner_types(window, forged)
    qtbot.wait_until(window.workspace.banner.isVisible, timeout=WAIT_MS)
    assert "forged" in label(window, "message_banner") or "read" in label(window, "message_banner")
    assert window.current_page() == "page_sync" and outbox(window) == []


def test_a_scan_never_acts_on_the_focused_widget_of_the_tablet(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    """The focus on the navigation, then on the pickup desk's "ID checked" box: a scanned
    code with spaces neither switches page nor ticks the box; the scan itself is handled."""
    pickup = open_pickup_desk(qtbot, window)
    _, order = first_ready(pickup)
    open_order(qtbot, pickup, order.order_id)
    returns_tab = window.findChild(QPushButton, "nav_returns")
    assert returns_tab is not None
    for focused in (returns_tab, pickup.panel.id_checked):
        focused.setFocus()
        qtbot.wait_until(focused.hasFocus, timeout=WAIT_MS)
        scanner_types(window, "NOT A CODE 42 X")
        qtbot.wait_until(lambda: window.workspace.banner.isVisible(), timeout=WAIT_MS)
        qtbot.wait(300)
        assert window.current_page() == "page_pickup"
        assert not pickup.panel.id_checked.isChecked()
        window.workspace.banner.hide()
    assert outbox(window) == []
