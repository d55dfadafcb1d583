"""Retention on the device, with a fake clock: what leaves the store's window or working set
is forgotten, what still has an event to send is not, and the outbox is never touched."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update

from kiosk.services.outbox import record_event
from kiosk.store import LocalStore
from kiosk.store.models import LocalCustomer, LocalOrder, LoyaltyCardIndex, OutboxEvent
from kiosk.store.replica import StoreReplica, store_fetched_order
from kiosk.store.retention import forget_out_of_scope
from sync.protocol import CustomerIdentifiedPayload, FeedItem, FeedPage
from tests.kiosk.factories import NOW, customer_item, order_item

RETURN_POLICY = {"default_days": 30, "category_days": {"Randonnée": 60}}
"""The longest return window is 60 days: the store's sales stay that long."""


def policy(replica: StoreReplica) -> None:
    replica.apply_page(FeedPage(feed="policy", cursor="e.90", has_more=False, items=[
        FeedItem(kind="store", id="S001", version=90, data={"id": "S001", "name": "Rivoli"}),
        FeedItem(kind="return_policy", id="default", version=91, data=RETURN_POLICY),
        FeedItem(kind="device_scope", id="default", version=92,
                 data={"working_set_days": 30, "closed_pickup_days": 7})]))


def sale(order_id: str, version: int, days_ago: int, **changes: Any) -> FeedItem:
    item = order_item(order_id, "collected", version)
    assert item.data is not None
    item.data.update(fulfilment="in_store", pickup_state=None, status="completed",
                     customer_id="C2", created_at=(NOW - timedelta(days=days_ago)).isoformat(),
                     **changes)
    return item


def held(store: LocalStore) -> tuple[set[str], set[str]]:
    with store.read() as session:
        return (set(session.scalars(select(LocalOrder.id))),
                set(session.scalars(select(LocalCustomer.id))))


def seen(store: LocalStore, customer_id: str, at: datetime) -> None:
    with store.write() as session:
        session.execute(update(LocalCustomer).where(LocalCustomer.id == customer_id)
                        .values(seen_here_at=at))


def test_orders_leave_at_the_end_of_their_window_unless_an_event_waits(
        store: LocalStore) -> None:
    replica = StoreReplica(store, "dev")
    policy(replica)
    replica.apply_page(FeedPage(feed="orders", cursor="e.9", has_more=False, items=[
        order_item("CC-OPEN", "to_prepare", 1),
        sale("SALE-59", 2, 59), sale("SALE-61", 3, 61), sale("SALE-61-PENDING", 4, 61),
        sale("OTHER-STORE", 5, 1, store_id="S002")]))
    with store.write() as session:  # a return of it recorded here, not sent yet
        record_event(session, "order:SALE-61-PENDING",
                     CustomerIdentifiedPayload(customer_id="C2", method="search"))
        store_fetched_order(session, {**(sale("DELIVERY", 0, 20).data or {}), "id": "DELIVERY",
                                      "fulfilment": "delivery", "store_id": None})
    with store.read() as session:
        pending = session.scalars(select(OutboxEvent.id)).all()

    assert forget_out_of_scope(store, NOW).orders == 2  # SALE-61, OTHER-STORE
    assert held(store)[0] == {"CC-OPEN", "SALE-59", "SALE-61-PENDING", "DELIVERY"}
    # 12 hours on: the 59-day sale is 59.5 days old, the delivery fetched 12 hours ago.
    assert forget_out_of_scope(store, NOW + timedelta(hours=12)).orders == 0
    # 25 hours on: the sale is past 60 days, the visit of the delivery is over.
    assert forget_out_of_scope(store, NOW + timedelta(hours=25)).orders == 2
    assert held(store)[0] == {"CC-OPEN", "SALE-61-PENDING"}
    with store.read() as session:
        assert session.scalars(select(OutboxEvent.id)).all() == pending  # never touched


def test_customers_leave_30_untouched_days_after_their_last_visit_here(
        store: LocalStore) -> None:
    replica = StoreReplica(store, "dev")
    policy(replica)
    replica.apply_page(FeedPage(feed="customers", cursor="e.9", has_more=False, items=[
        customer_item("C1", 1, ["2900000000018"]), customer_item("C2", 2, ["2900000000025"]),
        customer_item("C3", 3, [])]))
    replica.apply_page(FeedPage(feed="orders", cursor="e.10", has_more=False, items=[
        order_item("CC-C1", "ready", 10)]))  # an order waits for C1 here
    for customer_id in ("C1", "C2", "C3"):
        seen(store, customer_id, NOW - timedelta(days=29))

    assert forget_out_of_scope(store, NOW).customers == 0
    assert forget_out_of_scope(store, NOW + timedelta(days=2)).customers == 2  # 31 days
    assert held(store)[1] == {"C1"}  # their order still waits on the shelf
    with store.read() as session:  # the card of a forgotten customer goes with them
        assert set(session.scalars(select(LoyaltyCardIndex.number))) == {"2900000000018"}


def test_a_customer_identified_here_lately_stays(store: LocalStore) -> None:
    replica = StoreReplica(store, "dev")
    policy(replica)
    replica.apply_page(FeedPage(feed="customers", cursor="e.9", has_more=False, items=[
        customer_item("C2", 2, [])]))
    seen(store, "C2", NOW - timedelta(days=40))
    with store.write() as session:
        session.execute(update(LocalCustomer).values(last_identified_at=NOW - timedelta(days=3)))
    assert forget_out_of_scope(store, NOW).customers == 0


def test_nothing_is_forgotten_before_the_first_sync_brought_the_policy(
        store: LocalStore, replica: StoreReplica) -> None:
    assert forget_out_of_scope(store, NOW + timedelta(days=400)).orders == 0
    assert held(store) == ({"O1", "O2"}, {"C1"})
