"""The click & collect desk in the real app against the real server and its seed: prepare by
scanning, ready on a shelf, check in by scanning the pickup pass, a partial handover with a
refused line; the same with the server stopped then restarted ends identical; two tablets
handing over one order offline end with one handover and one conflict."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.core.keys import pickup_pass
from cloud_stub.models import DeviceEvent, Order, OrderLine, PickupNotice, Product, Return
from kiosk.store.models import OutboxEvent
from kiosk.ui.automation import scanner_types
from kiosk.ui.pickup.page import PickupPage
from kiosk.ui.shell.main_window import MainWindow
from sync.rules.pickup import DeskBucket
from tests.conftest import RunningServer, start_server, stop_server
from tests.e2e.helpers import (
    WAIT_MS,
    first_ready,
    label,
    open_order,
    open_pickup_desk,
    open_window,
    server_session,
    sync_round,
)

SHELF = "R9-04"


def order_to_prepare(server: RunningServer) -> str:
    """A paid order of the demo store, still to prepare, with two lines or more."""
    with server_session(server) as session:
        return next(o.id for o in session.scalars(
            select(Order).where(Order.store_id == "S001", Order.pickup_state == "to_prepare",
                                Order.payment_state == "paid").order_by(Order.id))
            if len(o.lines) >= 2)


def gtins(server: RunningServer, order_id: str) -> list[tuple[int, str, int]]:
    """(line number, GTIN, quantity) of each line."""
    with server_session(server) as session:
        return [(line.line_no, session.get(Product, line.product_id).gtin,  # type: ignore[union-attr]
                 line.quantity)
                for line in session.scalars(select(OrderLine).where(
                    OrderLine.order_id == order_id).order_by(OrderLine.line_no))]


def a_product_not_on(server: RunningServer, order_id: str) -> str:
    with server_session(server) as session:
        on_order = select(OrderLine.product_id).where(OrderLine.order_id == order_id)
        return session.scalars(select(Product.gtin).where(Product.id.not_in(on_order))
                               .order_by(Product.id)).first() or ""


def outbox_size(window: MainWindow) -> int:
    with window.device.store.read() as local:
        return len(local.scalars(select(OutboxEvent.seq)).all())


def conflicts_on(window: MainWindow) -> list[str]:
    with window.device.store.read() as local:
        return list(local.scalars(select(OutboxEvent.type).where(
            OutboxEvent.result_status == "conflict")))


def desk(window: MainWindow) -> PickupPage:
    page = window.pages["pickup"]
    assert isinstance(page, PickupPage)
    return page


def prepare_and_make_ready(qtbot: QtBot, window: MainWindow, server: RunningServer,
                           order_id: str) -> None:
    page = open_pickup_desk(qtbot, window)
    open_order(qtbot, page, order_id)
    assert page.panel.order is not None and page.panel.order.bucket == DeskBucket.TO_PREPARE
    before = outbox_size(window)
    scanner_types(window, a_product_not_on(server, order_id))
    qtbot.wait_until(lambda: "not on order" in label(window, "message_banner"), timeout=WAIT_MS)
    assert outbox_size(window) == before  # a wrong item changes nothing
    for line_no, gtin, quantity in gtins(server, order_id):
        for unit in range(1, quantity + 1):
            scanner_types(window, gtin)
            qtbot.wait_until(lambda n=line_no, u=unit: page.panel.order is not None and next(
                x.picked for x in page.panel.order.lines if x.line_no == n) == u,
                timeout=WAIT_MS)
    qtbot.wait_until(lambda: page.panel.ready_button.isEnabled(), timeout=WAIT_MS)
    page.panel.shelf.setText(SHELF)
    page.panel.ready_button.click()
    qtbot.wait_until(lambda: page.panel.order is not None
                     and page.panel.order.bucket == DeskBucket.READY, timeout=WAIT_MS)


def scan_pass_and_hand_over(qtbot: QtBot, window: MainWindow, server: RunningServer,
                            order_id: str, tmp_path: Path) -> None:
    """Scan the pickup pass (checks the customer in), hand over line 1 whole, refuse one unit
    of line 2 as damaged; the confirmation is saved as a PDF."""
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None
        text = pickup_pass(session, order)
    page = desk(window)
    scanner_types(window, text)
    qtbot.wait_until(lambda: page.panel.order is not None
                     and page.panel.order.order_id == order_id
                     and page.panel.order.bucket == DeskBucket.WAITING, timeout=WAIT_MS)
    assert page.panel.order.checkin_method == "pass"
    qtbot.wait_until(lambda: page.panel.handover_box.isVisible(), timeout=WAIT_MS)
    give = page.panel.findChild(QSpinBox, "pickup_give_2")
    refuse = page.panel.findChild(QSpinBox, "pickup_refuse_2")
    assert give is not None and refuse is not None
    assert page.panel.findChild(QComboBox, "pickup_reason_2") is None  # nothing refused yet
    give.setValue(0)
    refuse.setValue(1)
    reason = page.panel.findChild(QComboBox, "pickup_reason_2")
    assert reason is not None and reason.isVisible()
    reason.setCurrentIndex(reason.findData("damaged"))
    page.panel.handover_button.click()
    qtbot.wait_until(lambda: page.receipt_dialog is not None
                     and page.receipt_dialog.isVisible(), timeout=WAIT_MS)
    dialog = page.receipt_dialog
    assert "Damaged" in dialog.summary.text()
    dialog.pdf_button.click()
    assert dialog.saved_to is not None and dialog.saved_to.read_bytes().startswith(b"%PDF")
    dialog.close()


def server_outcome(server: RunningServer, order_id: str) -> dict[str, Any]:
    """The order as the central API ends up with it, and the facts it applied, once each."""
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None
        statuses = Counter((e.type, e.status) for e in session.scalars(
            select(DeviceEvent).where(DeviceEvent.entity == f"order:{order_id}")))
        refunds = [(r.source, r.refund_cents, [(x.quantity, x.reason) for x in r.lines])
                   for r in session.scalars(select(Return).where(Return.order_id == order_id))]
        notices = session.scalars(select(PickupNotice.kind).where(
            PickupNotice.order_id == order_id)).all()
        return {
            "state": order.pickup_state, "shelf": order.shelf, "method": order.checkin_method,
            "lines": [(x.line_no, x.quantity, x.picked_quantity, x.missing_quantity,
                       x.handed_over_quantity, x.refused_quantity) for x in order.lines],
            "events": dict(statuses), "refunds": refunds, "notices": list(notices)}


def expected_outcome(lines: list[tuple[int, str, int]]) -> dict[str, Any]:
    second_quantity = lines[1][2]
    kept = second_quantity - 1  # what is left of line 2 stays on the shelf
    picks = sum(quantity for _, _, quantity in lines)
    return {
        "state": "ready" if kept else "collected", "shelf": SHELF, "method": "pass",
        "lines": [(n, q, q, 0, (q if n != 2 else 0), (1 if n == 2 else 0))
                  for n, _, q in lines],
        "events": {("pickup.prepared", "applied"): picks, ("pickup.ready", "applied"): 1,
                   ("pickup.checked_in", "applied"): 1, ("pickup.handed_over", "applied"): 1},
        "refunds_reason": [(1, "damaged")], "notices": ["ready"]}


def check_outcome(server: RunningServer, order_id: str,
                  lines: list[tuple[int, str, int]]) -> None:
    got, want = server_outcome(server, order_id), expected_outcome(lines)
    assert [(source, reasons) for source, _cents, reasons in got.pop("refunds")] == [
        ("pickup_refusal", want.pop("refunds_reason"))]
    assert got == want


def test_prepare_ready_check_in_by_pass_and_partial_handover(
        qtbot: QtBot, window: MainWindow, server: RunningServer, tmp_path: Path) -> None:
    sync_round(qtbot, window)
    order_id = order_to_prepare(server)
    lines = gtins(server, order_id)
    prepare_and_make_ready(qtbot, window, server, order_id)
    sync_round(qtbot, window)
    with server_session(server) as session:
        assert session.get(Order, order_id).pickup_state == "ready"  # type: ignore[union-attr]
    scan_pass_and_hand_over(qtbot, window, server, order_id, tmp_path)
    sync_round(qtbot, window)
    check_outcome(server, order_id, lines)
    sync_round(qtbot, window)  # nothing more to send: each fact applied once
    check_outcome(server, order_id, lines)
    page = desk(window)
    qtbot.wait_until(lambda: page.panel.order is not None and not page.panel.order.pending,
                     timeout=WAIT_MS)


def test_the_same_flow_offline_ends_identical_once_the_server_is_back(
        qtbot: QtBot, seeded_db: str, tmp_path: Path) -> None:
    db = tmp_path / "cloud.db"
    shutil.copy(seeded_db, db)
    server = start_server(f"sqlite:///{db}", tmp_path)
    port = int(server.url.rsplit(":", 1)[1])
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        sync_round(qtbot, window)
        order_id = order_to_prepare(server)
        lines = gtins(server, order_id)
        stop_server(server)
        sync_round(qtbot, window)
        assert window.sync.online is False
        prepare_and_make_ready(qtbot, window, server, order_id)
        scan_pass_and_hand_over(qtbot, window, server, order_id, tmp_path)
        sync_round(qtbot, window)
        assert window.sync.online is False and outbox_size(window) > 0
        server = start_server(f"sqlite:///{db}", tmp_path, port=port)
        sync_round(qtbot, window)
        check_outcome(server, order_id, lines)
        with window.device.store.read() as local:
            assert not local.scalars(select(OutboxEvent).where(
                OutboxEvent.state == "pending")).all()
    finally:
        window.shutdown()
        window.device.close()
        stop_server(server)


def test_two_tablets_handing_over_one_order_offline_give_one_handover_and_one_conflict(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    port = int(server.url.rsplit(":", 1)[1])
    tablets = [open_window(qtbot, server.url, server.device_token("S001"), tmp_path / name)
               for name in ("tablet-a", "tablet-b")]
    restarted: RunningServer | None = None
    try:
        for tablet in tablets:
            sync_round(qtbot, tablet)
        with server_session(server) as session:
            order_id = session.scalars(select(Order.id).where(
                Order.store_id == "S001", Order.pickup_state == "ready",
                Order.payment_state == "paid").order_by(Order.id)).first()
        assert order_id is not None
        stop_server(server)
        for tablet in tablets:
            sync_round(qtbot, tablet)
            page = open_pickup_desk(qtbot, tablet)
            open_order(qtbot, page, order_id)
            page.panel.id_checked.setChecked(True)
            page.panel.check_in_button.click()
            qtbot.wait_until(lambda p=page: p.panel.handover_box.isVisible(), timeout=WAIT_MS)
            page.panel.handover_button.click()
            qtbot.wait_until(lambda p=page: p.panel.order is not None
                             and p.panel.order.bucket == DeskBucket.COLLECTED, timeout=WAIT_MS)
        restarted = start_server(server.db_url, tmp_path, port=port, tls=True)
        for tablet in tablets:
            sync_round(qtbot, tablet)
        with server_session(restarted) as session:
            handovers = Counter(e.status for e in session.scalars(select(DeviceEvent).where(
                DeviceEvent.entity == f"order:{order_id}",
                DeviceEvent.type == "pickup.handed_over")))
            conflicts = session.scalars(select(DeviceEvent.type).where(
                DeviceEvent.status == "conflict")).all()
            order = session.get(Order, order_id)
            assert order is not None and order.pickup_state == "collected"
            assert all(line.handed_over_quantity == line.quantity for line in order.lines)
        assert handovers == {"applied": 1, "conflict": 1}
        assert conflicts == ["pickup.handed_over"]
        # whichever round reached the server first won (a tablet notices the server is back
        # by itself): the loser is the tablet whose event came back as the conflict
        [loser] = [t for t in tablets if conflicts_on(t)]
        page = desk(loser)
        qtbot.wait_until(lambda: page.panel.order is not None
                         and page.panel.order.conflict is not None, timeout=WAIT_MS)
        assert page.panel.conflict.isVisible()
        loser.show_page("sync")
        sync_page = loser.pages["sync"]
        qtbot.wait_until(lambda: sync_page.attention_model.rowCount() == 1, timeout=WAIT_MS)
        assert sync_page.attention_model.row_at(0).event_type == "pickup.handed_over"
    finally:
        for tablet in tablets:
            tablet.shutdown()
            tablet.device.close()
        if restarted is not None:
            stop_server(restarted)


def test_a_desk_queue_follows_what_another_tablet_did_after_a_sync_round(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    tablets = [open_window(qtbot, server.url, server.device_token("S001"), tmp_path / name)
               for name in ("tablet-a", "tablet-b")]
    try:
        for tablet in tablets:
            sync_round(qtbot, tablet)
        watching, acting = (desk(t) for t in tablets)
        open_pickup_desk(qtbot, tablets[0])
        waiting_before = sum(r.bucket == DeskBucket.WAITING for r in watching.rows)
        open_pickup_desk(qtbot, tablets[1])
        _, row = first_ready(acting)
        assert next(r for r in watching.rows if r.order_id == row.order_id).bucket \
            == DeskBucket.READY
        open_order(qtbot, acting, row.order_id)
        acting.panel.id_checked.setChecked(True)
        with qtbot.wait_signal(tablets[1].sync.round_finished, timeout=WAIT_MS):
            acting.panel.check_in_button.click()

        watching.search.setText(row.number)  # the associate was looking for this order
        assert [r.order_id for r in watching.model.rows] == [row.order_id]
        sync_round(qtbot, tablets[0])  # the page stays in front: nothing reopens it
        qtbot.wait_until(lambda: next(r for r in watching.rows if r.order_id == row.order_id)
                         .bucket == DeskBucket.WAITING, timeout=WAIT_MS)
        assert [(r.order_id, r.bucket) for r in watching.model.rows] \
            == [(row.order_id, DeskBucket.WAITING)]  # the search still applies, row updated
        watching.search.clear()
        assert sum(r.bucket == DeskBucket.WAITING for r in watching.rows) == waiting_before + 1
        assert watching.count_labels[DeskBucket.WAITING].text().endswith(
            str(waiting_before + 1))
        assert watching.model.row_at(0).bucket == DeskBucket.WAITING  # most urgent first
    finally:
        for tablet in tablets:
            tablet.shutdown()
            tablet.device.close()
