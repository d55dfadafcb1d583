"""End to end: the real `cloud-stub` on a loopback port, the real app offscreen, HTTP between."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text, update

from cloud_stub.models import DeviceEvent, Order
from kiosk.store.models import LocalOrder, OutboxEvent
from kiosk.ui.shell.main_window import MainWindow
from sync.rules.pickup import DeskBucket
from sync.sqltypes import utcnow
from tests.conftest import RunningServer, free_port
from tests.e2e.helpers import (
    WAIT_MS,
    check_in_first_ready,
    first_ready,
    label,
    open_pickup_desk,
    open_window,
    server_session,
    sync_round,
)


def test_first_sync_brings_the_stores_click_and_collect_orders(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    window.start()
    qtbot.wait_until(lambda: window.sync.last_report is not None, timeout=WAIT_MS)
    qtbot.wait_until(lambda: label(window, "sync_orders_count") != "—", timeout=WAIT_MS)
    assert window.sync.last_report is not None and window.sync.last_report.error is None
    now = utcnow()

    def at_the_desk(order: Order) -> bool:
        """Open, collected within the 60-day return window, or closed within 7 days of its
        deadline (the demo policy): the desk's window."""
        if order.pickup_state in ("to_prepare", "preparing", "ready", "checked_in"):
            return True
        if order.pickup_state == "collected":
            return (order.collected_at or order.created_at) >= now - timedelta(days=60)
        return (order.pickup_deadline or order.created_at) >= now - timedelta(days=7)

    with server_session(server) as session:
        mine = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.fulfilment == "click_collect")).all()
        expected = {o.id for o in mine if at_the_desk(o)}
        elsewhere = set(session.scalars(select(Order.id).where(
            Order.store_id != "S001", Order.fulfilment == "click_collect")))
    assert len(expected) < len(mine), "the seed has closed orders past the desk's window"
    with window.device.store.read() as local:
        held = set(local.scalars(select(LocalOrder.id).where(
            LocalOrder.fulfilment == "click_collect")))
    assert expected and held == expected and not (held & elsewhere)
    # The Sync page shows the figures read after the round, which arrive just after it.
    qtbot.wait_until(lambda: label(window, "sync_click_collect_count") == f"{len(expected):,}",
                     timeout=WAIT_MS)
    assert "Online" in label(window, "status_connectivity")
    window.show_page("pickup")
    page = window.pages["pickup"]
    today = datetime.now().astimezone().date()
    with server_session(server) as session:
        on_the_desk = {o.id for o in session.scalars(select(Order).where(
            Order.store_id == "S001", Order.fulfilment == "click_collect"))
            if o.pickup_state in ("to_prepare", "preparing", "ready", "checked_in")
            or (o.pickup_state == "collected" and o.collected_at is not None
                and o.collected_at.astimezone().date() == today)}
    # The desk's queue: what is still to prepare or collect, and what was collected today.
    qtbot.wait_until(lambda: {r.order_id for r in page.rows} == on_the_desk, timeout=WAIT_MS)


def test_a_check_in_reaches_the_server_once_even_when_pushed_twice(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    page = open_pickup_desk(qtbot, window)
    order = check_in_first_ready(qtbot, window)
    assert order.number in label(window, "message_banner")

    with window.device.store.read() as local:
        event = local.scalars(select(OutboxEvent)).one()
    assert event.type == "pickup.checked_in" and event.result_status == "applied"
    # Push the same event again, as a tablet that crashed before marking it sent would.
    with window.device.store.write() as local:
        local.execute(update(OutboxEvent).values(state="pending"))
    sync_round(qtbot, window)
    with window.device.store.read() as local:
        again = local.scalars(select(OutboxEvent)).one()
    assert again.result_status == "duplicate" and again.state == "sent"

    with server_session(server) as session:
        assert session.execute(select(func.count()).select_from(DeviceEvent)
                               .where(DeviceEvent.id == event.id)).scalar_one() == 1
        assert session.execute(select(func.count()).select_from(DeviceEvent)).scalar_one() == 1
        assert session.get(Order, order.order_id).pickup_state == "checked_in"
    qtbot.wait_until(lambda: any(
        r.order_id == order.order_id and r.bucket == DeskBucket.WAITING and not r.pending
        for r in page.rows), timeout=WAIT_MS)


def test_offline_the_desk_keeps_working_and_catches_up(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    token = server.device_token("S001")
    online = open_window(qtbot, server.url, token, tmp_path / "tablet")
    sync_round(qtbot, online)
    online.shutdown()
    online.device.close()

    dead_api = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    offline = open_window(qtbot, dead_api, token, tmp_path / "tablet")
    sync_round(qtbot, offline)
    assert "Offline" in label(offline, "status_connectivity")
    page = open_pickup_desk(qtbot, offline)
    order = check_in_first_ready(qtbot, offline)
    qtbot.wait_until(lambda: "1 event waiting" in label(offline, "status_pending"),
                     timeout=WAIT_MS)
    qtbot.wait_until(lambda: any(r.order_id == order.order_id and r.pending for r in page.rows),
                     timeout=WAIT_MS)
    offline.shutdown()
    offline.device.close()

    back = open_window(qtbot, server.url, token, tmp_path / "tablet")
    sync_round(qtbot, back)
    assert "0 events waiting" in label(back, "status_pending")
    with server_session(server) as session:
        assert session.get(Order, order.order_id).pickup_state == "checked_in"
        assert session.execute(text("SELECT count(*) FROM device_events")).scalar_one() == 1
    back.shutdown()
    back.device.close()


def test_a_conflict_is_a_task_on_the_sync_page_until_someone_resolves_it(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    page = open_pickup_desk(qtbot, window)
    _, ready = first_ready(page)
    with server_session(server) as session, session.begin():  # cancelled online meanwhile
        session.execute(update(Order).where(Order.id == ready.order_id)
                        .values(pickup_state="cancelled", status="cancelled",
                                version=Order.version + 10_000))
    order = check_in_first_ready(qtbot, window)
    assert order.order_id == ready.order_id

    window.show_page("sync")
    sync_page = window.pages["sync"]
    qtbot.wait_until(lambda: sync_page.attention_model.rowCount() == 1, timeout=WAIT_MS)
    item = sync_page.attention_model.row_at(0)
    assert (item.kind, item.subject) == ("conflict", order.number)
    assert label(window, "sync_conflicts") == "1"
    assert "1 to look at" in label(window, "status_attention")
    sync_page.attention.selectRow(0)
    assert "cancelled" in sync_page.help.text()
    # The desk follows the central state: a cancelled order leaves the queue.
    qtbot.wait_until(lambda: all(r.order_id != order.order_id for r in page.rows),
                     timeout=WAIT_MS)
    assert sync_page.resolve_button.isEnabled()
    sync_page.resolve_button.click()
    # The list and the status bar refresh on their own reads, in either order.
    qtbot.wait_until(lambda: sync_page.attention_model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.wait_until(lambda: label(window, "status_attention") == "", timeout=WAIT_MS)
    assert label(window, "sync_conflicts") == "0"
    with window.device.store.read() as local:
        event = local.scalars(select(OutboxEvent)).one()
    assert event.resolved_by == "S001:1001"  # who resolved it: the associate logged in
    assert event.actor == "S001:1001"  # and who checked the customer in


def test_opening_a_customer_shows_the_profile_and_counts_one_identification(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    sync_round(qtbot, window)
    window.show_page("customer")
    page = window.pages["customer"]
    qtbot.keyClicks(page.search, "martin")
    qtbot.wait_until(lambda: page.model.rowCount() > 1, timeout=WAIT_MS)
    first = page.model.row_at(0)
    viewport = page.results.viewport()
    cell = page.results.visualRect(page.model.index(0, 0)).center()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    qtbot.wait_until(lambda: first.name in page.detail.text(), timeout=WAIT_MS)
    assert window.runner.wait_done(WAIT_MS)
    with window.device.store.read() as local:
        events = local.scalars(select(OutboxEvent)).all()
    assert [(e.type, e.payload) for e in events] == [
        ("customer.identified", {"customer_id": first.id, "method": "search"})]
    page.clear()
    assert first.name not in page.detail.text() and page.model.rowCount() == 0
