"""Customer 360 in the real app against the real server and its seed: a store pass scanned
through the wedge path shows the online journey; offline, the local copy answers and says
so; the online cart is handed over to the till once; consent hides browsing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from cloud_stub.admin.story import HISTORY_DEVICE
from cloud_stub.crud.clock import next_version
from cloud_stub.models import (
    BrowsingEvent,
    Cart,
    CartHandover,
    Customer,
    DeviceEvent,
    Product,
    StoreCustomer,
)
from kiosk.ui.automation import scanner_types
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.shell.main_window import MainWindow
from sync.sqltypes import utcnow
from tests.conftest import RunningServer, cloud_stub, stop_server
from tests.e2e.helpers import (
    WAIT_MS,
    label,
    server_session,
    sync_round,
)


def customer_with(server: RunningServer, consent: bool, min_lines: int = 1) -> str:
    """A seed customer with an open cart of at least `min_lines` lines and some browsing."""
    with server_session(server) as session:
        lines = (select(Cart.customer_id).join(Cart.lines).where(Cart.status == "open")
                 .group_by(Cart.id).having(func.count() >= min_lines))
        customer_id = session.scalars(
            select(Customer.id).join(BrowsingEvent, BrowsingEvent.customer_id == Customer.id)
            .where(Customer.consent_personalisation.is_(consent), Customer.id.in_(lines))
            .group_by(Customer.id).order_by(Customer.id)).first()
    assert customer_id is not None, "the seed has no such customer"
    return customer_id


def names(server: RunningServer, customer_id: str) -> tuple[list[str], list[str]]:
    """Names of the products in the customer's cart, and of those they viewed last."""
    with server_session(server) as session:
        cart = session.scalars(select(Cart).where(Cart.customer_id == customer_id,
                                                  Cart.status == "open")).one()
        in_cart = [session.get(Product, line.product_id).name  # type: ignore[union-attr]
                   for line in cart.lines]
        viewed = session.scalars(
            select(Product.name).join(BrowsingEvent, BrowsingEvent.product_id == Product.id)
            .where(BrowsingEvent.customer_id == customer_id, BrowsingEvent.kind == "view")
            .order_by(BrowsingEvent.occurred_at.desc()).limit(3)).all()
    return in_cart, list(viewed)


def scan_pass(qtbot: QtBot, window: MainWindow, server: RunningServer,
              customer_id: str) -> CustomerPage:
    store_pass = cloud_stub("pass", "--customer", customer_id, "--db", server.db_url)\
        .strip().splitlines()[-1]
    scanner_types(window, store_pass)
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage)
    qtbot.wait_until(lambda: page.open_customer_id == customer_id
                     and page.panel.view is not None, timeout=WAIT_MS)
    return page


def test_a_store_pass_shows_the_online_cart_and_browsing(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    customer_id = customer_with(server, consent=True)
    in_cart, viewed = names(server, customer_id)
    page = scan_pass(qtbot, window, server, customer_id)
    assert window.current_page() == "page_customer"
    assert page.panel.view is not None and page.panel.view.source == "live"
    assert page.panel.cart.isVisible()
    cart_text = " ".join(label.text() for label in page.panel.cart.findChildren(QLabel))
    assert all(name in cart_text for name in in_cart)
    assert all(name in page.panel.browsing.text() for name in viewed)
    assert "Offline" not in page.detail.text()
    for suggestion in page.panel.view.suggestions:  # in stock here, and said so on screen
        assert suggestion.product.in_stock_here > 0
        assert suggestion.product.name in page.panel.suggestions.text()


def test_offline_the_local_copy_answers_and_says_so(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    customer_id = customer_with(server, consent=True)
    with server_session(server) as session, session.begin():  # served here last week
        session.merge(StoreCustomer(store_id="S001", customer_id=customer_id,
                                    seen_at=utcnow() - timedelta(days=7), open_pickup=False,
                                    version=next_version(session)))
    sync_round(qtbot, window)  # so the store's copy holds them
    in_cart, _ = names(server, customer_id)
    store_pass = cloud_stub("pass", "--customer", customer_id, "--db", server.db_url)\
        .strip().splitlines()[-1]
    stop_server(server)
    scanner_types(window, store_pass)
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage)
    qtbot.wait_until(lambda: page.panel.view is not None, timeout=WAIT_MS)
    assert page.panel.view.source == "local"
    assert "Offline: from this tablet's copy" in page.detail.text()
    assert page.panel.cart.rows and page.panel.browsing.text()
    assert in_cart[0] in " ".join(r[0].product.name for r in page.panel.cart.rows)


def test_handing_over_two_lines_reaches_the_server_once(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    customer_id = customer_with(server, consent=True, min_lines=2)
    page = scan_pass(qtbot, window, server, customer_id)
    rows = page.panel.cart.rows
    for index, (_, keep, quantity) in enumerate(rows):
        keep.setChecked(index < 2)
        quantity.setValue(2 if index == 0 else 1)
    qtbot.mouseClick(page.panel.handover_button, Qt.MouseButton.LeftButton)
    qtbot.wait_until(lambda: page.panel.basket_dialog is not None, timeout=WAIT_MS)
    dialog = page.panel.basket_dialog
    ref = dialog.ref.text()  # type: ignore[union-attr]
    assert ref.startswith("B-") and not dialog.qr.pixmap().isNull()  # type: ignore[union-attr]
    sync_round(qtbot, window)
    sync_round(qtbot, window)  # a second round sends nothing again
    with server_session(server) as session:
        [handover] = session.scalars(select(CartHandover).where(  # the seed's story aside
            CartHandover.device_id != HISTORY_DEVICE)).all()
        events = session.scalars(select(DeviceEvent).where(
            DeviceEvent.type == "cart.handed_over")).all()
    assert handover.basket_ref == ref and handover.customer_id == customer_id
    assert [line["quantity"] for line in handover.lines] == [2, 1]
    assert len(events) == 1 and events[0].status == "applied"


def test_without_consent_no_browsing_is_shown(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    customer_id = customer_with(server, consent=False)
    _, viewed = names(server, customer_id)
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage)
    with server_session(server) as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        last_name = customer.last_name
    page.search.setText(f"{customer.first_name} {last_name}")
    qtbot.wait_until(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    row = next(i for i in range(page.model.rowCount())
               if page.model.row_at(i).id == customer_id)  # type: ignore[union-attr]
    page.results.selectRow(row)
    page.open_selected()
    qtbot.wait_until(lambda: page.panel.view is not None, timeout=WAIT_MS)
    assert "not agreed to personalisation" in page.panel.browsing.text()
    assert not any(name in page.panel.browsing.text() for name in viewed)
    assert not page.panel.suggestions.isVisible()


def test_leaving_or_idling_leaves_no_personal_data_on_screen(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    sync_round(qtbot, window)
    customer_id = customer_with(server, consent=True)
    page = scan_pass(qtbot, window, server, customer_id)
    name = page.panel.view.name  # type: ignore[union-attr]
    assert name in page.detail.text()
    window.show_page("sync")
    assert page.panel.view is None and name not in page.detail.text()
    assert page.panel.browsing.text() == "" and not page.panel.cart.rows
    page = scan_pass(qtbot, window, server, customer_id)
    page.idle.setInterval(200)  # the setting's minimum is 5 s; the timer is what is tested
    page.idle.start()
    qtbot.wait_until(lambda: page.panel.view is None, timeout=WAIT_MS)
    assert name not in page.detail.text() and "closed" in label(window, "message_banner")
