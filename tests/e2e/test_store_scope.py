"""A device holds its store, not the retailer, against the real central API over TLS: a
customer outside the working set is searched and opened online and kept; offline the
search says it looked at this store's customers only; a pass greets a customer the tablet
does not hold; an e-receipt serves a return offline; an erasure reaches the tablet and
closes the customer on screen; a kiosk keeps no customer data on disk."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

from cloud_stub.models import Customer, LoyaltyCard, Order, StoreCustomer
from kiosk.store.models import LocalCustomer, LocalOrder, OutboxEvent
from kiosk.ui.automation import scanner_types, type_into
from kiosk.ui.customer.page import CustomerPage
from kiosk.ui.shell.main_window import MainWindow
from tests.conftest import RunningServer, cloud_stub, stop_server
from tests.e2e.helpers import WAIT_MS, label, server_session, sync_round
from tests.e2e.test_kiosk import flow, scan_in, store_pass, tap
from tests.e2e.test_returns_desk import (
    return_first_unit,
    returnable_web_order,
    returns_desk,
    scan_receipt,
)


def outsider(server: RunningServer) -> Customer:
    """A customer with a loyalty card who never bought or was seen at the demo store."""
    with server_session(server) as session:
        members = select(StoreCustomer.customer_id).where(StoreCustomer.store_id == "S001")
        customer = session.scalars(
            select(Customer).join(LoyaltyCard, LoyaltyCard.customer_id == Customer.id)
            .where(Customer.id.not_in(members), ~Customer.deleted).order_by(Customer.id)).first()
        assert customer is not None
        session.expunge(customer)
        return customer


def held(window: MainWindow, customer_id: str) -> LocalCustomer | None:
    with window.device.store.read() as session:
        return session.get(LocalCustomer, customer_id)


def customer_page(window: MainWindow) -> CustomerPage:
    window.show_page("customer")
    page = window.pages["customer"]
    assert isinstance(page, CustomerPage)
    return page


def search(qtbot: QtBot, window: MainWindow, words: str, said: str) -> CustomerPage:
    """Type a search as the associate does; wait for results and for where it looked."""
    page = customer_page(window)
    page.clear()
    type_into(window, "customer_search", words)
    qtbot.wait_until(lambda: page.model.rowCount() > 0
                     and label(window, "customer_search_source").startswith(said),
                     timeout=WAIT_MS)
    return page


def test_a_customer_outside_the_working_set_is_found_online_opened_and_kept(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    person = outsider(server)
    assert held(window, person.id) is None  # not in this store's working set
    page = search(qtbot, window, person.email, "All customers searched")
    assert page.model.row_at(0).id == person.id  # type: ignore[union-attr]
    page.results.selectRow(0)
    page.open_selected()
    qtbot.wait_until(lambda: person.email in page.detail.text(), timeout=WAIT_MS)
    kept = held(window, person.id)
    assert kept is not None and kept.fetched_at is not None and kept.email == person.email
    sync_round(qtbot, window)  # the identification reaches the server: now a member here
    with server_session(server) as session:
        assert session.get(StoreCustomer, ("S001", person.id)) is not None

    stop_server(server)
    sync_round(qtbot, window)
    assert window.sync.online is False
    page = search(qtbot, window, person.email, "Offline: only this store")
    assert [page.model.row_at(0).id] == [person.id]  # type: ignore[union-attr]


def test_offline_a_pass_greets_a_customer_the_tablet_does_not_hold_and_a_card_says_why(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    person = outsider(server)
    pass_text = store_pass(server, person.id)
    with server_session(server) as session:
        card = session.scalars(select(LoyaltyCard.number).where(
            LoyaltyCard.customer_id == person.id)).first()
    assert card is not None
    stop_server(server)
    sync_round(qtbot, window)
    scanner_types(window, pass_text)
    page = customer_page(window)
    qtbot.wait_until(lambda: person.last_name in page.detail.text(), timeout=WAIT_MS)
    shown = page.detail.text()
    assert f"{person.first_name} {person.last_name}" in shown
    assert "need the network" in shown and person.email not in shown
    with window.device.store.read() as session:
        identified = session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.type == "customer.identified")).all()
    assert {"customer_id": person.id, "method": "pass"} in identified
    scanner_types(window, card)
    qtbot.wait_until(lambda: "needs the network" in label(window, "message_banner"),
                     timeout=WAIT_MS)


def test_offline_an_e_receipt_serves_a_return_of_a_purchase_the_tablet_does_not_hold(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    order_id, receipt_text, price = returnable_web_order(server)
    with window.device.store.read() as session:
        assert session.get(LocalOrder, order_id) is None  # a home delivery: not in the scope
    stop_server(server)
    sync_round(qtbot, window)
    page = scan_receipt(qtbot, window, receipt_text, order_id)
    return_first_unit(qtbot, page, "store_credit")
    shown = page.receipt_dialog
    assert shown is not None and shown.receipt.offline and 0 < shown.receipt.refund_cents <= price
    with window.device.store.read() as session:
        recorded = session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.type == "return.recorded")).one()
        kept = session.get(LocalOrder, order_id)
    assert recorded["order_id"] == order_id and recorded["refund_cents"] == \
        shown.receipt.refund_cents
    assert kept is not None and kept.fetched_at is not None


def test_a_purchase_fetched_online_by_its_number_is_returned_offline(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    order_id, _receipt, _price = returnable_web_order(server)
    with server_session(server) as session:
        number = session.get(Order, order_id).number  # type: ignore[union-attr]
    window.show_page("returns")
    page = returns_desk(window)

    def find(typed: str) -> None:
        page.panel.order = None
        page.search.clear()
        type_into(window, "returns_search", typed)
        page.find()
        qtbot.wait_until(lambda: page.panel.order is not None
                         and page.panel.order.order_id == order_id, timeout=WAIT_MS)

    find(number.lower().replace("-", ""))  # as typed from a paper receipt
    with window.device.store.read() as session:
        kept = session.get(LocalOrder, order_id)
        assert kept is not None and kept.fetched_at is not None  # kept for the visit
    stop_server(server)
    sync_round(qtbot, window)
    assert window.sync.online is False
    find(number)
    return_first_unit(qtbot, page, "store_credit")
    assert page.receipt_dialog is not None and page.receipt_dialog.receipt.offline
    with window.device.store.read() as session:
        assert session.scalars(select(OutboxEvent.payload).where(
            OutboxEvent.type == "return.recorded")).one()["order_id"] == order_id


def test_an_erasure_reaches_the_tablet_and_closes_the_customer_on_screen(
        qtbot: QtBot, window: MainWindow, server: RunningServer) -> None:
    with window.device.store.read() as session:
        customer_id = session.scalars(select(LocalCustomer.id).order_by(LocalCustomer.id)).first()
    assert customer_id is not None
    page = customer_page(window)
    with server_session(server) as session:
        email = session.get(Customer, customer_id).email  # type: ignore[union-attr]
    page = search(qtbot, window, email, "All customers searched")
    page.results.selectRow(0)
    page.open_selected()
    qtbot.wait_until(lambda: email in page.detail.text(), timeout=WAIT_MS)
    cloud_stub("customer", "erase", customer_id, "--db", server.db_url)
    sync_round(qtbot, window)
    assert held(window, customer_id) is None
    assert email not in page.detail.text() and page.open_customer_id is None
    assert "account was closed" in label(window, "message_banner")


def test_a_kiosk_keeps_no_customer_data_on_disk_after_a_sync_and_a_session(
        qtbot: QtBot, kiosk: MainWindow, server: RunningServer, tmp_path: Path) -> None:
    from tests.e2e.test_customer360 import customer_with

    customer_id = customer_with(server, consent=True)
    with server_session(server) as session:
        customer = session.get(Customer, customer_id)
        assert customer is not None
        email, phone = customer.email, customer.phone
        emails = set(session.scalars(select(Customer.email).limit(300)))
    scan_in(qtbot, kiosk, server, customer_id)
    assert flow(kiosk).session.customer is not None
    tap(qtbot, kiosk, "kiosk_done")
    sync_round(qtbot, kiosk)
    with kiosk.device.store.read() as session:
        assert session.scalar(select(func.count()).select_from(LocalCustomer)) == 0
        dump = "\n".join(str(row) for table in ("orders", "assistance", "outbox", "policy")
                         for row in session.execute(text(f"SELECT * FROM {table}")))
    assert email not in dump and phone not in dump
    assert not [e for e in emails if e in dump]
    data_dir = tmp_path / "kiosk"
    raw = b"".join(p.read_bytes() for p in data_dir.rglob("*") if p.is_file())
    assert email.encode() not in raw and phone.encode() not in raw
    assert customer.last_name.encode() not in raw
