"""The self-service kiosk, the real app in kiosk mode against the real central API: a
customer's cart with stock and aisles and a call for an associate that a store tablet
shows; a pickup check-in with the estimated wait; a return ticket the returns desk
scans; after the idle time nothing of the customer is left; no staff function, whatever
is scanned or tapped; the network lost mid-way."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from cloud_stub.models import (
    AssistanceRequest,
    Cart,
    Customer,
    DeviceEvent,
    Feedback,
    Order,
    Product,
)
from kiosk.services.staff import staff_accounts
from kiosk.store.models import OutboxEvent, PolicyEntry
from kiosk.ui.automation import scanner_types
from kiosk.ui.partials.customer_rating import CustomerRatingDialog
from kiosk.ui.returns.page import ReturnsPage
from kiosk.ui.self_service.flow import KioskFlow
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub, stop_server
from tests.e2e.helpers import (
    WAIT_MS,
    label,
    open_window,
    server_session,
    sync_round,
)
from tests.e2e.test_customer360 import customer_with
from tests.e2e.test_returns_desk import returnable_web_order

STAFF_PAGES = ("page_customer", "page_pickup", "page_returns", "page_sync", "page_settings",
               "page_login", "nav_sync", "nav_settings", "status_bar")


def flow(window: MainWindow) -> KioskFlow:
    assert window.flow is not None
    return window.flow


def store_pass(server: RunningServer, customer_id: str) -> str:
    return cloud_stub("pass", "--customer", customer_id, "--db", server.db_url)\
        .strip().splitlines()[-1]


def scan_in(qtbot: QtBot, window: MainWindow, server: RunningServer, customer_id: str) -> None:
    scanner_types(window, store_pass(server, customer_id))
    qtbot.wait_until(lambda: window.current_page() == "page_home", timeout=WAIT_MS)
    assert flow(window).session.customer is not None
    assert flow(window).session.customer.customer_id == customer_id  # type: ignore[union-attr]


def tap(qtbot: QtBot, window: MainWindow, name: str) -> None:
    button = window.findChild(QAbstractButton, name)
    assert button is not None and button.isVisible(), name
    button.click()


def shown_texts(root: QWidget) -> list[str]:
    """Every text a widget holds: labels, buttons, combo boxes, accessible names, tooltips."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
            texts.append(str(widget.property("code") or ""))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def test_my_cart_shows_stock_here_and_calls_an_associate_on_the_store_tablets(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer, tmp_path: Path) -> None:
    customer_id = customer_with(server, consent=True, min_lines=2)
    with server_session(server) as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        first, last = customer.first_name, customer.last_name
        cart = session.scalars(select(Cart).where(Cart.customer_id == customer_id,
                                                  Cart.status == "open")).one()
        in_cart = [session.get(Product, line.product_id).name  # type: ignore[union-attr]
                   for line in cart.lines]
    scan_in(qtbot, kiosk, server, customer_id)
    hello = kiosk.findChild(QLabel, "kiosk_hello")
    assert hello is not None and first in hello.text() and last not in hello.text()
    tap(qtbot, kiosk, "kiosk_cart_button")
    assert kiosk.current_page() == "page_cart"
    lines = [label.text() for label in kiosk.findChildren(QLabel)
             if label.objectName().startswith("kiosk_cart_what_")]
    assert sorted(text.split("\n")[0].split(" · ")[0] for text in lines) == sorted(in_cart)
    stock = [label.text() for label in kiosk.findChildren(QLabel)
             if label.objectName().startswith("kiosk_cart_stock_")]
    assert len(stock) == len(in_cart)
    assert all(s.startswith(("In stock here", "Not in stock")) for s in stock)
    assert any("aisle" in s for s in stock)  # the seed stocks most products here

    with qtbot.wait_signal(kiosk.sync.round_finished, timeout=WAIT_MS):
        tap(qtbot, kiosk, "kiosk_assist_button")
    assert kiosk.current_page() == "page_help"
    assert "An associate has been called" in label(kiosk, "kiosk_help_text")
    with server_session(server) as session:
        request = session.scalars(select(AssistanceRequest)).one()
        assert (request.kind, request.customer_id, request.answered_at) == ("cart", customer_id,
                                                                            None)
        event = session.scalars(select(DeviceEvent).where(
            DeviceEvent.type == "assistance.requested")).one()
        assert event.actor is None  # a customer did it, not staff

    tablet = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "tablet")
    try:
        sync_round(qtbot, tablet)
        qtbot.wait_until(lambda: tablet.workspace.assistance.isVisible(), timeout=WAIT_MS)
        assert first in tablet.workspace.assistance.text.text()
        assert "online cart" in tablet.workspace.assistance.text.text()
        with qtbot.wait_signal(tablet.sync.round_finished, timeout=WAIT_MS):
            tablet.workspace.assistance.button.click()
        bar = tablet.workspace.assistance
        # answered: the call is gone, and the customer helped may rate the help
        qtbot.wait_until(lambda: not bar.button.isVisible() and bar.rate_button.isVisible(),
                         timeout=WAIT_MS)
        with server_session(server) as session:
            request = session.scalars(select(AssistanceRequest)).one()
            assert request.answered_by == "S001:1001" and request.answered_at is not None
        bar.rate_button.click()
        rating = tablet.findChild(CustomerRatingDialog)
        assert rating is not None and "associate" in rating.panel.findChild(
            QLabel, "rating_question").text()  # type: ignore[union-attr]
        qtbot.wait_until(lambda: not bar.isVisible(), timeout=WAIT_MS)  # offered once
        rating.panel.score_buttons[5].click()
        qtbot.wait_until(lambda: not rating.isVisible(), timeout=WAIT_MS)
        sync_round(qtbot, tablet)
        with server_session(server) as session:
            answer = session.scalars(select(Feedback).where(
                Feedback.touchpoint == "assistance", Feedback.channel == "device",
                Feedback.given_at > request.answered_at)).one()
            assert answer.score == 5
    finally:
        tablet.shutdown()
        tablet.device.close()


def ready_order_here(server: RunningServer) -> tuple[str, str, str | None]:
    with server_session(server) as session:
        order = session.scalars(select(Order).where(
            Order.store_id == "S001", Order.fulfilment == "click_collect",
            Order.pickup_state == "ready", Order.payment_state == "paid",
            Order.customer_id.is_not(None)).order_by(Order.id)).first()
        assert order is not None
        return order.id, order.number, order.customer_id


def test_a_pickup_pass_checks_in_shows_the_wait_and_alerts_the_desk(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    order_id, number, _customer = ready_order_here(server)
    pickup_pass = cloud_stub("pass", "--order", order_id, "--db", server.db_url)\
        .strip().splitlines()[-1]
    with qtbot.wait_signal(kiosk.sync.round_finished, timeout=WAIT_MS):
        scanner_types(kiosk, pickup_pass)
    assert kiosk.current_page() == "page_checked_in"
    text = kiosk.findChild(QLabel, "kiosk_checkin_text")
    wait = kiosk.findChild(QLabel, "kiosk_checkin_wait")
    assert text is not None and number in text.text()
    assert wait is not None and "Estimated wait: about" in wait.text()
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None
        assert (order.pickup_state, order.checkin_method) == ("checked_in", "kiosk")
        alert = session.scalars(select(AssistanceRequest)).one()
        assert (alert.kind, alert.order_id, alert.note) == ("pickup", order_id, number)


def test_a_return_ticket_from_the_kiosk_fills_the_returns_desk(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer, tmp_path: Path) -> None:
    order_id, _receipt, _price = returnable_web_order(server)
    with server_session(server) as session:
        order = session.get(Order, order_id)
        assert order is not None and order.customer_id is not None
        customer_id = order.customer_id
    scan_in(qtbot, kiosk, server, customer_id)
    tap(qtbot, kiosk, "kiosk_return_button")
    qtbot.wait_until(lambda: kiosk.current_page() == "page_returns", timeout=WAIT_MS)
    purchases = flow(kiosk).session.purchases
    assert purchases, "the customer has something to bring back"
    chosen = purchases[0]
    tap(qtbot, kiosk, f"kiosk_purchase_{chosen.number}")
    assert kiosk.current_page() == "page_return_lines"
    line = next(x for x in chosen.lines if x.returnable and x.window.status == "open")
    tap(qtbot, kiosk, "kiosk_ticket_button")  # nothing chosen yet
    assert "at least one item" in flow(kiosk).message.text()
    tap(qtbot, kiosk, f"kiosk_line_plus_{line.line_no}")
    tap(qtbot, kiosk, "kiosk_ticket_button")  # no reason yet
    assert "why" in flow(kiosk).message.text().lower()
    reason = kiosk.findChild(QComboBox, f"kiosk_line_reason_{line.line_no}")
    assert reason is not None
    reason.setCurrentIndex(reason.findData("wrong_size"))
    tap(qtbot, kiosk, "kiosk_ticket_button")
    assert kiosk.current_page() == "page_ticket"
    qr = kiosk.findChild(QLabel, "kiosk_ticket_qr")
    assert qr is not None and not qr.pixmap().isNull()
    ticket = str(qr.property("code"))
    assert ticket == f"RT:{chosen.order_id}:{line.line_no}x1:wrong_size"

    desk = open_window(qtbot, server.url, server.device_token("S001"), tmp_path / "desk")
    try:
        sync_round(qtbot, desk)
        desk.show_page("returns")
        page = desk.pages["returns"]
        assert isinstance(page, ReturnsPage)
        scanner_types(desk, ticket)
        qtbot.wait_until(lambda: page.panel.order is not None
                         and page.panel.order.order_id == chosen.order_id, timeout=WAIT_MS)
        assert page.panel.quantity(line.line_no).value() == 1
        assert page.panel.reason(line.line_no).currentData() == "wrong_size"
        assert "Return ticket from the kiosk" in label(desk, "message_banner")
    finally:
        desk.shutdown()
        desk.device.close()


def test_after_the_idle_time_no_widget_holds_the_customers_data(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    customer_id = customer_with(server, consent=True)
    with server_session(server) as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        personal = [customer.first_name, customer.last_name, customer.email, customer.phone]
        cart = session.scalars(select(Cart).where(Cart.customer_id == customer_id,
                                                  Cart.status == "open")).one()
        personal += [session.get(Product, line.product_id).name  # type: ignore[union-attr]
                     for line in cart.lines]
    scan_in(qtbot, kiosk, server, customer_id)
    tap(qtbot, kiosk, "kiosk_cart_button")
    tap(qtbot, kiosk, "kiosk_cart_phone")
    assert any(customer.first_name in t for t in shown_texts(kiosk))
    old = flow(kiosk)
    kiosk.idle.setInterval(300)  # the setting's minimum is 5 s; the timer is what is tested
    kiosk.idle.start()
    qtbot.wait_until(lambda: kiosk.flow is not old, timeout=WAIT_MS)
    assert kiosk.current_page() == "page_welcome"
    assert old not in kiosk.findChildren(KioskFlow)
    qtbot.wait_until(lambda: not shiboken6.isValid(old), timeout=WAIT_MS)  # gone from memory
    texts = "\n".join(shown_texts(kiosk))
    assert not [p for p in personal if p and p in texts]
    assert flow(kiosk).session.customer is None
    # "Done" does the same at once.
    scan_in(qtbot, kiosk, server, customer_id)
    tap(qtbot, kiosk, "kiosk_done")
    assert kiosk.current_page() == "page_welcome"
    assert customer.first_name not in "\n".join(shown_texts(kiosk))


def test_no_staff_function_opens_whatever_the_customer_scans_or_taps(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    assert staff_accounts(kiosk.device.store) == 0  # no PIN hash ever reaches a kiosk
    with kiosk.device.store.read() as session:
        assert session.scalars(select(PolicyEntry).where(PolicyEntry.kind == "staff")).all() \
            == []
    def no_staff_page() -> None:
        for name in STAFF_PAGES:
            widget = kiosk.findChild(QWidget, name)
            assert widget is None or not widget.isVisible(), name
        assert kiosk.pages == {}

    no_staff_page()
    scanner_types(kiosk, "STAFF-2001")
    qtbot.wait_until(lambda: "for customers" in flow(kiosk).message.text(), timeout=WAIT_MS)
    no_staff_page()
    first = customer_with(server, consent=True)
    other = customer_with(server, consent=False)
    scan_in(qtbot, kiosk, server, first)
    with server_session(server) as session:
        other_customer = session.get(Customer, other)
        assert other_customer is not None
        other_name = other_customer.first_name
    scanner_types(kiosk, store_pass(server, other))
    qtbot.wait_until(lambda: "another customer" in flow(kiosk).message.text(), timeout=WAIT_MS)
    assert flow(kiosk).session.customer.customer_id == first  # type: ignore[union-attr]
    assert other_name not in "\n".join(shown_texts(kiosk))
    for code in ("garbage-code-123", "WEB-100123", "V-DEV1-00001", "12345678"):
        scanner_types(kiosk, code)
        qtbot.wait_until(lambda: flow(kiosk).message.isVisible(), timeout=WAIT_MS)
    # A customer tapping everywhere, on every screen, in every order.
    for _round in range(3):
        for button in flow(kiosk).findChildren(QPushButton):
            if button.isVisible() and button.isEnabled() and button.objectName() != "kiosk_done":
                button.click()
                QApplication.processEvents()
                no_staff_page()
    qtbot.wait_until(lambda: not kiosk.runner.busy, timeout=WAIT_MS)
    no_staff_page()
    assert kiosk.isFullScreen() or kiosk.windowFlags() & kiosk.windowFlags().FramelessWindowHint


def test_losing_the_network_mid_way_keeps_the_kiosk_calm(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    customer_id = customer_with(server, consent=True)
    scan_in(qtbot, kiosk, server, customer_id)
    tap(qtbot, kiosk, "kiosk_cart_button")
    stop_server(server)
    with qtbot.wait_signal(kiosk.sync.round_finished, timeout=WAIT_MS):
        kiosk.sync.sync_now()
    assert kiosk.sync.online is False
    tap(qtbot, kiosk, "kiosk_assist_button")
    qtbot.wait_until(lambda: kiosk.current_page() == "page_help"
                     and "as soon as possible" in label(kiosk, "kiosk_help_text"),
                     timeout=WAIT_MS)
    with kiosk.device.store.read() as session:
        event = session.scalars(select(OutboxEvent).where(
            OutboxEvent.type == "assistance.requested")).one()
        assert event.state == "pending"  # kept, sent when the network is back
    tap(qtbot, kiosk, "kiosk_done")
    scan_in(qtbot, kiosk, server, customer_id)  # offline, the local copy answers


def test_a_scan_never_presses_the_focused_button(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer) -> None:
    """A code with spaces, digits and letters, scanned with the focus on "Français" and
    then on "My cart": the kiosk neither switches language nor opens the cart."""
    language = kiosk.language
    french = kiosk.findChild(QAbstractButton, "kiosk_lang_fr")
    assert french is not None and language != "fr"
    french.setFocus()
    qtbot.wait_until(french.hasFocus, timeout=WAIT_MS)
    scanner_types(kiosk, "GIFT CARD 2024 0042")
    qtbot.wait_until(lambda: flow(kiosk).message.isVisible(), timeout=WAIT_MS)
    assert kiosk.language == language and not french.isChecked()
    scan_in(qtbot, kiosk, server, customer_with(server, consent=True))
    cart = kiosk.findChild(QAbstractButton, "kiosk_cart_button")
    assert cart is not None
    cart.setFocus()
    qtbot.wait_until(cart.hasFocus, timeout=WAIT_MS)
    scanner_types(kiosk, "A B 1 2 C D 3 4")
    qtbot.wait_until(lambda: flow(kiosk).message.isVisible(), timeout=WAIT_MS)
    qtbot.wait(300)
    assert kiosk.current_page() == "page_home" and kiosk.language == language
