"""Each store's working set of customers: who that store's tablets hold.

A customer enters a store's set when a click & collect order waits for them there, or when
they are served or identified there; they leave it `working_set_days` after the last visit
with no order waiting (the device works that out by itself, `sync.rules.scope`), or at once
when erased. Every change of a member's profile moves its membership rows' version, so each
store's customers feed reads one table, by one index.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import Session

from cloud_stub.crud.clock import next_version
from cloud_stub.models import (
    BrowsingEvent,
    Cart,
    Customer,
    LoyaltyCard,
    Order,
    StoreCustomer,
)
from sync.rules.scope import OPEN_PICKUP

SEEN_GRANULARITY = timedelta(hours=1)
"""A visit moves a membership (and every device's copy of the customer) at most once an
hour: a customer scanned ten times at the desk is one change, not ten."""


def touch_customer(session: Session, customer: Customer) -> None:
    """The customer's profile changed: every store holding them gets the new one."""
    customer.version = next_version(session)
    session.execute(update(StoreCustomer).where(StoreCustomer.customer_id == customer.id)
                    .values(version=customer.version))


def _member(session: Session, store_id: str, customer_id: str) -> StoreCustomer:
    """The membership row, made when missing. Looked up once per session (a batch names the
    same few customers hundreds of times) and without flushing the batch's pending rows."""
    known: dict[tuple[str, str], StoreCustomer] = session.info.setdefault("store_customers", {})
    member = known.get((store_id, customer_id))
    if member is None:
        with session.no_autoflush:
            member = session.get(StoreCustomer, (store_id, customer_id))
        if member is None:
            member = StoreCustomer(store_id=store_id, customer_id=customer_id, seen_at=None,
                                   open_pickup=False, version=0)
            session.add(member)
        known[(store_id, customer_id)] = member
    return member


def seen_here(session: Session, store_id: str | None, customer_id: str | None,
              at: datetime) -> None:
    """The customer was served or identified at the store: in its working set from now on."""
    if store_id is None or customer_id is None:
        return
    member = _member(session, store_id, customer_id)
    if member.seen_at is not None and member.seen_at >= at - SEEN_GRANULARITY:
        return  # seen this hour already: the 30-day window does not move a device's copy
    member.seen_at = at
    member.version = next_version(session)


def order_moved(session: Session, order: Order, at: datetime) -> None:
    """A click & collect order changed state: its customer's membership of the order's store
    follows (an order waiting keeps them; a visit at the desk counts as seen)."""
    if order.fulfilment != "click_collect" or order.store_id is None \
            or order.customer_id is None:
        return
    member = _member(session, order.store_id, order.customer_id)
    waiting = session.scalar(select(exists().where(
        Order.customer_id == order.customer_id, Order.store_id == order.store_id,
        Order.fulfilment == "click_collect", Order.pickup_state.in_(OPEN_PICKUP)))) or False
    visited = order.pickup_state not in OPEN_PICKUP and order.collected_at is not None
    if member.open_pickup == waiting and not visited:
        return
    member.open_pickup = waiting
    if visited and (member.seen_at is None or member.seen_at < at):
        member.seen_at = at
    member.version = next_version(session)


def erase_customer(session: Session, customer_id: str) -> bool:
    """Right to erasure: the person's data goes, their orders stay (accounts need them) with
    no name attached, and every store's devices drop them at their next sync. False when
    there is no such customer (or they were erased before)."""
    customer = session.get(Customer, customer_id)
    if customer is None or customer.deleted:
        return False
    customer.first_name = customer.last_name = ""
    customer.email = customer.phone = customer.search_key = ""
    customer.consent_personalisation = customer.consent_email = customer.consent_sms = False
    customer.deleted = True
    for table in (BrowsingEvent, LoyaltyCard):
        for row in session.scalars(select(table).where(table.customer_id == customer_id)):
            session.delete(row)
    for cart in session.scalars(select(Cart).where(Cart.customer_id == customer_id)):
        cart.status = "erased"
    session.flush()
    touch_customer(session, customer)  # the deletion reaches every store holding them
    session.execute(update(StoreCustomer).where(StoreCustomer.customer_id == customer_id)
                    .values(erased=True))
    for order in session.scalars(select(Order).where(Order.customer_id == customer_id)):
        order.version = next_version(session)  # the name on the order's copy goes too
    return True
