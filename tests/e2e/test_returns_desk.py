"""The returns desk in the real app against the real server and its seed: a web order
returned in store for a voucher, the voucher on the customer's profile after sync; the same
return on two tablets offline ends as one return and one conflict; bad receipts refused."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.core.keys import receipt, store_pass
from cloud_stub.models import Customer, DeviceEvent, Order, OrderLine, Product, Return, Voucher
from kiosk.store.models import OutboxEvent
from kiosk.ui.automation import scanner_types
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.shell.main_window import MainWindow
from sync.sqltypes import utcnow
from tests.conftest import RunningServer, start_server, stop_server
from tests.e2e.helpers import (
    WAIT_MS,
    label,
    open_window,
    server_session,
    sync_round,
)

MAX_OFFLINE_REFUND = 15000


def returnable_web_order(server: RunningServer) -> tuple[str, str, int]:
    """A delivered web order of a customer, bought 2 to 12 days ago, whose first line is a
    returnable category and costs less than the offline limit: (id, receipt text, price)."""
    with server_session(server) as session:
        orders = session.scalars(select(Order).where(
            Order.fulfilment == "delivery", Order.status == "delivered",
            Order.channel == "web", Order.customer_id.is_not(None),
            Order.created_at > utcnow() - timedelta(days=12),
            Order.created_at < utcnow() - timedelta(days=2)).order_by(Order.id)).all()
        for order in orders:
            line = order.lines[0]
            product = session.get(Product, line.product_id)
            assert product is not None
            if product.category not in ("Sous-vêtements", "Accessoires") \
                    and line.returned_quantity == 0 \
                    and line.unit_price_cents < MAX_OFFLINE_REFUND:
                return order.id, receipt(session, order), line.unit_price_cents
    raise AssertionError("the seed has no returnable web order")


def returns_desk(window: MainWindow) -> ReturnsPage:
    page = window.pages["returns"]
    assert isinstance(page, ReturnsPage)
    return page


def scan_receipt(qtbot: QtBot, window: MainWindow, text: str, order_id: str) -> ReturnsPage:
    window.show_page("returns")
    page = returns_desk(window)
    scanner_types(window, text)
    qtbot.wait_until(lambda: page.panel.order is not None
                     and page.panel.order.order_id == order_id, timeout=WAIT_MS)
    return page


def return_first_unit(qtbot: QtBot, page: ReturnsPage, method: str) -> None:
    """One unit of line 1 back, wrong size, new, refunded by `method`; confirm, and wait
    for the return receipt."""
    panel = page.panel
    panel.quantity(1).setValue(1)
    reason = panel.reason(1)
    assert not panel.confirm_button.isEnabled()  # not before a reason is chosen
    reason.setCurrentIndex(reason.findData("wrong_size"))
    panel.method.setCurrentIndex(next(i for i in range(panel.method.count())
                                      if panel.method.itemData(i)[0] == method))
    assert panel.confirm_button.isEnabled(), panel.summary.text()
    panel.confirm_button.click()
    qtbot.wait_until(lambda: page.receipt_dialog is not None
                     and page.receipt_dialog.isVisible(), timeout=WAIT_MS)


def test_a_web_order_returned_in_store_for_a_voucher_shows_on_the_customer_profile(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    order_id, receipt_text, price = returnable_web_order(server)
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None and order.customer_id is not None
        customer_id, points_before = order.customer_id, order.customer.points_balance  # type: ignore[union-attr]
        lines = len(order.lines)
        first = session.get(Product, order.lines[0].product_id)
        assert first is not None
        first_name, first_gtin = first.name, first.gtin
        pass_text = store_pass(session, customer_id, None, None, 600)
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        sync_round(qtbot, window)
        page = scan_receipt(qtbot, window, receipt_text, order_id)
        assert page.panel.lines.rowCount() == lines  # the lines are listed
        assert first_name in page.panel.lines.item(0, 0).text()
        assert "Returnable until" in page.panel.lines.item(0, 0).text()
        scanner_types(window, first_gtin)  # the item itself: its line gets one unit
        qtbot.wait_until(lambda: page.panel.quantity(1).value() == 1, timeout=WAIT_MS)
        return_first_unit(qtbot, page, "store_credit")

        dialog = page.receipt_dialog
        assert dialog is not None
        shown = dialog.receipt
        assert shown.voucher_id is not None and shown.voucher_id in dialog.summary.text()
        assert 0 < shown.refund_cents <= price and shown.voucher_cents == shown.refund_cents
        assert dialog.save_pdf().read_bytes().startswith(b"%PDF")
        assert page.panel.order is not None and page.panel.order.lines[0].refunded >= 1
        dialog.close()

        sync_round(qtbot, window)
        with server_session(server) as session:
            events = {e.type: e.status for e in session.scalars(select(DeviceEvent).where(
                DeviceEvent.entity == f"order:{order_id}"))}
            assert events == {"return.recorded": "applied", "voucher.issued": "applied",
                              "loyalty.reversed": "applied"}
            recorded = session.get(Return, shown.return_id)
            assert recorded is not None and recorded.refund_cents == shown.refund_cents
            assert recorded.refund_method == "store_credit" and recorded.source == "desk"
            voucher = session.get(Voucher, shown.voucher_id)
            assert voucher is not None and voucher.status == "active"
            assert voucher.customer_id == customer_id
            assert voucher.amount_cents == shown.refund_cents
            customer = session.get(Customer, customer_id)
            assert customer is not None
            assert customer.points_balance == points_before - shown.points_reversed
            assert session.get(Order, order_id).lines[0].returned_quantity == 1  # type: ignore[union-attr]

        # the customer's profile, after sync, holds the voucher
        sync_round(qtbot, window)
        window.show_page("customer")
        customer_page = window.pages["customer"]
        assert isinstance(customer_page, CustomerPage)
        scanner_types(window, pass_text)
        qtbot.wait_until(lambda: customer_page.panel.view is not None
                         and customer_page.panel.view.customer_id == customer_id,
                         timeout=WAIT_MS)
        view = customer_page.panel.view
        assert view is not None
        assert shown.voucher_id in [v.id for v in view.vouchers]
        assert shown.voucher_id in customer_page.detail.text()
        # the voucher's QR code, scanned at a tablet: what it is worth
        scanner_types(window, shown.voucher_id)
        qtbot.wait_until(lambda: shown.voucher_id in label(window, "message_banner"),
                         timeout=WAIT_MS)
        assert "left, valid until" in label(window, "message_banner")
    finally:
        window.shutdown()
        window.device.close()


def test_the_same_return_on_two_tablets_offline_ends_as_one_conflict(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    order_id, receipt_text, _price = returnable_web_order(server)
    with server_session(server) as session:
        bought = session.get(Order, order_id).lines[0].quantity  # type: ignore[union-attr]
    port = int(server.url.rsplit(":", 1)[1])
    tablets = [open_window(qtbot, server.url, server.device_token("S001"), tmp_path / name)
               for name in ("tablet-a", "tablet-b")]
    restarted: RunningServer | None = None
    try:
        for tablet in tablets:
            sync_round(qtbot, tablet)
        stop_server(server)
        for tablet in tablets:
            sync_round(qtbot, tablet)  # finds the server gone: offline
            assert tablet.sync.online is False
            page = scan_receipt(qtbot, tablet, receipt_text, order_id)
            assert page.panel.quantity(1).maximum() == bought
            return_first_unit(qtbot, page, "store_credit")
            assert page.receipt_dialog is not None and page.receipt_dialog.receipt.offline
            page.receipt_dialog.close()
        restarted = start_server(server.db_url, tmp_path, port=port, tls=True)
        for tablet in tablets:
            sync_round(qtbot, tablet)
        with server_session(restarted) as session:
            results = sorted(e.status for e in session.scalars(select(DeviceEvent).where(
                DeviceEvent.type == "return.recorded", DeviceEvent.entity == f"order:{order_id}")))
            conflicts = session.scalars(select(DeviceEvent.type).where(
                DeviceEvent.status == "conflict")).all()
            assert results == ["applied", "conflict"]
            assert conflicts == ["return.recorded"]
            assert session.get(Order, order_id).lines[0].returned_quantity == 1  # type: ignore[union-attr]
            statuses = sorted(v.status for v in session.scalars(select(Voucher).where(
                Voucher.return_id.is_not(None))))
            assert statuses == ["active", "on_hold"]  # the double refund is not spendable
            assert len(session.scalars(select(Return).where(
                Return.order_id == order_id, Return.source == "desk")).all()) == 1
        # the tablet that lost sees it on the Sync page, with what to do
        [loser] = [t for t in tablets if _conflicts(t)]
        loser.show_page("sync")
        sync_page = loser.pages["sync"]
        qtbot.wait_until(lambda: sync_page.attention_model.rowCount() == 1, timeout=WAIT_MS)
        item = sync_page.attention_model.row_at(0)
        assert item.event_type == "return.recorded"
        assert "returned" in sync_page.attention_model.what_to_do(item)
    finally:
        for tablet in tablets:
            tablet.shutdown()
            tablet.device.close()
        if restarted is not None:
            stop_server(restarted)


def _conflicts(window: MainWindow) -> list[str]:
    with window.device.store.read() as local:
        return list(local.scalars(select(OutboxEvent.type).where(
            OutboxEvent.result_status == "conflict")))


def test_forged_and_foreign_receipts_are_refused_and_record_nothing(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    _order_id, receipt_text, _price = returnable_web_order(server)
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        sync_round(qtbot, window)
        window.show_page("returns")
        page = returns_desk(window)
        head, body, signature = receipt_text.split(".")
        altered = f"{head}.{body[:-2]}{'A' if body[-2] != 'A' else 'B'}{body[-1]}.{signature}"
        for text, expected in ((altered, "altered or forged"),
                               ("https://shop.other-retailer.example/r/88231", "not a receipt "
                                                                             "of our stores")):
            scanner_types(window, text)
            qtbot.wait_until(lambda e=expected: e in label(window, "message_banner"),
                             timeout=WAIT_MS)
        assert page.panel.order is None
        page.search.setText("WEB-99999999")
        page.find_button.click()
        qtbot.wait_until(lambda: "not known" in label(window, "message_banner"), timeout=WAIT_MS)
        with window.device.store.read() as local:
            assert local.scalars(select(OutboxEvent.type).where(
                OutboxEvent.type == "return.recorded")).all() == []
    finally:
        window.shutdown()
        window.device.close()


def test_an_item_without_receipt_comes_back_as_store_credit_after_a_card_or_pass_scan(
        qtbot: QtBot, server: RunningServer, tmp_path: Path) -> None:
    order_id, _receipt, _price = returnable_web_order(server)
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None and order.customer_id is not None
        customer_id = order.customer_id
        bought = select(OrderLine.product_id).join(Order).where(Order.customer_id == customer_id)
        product = session.scalars(select(Product).where(
            Product.category == "Sneakers", Product.id.not_in(bought)).order_by(Product.id)
            ).first()
        assert product is not None
        lowest = min(product.price_cents,
                     int(product.attributes.get("lowest_30d_price_cents", product.price_cents)))
        pass_text = store_pass(session, customer_id, None, None, 600)
    window = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        sync_round(qtbot, window)
        window.show_page("returns")
        page = returns_desk(window)
        scanner_types(window, pass_text)  # at the returns desk: the customer's purchases
        qtbot.wait_until(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
        assert order_id in [row.order_id for row in page.model.rows]
        scanner_types(window, product.gtin)  # bought nowhere: the no-receipt offer
        box = page.no_receipt
        qtbot.wait_until(lambda: box.isVisible() and box.offer is not None, timeout=WAIT_MS)
        assert box.offer is not None and box.offer.refund_cents == lowest
        assert not box.button.isEnabled()  # a reason first
        box.reason.setCurrentIndex(box.reason.findData("changed_mind"))
        box.button.click()
        qtbot.wait_until(lambda: page.receipt_dialog is not None
                         and page.receipt_dialog.isVisible(), timeout=WAIT_MS)
        shown = page.receipt_dialog.receipt  # type: ignore[union-attr]
        assert "Without receipt" in page.receipt_dialog.summary.text()  # type: ignore[union-attr]
        sync_round(qtbot, window)
        with server_session(server) as session:
            booked = session.get(Return, shown.return_id)
            assert booked is not None and booked.order_id is None
            assert booked.customer_id == customer_id and booked.refund_cents == lowest
            voucher = session.get(Voucher, shown.voucher_id)
            assert voucher is not None and voucher.status == "active"
    finally:
        window.shutdown()
        window.device.close()
